"""Screenshots of the window for the README: `python docs/make_screenshots.py`.

Builds the demo database in a temp folder, opens the main window (offscreen, Chinese) and saves
under docs/screenshots/: main-1366.png, main-1920.png, dashboard-1366.png, dashboard-1920.png,
import-preview-1366.png, import-preview-1920.png, breakdown-preview-1366.png,
breakdown-preview-1920.png, report-dialog.png, and main-150pct.png (a 1280×720 window at
QT_SCALE_FACTOR=1.5, i.e. a 1920×1080 screen at 150 %, taken in a second process because the
factor must be set before Qt starts).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
FIXTURES = ROOT / "tests" / "fixtures" / "returned"
PREVIEW_FILES = ("01_shuimogou_2019-03_merged-header.xlsx",
                 "03_gongxin-shangwu_2019-05_multi-unit.xlsx", "04_jinrongban_2019-04_gbk.csv",
                 "05_broken_truncated.xlsx")


def _settle(app, ms: int = 300) -> None:
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def _shoot(widget, name: str) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / name
    widget.grab().save(str(path))
    print(path.relative_to(ROOT))
    return path


def breakdown_file(folder: Path, db: Path) -> Path:
    """The demo's own breakdown, exported, with one deadline and one action changed and a row
    for a measure the policy does not have: the preview shows 修改, 无变化 (hidden) and 待确认."""
    import openpyxl

    from tracker.services.exports import export_breakdown
    from tracker.services.workspace import open_workspace

    ws = open_workspace(db, who="王明", lock=False)
    try:
        path = export_breakdown(ws, 1, folder / "分解表（各单位修改后）.xlsx")
    finally:
        ws.close()
    wb = openpyxl.load_workbook(path)
    sheet = wb["分解表"]
    header = next(r for r in range(1, 10) if sheet.cell(r, 1).value == "序号")
    col = {sheet.cell(header, c).value: c for c in range(1, sheet.max_column + 1)}
    sheet.cell(header + 1, col["完成时限"]).value = "2020年6月底前"
    sheet.cell(header + 2, col["具体举措"]).value = "制定专项实施方案，按月调度推进"
    sheet.append([99, "九、其他", "9.9", "建设创新创业示范基地", "天山区", None, None,
                  "2020年底前", ""])
    wb.save(path)
    return path


def shoot_breakdown_preview(app, window, path: Path, width: int, height: int) -> None:
    task = window.excel_actions.import_breakdown(path)
    while not task.done:
        _settle(app, 50)
    dialog = window.excel_actions.preview_dialog
    dialog.resize(min(width - 80, 1600), min(height - 100, 900))
    dialog.rows.selectRow(0)
    _settle(app)
    _shoot(dialog, f"breakdown-preview-{width}.png")
    dialog.reject()


def take(folder: Path, scaled: bool) -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["TRACKER_CONFIG_DIR"] = str(folder / "config")
    os.environ["TRACKER_DATA_DIR"] = str(folder / "data")
    from tracker.demo import build_demo
    from tracker.ui.app import create_app, install_translators
    from tracker.ui.file_actions import open_for_window
    from tracker.ui.main_window import MainWindow
    from tracker.ui.user_settings import UserSettings

    db = folder / "demo.sqlite"
    if not db.exists():
        build_demo(db)
    app = create_app()
    install_translators(app, "zh_CN")
    settings = UserSettings(folder / "config" / ("gui-150.ini" if scaled else "gui.ini"))
    settings.operator = "王明"
    window = MainWindow(open_for_window(db, "王明"), settings)
    sizes = [(1280, 720)] if scaled else [(1366, 768), (1920, 1080)]
    for width, height in sizes:
        window.resize(width, height)
        window.show()
        window.tabs.setCurrentIndex(0)
        row = window.model.all_ids()[4]
        window.table.select_id(row)
        window.detail.tabs.setCurrentIndex(1)
        _settle(app)
        if scaled:
            _shoot(window, "main-150pct.png")
            continue
        _shoot(window, f"main-{width}.png")
        window.tabs.setCurrentIndex(1)
        _settle(app, 500)
        _shoot(window, f"dashboard-{width}.png")
        window.tabs.setCurrentIndex(0)
        task = window.excel_actions.import_paths([FIXTURES / n for n in PREVIEW_FILES])
        while not task.done:
            _settle(app, 50)
        dialog = window.excel_actions.preview_dialog
        dialog.resize(min(width - 80, 1600), min(height - 100, 900))
        dialog.file_list.setCurrentRow(1)
        dialog.rows.selectRow(1)
        _settle(app)
        _shoot(dialog, f"import-preview-{width}.png")
        dialog.reject()
        shoot_breakdown_preview(app, window, breakdown_file(folder, db), width, height)
        if width == 1366:
            shoot_report_dialog(app, window)
    window.close()


def shoot_report_dialog(app, window) -> None:
    from tracker.ui.report_dialog import ReportDialog

    dialog = ReportDialog(window.ws_provider, "2019-11", None, window.settings, window)
    dialog.resize(900, 600)
    dialog.show()
    _settle(app)
    _shoot(dialog, "report-dialog.png")
    dialog.reject()


def main() -> int:
    scaled = "--scaled" in sys.argv
    if "--folder" in sys.argv:
        take(Path(sys.argv[sys.argv.index("--folder") + 1]), scaled)
        return 0
    with tempfile.TemporaryDirectory(prefix="tracker-shots-") as tmp:
        folder = Path(tmp)
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        subprocess.run([sys.executable, __file__, "--folder", str(folder)], env=env, check=True)
        env["QT_SCALE_FACTOR"] = "1.5"
        subprocess.run([sys.executable, __file__, "--folder", str(folder), "--scaled"], env=env,
                       check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
