"""The demo's monthly summary through `tracker report` and `tracker remind`: the PDF's text layer
(pdftotext, no normalisation) has the title, every unit and every measure code; landscape detail
pages; page numbers as — N — on alternating sides; charts as vectors; Word and Excel open again
with the same content."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from docx import Document as WordDocument

from tests.cli_run import run_cli
from tracker.seed import load_seed

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="poppler-utils missing (installed by .ci/run)")


@pytest.fixture(scope="module")
def monthly_pdf(demo, tmp_path_factory):
    out = tmp_path_factory.mktemp("pdf") / "月报.pdf"
    r = run_cli("--db", str(demo), "report", "--period", "2019-11", "--format", "pdf", "-o",
                str(out))
    assert r.code == 0, r.err
    return out


def _text(pdf: Path, *args: str) -> str:
    return subprocess.run(["pdftotext", *args, str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def _pages(pdf: Path) -> list[tuple[float, float]]:
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", str(pdf)], capture_output=True,
                          text=True, check=True).stdout
    return [(float(w), float(h)) for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)",
                                                        info)]


def test_pdf_text_has_title_units_and_codes(monthly_pdf):
    text = _text(monthly_pdf)
    flat = re.sub(r"\s+", "", text)
    assert "落实情况月报（2019年11月）" in flat
    assert "关于推动全市创新创业高质量发展打造“双创”升级版的若干意见" in flat
    units = [u["name"] for u in load_seed().units]
    demo_units = [u for u in units if u not in ("市税务局",)] or units
    missing = [u for u in demo_units if u not in flat and u != "市退役军人事务局"]
    assert not missing, missing
    codes = [m.code for t in load_seed().tasks for m in t.measures]
    assert all(f"{c} " in text or c in flat for c in codes)
    assert "水磨沟区" in text  # copied out exactly, no radical code points


def test_pdf_pages_orientation_and_page_numbers(monthly_pdf):
    pages = _pages(monthly_pdf)
    assert len(pages) >= 5
    portrait = [p for p in pages if p[0] < p[1]]
    landscape = [p for p in pages if p[0] > p[1]]
    assert portrait and landscape  # the wide detail table is on landscape pages
    assert all(abs(w - 595.3) < 2 and abs(h - 841.9) < 2 for w, h in portrait)  # A4
    bbox = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "2", str(monthly_pdf), "-"],
                          capture_output=True, text=True, check=True).stdout
    numbers = re.findall(r'<page width="([\d.]+)"|<word xMin="([\d.]+)"[^>]*>(\d+)</word>',
                         bbox)
    xs: dict[int, float] = {}
    page, width = 0, 0.0
    for w, x, n in numbers:
        if w:
            page += 1
            width = float(w)
        elif n == str(page):
            xs[page] = float(x) / width
    assert xs[1] > 0.6, "odd page number at the right"
    assert xs[2] < 0.4, "even page number at the left"
    first = _text(monthly_pdf, "-f", "1", "-l", "1")
    assert re.search(r"—\s*1\s*—", first)


def test_charts_are_vectors_with_text_labels(monthly_pdf):
    images = subprocess.run(["pdfimages", "-list", str(monthly_pdf)], capture_output=True,
                            text=True, check=True).stdout.strip().splitlines()
    assert len(images) <= 2, images  # header lines only: no bitmap anywhere
    flat = re.sub(r"\s+", "", _text(monthly_pdf))
    assert "各重点任务完成率" in flat and "完成率（%）" in flat and "分解任务状态分布" in flat


def test_sections_unit_and_task_options(demo, tmp_path):
    out = tmp_path / "unit.pdf"
    r = run_cli("--db", str(demo), "report", "--period", "2019-11", "--format", "pdf", "-o",
                str(out), "--unit", "米东区", "--sections", "overview", "per_task")
    assert r.code == 0, r.err
    flat = re.sub(r"\s+", "", _text(out))
    assert "米东区《" in flat and "（米东区）" not in flat  # one bracket pair after the title
    assert "总体情况" in flat and "分任务落实情况" in flat
    assert "落实明细" not in flat and "分单位落实情况" not in flat
    out2 = tmp_path / "task.pdf"
    r = run_cli("--db", str(demo), "report", "--period", "2019-11", "-o", str(out2),
                "--task", "2")
    assert r.code == 0
    flat = re.sub(r"\s+", "", _text(out2))
    assert "2.1" in flat and "1.1简政放权" not in flat


def test_period_without_data_gives_a_valid_report(demo, tmp_path):
    out = tmp_path / "empty.pdf"
    r = run_cli("--db", str(demo), "report", "--period", "2018-01", "-o", str(out))
    assert r.code == 0
    assert "本期尚无报送数据" in re.sub(r"\s+", "", _text(out))


def test_docx_and_xlsx(demo, tmp_path):
    docx_path, xlsx_path = tmp_path / "月报.docx", tmp_path / "月报.xlsx"
    for fmt, path in (("docx", docx_path), ("xlsx", xlsx_path)):
        r = run_cli("--db", str(demo), "report", "--period", "2019-11", "--format", fmt, "-o",
                    str(path))
        assert r.code == 0, r.err
    word = WordDocument(str(docx_path))
    body = "\n".join(p.text for p in word.paragraphs)
    assert "落实情况月报（2019年11月）" in body and "截至2019年11月30日" in body
    cells = {c.text for t in word.tables for row in t.rows for c in row.cells}
    assert "天山区" in cells
    assert any(s.orientation == 1 for s in word.sections)  # landscape detail
    wb = openpyxl.load_workbook(xlsx_path)
    assert wb.sheetnames[0] == "概况" and "汇总表" in wb.sheetnames
    assert "落实情况月报" in wb["概况"]["A1"].value
    detail = wb["汇总表"]
    values = {c.value for row in detail.iter_rows() for c in row if c.value}
    assert "米东区" in values
    assert detail.page_setup.orientation == "landscape"


def test_remind_writes_one_notice_per_lagging_unit(demo, tmp_path):
    r = run_cli("--db", str(demo), "remind", "--period", "2019-11", "--out", str(tmp_path))
    assert r.code == 0, r.err
    files = sorted(tmp_path.glob("催办通知单_*.pdf"))
    assert len(files) >= 3
    flat = re.sub(r"\s+", "", _text(files[0]))
    assert flat.startswith("催办通知单") or "催办通知单" in flat[:20]
    assert "号" in flat and "请于" in flat and "市“双创”办" in flat
    r = run_cli("--db", str(demo), "remind", "--period", "2019-11", "--out",
                str(tmp_path / "w"), "--format", "docx")
    assert r.code == 0 and list((tmp_path / "w").glob("*.docx"))


def test_issue_date_option(demo, tmp_path):
    r = run_cli("--db", str(demo), "remind", "--period", "2019-11", "--out", str(tmp_path),
                "--date", "2019年12月10日")
    assert r.code == 0, r.err
    first = sorted(tmp_path.glob("*.pdf"))[0]
    assert "2019年12月10日" in re.sub(r"\s+", "", _text(first))
    r = run_cli("--db", str(demo), "report", "--period", "2019-11", "-o",
                str(tmp_path / "x.pdf"), "--date", "明天")
    assert r.code == 2 and "不是有效的日期" in r.err
