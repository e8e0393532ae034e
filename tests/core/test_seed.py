"""The embedded default matches the seed file: 8 tasks, 31 measures, texts as written."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import fresh_ws
from tracker.db.queries import list_units, measures, tasks, unit_aliases
from tracker.seed import load_seed
from tracker.services.seeding import load_default

SHARED_SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / \
    "urumqi-shuangchuang-2019.txt"
RES_SEED = Path(__file__).resolve().parents[2] / "resources" / "policies" / \
    "urumqi-shuangchuang-2019.txt"


def test_resource_is_the_seed_file():
    if SHARED_SEED.exists():
        assert RES_SEED.read_bytes() == SHARED_SEED.read_bytes()


def test_seed_has_8_tasks_and_31_measures_with_texts_from_the_file():
    seed = load_seed()
    text = RES_SEED.read_text(encoding="utf-8")
    assert len(seed.tasks) == 8
    assert sum(len(t.measures) for t in seed.tasks) == 31
    assert [len(t.measures) for t in seed.tasks] == [3, 4, 6, 3, 5, 3, 4, 3]
    for task in seed.tasks:
        assert task.title in text
        for m in task.measures:
            line = f"{m.title}。{m.description}"
            assert line in text, m.code
    assert seed.tasks[0].measures[0].title == "简政放权释放创新创业活力"
    assert seed.tasks[7].measures[2].code == "8.3"
    assert "记者" not in seed.tasks[7].measures[2].description


def test_first_open_loads_policy_and_units_and_init_adds_nothing_twice(tmp_path):
    ws = fresh_ws(tmp_path)
    pol = ws.db.execute("SELECT * FROM policy").fetchall()
    assert len(pol) == 1
    row = dict(ws.db.execute("SELECT title, short_title, doc_number, source, source_date, "
                             "issue_date, goal_count FROM policy").fetchone() and
               next(ws.db.query("SELECT * FROM policy")))
    assert row["title"] == "关于推动全市创新创业高质量发展打造“双创”升级版的若干意见"
    assert row["short_title"] == "“双创”升级版若干意见"
    assert row["doc_number"] == "" and row["issue_date"] is None  # not in the source: empty
    assert row["source_date"] == "2019-05-20" and row["goal_count"] == 6
    assert len(tasks(ws.db, 1)) == 8 and len(measures(ws.db, 1)) == 31
    names = [u["name"] for u in list_units(ws.db)]
    assert len(names) == 22 and "市“双创”办" in names and "甘泉堡经开区" in names
    added = load_default(ws)
    assert added == {"policy": 0, "task": 0, "measure": 0, "unit": 0, "alias": 0}
    ws.close()


def test_aliases_resolve_full_names_brackets_and_spaces(tmp_path):
    from tracker.db.queries import load_catalog

    ws = fresh_ws(tmp_path)
    cat = load_catalog(ws.db, 1)
    for text, expected in [("乌鲁木齐市科学技术局", "市科技局"), ("市人力资源和社会保障局", "市人社局"),
                           ("水磨沟区人民政府", "水磨沟区"), ("高新区（新市区）", "新市区(高新区)"),
                           ("高新区(新市区)", "新市区(高新区)"), (" 米 东 区 ", "米东区"),
                           ("市\"双创\"办", "市“双创”办"), ("新市区（高新区）", "新市区(高新区)")]:
        unit = cat.resolve_unit(text)
        assert unit is not None and unit.name == expected, text
    assert unit_aliases(ws.db)
    ws.close()
