"""留痕 on the command line: `tracker imports` lists the batches, `tracker undo-import N` undoes
one (refused for an unknown number), `tracker history --unit --measure` prints who changed what
and when, the import and its undo included; `tracker history` alone lists recent actions."""

from __future__ import annotations

from pathlib import Path

from tests.cli_run import run_cli
from tests.helpers import fresh_ws
from tracker.services.assignments import assign

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "returned"


def test_imports_undo_import_and_history(tmp_path):
    db = str(tmp_path / "t.sqlite")
    ws = fresh_ws(tmp_path)
    measure = ws.db.execute("SELECT id FROM measure WHERE code = '2.4'").fetchone()[0]
    unit = ws.db.execute("SELECT id FROM unit WHERE name = '市金融办'").fetchone()[0]
    assign(ws, measure, unit, "牵头", "2019年底前")
    ws.close()
    csv = next(FIXTURES.glob("*.csv"))  # 市金融办's April return, 2.4 among its rows
    r = run_cli("--db", db, "import", "--yes", str(csv))
    assert r.code == 0 and "已导入 1 个文件" in r.err, r.err
    r = run_cli("--db", db, "imports")
    [line] = r.out.splitlines()
    assert line.startswith("批次 1　") and csv.name in line and "市金融办" in line
    assert "报送" in line and "新增" in line and "撤销" not in line
    r = run_cli("--db", db, "history", "--unit", "sjrb", "--measure", "2.4")  # pinyin
    assert r.code == 0, r.err
    lines = r.out.splitlines()
    assert lines[0].startswith("市金融办　2.4 ")
    assert any(f"导入：{csv.name}" in x and "推进中" in x and "1069件" in x for x in lines[1:])
    assert run_cli("--db", db, "undo-import", "7").code == 1  # no such batch
    r = run_cli("--db", db, "undo-import", "1")
    assert r.code == 0 and "已撤销批次 1" in r.err
    assert "撤销" in run_cli("--db", db, "imports").out
    again = run_cli("--db", db, "undo-import", "1")
    assert again.code == 1 and "已" in again.err
    r = run_cli("--db", db, "history", "--unit", "市金融办", "--measure", "2.4")
    assert "撤销：导入" in r.out.splitlines()[-1]
    recent = run_cli("--db", db, "history", "--limit", "2").out.splitlines()
    assert len(recent) == 2 and "撤销：导入" in recent[0]
    assert run_cli("--db", db, "history", "--unit", "市金融办").code == 2
    assert run_cli("--db", db, "history", "--unit", "市金融办", "--measure", "9.9").code == 2
