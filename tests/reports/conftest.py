"""Helpers for the report renderer tests: poppler-utils wrappers and sample documents."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tracker.reports.document import (
    BarChart,
    Column,
    Document,
    Heading,
    Paragraph,
    StatusChart,
    Table,
)

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils")

UNITS = ["天山区", "沙依巴克区", "水磨沟区", "新市区（高新区）", "米东区", "市“双创”办"]
DETAIL_COLUMNS = [
    Column("code", "编号", 0.6, "center"),
    Column("measure", "具体措施", 2.0),
    Column("unit", "责任单位", 1.0, "center"),
    Column("status", "完成状态", 0.8, "center"),
    Column("progress", "进展情况", 3.0),
    Column("plan", "下步计划", 2.0),
]


def run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def pdf_text(path: Path, first: int | None = None, last: int | None = None,
             layout: bool = False) -> str:
    args = ["pdftotext", "-enc", "UTF-8"]
    if first:
        args += ["-f", str(first)]
    if last:
        args += ["-l", str(last)]
    if layout:
        args.append("-layout")
    return run(*args, str(path), "-")


def page_sizes(path: Path) -> list[tuple[float, float]]:
    """(width, height) in points for every page (pdfinfo -f 1 -l N)."""
    info = run("pdfinfo", str(path))
    n = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    out = run("pdfinfo", "-f", "1", "-l", str(n), str(path))
    return [
        (float(w), float(h))
        for w, h in re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", out, re.M)
    ]


def words_with_boxes(path: Path, first: int, last: int) -> list[tuple[int, str, float, float, float, float]]:
    """(page, word, xMin, yMin, xMax, yMax) from ``pdftotext -bbox``."""
    html = run("pdftotext", "-bbox", "-enc", "UTF-8", "-f", str(first), "-l", str(last), str(path), "-")
    out = []
    page = first - 1
    for line in html.splitlines():
        if "<page " in line:
            page += 1
        m = re.search(
            r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', line
        )
        if m:
            out.append((page, m.group(5), *map(float, m.groups()[:4])))
    return out


def detail_rows(n: int, text_len: int = 60) -> list[list[str]]:
    filler = "加快推进首台（套）重大技术装备示范应用，已召开专题会议3次，落实资金1,200万元；"
    rows = []
    for i in range(n):
        text = (filler * 4)[i % 7 : i % 7 + text_len]
        rows.append([f"{i // 3 + 1}.{i % 3 + 1}", text[:30], UNITS[i % len(UNITS)], "推进中",
                     text, text[:40]])
    return rows


def sample_document(detail_rows_n: int = 40) -> Document:
    return Document(
        title="《关于推动全市创新创业高质量发展打造“双创”升级版的若干意见》落实情况月报（2019年6月）",
        issuer_line="市“双创”办",
        date_line="2019年7月10日",
        blocks=[
            Heading("一、总体情况"),
            Paragraph("截至2019年6月30日，31项措施中已完成8项（占25.8%）；水磨沟区、米东区未报送。"),
            StatusChart("措施完成状态分布", [("已完成", 8, "#2E7D32"), ("推进中", 19, "#1565C0"),
                                          ("未启动", 2, "#9E9E9E"), ("滞后", 2, "#C62828")]),
            BarChart("各单位完成率", UNITS, [("完成率", [90, 58, 61, 53, 45, 100], "#1565C0")],
                     y_label="完成率（%）", max_value=100, value_suffix="%"),
            Heading("二、措施落实明细"),
            Table(DETAIL_COLUMNS, detail_rows(detail_rows_n), title="表1  措施落实明细",
                  landscape=True),
        ],
        sign_off=["审核人：", "填表人：", "报送日期："],
    )


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    """The demo database (realistic months of reports), built once per test module."""
    from tracker.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    build_demo(path)
    return path


@pytest.fixture(autouse=True)
def _qt_application_first(qapp):
    """A Word report paints its charts with Qt: the QApplication pytest-qt makes comes first,
    so that a plain QGuiApplication made by the renderer never precedes a widget test."""
    return qapp
