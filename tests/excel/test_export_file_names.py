"""Exported file names: two units whose names differ only in a character Windows forbids (or
past the length kept) get two files, never one overwriting the other; a long policy title and
unit name stay within the 255 bytes a Linux file name may have (a Chinese character is 3)."""

from __future__ import annotations

import openpyxl

from tests.helpers import fresh_ws
from tracker.db.queries import measures
from tracker.paths import distinct_name, fit_bytes
from tracker.services import assignments
from tracker.services.exports import export_templates
from tracker.services.policies import edit_policy
from tracker.services.units import add_unit


def _unit_with_item(ws, name: str) -> int:
    unit_id = add_unit(ws, name, "市直部门")
    assignments.assign(ws, measures(ws.db, 1)[0]["id"], unit_id, "责任", "2019年12月底前")
    return unit_id


def test_names_that_clash_after_cleaning_or_cutting_get_two_files(tmp_path):
    ws = fresh_ws(tmp_path)
    names = ["教育局/体育局", "教育局:体育局", "甲" * 40 + "一", "甲" * 40 + "二"]
    ids = [_unit_with_item(ws, n) for n in names]
    result = export_templates(ws, 1, "2019-06", tmp_path / "out", ids)
    files = result.files
    assert len(files) == 4 and len({f.name.casefold() for f in files}) == 4
    assert all(f.exists() for f in files)
    for unit_id, name, f in zip(ids, names, files, strict=True):
        wb = openpyxl.load_workbook(f)
        assert f"填报单位：{name}" in [c.value for row in wb["填报表"].iter_rows(max_row=4)
                                      for c in row]  # each file is its own unit's
        (got,) = ws.db.execute("SELECT file_name FROM receipt WHERE unit_id = ? AND "
                               "state = 'exported'", [unit_id]).fetchone()
        assert got == f.name
    assert files[1].name.endswith("_2.xlsx") and files[3].name.endswith("_2.xlsx")
    ws.close()


def test_a_long_title_and_unit_name_fit_a_linux_file_name(tmp_path):
    ws = fresh_ws(tmp_path)
    edit_policy(ws, 1, short_title="关于印发《乌鲁木齐市深化“放管服”改革优化营商环境三年行动方案"
                  "（2021—2023年）》及配套政策措施清单的通知的实施细则和分工方案")
    unit = _unit_with_item(ws, "乌鲁木齐经济技术开发区（头屯河区）管理委员会经济发展局和科技创新局")
    (path,) = export_templates(ws, 1, "2019-06", tmp_path / "out", [unit]).files
    assert path.exists() and len(path.name.encode("utf-8")) <= 200
    assert path.name.startswith("2019年06月_") and path.name.endswith("_落实情况填报表.xlsx")
    ws.close()


def test_fit_bytes_and_distinct_name():
    assert fit_bytes("天山区", 7) == "天山" and fit_bytes("天山区", 9) == "天山区"
    taken: set[str] = set()
    assert [distinct_name(n, taken) for n in ("A.xlsx", "a.xlsx", "A.xlsx", "B")] == [
        "A.xlsx", "a_2.xlsx", "A_3.xlsx", "B"]
