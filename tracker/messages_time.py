"""Message codes of the time pieces (workdays, deadlines, periods); merged by tracker.messages."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "calendar_fallback": "节假日日历没有 {year} 年的数据，该年按周一至周五计算工作日，法定节假日和调休未计入。",
    "deadline_year_assumed": "完成时限“{as_written}”未写年份，已按 {year} 年计算。",
    "deadline_year_missing": "完成时限“{as_written}”未写年份，无法推算具体日期。",
    "deadline_start_missing": "完成时限“{as_written}”需要起算日期才能推算，请补充。",
    "deadline_unparsed": "完成时限“{as_written}”无法识别，已按原文保留。",
    "period_invalid": "“{text}”不是有效的月份，请写成“2019-06”或“2019年6月”。",
    "due_day_invalid": "报送日“{value}”无效，应为 1 到 31 之间的整数。",
}
