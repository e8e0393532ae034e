<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BreakdownImport</name>
    <message>
        <location filename="../../tracker/ui/breakdown_preview.py" line="42"/>
        <source>Breakdown: %1 new, %2 changed</source>
        <translation>分解表：新增 %1 项，修改 %2 项</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/breakdown_preview.py" line="50"/>
        <source>Import breakdown</source>
        <translation>导入分解表</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/breakdown_preview.py" line="53"/>
        <source>There is no policy in this database to break down.</source>
        <translation>此数据库中还没有可分解的政策。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/breakdown_preview.py" line="75"/>
        <source>Reading the breakdown…</source>
        <translation>正在读取分解表…</translation>
    </message>
    <message>
        <source>, %1 removed</source>
        <translation>，删除 %1 项</translation>
    </message>
</context>
<context>
    <name>BreakdownPreviewDialog</name>
    <message>
        <location filename="../../tracker/ui/breakdown_preview.py" line="91"/>
        <source>Breakdown import preview</source>
        <translation>导入分解表预览</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/breakdown_preview.py" line="118"/>
        <source>Hide unchanged rows</source>
        <translation>隐藏无变化的行</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/breakdown_preview.py" line="122"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/breakdown_preview.py" line="125"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/breakdown_preview.py" line="156"/>
        <source>Not imported:</source>
        <translation>不能导入：</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/breakdown_preview.py" line="161"/>
        <source>%1 rows: %2</source>
        <translation>共 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/breakdown_preview.py" line="175"/>
        <source>Action: %1</source>
        <translation>具体举措：%1</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/breakdown_preview.py" line="186"/>
        <source>To write: %1 new, %2 changed</source>
        <translation>将写入：新增 %1 项，修改 %2 项</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/breakdown_preview.py" line="189"/>
        <source>Nothing to write.</source>
        <translation>与数据库中的分解一致，无需写入。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/breakdown_preview.py" line="206"/>
        <source>Importing the breakdown…</source>
        <translation>正在导入分解表…</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/breakdown_preview.py" line="216"/>
        <source>Breakdown imported (batch %1): %2 new, %3 changed.</source>
        <translation>已导入分解表（第 %1 批）：新增 %2 项，修改 %3 项。</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/breakdown_preview.py" line="223"/>
        <source>Import breakdown</source>
        <translation>导入分解表</translation>
    </message>
    <message>
        <source>, %1 removed</source>
        <translation>，删除 %1 项</translation>
    </message>
    <message>
        <source>Assignments removed: %1.</source>
        <translation>删除分工 %1 项。</translation>
    </message>
</context>
<context>
    <name>BreakdownRowsModel</name>
    <message>
        <location filename="../../tracker/ui/breakdown_rows_model.py" line="153"/>
        <source>%1 (file: %2, not applied)</source>
        <translation>%1（文件写的是 %2，未采用）</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/breakdown_rows_model.py" line="45"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/breakdown_rows_model.py" line="45"/>
        <source>Row</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/breakdown_rows_model.py" line="45"/>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/breakdown_rows_model.py" line="45"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/breakdown_rows_model.py" line="46"/>
        <location filename="../../tracker/ui/breakdown_rows_model.py" line="55"/>
        <source>Role</source>
        <translation>责任类型</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/breakdown_rows_model.py" line="46"/>
        <location filename="../../tracker/ui/breakdown_rows_model.py" line="56"/>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/breakdown_rows_model.py" line="46"/>
        <location filename="../../tracker/ui/breakdown_rows_model.py" line="55"/>
        <source>Action</source>
        <translation>具体举措</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/breakdown_rows_model.py" line="46"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/breakdown_rows_model.py" line="47"/>
        <source>Before → after</source>
        <translation>原 → 新</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/breakdown_rows_model.py" line="47"/>
        <source>Warnings</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/breakdown_rows_model.py" line="50"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/breakdown_rows_model.py" line="50"/>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/breakdown_rows_model.py" line="51"/>
        <source>Unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/breakdown_rows_model.py" line="51"/>
        <source>No matching measure</source>
        <translation>无法对应</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/breakdown_rows_model.py" line="52"/>
        <source>To confirm</source>
        <translation>待确认</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/breakdown_rows_model.py" line="74"/>
        <source>%1, row %2</source>
        <translation>%1 第 %2 行</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/breakdown_rows_model.py" line="79"/>
        <source>(not found)</source>
        <translation>（未找到）</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/breakdown_rows_model.py" line="146"/>
        <source>Written as: %1</source>
        <translation>文件中写作：%1</translation>
    </message>
    <message>
        <location filename="../../tracker/ui/breakdown_rows_model.py" line="154"/>
        <source>Nothing to write for this row</source>
        <translation>此行无需写入（无变化或无法对应）</translation>
    </message>
    <message>
        <source>Tick to confirm the suggested match for this row</source>
        <translation>勾选即确认此行建议的措施或单位并导入</translation>
    </message>
    <message>
        <source>Not in file</source>
        <translation>文件未列出</translation>
    </message>
    <message>
        <source>Tick to remove this assignment</source>
        <translation>勾选即删除这项分工</translation>
    </message>
</context>
</TS>
