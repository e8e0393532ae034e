"""Several files in one import: each is written against the database as the files before it
left it (not as it was at the preview), the same file twice or two templates of one unit and
month are pointed out, and a stray file of another month among a month's returns is flagged."""

from __future__ import annotations

import shutil

from tests.helpers import fresh_ws, template_sheet
from tracker.db.queries import find_report, list_units, measures
from tracker.services import assignments, imports


def _assign(ws, unit_name="天山区"):
    m = measures(ws.db, 1)[0]
    u = next(u for u in list_units(ws.db) if u["name"] == unit_name)
    return assignments.assign(ws, m["id"], u["id"], "责任", "2019年12月底前")


def _csv(path, header, row, unit="天山区"):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"填报单位：{unit}\n{header}\n{row}\n", encoding="utf-8-sig")
    return path


def test_a_later_file_keeps_what_an_earlier_one_wrote_for_fields_it_lacks(tmp_path):
    ws = fresh_ws(tmp_path)
    a = _assign(ws)
    folder = tmp_path / "12月"
    _csv(folder / "1_天山区.csv", "措施编号,完成状态,进展情况,存在问题,下步计划",
         "1.1,推进中,进展-文件1,问题-文件1,计划-文件1")
    _csv(folder / "2_天山区补充.csv", "措施编号,完成状态,进展情况", "1.1,推进中,进展-文件2")
    pv = imports.preview_paths(ws, [folder], "2019-12")
    batches = [imports.accept_file(ws, fp) for fp in pv.files]
    r = find_report(ws.db, a, "2019-12")
    assert (r["progress"], r["problems"], r["next_steps"]) == ("进展-文件2", "问题-文件1", "计划-文件1")
    assert all(batches)
    # the same two files one after the other give the same report
    ws2 = fresh_ws(tmp_path, "two.sqlite")
    a2 = _assign(ws2)
    for f in sorted(folder.iterdir()):
        imports.accept_file(ws2, imports.preview_paths(ws2, [f], "2019-12").files[0])
    r2 = find_report(ws2.db, a2, "2019-12")
    assert {k: r2[k] for k in imports.CONTENT} == {k: r[k] for k in imports.CONTENT}
    ws.close()
    ws2.close()


def test_the_same_file_twice_in_a_folder_is_written_once_and_said(tmp_path):
    ws = fresh_ws(tmp_path)
    a = _assign(ws)
    folder = tmp_path / "12月"
    first = _csv(folder / "x1.csv", "措施编号,完成状态,进展情况", "1.1,推进中,同一份")
    shutil.copy(first, folder / "x2.csv")
    pv = imports.preview_paths(ws, [folder], "2019-12")
    one, two = pv.files
    assert [w.code for w in two.all_warnings if w.code in imports.WRONG_FILE] == ["same_file_twice"]
    assert "x1.csv" in next(w for w in two.all_warnings if w.code == "same_file_twice").message()
    assert not imports.looks_wrong(one) and imports.looks_wrong(two)
    assert imports.accept_file(ws, one) is not None
    assert imports.accept_file(ws, two) is None  # the CLI's --yes writes both: nothing changes
    assert two.result == "unchanged" and any(w.code == "nothing_changes" for w in two.warnings)
    assert ws.db.execute("SELECT count(*) FROM import_batch").fetchone()[0] == 1
    assert find_report(ws.db, a, "2019-12")["progress"] == "同一份"
    ws.close()


def test_a_month_few_files_have_is_flagged_when_no_period_is_given(tmp_path):
    ws = fresh_ws(tmp_path)
    folder = tmp_path / "11月"
    for i, unit in enumerate(("天山区", "沙依巴克区", "新市区(高新区)")):
        _assign(ws, unit)
        _csv(folder / f"{i}_{unit}_2019年11月.csv", "措施编号,完成状态,进展情况",
             "1.1,推进中,十一月进展", unit)
    _assign(ws, "水磨沟区")
    _csv(folder / "9_水磨沟区_2019年3月.csv", "措施编号,完成状态,进展情况", "1.1,推进中,三月", "水磨沟区")
    pv = imports.preview_paths(ws, [folder])
    flagged = [fp for fp in pv.files if imports.looks_wrong(fp)]
    assert [fp.parsed.period for fp in flagged] == ["2019-03"]
    text = next(w for w in flagged[0].all_warnings if w.code == "period_differs").message()
    assert "2019年3月" in text and "2019年11月" in text
    # a period given on purpose: the file is compared with it instead (period_mismatch)
    pv = imports.preview_paths(ws, [folder], "2019-11")
    assert not any(w.code == "period_differs" for fp in pv.files for w in fp.all_warnings)
    ws.close()


def test_two_templates_of_one_unit_and_month_are_pointed_out(tmp_path):

    from tracker.demo import build_demo
    from tracker.services.exports import export_templates
    from tracker.services.workspace import open_workspace

    build_demo(tmp_path / "d.sqlite")
    ws = open_workspace(tmp_path / "d.sqlite", who="t")
    unit = ws.db.execute("SELECT id FROM unit WHERE name = '市财政局'").fetchone()[0]
    path = export_templates(ws, 1, "2019-12", tmp_path / "out", [unit]).files[0]
    wb, sheet, header, cols = template_sheet(path)
    sheet.cell(header + 1, cols["完成状态"]).value = "推进中"
    sheet.cell(header + 1, cols["进展情况"]).value = "模板进展"
    wb.save(path)
    wb.properties.title = "另存一份"  # the same content re-saved: another sha256
    copy = path.with_name("再存一份.xlsx")
    wb.save(copy)
    one, two = imports.preview_paths(ws, [path, copy]).files
    assert one.parsed.sha256 != two.parsed.sha256
    assert [w.code for w in two.all_warnings if w.code in imports.WRONG_FILE] == ["template_twice"]
    assert imports.accept_file(ws, one) and imports.accept_file(ws, two) is None
    ws.close()


def test_an_assignment_and_report_made_after_the_preview_are_respected(tmp_path):
    """The preview found no assignment; meanwhile someone assigned the measure and typed a
    report. Accepting with 创建缺少的分解任务 updates that report, keeping what the file lacks."""
    from tracker.services import reports
    from tracker.services.reports import ReportInput

    ws = fresh_ws(tmp_path)
    f = _csv(tmp_path / "天山区.csv", "措施编号,完成状态,进展情况", "1.1,推进中,文件里的进展")
    fp = imports.preview_paths(ws, [f], "2019-12").files[0]
    assert fp.rows[0].change == "unassigned"
    a = _assign(ws)
    reports.record_report(ws, a, "2019-12", ReportInput(status="滞后", progress="电话报的",
                                                        problems="电话里说的问题"))
    assert imports.accept_file(ws, fp, create_assignments=True)
    r = find_report(ws.db, a, "2019-12")
    assert (r["status"], r["progress"], r["problems"]) == ("推进中", "文件里的进展", "电话里说的问题")
    ws.close()
