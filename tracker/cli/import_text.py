"""The import preview as text for the terminal."""

from __future__ import annotations

from pathlib import Path

from tracker.paths import shown_name

CHANGE_WORDS = {"new": "新增", "update": "更新", "same": "无变化", "unassigned": "未分解",
                "low_confidence": "待确认", "no_measure": "无法对应措施", "no_unit": "无法确定单位"}


def preview_text(preview) -> str:
    lines = []
    for fp in preview.files:
        name = shown_name(Path(fp.parsed.path).name)
        if fp.outcome != "ok":
            label = "跳过" if fp.outcome == "skipped" else "错误"
            lines.append(f"【{label}】{name}：{fp.parsed.message}")
            continue
        lines.append(f"【{name}】单位：{fp.parsed.unit or '多个单位'}　报送期：{fp.parsed.period}"
                     f"　共 {len(fp.rows)} 行" + (f"　{fp.parsed.contact}" if fp.parsed.contact
                                                  else ""))
        for w in fp.all_warnings:
            lines.append(f"  ！{w.message()}")
        for pr in fp.rows:
            r = pr.parsed
            where = f"{r.sheet + ' ' if r.sheet else ''}第{r.row}行"
            status = (r.status or "状态不明") if r.reported else "未填报进展"
            lines.append(f"  {where}　{r.unit or '?'}　{r.measure or '?'}"
                         f"（{r.confidence:.2f}）　{status}"
                         f"　{CHANGE_WORDS.get(pr.change, pr.change)}")
            for w in pr.all_warnings:
                lines.append(f"      ！{w.message()}")
    return "\n".join(lines)
