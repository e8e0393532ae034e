"""Chinese sentences for the import side of the Excel round trip (merged into tracker.messages).

Placeholders: {file} the file name; {at} a place in it already phrased (“工作表“3月”第5行E列”,
for CSV “第4条记录”); the other names are listed with each code's data in tracker/excel/parse.py.
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # --- the file cannot be read (outcome "error") ---
    "excel_cannot_open": "无法打开文件“{file}”：{detail}",
    "excel_not_a_file": "“{file}”不是普通文件（是文件夹、管道或设备），未导入。",
    "excel_too_large": "文件“{file}”太大（{size_mb} MB，上限 {limit_mb} MB），未导入。",
    "excel_empty_file": "文件“{file}”是空文件（0 字节），未导入。",
    "excel_html_table": "文件“{file}”其实是网页（HTML 表格）改名的 .xls，不是真正的工作簿。"
                        "请用 Excel 或 WPS 打开后“另存为”Excel 工作簿（.xlsx）再导入。",
    "excel_xml2003": "文件“{file}”是 Excel 2003 XML 表格，无法读取。"
                     "请用 Excel 或 WPS 打开后“另存为”Excel 工作簿（.xlsx）再导入。",
    "excel_xlsb": "文件“{file}”是 Excel 二进制工作簿（.xlsb），无法读取。"
                  "请用 Excel 或 WPS 打开后“另存为”Excel 工作簿（.xlsx）再导入。",
    "excel_not_workbook": "文件“{file}”不是电子表格（可能是改了扩展名的其他文件），未导入。",
    "excel_encrypted": "文件“{file}”设置了打开密码（已加密），无法读取。请报送单位取消密码后重新发送。",
    "excel_truncated": "文件“{file}”已损坏或不完整（可能附件没有下载完整），无法读取。请报送单位重新发送。",
    "excel_zip_bomb": "文件“{file}”解压后的体积异常（{detail}），疑似恶意文件，已拒绝读取。",
    "excel_too_many_cells": "文件“{file}”的工作表“{sheet}”单元格过多（{cells} 个，上限 {limit} 个），"
                            "已拒绝读取。",
    "excel_unreadable": "文件“{file}”无法读取（{detail}）。请用 Excel 或 WPS 打开后另存为 .xlsx 再导入。",
    "excel_empty": "文件“{file}”中没有任何内容（空工作簿）。",
    "excel_only_hidden": "文件“{file}”中显示的工作表是空的，内容只在隐藏的工作表（{sheets}）中；隐藏的工作表"
                         "不读取，请在 Excel 或 WPS 中取消隐藏后另存，再导入。",
    "excel_no_header": "文件“{file}”中找不到表头（如“具体措施”“进展情况”“完成状态”等列名），"
                       "无法识别各列内容，未导入。",
    "excel_internal": "读取文件“{file}”时出现意外错误（{detail}），未导入。",
    "csv_encoding": "CSV 文件“{file}”的文字编码无法识别（支持 UTF-8、GBK、GB18030）。",
    "csv_invalid": "CSV 文件“{file}”第 {row} 行格式有误（{detail}）。",
    "template_newer": "文件“{file}”由更新版本的程序导出（格式版本 {version}），请升级程序后再导入。",
    "template_kind": "文件“{file}”是任务分解表（{kind}），不是进展填报表，请用“导入分解表”。",
    "breakdown_kind": "文件“{file}”是本程序导出的进展填报表，不是任务分解表，请用“导入报送材料”。",
    "breakdown_other_policy": "文件“{file}”是另一项政策（{policy}）的任务分解表，不能导入到当前政策；"
                              "请先在窗口中选择那项政策，或用 --policy 指定。",
    # --- files that are not read (outcome "skipped") ---
    "skip_not_importable": "“{file}”不是电子表格（{kind}），无法导入，请人工录入。",
    "skip_lock_file": "“{file}”是 Office 打开文件时留下的临时锁文件，已跳过。",
    "skip_unknown_type": "“{file}”不是可导入的表格文件，已跳过。",
    "skip_broken_link": "“{file}”是指向已不存在的文件的快捷方式（链接），已跳过。",
    # --- file-level warnings ---
    "not_filled": "文件“{file}”中以下措施未填报：{codes}。",
    "no_records": "文件“{file}”中没有填报任何进展。",
    "hidden_sheet_skipped": "文件“{file}”中的隐藏工作表未读取：{sheets}。",
    "sheet_other_period": "文件“{file}”的工作表“{sheet}”是 {period} 的内容，与本次报送期不同，未读取。",
    "sheet_no_header": "文件“{file}”的工作表“{sheet}”有内容但找不到表头，未读取。",
    "period_unknown": "文件“{file}”中找不到报送期（如“2019年6月”），请指定报送期。",
    "period_conflict": "文件“{file}”中写的报送期不一致（{found}），已按{source}取 {period}，请核对。",
    "template_period_differs": "文件“{file}”隐藏的模板信息表明它是 {found} 的填报表，但{source}写的是 {shown}"
                               "（可能沿用了上个月的模板）；按 {found} 读入。如确是 {shown} 的报送，请指定报送期"
                               "后再导入。",
    "period_mismatch": "文件“{file}”写的报送期是 {found}（{source}），与指定的 {given} 不一致，"
                       "是不是发错了文件？",
    "template_other_policy": "文件“{file}”是另一项政策（{policy}）的填报表，是不是发错了文件？"
                             "如确是该政策的报送，请在该政策下导入（窗口中先在左侧选中该政策，命令行加 --policy）。",
    "template_other_unit": "文件“{file}”是“{template_unit}”的填报表，但{where}写的是“{found_unit}”，"
                           "是不是发错了文件？",
    "template_unit_unknown": "文件“{file}”模板中的填报单位“{unit}”不在单位名录中。",
    "percent_fractions": "文件“{file}”{where}的完成进度填的是 0～1 之间的小数（如设成百分比格式的单元格），已按百分比读入"
                         "（0.5 即 50%，1 即 100%），请核对。",
    "same_file_twice": "文件“{file}”与本次导入的“{other}”内容完全相同，是不是重复放了文件？",
    "template_twice": "文件“{file}”与本次导入的“{other}”都是“{unit}”{period}的填报表，"
                      "是不是发错了文件？",
    "period_differs": "文件“{file}”是{period}的报送，本次导入的其他 {count} 个文件是{main}的，"
                      "是不是发错了文件？（默认不导入，确认无误可勾选）",
    "reported_date_implausible": "文件“{file}”的填报日期 {date} 不可能是真实的填报日期，报送日期按导入当天计，"
                                 "请核对。",
    "reported_date_unreadable": "文件“{file}”的填报日期“{text}”无法识别，报送日期按导入当天计，"
                                "请核对（按时报送率以报送日期为准）。",
    "action_text_changed": "{unit}措施 {code} 的本单位具体举措将改为“{new}”（原为“{old}”）。",
    "duplicate_measure": "文件“{file}”中“{unit}”的措施 {code} 写了不止一次，内容相同（{rows}），按一条导入。",
    "measure_twice": "{at}：“{unit}”的措施 {code} 在本文件中出现了多次且内容不同（{rows}），"
                     "请勾选要导入的一行（默认都不导入）。",
    "rows_disagree": "{at}：合并在一起的几行{field}不一致（{values}），未采用任何一个，{field}保留原值，"
                     "原文记入备注，请核实。",
    "rows_joined": "{at}：第 {rows} 行同属“{unit}”的措施 {code}（具体措施单元格合并），已合为一条。",
    # --- row warnings ---
    "hidden_row": "{at}是隐藏行，其中的内容同样导入，请核对。",
    "status_unknown": "{at}的完成状态“{word}”无法识别，请选择：已完成、推进中、未启动或滞后。",
    "percent_invalid": "{at}的完成进度“{value}”不是 0–100 之间的数；进度保留原值，原文记入备注。",
    "percent_ambiguous": "{at}的完成进度“{value}”看不出是 {as_fraction}% 还是 {value}%（本列其他进度是整数）；"
                         "进度保留原值，原文记入备注，请核实后修改。",
    "formula_no_value": "{at}的{field}是公式“={formula}”，读不到它的值（{error}）；{field}保留原值，"
                        "公式记入备注。请在 Excel 或 WPS 中打开文件、确认结果后另存，或直接填写文字。",
    "error_value": "{at}的{field}是错误值“{error}”，不是填写的内容；{field}保留原值，请改为文字或数字。",
    "percent_rounded": "{at}的完成进度“{value}”按 {percent}% 记录（进度只记整数）。",
    "low_confidence": "{at}的措施“{text}”对应不确定（最接近 {code} {title}，相似度 {score}），请确认。",
    "measure_unknown": "{at}的措施“{text}”在政策中找不到对应措施，请手工指定。",
    "measure_ambiguous": "{at}的措施“{text}”与 {code} 和 {other} 都很接近，已取 {code}，请确认。",
    "measure_code_unknown": "{at}的措施编号 {code} 在政策中不存在，已按措施文字匹配。",
    "measure_code_text_mismatch": "{at}的措施编号 {code} 与措施文字“{text}”不一致（文字更像 {other}），"
                                  "已按编号处理，请核对。",
    "measure_task_mismatch": "{at}的措施“{text}”不在所填的重点任务（{task}）之下，已按文字对应到 {code}，"
                             "请核对。",
    "measure_not_in_template": "{at}的措施 {code} 不在本单位模板的分工中。",
    "breakdown_action_other_unit": "{at}的具体举措写明是{units}的，但本行的单位中没有{units}，这部分未记入。",
    "breakdown_action_for_some": "{at}的具体举措是按单位写的，只写了{named}的；{others}的具体举措不从本行读入，"
                                 "保持原样。",
    "breakdown_action_replaced": "{at}：{unit}原有的具体举措“{old}”将改为“{new}”，请核对。",
    "breakdown_shared_action": "{at}的{role}单位写了多个（{units}），都按{role}记入，本行的具体举措"
                               "也记给每一个单位；如各单位举措不同，请分行填写。",
    "unit_unknown": "{at}的单位“{text}”不在单位名录中，请手工指定。",
    "breakdown_unit_unknown": "{at}的单位“{text}”不在单位名录中，这个单位的分工未导入；请在“编辑 → 单位名录”中"
                              "添加该单位（或把它记为已有单位的别名），再重新导入这个文件。",
    "unit_missing": "{at}无法确定填报单位（没有填报单位行和单位列，工作表名、文件名和标题也不含单位名称），"
                    "请手工指定。",
    "unit_fuzzy": "{at}的单位“{text}”按相近名称认作“{unit}”（相似度 {score}），请确认。",
    "unit_from_allocation": "{at}的责任单位“{text}”是分工表述，已取其中的“{unit}”作为填报单位，请确认。",
    # --- the task breakdown (分解表); {at} names file, sheet, row and column ---
    "breakdown_header_only": "{at}是分解表的表头，但表头下面没有任何措施行，没有可以导入的内容。",
    "breakdown_no_units": "文件“{file}”中的 {rows} 行措施都没有填写单位（牵头、责任或配合单位），"
                          "没有可以导入的内容。",
    "breakdown_units_all_unknown": "文件“{file}”中没有一行可以导入：{rows} 行措施所列的单位都不在"
                                   "单位名录中或无法识别（见上面的提示）。请在单位名录中添加这些单位，"
                                   "或改写为名录中的名称后再导入。",
    "breakdown_no_rows": "文件“{file}”中没有一行可以导入：{no_unit} 行措施没有填写单位，其余 {unknown} 行"
                         "所列的单位都不在单位名录中或无法识别（见上面的提示）。",
    "breakdown_group_unknown": "{at}的“{text}”是泛指，无法对应到具体单位，未导入；请在文件中写明单位。",
    "breakdown_row_no_measure": "{at}填写了单位，但没有填写措施，本行未导入。",
    "breakdown_row_continues": "{at}没有填写措施，按上一行的措施 {code} 读入，请核对。",
    "breakdown_no_unit": "{at}写了完成时限或具体举措，但没有填写单位，未导入（措施 {codes}）。",
    "breakdown_role_twice": "{at}：“{unit}”同时列为{roles}单位，按{kept}记入。",
}

# Why a file looks like the wrong one, in a few words (the warning itself says it in full): the
# CLI's question, the skipped file's message and the receipt register's note.
WRONG_FILE_REASONS = {
    "period_mismatch": "写的报送期是 {found}，与指定的 {given} 不一致",
    "template_other_unit": "是“{template_unit}”的填报表，却写着“{found_unit}”",
    "template_already_imported": "{unit}这个月的填报表此前已导入过（“{other}”）",
    "already_imported": "与{at}已导入的文件内容相同",
    "period_differs": "是{period}的报送，本次其他文件是{main}的",
    "template_period_differs": "是 {found} 的模板，{source}却写着 {shown}",
    "same_file_twice": "与本次导入的“{other}”内容完全相同",
    "template_twice": "与本次导入的“{other}”是同一单位同一月的填报表",
}
# The receipt register's states as the history names them.
RECEIPT_WORDS = {"exported": "导出模板", "received": "收到材料", "imported": "已导入",
                 "rejected": "退回", "wrong_file": "文件有误"}
# The receipt register's note for a file the user left out of an import.
NOT_TAKEN_NOTE = "导入时未采用"
EMPTY_NOTE = "文件中没有填写任何内容"


class _Keep(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def render(code: str, **data: object) -> str:
    """The sentence for ``code`` with its data filled in (unknown codes show the code)."""
    template = MESSAGES.get(code)
    if template is None:
        return code
    return template.format_map(_Keep(data))
