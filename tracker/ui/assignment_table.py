"""The assignment table view: sorting by the database, a column chooser in the header's
context menu, and its layout remembered in the user settings.

Until the user sizes a column (or a layout was remembered), the columns are fitted to the
table's width whenever it changes: the short columns (role, light, status, percent, deadline,
last report) as wide as their longest words and their headers, the rest shared between measure,
unit and 本期进展, whose texts are elided with the whole text in their tooltip. So at 1366×768
every column, 最后报送 included, is on screen with a readable header."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from tracker.ui.assignment_model import COLUMNS, ID_ROLE, AssignmentModel
from tracker.ui.user_settings import UserSettings

DEFAULT_WIDTHS = {"code": 44, "measure": 210, "unit": 120, "role": 48, "deadline": 104,
                  "light": 34, "status": 64, "percent": 48, "progress": 300,
                  "last_reported": 118}


# the widest words a short column shows (its header counts too); statuses with a suffix
_SAMPLES = {"code": ("10.10",), "role": ("牵头", "Responsible"),
            "light": ("",), "percent": ("100%",),
            "deadline": ("2019年10月底前",),
            "last_reported": ("2019年12月31日",)}
# what is left after the short columns: share, min, max (px); 本期进展 stretches into the rest
_SHARED = {"measure": (0.36, 90, 260), "unit": (0.24, 78, 120)}


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
        self._fitting = False
        self._fitted = self.restore_layout()
        self.auto_fit = not self._fitted  # until the user sizes a column
        header.sectionResized.connect(self._section_resized)
        model.rowsInserted.connect(self._fit_short_columns)
        self.selectionModel().currentRowChanged.connect(self._row_changed)
        self.doubleClicked.connect(self._double_clicked)
        model.modelReset.connect(lambda: self.currentAssignmentChanged.emit(None))

    # ------------------------------------------------------------ columns
    def column_keys_hidden(self) -> list[str]:
        return [k for i, k in enumerate(COLUMNS) if self.isColumnHidden(i)]

    def set_column_visible(self, key: str, visible: bool) -> None:
        self._fitting = True  # showing a column resizes it: not the user sizing one
        try:
            self.setColumnHidden(COLUMNS.index(key), not visible)
        finally:
            self._fitting = False
        self.settings.set_hidden_columns(self.column_keys_hidden())
        self.fit_columns()

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
        self._fitting = True
        try:
            for i, key in enumerate(COLUMNS):
                header.moveSection(header.visualIndex(i), i)
                self.setColumnHidden(i, False)
                self.setColumnWidth(i, DEFAULT_WIDTHS[key])
        finally:
            self._fitting = False
        self.settings.set_hidden_columns([])
        self.auto_fit = True
        self.fit_columns()

    # ------------------------------------------------------------ fitting to the width
    def _section_resized(self, index: int, _old: int, _new: int) -> None:
        if not self._fitting and COLUMNS[index] != "progress":  # (it stretches by itself)
            self.auto_fit = False

    def _short_width(self, key: str) -> int:
        """A short column's width: its header (with the sort arrow) and its widest words."""
        from tracker.model import STATUSES

        model = self.model()
        head = model.headerData(COLUMNS.index(key), Qt.Orientation.Horizontal) or ""
        fm, hfm = self.fontMetrics(), self.horizontalHeader().fontMetrics()
        width = hfm.horizontalAdvance(head) + 24  # sort indicator and margins
        if key == "status":
            from tracker.ui.value_labels import status_label

            suffixes = [model.tr("closed"), model.tr("returned")]
            samples = [f"{status_label(st.value)} · {x}" for st in STATUSES for x in suffixes]
        else:
            samples = list(_SAMPLES.get(key, ()))
        if key == "role":
            from tracker.ui.value_labels import role_label

            samples = [role_label(r) for r in ("牵头", "责任", "配合")]
        if samples:
            width = max(width, max(fm.horizontalAdvance(t) for t in samples) + 10)
        return width

    def fit_columns(self) -> None:
        """Fit every visible column into the viewport (while ``auto_fit``)."""
        if not self.auto_fit:
            return
        available = self.viewport().width()
        if available < 200:
            return
        visible = [k for k in COLUMNS if not self.isColumnHidden(COLUMNS.index(k))]
        widths = {k: self._short_width(k) for k in visible
                  if k not in _SHARED and k != "progress"}
        rest = available - sum(widths.values())
        for key, (share, low, high) in _SHARED.items():
            if key in visible:
                widths[key] = int(max(low, min(high, rest * share)))
        self._fitting = True
        try:
            for key, width in widths.items():
                self.setColumnWidth(COLUMNS.index(key), width)
        finally:
            self._fitting = False

    def resizeEvent(self, event) -> None:  # noqa: ANN001
        super().resizeEvent(event)
        self.fit_columns()


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
        """First rows shown: the columns fitted (their words are known: English ones are
        longer)."""
        if self._fitted:
            return
        self._fitted = True
        self.fit_columns()

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
