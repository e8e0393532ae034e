"""Naming a unit on the command line: exactly, or by a part only one unit has."""

from __future__ import annotations

from tests.excel.seed_catalog import seed_catalog


def test_unit_named_by_a_part_only_one_unit_has():
    catalog = seed_catalog()
    assert catalog.unit_named("米东区").name == "米东区"
    assert catalog.unit_named("米东").name == "米东区"
    assert catalog.unit_named(" 米东 ").name == "米东区"
    assert catalog.unit_named("市") is None  # names many units
    assert catalog.unit_named("不存在") is None
    assert catalog.unit_named("") is None


def test_export_templates_takes_a_short_unit_name(tmp_path):
    from tests.cli_run import run_cli

    db = str(tmp_path / "d.sqlite")
    assert run_cli("--db", db, "demo").code == 0
    r = run_cli("--db", db, "export-templates", "--period", "2019-12", "--unit", "米东",
                "--out", str(tmp_path / "out"))
    assert r.code == 0, r.err
    assert [p.name for p in (tmp_path / "out").iterdir()] == [
        "2019年12月_双创升级版_米东区_落实情况填报表.xlsx"]
