<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AssignmentMatrix</name>
    <message>
        <location filename="../../tracker/ui/matrix.py" line="55"/>
        <source>Assign measures to units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/matrix.py" line="64"/>
        <source>{policy}: click a cell to cycle the role (lead → responsible → supporting → none); right-click to choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/matrix.py" line="68"/>
        <source>Deadline for new assignments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/matrix.py" line="71"/>
        <source>e.g. end of June 2019, ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/matrix.py" line="76"/>
        <source>Assign to all districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/matrix.py" line="80"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/matrix.py" line="82"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/matrix.py" line="123"/>
        <source>{n} assignments over {m} measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/matrix.py" line="133"/>
        <source>Cannot read this as a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/matrix.py" line="137"/>
        <source>→ ongoing, no fixed date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/matrix.py" line="156"/>
        <source>Assign {where}: {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/matrix.py" line="160"/>
        <source>Remove assignment {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/matrix.py" line="164"/>
        <source>Change role {where}: {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/matrix.py" line="191"/>
        <source>Remove assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/matrix.py" line="200"/>
        <source>Choose a measure first (click its row header).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/matrix.py" line="206"/>
        <source>Assign {code} to all districts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="89"/>
        <source>Completion by key task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="90"/>
        <source>Completion by unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="98"/>
        <source>Due within the warning days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="100"/>
        <location filename="../../tracker/ui/dashboard.py" line="140"/>
        <location filename="../../tracker/ui/dashboard.py" line="194"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="123"/>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="129"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="137"/>
        <location filename="../../tracker/ui/dashboard.py" line="190"/>
        <source>Assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="141"/>
        <location filename="../../tracker/ui/dashboard.py" line="195"/>
        <source>Not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="153"/>
        <source>Red lights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="153"/>
        <source>Yellow lights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="154"/>
        <source>Grey lights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="154"/>
        <source>Green lights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="185"/>
        <source>Receipt register and results by unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="189"/>
        <location filename="../../tracker/ui/dashboard.py" line="221"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="192"/>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="197"/>
        <source>Returned file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="198"/>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="221"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="223"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="224"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="225"/>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="270"/>
        <source>The policy no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="301"/>
        <source>{policy}: implementation in {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="304"/>
        <source>Lights judged as of {date}, the reports&apos; due day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="306"/>
        <source>{n} measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="309"/>
        <location filename="../../tracker/ui/dashboard.py" line="311"/>
        <source>{rate} of all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="313"/>
        <source>on time: {rate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="319"/>
        <source>Measures: {n}, of which completed {done} and overdue {late}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dashboard.py" line="365"/>
        <source>{title} ({n})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DbSettingsDialog</name>
    <message>
        <location filename="../../tracker/ui/dialogs/settings_db.py" line="31"/>
        <source>Database settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/settings_db.py" line="47"/>
        <source>These settings are stored in the database and apply to everyone using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/settings_db.py" line="57"/>
        <source>Office name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/settings_db.py" line="60"/>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/settings_db.py" line="63"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/settings_db.py" line="65"/>
        <source>by day </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/settings_db.py" line="65"/>
        <source> of the next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/settings_db.py" line="66"/>
        <source>Reports due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/settings_db.py" line="68"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/settings_db.py" line="69"/>
        <source>Warn before a deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/settings_db.py" line="71"/>
        <source> percentage points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/settings_db.py" line="72"/>
        <source>Tolerance behind the expected progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/settings_db.py" line="75"/>
        <source>A measure is marked yellow when its deadline is within the warning days, or when its reported progress is behind the time elapsed by more than the tolerance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/settings_db.py" line="79"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/settings_db.py" line="82"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/settings_db.py" line="98"/>
        <source>Enter the office name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/settings_db.py" line="102"/>
        <source>Change database settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtendDeadlineDialog</name>
    <message>
        <location filename="../../tracker/ui/dialogs/extend_deadline.py" line="54"/>
        <source>Extend the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/extend_deadline.py" line="65"/>
        <source>Unit: {unit} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/extend_deadline.py" line="70"/>
        <source>Current deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/extend_deadline.py" line="72"/>
        <source>Original deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/extend_deadline.py" line="81"/>
        <source>Earlier extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/extend_deadline.py" line="86"/>
        <source>e.g. 30 September 2019, end of 2019</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/extend_deadline.py" line="89"/>
        <source>New deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/extend_deadline.py" line="93"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/extend_deadline.py" line="97"/>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/extend_deadline.py" line="102"/>
        <source>Extend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/extend_deadline.py" line="105"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/extend_deadline.py" line="123"/>
        <source>{at}: {old} → {new}; reason: {reason}; approved by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/extend_deadline.py" line="133"/>
        <source>Enter the new deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/extend_deadline.py" line="139"/>
        <source>Cannot read this as a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/extend_deadline.py" line="144"/>
        <source>→ ongoing, no fixed date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/extend_deadline.py" line="150"/>
        <source>Enter the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/extend_deadline.py" line="152"/>
        <source>Enter who approved the extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/extend_deadline.py" line="172"/>
        <source>Extend {code} {unit} to {deadline}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberTile</name>
    <message>
        <location filename="../../tracker/ui/dashboard_parts.py" line="70"/>
        <source>Show these rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportEntryDialog</name>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="74"/>
        <source>Enter progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="89"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="91"/>
        <source>Unit: {unit} ({role})    Deadline: {deadline}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="101"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="104"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="108"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="114"/>
        <source>Progress (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="116"/>
        <source>Progress made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="116"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="117"/>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="127"/>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="131"/>
        <source>Reported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="136"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="140"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="172"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="174"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="187"/>
        <source>Last report ({period}): {status} {pct}% — {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="202"/>
        <source>A report for this period is already recorded; saving updates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="236"/>
        <source>An unsaved draft was found ({when}). Restore it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="262"/>
        <source>Draft kept at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="286"/>
        <source>{period} already has a report; saving overwrites it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="294"/>
        <source>Choose the status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="297"/>
        <source>For a measure behind schedule, please say what the problems are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="302"/>
        <source>Completed, but the progress is below 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="304"/>
        <source>Progress is 100 % but the status is not “completed”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="309"/>
        <source>Describe the progress made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="338"/>
        <source>Enter progress {code} {unit} {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="352"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/report_entry.py" line="352"/>
        <source>Keep what you typed as a draft?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../tracker/ui/dialogs/review.py" line="40"/>
        <source>Review report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/review.py" line="59"/>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/review.py" line="59"/>
        <source>typed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/review.py" line="63"/>
        <source>{unit} ({role}) · {period} · reported {date} ({source})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/review.py" line="68"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/review.py" line="69"/>
        <source>Progress made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/review.py" line="70"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/review.py" line="71"/>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/review.py" line="73"/>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/review.py" line="79"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/review.py" line="84"/>
        <source>Required when returning: what must be corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/review.py" line="93"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/review.py" line="97"/>
        <location filename="../../tracker/ui/dialogs/review.py" line="118"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/review.py" line="100"/>
        <location filename="../../tracker/ui/dialogs/review.py" line="118"/>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/review.py" line="103"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/review.py" line="114"/>
        <source>Say why the report is returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/review.py" line="121"/>
        <source>{what}: {code} {unit} {period}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StructureEditor</name>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="51"/>
        <source>Policy structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="76"/>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="78"/>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="147"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="78"/>
        <source>Short title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="79"/>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="79"/>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="80"/>
        <source>Published in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="80"/>
        <source>Issue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="81"/>
        <source>Publication date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="89"/>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="104"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="106"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="113"/>
        <source>Save policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="125"/>
        <source>New key task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="126"/>
        <source>New measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="127"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="128"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="148"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="152"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="217"/>
        <source>Choose a key task or measure on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="219"/>
        <source>Key task {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="221"/>
        <source>Measure {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="237"/>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="272"/>
        <source>The title cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="244"/>
        <source>Edit policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="249"/>
        <source>New key task (added at the end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="258"/>
        <source>New measure under key task {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="276"/>
        <source>Add key task {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="283"/>
        <source>Add measure {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="290"/>
        <source>Edit {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/structure_editor.py" line="309"/>
        <source>Move {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitsEditor</name>
    <message>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="49"/>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="60"/>
        <source>Show archived units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="65"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="67"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="94"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="97"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="97"/>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="98"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="98"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="107"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="115"/>
        <source>New unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="116"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="117"/>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="190"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="118"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="128"/>
        <source>Other spellings (aliases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="139"/>
        <source>Another spelling of the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="141"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="144"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="189"/>
        <source>Re-activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="210"/>
        <source>Enter the unit&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="214"/>
        <source>Add unit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="223"/>
        <source>Edit unit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="230"/>
        <source>Re-activate unit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="231"/>
        <source>Archive unit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="240"/>
        <source>Delete unit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="252"/>
        <source>Add alias {alias}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="257"/>
        <source>This spelling is already known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_editor.py" line="265"/>
        <source>Remove alias {alias}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitsModel</name>
    <message>
        <location filename="../../tracker/ui/dialogs/units_model.py" line="22"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_model.py" line="22"/>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_model.py" line="22"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_model.py" line="23"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_model.py" line="23"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_model.py" line="23"/>
        <source>Assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_model.py" line="24"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_model.py" line="62"/>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/dialogs/units_model.py" line="62"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueLabels</name>
    <message>
        <location filename="../../tracker/ui/value_labels.py" line="14"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/value_labels.py" line="15"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/value_labels.py" line="16"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/value_labels.py" line="17"/>
        <source>Behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/value_labels.py" line="22"/>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/value_labels.py" line="23"/>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/value_labels.py" line="24"/>
        <source>Supporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/value_labels.py" line="29"/>
        <source>District/county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/value_labels.py" line="30"/>
        <source>Development zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/value_labels.py" line="31"/>
        <source>City department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/value_labels.py" line="32"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/value_labels.py" line="37"/>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/value_labels.py" line="38"/>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/value_labels.py" line="39"/>
        <source>Grey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/value_labels.py" line="40"/>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/value_labels.py" line="45"/>
        <source>Template sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/value_labels.py" line="46"/>
        <source>File received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/value_labels.py" line="47"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/value_labels.py" line="48"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/value_labels.py" line="49"/>
        <source>Wrong file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/value_labels.py" line="50"/>
        <source>Nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/value_labels.py" line="55"/>
        <source>Awaiting review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/value_labels.py" line="56"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../tracker/ui/value_labels.py" line="57"/>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerbRunner</name>
    <message>
        <location filename="../../tracker/ui/verb_runner.py" line="28"/>
        <source>Not possible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
