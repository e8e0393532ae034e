"""The monthly summary as an .xlsx: its sections as sheets plus the 汇总表 detail sheet and the
flat sheet (from tracker.excel), each set up for A4 printing."""

from __future__ import annotations

from pathlib import Path

from tracker.reports.document import Document, Paragraph, Table


def write_summary_workbook(doc: Document, table_spec, path: str | Path) -> Path:
    """``doc``: the monthly Document (its tables become sheets); ``table_spec``: the
    SummaryTableSpec of the same period for the detail sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    from tracker.excel.cellsafe import put_value
    from tracker.excel.pagefit import setup_print
    from tracker.excel.sheetwriter import save_workbook
    from tracker.excel.summary_flat import add_summary_flat_sheet
    from tracker.excel.summary_xlsx import add_summary_table_sheet

    wb = Workbook()
    ws = wb.active
    ws.title = "概况"
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_fill = PatternFill("solid", fgColor="D9E1F2")
    wrap = Alignment(wrap_text=True, vertical="center")
    ws.column_dimensions["A"].width = 100
    ws.append([doc.title])
    ws["A1"].font = Font(name="黑体", size=16, bold=True)
    ws.append([f"{doc.issuer_line}　{doc.date_line}　{doc.subtitle}".strip()])
    for block in doc.blocks:
        if isinstance(block, Paragraph):
            ws.append([None])
            put_value(ws.cell(ws.max_row, 1), block.text)
            ws.cell(ws.max_row, 1).alignment = wrap
            ws.row_dimensions[ws.max_row].height = 15 * (1 + len(block.text) // 60)
    setup_print(ws, area=f"A1:A{ws.max_row}", title_rows=None)
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
        for row in block.rows:
            sheet.append([None] * len(row))
            for i, value in enumerate(row, start=1):
                cell = sheet.cell(sheet.max_row, i)
                put_value(cell, _number(value))
                cell.border, cell.alignment = border, wrap
        for i, col in enumerate(block.columns, start=1):
            sheet.column_dimensions[sheet.cell(2, i).column_letter].width = max(
                8, col.width_weight * 12)
        setup_print(sheet, area=f"A1:{sheet.cell(2, len(block.columns)).column_letter}"
                    f"{sheet.max_row}", title_rows="2:2")
    add_summary_table_sheet(wb, table_spec)
    add_summary_flat_sheet(wb, table_spec)
    return save_workbook(wb, Path(path))


def _number(value: str):
    """Counts stay numbers in the workbook (percent strings stay text)."""
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return value
