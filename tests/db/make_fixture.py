"""Build the fixture database for one schema version: rows in every table.

    python -m tests.db.make_fixture 0001_initial tests/fixtures/db/v1-0001_initial.sqlite

Run it once when a migration that changes the schema is added, and commit the file: old
databases are test fixtures, opened and upgraded by the normal path.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from sqlite_utils import Database

from tracker.db.migrations import migrations
from tracker.db.schema_version import migration_names

ROWS = {
    "policy": {"id": 1, "title": "关于测试的若干意见", "short_title": "测试意见", "doc_number": "测发〔2019〕1号",
               "issuer": "某市", "issue_date": "2019-05-01", "source": "某报", "source_date": "2019-05-20",
               "source_text": "全文", "goal_count": 2, "sort_order": 0, "created_at": "2019-05-20T09:00:00"},
    "goal": {"id": 1, "policy_id": 1, "seq": 1, "text": "目标一"},
    "task": {"id": 1, "policy_id": 1, "seq": 1, "title": "任务一", "description": ""},
    "measure": {"id": 1, "task_id": 1, "seq": 1, "code": "1.1", "title": "措施一", "description": "说明"},
    "unit": {"id": 1, "name": "天山区", "short_name": "天山区", "kind": "区县", "sort_order": 1,
             "contact": "张三", "phone": "0991-1", "active": 1},
    "unit_alias": {"id": 1, "unit_id": 1, "alias": "天山区人民政府", "norm": "天山区人民政府"},
    "import_batch": {"id": 1, "kind": "progress", "file_name": "a.xlsx", "file_path": "/x/a.xlsx",
                     "sha256": "ab" * 32, "unit_id": 1, "policy_id": 1, "period": "2019-06",
                     "at": "2019-07-03T10:00:00", "who": "王五", "counts": "{}", "undone_at": None},
    "assignment": {"id": 1, "measure_id": 1, "unit_id": 1, "role": "牵头", "action_text": "举措",
                   "start_date": "2019-05-01", "deadline_text": "2019年6月底前",
                   "deadline_kind": "month_end", "deadline_date": "2019-06-30",
                   "original_deadline_text": None, "original_deadline_date": None,
                   "closed_date": None, "created_at": "2019-05-21T09:00:00"},
    "extension": {"id": 1, "assignment_id": 1, "old_text": "2019年6月底前", "old_date": "2019-06-30",
                  "new_text": "2019年9月底前", "new_date": "2019-09-30", "reason": "原因",
                  "approved_by": "李四", "at": "2019-06-20T09:00:00"},
    "report": {"id": 1, "assignment_id": 1, "period": "2019-06", "status": "推进中", "percent": 50,
               "progress": "进展", "problems": "问题", "next_steps": "计划", "extra": "",
               "reported_date": "2019-07-03", "source": "import", "batch_id": 1,
               "review_state": "待审核", "review_note": "", "updated_at": "2019-07-03T10:00:00"},
    "receipt": {"id": 1, "unit_id": 1, "policy_id": 1, "period": "2019-06", "state": "imported",
                "file_name": "a.xlsx", "note": "", "batch_id": 1, "at": "2019-07-03T10:00:00"},
    "action": {"id": 1, "at": "2019-07-03T10:00:00", "who": "王五", "verb": "import",
               "summary": "导入", "batch_id": 1, "undo_of": None},
    "change_log": {"id": 1, "action_id": 1, "at": "2019-07-03T10:00:00", "who": "王五",
                   "table_name": "report", "row_id": 1, "op": "insert", "field": "status",
                   "old": None, "new": '"推进中"', "batch_id": 1},
    "setting": {"key": "office_name", "value": "市“双创”办"},
}


def build(stop_after: str, path: Path) -> None:
    names = migration_names()
    path.unlink(missing_ok=True)
    db = Database(sqlite3.connect(str(path)))
    later = names[names.index(stop_after) + 1:]
    migrations.apply(db, stop_before=later[0] if later else None)
    db.execute(f"PRAGMA user_version = {names.index(stop_after) + 1}")
    with db.atomic():
        for table, row in ROWS.items():
            if table in db.table_names():
                cols = [c for c in row if c in db[table].columns_dict]
                db.execute(f"INSERT INTO [{table}] ({','.join(cols)}) VALUES "
                           f"({','.join('?' for _ in cols)})", [row[c] for c in cols])
    db.conn.close()


if __name__ == "__main__":
    build(sys.argv[1], Path(sys.argv[2]))
