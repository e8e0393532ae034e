<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AssignmentModel</name>
        <message>
            <source>No.</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>措施</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>时限</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>灯</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Progress %</source>
            <translation>进度</translation>
        </message>
        <message>
            <source>This period</source>
            <translation>本期进展</translation>
        </message>
        <message>
            <source>Last report</source>
            <translation>最后报送</translation>
        </message>
        <message>
            <source>Red: overdue</source>
            <translation>红灯：已逾期</translation>
        </message>
        <message>
            <source>Grey: not reported this period</source>
            <translation>灰灯：本期未报送</translation>
        </message>
        <message>
            <source>Yellow: needs attention</source>
            <translation>黄灯：需关注（临近时限、滞后或落后序时进度）</translation>
        </message>
        <message>
            <source>Green: on track</source>
            <translation>绿灯：正常推进</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>已销号</translation>
        </message>
        <message>
            <source>Deadline within the warning days</source>
            <translation>临近完成时限（预警天数内）</translation>
        </message>
        <message>
            <source>Behind schedule: expected %1%</source>
            <translation>落后序时进度：应达 %1%</translation>
        </message>
        <message>
            <source>Extended; originally: %1</source>
            <translation>已延期，原时限：%1</translation>
        </message>
        <message>
            <source>Closed on %1</source>
            <translation>%1销号</translation>
        </message>
    </context>
    <context>
        <name>AssignmentTable</name>
        <message>
            <source>Click to sort; right-click to choose columns</source>
            <translation>单击排序；右键选择显示的列</translation>
        </message>
        <message>
            <source>Reset columns</source>
            <translation>恢复默认列</translation>
        </message>
    </context>
    <context>
        <name>BackgroundTask</name>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Cancelling… nothing will be saved.</source>
            <translation>正在取消……不会保存任何数据。</translation>
        </message>
    </context>
    <context>
        <name>DetailPanel</name>
        <message>
            <source>Edit…</source>
            <translation>修改…</translation>
        </message>
        <message>
            <source>Enter progress…</source>
            <translation>录入进展…</translation>
        </message>
        <message>
            <source>Extend…</source>
            <translation>延期…</translation>
        </message>
        <message>
            <source>Review…</source>
            <translation>审核…</translation>
        </message>
        <message>
            <source>Close item</source>
            <translation>销号</translation>
        </message>
        <message>
            <source>Close {code} {unit}</source>
            <translation>销号 {code} {unit}</translation>
        </message>
        <message>
            <source>Reopen {code} {unit}</source>
            <translation>取消销号 {code} {unit}</translation>
        </message>
        <message>
            <source>Print / export history</source>
            <translation>打印/导出此历史</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>导出为 Excel…</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>概况</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>各期报送</translation>
        </message>
        <message>
            <source>History</source>
            <translation>变更记录</translation>
        </message>
        <message>
            <source>Select a row to see its details.</source>
            <translation>请在左侧表格中选择一行，查看详细情况。</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>取消销号</translation>
        </message>
        <message>
            <source>No changes recorded.</source>
            <translation>暂无变更记录。</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>重点任务</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>措施内容</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Unit's action</source>
            <translation>本单位具体举措</translation>
        </message>
        <message>
            <source>(not filled in)</source>
            <translation>（未填写）</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>完成时限</translation>
        </message>
        <message>
            <source>Original deadline</source>
            <translation>原完成时限</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>销号日期</translation>
        </message>
        <message>
            <source>No report this period</source>
            <translation>本期未报送</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>审核</translation>
        </message>
        <message>
            <source>Extensions</source>
            <translation>延期记录</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>延期原因</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>批准人</translation>
        </message>
        <message>
            <source>No reports yet.</source>
            <translation>尚无报送记录。</translation>
        </message>
        <message>
            <source>reported</source>
            <translation>报送于</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>存在问题</translation>
        </message>
        <message>
            <source>Next steps</source>
            <translation>下步计划</translation>
        </message>
        <message>
            <source>Export history</source>
            <translation>导出此历史</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>ExcelActions</name>
        <message>
            <source>Import returned reports</source>
            <translation>导入报送材料</translation>
        </message>
        <message>
            <source>Import a folder</source>
            <translation>导入文件夹</translation>
        </message>
        <message>
            <source>Reading files…</source>
            <translation>正在读取文件……</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>No files to import were found.</source>
            <translation>没有找到可导入的文件。</translation>
        </message>
    </context>
    <context>
        <name>ExportDialogs</name>
        <message>
            <source>Open folder</source>
            <translation>打开文件夹</translation>
        </message>
        <message>
            <source>%1 templates for %2 were written to:
%3</source>
            <translation>%2填报模板 %1 份已导出到：
%3</translation>
        </message>
        <message>
            <source>No assignments, no template: %1</source>
            <translation>以下单位没有分解任务，未生成模板：%1</translation>
        </message>
        <message>
            <source>Exporting templates…</source>
            <translation>正在导出填报模板……</translation>
        </message>
        <message>
            <source>Export breakdown</source>
            <translation>导出分解表</translation>
        </message>
        <message>
            <source>Breakdown.xlsx</source>
            <translation>任务分解表.xlsx</translation>
        </message>
        <message>
            <source>Written to:
%1</source>
            <translation>已导出到：
%1</translation>
        </message>
        <message>
            <source>Export summary table</source>
            <translation>导出汇总表</translation>
        </message>
        <message>
            <source>Summary %1.xlsx</source>
            <translation>%1落实情况汇总表.xlsx</translation>
        </message>
        <message>
            <source>Import breakdown</source>
            <translation>导入分解表</translation>
        </message>
    </context>
    <context>
        <name>ExportTemplatesDialog</name>
        <message>
            <source>Export report templates</source>
            <translation>导出填报模板</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全选</translation>
        </message>
        <message>
            <source>None</source>
            <translation>全不选</translation>
        </message>
        <message>
            <source>Templates</source>
            <translation>填报模板</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>报送期：</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>保存到：</translation>
        </message>
        <message>
            <source>Units (one workbook each):</source>
            <translation>报送单位（每个单位一份填报表）：</translation>
        </message>
        <message>
            <source>Folder for the templates</source>
            <translation>选择保存填报模板的文件夹</translation>
        </message>
        <message>
            <source>Tick at least one unit.</source>
            <translation>请至少选择一个单位。</translation>
        </message>
        <message>
            <source>Policy:</source>
            <translation>政策：</translation>
        </message>
    </context>
    <context>
        <name>FileActions</name>
        <message>
            <source>It may have been moved, renamed or deleted. Remove it from the list of recent databases?</source>
            <translation>该文件可能已被移动、改名或删除。是否将它从“最近的数据库”列表中移除？</translation>
        </message>
        <message>
            <source>Cannot open the database</source>
            <translation>无法打开数据库</translation>
        </message>
        <message>
            <source>New database</source>
            <translation>新建数据库</translation>
        </message>
        <message>
            <source>That file already exists. Use Open to open it.</source>
            <translation>该文件已存在，请用“打开数据库”打开它。</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation>打开数据库</translation>
        </message>
        <message>
            <source>Back up the database</source>
            <translation>备份数据库</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>备份</translation>
        </message>
        <message>
            <source>The database was backed up to:
%1</source>
            <translation>数据库已备份到：
%1</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <source>Replace the current data with the backup?
The current database is backed up first.</source>
            <translation>用备份替换当前数据吗？
替换前会先自动备份当前数据库。</translation>
        </message>
        <message>
            <source>Restored. The previous data was saved to %1</source>
            <translation>已恢复。恢复前的数据已保存到 %1</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Search measures, actions, reports, units…</source>
            <translation>搜索措施、进展、单位（如：滞后、md）…</translation>
        </message>
        <message>
            <source>Overdue only</source>
            <translation>只看逾期</translation>
        </message>
        <message>
            <source>Not reported</source>
            <translation>本期未报送</translation>
        </message>
        <message>
            <source>Not reported for the chosen period</source>
            <translation>所选报送期内未报送的任务</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>清除筛选</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>灯</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>All units</source>
            <translation>全部单位</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>共 %n 项</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryExport</name>
        <message>
            <source>Reports</source>
            <translation>各期报送</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>报送期</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Progress %</source>
            <translation>完成进度</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>进展情况</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>存在问题</translation>
        </message>
        <message>
            <source>Next steps</source>
            <translation>下步计划</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>审核</translation>
        </message>
        <message>
            <source>Report date</source>
            <translation>报送日期</translation>
        </message>
        <message>
            <source>History</source>
            <translation>变更记录</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>操作人</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>变更内容</translation>
        </message>
        <message>
            <source>Change history</source>
            <translation>变更记录</translation>
        </message>
    </context>
    <context>
        <name>HistoryText</name>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Progress %</source>
            <translation>完成进度</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>进展情况</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>存在问题</translation>
        </message>
        <message>
            <source>Next steps</source>
            <translation>下步计划</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>审核状态</translation>
        </message>
        <message>
            <source>Review note</source>
            <translation>审核意见</translation>
        </message>
        <message>
            <source>Report date</source>
            <translation>报送日期</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Unit's action</source>
            <translation>本单位具体举措</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>完成时限</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>销号日期</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>起始日期</translation>
        </message>
        <message>
            <source>Extended to</source>
            <translation>延期至</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>延期原因</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>批准人</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>（空）</translation>
        </message>
        <message>
            <source>(removed)</source>
            <translation>（已删除）</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <source>Import preview</source>
            <translation>导入预览</translation>
        </message>
        <message>
            <source>Choose measure…</source>
            <translation>选择措施…</translation>
        </message>
        <message>
            <source>Choose unit…</source>
            <translation>选择单位…</translation>
        </message>
        <message>
            <source>Create missing assignments (as responsible unit)</source>
            <translation>为未分解的措施创建分解任务（责任单位）</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>确认导入</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Wrong match? Select the row, then:</source>
            <translation>对应有误？选中该行后：</translation>
        </message>
        <message>
            <source>Not imported</source>
            <translation>不能导入</translation>
        </message>
        <message>
            <source>several units</source>
            <translation>多个单位</translation>
        </message>
        <message>
            <source>Unit: %1 · Period: %2 · Format: %3</source>
            <translation>单位：%1 · 报送期：%2 · 格式：%3</translation>
        </message>
        <message>
            <source>Choose measure</source>
            <translation>选择措施</translation>
        </message>
        <message>
            <source>%1 other row(s) of this file are also given as “%2”. Change them to %3 as well?</source>
            <translation>本文件另有 %1 行的单位也写作“%2”。是否一并改为%3？</translation>
        </message>
        <message>
            <source>Choose unit</source>
            <translation>选择单位</translation>
        </message>
        <message>
            <source>To write: %1 rows from %2 files</source>
            <translation>将写入：%2 个文件中的 %1 行</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>正在导入……</translation>
        </message>
        <message>
            <source>Imported %1 files.</source>
            <translation>已导入 %1 个文件。</translation>
        </message>
    </context>
    <context>
        <name>ImportRowsModel</name>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>位置</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>措施</translation>
        </message>
        <message>
            <source>Match</source>
            <translation>匹配度</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>变更内容</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Progress %</source>
            <translation>进度</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>进展情况</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>提示</translation>
        </message>
        <message>
            <source>New</source>
            <translation>新增</translation>
        </message>
        <message>
            <source>Update</source>
            <translation>更新</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>无变化</translation>
        </message>
        <message>
            <source>Not assigned</source>
            <translation>未分解</translation>
        </message>
        <message>
            <source>Check the match</source>
            <translation>请确认对应</translation>
        </message>
        <message>
            <source>Measure not found</source>
            <translation>未找到措施</translation>
        </message>
        <message>
            <source>Unit not found</source>
            <translation>未找到单位</translation>
        </message>
        <message>
            <source>Before → now</source>
            <translation>原有 → 本次</translation>
        </message>
        <message>
            <source>record %1</source>
            <translation>第 %1 条</translation>
        </message>
        <message>
            <source>%1, row %2</source>
            <translation>%1 第 %2 行</translation>
        </message>
        <message>
            <source>Written as: %1</source>
            <translation>原文：%1</translation>
        </message>
        <message>
            <source>Before: %1</source>
            <translation>原有：%1</translation>
        </message>
        <message>
            <source>Now: %1</source>
            <translation>本次：%1</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>On opening, %n deadline(s) an earlier version could not read were read with today's rules (the text as written, recorded in the history).</source>
            <translation>
                <numerusform>打开数据库时，按新规则重新识别了 %n 项以前无法识别的完成时限（原文不变，已记入变更记录）。</numerusform>
            </translation>
        </message>
        <message>
            <source>No item matches the filter. Press Clear to see all items.</source>
            <translation>没有符合筛选条件的任务。点“清除筛选”可看到全部任务。</translation>
        </message>
        <message>
            <source>Nothing here has been assigned to a unit yet. Assign the measures in Edit → Assignment matrix, or import a breakdown table (Reporting → Import breakdown…); the items then appear in this ledger.</source>
            <translation>这里的措施还没有分解到单位。请在“编辑 → 任务分解矩阵”中为各项措施指定牵头、责任和配合单位，或导入分解表（“报送 → 导入分解表”）；之后任务会显示在台账中。</translation>
        </message>
        <message>
            <source>Ledger</source>
            <translation>任务台账</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>统计总览</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>报送期：</translation>
        </message>
        <message>
            <source>Sample data</source>
            <translation>示例数据</translation>
        </message>
        <message>
            <source>Policy Tracker</source>
            <translation>政策落实跟踪</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>数据库：%1</translation>
        </message>
        <message>
            <source>Period: %1</source>
            <translation>报送期：%1</translation>
        </message>
        <message>
            <source>%1-%2</source>
            <translation>%1年%2月</translation>
        </message>
    </context>
    <context>
        <name>Navigator</name>
        <message>
            <source>Find unit (name or pinyin, e.g. tsq)</source>
            <translation>查找单位（名称或拼音首字母，如 tsq）</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Policies, tasks and measures</source>
            <translation>政策 · 重点任务 · 具体措施</translation>
        </message>
        <message>
            <source>All policies</source>
            <translation>全部政策</translation>
        </message>
        <message>
            <source>All units</source>
            <translation>全部单位</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Written into the change log with every change</source>
            <translation>每次修改都会以此姓名记入变更记录</translation>
        </message>
        <message>
            <source>For you on this computer</source>
            <translation>本机个人设置</translation>
        </message>
        <message>
            <source>Operator name:</source>
            <translation>操作人姓名：</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>界面语言：</translation>
        </message>
        <message>
            <source>For this database</source>
            <translation>本数据库设置</translation>
        </message>
        <message>
            <source>Office name, report due day, warning days and the tolerance for expected progress are kept in the database.</source>
            <translation>单位名称、每月报送截止日、预警天数和序时进度容差保存在数据库中。</translation>
        </message>
        <message>
            <source>Database settings…</source>
            <translation>数据库设置…</translation>
        </message>
        <message>
            <source>Please enter the operator's name.</source>
            <translation>请填写操作人姓名。</translation>
        </message>
    </context>
    <context>
        <name>UndoImportDialog</name>
        <message>
            <source>Undo an import</source>
            <translation>撤销导入</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>批次</translation>
        </message>
        <message>
            <source>Imported at</source>
            <translation>导入时间</translation>
        </message>
        <message>
            <source>By</source>
            <translation>操作人</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>报送期</translation>
        </message>
        <message>
            <source>State</source>
            <translation>情况</translation>
        </message>
        <message>
            <source>Undo this import</source>
            <translation>撤销这次导入</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Undoing restores the data as it was before the import. The undo itself is recorded.</source>
            <translation>撤销会把数据恢复到导入之前的样子；撤销操作本身也会记入变更记录。</translation>
        </message>
        <message>
            <source>Undone %1</source>
            <translation>已于%1撤销</translation>
        </message>
        <message>
            <source>%1 rows</source>
            <translation>%1 行</translation>
        </message>
        <message>
            <source>Undo import no. %1 (%2)?</source>
            <translation>撤销第 %1 批导入（%2）吗？</translation>
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <source>Welcome</source>
            <translation>欢迎使用</translation>
        </message>
        <message>
            <source>How to use</source>
            <translation>使用说明</translation>
        </message>
        <message>
            <source>Policy Tracker</source>
            <translation>政策落实跟踪</translation>
        </message>
        <message>
            <source>A month of work takes three steps:</source>
            <translation>每月的工作分三步：</translation>
        </message>
        <message>
            <source>Break down the tasks</source>
            <translation>分解任务</translation>
        </message>
        <message>
            <source>The policy is already loaded. In Edit → Assignment matrix, tick which unit leads, is responsible for or supports each measure, with its deadline.</source>
            <translation>政策文件已内置。在“编辑 → 任务分解矩阵”中勾选每项措施的牵头、责任和配合单位，并填写完成时限。</translation>
        </message>
        <message>
            <source>Send templates, take in returns</source>
            <translation>导出模板 / 导入报送</translation>
        </message>
        <message>
            <source>Reporting → Export report templates writes one workbook per unit. When the units send them back, drop the files or the whole folder onto this window, check the preview and accept.</source>
            <translation>“报送 → 导出填报模板”为每个单位生成一份填报表。各单位报回后，把文件或整个文件夹拖到本窗口，核对预览后确认导入。</translation>
        </message>
        <message>
            <source>Print the monthly report</source>
            <translation>打印月报</translation>
        </message>
        <message>
            <source>The dashboard shows what is late and who has not reported. Reports → Monthly report prints the summary for the leaders.</source>
            <translation>“统计总览”显示哪些任务逾期、哪些单位未报送。“报表 → 月报”打印给领导的月度汇总。</translation>
        </message>
        <message>
            <source>Every change is recorded with your name and can be undone (Ctrl+Z). Find a unit by its pinyin initials, e.g. “tsq”.</source>
            <translation>每次修改都会记录操作人，并可撤销（Ctrl+Z）。查找单位可以输入拼音首字母，如“tsq”（天山区）。</translation>
        </message>
        <message>
            <source>Open the sample data</source>
            <translation>打开示例数据</translation>
        </message>
        <message>
            <source>A separate sample database with six months of reports, to try everything out</source>
            <translation>单独的示例数据库，含六个月的报送记录，可放心试用各项功能</translation>
        </message>
        <message>
            <source>Start with my own data</source>
            <translation>开始使用我的数据</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Building the sample data…</source>
            <translation>正在生成示例数据……</translation>
        </message>
        <message>
            <source>Sample data</source>
            <translation>示例数据</translation>
        </message>
    </context>
    <context>
        <name>WindowActions</name>
        <message>
            <source>&amp;New database…</source>
            <translation>新建数据库(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation>打开数据库(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Back up…</source>
            <translation>备份(&amp;B)…</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>从备份恢复(&amp;R)…</translation>
        </message>
        <message>
            <source>E&amp;xit</source>
            <translation>退出(&amp;X)</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>重做</translation>
        </message>
        <message>
            <source>Policy &amp;structure…</source>
            <translation>政策结构(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Units and aliases…</source>
            <translation>单位名录(&amp;U)…</translation>
        </message>
        <message>
            <source>Assignment &amp;matrix…</source>
            <translation>任务分解矩阵(&amp;M)…</translation>
        </message>
        <message>
            <source>Se&amp;ttings…</source>
            <translation>设置(&amp;T)…</translation>
        </message>
        <message>
            <source>Export &amp;report templates…</source>
            <translation>导出填报模板(&amp;R)…</translation>
        </message>
        <message>
            <source>Export &amp;breakdown…</source>
            <translation>导出分解表(&amp;B)…</translation>
        </message>
        <message>
            <source>&amp;Import returned reports…</source>
            <translation>导入报送材料(&amp;I)…</translation>
        </message>
        <message>
            <source>Import a f&amp;older…</source>
            <translation>导入文件夹(&amp;O)…</translation>
        </message>
        <message>
            <source>Import b&amp;reakdown…</source>
            <translation>导入分解表(&amp;D)…</translation>
        </message>
        <message>
            <source>&amp;Undo an import…</source>
            <translation>撤销导入(&amp;U)…</translation>
        </message>
        <message>
            <source>Export &amp;summary table…</source>
            <translation>导出汇总表(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Monthly report…</source>
            <translation>月报(&amp;M)…</translation>
        </message>
        <message>
            <source>&amp;How to use</source>
            <translation>使用说明(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About</source>
            <translation>关于(&amp;A)</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>刷新(&amp;F)</translation>
        </message>
        <message>
            <source>Recent &amp;databases</source>
            <translation>最近的数据库(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Reporting</source>
            <translation>报送(&amp;R)</translation>
        </message>
        <message>
            <source>Re&amp;ports</source>
            <translation>报表(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>主工具栏</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
    </context>
    <context>
        <name>WindowDialogs</name>
        <message>
            <source>Monthly report</source>
            <translation>月报</translation>
        </message>
        <message>
            <source>The monthly report is not installed yet.</source>
            <translation>月报功能尚未安装。</translation>
        </message>
        <message>
            <source>&lt;b&gt;Policy Tracker&lt;/b&gt; %1&lt;br&gt;Tracks the implementation of policy measures: breakdown, monthly reports, Excel round trip and printed summaries.&lt;br&gt;&lt;br&gt;Database: %2&lt;br&gt;Qt for Python %3</source>
            <translation>&lt;b&gt;政策落实跟踪&lt;/b&gt; %1&lt;br&gt;政策任务分解、月度进展报送、Excel 往返与月报打印。&lt;br&gt;&lt;br&gt;数据库：%2&lt;br&gt;Qt for Python %3</translation>
        </message>
        <message>
            <source>About</source>
            <translation>关于</translation>
        </message>
    </context>
</TS>
