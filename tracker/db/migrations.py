"""Numbered schema migrations (sqlite-utils ``Migrations``).

A new database is an empty file with every migration applied, so fresh and upgraded databases
cannot drift. Never edit a released migration: add the next number. Each migration that changes
the schema gets a fixture database under ``tests/fixtures/db/`` (see tests/db/make_fixture.py).
"""

from __future__ import annotations

from typing import Any

from tracker.db.schema_version import MIGRATION_NAMES, MIGRATION_SET


def _import_sqlite_utils_without_numpy() -> None:
    """sqlite-utils imports numpy and pandas when they are installed (for column types we never
    use): about 0.45 s. Load it with both hidden, unless something already loaded them."""
    import sys

    if "sqlite_utils" in sys.modules:
        return
    hidden = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # makes `import` raise ImportError
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in hidden:
            if sys.modules.get(name) is None:
                del sys.modules[name]


_import_sqlite_utils_without_numpy()

from sqlite_utils.migrations import Migrations  # noqa: E402

Database = Any  # the sqlite-utils Database handed to each migration
migrations = Migrations(MIGRATION_SET)

_SCHEMA_0001 = """
CREATE TABLE policy (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    short_title TEXT NOT NULL DEFAULT '',
    doc_number TEXT NOT NULL DEFAULT '',
    issuer TEXT NOT NULL DEFAULT '',
    issue_date TEXT,
    source TEXT NOT NULL DEFAULT '',
    source_date TEXT,
    source_text TEXT NOT NULL DEFAULT '',
    goal_count INTEGER,
    sort_order INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE TABLE goal (
    id INTEGER PRIMARY KEY,
    policy_id INTEGER NOT NULL REFERENCES policy(id),
    seq INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE TABLE task (
    id INTEGER PRIMARY KEY,
    policy_id INTEGER NOT NULL REFERENCES policy(id),
    seq INTEGER NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT ''
);
CREATE TABLE measure (
    id INTEGER PRIMARY KEY,
    task_id INTEGER NOT NULL REFERENCES task(id),
    seq INTEGER NOT NULL,
    code TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT ''
);
CREATE TABLE unit (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    short_name TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT '其他',
    sort_order INTEGER NOT NULL DEFAULT 0,
    contact TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE unit_alias (
    id INTEGER PRIMARY KEY,
    unit_id INTEGER NOT NULL REFERENCES unit(id),
    alias TEXT NOT NULL,
    norm TEXT NOT NULL UNIQUE
);
CREATE TABLE import_batch (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL DEFAULT 'progress',
    file_name TEXT NOT NULL,
    file_path TEXT NOT NULL DEFAULT '',
    sha256 TEXT NOT NULL,
    unit_id INTEGER REFERENCES unit(id),
    policy_id INTEGER REFERENCES policy(id),
    period TEXT,
    at TEXT NOT NULL,
    who TEXT NOT NULL DEFAULT '',
    counts TEXT NOT NULL DEFAULT '{}',
    undone_at TEXT
);
CREATE TABLE assignment (
    id INTEGER PRIMARY KEY,
    measure_id INTEGER NOT NULL REFERENCES measure(id),
    unit_id INTEGER NOT NULL REFERENCES unit(id),
    role TEXT NOT NULL,
    action_text TEXT NOT NULL DEFAULT '',
    start_date TEXT,
    deadline_text TEXT NOT NULL DEFAULT '',
    deadline_kind TEXT NOT NULL DEFAULT 'none',
    deadline_date TEXT,
    original_deadline_text TEXT,
    original_deadline_date TEXT,
    closed_date TEXT,
    created_at TEXT NOT NULL,
    UNIQUE (measure_id, unit_id)
);
CREATE TABLE extension (
    id INTEGER PRIMARY KEY,
    assignment_id INTEGER NOT NULL REFERENCES assignment(id),
    old_text TEXT NOT NULL DEFAULT '',
    old_date TEXT,
    new_text TEXT NOT NULL DEFAULT '',
    new_date TEXT,
    reason TEXT NOT NULL DEFAULT '',
    approved_by TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL
);
CREATE TABLE report (
    id INTEGER PRIMARY KEY,
    assignment_id INTEGER NOT NULL REFERENCES assignment(id),
    period TEXT NOT NULL,
    status TEXT,
    percent INTEGER,
    progress TEXT NOT NULL DEFAULT '',
    problems TEXT NOT NULL DEFAULT '',
    next_steps TEXT NOT NULL DEFAULT '',
    extra TEXT NOT NULL DEFAULT '',
    reported_date TEXT,
    source TEXT NOT NULL DEFAULT 'typed',
    batch_id INTEGER REFERENCES import_batch(id),
    review_state TEXT NOT NULL DEFAULT '待审核',
    review_note TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    UNIQUE (assignment_id, period)
);
CREATE TABLE receipt (
    id INTEGER PRIMARY KEY,
    unit_id INTEGER NOT NULL REFERENCES unit(id),
    policy_id INTEGER NOT NULL REFERENCES policy(id),
    period TEXT NOT NULL,
    state TEXT NOT NULL,
    file_name TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    batch_id INTEGER REFERENCES import_batch(id),
    at TEXT NOT NULL
);
CREATE TABLE action (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    who TEXT NOT NULL DEFAULT '',
    verb TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    batch_id INTEGER REFERENCES import_batch(id),
    undo_of INTEGER REFERENCES action(id)
);
CREATE TABLE change_log (
    id INTEGER PRIMARY KEY,
    action_id INTEGER NOT NULL REFERENCES action(id),
    at TEXT NOT NULL,
    who TEXT NOT NULL DEFAULT '',
    table_name TEXT NOT NULL,
    row_id INTEGER NOT NULL,
    op TEXT NOT NULL,
    field TEXT NOT NULL,
    old TEXT,
    new TEXT,
    batch_id INTEGER REFERENCES import_batch(id)
);
CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""

_INDEXES_0002 = """
CREATE INDEX idx_task_policy ON task(policy_id, seq);
CREATE INDEX idx_measure_task ON measure(task_id, seq);
CREATE INDEX idx_assignment_unit ON assignment(unit_id);
CREATE INDEX idx_report_period ON report(period, assignment_id);
CREATE INDEX idx_report_batch ON report(batch_id);
CREATE INDEX idx_change_log_row ON change_log(table_name, row_id);
CREATE INDEX idx_change_log_action ON change_log(action_id);
CREATE INDEX idx_receipt_period ON receipt(policy_id, period, unit_id);
CREATE INDEX idx_import_batch_sha ON import_batch(sha256);
"""


def _run_script(db: Database, script: str) -> None:
    # executescript() would COMMIT the migration's transaction; run statement by statement.
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


@migrations(name="0001_initial")
def m0001_initial(db: Database) -> None:
    _run_script(db, _SCHEMA_0001)


@migrations(name="0002_indexes")
def m0002_indexes(db: Database) -> None:
    _run_script(db, _INDEXES_0002)


def registered_names() -> list[str]:
    return [m.name for m in migrations._migrations]


if tuple(registered_names()) != MIGRATION_NAMES:  # pragma: no cover - a developer's slip
    raise RuntimeError("tracker.db.schema_version.MIGRATION_NAMES must list every migration")


def apply_pending(conn: Any) -> None:
    """Apply pending migrations through sqlite-utils on this connection."""
    from sqlite_utils import Database as SqliteUtilsDatabase

    migrations.apply(SqliteUtilsDatabase(conn))
