<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>FilterBar</name>
    <message>
        <source>Due soon</source>
        <translation>临近时限</translation>
    </message>
    <message>
        <source>The deadline falls within the warning days after the period's due day (not completed, not closed)</source>
        <translation>完成时限在本期报送截止日之后的预警天数内（未完成、未销号的事项）</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>No item of this period is due soon: no open item has its deadline within {days} days of {date}.</source>
        <translation>本期没有临近完成时限的事项：没有未完成的事项在{date}起{days}天内到期。</translation>
    </message>
    <message>
        <source>No item of this period is overdue (as of {date}).</source>
        <translation>本期没有逾期事项（截至{date}）。</translation>
    </message>
    <message>
        <source>{n} report(s) received for this period, the latest on {date}</source>
        <translation>本期已收到 {n} 项报送，最近一次报送于 {date}</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>You can change it later in Edit → Settings</source>
        <translation>以后可在“编辑 → 设置”中修改</translation>
    </message>
    <message>
        <source>Your name (recorded with every change):</source>
        <translation>您的姓名（每项修改都记下操作人）：</translation>
    </message>
    <message>
        <source>e.g. Wang Ming</source>
        <translation>如：王明</translation>
    </message>
</context>
<context>
    <name>AssignmentModel</name>
    <message>
        <source>returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>[returned] %1</source>
        <translation>【已退回】%1</translation>
    </message>
    <message>
        <source>This period's report was returned for rework</source>
        <translation>本期报送已退回修改</translation>
    </message>
    <message>
        <source>This period's report was returned for rework.</source>
        <translation>本期报送已退回修改。</translation>
    </message>
    <message>
        <source>It counts as not reported this period</source>
        <translation>本期按未报送计</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>退回原因：%1</translation>
    </message>
    <message>
        <source>Status and progress % are from the last accepted report (%1).</source>
        <translation>状态和完成进度取自最近一次未退回的报送（%1）。</translation>
    </message>
    <message>
        <source>There is no earlier accepted report.</source>
        <translation>此前没有未退回的报送。</translation>
    </message>
    <message>
        <source>Returned text: %1</source>
        <translation>退回的进展：%1</translation>
    </message>
</context>
<context>
    <name>CloseItemDialog</name>
    <message>
        <source>Close item</source>
        <translation>销号</translation>
    </message>
    <message>
        <source>Close {item}?</source>
        <translation>确认销号：{item}？</translation>
    </message>
    <message>
        <source>A closed item no longer counts as overdue or not reported from that date on. It can be reopened, and the closing can be undone (Ctrl+Z).</source>
        <translation>销号后，该事项自销号日期起不再计入逾期和未报送。可以取消销号，也可以撤销（Ctrl+Z）。</translation>
    </message>
    <message>
        <source>Effective date:</source>
        <translation>销号日期：</translation>
    </message>
</context>
<context>
    <name>ValueLabels</name>
    <message>
        <source>Reported (imported)</source>
        <translation>已报送（导入）</translation>
    </message>
    <message>
        <source>Reported (typed in)</source>
        <translation>已报送（录入）</translation>
    </message>
</context>
<context>
    <name>DraftNotice</name>
    <message>
        <source>{code} {unit} · {period} · kept {when}</source>
        <translation>{code} {unit} · {period} · 保存于 {when}</translation>
    </message>
    <message>
        <source>Unsaved drafts: {n}</source>
        <translation>未保存的草稿：{n} 份</translation>
    </message>
    <message>
        <source>Reports typed but not saved; choose one to go on typing</source>
        <translation>已录入但尚未保存的报送；选择一份可继续录入</translation>
    </message>
    <message>
        <source>{n} unsaved report draft(s) from an earlier session: open them with the button on the right.</source>
        <translation>有 {n} 份上次未保存的报送草稿，可点右侧按钮打开继续录入。</translation>
    </message>
</context>
</TS>
