"""All SQL stays inside tracker/db/ (so a server database can later replace that package alone)."""

from __future__ import annotations

import re
from pathlib import Path

TRACKER = Path(__file__).resolve().parents[2] / "tracker"
SQL = re.compile(r"""["'](?:SELECT|INSERT\s+INTO|UPDATE|DELETE\s+FROM|CREATE\s+TABLE|PRAGMA)\b""")


def test_no_sql_outside_the_db_package():
    offenders = []
    for path in TRACKER.rglob("*.py"):
        if path.relative_to(TRACKER).parts[0] == "db":
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if SQL.search(line):
                offenders.append(f"{path.relative_to(TRACKER.parent)}:{n}: {line.strip()}")
    assert not offenders, "\n".join(offenders)


def test_the_program_never_imports_the_bench():
    """PyInstaller packs every tracker module and what it imports, even inside a function: no
    tracker module may reach into bench/ (its filters for the window's queries live there)."""
    importers = {str(path.relative_to(TRACKER.parent))
                 for path in TRACKER.rglob("*.py")
                 if re.search(r"^\s*(?:from|import)\s+bench\b", path.read_text(encoding="utf-8"),
                              re.MULTILINE)}
    assert not importers, importers
