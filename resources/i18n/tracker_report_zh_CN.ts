<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="57"/>
        <source>Monthly report</source>
        <translation>月报</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="80"/>
        <source>Policy: %1</source>
        <translation>政策：%1</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="83"/>
        <location filename="../../tracker/ui/report_dialog.py" line="241"/>
        <source>There is no policy in this database yet.</source>
        <translation>数据库中还没有政策。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="94"/>
        <source>Sign-off lines (reviewer, preparer, date of report)</source>
        <translation>加签字栏（审核人、填表人、报送日期）</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="120"/>
        <source>Period and scope</source>
        <translation>报告期与范围</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="127"/>
        <source>%1-%2</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="132"/>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="133"/>
        <source>One unit:</source>
        <translation>一个单位：</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="134"/>
        <source>One key task:</source>
        <translation>一项重点任务：</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="151"/>
        <source>Task %1: %2</source>
        <translation>重点任务%1：%2</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="155"/>
        <source>Period:</source>
        <translation>报告期：</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="157"/>
        <source>Scope:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="168"/>
        <source>Overview</source>
        <translation>总体情况</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="168"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="169"/>
        <source>By key task</source>
        <translation>分任务情况</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="169"/>
        <source>By unit</source>
        <translation>分单位情况</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="170"/>
        <source>Lagging and not reported</source>
        <translation>滞后与未报送</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="170"/>
        <source>Detail</source>
        <translation>明细</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="173"/>
        <source>Measure</source>
        <translation>具体措施</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="173"/>
        <source>Unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="173"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="174"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="174"/>
        <source>Percent done</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="175"/>
        <source>Progress</source>
        <translation>进展情况</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="175"/>
        <source>Problems</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="176"/>
        <source>Next steps</source>
        <translation>下步计划</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="179"/>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="194"/>
        <source>Columns of the detail table</source>
        <translation>明细表的列</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="243"/>
        <source>Choose at least one section.</source>
        <translation>请至少选择一个章节。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="245"/>
        <source>Choose at least one column for the detail table.</source>
        <translation>请为明细表至少选择一列。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="247"/>
        <source>Choose a unit.</source>
        <translation>请选择单位。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="249"/>
        <source>Choose a key task.</source>
        <translation>请选择重点任务。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="304"/>
        <source>Please wait: the report is being written.</source>
        <translation>请稍候，正在生成月报。</translation>
    </message>
</context>
<context>
    <name>ReportOutputs</name>
    <message>
        <location filename="../../tracker/ui/report_outputs.py" line="69"/>
        <source>Print and export</source>
        <translation>打印与导出</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_outputs.py" line="73"/>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_outputs.py" line="74"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_outputs.py" line="75"/>
        <source>Export PDF…</source>
        <translation>导出PDF…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_outputs.py" line="76"/>
        <source>Export Word…</source>
        <translation>导出Word…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_outputs.py" line="77"/>
        <source>Export Excel…</source>
        <translation>导出Excel…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_outputs.py" line="88"/>
        <source>Bulletin paragraph</source>
        <translation>通报</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_outputs.py" line="94"/>
        <source>Click “Copy bulletin”: the paragraph for the period and scope chosen is put on the clipboard and shown here.</source>
        <translation>点击“复制通报”：所选报告期和范围的通报段落将复制到剪贴板，并显示在这里。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_outputs.py" line="96"/>
        <source>Copy bulletin</source>
        <translation>复制通报</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_outputs.py" line="104"/>
        <source>Reminder notices</source>
        <translation>催办通知单</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_outputs.py" line="106"/>
        <source>One notice for every unit with overdue items, items due soon, missing reports or rejected files in the period chosen.</source>
        <translation>为所选报告期内有逾期、临期、未报送事项或退回文件的单位各生成一份催办通知单。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_outputs.py" line="113"/>
        <source>Write reminder notices…</source>
        <translation>生成催办通知单…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_outputs.py" line="117"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_outputs.py" line="172"/>
        <source>Preparing the report…</source>
        <translation>正在生成月报…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_outputs.py" line="194"/>
        <source>Print preview: %1</source>
        <translation>打印预览：%1</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_outputs.py" line="211"/>
        <source>Print: %1</source>
        <translation>打印：%1</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_outputs.py" line="219"/>
        <source>Sent to the printer: %1 pages.</source>
        <translation>已发送到打印机：共 %1 页。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_outputs.py" line="232"/>
        <source>Export the monthly report</source>
        <translation>导出月报</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_outputs.py" line="240"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_outputs.py" line="246"/>
        <source>Written: %1</source>
        <translation>已导出：%1</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_outputs.py" line="247"/>
        <source>The report was written to:
%1</source>
        <translation>月报已导出到：
%1</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_outputs.py" line="255"/>
        <source>Open file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_outputs.py" line="258"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_outputs.py" line="272"/>
        <source>The bulletin paragraph is on the clipboard: paste it with Ctrl+V.</source>
        <translation>通报已复制到剪贴板，可用 Ctrl+V 粘贴。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_outputs.py" line="280"/>
        <source>Folder for the reminder notices</source>
        <translation>选择保存催办通知单的文件夹</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_outputs.py" line="287"/>
        <source>Writing the reminder notices…</source>
        <translation>正在生成催办通知单…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_outputs.py" line="294"/>
        <source>No unit needs a reminder for %1.</source>
        <translation>%1没有需要催办的单位。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_outputs.py" line="299"/>
        <source>%1 reminder notices were written to %2</source>
        <translation>已生成 %1 份催办通知单，保存在 %2</translation>
    </message>
</context>
</TS>
