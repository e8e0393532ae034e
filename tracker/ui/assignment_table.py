"""The assignment table view: sorting by the database, a column chooser in the header's
context menu, and its layout remembered in the user settings."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from tracker.ui.assignment_model import COLUMNS, ID_ROLE, AssignmentModel
from tracker.ui.user_settings import UserSettings

DEFAULT_WIDTHS = {"code": 44, "measure": 210, "unit": 120, "role": 48, "deadline": 104,
                  "light": 34, "status": 64, "percent": 48, "progress": 300,
                  "last_reported": 118}


class AssignmentTable(QTableView):
    currentAssignmentChanged = Signal(object)  # assignment id or None
    activatedAssignment = Signal(int)

    def __init__(self, model: AssignmentModel, settings: UserSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assignmentTable")
        self.settings = settings
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        header.setToolTip(self.tr("Click to sort; right-click to choose columns"))
        for i, key in enumerate(COLUMNS):
            self.setColumnWidth(i, DEFAULT_WIDTHS[key])
        header.setSectionResizeMode(COLUMNS.index("progress"), QHeaderView.ResizeMode.Stretch)
        self.setSortingEnabled(True)
        self.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self._fitted = self.restore_layout()
        model.rowsInserted.connect(self._fit_short_columns)
        self.selectionModel().currentRowChanged.connect(self._row_changed)
        self.doubleClicked.connect(self._double_clicked)
        model.modelReset.connect(lambda: self.currentAssignmentChanged.emit(None))

    # ------------------------------------------------------------ columns
    def column_keys_hidden(self) -> list[str]:
        return [k for i, k in enumerate(COLUMNS) if self.isColumnHidden(i)]

    def set_column_visible(self, key: str, visible: bool) -> None:
        self.setColumnHidden(COLUMNS.index(key), not visible)
        self.settings.set_hidden_columns(self.column_keys_hidden())

    def _column_menu(self, pos: QPoint) -> None:
        menu = self.column_menu()
        menu.exec(self.horizontalHeader().mapToGlobal(pos))

    def column_menu(self) -> QMenu:
        menu = QMenu(self)
        model = self.model()
        visible = [k for k in COLUMNS if k not in self.column_keys_hidden()]
        for i, key in enumerate(COLUMNS):
            action = menu.addAction(model.headerData(i, Qt.Orientation.Horizontal))
            action.setCheckable(True)
            action.setChecked(key in visible)
            action.setEnabled(not (key in visible and len(visible) == 1))
            action.toggled.connect(lambda on, k=key: self.set_column_visible(k, on))
        menu.addSeparator()
        menu.addAction(self.tr("Reset columns"), self.reset_columns)
        return menu

    def reset_columns(self) -> None:
        header = self.horizontalHeader()
        for i, key in enumerate(COLUMNS):
            header.moveSection(header.visualIndex(i), i)
            self.setColumnHidden(i, False)
            self.setColumnWidth(i, DEFAULT_WIDTHS[key])
        self.settings.set_hidden_columns([])

    # ------------------------------------------------------------ layout memory
    def save_layout(self) -> None:
        self.settings.set_state("header", self.horizontalHeader().saveState())
        self.settings.set_hidden_columns(self.column_keys_hidden())

    def restore_layout(self) -> bool:
        """Apply the remembered header; False when there was none."""
        state = self.settings.state("header")
        if state is not None:
            self.horizontalHeader().restoreState(state)
        hidden = set(self.settings.hidden_columns())
        for i, key in enumerate(COLUMNS):
            self.setColumnHidden(i, key in hidden)
        return state is not None

    def _fit_short_columns(self) -> None:
        """First start: short columns as wide as their words (English words are longer)."""
        if self._fitted:
            return
        self._fitted = True
        header = self.horizontalHeader()
        precision = header.resizeContentsPrecision()
        header.setResizeContentsPrecision(30)  # these columns hold a few short words: 30 rows tell
        try:
            for key in ("role", "status", "percent", "light"):
                col = COLUMNS.index(key)
                self.resizeColumnToContents(col)
                self.setColumnWidth(col, min(self.columnWidth(col) + 6, 140))
        finally:
            header.setResizeContentsPrecision(precision)

    # ------------------------------------------------------------ selection
    def current_id(self) -> int | None:
        index = self.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select_id(self, assignment_id: int | None) -> bool:
        model: AssignmentModel = self.model()
        row = model.row_of(assignment_id) if assignment_id is not None else -1
        if row < 0:
            self.clearSelection()
            self.currentAssignmentChanged.emit(None)
            return False
        self.selectRow(row)
        self.setCurrentIndex(model.index(row, 0))
        self.scrollTo(model.index(row, 0))
        return True

    def _row_changed(self, current, _previous) -> None:  # noqa: ANN001
        self.currentAssignmentChanged.emit(current.data(ID_ROLE) if current.isValid() else None)

    def _double_clicked(self, index) -> None:  # noqa: ANN001
        if index.isValid():
            self.activatedAssignment.emit(index.data(ID_ROLE))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter / Return opens the current row (README), once. Handled here rather than through
        `activated`, which a double-click also emits (it would open the dialog twice)."""
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self.state() != QAbstractItemView.State.EditingState):
            index = self.currentIndex()
            if index.isValid():
                event.accept()
                self.activatedAssignment.emit(index.data(ID_ROLE))
                return
        super().keyPressEvent(event)
