<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="58"/>
        <source>Monthly report</source>
        <translation>月报</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="81"/>
        <source>Policy: %1</source>
        <translation>政策：%1</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="84"/>
        <location filename="../../tracker/ui/report_dialog.py" line="255"/>
        <source>There is no policy in this database yet.</source>
        <translation>数据库中还没有政策。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="95"/>
        <source>Sign-off lines (reviewer, preparer, date of report)</source>
        <translation>加签字栏（审核人、填表人、报送日期）</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="121"/>
        <source>Period and scope</source>
        <translation>报告期与范围</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="128"/>
        <source>%1-%2</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="133"/>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="134"/>
        <source>One unit:</source>
        <translation>一个单位：</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="135"/>
        <source>One key task:</source>
        <translation>一项重点任务：</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="152"/>
        <source>Task %1: %2</source>
        <translation>重点任务%1：%2</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="156"/>
        <source>Period:</source>
        <translation>报告期：</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="158"/>
        <source>Scope:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="167"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="168"/>
        <source>The date under the report and the reminder notices; reminders ask for a reply three working days after it.</source>
        <translation>月报和催办通知单的落款日期；催办通知单要求在其后3个工作日内回复。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="171"/>
        <source>Date of issue:</source>
        <translation>落款日期：</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="178"/>
        <source>Overview</source>
        <translation>总体情况</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="178"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="179"/>
        <source>By key task</source>
        <translation>分任务情况</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="179"/>
        <source>By unit</source>
        <translation>分单位情况</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="180"/>
        <source>Lagging and not reported</source>
        <translation>滞后与未报送</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="180"/>
        <source>Detail</source>
        <translation>明细</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="183"/>
        <source>Measure</source>
        <translation>具体措施</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="183"/>
        <source>Unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="183"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="184"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="184"/>
        <source>Percent done</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="185"/>
        <source>Progress</source>
        <translation>进展情况</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="185"/>
        <source>Problems</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="186"/>
        <source>Next steps</source>
        <translation>下步计划</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="189"/>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="204"/>
        <source>Columns of the detail table</source>
        <translation>明细表的列</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="257"/>
        <source>Choose at least one section.</source>
        <translation>请至少选择一个章节。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="259"/>
        <source>Choose at least one column for the detail table.</source>
        <translation>请为明细表至少选择一列。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="261"/>
        <source>Choose a unit.</source>
        <translation>请选择单位。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="263"/>
        <source>Choose a key task.</source>
        <translation>请选择重点任务。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_dialog.py" line="318"/>
        <source>Please wait: the report is being written.</source>
        <translation>请稍候，正在生成月报。</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
</context>
<context>
    <name>ReportOutputs</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The notices are numbered when they are printed or written to files.</source>
        <translation>通知单的编号在打印或生成文件时登记。</translation>
    </message>
    <message>
        <source>Preparing the reminder notices…</source>
        <translation>正在准备催办通知单…</translation>
    </message>
    <message>
        <source>Reminder notices (%1)</source>
        <translation>催办通知单（%1份）</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_outputs.py" line="70"/>
        <source>Print and export</source>
        <translation>打印与导出</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_outputs.py" line="74"/>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_outputs.py" line="75"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_outputs.py" line="76"/>
        <source>Export PDF…</source>
        <translation>导出PDF…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_outputs.py" line="77"/>
        <source>Export Word…</source>
        <translation>导出Word…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_outputs.py" line="78"/>
        <source>Export Excel…</source>
        <translation>导出Excel…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_outputs.py" line="89"/>
        <source>Bulletin paragraph</source>
        <translation>通报</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_outputs.py" line="95"/>
        <source>Click “Copy bulletin”: the paragraph for the period and scope chosen is put on the clipboard and shown here.</source>
        <translation>点击“复制通报”：所选报告期和范围的通报段落将复制到剪贴板，并显示在这里。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_outputs.py" line="97"/>
        <source>Copy bulletin</source>
        <translation>复制通报</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_outputs.py" line="105"/>
        <source>Reminder notices</source>
        <translation>催办通知单</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_outputs.py" line="107"/>
        <source>One notice for every unit with overdue items, items due soon, missing reports or rejected files in the period chosen.</source>
        <translation>为所选报告期内有逾期、临期、未报送事项或退回文件的单位各生成一份催办通知单。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_outputs.py" line="114"/>
        <source>Write reminder notices…</source>
        <translation>生成催办通知单…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_outputs.py" line="118"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_outputs.py" line="174"/>
        <source>Preparing the report…</source>
        <translation>正在生成月报…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_outputs.py" line="196"/>
        <source>Print preview: %1</source>
        <translation>打印预览：%1</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_outputs.py" line="213"/>
        <source>Print: %1</source>
        <translation>打印：%1</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_outputs.py" line="221"/>
        <source>Sent to the printer: %1 pages.</source>
        <translation>已发送到打印机：共 %1 页。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_outputs.py" line="234"/>
        <source>Export the monthly report</source>
        <translation>导出月报</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_outputs.py" line="242"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_outputs.py" line="248"/>
        <source>Written: %1</source>
        <translation>已导出：%1</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_outputs.py" line="249"/>
        <source>The report was written to:
%1</source>
        <translation>月报已导出到：
%1</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_outputs.py" line="257"/>
        <source>Open file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_outputs.py" line="260"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_outputs.py" line="274"/>
        <source>The bulletin paragraph is on the clipboard: paste it with Ctrl+V.</source>
        <translation>通报已复制到剪贴板，可用 Ctrl+V 粘贴。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_outputs.py" line="282"/>
        <source>Folder for the reminder notices</source>
        <translation>选择保存催办通知单的文件夹</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_outputs.py" line="290"/>
        <source>Writing the reminder notices…</source>
        <translation>正在生成催办通知单…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_outputs.py" line="297"/>
        <source>No unit needs a reminder for %1.</source>
        <translation>%1没有需要催办的单位。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/report_outputs.py" line="302"/>
        <source>%1 reminder notices were written to %2</source>
        <translation>已生成 %1 份催办通知单，保存在 %2</translation>
    </message>
</context>
</TS>
