"""单位名录: add and edit units, archive (停用) and re-activate them, and keep their aliases
(the other spellings found in returned files)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QStringListModel
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.db.editing_queries import aliases_of_unit, unit_usage_counts
from tracker.db.queries import list_units
from tracker.model import UNIT_KINDS
from tracker.services import units as unit_verbs
from tracker.services.workspace import Workspace
from tracker.ui.dialogs.form_parts import FollowsUndoStack, InlineMessage, add_undo_buttons
from tracker.ui.dialogs.units_model import ID_ROLE, UnitsModel
from tracker.ui.screen_fit import fit_to_screen
from tracker.ui.value_labels import kind_label
from tracker.ui.verb_runner import run_verb

FIELDS = ("name", "short_name", "kind", "contact", "phone")


class UnitsEditor(FollowsUndoStack, QDialog):
    def __init__(self, ws_provider: Callable[[], Workspace], undo_stack: QUndoStack,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws_provider
        self._stack = undo_stack
        self._unit: dict | None = None
        self._aliases: list[dict] = []
        self.setWindowTitle(self.tr("Units"))
        self._build()
        self.reload()
        fit_to_screen(self, 1000, 600)

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        top = QHBoxLayout()
        self.show_archived = QCheckBox(self.tr("Show archived units"))
        self.show_archived.setChecked(True)
        self.show_archived.toggled.connect(lambda _on: self.reload())
        top.addWidget(self.show_archived)
        top.addStretch(1)
        add_undo_buttons(self, self._stack, top, self.tr("Undo"), self.tr("Redo"))
        left.addLayout(top)
        self.model = UnitsModel(self)
        self.view = QTableView()
        self.view.setObjectName("unitsView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.selectionModel().currentRowChanged.connect(lambda cur, _p: self._select(cur))
        left.addWidget(self.view, 1)
        layout.addLayout(left, 3)
        layout.addWidget(self._build_form(), 2)

    def _build_form(self) -> QWidget:
        panel = QWidget()
        col = QVBoxLayout(panel)
        box = QGroupBox(self.tr("Unit"))
        form = QFormLayout(box)
        self.edits: dict[str, QLineEdit] = {}
        labels = {"name": self.tr("Name"), "short_name": self.tr("Short name"),
                  "contact": self.tr("Contact"), "phone": self.tr("Phone")}
        for key in ("name", "short_name"):
            self.edits[key] = QLineEdit()
            self.edits[key].setObjectName(key)
            form.addRow(labels[key], self.edits[key])
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kind")
        for kind in UNIT_KINDS:
            self.kind_combo.addItem(kind_label(kind.value), kind.value)
        form.addRow(self.tr("Kind"), self.kind_combo)
        for key in ("contact", "phone"):
            self.edits[key] = QLineEdit()
            self.edits[key].setObjectName(key)
            form.addRow(labels[key], self.edits[key])
        self.form_msg = InlineMessage()
        form.addRow(self.form_msg)
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New unit"))
        self.save_button = QPushButton(self.tr("Save"))
        self.archive_button = QPushButton(self.tr("Archive"))
        self.delete_button = QPushButton(self.tr("Delete"))
        for name, button, slot in (("newButton", self.new_button, self.start_new),
                                   ("saveButton", self.save_button, self.save),
                                   ("archiveButton", self.archive_button, self.toggle_archive),
                                   ("deleteButton", self.delete_button, self.delete)):
            button.setObjectName(name)
            button.clicked.connect(slot)
            row.addWidget(button)
        form.addRow(row)
        col.addWidget(box)
        abox = QGroupBox(self.tr("Other spellings (aliases)"))
        acol = QVBoxLayout(abox)
        self.alias_model = QStringListModel(self)
        self.alias_view = QListView()
        self.alias_view.setObjectName("aliasView")
        self.alias_view.setModel(self.alias_model)
        self.alias_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        acol.addWidget(self.alias_view, 1)
        arow = QHBoxLayout()
        self.alias_edit = QLineEdit()
        self.alias_edit.setObjectName("aliasEdit")
        self.alias_edit.setPlaceholderText(self.tr("Another spelling of the name"))
        self.alias_edit.returnPressed.connect(self.add_alias)
        add = QPushButton(self.tr("Add"))
        add.setObjectName("addAlias")
        add.clicked.connect(self.add_alias)
        remove = QPushButton(self.tr("Remove"))
        remove.setObjectName("removeAlias")
        remove.clicked.connect(self.remove_alias)
        arow.addWidget(self.alias_edit, 1)
        arow.addWidget(add)
        arow.addWidget(remove)
        acol.addLayout(arow)
        self.alias_msg = InlineMessage()
        acol.addWidget(self.alias_msg)
        col.addWidget(abox, 1)
        return panel

    # ------------------------------------------------------------------ data
    def reload(self) -> None:
        ws = self._ws()
        keep = self._unit["id"] if self._unit else None
        usage = unit_usage_counts(ws.db)
        units = [dict(u, assignments=usage.get(u["id"], 0))
                 for u in list_units(ws.db, include_inactive=self.show_archived.isChecked())]
        self.model.set_units(units)
        if keep is not None and self.model.row_of(keep) >= 0:
            self.select_unit(keep)
        else:
            self._select(None)

    def select_unit(self, unit_id: int) -> None:
        row = self.model.row_of(unit_id)
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self._select(index)

    def _select(self, index) -> None:  # noqa: ANN001 - QModelIndex or None
        unit_id = index.data(ID_ROLE) if index is not None and index.isValid() else None
        self._unit = next((u for u in self.model.units if u["id"] == unit_id), None)
        u = self._unit or {}
        for key, edit in self.edits.items():
            edit.setText(str(u.get(key) or ""))
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(u.get("kind", "区县"))))
        self.form_msg.clear_message()
        self.alias_msg.clear_message()
        self.archive_button.setText(self.tr("Re-activate") if u and not u["active"]
                                    else self.tr("Archive"))
        for button in (self.archive_button, self.delete_button):
            button.setEnabled(bool(u))
        self._aliases = aliases_of_unit(self._ws().db, unit_id) if unit_id else []
        self.alias_model.setStringList([a["alias"] for a in self._aliases])

    def values(self) -> dict[str, str]:
        values = {k: e.text().strip() for k, e in self.edits.items()}
        values["kind"] = self.kind_combo.currentData()
        return values

    # ------------------------------------------------------------------ verbs
    def start_new(self) -> None:
        self.view.clearSelection()
        self._select(None)
        self.edits["name"].setFocus()

    def save(self) -> None:
        values = self.values()
        if not values["name"]:
            self.form_msg.show_error(self.tr("Enter the unit's name."))
            return
        if self._unit is None:
            done, new_id = run_verb(self, self._stack, self._ws,
                                    self.tr("Add unit {name}").format(name=values["name"]),
                                    lambda ws: unit_verbs.add_unit(ws, **values))
            if done:
                self.select_unit(new_id)
            return
        changed = {k: v for k, v in values.items() if v != (self._unit.get(k) or "")}
        if changed:
            uid = self._unit["id"]
            run_verb(self, self._stack, self._ws,
                     self.tr("Edit unit {name}").format(name=self._unit["name"]),
                     lambda ws: unit_verbs.edit_unit(ws, uid, **changed))

    def toggle_archive(self) -> None:
        if self._unit is None:
            return
        uid, activate = self._unit["id"], not self._unit["active"]
        if not activate and not self._confirm_archive(uid):
            return
        text = (self.tr("Re-activate unit {name}") if activate
                else self.tr("Archive unit {name}")).format(name=self._unit["name"])
        run_verb(self, self._stack, self._ws, text,
                 lambda ws: unit_verbs.archive_unit(ws, uid, active=activate))

    def _confirm_archive(self, unit_id: int) -> bool:
        """A unit with items not closed: said what archiving does and does not do."""
        from PySide6.QtWidgets import QMessageBox

        from tracker.db.queries import open_assignment_count

        n = open_assignment_count(self._ws().db, unit_id)
        if not n:
            return True
        return QMessageBox.question(
            self, self.tr("Archive unit"),
            self.tr("{name} still has {n} item(s) not closed. An archived unit gets no "
                    "templates and no reminder notices, but its items still count in the "
                    "figures: assign them to the unit taking over, or close them. Archive it "
                    "anyway?").format(name=self._unit["name"], n=n),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes

    def delete(self) -> None:
        if self._unit is None:
            return
        uid = self._unit["id"]
        done, _ = run_verb(self, self._stack, self._ws,
                           self.tr("Delete unit {name}").format(name=self._unit["name"]),
                           lambda ws: unit_verbs.delete_unit(ws, uid))
        if done:
            self._unit = None
            self.reload()

    def add_alias(self) -> None:
        text = self.alias_edit.text().strip()
        if self._unit is None or not text:
            return
        uid = self._unit["id"]
        done, added = run_verb(self, self._stack, self._ws,
                               self.tr("Add alias {alias}").format(alias=text),
                               lambda ws: unit_verbs.add_alias(ws, uid, text))
        if done:
            self.alias_edit.clear()
            if not added:
                self.alias_msg.show_warning(self.tr("This spelling is already known."))

    def remove_alias(self) -> None:
        index = self.alias_view.currentIndex()
        if not index.isValid() or index.row() >= len(self._aliases):
            return
        alias = self._aliases[index.row()]
        run_verb(self, self._stack, self._ws,
                 self.tr("Remove alias {alias}").format(alias=alias["alias"]),
                 lambda ws: unit_verbs.remove_alias(ws, alias["id"]))
