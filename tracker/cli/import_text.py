"""The import preview as text for the terminal."""

from __future__ import annotations

from pathlib import Path

from tracker.paths import shown_name

CHANGE_WORDS = {"new": "新增", "update": "更新", "same": "无变化", "unassigned": "未分解",
                "low_confidence": "待确认", "no_measure": "无法对应措施", "no_unit": "无法确定单位"}


def preview_text(preview, create_assignments: bool = False,
                 include_flagged: bool = False) -> str:
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
            held = not pr.include and pr.change in ("new", "update")
            lines.append(f"  {where}　{r.unit or '?'}　{r.measure or '?'}"
                         f"（{r.confidence:.2f}）　{status}"
                         f"　{CHANGE_WORDS.get(pr.change, pr.change)}"
                         + ("（默认不导入）" if held else ""))
            for w in pr.all_warnings:
                lines.append(f"      ！{w.message()}")
    lines.append(_total(preview, create_assignments, include_flagged))
    return "\n".join(lines)


def _total(preview, create_assignments: bool, include_flagged: bool = False) -> str:
    """What --yes would write: rows marked 默认不导入 are not counted, nor files that may be the
    wrong one (skipped by --yes unless --include-flagged)."""
    from tracker.services.imports import looks_wrong

    ok = [fp for fp in preview.files if fp.outcome == "ok" and fp.changes(create_assignments)]
    flagged = [] if include_flagged else [fp for fp in ok if looks_wrong(fp)]
    writable = [fp for fp in ok if fp not in flagged]
    rows = sum(len(fp.changes(create_assignments)) for fp in writable)
    text = f"合计：{len(preview.files)} 个文件，可写入其中 {len(writable)} 个文件的 {rows} 行"
    if flagged:
        text += f"；另有 {len(flagged)} 个可能发错的文件（--yes 时跳过）"
    return text + "。"
