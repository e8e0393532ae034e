<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MonthQuestion</name>
    <message>
        <source>%1-%2</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>Which month?</source>
        <translation>报送期是哪个月？</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>……另有 %1 个文件</translation>
    </message>
    <message>
        <source>These files do not say which month they report for:</source>
        <translation>以下文件中没有写报送期（如“2019年6月”）：</translation>
    </message>
    <message>
        <source>This file does not say which month it reports for:</source>
        <translation>这个文件中没有写报送期（如“2019年6月”）：</translation>
    </message>
    <message>
        <source>Month reported:</source>
        <translation>报送期：</translation>
    </message>
    <message>
        <source>You will see them in the preview before anything is imported. Cancel leaves them out.</source>
        <translation>确定后先在导入预览中核对，确认导入前不会写入任何数据。点“取消”则这些文件不导入。</translation>
    </message>
    <message>
        <source>Most of the other files are for %1.</source>
        <translation>本次导入的其他文件大多是%1的。</translation>
    </message>
    <message>
        <source>The month chosen in the window is suggested.</source>
        <translation>默认为主窗口当前选择的报送期。</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>To choose</source>
        <translation>待选择</translation>
    </message>
    <message>
        <source>Set the month…</source>
        <translation>指定报送期…</translation>
    </message>
    <message>
        <source>Change the month…</source>
        <translation>更改报送期…</translation>
    </message>
    <message>
        <source>The file does not say which month it reports for: choose the month it is for.</source>
        <translation>文件中没有写报送期，请选择它是哪个月的报送。</translation>
    </message>
    <message>
        <source>Not imported: no month</source>
        <translation>不能导入：未写报送期</translation>
    </message>
    <message>
        <source>%1 (chosen by you)</source>
        <translation>%1（您指定）</translation>
    </message>
    <message>
        <source>The file does not say which month it reports for: it is imported as %1, the month you chose.</source>
        <translation>文件中没有写报送期，按您指定的%1导入。</translation>
    </message>
</context>
</TS>
