"""Plain-text and JSON renderings of the counting function for `tracker status`."""

from __future__ import annotations

from tracker.counting import Counts, Tally
from tracker.deadlines import format_cn_date
from tracker.model import STATUSES
from tracker.periods import period_label
from tracker.reports.summary import rate as rate_text


def tally_dict(t: Tally) -> dict:
    rate = round(t.on_time_rate, 4) if t.expected_reports else None  # nothing expected
    return {"total": t.total, **t.by_status, "逾期": t.overdue, "未报送": t.not_reported,
            "按时报送率": rate}


def counts_json(policy: dict, period: str, c: Counts) -> dict:
    return {
        "policy": policy["title"], "period": period, "as_of": c.as_of.isoformat(),
        "total": tally_dict(c.total),
        "measures": {"total": c.measures["all"].total, **c.measures["all"].by_status,
                     "逾期": c.measures["all"].overdue},
        "by_task": [{"task": seq, "title": c.task_titles[seq], **tally_dict(t)}
                    for seq, t in sorted(c.by_task.items())],
        "by_unit": [{"unit": c.unit_names[uid], **tally_dict(t)}
                    for uid, t in c.by_unit.items()],
    }


def _line(label: str, t: Tally, width: int) -> str:
    cells = [f"{t.total:>4}"] + [f"{t.by_status[s]:>6}" for s in STATUSES]
    rate = f"{rate_text(t.on_time_rate):>8}" if t.expected_reports else f"{'—':>8}"
    cells += [f"{t.overdue:>4}", f"{t.not_reported:>6}", rate]
    pad = width - sum(2 if ord(ch) > 0x2E7F else 1 for ch in label)
    return label + " " * max(pad, 1) + " ".join(cells)


def counts_text(policy: dict, period: str, c: Counts) -> str:
    width = 28
    head = "项目" + " " * (width - 4) + " 合计 " + " ".join(f"{s:>4}" for s in STATUSES)
    head += " 逾期 未报送 按时报送率"
    out = [f"《{policy['title']}》落实情况（{period_label(period)}，"
           f"按{format_cn_date(c.as_of)}判定）",
           f"具体措施 {c.measures['all'].total} 项，其中已完成 "
           f"{c.measures['all'].by_status['已完成']} 项、逾期 {c.measures['all'].overdue} 项；"
           f"分解任务 {c.total.total} 项。", "", "按重点任务：", head]
    for seq, t in sorted(c.by_task.items()):
        label = f"{seq}. {c.task_titles[seq]}"
        out.append(_line(label if len(label) <= 14 else label[:13] + "…", t, width))
    out.append(_line("合计", c.total, width))
    out += ["", "按单位：", head]
    for uid, t in c.by_unit.items():
        out.append(_line(c.unit_names[uid], t, width))
    return "\n".join(out)
