"""Defects found in review, kept fixed: templates exported before a reorder, files that lack
columns or carry unreadable values, returned reports, measures with only the lead done."""

from __future__ import annotations

from datetime import date

from tests.helpers import fresh_ws, template_sheet
from tracker.db.queries import find_report, list_units, measures
from tracker.demo import build_demo
from tracker.services import assignments, imports, policies, reports
from tracker.services.exports import export_templates
from tracker.services.reports import ReportInput
from tracker.services.status import period_counts
from tracker.services.workspace import open_workspace


def _fill(path, values: dict[str, tuple]) -> None:
    wb, sheet, header, cols = template_sheet(path)
    for r in range(header + 1, header + 60):
        cell = str(sheet.cell(r, cols["具体措施"]).value or "")
        code = cell.split(" ")[0]
        if code in values:
            status, pct, text = values[code]
            sheet.cell(r, cols["完成状态"]).value = status
            sheet.cell(r, cols["完成进度(%)"]).value = pct
            sheet.cell(r, cols["进展情况"]).value = text
    wb.save(path)


def test_template_exported_before_a_reorder_lands_on_the_right_measure(tmp_path):
    build_demo(tmp_path / "d.sqlite")
    ws = open_workspace(tmp_path / "d.sqlite", who="t")
    unit = ws.db.execute("SELECT id FROM unit WHERE name = '市财政局'").fetchone()[0]
    path = export_templates(ws, 1, "2019-12", tmp_path / "out", [unit]).files[0]
    m21 = next(m for m in measures(ws.db, 1) if m["code"] == "2.1")
    policies.move_measure(ws, m21["id"], 2)  # 2.1 becomes 2.3; codes renumbered
    assert next(m for m in measures(ws.db, 1) if m["id"] == m21["id"])["code"] == "2.3"
    _fill(path, {"2.1": ("推进中", 70, "财税政策进展")})
    fp = imports.preview_paths(ws, [path]).files[0]
    row = next(r for r in fp.rows if r.parsed.progress == "财税政策进展")
    assert row.parsed.measure_id == m21["id"] and row.parsed.measure == "2.3"
    assert any(w.code == "measure_renumbered" for w in row.all_warnings)
    imports.accept_file(ws, fp)
    a = ws.db.execute("SELECT id FROM assignment WHERE measure_id = ? AND unit_id = ?",
                      [m21["id"], unit]).fetchone()[0]
    assert find_report(ws.db, a, "2019-12")["progress"] == "财税政策进展"
    ws.close()


def _one_assignment(ws):
    m = measures(ws.db, 1)[0]
    u = next(u for u in list_units(ws.db) if u["name"] == "天山区")
    a = assignments.assign(ws, m["id"], u["id"], "责任", "2019年12月底前")
    reports.record_report(ws, a, "2019-12", ReportInput(
        status="已完成", percent=100, progress="已全部完成", problems="无", next_steps="巩固"))
    return a


def test_missing_columns_and_unreadable_values_keep_existing_data(tmp_path):
    ws = fresh_ws(tmp_path)
    a = _one_assignment(ws)
    csv = tmp_path / "天山区_2019年12月.csv"
    csv.write_text("填报单位：天山区\n措施编号,具体措施,进展情况,完成状态,完成进度\n"
                   "1.1,简政放权释放创新创业活力,补充了新的进展,正在弄,约60%\n",
                   encoding="utf-8-sig")
    fp = imports.preview_paths(ws, [csv], "2019-12").files[0]
    assert fp.outcome == "ok", fp.parsed.message
    pr = fp.rows[0]
    assert pr.new["status"] == "已完成" and pr.new["percent"] == 100  # unreadable: kept
    assert pr.new["problems"] == "无" and pr.new["next_steps"] == "巩固"  # no column: kept
    assert pr.new["progress"] == "补充了新的进展"
    assert "正在弄" in pr.new["extra"] and "约60%" in pr.new["extra"]  # the unit's words kept
    imports.accept_file(ws, fp)
    r = find_report(ws.db, a, "2019-12")
    assert (r["status"], r["percent"], r["problems"]) == ("已完成", 100, "无")
    ws.close()


def test_emptied_fields_are_announced(tmp_path):
    ws = fresh_ws(tmp_path)
    _one_assignment(ws)
    csv = tmp_path / "天山区_2019年12月.csv"
    csv.write_text("填报单位：天山区\n措施编号,具体措施,完成状态,进展情况,存在问题,下步计划\n"
                   "1.1,简政放权释放创新创业活力,推进中,新进展,,\n", encoding="utf-8-sig")
    fp = imports.preview_paths(ws, [csv], "2019-12").files[0]
    warns = [w for w in fp.rows[0].all_warnings if w.code == "fields_cleared"]
    assert warns and "存在问题" in warns[0].message() and "下步计划" in warns[0].message()
    ws.close()


def test_returned_report_gives_no_status(tmp_path):
    ws = fresh_ws(tmp_path)
    m = measures(ws.db, 1)[0]
    u = next(u for u in list_units(ws.db) if u["name"] == "米东区")
    a = assignments.assign(ws, m["id"], u["id"], "牵头", "2019年6月底前")
    reports.record_report(ws, a, "2019-06", ReportInput(status="推进中", percent=40,
                                                        reported_date=date(2019, 7, 2)))
    rid = reports.record_report(ws, a, "2019-07", ReportInput(
        status="已完成", percent=100, reported_date=date(2019, 8, 2)))
    before = period_counts(ws, 1, "2019-07")
    assert before.total.by_status["已完成"] == 1 and before.total.overdue == 0
    reports.review_report(ws, rid, False, "没有佐证材料")
    after = period_counts(ws, 1, "2019-07")
    assert after.total.by_status["已完成"] == 0 and after.total.by_status["推进中"] == 1
    assert after.total.overdue == 1 and after.total.not_reported == 1
    ws.close()


def test_measure_with_only_the_lead_done_is_not_done(tmp_path):
    ws = fresh_ws(tmp_path)
    m = measures(ws.db, 1)[0]
    units = {u["name"]: u["id"] for u in list_units(ws.db)}
    lead = assignments.assign(ws, m["id"], units["市市场监管局"], "牵头", "长期坚持")
    other = assignments.assign(ws, m["id"], units["天山区"], "责任", "长期坚持")
    reports.record_report(ws, lead, "2019-06", ReportInput(status="已完成", percent=100))
    reports.record_report(ws, other, "2019-06", ReportInput(status="推进中", percent=50))
    c = period_counts(ws, 1, "2019-06")
    assert c.measures["all"].by_status["已完成"] == 0
    assert c.measures["all"].by_status["推进中"] == 1
    ws.close()


def test_a_report_for_a_month_before_the_assignment_starts_is_warned_about(tmp_path):
    ws = fresh_ws(tmp_path)
    m = measures(ws.db, 1)[0]
    u = next(u for u in list_units(ws.db) if u["name"] == "天山区")
    assignments.assign(ws, m["id"], u["id"], "责任", "2019年12月底前", start_date=date(2019, 9, 1))
    csv = tmp_path / "天山区_2019年.csv"
    csv.write_text("填报单位：天山区\n措施编号,具体措施,完成状态,进展情况\n"
                   "1.1,简政放权释放创新创业活力,推进中,已启动\n", encoding="utf-8-sig")
    early, due = (imports.preview_paths(ws, [csv], p).files[0] for p in ("2019-08", "2019-09"))
    [warn] = [w for w in early.rows[0].all_warnings if w.code == "period_before_start"]
    assert "2019年8月" in warn.message() and "2019年9月1日" in warn.message()
    assert not [w for w in due.rows[0].all_warnings if w.code == "period_before_start"]
    ws.close()


def test_a_changed_action_alone_updates_the_assignment_and_writes_no_report(tmp_path):
    """Only 本单位具体举措 retyped for one measure: the new text is applied to the assignment,
    no report is written, the measure is still listed as not filled and stays 未报送."""
    build_demo(tmp_path / "d.sqlite")
    ws = open_workspace(tmp_path / "d.sqlite", who="t")
    unit = ws.db.execute("SELECT id FROM unit WHERE name = '市财政局'").fetchone()[0]
    path = export_templates(ws, 1, "2019-12", tmp_path / "out", [unit]).files[0]
    wb, sheet, header, cols = template_sheet(path)
    rows = [r for r in range(header + 1, header + 60)
            if str(sheet.cell(r, cols["具体措施"]).value or "")[:1].isdigit()]
    first, second = rows[:2]
    code_two = str(sheet.cell(second, cols["具体措施"]).value).split(" ")[0]
    sheet.cell(first, cols["完成状态"]).value = "推进中"
    sheet.cell(first, cols["进展情况"]).value = "正常推进"
    sheet.cell(second, cols["本单位具体举措"]).value = "新的具体举措：设立专项资金"
    wb.save(path)
    fp = imports.preview_paths(ws, [path]).files[0]
    action_row = next(r for r in fp.rows if r.parsed.measure == code_two)
    assert not action_row.parsed.reported and action_row.change == "update"
    assert action_row.action_text_change[1] == "新的具体举措：设立专项资金"
    assert code_two in next(w for w in fp.all_warnings if w.code == "not_filled").message()
    # the terminal preview and --json say what will change
    from tracker.cli.import_text import preview_text

    text = preview_text(imports.ImportPreview([fp]))
    assert f"{code_two}（1.00）　未填报进展　更新" in text
    assert "的本单位具体举措将改为“新的具体举措：设立专项资金”" in text
    row = next(r for r in fp.to_json_dict()["rows"] if r["measure"] == code_two)
    assert row["action_text"]["new"] == "新的具体举措：设立专项资金" and row["action_text"]["old"]
    imports.accept_file(ws, fp)
    a = ws.db.execute("SELECT a.id, a.action_text FROM assignment a JOIN measure m "
                      "ON m.id = a.measure_id WHERE a.unit_id = ? AND m.code = ? AND m.task_id "
                      "IN (SELECT id FROM task WHERE policy_id = 1)", [unit, code_two]).fetchone()
    assert a[1] == "新的具体举措：设立专项资金"
    assert find_report(ws.db, a[0], "2019-12") is None
    written = ws.db.execute("SELECT count(*) FROM report WHERE batch_id = ?",
                            [fp.batch_id]).fetchone()[0]
    assert written == 1  # only the measure really reported
    ws.close()
