"""Print check through LibreOffice: the exported template and summary print one page wide on A4
landscape, the header repeats on every page, the footer counts pages.

Skipped where LibreOffice or pdftotext is missing, except in CI (``CI`` set), where it fails.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.excel.writer_specs import LONG, summary_rows, summary_spec, template_row, template_spec
from tracker.excel.summary_xlsx import write_summary_table
from tracker.excel.template import write_progress_template

pytestmark = pytest.mark.slow


def _tools() -> tuple[str, str]:
    soffice, pdftotext = shutil.which("soffice"), shutil.which("pdftotext")
    if not (soffice and pdftotext):
        if os.environ.get("CI"):
            pytest.fail("LibreOffice (soffice) and pdftotext are required in CI")
        pytest.skip("LibreOffice or pdftotext not installed")
    return soffice, pdftotext


def to_pdf_pages(xlsx: Path, tmp_path: Path) -> list[str]:
    soffice, pdftotext = _tools()
    profile = (tmp_path / "lo-profile").as_uri()  # own profile: parallel runs do not collide
    subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to",
                    "pdf", "--outdir", str(tmp_path), str(xlsx)],
                   check=True, capture_output=True, timeout=180)
    pdf = tmp_path / (xlsx.stem + ".pdf")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert "841.89 x 595.3" in info or "842 x 595" in info, info  # A4 landscape
    text = subprocess.run([pdftotext, "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    return [p for p in text.split("\f") if p.strip()]


def test_template_prints_one_page_wide_with_header_on_every_page(tmp_path):
    rows = [template_row(t, m, last_progress=LONG * 2) for t in (1, 2, 3) for m in range(1, 9)]
    path = write_progress_template(template_spec(rows=rows), tmp_path / "t.xlsx")
    pages = to_pdf_pages(path, tmp_path)
    assert len(pages) > 1
    for i, page in enumerate(pages, start=1):
        flat = page.replace(" ", "")
        assert "序号" in flat and "备注" in flat, f"page {i}: header or a column missing"
        assert f"第{i}页共{len(pages)}页" in flat, f"page {i}: footer"
    assert "填报单位：天山区" in pages[0].replace(" ", "")
    assert "单位负责人（签字）：" in pages[-1].replace(" ", "")


def test_summary_prints_one_page_wide(tmp_path):
    rows = summary_rows() * 12
    path = write_summary_table(summary_spec(rows=rows), tmp_path / "s.xlsx")
    pages = to_pdf_pages(path, tmp_path)
    table_pages = [p for p in pages if "报送情况" in p.replace(" ", "")]
    assert table_pages
    for page in table_pages:
        flat = page.replace(" ", "")
        assert "序号" in flat and "备注" in flat


def test_pages_break_where_we_set_them_and_each_names_its_task(tmp_path):
    """LibreOffice keeps our breaks and adds none; a task running over a page is named again."""
    import openpyxl

    rows = [template_row(t, m, last_progress=LONG if m % 3 == 0 else "短")
            for t in (1, 2, 3) for m in range(1, 15)]
    path = write_progress_template(template_spec(rows=rows), tmp_path / "t.xlsx")
    breaks = [b.id for b in openpyxl.load_workbook(path)["填报表"].row_breaks.brk]
    pages = to_pdf_pages(path, tmp_path)
    assert len(pages) == len(breaks) + 1 > 3
    for i, page in enumerate(pages[1:], start=2):
        flat = page.replace(" ", "").replace("\n", "")
        assert "、" in flat, f"page {i}: no task named"
    assert sum("（续" in p.replace(" ", "") for p in pages) >= 2
