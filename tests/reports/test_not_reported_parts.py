"""Units that sent nothing for the month: their items keep the status of their last report (else
未启动) in every count, and the reports say so — the per-unit chart (图3) and the status pie (图1)
show the unreported part as its own hatched 未报送 part, and every table of status counts has
its 未报送 column with a note saying how those items are counted. The same in PDF, Word and xlsx.

The demo copy here has 新市区(高新区)'s June reports removed: 7 assignments, never reported
before, so counted 未启动 and 未报送 — the walk-through's "grey bar 7"."""

from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess

import openpyxl
import pytest
from docx import Document as WordDocument

from tracker.model import STATUSES
from tracker.reports.chart_data import chart_as_table, is_hatched
from tracker.reports.document import BarChart, Paragraph, StatusChart, Table
from tracker.reports.monthly_doc import NOT_REPORTED, monthly_document
from tracker.services.report_output import ReportRequest, write_monthly
from tracker.services.status import period_counts
from tracker.services.summaries import monthly_summary
from tracker.services.workspace import open_workspace

from .conftest import needs_poppler, pdf_text, words_with_boxes

UNIT = "新市区(高新区)"
PERIOD = "2019-06"
NOTE_WORDS = "最近一次报送的状态"


@pytest.fixture(scope="module")
def silent_db(demo, tmp_path_factory):
    """The demo with one unit's June reports gone (it sent nothing for June)."""
    path = tmp_path_factory.mktemp("silent") / "silent.sqlite"
    shutil.copy(demo, path)
    con = sqlite3.connect(path)
    with con:
        gone = con.execute(
            "DELETE FROM report WHERE period = ? AND assignment_id IN (SELECT a.id FROM "
            "assignment a JOIN unit u ON u.id = a.unit_id WHERE u.name = ?)", (PERIOD, UNIT)
        ).rowcount
    con.close()
    assert gone == 7
    return path


@pytest.fixture(scope="module")
def silent(silent_db):
    w = open_workspace(silent_db, who="测试员", program="pytest", lock=False)
    yield w
    w.close()


@pytest.fixture(scope="module")
def demo_ws(demo):
    w = open_workspace(demo, who="测试员", program="pytest", lock=False)
    yield w
    w.close()


def _charts(doc) -> tuple[StatusChart, BarChart]:
    pie = next(b for b in doc.blocks if isinstance(b, StatusChart))
    bars = next(b for b in doc.blocks if isinstance(b, BarChart) and "各单位" in b.title)
    return pie, bars


def _parts(chart: BarChart, unit: str) -> dict[str, float]:
    i = chart.categories.index(unit)
    return {s.name: s.values[i] for s in chart.series}


def _check_parts(summary, doc) -> None:
    """Every unit: 未报送 part = its not_reported, the status parts = its statuses without the
    unreported items, all parts = its total; the pie is the sum of the units' bars."""
    pie, bars = _charts(doc)
    for u in summary.per_unit:
        parts = _parts(bars, u.name)
        assert parts.get(NOT_REPORTED, 0) == u.tally.not_reported, u.name
        assert sum(parts[st] for st in STATUSES) == u.tally.total - u.tally.not_reported
        assert sum(parts.values()) == u.tally.total
        for st in STATUSES:  # never more than the table counts for that status
            assert parts[st] <= u.tally.by_status[st]
    slices = {s.label: s.value for s in pie.slices}
    assert sum(slices.values()) == summary.total.total
    assert slices.get(NOT_REPORTED, 0) == summary.total.not_reported
    for name, value in slices.items():
        assert value == sum(_parts(bars, u)[name] for u in bars.categories), name


# ------------------------------------------------------------ the chart's numbers


def test_unit_that_sent_nothing_is_a_not_reported_part(silent):
    counts = period_counts(silent, 1, PERIOD)
    uid = next(u for u, n in counts.unit_names.items() if n == UNIT)
    tally = counts.by_unit[uid]
    # the counting rule is kept: never reported → 未启动, and 未报送 beside it
    assert tally.total == 7 and tally.not_reported == 7 and tally.by_status["未启动"] == 7
    summary = monthly_summary(silent, 1, PERIOD)
    doc = monthly_document(summary)
    pie, bars = _charts(doc)
    parts = _parts(bars, UNIT)
    assert parts[NOT_REPORTED] == 7
    assert parts["未启动"] == 0 and sum(parts[st] for st in STATUSES) == 0
    series = {s.name: s for s in bars.series}
    assert is_hatched(series[NOT_REPORTED].colour)
    assert not any(is_hatched(series[st].colour) for st in STATUSES)
    assert is_hatched(next(s for s in pie.slices if s.label == NOT_REPORTED).colour)
    _check_parts(summary, doc)
    # the chart as a table (Word, screen readers): 未报送 7, 合计 7
    table = chart_as_table(bars)
    head = [c.title for c in table.columns]
    row = next(r for r in table.rows if r[0] == UNIT)
    assert row[head.index(NOT_REPORTED)] == "7" and row[head.index("合计")] == "7"
    assert row[head.index("未启动")] == "0"


@pytest.mark.parametrize("period", ["2019-09", "2019-11", "2019-12"])
def test_parts_add_up_in_demo_months(demo_ws, period):
    """Carried statuses other than 未启动 (推进中, 滞后) leave the status parts too."""
    summary = monthly_summary(demo_ws, 1, period)
    assert summary.total.not_reported > 0
    _check_parts(summary, monthly_document(summary))


def test_month_with_everything_reported_has_no_not_reported_part_or_note(demo_ws):
    summary = monthly_summary(demo_ws, 1, "2019-06")
    assert summary.total.not_reported == 0
    doc = monthly_document(summary)
    pie, bars = _charts(doc)
    assert NOT_REPORTED not in [s.name for s in bars.series]
    assert NOT_REPORTED not in [s.label for s in pie.slices]
    assert not [b for b in doc.blocks if isinstance(b, Paragraph) and NOTE_WORDS in b.text]


def test_every_status_table_has_not_reported_column_and_note(silent):
    doc = monthly_document(monthly_summary(silent, 1, PERIOD))
    blocks = doc.blocks
    status_tables = [k for k, b in enumerate(blocks) if isinstance(b, Table)
                     and [c.title for c in b.columns][2:6] == [str(s) for s in STATUSES]]
    assert len(status_tables) == 3  # 总体, 分任务, 分单位
    for k in status_tables:
        table = blocks[k]
        assert "未报送" in [c.title for c in table.columns]
        note = blocks[k + 1]
        assert isinstance(note, Paragraph) and note.style == "note"
        assert "未报送的7项" in note.text and NOTE_WORDS in note.text and "未启动" in note.text
    per_unit = blocks[status_tables[-1]]
    keys = [c.key for c in per_unit.columns]
    row = next(r for r in per_unit.rows if r[0] == UNIT)
    assert row[keys.index("nr")] == "7" and row[keys.index("未启动")] == "7"
    # each row still adds up: the statuses sum to 合计
    for r in per_unit.rows:
        assert sum(int(r[keys.index(str(s))]) for s in STATUSES) == int(r[keys.index("total")])


# ------------------------------------------------------------ the files


@needs_poppler
@pytest.mark.usefixtures("qapp")
def test_pdf_chart_page_says_not_reported_with_the_number(silent, tmp_path):
    out = write_monthly(silent, 1, ReportRequest(PERIOD), "pdf", tmp_path / "june.pdf")
    pages = pdf_text(out).split("\f")
    k = next(i for i, p in enumerate(pages) if "各单位任务状态" in p)
    flat = re.sub(r"\s+", "", pages[k])
    assert "未报送" in flat  # the legend
    assert "中的“未报送”为本期未报送的任务，共7项" in flat  # the note under the chart
    # the unit's bar: its label, the 7 inside the 未报送 part, the total 7 — on one line
    words = words_with_boxes(out, k + 1, k + 1)
    label = next(w for w in words if w[1] == UNIT)
    mid = (label[3] + label[5]) / 2
    on_line = [w for w in words if w[3] < mid < w[5] and w[2] > label[4]]
    assert [w[1] for w in on_line] == ["7", "7"]
    # 表3: 合计 7, 未启动 7, 未报送 7 in its row (合计 已完成 推进中 未启动 滞后 逾期 未报送 …), and the note
    flat_all = re.sub(r"\s+", "", "".join(pages))
    assert "本期未报送的7项任务列入“未报送”列" in flat_all
    assert re.search(re.escape(UNIT) + r"7007007(0\.0%){2}0", flat_all)


@needs_poppler
@pytest.mark.usefixtures("qapp")
def test_pdf_not_reported_part_is_not_a_grey_bar(silent, tmp_path):
    """Pixels of the unit's bar: mostly white (hatched), not the 未启动 grey."""
    from PySide6.QtGui import QImage

    out = write_monthly(silent, 1, ReportRequest(PERIOD, sections=("charts",)), "pdf",
                        tmp_path / "c.pdf")
    pages = pdf_text(out).split("\f")
    k = next(i for i, p in enumerate(pages) if "各单位任务状态" in p) + 1
    words = words_with_boxes(out, k, k)
    label = next(w for w in words if w[1] == UNIT)
    total = [w for w in words if w[1] == "7" and w[3] < (label[3] + label[5]) / 2 < w[5]]
    subprocess.run(["pdftoppm", "-r", "72", "-f", str(k), "-l", str(k), "-png", str(out),
                    str(tmp_path / "p")], check=True)
    image = QImage(str(next(tmp_path.glob("p*.png"))))
    y = round((label[3] + label[5]) / 2)
    x0, x1 = round(label[4]) + 8, round(max(w[2] for w in total)) - 4
    grey = white = 0
    for x in range(x0, x1):
        c = image.pixelColor(x, y)
        if abs(c.red() - 0x9E) < 12 and abs(c.green() - 0x9E) < 12 and abs(c.blue() - 0x9E) < 12:
            grey += 1
        elif min(c.red(), c.green(), c.blue()) > 235:
            white += 1
    assert grey < 0.25 * (x1 - x0) and white > 0.4 * (x1 - x0), (grey, white, x1 - x0)


def test_docx_and_xlsx_say_the_same(silent, tmp_path):
    docx = write_monthly(silent, 1, ReportRequest(PERIOD), "docx", tmp_path / "june.docx")
    word = WordDocument(str(docx))
    text = "\n".join(p.text for p in word.paragraphs)
    assert "中的“未报送”为本期未报送的任务，共7项" in text
    assert text.count("本期未报送的7项任务列入“未报送”列") == 3
    rows = [[c.text for c in r.cells] for t in word.tables for r in t.rows]
    heads = [r for r in rows if r[0] == "类别" and "未报送" in r]
    assert heads  # the chart tables carry the 未报送 column / row
    assert [UNIT, "0", "0", "0", "0", "7", "7"] in rows  # 图3 as a table
    assert ["未报送", "7", "6.7%"] in rows  # 图1 as a table
    xlsx = write_monthly(silent, 1, ReportRequest(PERIOD), "xlsx", tmp_path / "june.xlsx")
    wb = openpyxl.load_workbook(xlsx)
    sheet = wb["分单位落实情况"]
    head = [c.value for c in sheet[2]]
    row = next(r for r in sheet.iter_rows(min_row=3, values_only=True) if r[0] == UNIT)
    assert row[head.index("未报送")] == 7 and row[head.index("未启动")] == 7
    notes = [r[0] for r in sheet.iter_rows(values_only=True) if str(r[0]).startswith("注：")]
    assert len(notes) == 1 and "本期未报送的7项任务" in notes[0]
    assert sheet.print_area.endswith(f"${sheet.max_row}")  # the note is printed
    for name in ("总体落实情况", "分任务落实情况"):
        assert any(str(r[0]).startswith("注：本期未报送的7项") for r in
                   wb[name].iter_rows(values_only=True))
    overview = [r[0] for r in wb["概况"].iter_rows(values_only=True)]
    assert not any(NOTE_WORDS in str(v) for v in overview)  # the notes sit with their tables


def test_the_detail_table_marks_rows_not_reported_this_period(silent):
    """A row's status is carried from the last report (or 未启动): the 状态 cell says the
    unit sent nothing this period, whichever columns the reader keeps."""
    doc = monthly_document(monthly_summary(silent, 1, PERIOD))
    [detail] = [b for b in doc.blocks if isinstance(b, Table) and "明细" in (b.title or "")]
    keys = [c.key for c in detail.columns]
    rows = [dict(zip(keys, r, strict=True)) for r in detail.rows]
    mine = [r for r in rows if r["unit"] == UNIT]
    assert len(mine) == 7 and all(r["status"].endswith("未报送）") for r in mine)
    others = [r for r in rows if r["unit"] != UNIT and "未报送" not in r["progress"]]
    assert others and not any("未报送" in r["status"] for r in others)


@pytest.mark.parametrize("period", ["2019-06", "2019-11", "2019-12", "2018-06"])
def test_the_detail_marks_exactly_the_items_counted_not_reported(demo_ws, period):
    """已完成, closed and not yet started items are never 未报送 (lights): the detail table's
    marks and empty-cell words agree with the counts, a returned 已完成 report included."""
    summary = monthly_summary(demo_ws, 1, period)
    doc = monthly_document(summary)
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    if not summary.has_data:  # before anything was reported (2018-06): the 通报 alone
        assert tables == [] and summary.total.not_reported == 0
        assert "本期尚无报送数据" in summary.bulletin()
        return
    [detail] = [b for b in tables if "明细" in (b.title or "")]
    keys = [c.key for c in detail.columns]
    rows = [dict(zip(keys, r, strict=True)) for r in detail.rows]
    marked = [r for r in rows if "未报送" in r["status"]]
    assert len(marked) == summary.total.not_reported
    said = [r for r in rows if "（本期未报送）" in r["progress"] or "按未报送计" in r["progress"]]
    assert len(said) == summary.total.not_reported
    assert not any(r["status"].startswith("已完成（未报送") for r in rows)


def test_a_table_is_kept_with_its_note(silent):
    doc = monthly_document(monthly_summary(silent, 1, PERIOD))
    blocks = doc.blocks
    noted = [i for i, b in enumerate(blocks) if isinstance(b, Paragraph)
             and b.text.startswith("注：本期未报送的")]
    assert len(noted) == 3
    assert all(isinstance(blocks[i - 1], Table) and blocks[i - 1].keep_with_next for i in noted)
