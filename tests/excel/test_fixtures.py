"""The shared returned-workbook fixtures parse exactly as their sidecars say."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import FIXTURES
from tests.excel.seed_catalog import seed_catalog
from tracker.excel.match import resolve_unit
from tracker.excel.parse import parse_file
from tracker.textnorm import nfkc, strip_text

RETURNED = FIXTURES / "returned"
SIDECARS = sorted(RETURNED.glob("*.expected.json"))


def _source(sidecar: Path) -> Path:
    return RETURNED / json.loads(sidecar.read_text(encoding="utf-8"))["file"]


@pytest.fixture(scope="module")
def catalog():
    return seed_catalog()


def test_every_fixture_has_a_sidecar():
    assert len(SIDECARS) == 6
    for s in SIDECARS:
        assert _source(s).is_file()


def test_sidecar_units_resolve(catalog):
    names = {u.name for u in catalog.units}
    for s in SIDECARS:
        for row in json.loads(s.read_text(encoding="utf-8")).get("rows", []):
            assert nfkc(row["unit"]) in {nfkc(n) for n in names}
            hit = resolve_unit(catalog, row["unit_as_written"])
            assert hit is not None and hit.confidence == 1.0 and nfkc(hit.unit.name) == row["unit"]


@pytest.mark.parametrize("sidecar", SIDECARS, ids=lambda p: p.name.split(".")[0])
def test_fixture_parses_as_sidecar_says(sidecar, catalog):
    expected = json.loads(sidecar.read_text(encoding="utf-8"))
    result = parse_file(_source(sidecar), catalog)
    outcomes = expected.get("acceptable_outcomes") or [expected["outcome"]]
    assert result.outcome in outcomes
    if result.outcome == "error":
        assert result.rows == []
        assert result.error is not None and result.error.data["file"] == expected["file"]
        assert expected["file"] in result.message
        return
    assert result.error is None
    assert result.period == expected["report_period"]
    got = [(r.sheet, r.row) for r in result.rows]
    want = [(e["sheet"], e["source_row"]) for e in expected["rows"]]
    assert got == want, "records must be exactly the sidecar's rows"
    for row, exp in zip(result.rows, expected["rows"], strict=True):
        assert nfkc(row.unit) == exp["unit"]
        assert strip_text(row.unit_as_written) == strip_text(exp["unit_as_written"])
        assert row.measure == exp["measure_code"]
        assert row.status == exp["status"]
        assert row.status_as_written == exp["status_as_written"]
        for key in ("progress", "problems", "next_steps"):
            assert getattr(row, key) == strip_text(exp[key]), key
        assert row.deadline.kind == exp["deadline"]["kind"]
        want_date = exp["deadline"]["date"]
        assert (row.deadline.date.isoformat() if row.deadline.date else None) == want_date
        if "extra" in exp:
            assert row.extra == "\n".join(exp["extra"].values())
        else:
            assert row.extra == ""
        assert row.hidden is bool(exp.get("hidden", False))
        assert 0.8 <= row.confidence <= 1.0
        codes = {w.code for w in row.warnings}
        assert not codes & {"low_confidence", "status_unknown", "unit_unknown", "measure_unknown"}


def test_fixture_file_units_and_dates(catalog):
    by_name = {s.name.split(".")[0]: parse_file(_source(s), catalog) for s in SIDECARS}
    assert by_name["01_shuimogou_2019-03_merged-header"].unit == "水磨沟区"
    assert by_name["01_shuimogou_2019-03_merged-header"].reported_date.isoformat() == "2019-04-02"
    assert by_name["02_scjgj_2019-04_reordered-columns"].unit == "市市场监管局"
    assert by_name["03_gongxin-shangwu_2019-05_multi-unit"].unit is None  # two units
    assert by_name["04_jinrongban_2019-04_gbk"].encoding == "gb18030"
    assert by_name["06_shuimogou_2019-05_formula-like-text"].rows[0].progress.startswith("=HYPERLINK(")


def test_json_shape(catalog):
    result = parse_file(RETURNED / "02_scjgj_2019-04_reordered-columns.xlsx", catalog)
    doc = json.loads(json.dumps(result.to_json_dict(), ensure_ascii=False))
    assert set(doc) == {"path", "outcome", "message", "unit", "period", "warnings", "rows"}
    row = doc["rows"][2]
    assert set(row) == {"unit", "measure", "status", "percent", "progress", "problems",
                        "next_steps", "extra", "deadline", "sheet", "row", "confidence",
                        "warnings"}
    assert row["unit"] == "市市场监管局" and row["measure"] == "2.4" and row["status"] == "未启动"
    assert row["deadline"] == {"as_written": "2019年底前", "kind": "year_end", "date": "2019-12-31"}
    assert row["extra"] == "待市金融办牵头" and row["row"] == 5 and row["sheet"] == "市场监管局"
    broken = parse_file(RETURNED / "05_broken_truncated.xlsx", catalog).to_json_dict()
    assert broken["outcome"] == "error" and "05_broken_truncated.xlsx" in broken["message"]
