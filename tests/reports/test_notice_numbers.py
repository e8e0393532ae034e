"""催办通知单 numbers: a notice keeps its number (year, policy, period, unit) whatever the format
or the program that writes it again; new numbers continue within the issue year; each new
number is one logged settings write. On copies of the demo database."""

from __future__ import annotations

import re
import shutil
from datetime import date

import pytest

from tests.helpers import diff, logged_changes, max_change_id, snapshot
from tracker.db.actions import write_action
from tracker.db.queries import list_units
from tracker.services.report_output import reminder_documents, write_reminders
from tracker.services.settings import (
    last_notice_number,
    notice_key,
    notice_numbers,
    use_notice_numbers,
)
from tracker.services.workspace import open_workspace

ISSUED = date(2019, 12, 10)
PERIOD = "2019-11"


@pytest.fixture
def ws(demo, tmp_path):
    """A writable copy (the numbers are stored in the database)."""
    path = tmp_path / "copy.sqlite"
    shutil.copy(demo, path)
    w = open_workspace(path, who="测试员", program="pytest")
    yield w
    w.close()


def _numbers(docs) -> dict[str, int]:
    """{unit as in the file name: number} of previewed notices."""
    from tracker.excel.template import safe_name_part

    return {safe_name_part(unit): int(re.search(r"〔\d{4}〕第(\d+)号", d.subtitle).group(1))
            for unit, d in docs}


def _file_numbers(files) -> dict[str, int]:
    """{unit: number} read back from written notices (PDF through pdftotext, Word by
    python-docx)."""
    out = {}
    for f in files:
        unit = f.stem.split("_")[1]
        if f.suffix == ".pdf":
            from .conftest import pdf_text

            text = pdf_text(f)
        else:
            from docx import Document as WordDocument

            text = "\n".join(p.text for p in WordDocument(str(f)).paragraphs)
        out[unit] = int(re.search(r"〔2019〕第(\d+)号", text).group(1))
    return out


def _unit_ids(ws) -> dict[str, int]:
    from tracker.excel.template import safe_name_part

    return {safe_name_part(u["name"]): u["id"] for u in list_units(ws.db)}


def _number_actions(ws) -> int:
    return ws.db.execute("SELECT count(*) FROM action WHERE verb = 'notice_numbers'").fetchone()[0]


def test_regenerated_notices_keep_their_numbers(ws, tmp_path):
    preview = _numbers(reminder_documents(ws, 1, PERIOD, issued=ISSUED))
    n = len(preview)
    assert n >= 3 and sorted(preview.values()) == list(range(1, n + 1))
    assert last_notice_number(ws, 2019) == 0  # a preview records nothing
    pdfs = write_reminders(ws, 1, PERIOD, tmp_path / "pdf", "pdf", issued=ISSUED)
    assert _file_numbers(pdfs) == preview
    assert last_notice_number(ws, 2019) == n and _number_actions(ws) == 1
    # again, as Word, and again as PDF: the same numbers, nothing new recorded
    docx = write_reminders(ws, 1, PERIOD, tmp_path / "docx", "docx", issued=ISSUED)
    assert _file_numbers(docx) == preview
    again = write_reminders(ws, 1, PERIOD, tmp_path / "pdf2", "pdf", issued=ISSUED)
    assert _file_numbers(again) == preview
    assert _numbers(reminder_documents(ws, 1, PERIOD, issued=ISSUED)) == preview
    assert last_notice_number(ws, 2019) == n and _number_actions(ws) == 1
    # another period's notices are other notices: the numbers continue
    other = _numbers(reminder_documents(ws, 1, "2019-10", issued=ISSUED))
    assert sorted(other.values()) == list(range(n + 1, n + 1 + len(other)))
    # a new issue year starts at 1
    assert sorted(_numbers(reminder_documents(ws, 1, PERIOD, issued=date(2020, 1, 3))).values()
                  ) == list(range(1, n + 1))


def test_a_unit_lagging_later_gets_the_next_free_number(ws, tmp_path):
    preview = _numbers(reminder_documents(ws, 1, PERIOD, issued=ISSUED))
    units = list(preview)
    ids = _unit_ids(ws)
    # an earlier run, when only the first and the last unit lagged
    early = use_notice_numbers(ws, 2019, 1, PERIOD, [ids[units[0]], ids[units[-1]]])
    assert early == {ids[units[0]]: 1, ids[units[-1]]: 2}
    files = write_reminders(ws, 1, PERIOD, tmp_path / "a", issued=ISSUED)
    got = _file_numbers(files)
    assert got[units[0]] == 1 and got[units[-1]] == 2  # kept
    # the units newly lagging: the next free numbers, in unit order
    assert [got[u] for u in units[1:-1]] == list(range(3, len(units) + 1))
    assert last_notice_number(ws, 2019) == len(units)


def test_numbers_per_unit_period_policy_and_year(ws):
    ids = list(_unit_ids(ws).values())[:4]
    a, b, c, d = ids
    assert use_notice_numbers(ws, 2019, 1, "2019-06", [a, b]) == {a: 1, b: 2}
    assert use_notice_numbers(ws, 2019, 1, "2019-06", [a, c, b]) == {a: 1, c: 3, b: 2}
    assert use_notice_numbers(ws, 2019, 1, "2019-07", [a]) == {a: 4}
    assert use_notice_numbers(ws, 2019, 2, "2019-06", [a]) == {a: 5}  # another policy
    assert use_notice_numbers(ws, 2020, 1, "2019-12", [d, a]) == {d: 1, a: 2}
    assert notice_numbers(ws, 2019, 1, "2019-06", [d, b]) == {d: 6, b: 2}  # preview only
    assert last_notice_number(ws, 2019) == 5 and last_notice_number(ws, 2020) == 2
    settings = ws.settings()
    assert settings[notice_key(2019, 1, "2019-06", c)] == "3"
    assert settings[notice_key(2020, 1, "2019-12", d)] == "1"


def test_numbering_is_one_logged_settings_write(ws, tmp_path):
    before, since = snapshot(ws), max_change_id(ws)
    files = write_reminders(ws, 1, PERIOD, tmp_path / "a", issued=ISSUED)
    after = snapshot(ws)
    changes = diff(before, after)
    assert changes and logged_changes(ws, since) == changes
    assert {c[0] for c in changes} == {"setting"}
    assert len({k for k in after if k not in before}) == len(files) + 1  # + the year's last
    row = ws.db.execute("SELECT who, verb, summary FROM action ORDER BY id DESC").fetchone()
    assert row[0] == "测试员" and row[1] == "notice_numbers"
    assert row[2] == f"催办通知单编号〔2019〕第1–{len(files)}号（{PERIOD}）"
    # written again: nothing changes, no action
    since = max_change_id(ws)
    write_reminders(ws, 1, PERIOD, tmp_path / "b", "docx", issued=ISSUED)
    assert max_change_id(ws) == since and _number_actions(ws) == 1


def test_numbers_continue_after_an_older_versions_counter(ws):
    """An older version kept only the last number of the year: new notices come after it."""
    with write_action(ws.db, ws.who, "notice_numbers", "旧版编号") as act:
        act.insert("setting", {"key": "notice_last_number_2019", "value": "10"})
    docs = _numbers(reminder_documents(ws, 1, PERIOD, issued=ISSUED))
    assert sorted(docs.values()) == list(range(11, 11 + len(docs)))


@pytest.mark.parametrize("office", ["市“双创”办", "乌鲁木齐市“双创”办", "市“双创”办（示例数据）"])
def test_the_office_is_not_sent_a_notice_from_itself(ws, office):
    from tracker.services.settings import set_settings

    set_settings(ws, office_name="市发改委")  # another office: 市“双创”办 has items to chase
    assert "市“双创”办" in dict(reminder_documents(ws, 1, PERIOD, issued=ISSUED))
    set_settings(ws, office_name=office)  # its name, an alias, the demo's name
    docs = dict(reminder_documents(ws, 1, PERIOD, issued=ISSUED))
    assert "市“双创”办" not in docs and "市发改委" in docs
    assert all(d.issuer_line != unit for unit, d in docs.items())
