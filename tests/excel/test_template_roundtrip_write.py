"""Our exported template, filled the way a liaison fills it, read back by the importer."""

from __future__ import annotations

from datetime import datetime

import openpyxl
import pytest

from tests.excel.seed_catalog import seed_catalog, unit_by_name
from tracker.excel.parse import parse_file
from tracker.excel.specs import TemplateRow, TemplateSpec
from tracker.excel.template import template_filename, write_progress_template


@pytest.fixture(scope="module")
def catalog():
    return seed_catalog()


def _export_and_fill(tmp_path, catalog, action_text: str):
    unit = unit_by_name(catalog, "天山区")
    rows = [TemplateRow(m.task_seq, m.task_title, m.id, m.code, m.title, 1000 + m.id, "牵头",
                        action_text, "2019年底前", "上月进展") for m in catalog.measures[:6]]
    spec = TemplateSpec(catalog.policy_id, catalog.policy_title, catalog.short_title, unit.id,
                        unit.name, "2019-06", "2019年6月", "2019年7月5日", datetime(2019, 6, 25),
                        "0.1.0", rows)
    path = write_progress_template(spec, tmp_path / template_filename(spec))
    wb = openpyxl.load_workbook(path)
    ws = wb["填报表"]
    ws["H5"], ws["I5"] = "推进中", 60
    ws["J5"] = '=HYPERLINK("http://x.cn")进展一'
    ws["J5"].data_type = "s"  # typed as text, as Excel keeps a quote-prefixed cell
    ws["H7"], ws["I7"], ws["J7"], ws["K7"] = "已完成", 100, "进展三", "问题三"
    ws["C12"], ws["F12"], ws["M12"] = "张三", "13800000000", "2019年7月3日"  # sign-off values
    wb.save(path)
    return parse_file(path, catalog)


def test_filled_template_reads_back(tmp_path, catalog):
    result = _export_and_fill(tmp_path, catalog, action_text="")
    assert result.outcome == "ok" and result.is_our_template
    assert (result.unit, result.period) == ("天山区", "2019-06")
    assert result.reported_date.isoformat() == "2019-07-03"
    got = [(r.measure, r.status, r.percent, r.progress, r.problems, r.confidence)
           for r in result.rows]
    assert got == [("1.1", "推进中", 60, '=HYPERLINK("http://x.cn")进展一', "", 1.0),
                   ("1.3", "已完成", 100, "进展三", "问题三", 1.0)]
    assert [w.code for w in result.warnings] == ["not_filled"]


def test_prefilled_action_alone_is_not_a_report(tmp_path):
    # the catalog knows the same action text the export pre-filled: untouched rows are not
    # reports, they are listed as not filled
    action = "制定实施方案，按月调度。"
    result = _export_and_fill(tmp_path, seed_catalog(action_text=action), action_text=action)
    assert [r.measure for r in result.rows] == ["1.1", "1.3"]
