"""Policy structure: the policy's own fields, and its 重点任务 (tasks) and 具体措施 (measures):
add, edit, and reorder with up/down (measure codes like 2.3 follow the order)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from tracker.db.queries import get_policy, measures, tasks
from tracker.errors import TrackerError
from tracker.services import policies as verbs
from tracker.services.workspace import Workspace
from tracker.ui.dialogs.form_parts import (
    FollowsUndoStack,
    InlineMessage,
    add_undo_buttons,
    cn_date_edit,
    plain_text,
)
from tracker.ui.screen_fit import fit_to_screen
from tracker.ui.verb_runner import run_verb

KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # "task:3" / "measure:17"
TEXT_FIELDS = ("title", "short_title", "doc_number", "issuer", "source")
DATE_FIELDS = ("issue_date", "source_date")


class StructureEditor(FollowsUndoStack, QDialog):
    def __init__(self, ws_provider: Callable[[], Workspace], undo_stack: QUndoStack,
                 policy_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws_provider
        self._stack = undo_stack
        self.policy_id = policy_id
        self._rows: dict[tuple[str, int], dict] = {}
        self._key: tuple[str, int] | None = None
        self._new: str | None = None  # "task" or "measure" while adding
        if get_policy(ws_provider().db, policy_id) is None:
            raise TrackerError("policy_missing", policy_id=policy_id)
        self.setWindowTitle(self.tr("Policy structure"))
        self._build()
        self.reload()
        fit_to_screen(self, 1000, 720)

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_policy())
        split = QSplitter()
        self.model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("structureTree")
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.selectionModel().currentChanged.connect(lambda cur, _p: self._select(cur))
        split.addWidget(self.tree)
        split.addWidget(self._build_item_form())
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout.addWidget(split, 1)

    def _build_policy(self) -> QGroupBox:
        box = QGroupBox(self.tr("Policy"))
        form = QFormLayout(box)
        labels = {"title": self.tr("Title"), "short_title": self.tr("Short title"),
                  "doc_number": self.tr("Document number"), "issuer": self.tr("Issued by"),
                  "source": self.tr("Published in"), "issue_date": self.tr("Issue date"),
                  "source_date": self.tr("Publication date")}
        self.policy_edits: dict[str, QLineEdit] = {}
        for key in TEXT_FIELDS:
            self.policy_edits[key] = QLineEdit()
            self.policy_edits[key].setObjectName(key)
        self.date_edits = {k: cn_date_edit(optional=True) for k in DATE_FIELDS}
        for key, edit in self.date_edits.items():
            edit.setObjectName(key)
            edit.setSpecialValueText(self.tr("not given"))
        form.addRow(labels["title"], self.policy_edits["title"])
        pairs = (("short_title", "doc_number"), ("issuer", "issue_date"),
                 ("source", "source_date"))
        for a, b in pairs:
            row = QHBoxLayout()
            right = self.policy_edits.get(b) or self.date_edits[b]
            row.addWidget(self.policy_edits[a], 3)
            row.addWidget(QLabel(labels[b]))
            row.addWidget(right, 2)
            form.addRow(labels[a], row)
        bottom = QHBoxLayout()
        self.policy_msg = InlineMessage()
        bottom.addWidget(self.policy_msg)
        bottom.addStretch(1)
        add_undo_buttons(self, self._stack, bottom, self.tr("Undo"), self.tr("Redo"))
        new = QPushButton(self.tr("New policy…"))
        new.setObjectName("newPolicy")
        new.clicked.connect(lambda: self.new_policy())
        bottom.addWidget(new)
        save = QPushButton(self.tr("Save policy"))
        save.setObjectName("savePolicy")
        save.clicked.connect(self.save_policy)
        bottom.addWidget(save)
        form.addRow(bottom)
        return box

    def _build_item_form(self) -> QWidget:
        panel = QWidget()
        col = QVBoxLayout(panel)
        col.setContentsMargins(8, 0, 0, 0)
        buttons = QHBoxLayout()
        self.add_task_button = QPushButton(self.tr("New key task"))
        self.add_measure_button = QPushButton(self.tr("New measure"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        for name, button, slot in (("addTask", self.add_task_button, self.start_new_task),
                                   ("addMeasure", self.add_measure_button,
                                    self.start_new_measure),
                                   ("upButton", self.up_button, lambda: self.move(-1)),
                                   ("downButton", self.down_button, lambda: self.move(1))):
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        col.addLayout(buttons)
        self.item_heading = QLabel()
        self.item_heading.setWordWrap(True)
        self.item_heading.setStyleSheet("font-weight: bold;")
        col.addWidget(self.item_heading)
        form = QFormLayout()
        self.item_title = QLineEdit()
        self.item_title.setObjectName("itemTitle")
        self.item_text = plain_text(6)
        self.item_text.setObjectName("itemText")
        form.addRow(self.tr("Title"), self.item_title)
        form.addRow(self.tr("Text"), self.item_text)
        col.addLayout(form, 1)
        self.item_msg = InlineMessage()
        col.addWidget(self.item_msg)
        self.save_item_button = QPushButton(self.tr("Save"))
        self.save_item_button.setObjectName("saveItem")
        self.save_item_button.clicked.connect(self.save_item)
        col.addWidget(self.save_item_button, 0, Qt.AlignmentFlag.AlignRight)
        return panel

    # ------------------------------------------------------------------ data
    def reload(self) -> None:
        ws = self._ws()
        policy = get_policy(ws.db, self.policy_id)
        if policy is None:  # a new policy undone: back to the one the window shows
            from tracker.db.queries import list_policies

            others = list_policies(ws.db)
            if not others:
                return
            self.policy_id = others[-1]["id"]
            policy = get_policy(ws.db, self.policy_id)
        for key, edit in self.policy_edits.items():
            edit.setText(policy.get(key) or "")
        for key, edit in self.date_edits.items():
            value = policy.get(key)
            edit.setDate(QDate.fromString(value[:10], "yyyy-MM-dd") if value
                         else edit.minimumDate())
        self.model.clear()
        self._rows.clear()
        items: dict[int, QStandardItem] = {}
        for t in tasks(ws.db, self.policy_id):
            item = QStandardItem(f"{t['seq']}. {t['title']}")
            item.setData(f"task:{t['id']}", KEY_ROLE)
            self._rows[("task", t["id"])] = t
            items[t["id"]] = item
            self.model.appendRow(item)
        for m in measures(ws.db, self.policy_id):
            item = QStandardItem(f"{m['code']} {m['title']}")
            item.setData(f"measure:{m['id']}", KEY_ROLE)
            item.setToolTip(m["description"])
            self._rows[("measure", m["id"])] = m
            items[m["task_id"]].appendRow(item)
        self.tree.expandAll()
        if self._key in self._rows:
            self.select(*self._key)
        else:
            self._select(None)

    def find_index(self, kind: str, row_id: int):  # noqa: ANN201 - QModelIndex
        matches = self.model.match(self.model.index(0, 0), KEY_ROLE, f"{kind}:{row_id}", 1,
                                   Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly)
        return matches[0] if matches else None

    def select(self, kind: str, row_id: int) -> None:
        index = self.find_index(kind, row_id)
        if index is not None:
            self.tree.setCurrentIndex(index)
            self._select(index)

    def _select(self, index) -> None:  # noqa: ANN001 - QModelIndex or None
        key = index.data(KEY_ROLE) if index is not None and index.isValid() else None
        if key:
            kind, _, row_id = key.partition(":")
            self._key = (kind, int(row_id))
        else:
            self._key = None
        self._new = None
        row = self._rows.get(self._key) if self._key else None
        self.item_title.setText(row["title"] if row else "")
        self.item_text.setPlainText((row or {}).get("description") or "")
        if row is None:
            self.item_heading.setText(self.tr("Choose a key task or measure on the left."))
        elif self._key[0] == "task":
            self.item_heading.setText(self.tr("Key task {n}").format(n=row["seq"]))
        else:
            self.item_heading.setText(self.tr("Measure {code}").format(code=row["code"]))
        self.item_msg.clear_message()
        for button in (self.up_button, self.down_button, self.save_item_button):
            button.setEnabled(row is not None)
        self.add_measure_button.setEnabled(row is not None)

    def _task_of_selection(self) -> dict | None:
        if not self._key:
            return None
        row = self._rows[self._key]
        return row if self._key[0] == "task" else self._rows.get(("task", row["task_id"]))

    # ------------------------------------------------------------------ verbs
    def save_policy(self) -> None:
        values: dict[str, object] = {k: e.text().strip() for k, e in self.policy_edits.items()}
        if not values["title"]:
            self.policy_msg.show_error(self.tr("The title cannot be empty."))
            return
        self.policy_msg.clear_message()
        for key, edit in self.date_edits.items():
            d = edit.date()
            values[key] = (None if d == edit.minimumDate()
                           else date(d.year(), d.month(), d.day()).isoformat())
        run_verb(self, self._stack, self._ws, self.tr("Edit policy"),
                 lambda ws: verbs.edit_policy(ws, self.policy_id, **values))

    def new_policy(self, title: str | None = None) -> int | None:
        """Another document (next year's): its title asked, the editor then shows it, ready
        for its key tasks and measures."""
        if title is None:
            from PySide6.QtWidgets import QInputDialog

            title, ok = QInputDialog.getText(self, self.tr("New policy"),
                                             self.tr("Title of the policy document:"))
            if not ok:
                return None
        title = title.strip()
        if not title:
            self.policy_msg.show_error(self.tr("The title cannot be empty."))
            return None
        done, new_id = run_verb(self, self._stack, self._ws,
                                self.tr("New policy {title}").format(title=title),
                                lambda ws: verbs.create_policy(ws, title))
        if not done:
            return None
        self.policy_id = new_id
        self.reload()
        return new_id

    def start_new_task(self) -> None:
        self._new = "task"
        self.item_heading.setText(self.tr("New key task (added at the end)"))
        self._clear_item_form()

    def start_new_measure(self) -> None:
        task = self._task_of_selection()
        if task is None:
            return
        self._new = "measure"
        self._new_parent = task["id"]
        self.item_heading.setText(self.tr("New measure under key task {n}").format(
            n=task["seq"]))
        self._clear_item_form()

    def _clear_item_form(self) -> None:
        self.item_title.clear()
        self.item_text.clear()
        self.save_item_button.setEnabled(True)
        self.item_title.setFocus()

    def save_item(self) -> None:
        title = self.item_title.text().strip()
        text = self.item_text.toPlainText().strip()
        if not title:
            self.item_msg.show_error(self.tr("The title cannot be empty."))
            return
        if self._new == "task":
            done, new_id = run_verb(self, self._stack, self._ws,
                                    self.tr("Add key task {title}").format(title=title),
                                    lambda ws: verbs.add_task(ws, self.policy_id, title, text))
            if done:
                self.select("task", new_id)
        elif self._new == "measure":
            parent = self._new_parent
            done, new_id = run_verb(self, self._stack, self._ws,
                                    self.tr("Add measure {title}").format(title=title),
                                    lambda ws: verbs.add_measure(ws, parent, title, text))
            if done:
                self.select("measure", new_id)
        elif self._key is not None:
            kind, row_id = self._key
            verb = verbs.edit_task if kind == "task" else verbs.edit_measure
            run_verb(self, self._stack, self._ws, self.tr("Edit {title}").format(title=title),
                     lambda ws: verb(ws, row_id, title=title, description=text))

    def move(self, step: int) -> None:
        if self._key is None:
            return
        kind, row_id = self._key
        row = self._rows[self._key]
        if kind == "task":
            order = [k[1] for k in self._rows if k[0] == "task"]
            verb = verbs.move_task
        else:
            order = [k[1] for k, r in self._rows.items()
                     if k[0] == "measure" and r["task_id"] == row["task_id"]]
            verb = verbs.move_measure
        new_index = order.index(row_id) + step
        if not 0 <= new_index < len(order):
            return
        run_verb(self, self._stack, self._ws,
                 self.tr("Move {title}").format(title=row["title"]),
                 lambda ws: verb(ws, row_id, new_index))
