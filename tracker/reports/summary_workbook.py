"""The monthly summary as an .xlsx: its sections as sheets plus the 汇总表 detail sheet and the
flat sheet (from tracker.excel), each set up for A4 printing."""

from __future__ import annotations

import re
from pathlib import Path

from tracker.reports.document import BarChart, Document, Paragraph, StatusChart, Table

OVERVIEW_WIDTH = 80  # column A of 概况: 560 px, inside portrait A4 with the margins of pagefit


def write_summary_workbook(doc: Document, table_spec, path: str | Path) -> Path:
    """``doc``: the monthly Document (its tables become sheets); ``table_spec``: the
    SummaryTableSpec of the same period for the detail sheet."""
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    from tracker.excel.cellsafe import put_value
    from tracker.excel.pagefit import RowHeights, line_count, lines_height, setup_print
    from tracker.excel.sheetwriter import new_workbook, save_workbook
    from tracker.excel.summary_flat import add_summary_flat_sheet
    from tracker.excel.summary_xlsx import add_summary_table_sheet

    wb = new_workbook()  # Arial 10 Normal font: column widths measured as pagefit assumes
    ws = wb.active
    ws.title = "概况"
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_fill = PatternFill("solid", fgColor="D9E1F2")
    wrap = Alignment(wrap_text=True, vertical="center")
    body_font = Font(name="宋体", size=11)
    ws.column_dimensions["A"].width = OVERVIEW_WIDTH

    rows = 0

    def line(text: str, font: Font, align: Alignment) -> None:
        nonlocal rows
        rows += 1
        cell = ws.cell(rows, 1)
        put_value(cell, text)
        cell.font, cell.alignment = font, align
        ws.row_dimensions[rows].height = lines_height(
            line_count(text, OVERVIEW_WIDTH, font.sz), font.sz)

    line(doc.title, Font(name="黑体", size=16, bold=True),
         Alignment(wrap_text=True, horizontal="center", vertical="center"))
    line("\u3000".join(x for x in (doc.issuer_line, doc.date_line, doc.subtitle) if x),
         body_font, Alignment(wrap_text=True, horizontal="center", vertical="center"))
    notes = _notes_of(doc)
    noted = {id(p) for ps in notes.values() for p in ps}
    for block in doc.blocks:
        if isinstance(block, Paragraph) and id(block) not in noted:
            line(block.text, body_font, wrap)
    setup_print(ws, area=f"A1:A{rows}", title_rows=None)
    ws.page_setup.orientation = "portrait"
    used: set[str] = {"概况"}
    for block in doc.blocks:
        if not isinstance(block, Table) or block.landscape:
            continue  # the detail table is the 汇总表 sheet below
        name = (block.title.split("　")[-1] or "表")[:28]
        while name in used:
            name += "_"
        used.add(name)
        sheet = wb.create_sheet(name)
        sheet.append([block.title])
        sheet["A1"].font = Font(name="黑体", size=14, bold=True)
        sheet.append([c.title for c in block.columns])
        for cell in sheet[2]:
            cell.font, cell.fill, cell.border, cell.alignment = (
                Font(bold=True), head_fill, border, Alignment(horizontal="center", wrap_text=True))
        widths = [max(8, col.width_weight * 12) for col in block.columns]
        heights = RowHeights()
        _fit_row(heights, 2, [c.title for c in block.columns], widths)
        for row in block.rows:
            sheet.append([None] * len(row))
            for i, value in enumerate(row, start=1):
                cell = sheet.cell(sheet.max_row, i)
                number, fmt = _number(value)
                put_value(cell, number)
                cell.border, cell.alignment = border, wrap
                if fmt:
                    cell.number_format = fmt
            _fit_row(heights, sheet.max_row, row, widths)
        for i, width in enumerate(widths, start=1):
            sheet.column_dimensions[sheet.cell(2, i).column_letter].width = width
        last = sheet.cell(2, len(block.columns)).column_letter
        for note in notes.get(id(block), []):  # under the table, across its width
            sheet.append([None])
            r = sheet.max_row
            put_value(sheet.cell(r, 1), note.text)
            sheet.cell(r, 1).font = Font(name="仿宋", size=10)
            sheet.cell(r, 1).alignment = Alignment(wrap_text=True, vertical="top")
            sheet.merge_cells(f"A{r}:{last}{r}")
            sheet.row_dimensions[r].height = lines_height(
                line_count(note.text, sum(widths), 10), 10)
        heights.apply(sheet)
        setup_print(sheet, area=f"A1:{last}{sheet.max_row}", title_rows="2:2")
    add_summary_table_sheet(wb, table_spec)
    add_summary_flat_sheet(wb, table_spec)
    return save_workbook(wb, Path(path))


BODY_PT = 11  # the workbook's default font size


def _fit_row(heights, r: int, texts: list, widths: list[float]) -> None:  # noqa: ANN001
    """openpyxl sets no row heights: without one a wrapped cell prints over the next row."""
    for text, width in zip(texts, widths, strict=False):
        heights.need_text(r, "" if text is None else str(text), width, BODY_PT)


def _notes_of(doc: Document) -> dict[int, list[Paragraph]]:
    """The note paragraphs right after a table or chart, by the id of that block: a table's
    notes go under it on its sheet; a chart's are left out with the chart (the xlsx has the
    charts' numbers in the tables)."""
    out: dict[int, list[Paragraph]] = {}
    owner = None
    for block in doc.blocks:
        if isinstance(block, (Table, BarChart, StatusChart)):
            owner = id(block)
        elif isinstance(block, Paragraph) and block.style == "note" and owner is not None:
            out.setdefault(owner, []).append(block)
        else:
            owner = None
    return out


_PERCENT = re.compile(r"(\d+(?:\.(\d+))?)%")


def _number(value: str) -> tuple[object, str | None]:
    """Counts and percentages stay numbers in the workbook: ``"12"`` → 12; ``"50.0%"`` → 0.5
    shown with the format ``0.0%`` (as many decimals as the document printed)."""
    if isinstance(value, str):
        if value.isdigit():
            return int(value), None
        m = _PERCENT.fullmatch(value)
        if m:
            decimals = len(m.group(2) or "")
            return (round(float(m.group(1)) / 100, decimals + 2),
                    "0." + "0" * decimals + "%" if decimals else "0%")
    return value, None
