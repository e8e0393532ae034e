"""The import preview as text for the terminal."""

from __future__ import annotations

from pathlib import Path

CHANGE_WORDS = {"new": "新增", "update": "更新", "same": "无变化", "unassigned": "未分解",
                "low_confidence": "待确认", "no_measure": "无法对应措施", "no_unit": "无法确定单位"}


def preview_text(preview) -> str:
    lines = []
    for fp in preview.files:
        name = Path(fp.parsed.path).name
        if fp.outcome != "ok":
            label = "跳过" if fp.outcome == "skipped" else "错误"
            lines.append(f"【{label}】{name}：{fp.parsed.message}")
            continue
        lines.append(f"【{name}】单位：{fp.parsed.unit or '多个单位'}　报送期：{fp.parsed.period}"
                     f"　共 {len(fp.rows)} 行")
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


# Why a file looks like the wrong one, in a few words (the warning itself says it in full).
WRONG_FILE_REASONS = {
    "period_mismatch": "写的报送期是 {found}，与指定的 {given} 不一致",
    "template_other_unit": "是“{template_unit}”的填报表，却写着“{found_unit}”",
    "template_already_imported": "{unit}这个月的填报表已在第 {batch} 批导入过",
    "already_imported": "与第 {batch} 批导入的文件相同",
    "period_differs": "是{period}的报送，本次其他文件是{main}的",
    "same_file_twice": "与本次导入的“{other}”内容完全相同",
    "template_twice": "与本次导入的“{other}”是同一单位同一月的填报表",
}


def wrong_file_reason(fp, codes) -> str:
    """The file's "wrong file?" warnings (codes in ``codes``) as one short phrase."""
    parts = []
    for w in fp.all_warnings:
        if w.code not in codes:
            continue
        try:
            parts.append(WRONG_FILE_REASONS[w.code].format(**w.data))
        except (KeyError, IndexError, ValueError):  # a code or field added later: say it all
            parts.append(w.message().rstrip("。？?"))
    return "；".join(dict.fromkeys(parts))
