"""A template re-saved by LibreOffice as .xlsx and as .xls, then filled, must import.
In CI LibreOffice is installed by .ci/run: the test fails (never skips) when soffice is missing
there."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from tracker.demo import build_demo
from tracker.services import imports
from tracker.services.exports import export_templates
from tracker.services.workspace import open_workspace

pytestmark = pytest.mark.slow


def _soffice() -> str:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice (soffice) is missing in CI: .ci/run must install it")
        pytest.skip("LibreOffice not installed on this machine")
    return exe


def _convert(src: Path, fmt: str, out: Path, profile: Path) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    subprocess.run([_soffice(), f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", fmt, "--outdir", str(out), str(src)], check=True,
                   capture_output=True, timeout=180)
    result = out / (src.stem + "." + fmt.split(":")[0])
    assert result.exists(), f"LibreOffice did not write {result}"
    return result


def _fill(path: Path, out: Path) -> int:
    wb = openpyxl.load_workbook(path)
    sheet = wb["填报表"]
    header = next(r for r in range(1, 12) if sheet.cell(r, 1).value == "序号")
    cols = {sheet.cell(header, c).value: c for c in range(1, 20) if sheet.cell(header, c).value}
    n = 0
    for r in range(header + 1, header + 60):
        if str(sheet.cell(r, cols["具体措施"]).value or "")[:1].isdigit():
            sheet.cell(r, cols["完成状态"]).value = "推进中"
            sheet.cell(r, cols["完成进度(%)"]).value = 60
            sheet.cell(r, cols["进展情况"]).value = f"经LibreOffice另存后填写的进展{n}"
            n += 1
    wb.save(out)
    return n


def test_template_resaved_by_libreoffice_imports(tmp_path):
    build_demo(tmp_path / "demo.sqlite")
    ws = open_workspace(tmp_path / "demo.sqlite", who="t")
    unit_id = ws.db.execute("SELECT id FROM unit WHERE name = '天山区'").fetchone()[0]
    template = export_templates(ws, 1, "2019-12", tmp_path / "out", [unit_id]).files[0]
    profile = tmp_path / "lo-profile"
    # .xlsx: re-saved by LibreOffice, then filled
    resaved = _convert(template, "xlsx:Calc MS Excel 2007 XML", tmp_path / "lo-xlsx", profile)
    filled_xlsx = tmp_path / "filled" / "天山区_2019年12月_LO.xlsx"
    filled_xlsx.parent.mkdir()
    n = _fill(resaved, filled_xlsx)
    assert n >= 3
    # .xls: filled, then re-saved by LibreOffice in the old binary format
    filled_plain = tmp_path / "filled_plain.xlsx"
    _fill(template, filled_plain)
    as_xls = _convert(filled_plain, "xls:MS Excel 97", tmp_path / "lo-xls", profile)
    for path in (filled_xlsx, as_xls):
        fp = imports.preview_paths(ws, [path]).files[0]
        assert fp.outcome == "ok", fp.parsed.message
        assert fp.parsed.unit == "天山区" and fp.parsed.period == "2019-12"
        assert len(fp.rows) == n and {r.change for r in fp.rows} <= {"new", "update"}
        assert all(r.parsed.status == "推进中" and r.parsed.percent == 60 for r in fp.rows)
    batch = imports.accept_file(ws, imports.preview_paths(ws, [as_xls]).files[0])
    assert batch
    ws.close()


def test_merged_cells_of_an_ods_are_filled_down(tmp_path):
    """python-calamine reports no merged cells for .ods: the sheet scan finds them, so a
    breakdown saved as .ods reads every row (merged 序号 / 措施编号 / 具体措施 filled down)."""
    from tracker.db.queries import load_catalog
    from tracker.excel.breakdown_read import parse_breakdown
    from tracker.excel.read import read_book
    from tracker.services.exports import export_breakdown

    build_demo(tmp_path / "demo.sqlite")
    ws = open_workspace(tmp_path / "demo.sqlite", who="t")
    xlsx = export_breakdown(ws, 1, tmp_path / "分解表.xlsx")
    ods = _convert(Path(xlsx), "ods", tmp_path / "ods", tmp_path / "profile")
    book = read_book(ods)
    assert book.sheets[0].merged, "no merged cells found in the .ods"
    catalog = load_catalog(ws.db, 1)
    from_xlsx = parse_breakdown(Path(xlsx), catalog)
    from_ods = parse_breakdown(ods, catalog)
    ws.close()
    assert len(from_ods.entries) == len(from_xlsx.entries) > 100
