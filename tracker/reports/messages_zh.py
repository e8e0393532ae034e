"""Chinese sentences for the report renderers' codes (merged by ``tracker.messages``)."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "font_missing": (
        "找不到报表字体文件“{path}”，无法生成 PDF 或打印（否则汉字会印成方框）。{fix}"
    ),
    "font_no_glyphs": ("报表字体文件“{path}”无法使用：其中没有“水”“门”等汉字，或文件已损坏。{fix}"),
    "font_fix": (
        "解决办法：重新安装本程序；或把字体文件 wqy-microhei.ttc（文泉驿微米黑）"
        "复制到“{folder}”文件夹中，然后重试。"
    ),
    "report_write_failed": (
        "无法写入文件“{path}”：文件可能正被其他程序（如 PDF 阅读器）打开，或该文件夹不可写。"
        "请关闭该文件或换一个保存位置后重试。"
    ),
    "report_no_rows": "暂无数据",
    "report_continued": "（续）",
    "report_no_chart_data": "暂无数据，未绘制图表。",
    "chart_total": "合计：{total}",
    "chart_total_label": "合计",
    "chart_category": "类别",
    "chart_count": "数量",
    "chart_share": "占比",
    "chart_slice": "{label}：{value}（{share}%）",
}
