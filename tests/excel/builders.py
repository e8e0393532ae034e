"""Workbooks made on the fly for the import tests (openpyxl; LibreOffice for .xls / .ods)."""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest

HEADER = ["序号", "重点任务", "具体措施", "完成时限", "完成状态", "进展情况", "存在问题", "下步计划"]
TEMPLATE_HEADER = ["序号", "重点任务", "具体措施", "责任类型", "本单位具体举措", "完成时限", "上期进展",
                   "完成状态", "完成进度(%)", "进展情况", "存在问题", "下步计划", "备注"]


@dataclass
class SheetSpec:
    name: str
    rows: list[list[object]]
    merges: list[str] = field(default_factory=list)  # "A1:H1"
    hidden_rows: list[int] = field(default_factory=list)  # 1-based
    state: str = "visible"  # visible / hidden / veryHidden


def write_xlsx(path: Path, sheets: list[SheetSpec]) -> Path:
    """Text cells are written as strings (never formulas), so "=HYPERLINK(…)" stays text."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for spec in sheets:
        ws = wb.create_sheet(spec.name)
        for r, row in enumerate(spec.rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is None:
                    continue
                cell = ws.cell(row=r, column=c, value=value)
                if isinstance(value, str):
                    cell.data_type = "s"
        for rng in spec.merges:
            ws.merge_cells(rng)
        for r in spec.hidden_rows:
            ws.row_dimensions[r].hidden = True
        ws.sheet_state = spec.state
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def simple_rows(unit: str = "天山区", title: str = "天山区“双创”任务推进情况（2019年6月）",
                data: list[list[object]] | None = None) -> list[list[object]]:
    data = data if data is not None else [
        [1, "一、着力促进创新创业环境提升", "简政放权释放创新创业活力", "2019年6月底前", "推进中",
         "进展一", "问题一", "计划一"],
        [2, None, "优化服务便利创新创业", "长期坚持", "已完成", "进展二", "无", "计划二"],
    ]
    return [[title], [f"填报单位：{unit}"], HEADER, *data]


def key_rows(unit_id: int, unit_name: str, period: str, codes: list[tuple[str, int]],
             policy_id: int = 1, kind: str = "progress", version: int = 1) -> list[list[object]]:
    rows: list[list[object]] = [
        ["format_version", version], ["kind", kind], ["policy_id", policy_id],
        ["policy_title", "关于推动全市创新创业高质量发展打造“双创”升级版的若干意见"],
        ["unit_id", unit_id], ["unit_name", unit_name], ["period", period],
        ["exported_at", "2019-06-25T10:00:00"], ["app_version", "0.1.0"], [None],
        ["measure_code", "measure_id", "assignment_id", "unit_id"],
    ]
    rows += [[code, mid, 1000 + mid, unit_id] for code, mid in codes]
    return rows


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def require_soffice() -> str:
    exe = soffice()
    if exe is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice (soffice) is required in CI")
        pytest.skip("LibreOffice (soffice) not installed")
    return exe


def convert(src: Path, fmt: str, outdir: Path) -> Path:
    """``soffice --headless --convert-to fmt``; one LibreOffice profile per test process
    (creating a profile costs seconds; a private one keeps parallel runs apart)."""
    exe = require_soffice()
    outdir.mkdir(parents=True, exist_ok=True)
    subprocess.run([exe, f"-env:UserInstallation={_profile().as_uri()}", "--headless",
                    "--convert-to", fmt, "--outdir", str(outdir), str(src)],
                   check=True, capture_output=True, timeout=180)
    out = outdir / (src.stem + "." + fmt.split(":")[0])
    assert out.is_file(), f"LibreOffice did not write {out}"
    return out


def _profile() -> Path:
    global _PROFILE
    if _PROFILE is None:
        _PROFILE = Path(tempfile.mkdtemp(prefix="tracker-lo-profile-"))
        atexit.register(shutil.rmtree, _PROFILE, True)
    return _PROFILE


_PROFILE: Path | None = None
