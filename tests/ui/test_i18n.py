"""Translations: every committed .qm is current, no .ts has unfinished entries, English shows
no Chinese in menus, actions or table headers, Chinese shows Chinese menus; switching the
language in the settings rebuilds the window in the other language."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.window_support import demo_path, user_settings  # noqa: F401 - fixtures
from tracker.ui import app as ui_app

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
TS_FILES = sorted(I18N.glob("*.ts"))


def lrelease() -> str:
    found = shutil.which("pyside6-lrelease")
    if found is None:
        pytest.skip("pyside6-lrelease not installed")
    return found


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_committed_qm_is_current(ts, tmp_path):
    out = tmp_path / ts.with_suffix(".qm").name
    subprocess.run([lrelease(), str(ts), "-qm", str(out)], check=True, capture_output=True)
    committed = ts.with_suffix(".qm")
    assert committed.exists(), f"{committed.name} is not committed"
    assert committed.read_bytes() == out.read_bytes(), f"{committed.name} is stale: run lrelease"


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_no_unfinished_translations(ts):
    root = ET.parse(ts).getroot()
    unfinished = [m.findtext("source") for m in root.iter("message")
                  if m.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
                  or not "".join(m.find("translation").itertext()).strip()]
    assert unfinished == []


def test_ours_is_among_the_files():
    assert I18N / "tracker_zh_CN.ts" in TS_FILES


def _texts(win) -> dict[str, list[str]]:
    menus = [a.text() for a in win.menuBar().actions()]
    actions = []
    for a in win.menuBar().actions():
        menu = a.menu()
        menu.aboutToShow.emit()  # fills the recent-databases submenu
        for sub in menu.actions():
            actions.append(sub.text())
            if sub.menu() is not None:
                sub.menu().aboutToShow.emit()
                actions += [x.text() for x in sub.menu().actions()]
    actions += [a.text() for a in win.actions_.toolbar.actions()]
    model = win.model
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    tabs = [win.tabs.tabText(i) for i in range(win.tabs.count())]
    return {"menus": menus, "actions": actions, "headers": headers, "tabs": tabs}


def _open(qtbot, demo_path, user_settings, lang, keep=True):  # noqa: F811
    from tracker.ui.file_actions import open_for_window
    from tracker.ui.main_window import MainWindow

    ui_app.install_translators(QApplication.instance(), lang)
    user_settings.language = lang
    win = MainWindow(open_for_window(demo_path, "测试员"), user_settings)
    if keep:
        qtbot.addWidget(win)
    return win


def test_english_shows_no_chinese_in_menus_actions_headers(qtbot, demo_path, user_settings):  # noqa: F811
    win = _open(qtbot, demo_path, user_settings, "en")
    try:
        texts = _texts(win)
        for kind, values in texts.items():
            leaks = [v for v in values if CJK.search(v or "")]
            assert leaks == [], f"Chinese in English {kind}: {leaks}"
        assert texts["menus"] == ["&File", "&Edit", "&Reporting", "Re&ports", "&Help"]
    finally:
        win.close()
        ui_app.remove_translators(QApplication.instance())


def test_chinese_menus_and_headers(qtbot, demo_path, user_settings):  # noqa: F811
    win = _open(qtbot, demo_path, user_settings, "zh_CN")
    try:
        texts = _texts(win)
        assert all(CJK.search(t) for t in texts["menus"])
        assert texts["headers"] == ["编号", "措施", "单位", "角色", "时限", "灯", "状态", "进度",
                                    "本期进展", "最后报送"]
        named = [t for t in texts["actions"] if t and not t.startswith("&")]
        assert all(CJK.search(t) for t in named), [t for t in named if not CJK.search(t)]
    finally:
        win.close()
        ui_app.remove_translators(QApplication.instance())


def test_switching_language_in_the_settings_rebuilds_the_window(qtbot, demo_path,  # noqa: F811
                                                                user_settings):  # noqa: F811
    from tracker.ui.preferences import PreferencesDialog

    win = _open(qtbot, demo_path, user_settings, "zh_CN", keep=False)
    win.show()
    dialog = PreferencesDialog(win, win)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.accept()
    qtbot.waitUntil(lambda: any(w is not win for w in ui_app.open_windows), timeout=3000)
    new = next(w for w in ui_app.open_windows if w is not win)
    try:
        assert user_settings.language == "en"
        assert [a.text() for a in new.menuBar().actions()][0] == "&File"
        assert new.ws is not None and new.model.total_count() == 105
        assert not CJK.search(new.tabs.tabText(0))
    finally:
        new.close()
        ui_app.open_windows.remove(new)
        ui_app.remove_translators(QApplication.instance())
