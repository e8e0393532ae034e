<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AssignmentMatrix</name>
    <message>
        <location filename="../../tracker/ui/matrix.py" line="55" />
        <source>Assign measures to units</source>
        <translation>任务分解矩阵</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/matrix.py" line="63" />
        <source>{policy}: click a cell to cycle the role (lead → responsible → supporting → none); right-click to choose.</source>
        <translation>{policy}：单击格子依次切换责任类型（牵头 → 责任 → 配合 → 取消）；右键可直接选择。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/matrix.py" line="67" />
        <source>Deadline for new assignments:</source>
        <translation>新分解任务的完成时限：</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/matrix.py" line="70" />
        <source>e.g. end of June 2019, ongoing</source>
        <translation>如：2019年6月底前、长期坚持</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/matrix.py" line="75" />
        <source>Assign to all districts</source>
        <translation>分配给全部区县</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/matrix.py" line="79" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/matrix.py" line="81" />
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/matrix.py" line="119" />
        <source>{n} assignments over {m} measures</source>
        <translation>共 {m} 项措施、{n} 项分解任务</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/matrix.py" line="129" />
        <source>Cannot read this as a date</source>
        <translation>无法识别</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/matrix.py" line="133" />
        <source>→ ongoing, no fixed date</source>
        <translation>→ 长期（无固定日期）</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/matrix.py" line="152" />
        <source>Assign {where}: {role}</source>
        <translation>分解任务 {where}：{role}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/matrix.py" line="156" />
        <source>Remove assignment {where}</source>
        <translation>取消分解 {where}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/matrix.py" line="160" />
        <source>Change role {where}: {role}</source>
        <translation>修改责任类型 {where}：{role}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/matrix.py" line="187" />
        <source>Remove assignment</source>
        <translation>取消分解</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/matrix.py" line="196" />
        <source>Choose a measure first (click its row header).</source>
        <translation>请先选择一项措施（单击左侧的措施名称）。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/matrix.py" line="202" />
        <source>Assign {code} to all districts</source>
        <translation>将 {code} 分配给全部区县</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="89" />
        <source>No measure of this policy has been assigned to a unit yet. Assign them in Edit → Assignment matrix, or import a breakdown table; the numbers and charts appear here.</source>
        <translation>该政策的措施还没有分解到单位。请先在“编辑 → 任务分解矩阵”中为各项措施指定牵头、责任和配合单位，或导入分解表；之后这里会显示统计和图表。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="100" />
        <source>Completion by key task</source>
        <translation>各重点任务完成情况</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="101" />
        <source>Completion by unit</source>
        <translation>各单位完成情况</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="109" />
        <source>Due within the warning days</source>
        <translation>临近完成时限</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="111" />
        <location filename="../../tracker/ui/dashboard.py" line="151" />
        <location filename="../../tracker/ui/dashboard.py" line="205" />
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="134" />
        <source>Period:</source>
        <translation>报送期：</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="140" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="148" />
        <location filename="../../tracker/ui/dashboard.py" line="201" />
        <source>Assignments</source>
        <translation>分解任务</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="152" />
        <location filename="../../tracker/ui/dashboard.py" line="206" />
        <source>Not reported</source>
        <translation>未报送</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="164" />
        <source>Red lights</source>
        <translation>红灯</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="164" />
        <source>Yellow lights</source>
        <translation>黄灯</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="165" />
        <source>Grey lights</source>
        <translation>灰灯</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="165" />
        <source>Green lights</source>
        <translation>绿灯</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="196" />
        <source>Receipt register and results by unit</source>
        <translation>各单位报送登记与完成情况</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="200" />
        <location filename="../../tracker/ui/dashboard.py" line="232" />
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="203" />
        <source>Rate</source>
        <translation>完成率</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="208" />
        <source>Returned file</source>
        <translation>报送材料</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="209" />
        <source>Recorded</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="232" />
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="234" />
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="235" />
        <source>Status</source>
        <translation>完成状态</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="236" />
        <source>Measure</source>
        <translation>具体措施</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="281" />
        <source>The policy no longer exists.</source>
        <translation>该政策已不存在。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="312" />
        <source>{policy}: implementation in {period}</source>
        <translation>《{policy}》落实情况（{period}）</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="315" />
        <source>Lights judged as of {date}, the reports' due day</source>
        <translation>按报送截止日 {date} 判定红黄灯</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="317" />
        <source>{n} measures</source>
        <translation>具体措施 {n} 项</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="320" />
        <location filename="../../tracker/ui/dashboard.py" line="322" />
        <source>{rate} of all</source>
        <translation>占 {rate}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="324" />
        <source>on time: {rate}</source>
        <translation>按时报送率 {rate}</translation>
    </message>
    <message>
        <source>Note: the {n} item(s) not reported for this period are counted, in the numbers above and in the charts, under the status of their latest report (未启动 when never reported); who has not reported is in the receipt register below.</source>
        <translation>注：本期未报送的 {n} 项任务，在上方各数字和图表中按最近一次报送的状态计入（从未报送过的计为“未启动”）；哪些单位未报送，见下方收件登记。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="330" />
        <source>Measures: {n}, of which completed {done} and overdue {late}.</source>
        <translation>具体措施 {n} 项，其中已完成 {done} 项、逾期 {late} 项。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="379" />
        <source>{title} ({n})</source>
        <translation>{title}（{n}）</translation>
    </message>
</context>
<context>
    <name>DbSettingsDialog</name>
    <message>
        <location filename="../../tracker/ui/dialogs/settings_db.py" line="31" />
        <source>Database settings</source>
        <translation>数据库设置</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/settings_db.py" line="47" />
        <source>These settings are stored in the database and apply to everyone using it.</source>
        <translation>以下设置保存在数据库中，对使用该数据库的所有人生效。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/settings_db.py" line="57" />
        <source>Office name</source>
        <translation>办公室名称</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/settings_db.py" line="60" />
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/settings_db.py" line="63" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/settings_db.py" line="65" />
        <source>by day </source>
        <translation>次月 </translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/settings_db.py" line="65" />
        <source> of the next month</source>
        <translation> 日前</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/settings_db.py" line="66" />
        <source>Reports due</source>
        <translation>报送截止</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/settings_db.py" line="68" />
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/settings_db.py" line="69" />
        <source>Warn before a deadline</source>
        <translation>临近时限提醒</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/settings_db.py" line="71" />
        <source> percentage points</source>
        <translation> 个百分点</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/settings_db.py" line="72" />
        <source>Tolerance behind the expected progress</source>
        <translation>落后序时进度容差</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/settings_db.py" line="75" />
        <source>A measure is marked yellow when its deadline is within the warning days, or when its reported progress is behind the time elapsed by more than the tolerance.</source>
        <translation>距完成时限不足提醒天数，或报送的完成进度落后序时进度超过容差时，亮黄灯。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/settings_db.py" line="79" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/settings_db.py" line="82" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/settings_db.py" line="98" />
        <source>Enter the office name.</source>
        <translation>请填写办公室名称。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/settings_db.py" line="102" />
        <source>Change database settings</source>
        <translation>修改数据库设置</translation>
    </message>
</context>
<context>
    <name>EditAssignmentDialog</name>
    <message>
        <source>Edit the assignment</source>
        <translation>修改分解信息</translation>
    </message>
    <message>
        <source>Unit: {unit} ({role})</source>
        <translation>单位：{unit}（{role}）</translation>
    </message>
    <message>
        <source>Unit's action</source>
        <translation>本单位具体举措</translation>
    </message>
    <message>
        <source>Deadline as written</source>
        <translation>完成时限（按原话）</translation>
    </message>
    <message>
        <source>Correct the deadline here only when it was entered wrongly. A later deadline approved by the leaders is an extension: use Extend… (the original stays on record).</source>
        <translation>这里只用于更正录入有误的完成时限。经批准推迟的时限属于延期，请用“延期…”办理（原时限会保留在记录中）。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>No deadline: the item is never overdue.</source>
        <translation>未填写完成时限：此项不会判为逾期。</translation>
    </message>
    <message>
        <source>Cannot read this as a date</source>
        <translation>无法识别为日期</translation>
    </message>
    <message>
        <source>→ ongoing, no fixed date</source>
        <translation>→ 长期（无固定日期）</translation>
    </message>
    <message>
        <source>Edit the assignment {code} {unit}</source>
        <translation>修改分解 {code} {unit}</translation>
    </message>
    <message>
        <source>The changes have not been saved. Close and discard them?</source>
        <translation>修改尚未保存。关闭并放弃这些修改吗？</translation>
    </message>
</context>
<context>
    <name>ExtendDeadlineDialog</name>
    <message>
        <source>Earlier than the current deadline ({date}).</source>
        <translation>早于现在的时限（{date}）。</translation>
    </message>
    <message>
        <source>This date has already passed.</source>
        <translation>该日期已经过去。</translation>
    </message>
    <message>
        <source>Save this new deadline anyway?</source>
        <translation>仍要保存这个新时限吗？</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <source>Change the date</source>
        <translation>修改日期</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/extend_deadline.py" line="54" />
        <source>Extend the deadline</source>
        <translation>延期</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/extend_deadline.py" line="65" />
        <source>Unit: {unit} ({role})</source>
        <translation>责任单位：{unit}（{role}）</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/extend_deadline.py" line="70" />
        <source>Current deadline</source>
        <translation>现完成时限</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/extend_deadline.py" line="72" />
        <source>Original deadline</source>
        <translation>原定完成时限</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/extend_deadline.py" line="81" />
        <source>Earlier extensions</source>
        <translation>延期记录</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/extend_deadline.py" line="86" />
        <source>e.g. 30 September 2019, end of 2019</source>
        <translation>如：2019年9月30日、2019年底前</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/extend_deadline.py" line="89" />
        <source>New deadline</source>
        <translation>新的完成时限</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/extend_deadline.py" line="93" />
        <source>Reason</source>
        <translation>延期原因</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/extend_deadline.py" line="97" />
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/extend_deadline.py" line="102" />
        <source>Extend</source>
        <translation>确认延期</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/extend_deadline.py" line="105" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/extend_deadline.py" line="123" />
        <source>{at}: {old} → {new}; reason: {reason}; approved by {who}</source>
        <translation>{at}：{old} → {new}；原因：{reason}；批准人：{who}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/extend_deadline.py" line="133" />
        <source>Enter the new deadline.</source>
        <translation>请填写新的完成时限。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/extend_deadline.py" line="139" />
        <source>Cannot read this as a date</source>
        <translation>无法识别</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/extend_deadline.py" line="144" />
        <source>→ ongoing, no fixed date</source>
        <translation>→ 长期（无固定日期）</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/extend_deadline.py" line="150" />
        <source>Enter the reason.</source>
        <translation>请填写延期原因。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/extend_deadline.py" line="152" />
        <source>Enter who approved the extension.</source>
        <translation>请填写批准人。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/extend_deadline.py" line="172" />
        <source>Extend {code} {unit} to {deadline}</source>
        <translation>延期 {code} {unit} 至{deadline}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/extend_deadline.py" line="181" />
        <source>The extension has not been made. Close and discard what you typed?</source>
        <translation>延期尚未办理。要关闭并放弃已填写的内容吗？</translation>
    </message>
</context>
<context>
    <name>FormParts</name>
    <message>
        <location filename="../../tracker/ui/dialogs/form_parts.py" line="164" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/form_parts.py" line="172" />
        <source>Keep as draft</source>
        <translation>存为草稿</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/form_parts.py" line="177" />
        <source>Don't keep</source>
        <translation>不保留</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/form_parts.py" line="181" />
        <source>Keep editing</source>
        <translation>继续填写</translation>
    </message>
</context>
<context>
    <name>NumberTile</name>
    <message>
        <location filename="../../tracker/ui/dashboard_parts.py" line="70" />
        <source>Show these rows</source>
        <translation>查看这些任务</translation>
    </message>
</context>
<context>
    <name>ReportEntryDialog</name>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="74" />
        <source>Enter progress</source>
        <translation>录入进展</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="89" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="91" />
        <source>Unit: {unit} ({role})    Deadline: {deadline}</source>
        <translation>责任单位：{unit}（{role}）    完成时限：{deadline}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="101" />
        <source>Period</source>
        <translation>报送期</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="104" />
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="108" />
        <source>Status</source>
        <translation>完成状态</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="114" />
        <source>Progress (%)</source>
        <translation>完成进度</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="116" />
        <source>Progress made</source>
        <translation>进展情况</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="116" />
        <source>Problems</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="117" />
        <source>Next steps</source>
        <translation>下步计划</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="127" />
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="131" />
        <source>Reported on</source>
        <translation>报送日期</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="136" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="140" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="172" />
        <source>Restore</source>
        <translation>恢复草稿</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="174" />
        <source>Discard</source>
        <translation>丢弃草稿</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="187" />
        <source>Last report ({period}): {status} {pct}% — {text}</source>
        <translation>上期（{period}）：{status} {pct}% — {text}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="202" />
        <source>A report for this period is already recorded; saving updates it.</source>
        <translation>本期已有报送，保存将更新该报送。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="236" />
        <source>An unsaved draft was found ({when}). Restore it?</source>
        <translation>发现未保存的草稿（{when}），是否恢复？</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="262" />
        <source>Draft kept at {time}</source>
        <translation>草稿已于 {time} 自动保存</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="286" />
        <source>{period} already has a report; saving overwrites it.</source>
        <translation>{period}已有报送，保存将覆盖。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="294" />
        <source>Choose the status.</source>
        <translation>请选择完成状态。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="297" />
        <source>For a measure behind schedule, please say what the problems are.</source>
        <translation>状态为滞后时，请填写存在问题。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="302" />
        <source>Completed, but the progress is below 100 %.</source>
        <translation>状态为已完成，但完成进度不足 100%。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="304" />
        <source>Progress is 100 % but the status is not “completed”.</source>
        <translation>完成进度为 100%，但完成状态不是“已完成”。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="309" />
        <source>Describe the progress made.</source>
        <translation>请填写进展情况。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="338" />
        <source>Enter progress {code} {unit} {period}</source>
        <translation>录入进展 {code} {unit} {period}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="352" />
        <source>Keep what you typed as a draft?</source>
        <translation>是否把已填写的内容保留为草稿？</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="352" />
        <source>A draft is not a recorded report: it stays on this computer and is offered back the next time this form is opened. To record the report, choose Keep editing, then Save.</source>
        <translation>草稿不是报送记录：它只保存在本机，下次打开这个窗口时会提示恢复。如要录入这条进展，请点“继续填写”，再点“保存”。</translation>
    </message>
    <message>
        <source>The draft cannot be kept (the data folder is full or cannot be written): save the report when you are done</source>
        <translation>无法保存草稿（数据文件夹已满或不可写）：填完后请直接点“保存”</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../tracker/ui/dialogs/review.py" line="40" />
        <source>Review report</source>
        <translation>审核报送</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/review.py" line="59" />
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/review.py" line="59" />
        <source>typed in</source>
        <translation>录入</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/review.py" line="63" />
        <source>{unit} ({role}) · {period} · reported {date} ({source})</source>
        <translation>{unit}（{role}）· {period} · {date}报送（{source}）</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/review.py" line="68" />
        <source>Status</source>
        <translation>完成状态</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/review.py" line="69" />
        <source>Progress made</source>
        <translation>进展情况</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/review.py" line="70" />
        <source>Problems</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/review.py" line="71" />
        <source>Next steps</source>
        <translation>下步计划</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/review.py" line="73" />
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/review.py" line="79" />
        <source>Review</source>
        <translation>审核状态</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/review.py" line="84" />
        <source>Required when returning: what must be corrected</source>
        <translation>退回时必填：需要补充或修改的内容</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/review.py" line="93" />
        <source>Note</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/review.py" line="97" />
        <location filename="../../tracker/ui/dialogs/review.py" line="118" />
        <source>Approve</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/review.py" line="100" />
        <location filename="../../tracker/ui/dialogs/review.py" line="118" />
        <source>Return</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/review.py" line="103" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/review.py" line="114" />
        <source>Say why the report is returned.</source>
        <translation>退回时请填写退回原因。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/review.py" line="121" />
        <source>{what}: {code} {unit} {period}</source>
        <translation>{what}：{code} {unit} {period}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/review.py" line="139" />
        <source>The report has been neither approved nor returned. Close and discard the note you typed?</source>
        <translation>这份报送尚未审核通过或退回。要关闭并放弃已填写的审核意见吗？</translation>
    </message>
</context>
<context>
    <name>ServiceCommand</name>
    <message>
        <location filename="../../tracker/ui/commands.py" line="166" />
        <source>Cannot undo “%1”.</source>
        <translation>无法撤销“%1”。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands.py" line="167" />
        <source>Cannot redo “%1”.</source>
        <translation>无法重做“%1”。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands.py" line="173" />
        <source>The same data was changed afterwards by the import of “%1”. Undo that import first (Reporting → Undo an import…), then try again.</source>
        <translation>其中的数据之后又被导入的文件“%1”修改过。请先撤销那次导入（报送 → 撤销导入），然后再试。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands.py" line="173" />
        <source>The same data was changed afterwards (by an import or another edit). Undo that later change first (an import: Reporting → Undo an import…), then try again.</source>
        <translation>其中的数据之后又被修改过（导入了报送材料，或做了其他修改）。请先撤销后来的那次修改（导入的材料在“报送 → 撤销导入”中撤销），然后再试。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/commands.py" line="173" />
        <source>The same data was entered or changed again after this step was undone (by an import or another edit). To bring this step back, undo that later change first (an import: Reporting → Undo an import…), then try again.</source>
        <translation>撤销这一步之后，同一数据又被录入或修改过（导入了报送材料，或做了其他修改）。如要恢复这一步，请先撤销后来的那次修改（导入的材料在“报送 → 撤销导入”中撤销），然后再试。</translation>
    </message>
</context>
<context>
    <name>StructureEditor</name>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="51" />
        <source>Policy structure</source>
        <translation>政策结构</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="75" />
        <source>Policy</source>
        <translation>政策信息</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="77" />
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="146" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="77" />
        <source>Short title</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="78" />
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="78" />
        <source>Issued by</source>
        <translation>发文单位</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="79" />
        <source>Published in</source>
        <translation>发布渠道</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="79" />
        <source>Issue date</source>
        <translation>印发日期</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="80" />
        <source>Publication date</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="88" />
        <source>not given</source>
        <translation>未载明</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="103" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="105" />
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="112" />
        <source>Save policy</source>
        <translation>保存政策信息</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="124" />
        <source>New key task</source>
        <translation>新增重点任务</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="125" />
        <source>New measure</source>
        <translation>新增具体措施</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="126" />
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="127" />
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="147" />
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="151" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="213" />
        <source>Choose a key task or measure on the left.</source>
        <translation>请在左侧选择重点任务或具体措施。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="215" />
        <source>Key task {n}</source>
        <translation>重点任务 {n}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="217" />
        <source>Measure {code}</source>
        <translation>具体措施 {code}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="233" />
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="268" />
        <source>The title cannot be empty.</source>
        <translation>标题不能为空。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="240" />
        <source>Edit policy</source>
        <translation>修改政策信息</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="245" />
        <source>New key task (added at the end)</source>
        <translation>新增重点任务（添加在最后）</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="254" />
        <source>New measure under key task {n}</source>
        <translation>在重点任务 {n} 下新增具体措施</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="272" />
        <source>Add key task {title}</source>
        <translation>新增重点任务：{title}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="279" />
        <source>Add measure {title}</source>
        <translation>新增具体措施：{title}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="286" />
        <source>Edit {title}</source>
        <translation>修改：{title}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="305" />
        <source>Move {title}</source>
        <translation>调整顺序：{title}</translation>
    </message>
    <message>
        <source>New policy…</source>
        <translation>新建政策…</translation>
    </message>
    <message>
        <source>New policy</source>
        <translation>新建政策</translation>
    </message>
    <message>
        <source>Title of the policy document:</source>
        <translation>政策文件标题：</translation>
    </message>
    <message>
        <source>New policy {title}</source>
        <translation>新建政策：{title}</translation>
    </message>
</context>
<context>
    <name>UnitsEditor</name>
    <message>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="49" />
        <source>Units</source>
        <translation>单位名录</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="59" />
        <source>Show archived units</source>
        <translation>显示已停用单位</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="64" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="66" />
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="93" />
        <source>Unit</source>
        <translation>单位信息</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="96" />
        <source>Name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="96" />
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="97" />
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="97" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="106" />
        <source>Kind</source>
        <translation>单位类型</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="114" />
        <source>New unit</source>
        <translation>新增单位</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="115" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="116" />
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="186" />
        <source>Archive</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="117" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="127" />
        <source>Other spellings (aliases)</source>
        <translation>单位别名（其他写法）</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="138" />
        <source>Another spelling of the name</source>
        <translation>单位名称的其他写法</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="140" />
        <source>Add</source>
        <translation>添加别名</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="143" />
        <source>Remove</source>
        <translation>删除别名</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="185" />
        <source>Re-activate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="206" />
        <source>Enter the unit's name.</source>
        <translation>请填写单位名称。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="210" />
        <source>Add unit {name}</source>
        <translation>新增单位：{name}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="219" />
        <source>Edit unit {name}</source>
        <translation>修改单位：{name}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="226" />
        <source>Re-activate unit {name}</source>
        <translation>重新启用单位：{name}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="227" />
        <source>Archive unit {name}</source>
        <translation>停用单位：{name}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="236" />
        <source>Delete unit {name}</source>
        <translation>删除单位：{name}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="248" />
        <source>Add alias {alias}</source>
        <translation>新增别名：{alias}</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="253" />
        <source>This spelling is already known.</source>
        <translation>该写法已登记，无需重复添加。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="261" />
        <source>Remove alias {alias}</source>
        <translation>删除别名：{alias}</translation>
    </message>
    <message>
        <source>Archive unit</source>
        <translation>停用单位</translation>
    </message>
    <message>
        <source>{name} still has {n} item(s) not closed. An archived unit gets no templates and no reminder notices, but its items still count in the figures: assign them to the unit taking over, or close them. Archive it anyway?</source>
        <translation>{name}还有 {n} 项任务没有销号。停用后不再给它导出填报模板、发催办通知单，但这些任务仍计入统计：请把它们分给接手的单位，或办理销号。仍要停用吗？</translation>
    </message>
</context>
<context>
    <name>UnitsModel</name>
    <message>
        <location filename="../../tracker/ui/dialogs/units_model.py" line="22" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_model.py" line="22" />
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_model.py" line="22" />
        <source>Kind</source>
        <translation>单位类型</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_model.py" line="23" />
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_model.py" line="23" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_model.py" line="23" />
        <source>Assignments</source>
        <translation>分解任务数</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_model.py" line="24" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_model.py" line="62" />
        <source>In use</source>
        <translation>在用</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_model.py" line="62" />
        <source>Archived</source>
        <translation>已停用</translation>
    </message>
</context>
<context>
    <name>ValueLabels</name>
    <message>
        <location filename="../../tracker/ui/value_labels.py" line="14" />
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/value_labels.py" line="15" />
        <source>In progress</source>
        <translation>推进中</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/value_labels.py" line="16" />
        <source>Not started</source>
        <translation>未启动</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/value_labels.py" line="17" />
        <source>Behind</source>
        <translation>滞后</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/value_labels.py" line="22" />
        <source>Lead</source>
        <translation>牵头</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/value_labels.py" line="23" />
        <source>Responsible</source>
        <translation>责任</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/value_labels.py" line="24" />
        <source>Supporting</source>
        <translation>配合</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/value_labels.py" line="29" />
        <source>District/county</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/value_labels.py" line="30" />
        <source>Development zone</source>
        <translation>开发区</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/value_labels.py" line="31" />
        <source>City department</source>
        <translation>市直部门</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/value_labels.py" line="32" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/value_labels.py" line="37" />
        <source>Red</source>
        <translation>红灯</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/value_labels.py" line="38" />
        <source>Yellow</source>
        <translation>黄灯</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/value_labels.py" line="39" />
        <source>Grey</source>
        <translation>灰灯</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/value_labels.py" line="40" />
        <source>Green</source>
        <translation>绿灯</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/value_labels.py" line="45" />
        <source>Template sent</source>
        <translation>已导出模板</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/value_labels.py" line="46" />
        <source>File received</source>
        <translation>已收到材料</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/value_labels.py" line="47" />
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/value_labels.py" line="48" />
        <source>Rejected</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/value_labels.py" line="49" />
        <source>Wrong file</source>
        <translation>文件有误</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/value_labels.py" line="50" />
        <source>Nothing</source>
        <translation>无记录</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/value_labels.py" line="55" />
        <source>Awaiting review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/value_labels.py" line="56" />
        <source>Approved</source>
        <translation>已审核</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/value_labels.py" line="57" />
        <source>Returned</source>
        <translation>退回</translation>
    </message>
</context>
<context>
    <name>VerbRunner</name>
    <message>
        <location filename="../../tracker/ui/verb_runner.py" line="28" />
        <source>Not possible</source>
        <translation>无法完成</translation>
    </message>
</context>
</TS>
