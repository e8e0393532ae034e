"""Export speed: 40 styled, protected unit templates × 75 rows against a bare openpyxl write.

Run: python bench/bench_export.py [--runs 5] [--files 40] [--rows 75]
Prints the median of each and the ratio (target ≤ 2.0, issue 3). The bare write puts the same
cell values (title, info lines, header, data, sign-off labels, key sheet) into plain workbooks,
once with ``write_only=True`` and once in normal mode; the ratio is taken against the faster one.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tracker.excel.specs import TemplateRow, TemplateSpec  # noqa: E402
from tracker.excel.template import (  # noqa: E402
    COLUMNS,
    NOTE,
    SIGN_OFF,
    ordered_rows,
    template_filename,
    template_title,
    write_progress_template,
)

TASKS = ("着力促进创新创业环境提升", "加快推动创新创业发展动力升级", "持续推进创业带动就业能力升级",
         "深入推动科技创新支持能力升级", "大力促进创新创业平台服务升级", "进一步完善创新创业金融服务",
         "加快构筑创新创业发展高地", "切实打通政策落实“最后一公里”")
MEASURES = ("简政放权释放创新创业活力", "放管结合营造公平市场环境", "优化服务便利创新创业",
            "加大财税政策支持力度", "完善创新创业产品和服务政府采购等政策措施",
            "加快推进首台(套)重大技术装备示范应用", "建立完善知识产权管理服务体系",
            "鼓励和支持科研人员积极投身科技创业", "强化大学生创新创业教育培训",
            "健全农民工返乡创业服务体系", "完善退役军人自主创业支持政策和服务体系",
            "提升归国和外籍人才创新创业便利化水平", "推动更多群体投身创新创业")
PHRASES = ("进一步提升企业开办便利度", "推进简政放权和减证便民", "落实“先照后证”和“证照分离”制度",
           "全面推进企业简易注销登记改革", "加强社会信用体系建设", "完善全市政务一体化服务平台",
           "建立农村创新创业信息服务窗口", "落实国家和自治区减税降费相关政策", "切实减轻企业负担",
           "支持金融机构探索开展知识产权质押融资", "健全科研人员评价机制", "在市属中高职院校探索推行创业导师制",
           "落实创业担保贷款贴息及奖补政策", "引导“双创”载体吸纳退役军人入孵创业", "截至6月底累计办理1,832件",
           "新增市场主体1018户，同比增长12.5%", "组织召开专题推进会3次", "形成工作台账并按月调度")
UNITS = ("天山区", "沙依巴克区", "新市区", "水磨沟区", "头屯河区", "达坂城区", "米东区", "乌鲁木齐县",
         "高新区（新市区）", "经开区（头屯河区）", "甘泉堡经开区", "市发改委", "市科技局", "市工信局",
         "市财政局", "市人社局", "市商务局", "市市场监管局", "市金融办", "市教育局")
DEADLINES = ("2019年6月底前", "2019年12月底前", "长期坚持", "2020年6月", "每季度末", "2019年9月30日")


def text(rng: random.Random, n: int) -> str:
    return "，".join(rng.choice(PHRASES) for _ in range(n)) + "。"


def build_specs(files: int, rows: int, seed: int = 3) -> list[TemplateSpec]:
    rng = random.Random(seed)
    specs = []
    for u in range(files):
        trs = []
        for i in range(rows):
            task = 1 + i * len(TASKS) // rows
            trs.append(TemplateRow(
                task_seq=task, task_title=TASKS[task - 1], measure_id=1000 + i,
                measure_code=f"{task}.{i + 1}", measure_title=rng.choice(MEASURES),
                assignment_id=u * 1000 + i, role=rng.choice(("牵头", "责任", "配合")),
                action_text=text(rng, rng.randint(2, 5)), deadline_text=rng.choice(DEADLINES),
                last_progress=text(rng, rng.randint(3, 8))))
        name = UNITS[u % len(UNITS)] + ("" if u < len(UNITS) else f"{u // len(UNITS) + 1}")
        specs.append(TemplateSpec(
            policy_id=1, policy_title="关于推动全市创新创业高质量发展打造“双创”升级版的若干意见",
            short_title="“双创”升级版若干意见", unit_id=u + 1, unit_name=name, period="2019-06",
            period_label="2019年6月", due_date_text="2019年7月5日",
            exported_at=datetime(2019, 6, 25, 9, 30), app_version="bench", rows=trs))
    return specs


def plain_rows(spec: TemplateSpec) -> tuple[list[list], list[list]]:
    """The same cell values our template holds, as plain rows (sheet and key sheet)."""
    rows = ordered_rows(spec.rows)
    out: list[list] = [[template_title(spec)], [f"填报单位：{spec.unit_name}"],
                       [f"报送截止：{spec.due_date_text}", *[None] * 6, NOTE],
                       [name for name, _ in COLUMNS]]
    for i, r in enumerate(rows):
        out.append([i + 1, r.task_title, f"{r.measure_code} {r.measure_title}", r.role,
                    r.action_text, r.deadline_text, r.last_progress])
    out.append([])
    sign = [None] * 13
    for label, (c, _), _ in SIGN_OFF:
        sign[c - 1] = label
    out.append(sign)
    keys = [["format_version", 1], ["kind", "progress"], ["policy_id", spec.policy_id],
            ["policy_title", spec.policy_title], ["unit_id", spec.unit_id],
            ["unit_name", spec.unit_name], ["period", spec.period],
            ["exported_at", "2019-06-25T09:30:00"], ["app_version", spec.app_version], [],
            ["measure_code", "measure_id", "assignment_id", "unit_id"]]
    keys += [[r.measure_code, r.measure_id, r.assignment_id, spec.unit_id] for r in rows]
    return out, keys


def bare_write(specs: list[TemplateSpec], out: Path, write_only: bool) -> None:
    from openpyxl import Workbook

    for spec in specs:
        sheet, keys = plain_rows(spec)
        wb = Workbook(write_only=write_only)
        ws = wb.create_sheet("填报表") if write_only else wb.active
        for row in sheet:
            ws.append(row)
        ks = wb.create_sheet("_tracker_keys")
        for row in keys:
            ks.append(row)
        wb.save(out / template_filename(spec))


def ours(specs: list[TemplateSpec], out: Path) -> None:
    for spec in specs:
        write_progress_template(spec, out / template_filename(spec))


def timed(fn, *args) -> tuple[float, float]:
    """(wall, CPU) seconds; CPU time is steadier when other work shares the machine."""
    t0, c0 = time.perf_counter(), time.process_time()
    fn(*args)
    return time.perf_counter() - t0, time.process_time() - c0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--files", type=int, default=40)
    ap.add_argument("--rows", type=int, default=75)
    args = ap.parse_args()
    specs = build_specs(args.files, args.rows)
    import openpyxl  # noqa: F401  (import cost outside the timings)
    times: dict[str, list[tuple[float, float]]] = {"ours": [], "bare write_only": [],
                                                   "bare normal": []}
    with tempfile.TemporaryDirectory() as tmp:
        for run in range(args.runs):
            for name in times:  # interleaved, so drift hits all three alike
                d = Path(tmp) / f"{name.replace(' ', '_')}-{run}"
                d.mkdir()
                if name == "ours":
                    times[name].append(timed(ours, specs, d))
                else:
                    times[name].append(timed(bare_write, specs, d, name.endswith("only")))
    med = {k: statistics.median(w for w, _ in v) for k, v in times.items()}
    cpu = {k: statistics.median(c for _, c in v) for k, v in times.items()}
    n = args.files * args.rows
    print(f"{args.files} templates × {args.rows} rows ({n} rows), median of {args.runs}:")
    for k, v in med.items():
        print(f"  {k:16s} {v:6.3f} s wall, {cpu[k]:6.3f} s CPU  ({n / v:,.0f} rows/s)")
    fastest = min(("bare write_only", "bare normal"), key=med.__getitem__)
    ratio = med["ours"] / med[fastest]
    print(f"  ratio ours / fastest bare write ({fastest}) = {ratio:.2f} wall, "
          f"{cpu['ours'] / cpu[fastest]:.2f} CPU  (target ≤ 2.0)")


if __name__ == "__main__":
    main()
