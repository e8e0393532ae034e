"""Years of use: a second policy beside the first, units renamed, merged and dissolved, items
closed at year end. Each policy's register and letters keep to that policy; closed items and
dissolved units get no templates and no letters; the change log names unit changes; the 通报
gives no 按时报送率 when nothing was due; an empty return is noted and chased."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest

from tests.cli_run import run_cli
from tests.helpers import fresh_ws
from tracker.db.queries import unit_by_name
from tracker.db.receipts import latest_receipts
from tracker.errors import TrackerError
from tracker.services import imports
from tracker.services.assignments import assign, close_assignment
from tracker.services.exports import export_templates
from tracker.services.policies import add_measure, add_task, create_policy
from tracker.services.report_output import write_reminders
from tracker.services.summaries import monthly_summary
from tracker.services.units import add_alias, archive_unit, edit_unit

PERIOD = "2020-01"


def _two_policies(tmp_path):
    ws = fresh_ws(tmp_path)
    units = {n: unit_by_name(ws.db, n)["id"] for n in ("米东区", "达坂城区", "市教育局", "市商务局")}
    m33 = ws.db.execute("SELECT id FROM measure WHERE code = '3.3'").fetchone()[0]
    for name in ("米东区", "达坂城区"):
        assign(ws, m33, units[name], "责任", "2019年6月底前")
    second = create_policy(ws, "关于稳就业促创业的实施意见", short_title="稳就业意见")
    task = add_task(ws, second, "扩大就业容量")
    measure = add_measure(ws, task, "支持返乡创业")
    for name in ("米东区", "市教育局"):
        assign(ws, measure, units[name], "责任", "2020年6月底前")
    return ws, units, second


def _fill(path, text: str) -> None:
    wb = openpyxl.load_workbook(path)
    sheet = wb["填报表"]
    header = next(r for r in range(1, 12) if sheet.cell(r, 1).value == "序号")
    cols = {sheet.cell(header, c).value: c for c in range(1, 20) if sheet.cell(header, c).value}
    for r in range(header + 1, header + 20):
        if str(sheet.cell(r, cols["具体措施"]).value or "")[:1].isdigit():
            sheet.cell(r, cols["完成状态"]).value = "推进中"
            sheet.cell(r, cols["进展情况"]).value = text
    wb.save(path)


def test_another_policys_template_in_the_folder_is_not_registered_here(tmp_path):
    ws, units, second = _two_policies(tmp_path)
    inbox = tmp_path / "收件"
    own = export_templates(ws, 1, PERIOD, inbox, [units["达坂城区"]]).files[0]
    other = export_templates(ws, second, PERIOD, inbox, [units["市教育局"]]).files[0]
    _fill(own, "达坂城区本月进展")
    _fill(other, "市教育局本月进展")
    db = ws.path
    ws.close()
    r = run_cli("--db", str(db), "--policy", "1", "import", "--yes", str(inbox))
    assert r.code == 1 and "另一项政策" in r.err  # refused here, said, and not registered
    ws = fresh_ws(tmp_path)
    here = latest_receipts(ws.db, 1, PERIOD)
    assert units["市教育局"] not in here or here[units["市教育局"]]["state"] == "exported"
    assert units["达坂城区"] in here and here[units["达坂城区"]]["state"] == "imported"
    ws.close()


def test_closed_items_and_dissolved_units_get_no_templates_nor_letters(tmp_path):
    ws, units, _ = _two_policies(tmp_path)
    m = ws.db.execute("SELECT id FROM measure WHERE code = '3.4'").fetchone()[0]
    shop = assign(ws, m, units["市商务局"], "牵头", "2019年6月底前")
    edu = assign(ws, m, units["市教育局"], "责任", "2019年6月底前")
    close_assignment(ws, edu, date(2019, 12, 31))
    archive_unit(ws, units["市商务局"])
    result = export_templates(ws, 1, PERIOD, tmp_path / "out")
    names = " ".join(p.name for p in result.files)
    assert "市商务局" not in names and "市教育局" not in names  # its only item closed
    assert "米东区" in names
    letters = write_reminders(ws, 1, PERIOD, tmp_path / "letters", "docx", date(2020, 2, 10))
    assert not [p for p in letters if "市商务局" in p.name]
    assert any("米东区" in p.name for p in letters)
    assert all("稳就业" in p.name or "双创" in p.name for p in letters)  # two policies: named
    assert shop  # still assigned: its items count until moved or closed
    ws.close()


def test_unit_changes_are_named_in_the_change_log_and_an_alias_clash_names_the_holder(tmp_path):
    ws, units, _ = _two_policies(tmp_path)
    edit_unit(ws, units["市教育局"], name="市教育委员会")
    archive_unit(ws, units["市商务局"])
    summaries = [r[0] for r in ws.db.execute(
        "SELECT summary FROM action WHERE verb = 'edit_unit' ORDER BY id")]
    assert summaries == ["单位更名：市教育局 → 市教育委员会", "停用单位：市商务局"]
    with pytest.raises(TrackerError) as e:
        add_alias(ws, units["米东区"], "市商务局")
    assert "市商务局" in e.value.message() and "停用" in e.value.message()
    ws.close()


def test_the_bulletin_gives_no_on_time_rate_when_nothing_was_due(tmp_path):
    ws, units, _ = _two_policies(tmp_path)
    for aid, in ws.db.execute("SELECT a.id FROM assignment a JOIN measure m ON m.id = "
                              "a.measure_id WHERE m.code = '3.3'").fetchall():
        close_assignment(ws, aid, date(2019, 12, 31))
    text = monthly_summary(ws, 1, PERIOD, unit_id=units["米东区"]).bulletin()
    assert "按时报送率" not in text and "0.0%" not in text
    ws.close()


def test_an_unfilled_template_sent_back_is_noted_and_chased(tmp_path):
    ws, units, _ = _two_policies(tmp_path)
    path = export_templates(ws, 1, PERIOD, tmp_path / "out", [units["米东区"]]).files[0]
    db = ws.path
    ws.close()
    r = run_cli("--db", str(db), "--policy", "1", "import", "--yes", str(path))
    assert r.code == 0 and "没有填报内容" in r.err
    ws = fresh_ws(tmp_path)
    got = latest_receipts(ws.db, 1, PERIOD)[units["米东区"]]
    assert got["state"] == "rejected" and got["note"] == "文件中没有填写任何内容"
    letters = write_reminders(ws, 1, PERIOD, tmp_path / "letters", "docx", date(2020, 2, 10))
    assert any("米东区" in p.name for p in letters)
    assert imports  # the module under test
    ws.close()


def test_cli_hints_where_global_options_go_and_names_the_policy(tmp_path):
    db = str(tmp_path / "t.sqlite")
    assert run_cli("--db", db, "init").code == 0
    r = run_cli("--db", db, "export-templates", "--period", PERIOD, "--out", str(tmp_path),
                "--policy", "1")
    assert r.code == 2 and "要写在命令之前" in r.err
    r = run_cli("--db", db, "history", "--unit", "米东区", "--measure", "9.9")
    assert r.code == 2 and "双创" in r.err and "--policy" in r.err
