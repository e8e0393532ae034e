"""Folders: every workbook and CSV, lock files and documents listed as skipped, one bad file
never blocks the rest."""

from __future__ import annotations

import json

import pytest

from tests.excel.builders import SheetSpec, simple_rows, write_xlsx
from tests.excel.seed_catalog import seed_catalog
from tracker.excel.parse import parse_paths, scan_folder, skipped_file
from tracker.excel.results import Skipped


@pytest.fixture(scope="module")
def catalog():
    return seed_catalog()


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "returns"
    write_xlsx(d / "天山区_2019-06.xlsx", [SheetSpec("S", simple_rows())])
    write_xlsx(d / "米东区_2019-06.xlsm", [SheetSpec("S", simple_rows(unit="米东区"))])
    (d / "~$天山区_2019-06.xlsx").write_bytes(b"\x00lock")
    (d / "broken.xlsx").write_bytes(b"PK\x03\x04broken")
    (d / "市金融办.csv").write_text("序号,具体措施,完成状态,进展情况\n1,拓宽创新创业直接融资渠道,已完成,好\n",
                                   encoding="gbk")
    (d / "说明.docx").write_bytes(b"PK\x03\x04")
    (d / "报告.pdf").write_bytes(b"%PDF-1.4")
    (d / "照片.JPG").write_bytes(b"\xff\xd8\xff")
    (d / "附件.zip").write_bytes(b"PK\x05\x06" + b"\x00" * 18)
    (d / "notes.json").write_text("{}")
    (d / ".DS_Store").write_bytes(b"\x00")
    sub = d / "旧"
    sub.mkdir()
    write_xlsx(sub / "水磨沟区_2019-05.xlsx", [SheetSpec("S", simple_rows(unit="水磨沟区"))])
    return d


def test_scan_folder(folder):
    items = scan_folder(folder)
    names = {(i.name if not isinstance(i, Skipped) else (i.path.name, i.code)) for i in items}
    assert names == {
        "broken.xlsx", "天山区_2019-06.xlsx", "米东区_2019-06.xlsm", "市金融办.csv",
        ("~$天山区_2019-06.xlsx", "skip_lock_file"), ("说明.docx", "skip_not_importable"),
        ("报告.pdf", "skip_not_importable"), ("照片.JPG", "skip_not_importable"),
        ("附件.zip", "skip_not_importable"), ("notes.json", "skip_unknown_type")}
    assert len(scan_folder(folder, recursive=True)) == len(items) + 1


def test_parse_folder_one_bad_file_does_not_block(folder, catalog):
    results = parse_paths([folder], catalog)
    by_name = {r.path.rsplit("/", 1)[-1]: r for r in results}
    assert by_name["broken.xlsx"].outcome == "error"
    assert by_name["天山区_2019-06.xlsx"].outcome == "ok"
    assert by_name["米东区_2019-06.xlsm"].unit == "米东区"
    assert by_name["市金融办.csv"].unit == "市金融办" and by_name["市金融办.csv"].rows[0].measure == "6.3"
    skipped = [r for r in results if r.outcome == "skipped"]
    assert len(skipped) == 6 and all(r.message for r in skipped)
    docx = by_name["说明.docx"]
    assert "人工录入" in docx.message and "Word" in docx.message
    doc = json.loads(json.dumps({"files": [r.to_json_dict() for r in results]}, ensure_ascii=False))
    assert all(f["message"] for f in doc["files"] if f["outcome"] != "ok")
    assert all(len(r.sha256) == 64 for r in results)


def test_skipped_file_shape(tmp_path):
    p = tmp_path / "a.pdf"
    p.write_bytes(b"%PDF")
    r = skipped_file(Skipped(p, "skip_not_importable", "PDF 文件"))
    assert r.to_json_dict()["outcome"] == "skipped" and "a.pdf" in r.message


@pytest.mark.skipif(not hasattr(__import__("os"), "symlink"), reason="no symlinks")
def test_a_shortcut_to_a_file_gone_is_listed_as_skipped(tmp_path, catalog):
    d = tmp_path / "returns"
    write_xlsx(d / "天山区_2019-06.xlsx", [SheetSpec("S", simple_rows())])
    (d / "米东区_2019-06.xlsx").symlink_to(tmp_path / "已删除.xlsx")
    (d / "旧文件夹").symlink_to(tmp_path / "没有了")  # a link to a folder gone: not a file
    items = {(i.path.name, i.code) if isinstance(i, Skipped) else i.name for i in scan_folder(d)}
    assert items == {"天山区_2019-06.xlsx", ("米东区_2019-06.xlsx", "skip_broken_link")}
    (result,) = [r for r in parse_paths([d], catalog) if r.outcome == "skipped"]
    assert "快捷方式" in result.message and "米东区_2019-06.xlsx" in result.message
