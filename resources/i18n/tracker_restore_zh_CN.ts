<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DamagedRestore</name>
    <message>
        <source>Restore from the backup</source>
        <translation>用备份恢复</translation>
    </message>
    <message>
        <source>Do not restore</source>
        <translation>不恢复</translation>
    </message>
    <message>
        <source>The database %1 is damaged and cannot be opened.

Restore it from the automatic backup made %2? Whatever was entered after that backup is not in it.

The damaged file is kept in the backups folder beside the database.</source>
        <translation>数据库“%1”已损坏，无法打开。

是否用 %2 的自动备份恢复？该备份之后录入的内容不在其中。

损坏的文件会保留在数据库旁的 backups 文件夹里。</translation>
    </message>
    <message>
        <source>Restored from the backup made %1. The damaged file was kept in the folder:
%2</source>
        <translation>已用 %1 的备份恢复。损坏的文件保留在文件夹：
%2</translation>
    </message>
</context>
</TS>
