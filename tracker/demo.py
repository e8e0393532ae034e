"""`tracker demo`: a sample database (示例数据) — the seed policy decomposed to the districts and
departments concerned, and six months (2019-06 … 2019-11) of reports in every state. The texts
are built from each measure's own wording; the same database is built every time."""

from __future__ import annotations

import random
import re
from datetime import date
from pathlib import Path

from tracker.db.actions import now_iso, write_action
from tracker.db.queries import list_units, measures, table_counts
from tracker.errors import TrackerError
from tracker.periods import due_date, period_end, period_label, period_range
from tracker.services.assignments import assignment_values
from tracker.services.reports import ReportInput, write_report_in
from tracker.services.settings import set_settings
from tracker.services.status import resolve_policy
from tracker.services.workspace import open_workspace

PERIODS = period_range("2019-06", "2019-11")
COUNTIES = "区县"
# measure code → (lead, supporters, who else is responsible: unit names or COUNTIES)
PLAN: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "1.1": ("市市场监管局", ("市政务服务管理局",), (COUNTIES,)),
    "1.2": ("市发改委", ("市市场监管局",), ()),
    "1.3": ("市政务服务管理局", (), (COUNTIES,)),
    "2.1": ("市财政局", ("市税务局",), ()),
    "2.2": ("市财政局", ("市工信局",), ()),
    "2.3": ("市工信局", ("市科技局",), ()),
    "2.4": ("市市场监管局", ("市金融办",), ()),
    "3.1": ("市科技局", ("市人社局",), ()),
    "3.2": ("市教育局", ("市人社局",), ()),
    "3.3": ("市人社局", ("市财政局",), (COUNTIES,)),
    "3.4": ("市退役军人事务局", ("市人社局",), ()),
    "3.5": ("市科技局", ("市人社局",), ()),
    "3.6": ("市人社局", ("市“双创”办",), ()),
    "4.1": ("市科技局", ("市发改委",), ()),
    "4.2": ("市教育局", ("市科技局",), ()),
    "4.3": ("市科技局", ("市财政局",), ()),
    "5.1": ("市科技局", (), (COUNTIES,)),
    "5.2": ("市工信局", (), ()),
    "5.3": ("市工信局", ("市科技局",), ()),
    "5.4": ("市“双创”办", ("市科技局",), ()),
    "5.5": ("市“双创”办", ("市人社局",), ()),
    "6.1": ("市金融办", (), ()),
    "6.2": ("市金融办", ("市财政局",), ()),
    "6.3": ("市金融办", ("市发改委",), ()),
    "7.1": ("市科技局", (), ("新市区(高新区)", "头屯河区(经开区)", "甘泉堡经开区")),
    "7.2": ("市发改委", (), (COUNTIES,)),
    "7.3": ("市“双创”办", ("市发改委",), ()),
    "7.4": ("市商务局", ("市科技局",), ()),
    "8.1": ("市“双创”办", ("市发改委",), ()),
    "8.2": ("市“双创”办", (), (COUNTIES,)),
    "8.3": ("市“双创”办", (), ()),
}
DEADLINES = ["2019年6月底前", "2019年9月30日", "2019年底前", "长期坚持", "2020年",
             "2019年三季度", "每季度", "2019年10月底前", "2019年11月底前"]
PROBLEMS = ["涉及部门较多，协调推进需要进一步加强", "专项资金尚未完全到位，推进速度受到影响",
            "基层经办力量不足，政策宣传覆盖面有待扩大", "相关配套细则仍在制定中",
            "企业对政策知晓度不高，申报数量少于预期"]
# 按月份的剧本：每个分解任务走一种“轨迹”，覆盖全部状态
TRACKS = ["steady", "early_done", "behind", "overdue", "silent", "returned", "late_done",
          "steady", "not_started", "early_done", "steady", "early_done"]


def _clauses(text: str) -> list[str]:
    parts = [p.strip() for p in re.split(r"[，,；;。]", text) if len(p.strip()) >= 4]
    return parts or [text]


def _progress(m: dict, unit: str, month: int, pct: int, rng: random.Random) -> str:
    clause = rng.choice(_clauses(m["description"] or m["title"]))
    return (f"截至{month}月底，{unit}围绕“{m['title']}”，{clause}，"
            f"已完成年度工作量的{pct}%。")


def _report(m: dict, unit: str, period: str, track: str, step: int,
            rng: random.Random, due_day: int) -> tuple[ReportInput, str] | None:
    """(report, review state) for one assignment in one period, or None (not reported)."""
    month = int(period[5:])
    pct = min(95, 20 + step * 15 + rng.randint(0, 8))  # 100% only when done
    status = "推进中"
    deadline = m.get("_deadline_date")
    if track in ("steady", "returned") and deadline and deadline <= period_end(period):
        status, pct = "已完成", 100
    elif track == "not_started" and step < 4:
        status, pct = "未启动", 0
    elif track == "early_done" and step >= 3 or track == "late_done" and step >= 5:
        status, pct = "已完成", 100
    elif track == "behind" and step >= 2:
        status, pct = "滞后", 10 + step * 5
    elif track == "overdue":
        pct = 15 + step * 6
        status = "滞后" if step >= 3 else "推进中"
    elif track == "silent" and step >= 3:
        return None
    clause = rng.choice(_clauses(m["description"] or m["title"]))
    reported = due_date(period, due_day)
    if track == "late_done" and step == 2:
        reported = date.fromordinal(reported.toordinal() + 6)  # 迟报
    data = ReportInput(
        status=status, percent=pct, progress=_progress(m, unit, month, pct, rng),
        problems="" if status == "已完成" else rng.choice(PROBLEMS),
        next_steps="" if status == "已完成" else f"下一步将继续{clause}，确保按期完成。",
        reported_date=date.fromordinal(reported.toordinal() - rng.randint(0, 4)))
    review = "已审核" if step < 4 else "待审核"
    if track == "returned" and step == 5:
        review = "退回"
    return data, review


def build_demo(path: Path, force: bool = False, who: str = "示例") -> str:
    path = Path(path)
    if path.exists() and path.stat().st_size > 0:
        if not force:
            raise TrackerError("demo_exists", exit_code=2, path=str(path))
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    ws = open_workspace(path, who=who, program="示例数据生成")
    try:
        rng = random.Random(2019)
        set_settings(ws, demo="1", office_name="市“双创”办（示例数据）",
                     office_contact="王明", office_phone="0991-0000000")
        policy = resolve_policy(ws)
        units = {u["name"]: u for u in list_units(ws.db)}
        counties = [u["id"] for u in units.values() if u["kind"] == "区县"]
        ms = measures(ws.db, policy["id"])
        assignments: list[tuple[dict, int, str, str]] = []
        with write_action(ws.db, ws.who, "demo_breakdown", "示例数据：任务分解") as act:
            for m in ms:
                lead, supports, responsible = PLAN[m["code"]]
                deadline = DEADLINES[(m["task_seq"] * 3 + m["seq"]) % len(DEADLINES)]
                plan = [(units[lead]["id"], "牵头")]
                plan += [(units[s]["id"], "配合") for s in supports]
                for r in responsible:
                    ids = counties if r == COUNTIES else [units[r]["id"]]
                    plan += [(i, "责任") for i in ids]
                for unit_id, role in plan:
                    values = assignment_values(ws, m["id"], unit_id, role, deadline,
                                               action_text="")
                    unit_name = next(u["name"] for u in units.values() if u["id"] == unit_id)
                    values["action_text"] = (f"{unit_name}结合职责，"
                                             f"{_clauses(m['description'] or m['title'])[0]}")
                    aid = act.insert("assignment", values)
                    dd = values["deadline_date"]
                    m = {**m, "_deadline_date": date.fromisoformat(dd) if dd else None}
                    assignments.append((m, aid, unit_name, TRACKS[aid % len(TRACKS)]))
        due_day = ws.setting_int("report_due_day")
        for step, period in enumerate(PERIODS):
            with write_action(ws.db, ws.who, "demo_reports", f"示例数据：{period_label(period)}报送") as act:
                for u in units.values():
                    act.insert("receipt", {"unit_id": u["id"], "policy_id": policy["id"],
                                           "period": period, "state": "exported",
                                           "at": f"{period_end(period).isoformat()}T09:00:00"})
                for m, aid, unit_name, track in assignments:
                    made = _report(m, unit_name, period, track, step, rng, due_day)
                    if made is None:
                        continue
                    data, review = made
                    rid, _ = write_report_in(act, aid, period, data, "typed")
                    act.update("report", rid, {"review_state": review,
                                               "review_note": "进展描述过于笼统，请补充具体数据"
                                               if review == "退回" else "",
                                               "updated_at": now_iso()})
        n_reports = table_counts(ws.db)["report"]
        return (f"示例数据：{len(ms)} 项措施分解为 {len(assignments)} 项任务，"
                f"{PERIODS[0]} 至 {PERIODS[-1]} 共 {n_reports} 条报送。")
    finally:
        ws.close()
