"""Chinese sentences for the core's problem codes (database, services, command line)."""

MESSAGES: dict[str, str] = {
    "db_not_sqlite": "文件“{path}”不是本程序的数据库（不是 SQLite 数据库文件），未做任何改动。",
    "db_missing": "数据库文件“{path}”不存在。",
    "db_too_new": "数据库“{path}”由更新版本的程序创建（结构版本 {version}，本程序支持到 {ours}），"
                  "为保护数据未打开、未做任何改动。请升级程序后再打开。",
    "db_readonly": "数据库是只读的（文件或所在磁盘不可写），无法保存修改；数据库未改动。"
                   "请把数据库复制到可写的位置，或检查文件权限。",
    "disk_full": "磁盘空间不足，本次操作未保存；数据库保持操作前的状态。请清理磁盘后重试。",
    "db_busy": "数据库正被其他程序写入，请稍后再试。",
    "db_busy_open": "数据库“{path}”正被其他程序占用，暂时无法打开。请关闭其他正在使用它的程序后再试；"
                    "数据库未改动。",
    "db_disk_full_open": "数据库“{path}”所在的磁盘已满，无法打开。请清理磁盘后再试；数据库未改动。",
    "db_io_error": "读写数据库“{path}”时出错（{detail}）：磁盘可能已满、已拔出或出错。请检查后再试；"
                   "数据库未改动。",
    "db_cannot_open": "无法打开数据库“{path}”（{detail}）：文件或所在文件夹可能不可读写。"
                      "请检查权限，或把数据库复制到可写的位置再打开。",
    "db_read_only_file": "数据库“{path}”是只读的（文件或所在磁盘不可写）：可以查看和打印，"
                         "但无法保存修改。如需修改，请把它复制到可写的位置再打开。",
    "db_backup_failed": "注意：今天的自动备份没能写入 backups 文件夹（{detail}），数据库已正常打开。"
                        "请检查磁盘空间后用“文件 → 备份…”或“tracker backup”手动备份。",
    "db_locked": "数据库“{path}”正由{holder}使用。为防止数据冲突，同一时间只能由一个程序修改它；"
                 "请关闭那个程序后再试。",
    "db_error": "数据库出错：{detail}。本次操作未保存。",
    "db_network_drive": "数据库位于网络驱动器上（{path}）。SQLite 在网络盘上容易损坏数据，"
                        "已关闭 WAL 模式；建议把数据库放在本机磁盘上。",
    "duplicate_row": "该记录已存在，未重复添加。",
    "row_in_use": "该记录仍被其他数据引用，不能删除。",
    "row_missing": "找不到要操作的记录（{table_label}第 {row_id} 条），可能已被删除。",
    "action_missing": "找不到要撤销或重做的那次操作，可能数据库已被替换或恢复过。",
    "already_undone": "这一步已经撤销过了。",
    "undo_conflict": "不能撤销：其中的{table_label}在这之后又被修改过（例如导入了新的报送材料，"
                     "或又录入、编辑过）。请先撤销后来的那次修改（录入和编辑用“编辑 → 撤销”，"
                     "导入用“报送 → 撤销导入”），然后再试。",
    "field_unknown": "未知的字段：{fields}。",
    "no_policy": "数据库中还没有任何政策。",
    "policy_unknown": "找不到政策“{name}”。可用 tracker status 查看已有政策。",
    "policy_missing": "找不到政策 #{policy_id}。",
    "policy_title_empty": "政策标题不能为空。",
    "task_title_empty": "重点任务名称不能为空。",
    "measure_title_empty": "具体措施名称不能为空。",
    "unit_name_empty": "单位名称不能为空。",
    "unit_exists": "单位“{name}”已存在（或与已有单位的别名相同）。",
    "unit_row_missing": "找不到单位 #{unit_id}。",
    "unit_name_unknown": "找不到单位“{name}”。可用 tracker units 查看单位名录。",
    "unit_kind_invalid": "单位类型“{kind}”无效，应为：{kinds}。",
    "unit_in_use": "单位“{name}”已有 {assignments} 项分解任务、{reports} 条报送记录，不能删除；"
                   "可以将其停用（归档）。",
    "alias_taken": "别名“{alias}”已属于单位“{holder}”。如两个单位已合并，请先在单位名录中删去"
                   "“{holder}”的这个别名（或把“{holder}”停用后再删去），再添加到新单位。",
    "role_invalid": "责任类型“{role}”无效，应为：{roles}。",
    "assignment_exists": "该措施已分解给这个单位，未重复添加。",
    "assignment_has_reports": "该分解任务已有报送记录，不能取消；可以销号。",
    "extension_incomplete": "延期须填写延期原因和批准人。",
    "extension_date_invalid": "新的完成时限“{text}”无法识别为日期。",
    "status_invalid": "完成状态“{status}”无效，应为：{statuses}。",
    "report_percent_invalid": "完成进度 {percent} 无效，应为 0 到 100 之间的整数。",
    "return_note_missing": "退回时请填写退回原因。",
    "setting_invalid": "设置“{key}”的值“{value}”无效，应为 {lo} 到 {hi} 之间的整数。",
    "backup_missing": "备份文件“{path}”不存在。",
    "backup_target_exists": "“{path}”已经存在，备份没有覆盖它。请换一个文件名，或给出一个文件夹（备份文件名自动生成）。",
    "backup_target_in_use": "“{path}”是一个正被使用的数据库，备份不能写到那里。请换一个文件名。",
    "backup_onto_itself": "备份目标“{path}”就是当前数据库本身，请换一个文件名。",
    "backup_target_unwritable": "无法写入备份文件“{path}”（{detail}）。请换一个可写的位置。",
    "backup_damaged": "备份文件“{path}”已损坏（完整性检查未通过：{detail}），没有用它恢复，当前数据库未改动。",
    "backup_not_ours": "“{path}”不是本程序的数据库备份（缺少政策、任务、报送等数据表），没有用它恢复，当前数据库未改动。",
    "db_damaged_no_backup": "注意：数据库“{path}”的完整性检查未通过，今天没有做自动备份（以免损坏的副本挤掉完好的备份）。请尽快用“tracker check”检查，必要时用 backups 文件夹里的备份恢复。",
    "db_is_folder": "“{path}”是一个文件夹，不是数据库文件。请给出数据库文件的路径（如 …/台账.sqlite）。",
    "db_damaged": "数据库“{path}”已损坏（{detail}）。请用“tracker restore 备份文件”从 backups 文件夹里的备份恢复"
                  "（在窗口中打开时，程序会提出用最近一份完好的备份恢复；损坏的文件会保留）。",
    "unexpected": "程序遇到意外错误，已记录到日志文件 {log}。数据库保持一致。",
    "no_display": "没有可用的图形显示环境，无法打开窗口。可以使用命令行：tracker -h 查看可用命令。",
    "check_integrity": "数据库完整性检查未通过：{detail}",
    "check_foreign_keys": "外键检查发现 {count} 处引用失效（{table}）。",
    "check_unparsed": "有 {count} 项完成时限无法识别，按原文保存，不判定逾期：{items}（如有确定的"
                      "日期，请在台账中选中该行，在“概况”里点“修改…”更正；以前版本存下、按新规则"
                      "能识别的，下次用窗口打开或用命令行修改数据库时会自动重新识别）",
    "deadlines_reread": "打开数据库时，按新规则重新识别了 {count} 项以前无法识别的完成时限"
                        "（原文不变，已记入变更记录）。",
    "check_schema": "数据库结构版本 {version}（应为 {ours}）。",
}
MESSAGES["demo_exists"] = "示例数据库“{path}”已存在；如需重新生成请加 --force。"
MESSAGES.update({
    "row_unassigned": "{unit}未分解措施 {code}；如需导入，请选择“创建缺少的分解任务”。",
    "deadline_changed": "{unit}在文件中把措施 {code} 的完成时限写成“{new}”（原为“{old}”）；"
                        "时限未修改，如需调整请办理延期。",
    "already_imported": "文件“{file}”与第 {batch} 批（{at}）导入的文件相同，可能重复报送。",
    "nothing_changes": "文件“{file}”的内容与数据库中已有的一致，导入不会改变任何数据。",
    "measure_in_other_file": "{unit}的措施 {code} 在本次导入的{others}中也有，内容不同；{decision}。",
    "reported_date_assumed": "文件“{file}”没有写填报日期，报送日期按导入日（{today}）计，晚于报送截止日"
                             "（{due}），本期将计为迟报；如该单位实际按时报送，导入后可选中该行，用“录入进展…”更正报送日期。",
    "own_report_kept": "{unit}已自行报送本期措施 {code}（{source}）；本文件不是{unit}自己的报送，"
                       "以本单位自报的为准，此行默认不导入（核对后可勾选）。",
    "nothing_writable_yet": "文件“{file}”中有 {rows} 行默认不导入：找不到对应的单位或措施、对应不确定、"
                            "同一措施出现多次，或该单位已自行报送（以自报的为准）；请在预览中逐行"
                            "指定、确认或勾选后再导入，否则不会写入任何数据。",
    "import_file_not_ok": "文件“{file}”未能读取，不能导入。",
    "batch_missing": "找不到导入批次 {batch}。可用 tracker imports 查看导入批次。",
    "history_needs_both": "请同时给出 --unit 和 --measure（如 --unit 米东区 --measure 3.3），"
                          "或都不给出以查看最近的操作。",
    "history_measure_unknown": "政策《{policy}》中没有编号为 {code} 的措施。如要查另一项政策，"
                               "请在命令前加 --policy，如：tracker --policy 简称 history …",
    "history_not_assigned": "{unit}没有分到措施 {code}，没有它的变更记录。",
    "batch_already_undone": "导入批次 {batch}（{file}）已经撤销过了。",
    "batch_overwritten": "不能撤销导入批次 {batch}（{file}）：之后导入的批次 {later}（{later_file}）"
                         "修改了相同的数据。请先撤销批次 {later}。",
    "db_set_aside_failed": "无法把损坏的数据库“{path}”移到 backups 文件夹（{detail}）。请关闭正在使用它的其他程序"
                           "（如 WPS、另一个本程序窗口），或检查文件夹的写入权限后再试；数据库未做任何改动。",
    "restore_failed": "用备份恢复数据库“{path}”时出错（{detail}），数据库已保持恢复前的样子。",
    "batch_has_reports": "不能撤销导入批次 {batch}（{file}）：它建立的分解任务已有 {count} 条录入的报送"
                         "（如{unit} {code} {period}）。撤销会删除这些报送，所以不撤销；如分解有误，"
                         "请在任务分解矩阵中修改。",
    "cancelled": "已取消，未保存任何数据。",
})
MESSAGES["path_missing"] = "找不到文件或文件夹“{path}”。"
MESSAGES["export_file_in_use"] = ("文件“{path}”正被其他程序（如 Excel、WPS）打开，无法写入。"
                                  "请关闭该文件后重试。")
MESSAGES["export_write_failed"] = "无法写入文件“{path}”：{reason}"
MESSAGES.update({
    "section_unknown": "未知的章节：{sections}。可选：{known}。",
    "format_unknown": "不支持的格式“{fmt}”，可选：{known}。",
    "task_unknown": "找不到重点任务“{task}”。",
})
MESSAGES.update({
    "breakdown_no_header": "文件“{file}”中找不到分解表的表头（需要“具体措施”或“措施编号”列，以及"
                           "“牵头单位”“责任单位”或“配合单位”列）。",
})
MESSAGES["template_already_imported"] = (
    "{unit}{period}的填报表已在第 {batch} 批（{other}）导入过；这是不是发错的文件？"
    "确认导入将覆盖已有内容。")
MESSAGES["date_invalid"] = "“{text}”不是有效的日期，请写成 2019-07-10 或 2019年7月10日。"
MESSAGES["measure_renumbered"] = ("{at}的措施编号 {code} 在导出模板后已调整为 {now}，"
                                  "已按模板中的措施对应。")
MESSAGES["fields_cleared"] = ("{unit}措施 {code}：文件中的{fields}为空，导入后将清空数据库中的原有内容，"
                              "请确认。")
MESSAGES.update({
    "not_a_folder": "“{path}”是一个文件，不是文件夹；请指定一个文件夹。",
    "folder_unwritable": "无法创建或写入文件夹“{path}”：{reason}",
    "output_is_folder": "“{path}”是一个文件夹；请指定要保存的文件名。",
    "output_suffix": "文件“{path}”的扩展名不对，应为：{suffixes}。",
})
MESSAGES["period_before_start"] = ("{unit}措施 {code}：报送期{period}早于该任务的开始日期（{start}），"
                                   "请核对报送期是否填错。")
MESSAGES["import_skipped_flagged"] = (
    "文件“{file}”可能发错了（{reason}），已跳过，未导入。如确认文件无误，"
    "请加 --include-flagged 再导入一次。")
MESSAGES.update({
    "breakdown_measure_unsure": "{at}的措施“{text}”对应不确定（最接近 {code}，相似度 {score}），"
                                "未导入，请确认。",
    "breakdown_deadline_changed": "{at}：{unit}措施 {code} 的完成时限写成“{new}”（现为“{old}”，"
                                  "已办理过延期）；时限未修改，如需再次调整请办理延期。",
    "breakdown_measure_near": "{at}的措施写作“{text}”，按相近文字对应到 {code}“{title}”"
                              "（相似度 {score}），请核对。",
    "breakdown_unlisted": "{at}：措施 {code} 没有列出“{unit}”（现为{role}单位）；"
                          "勾选此行将删除这项分工。",
    "breakdown_unlisted_reported": "{at}：措施 {code} 没有列出“{unit}”（现为{role}单位），但它已有 "
                                   "{reports} 条报送，分工未删除；如已不再负责，请办理销号。",
    "breakdown_conflict": "{at}：“{unit}”在措施 {code} 中又见于{others}，内容不同（{diff}）；"
                          "默认都不导入，请勾选要导入的一行。",
    "breakdown_repeated": "文件“{file}”{sheets}中有 {count} 项分工重复出现、内容相同，只计一次（{items}）。",
    "breakdown_sheets_differ": "文件“{file}”：措施 {code} 的“{unit}”见于工作表{has}，但工作表{lacks}"
                               "中没有；已按列出的记入，请核对。",
    "breakdown_no_lead": "{at}：措施 {code} 导入后没有牵头单位，请在文件中注明（如“市科技局（牵头）”）"
                         "或导入后指定。",
    "breakdown_lead_unknown": "{at}：措施 {code} 的牵头单位“{text}”不在单位名录中，导入后该措施没有"
                              "牵头单位，请指定。",
    "breakdown_several_leads": "{at}：措施 {code} 导入后有 {count} 个牵头单位（{units}），"
                               "请核对是否只应有一个。",
    "breakdown_lead_pending": "{at}：措施 {code} 有内容不同、待选择的行，勾选前该措施{state}，请选择。",
    "breakdown_pick_one": "措施 {code} 的“{unit}”勾选了多行（{rows}），请只勾选其中一行。",
})
