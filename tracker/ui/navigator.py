"""The navigator: policies → 重点任务 → 具体措施 (a tree) and the unit list, whose search box
matches names, aliases and pinyin ("tsq" finds 天山区, "md" finds 米东区, "midong" too)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from tracker.db.queries import list_policies, list_units, measures, tasks, unit_aliases
from tracker.services.workspace import Workspace
from tracker.textnorm import norm_key
from tracker.unit_search import (  # noqa: F401 - warm_up_pinyin is started by gui_main
    matches,
    needs_pinyin,
    search_keys,
    warm_up_pinyin,
)

SCOPE_ROLE = Qt.ItemDataRole.UserRole + 10
UNIT_ROLE = Qt.ItemDataRole.UserRole + 11
LOADED_ROLE = Qt.ItemDataRole.UserRole + 12  # False on a task whose measures wait


class Navigator(QWidget):
    scopeChanged = Signal(dict)  # {"policy_id", "task_id", "measure_id"} (None = all)
    unitChosen = Signal(object)  # unit id or None

    def __init__(self, ws_provider: Callable[[], Workspace], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self._ws = ws_provider
        self.tree = QTreeView(self)
        self.tree.setObjectName("policyTree")
        self.tree.setHeaderHidden(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        self.tree_model = QStandardItemModel(self)
        self.tree.setModel(self.tree_model)
        self.unit_search = QLineEdit(self)
        self.unit_search.setObjectName("unitSearch")
        self.unit_search.setPlaceholderText(self.tr("Find unit (name or pinyin, e.g. tsq)"))
        self.unit_search.setClearButtonEnabled(True)
        self.unit_list = QListWidget(self)
        self.unit_list.setObjectName("unitList")

        units_box = QWidget(self)
        lay = QVBoxLayout(units_box)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.addWidget(QLabel(self.tr("Units"), units_box))
        lay.addWidget(self.unit_search)
        lay.addWidget(self.unit_list)
        tree_box = QWidget(self)
        tlay = QVBoxLayout(tree_box)
        tlay.setContentsMargins(0, 0, 0, 0)
        tlay.addWidget(QLabel(self.tr("Policies, tasks and measures"), tree_box))
        tlay.addWidget(self.tree)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(tree_box)
        self.splitter.addWidget(units_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.splitter)

        self._unit_keys: dict[int, list[str]] = {}
        self._unit_texts: dict[int, tuple[str, list[str]]] = {}
        self._pinyin_ready = False
        self._shown: dict[str, Any] = {}
        self.tree.selectionModel().currentChanged.connect(self._tree_changed)
        self.tree.expanded.connect(self._fill_task)
        self.unit_search.textChanged.connect(self._filter_units)
        self.unit_list.currentItemChanged.connect(self._unit_changed)
        self.reload()

    # ------------------------------------------------------------ loading
    def reload(self) -> None:
        """Rebuild from the database (after a structure edit or opening another database).
        A task's measures are loaded when the task is first expanded (a city database holds
        hundreds of them, and the tree starts with the tasks collapsed)."""
        self._build(self._read(self._ws().db, ()))

    def refresh(self) -> bool:
        """After an undo or redo: rebuild only when what the navigator shows changed (a measure
        added or moved, a unit deactivated…), keeping the chosen scope, the expanded tasks and
        the chosen unit where they still exist. True when something was rebuilt."""
        shown = self._shown
        fresh = self._read(self._ws().db, tuple(shown.get("measures", {})))
        if fresh == shown:
            return False
        scope = self.scope()
        unit = self.unit_list.currentItem()
        unit_id = unit.data(UNIT_ROLE) if unit is not None else None
        expanded = [self.tree_model.itemFromIndex(self.tree_model.index(r, 0, p)).data(SCOPE_ROLE)
                    for p in self._policy_indexes()
                    for r in range(self.tree_model.rowCount(p))
                    if self.tree.isExpanded(self.tree_model.index(r, 0, p))]
        self._build(fresh)
        for task_scope in expanded:
            index = self._find(task_scope)
            if index is not None:
                self.tree.expand(index)
        found = None
        for keys in (("policy_id", "task_id", "measure_id"), ("policy_id", "task_id"),
                     ("policy_id",), ()):
            found = self._find({k: scope[k] for k in keys if k in scope})
            if found is not None:
                break
        self.tree.selectionModel().blockSignals(True)
        self.tree.setCurrentIndex(found)
        self.tree.selectionModel().blockSignals(False)
        if self.scope() != scope:
            self.scopeChanged.emit(self.scope())
        self.select_unit(unit_id)
        if (self.unit_list.currentItem() or QListWidgetItem()).data(UNIT_ROLE) != unit_id:
            self.select_unit(None)
            self.unitChosen.emit(None)
        return True

    def _policy_indexes(self) -> list[QModelIndex]:
        everything = self.tree_model.index(0, 0)
        return [self.tree_model.index(r, 0, everything)
                for r in range(self.tree_model.rowCount(everything))]

    def _find(self, scope: dict[str, Any]) -> QModelIndex | None:
        """The tree row whose scope is ``scope`` (tasks' measures only where loaded)."""
        def walk(parent: QModelIndex) -> QModelIndex | None:
            for r in range(self.tree_model.rowCount(parent)):
                index = self.tree_model.index(r, 0, parent)
                item = self.tree_model.itemFromIndex(index)
                if (item.data(SCOPE_ROLE) or {}) == scope:  # a task before its placeholder
                    return index
                if (item.data(SCOPE_ROLE) or {}).items() <= scope.items():
                    hit = walk(index)
                    if hit is not None:
                        return hit
            return None
        if not scope:
            return self.tree_model.index(0, 0)
        return walk(self.tree_model.index(0, 0))

    @staticmethod
    def _read(db: Any, measure_policies: tuple[int, ...]) -> dict[str, Any]:
        """What the navigator shows: policies, their tasks, the active units and their
        aliases, and the measures of the policies whose tasks have been expanded."""
        policies = list_policies(db)
        return {"policies": policies,
                "tasks": {p["id"]: tasks(db, p["id"]) for p in policies},
                "units": list_units(db, include_inactive=False),
                "aliases": unit_aliases(db),
                "measures": {pid: measures(db, pid) for pid in measure_policies}}

    def _build(self, data: dict[str, Any]) -> None:
        self._shown = data
        self.tree.selectionModel().blockSignals(True)
        self.tree_model.clear()
        root = self.tree_model.invisibleRootItem()
        everything = self._item(self.tr("All policies"), {})
        root.appendRow(everything)
        for pol in data["policies"]:
            p_item = self._item(pol["short_title"] or pol["title"], {"policy_id": pol["id"]},
                                pol["title"])
            everything.appendRow(p_item)
            for t in data["tasks"][pol["id"]]:
                t_item = self._item(f"{t['seq']}. {t['title']}",
                                    {"policy_id": pol["id"], "task_id": t["id"]}, t["title"])
                t_item.appendRow(self._item("…", {"policy_id": pol["id"], "task_id": t["id"]}))
                t_item.setData(False, LOADED_ROLE)
                p_item.appendRow(t_item)
        self.tree.expandToDepth(1)
        self.tree.setCurrentIndex(everything.index())
        self.tree.selectionModel().blockSignals(False)
        self._load_units(data["units"], data["aliases"])

    def _fill_task(self, index: QModelIndex) -> None:
        """The measures under a task, on its first expansion."""
        item = self.tree_model.itemFromIndex(index)
        if item is None or item.data(LOADED_ROLE) is not False:
            return
        scope = item.data(SCOPE_ROLE) or {}
        item.setData(True, LOADED_ROLE)
        item.removeRows(0, item.rowCount())
        known = self._shown.setdefault("measures", {})
        if scope["policy_id"] not in known:
            known[scope["policy_id"]] = measures(self._ws().db, scope["policy_id"])
        for m in known[scope["policy_id"]]:
            if m["task_id"] == scope["task_id"]:
                item.appendRow(self._item(f"{m['code']} {m['title']}",
                                          {**scope, "measure_id": m["id"]},
                                          m["description"] or m["title"]))

    def _item(self, text: str, scope: dict[str, Any], tip: str = "") -> QStandardItem:
        item = QStandardItem(text)
        item.setData(scope, SCOPE_ROLE)
        item.setEditable(False)
        if tip:
            item.setToolTip(tip)
        return item

    def _load_units(self, units: list[dict[str, Any]], aliases: dict[int, list[str]]) -> None:
        self.unit_list.blockSignals(True)
        self.unit_list.clear()
        all_item = QListWidgetItem(self.tr("All units"))
        all_item.setData(UNIT_ROLE, None)
        self.unit_list.addItem(all_item)
        self._unit_keys.clear()
        self._unit_texts.clear()
        self._pinyin_ready = False
        for u in units:
            item = QListWidgetItem(u["name"])
            item.setData(UNIT_ROLE, u["id"])
            others = [a for a in aliases.get(u["id"], []) if a != u["name"]]
            if others:
                item.setToolTip("、".join(others))
            self._unit_texts[u["id"]] = (u["name"], others)
            self._unit_keys[u["id"]] = search_keys(u["name"], others, with_pinyin=False)
            self.unit_list.addItem(item)
        self.unit_list.setCurrentRow(0)
        self.unit_list.blockSignals(False)
        self._filter_units(self.unit_search.text())

    # ------------------------------------------------------------ behaviour
    def _filter_units(self, text: str) -> None:
        if needs_pinyin(text) and not self._pinyin_ready:  # pinyin keys only when asked
            self._unit_keys = {uid: search_keys(name, others)
                               for uid, (name, others) in self._unit_texts.items()}
            self._pinyin_ready = True
        first_visible = None
        for row in range(self.unit_list.count()):
            item = self.unit_list.item(row)
            uid = item.data(UNIT_ROLE)
            hidden = uid is not None and not matches(text, self._unit_keys.get(uid, []))
            item.setHidden(hidden)
            if not hidden and uid is not None and first_visible is None:
                first_visible = item
        if text.strip() and first_visible is not None:
            self.unit_list.scrollToItem(first_visible)

    def units_for_word(self, word: str) -> tuple[int, ...]:
        """The units a search word names by pinyin ("md", "midong" → 米东区); none for a word
        without Latin letters or of one letter (that would name half the list)."""
        if not needs_pinyin(word) or len(norm_key(word)) < 2:
            return ()
        if not self._pinyin_ready:
            self._unit_keys = {uid: search_keys(name, others)
                               for uid, (name, others) in self._unit_texts.items()}
            self._pinyin_ready = True
        return tuple(uid for uid, keys in self._unit_keys.items() if matches(word, keys))

    def visible_units(self) -> list[str]:
        return [self.unit_list.item(r).text() for r in range(self.unit_list.count())
                if not self.unit_list.item(r).isHidden()
                and self.unit_list.item(r).data(UNIT_ROLE) is not None]

    def select_unit(self, unit_id: int | None) -> None:
        for row in range(self.unit_list.count()):
            if self.unit_list.item(row).data(UNIT_ROLE) == unit_id:
                self.unit_list.blockSignals(True)
                self.unit_list.setCurrentRow(row)
                self.unit_list.blockSignals(False)
                return

    def scope(self) -> dict[str, Any]:
        index = self.tree.currentIndex()
        data = index.data(SCOPE_ROLE) if index.isValid() else None
        return dict(data or {})

    def _tree_changed(self, *_: Any) -> None:
        self.scopeChanged.emit(self.scope())

    def _unit_changed(self, current: QListWidgetItem | None, _previous: Any = None) -> None:
        self.unitChosen.emit(current.data(UNIT_ROLE) if current is not None else None)
