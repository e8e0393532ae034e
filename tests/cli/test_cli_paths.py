"""`tracker import` takes paths as a Windows console passes them: a wildcard not expanded by the
shell, a quoted folder ending in a backslash that arrives ending in a quote."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.cli_run import run_cli

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "returned"


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "收件 文件夹"
    folder.mkdir()
    shutil.copy(FIXTURES / "01_shuimogou_2019-03_merged-header.xlsx", folder / "a.xlsx")
    shutil.copy(FIXTURES / "04_jinrongban_2019-04_gbk.csv", folder / "b.csv")
    return folder


def _names(out: str) -> list[str]:
    return sorted(Path(f["path"]).name for f in json.loads(out)["files"])


def test_a_wildcard_the_shell_left_is_expanded(tmp_path):
    folder = _folder(tmp_path)
    db = str(tmp_path / "t.sqlite")
    r = run_cli("--db", db, "import", "--dry-run", "--json", str(folder / "*.xlsx"))
    assert r.code == 0, r.err
    assert _names(r.out) == ["a.xlsx"]
    r = run_cli("--db", db, "import", "--dry-run", "--json", str(folder / "*.docx"))
    assert r.code == 2 and "找不到文件或文件夹" in r.err
    assert json.loads(r.out) == {"files": [], "error": {
        "code": "path_missing", "message": r.err.strip()}}


def test_a_folder_ending_in_a_stray_quote_is_the_folder(tmp_path):
    folder = _folder(tmp_path)
    r = run_cli("--db", str(tmp_path / "t.sqlite"), "import", "--dry-run", "--json",
                str(folder) + '"')
    assert r.code == 0, r.err
    assert _names(r.out) == ["a.xlsx", "b.csv"]
