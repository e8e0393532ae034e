"""Found walking through the office's month (June 2019 returns): a department's template with a
sheet added per district it leads, a department's summary arriving after the districts' own
returns, a Word report in the returns folder, and the reminder letter's wording."""

from __future__ import annotations

from pathlib import Path

from tests.cli_run import run_cli
from tests.helpers import fresh_ws, template_sheet
from tracker.db.queries import find_report, measures, unit_by_name
from tracker.services import assignments, imports
from tracker.services.exports import export_templates
from tracker.services.reports import ReportInput, record_report

PERIOD = "2019-06"


def _setup(tmp_path: Path):
    """Measure 3.3 led by 市人社局 with 达坂城区 and 乌鲁木齐县 responsible; 3.4 for 市人社局."""
    ws = fresh_ws(tmp_path)
    ms = {m["code"]: m["id"] for m in measures(ws.db, 1)}
    units = {n: unit_by_name(ws.db, n)["id"] for n in ("市人社局", "达坂城区", "乌鲁木齐县")}
    a = {"人社33": assignments.assign(ws, ms["3.3"], units["市人社局"], "牵头", "2019年12月底前"),
         "人社34": assignments.assign(ws, ms["3.4"], units["市人社局"], "牵头", "2019年12月底前"),
         "达坂城": assignments.assign(ws, ms["3.3"], units["达坂城区"], "责任", "2019年12月底前"),
         "乌县": assignments.assign(ws, ms["3.3"], units["乌鲁木齐县"], "责任", "2019年12月底前")}
    return ws, units, a


def _fill(path: Path, status: str, pct: int, text: str) -> None:
    wb, sheet, header, cols = template_sheet(path)
    for r in range(header + 1, header + 30):
        if str(sheet.cell(r, cols["具体措施"]).value or "")[:1].isdigit():
            sheet.cell(r, cols["完成状态"]).value = status
            sheet.cell(r, cols["完成进度(%)"]).value = pct
            sheet.cell(r, cols["进展情况"]).value = f"{text}{sheet.cell(r, cols['具体措施']).value[:3]}"
    wb.save(path)


def _department_file(ws, units, tmp_path: Path) -> Path:
    """市人社局's own template, filled, plus one sheet per district it collected 3.3 from."""
    path = export_templates(ws, 1, PERIOD, tmp_path / "out", [units["市人社局"]]).files[0]
    _fill(path, "推进中", 60, "人社局本级")
    wb, *_ = template_sheet(path)
    for name, pct in (("达坂城区", 100), ("乌鲁木齐县", 50)):
        s = wb.create_sheet(name)
        s.append([f"{name}健全农民工返乡创业服务体系推进情况（2019年6月）"])
        s.append([f"填报单位：{name}"])
        s.append(["序号", "具体措施", "完成状态", "完成进度(%)", "进展情况", "存在问题", "下步计划"])
        s.append([1, "3.3 健全农民工返乡创业服务体系", "已完成" if pct == 100 else "推进中", pct,
                  f"（人社局汇总）{name}扶持返乡创业", "无", "继续推进"])
    target = tmp_path / "市人社局（含各区县3.3）6月.xlsx"
    wb.save(target)
    return target


def test_sheets_added_to_a_template_for_other_units_are_theirs(tmp_path):
    ws, units, a = _setup(tmp_path)
    fp = imports.preview_paths(ws, [_department_file(ws, units, tmp_path)], PERIOD).files[0]
    assert fp.outcome == "ok", fp.parsed.message
    got = {(r.parsed.sheet, r.parsed.unit, r.parsed.measure, r.parsed.percent) for r in fp.rows}
    assert got == {("填报表", "市人社局", "3.3", 60), ("填报表", "市人社局", "3.4", 60),
                   ("达坂城区", "达坂城区", "3.3", 100), ("乌鲁木齐县", "乌鲁木齐县", "3.3", 50)}
    codes = {w.code for w in fp.all_warnings}
    assert "template_other_unit" not in codes and not imports.looks_wrong(fp)  # not a wrong file
    assert "not_filled" not in codes  # the template's own rows are all there
    assert all(r.include and r.change == "new" for r in fp.rows)
    imports.accept_file(ws, fp)
    assert find_report(ws.db, a["达坂城"], PERIOD)["percent"] == 100
    assert find_report(ws.db, a["人社33"], PERIOD)["percent"] == 60
    ws.close()


def test_a_template_whose_only_sheet_names_another_unit_is_still_flagged(tmp_path):
    ws, units, _ = _setup(tmp_path)
    path = export_templates(ws, 1, PERIOD, tmp_path / "out", [units["市人社局"]]).files[0]
    _fill(path, "推进中", 60, "写错单位")
    wb, sheet, header, _ = template_sheet(path)
    line = next(r for r in range(1, header) if str(sheet.cell(r, 1).value or "").startswith("填报单位"))
    sheet.cell(line, 1).value = "填报单位：达坂城区"
    wb.save(path)
    fp = imports.preview_paths(ws, [path], PERIOD).files[0]
    assert any(w.code == "template_other_unit" for w in fp.all_warnings)
    assert {r.parsed.unit for r in fp.rows} == {"市人社局"}
    ws.close()


def test_a_summary_by_another_unit_does_not_replace_a_units_own_report(tmp_path):
    ws, units, a = _setup(tmp_path)
    own = export_templates(ws, 1, PERIOD, tmp_path / "own", [units["达坂城区"]]).files[0]
    _fill(own, "推进中", 40, "达坂城区自报")
    imports.accept_file(ws, imports.preview_paths(ws, [own], PERIOD).files[0])
    record_report(ws, a["乌县"], PERIOD, ReportInput(status="推进中", percent=45,
                                                     progress="电话报来的进展"))
    fp = imports.preview_paths(ws, [_department_file(ws, units, tmp_path)], PERIOD).files[0]
    rows = {r.parsed.unit: r for r in fp.rows if r.parsed.measure == "3.3"}
    for unit, source in (("达坂城区", own.name), ("乌鲁木齐县", "录入")):
        row = rows[unit]
        assert row.change == "update" and not row.include
        kept = next(w for w in row.all_warnings if w.code == "own_report_kept")
        assert source in kept.message() and "默认不导入" in kept.message()
    assert rows["市人社局"].include  # the department's own row is its own report
    imports.accept_file(ws, fp)
    assert find_report(ws.db, a["达坂城"], PERIOD)["progress"].startswith("达坂城区自报")
    assert find_report(ws.db, a["乌县"], PERIOD)["progress"] == "电话报来的进展"
    assert find_report(ws.db, a["人社33"], PERIOD)["percent"] == 60
    ws.close()


def test_a_later_summary_may_replace_what_an_earlier_summary_wrote(tmp_path):
    ws, units, a = _setup(tmp_path)
    first = _department_file(ws, units, tmp_path)
    imports.accept_file(ws, imports.preview_paths(ws, [first], PERIOD).files[0])
    import openpyxl

    wb = openpyxl.load_workbook(first)
    wb["达坂城区"].cell(4, 4).value = 90
    wb["达坂城区"].cell(4, 3).value = "推进中"
    second = tmp_path / "市人社局（更正）6月.xlsx"
    wb.save(second)
    fp = imports.preview_paths(ws, [second], PERIOD).files[0]
    row = next(r for r in fp.rows if r.parsed.unit == "达坂城区")
    assert row.change == "update" and row.include
    assert not any(w.code == "own_report_kept" for w in row.all_warnings)
    ws.close()


def test_a_word_report_in_the_returns_is_noted_in_the_receipt_register(tmp_path):
    """Material received, to be entered by hand: 收到材料 in the register, and no 催办通知单
    point asking the unit to send it again."""
    ws, units, _ = _setup(tmp_path)
    returns = tmp_path / "returns"
    returns.mkdir()
    path = export_templates(ws, 1, PERIOD, returns, [units["达坂城区"]]).files[0]
    _fill(path, "推进中", 40, "达坂城区")
    (returns / "乌鲁木齐县6月落实情况报告.docx").write_bytes(b"PK\x03\x04 not really a docx")
    db = ws.path
    ws.close()
    r = run_cli("--db", str(db), "import", "--yes", str(returns))
    assert r.code == 0, r.err
    ws = fresh_ws(tmp_path)
    try:
        got = ws.db.execute(
            "SELECT u.name, r.state, r.period, r.file_name, r.note FROM receipt r JOIN unit u "
            "ON u.id = r.unit_id WHERE r.state != 'exported' ORDER BY u.name").fetchall()
        rows = {name: (state, period, file, note) for name, state, period, file, note in got}
        assert rows["乌鲁木齐县"][:3] == ("received", PERIOD, "乌鲁木齐县6月落实情况报告.docx")
        assert rows["乌鲁木齐县"][3] == "Word 文档，需人工录入"
        assert rows["达坂城区"][0] == "imported"
    finally:
        ws.close()


def test_the_reminder_speaks_the_units_language(tmp_path):
    """No "第 21 批" (an office-internal batch number) in what a unit reads; a 未报送 item's
    status is its latest report's, said so."""
    from tracker.excel.messages_zh import WRONG_FILE_REASONS
    from tracker.reports.reminders import _items
    from tracker.reports.summary import Item

    assert not any("批" in text for text in WRONG_FILE_REASONS.values())
    item = Item("3.3", "健全农民工返乡创业服务体系", "达坂城区", "责任", "2019年12月底前", None,
                "推进中", 30, not_reported=True)
    table = _items([item], "未报送事项", status_header="最近报送状态")
    assert [c.title for c in table.columns][-1] == "最近报送状态"
    assert table.rows[0][-1] == "推进中（30%）"


def test_the_command_line_preview_marks_held_rows_and_totals_what_yes_writes(tmp_path):
    ws, units, a = _setup(tmp_path)
    own = export_templates(ws, 1, PERIOD, tmp_path / "own", [units["达坂城区"]]).files[0]
    _fill(own, "推进中", 40, "达坂城区自报")
    imports.accept_file(ws, imports.preview_paths(ws, [own], PERIOD).files[0])
    summary = _department_file(ws, units, tmp_path)
    db = ws.path
    ws.close()
    r = run_cli("--db", str(db), "import", "--period", PERIOD, "--dry-run", str(summary))
    assert r.code == 0, r.err
    held = [line for line in r.err.splitlines() if "（默认不导入）" in line]
    assert len(held) == 1 and "达坂城区" in held[0] and "更新" in held[0]
    assert "合计：1 个文件，可写入其中 1 个文件的 3 行。" in r.err  # 人社局 ×2, 乌鲁木齐县
    r = run_cli("--db", str(db), "import", "--period", PERIOD, "--yes", str(summary))
    assert r.code == 0, r.err
    ws = fresh_ws(tmp_path)
    try:
        assert find_report(ws.db, a["达坂城"], PERIOD)["progress"].startswith("达坂城区自报")
        assert find_report(ws.db, a["乌县"], PERIOD)["percent"] == 50
    finally:
        ws.close()


def test_an_unreadable_file_named_for_a_unit_is_noted_for_the_month_given(tmp_path):
    ws, units, _ = _setup(tmp_path)
    inbox = tmp_path / "in"
    inbox.mkdir()
    good = export_templates(ws, 1, PERIOD, tmp_path / "tpl", [units["达坂城区"]]).files[0]
    (inbox / "达坂城区.xlsx").write_bytes(good.read_bytes()[:3000])  # attachment cut short
    (inbox / "乌鲁木齐县.xlsx").write_text("x", encoding="utf-8")  # not a workbook at all
    db = ws.path
    ws.close()
    r = run_cli("--db", str(db), "import", "--period", PERIOD, "--yes", str(inbox))
    assert r.code == 1, r.err  # files with errors
    ws = fresh_ws(tmp_path)
    try:
        got = {name: (state, period) for name, state, period in ws.db.execute(
            "SELECT u.name, r.state, r.period FROM receipt r JOIN unit u ON u.id = r.unit_id "
            "WHERE r.state != 'exported'")}
        assert got == {"达坂城区": ("rejected", PERIOD), "乌鲁木齐县": ("rejected", PERIOD)}
    finally:
        ws.close()


def test_a_file_without_its_date_imported_after_the_due_day_says_it_counts_late(tmp_path):
    """No 填报日期: the import day is the reported day (issue 3); imported after the due day,
    the preview says the unit will count as late and how to correct it."""
    ws, units, a = _setup(tmp_path)
    path = export_templates(ws, 1, PERIOD, tmp_path / "tpl", [units["达坂城区"]]).files[0]
    _fill(path, "推进中", 40, "达坂城区")
    fp = imports.preview_paths(ws, [path], PERIOD).files[0]
    said = next(w for w in fp.all_warnings if w.code == "reported_date_assumed")
    assert "2019年7月5日" in said.message() and "迟报" in said.message()
    assert not imports.looks_wrong(fp)  # a note, not a reason to leave the file out
    wb, sheet, header, _ = template_sheet(path)
    for row in sheet.iter_rows(min_row=header + 1):
        for cell in row:
            if cell.value == "填报日期：":
                sheet.cell(cell.row, cell.column + 1).value = "2019年7月3日"
    wb.save(path)
    fp = imports.preview_paths(ws, [path], PERIOD).files[0]
    assert fp.parsed.reported_date is not None
    assert not any(w.code == "reported_date_assumed" for w in fp.all_warnings)
    ws.close()


def test_the_command_line_total_counts_flagged_files_with_include_flagged(tmp_path):
    from tracker.cli.import_text import preview_text

    ws, units, _ = _setup(tmp_path)
    path = export_templates(ws, 1, "2019-05", tmp_path / "tpl", [units["达坂城区"]]).files[0]
    _fill(path, "推进中", 40, "五月的")
    preview = imports.preview_paths(ws, [path], PERIOD)  # May's template given for June
    assert imports.looks_wrong(preview.files[0])
    assert "可写入其中 0 个文件的 0 行；另有 1 个可能发错的文件" in preview_text(preview)
    assert preview_text(preview, include_flagged=True).endswith("可写入其中 1 个文件的 1 行。")
    ws.close()


def test_a_departments_summary_about_one_district_is_the_departments_file(tmp_path):
    """A summary named for 市人社局 whose unit column lists only 达坂城区: the file is the
    department's, so 达坂城区's own report (its own template) is kept, not replaced."""
    import openpyxl

    ws, units, a = _setup(tmp_path)
    own = export_templates(ws, 1, PERIOD, tmp_path / "own", [units["达坂城区"]]).files[0]
    _fill(own, "推进中", 40, "达坂城区自报")
    imports.accept_file(ws, imports.preview_paths(ws, [own], PERIOD).files[0])
    wb = openpyxl.Workbook()
    s = wb.active
    s.append(["市人社局关于返乡创业工作推进情况的汇总（2019年6月）"])
    s.append(["序号", "责任单位", "具体措施", "完成状态", "进展情况", "存在问题", "下步计划"])
    s.append([1, "达坂城区", "健全农民工返乡创业服务体系", "已完成", "（人社局汇总）已完成", "无", "巩固"])
    summary = tmp_path / "市人社局汇总6月.xlsx"
    wb.save(summary)
    fp = imports.preview_paths(ws, [summary], PERIOD).files[0]
    assert fp.outcome == "ok", fp.parsed.message
    assert fp.parsed.unit == "市人社局"
    [row] = fp.rows
    assert row.parsed.unit == "达坂城区" and not row.include
    assert any(w.code == "own_report_kept" for w in row.all_warnings)
    ws.close()
