"""分解任务 matrix: measures × units. A click on a cell cycles the unit's role for the measure
(none → 牵头 → 责任 → 配合 → none); the context menu picks a role or removes the assignment;
"assign to all districts" gives the selected measure to every active 区县 as 责任. New
assignments get the deadline typed above the matrix. Every change is an undoable command."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.db.editing_queries import policy_assignments
from tracker.db.queries import get_policy, list_units, measures
from tracker.deadlines import format_cn_date, parse_deadline
from tracker.errors import TrackerError
from tracker.model import ROLES, UnitKind
from tracker.services import assignments as verbs
from tracker.services.workspace import Workspace
from tracker.ui.dialogs.form_parts import (
    FollowsUndoStack,
    InlineMessage,
    add_undo_buttons,
    context_label,
)
from tracker.ui.matrix_model import MatrixModel, next_role
from tracker.ui.screen_fit import fit_to_screen
from tracker.ui.value_labels import role_label
from tracker.ui.verb_runner import run_verb

COUNTY = UnitKind.COUNTY.value


class AssignmentMatrix(FollowsUndoStack, QDialog):
    def __init__(self, ws_provider: Callable[[], Workspace], undo_stack: QUndoStack,
                 policy_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws_provider
        self._stack = undo_stack
        self.policy_id = policy_id
        policy = get_policy(ws_provider().db, policy_id)
        if policy is None:
            raise TrackerError("policy_missing", policy_id=policy_id)
        start = policy.get("issue_date") or policy.get("source_date")
        self._start = date.fromisoformat(start[:10]) if start else date.today()
        self.setWindowTitle(self.tr("Assign measures to units"))
        self._build(policy)
        self.reload()
        fit_to_screen(self, 1200, 720)

    def _build(self, policy: dict) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(context_label(self.tr(
            "{policy}: click a cell to cycle the role (lead → responsible → supporting → "
            "none); right-click to choose.").format(
                policy=policy["short_title"] or policy["title"])))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Deadline for new assignments:")))
        self.deadline_edit = QLineEdit()
        self.deadline_edit.setObjectName("deadline")
        self.deadline_edit.setPlaceholderText(self.tr("e.g. end of June 2019, ongoing"))
        self.deadline_edit.textChanged.connect(self._deadline_changed)
        row.addWidget(self.deadline_edit, 1)
        self.deadline_msg = InlineMessage()
        row.addWidget(self.deadline_msg, 1)
        self.all_counties_button = QPushButton(self.tr("Assign to all districts"))
        self.all_counties_button.setObjectName("allCounties")
        self.all_counties_button.clicked.connect(self.assign_all_counties)
        row.addWidget(self.all_counties_button)
        add_undo_buttons(self, self._stack, row, self.tr("Undo"), self.tr("Redo"))
        layout.addLayout(row)
        self.model = MatrixModel(self)
        self.view = QTableView()
        self.view.setObjectName("matrixView")
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.clicked.connect(self.cycle)
        self.view.verticalHeader().sectionClicked.connect(self._row_chosen)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(48)
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        layout.addWidget(self.view, 1)
        self.status_label = context_label()
        layout.addWidget(self.status_label)

    # ------------------------------------------------------------------ data
    def reload(self) -> None:
        ws = self._ws()
        current = self.view.currentIndex()
        assigns = policy_assignments(ws.db, self.policy_id)
        used = {a["unit_id"] for a in assigns}
        units = [u for u in list_units(ws.db) if u["active"] or u["id"] in used]
        self.model.set_data(measures(ws.db, self.policy_id), units, assigns)
        if current.isValid():
            self.view.setCurrentIndex(self.model.index(current.row(), current.column()))
        self.status_label.setText(self.tr("{n} assignments over {m} measures").format(
            n=len(assigns), m=len(self.model.measures)))

    def _deadline_changed(self, text: str) -> None:
        text = text.strip()
        if not text:
            self.deadline_msg.clear_message()
            return
        dl = parse_deadline(text, self._start)
        if dl.kind in ("unparsed", "none"):
            self.deadline_msg.show_error(self.tr("Cannot read this as a date"))
        elif dl.date is not None:
            self.deadline_msg.show_ok(f"→ {format_cn_date(dl.date)}")
        else:
            self.deadline_msg.show_ok(self.tr("→ ongoing, no fixed date"))

    def _row_chosen(self, row: int) -> None:
        self.view.setCurrentIndex(self.model.index(row, 0))

    def selected_measure(self) -> dict | None:
        index = self.view.currentIndex()
        return self.model.measure_at(index.row()) if index.isValid() else None

    # ------------------------------------------------------------------ verbs
    def set_role(self, index: QModelIndex, role: str | None) -> bool:
        """Give the cell's unit this role for the measure (None: remove the assignment)."""
        m, u = self.model.measure_at(index.row()), self.model.unit_at(index.column())
        a = self.model.cell(index)
        where = f"{m['code']} {u['short_name'] or u['name']}"
        if a is None and role is None:
            return True
        if a is None:
            deadline = self.deadline_edit.text().strip()
            text = self.tr("Assign {where}: {role}").format(where=where, role=role_label(role))
            done, _ = run_verb(self, self._stack, self._ws, text, lambda ws: verbs.assign(
                ws, m["id"], u["id"], role, deadline))
        elif role is None:
            text = self.tr("Remove assignment {where}").format(where=where)
            done, _ = run_verb(self, self._stack, self._ws, text,
                               lambda ws: verbs.unassign(ws, a["id"]))
        else:
            text = self.tr("Change role {where}: {role}").format(where=where,
                                                                  role=role_label(role))
            done, _ = run_verb(self, self._stack, self._ws, text,
                               lambda ws: verbs.edit_assignment(ws, a["id"], role=role))
        return done

    def cycle(self, index: QModelIndex) -> None:
        if index.isValid():
            self.set_role(index, next_role(index.data(Qt.ItemDataRole.UserRole)))

    def _context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        menu = self.build_menu(index)
        menu.popup(self.view.viewport().mapToGlobal(pos))

    def build_menu(self, index: QModelIndex) -> QMenu:
        menu = QMenu(self)
        current = index.data(Qt.ItemDataRole.UserRole)
        for role in ROLES:
            action = QAction(role_label(role.value), menu)
            action.setCheckable(True)
            action.setChecked(current == role.value)
            action.triggered.connect(lambda _c=False, r=role.value: self.set_role(index, r))
            menu.addAction(action)
        menu.addSeparator()
        remove = QAction(self.tr("Remove assignment"), menu)
        remove.setEnabled(current is not None)
        remove.triggered.connect(lambda: self.set_role(index, None))
        menu.addAction(remove)
        return menu

    def assign_all_counties(self) -> None:
        m = self.selected_measure()
        if m is None:
            self.status_label.setText(self.tr("Choose a measure first (click its row "
                                              "header)."))
            return
        counties = [u["id"] for u in self.model.units if u["kind"] == COUNTY and u["active"]]
        deadline = self.deadline_edit.text().strip()
        run_verb(self, self._stack, self._ws,
                 self.tr("Assign {code} to all districts").format(code=m["code"]),
                 lambda ws: verbs.assign_many(ws, m["id"], counties, "责任", deadline))
