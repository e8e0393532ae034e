"""Spec factories and file inspection helpers for the Excel writer tests."""

from __future__ import annotations

import re
import zipfile
from datetime import datetime
from pathlib import Path

from tracker.excel.specs import (
    BreakdownAssignment,
    BreakdownMeasure,
    BreakdownSpec,
    ReportFields,
    SummaryRow,
    SummaryTableSpec,
    TemplateRow,
    TemplateSpec,
)

EXPORTED = datetime(2019, 6, 25, 9, 30, 5)
TASKS = {1: "着力促进创新创业环境提升", 2: "加快推动创新创业发展动力升级", 3: "持续推进创业带动就业能力升级"}
LONG = ("截至6月底，已落实“先照后证”和“证照分离”制度，全面推进企业简易注销登记改革，"
        "新增市场主体1018户，同比增长12.5%；组织召开专题推进会3次，形成工作台账并按月调度。")
FORMULA_TEXTS = ('=HYPERLINK("http://x.cn","点击")', "=cmd|' /C calc'!A0", "+86 991 1234567",
                 "-5%（同比）", "@SUM(A1)", "\u3000＝1+1", "  =1+1", "\t=1", "#N/A")


def template_row(task: int, m: int, **kw) -> TemplateRow:
    base = dict(task_seq=task, task_title=TASKS[task], measure_id=task * 100 + m,
                measure_code=f"{task}.{m}", measure_title=f"措施{task}.{m}加快推进首台(套)重大技术装备示范应用",
                assignment_id=5000 + task * 100 + m, role="牵头", action_text="制定实施方案，按月调度。",
                deadline_text="2019年6月底前", last_progress=LONG)
    base.update(kw)
    return TemplateRow(**base)


def template_spec(rows: list[TemplateRow] | None = None, **kw) -> TemplateSpec:
    if rows is None:
        rows = [template_row(1, 1), template_row(1, 2), template_row(2, 3),
                template_row(2, 1, current=ReportFields("推进中", 60, "已完成一半", "资金不足",
                                                         "加快推进", "无")),
                template_row(3, 1, role="配合")]
    base = dict(policy_id=1, policy_title="关于推动全市创新创业高质量发展打造“双创”升级版的若干意见",
                short_title="“双创”升级版若干意见", unit_id=7, unit_name="天山区", period="2019-06",
                period_label="2019年6月", due_date_text="2019年7月5日", exported_at=EXPORTED,
                app_version="0.1.0", rows=rows)
    base.update(kw)
    return TemplateSpec(**base)


def breakdown_spec() -> BreakdownSpec:
    a = BreakdownAssignment
    measures = [
        BreakdownMeasure(2, TASKS[2], 23, "2.3", "加快推进首台(套)重大技术装备示范应用", (
            a(1, 11, "市工信局", "牵头", "制定首台套认定办法", "2019年12月底前"),
            a(2, 12, "市财政局", "配合", "制定首台套认定办法", "2019年12月底前"),
            a(3, 13, "市科技局", "配合", "制定首台套认定办法", "2019年12月底前"))),
        BreakdownMeasure(1, TASKS[1], 11, "1.1", "简政放权释放创新创业活力", (
            a(4, 14, "天山区", "责任", "推行企业简易注销", "长期坚持"),
            a(5, 15, "市市场监管局", "牵头", "全面推进企业简易注销登记改革", "2019年6月底前"),
            a(6, 16, "米东区", "责任", "推行企业简易注销", "长期坚持"))),
        BreakdownMeasure(1, TASKS[1], 12, "1.2", "放管结合营造公平市场环境", (),
                         deadline_text="2019年9月30日"),
    ]
    return BreakdownSpec(1, "关于推动全市创新创业高质量发展打造“双创”升级版的若干意见", "“双创”升级版",
                         EXPORTED, "0.1.0", measures)


def summary_rows() -> list[SummaryRow]:
    def row(task, m, unit_id, unit, **kw):
        base = dict(task_seq=task, task_title=TASKS[task], measure_id=task * 100 + m,
                    measure_code=f"{task}.{m}", measure_title=f"措施{task}.{m}", unit_id=unit_id,
                    unit_name=unit, role="责任", deadline_text="2019年6月底前")
        base.update(kw)
        return SummaryRow(**base)

    return [
        row(2, 1, 11, "市工信局", status="推进中", percent=50, progress=FORMULA_TEXTS[0],
            report_state="已报送"),
        row(1, 1, 1, "天山区", role="牵头", status="已完成", percent=100, progress=LONG,
            report_state="已报送（7月3日）"),
        row(1, 1, 2, "米东区", status="滞后", percent=20, progress="推进缓慢", overdue=True,
            problems="资金不足", report_state="已报送"),
        row(1, 1, 3, "水磨沟区", report_state="未报送", overdue=True),
        row(1, 2, 1, "天山区", status="未启动", percent=0, report_state="已报送"),
    ]


def summary_spec(rows: list[SummaryRow] | None = None) -> SummaryTableSpec:
    return SummaryTableSpec(1, "关于推动全市创新创业高质量发展打造“双创”升级版的若干意见", "“双创”升级版",
                            "2019-06", "2019年6月", datetime(2019, 7, 8, 10, 0), "0.1.0",
                            summary_rows() if rows is None else rows, compiler="市“双创”办")


def sheet_xml(path: Path, sheet_no: int) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read(f"xl/worksheets/sheet{sheet_no}.xml").decode("utf-8")


def all_sheet_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return "".join(z.read(n).decode("utf-8") for n in z.namelist()
                       if re.fullmatch(r"xl/worksheets/sheet\d+\.xml", n))


def calamine_sheet(path: Path, name: str):
    from python_calamine import CalamineWorkbook

    return CalamineWorkbook.from_path(str(path)).get_sheet_by_name(name)


def merged(ws) -> set[str]:
    return {str(r) for r in ws.merged_cells.ranges}


def assert_no_overlap(ws) -> None:
    """Excel refuses (and offers to repair) a file whose merged ranges overlap."""
    seen: dict[tuple[int, int], str] = {}
    for rng in ws.merged_cells.ranges:
        for cell in rng.cells:
            assert cell not in seen, f"{rng} overlaps {seen[cell]}"
            seen[cell] = str(rng)
