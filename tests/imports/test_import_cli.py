"""`tracker import` end to end: the shared fixtures import exactly as their sidecars say; dry
runs write nothing; accepting writes one batch per file; the same content again changes nothing;
undo restores exactly the state before."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.cli_run import run_cli
from tests.helpers import snapshot
from tracker.services.workspace import open_workspace

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "returned"
CASES = sorted(p for p in FIXTURES.iterdir() if p.suffix in (".xlsx", ".csv"))


def _strip(text):
    return (text or "").strip(" \t\r\n\u3000\u00a0")


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("seed") / "seed.sqlite"
    assert run_cli("--db", str(path), "init").code == 0
    return path


@pytest.mark.parametrize("path", CASES, ids=[p.name for p in CASES])
def test_fixture_imports_exactly_as_its_sidecar(tmp_path, seed_db, path):
    db = tmp_path / "w.sqlite"
    shutil.copy(seed_db, db)
    expected = json.loads(path.with_name(path.stem + ".expected.json").read_text("utf-8"))
    before = snapshot_of(db)
    r = run_cli("--db", str(db), "import", "--dry-run", "--json", str(path))
    out = json.loads(r.out)
    assert len(out["files"]) == 1
    f = out["files"][0]
    assert f["outcome"] == expected["outcome"], f
    if expected["outcome"] == "error":
        assert r.code == 1 and f["message"] and path.name in f["message"]
        assert f["rows"] == []
    else:
        assert r.code == 0
        got = [(x["unit"], x["measure"], x["status"], _strip(x["progress"]),
                _strip(x["problems"]), _strip(x["next_steps"]), x["sheet"], x["row"])
               for x in f["rows"]]
        want = [(x["unit"], x["measure_code"], x["status"], _strip(x["progress"]),
                 _strip(x["problems"]), _strip(x["next_steps"]),
                 x["sheet"] if path.suffix != ".csv" else None, x["source_row"])
                for x in expected["rows"]]
        assert got == want
        assert f["period"] == expected.get("report_period", f["period"])
        assert "batch_id" in f and f["batch_id"] is None
    assert snapshot_of(db) == before  # a dry run writes nothing, receipts included


def snapshot_of(db: Path) -> dict:
    ws = open_workspace(db, who="t", lock=False, seed=False)
    try:
        snap = snapshot(ws)
        snap[("actions", 0)] = {"n": ws.db.execute("SELECT count(*) FROM action").fetchone()[0]}
        return snap
    finally:
        ws.close()


def test_folder_import_one_bad_file_does_not_block_the_rest(tmp_path, seed_db):
    db = tmp_path / "w.sqlite"
    shutil.copy(seed_db, db)
    folder = tmp_path / "in"
    folder.mkdir()
    for p in CASES:
        shutil.copy(p, folder / p.name)
    (folder / "~$01_lock.xlsx").write_bytes(b"lock")
    (folder / "说明.docx").write_bytes(b"PK")
    r = run_cli("--db", str(db), "import", "--yes", "--create-assignments", "--json", str(folder))
    out = json.loads(r.out)
    assert r.code == 1  # one file had an error
    by_name = {Path(f["path"]).name: f for f in out["files"]}
    assert by_name["05_broken_truncated.xlsx"]["outcome"] == "error"
    assert by_name["说明.docx"]["outcome"] == "skipped" and by_name["说明.docx"]["message"]
    assert "~$01_lock.xlsx" not in by_name or by_name["~$01_lock.xlsx"]["outcome"] == "skipped"
    ok = [f for f in out["files"] if f["outcome"] == "ok"]
    assert len(ok) == 5 and all(isinstance(f["batch_id"], int) for f in ok)
    ws = open_workspace(db, who="t", lock=False)
    assert ws.db.execute("SELECT count(*) FROM import_batch").fetchone()[0] == 5
    assert ws.db.execute("SELECT count(*) FROM report").fetchone()[0] == 18
    receipts = {r[0] for r in ws.db.execute("SELECT state FROM receipt")}
    assert receipts == {"imported"}
    ws.close()
    # the same content again: nothing changes, and it says so
    before = snapshot_of(db)
    r = run_cli("--db", str(db), "import", "--yes", "--json", str(folder))
    out = json.loads(r.out)
    assert all(f["batch_id"] is None for f in out["files"])
    codes = {w["code"] for f in out["files"] for w in f["warnings"]}
    assert "nothing_changes" in codes and "already_imported" in codes
    assert snapshot_of(db) == before


def test_formula_like_text_is_imported_verbatim(tmp_path, seed_db):
    db = tmp_path / "w.sqlite"
    shutil.copy(seed_db, db)
    path = FIXTURES / "06_shuimogou_2019-05_formula-like-text.xlsx"
    r = run_cli("--db", str(db), "import", "--yes", "--create-assignments", str(path))
    assert r.code == 0, r.err
    ws = open_workspace(db, who="t", lock=False)
    texts = [t for row in ws.db.execute("SELECT progress, problems, next_steps FROM report")
             for t in row]
    ws.close()
    expected = json.loads(path.with_name(path.stem + ".expected.json").read_text("utf-8"))
    for row in expected["rows"]:
        for key in ("progress", "problems", "next_steps"):
            assert _strip(row[key]) in texts
    assert any(t.startswith(("=", "+", "-", "@")) for t in texts)


def test_dry_run_on_a_missing_database_creates_nothing(tmp_path):
    """The preview matches against the embedded default, made in a temporary folder: nothing
    appears where --db points, and the temporary folder is gone afterwards."""
    import tempfile

    db = tmp_path / "none.sqlite"
    path = next(p for p in CASES if p.suffix == ".csv")
    before = set(Path(tempfile.gettempdir()).glob("tracker-preview-*"))
    r = run_cli("--db", str(db), "import", "--dry-run", "--json", str(path))
    assert r.code == 0 and json.loads(r.out)["files"][0]["rows"]
    assert not db.exists() and list(tmp_path.iterdir()) == []
    assert set(Path(tempfile.gettempdir()).glob("tracker-preview-*")) == before


def test_yes_on_content_already_there_says_so(tmp_path, seed_db):
    db = tmp_path / "w.sqlite"
    shutil.copy(seed_db, db)
    path = next(p for p in CASES if p.suffix == ".csv")  # its measures are not assigned here
    stuck = run_cli("--db", str(db), "import", "--yes", str(path))
    assert stuck.code == 0 and "已导入" not in stuck.err
    assert "1 个文件没有可以写入的行" in stuck.err and "相同" not in stuck.err
    first = run_cli("--db", str(db), "import", "--yes", "--create-assignments", str(path))
    assert first.code == 0 and "已导入 1 个文件" in first.err
    again = run_cli("--db", str(db), "import", "--yes", str(path))
    assert again.code == 0 and "已导入" not in again.err
    assert f"1 个文件的内容与数据库中已有的相同，未作修改：{path.name}" in again.err
