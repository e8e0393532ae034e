"""打印/导出此历史: one assignment's reports and change history as .xlsx or on paper."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from tracker.ui.history_text import HistoryEntry

translate = QCoreApplication.translate



FONT_PT = 11.0  # openpyxl's default cell font (Calibri 11)


def _report_heads() -> list[str]:
    return [translate("HistoryExport", "Period"), translate("HistoryExport", "Status"),
            translate("HistoryExport", "Progress %"), translate("HistoryExport", "Progress"),
            translate("HistoryExport", "Problems"), translate("HistoryExport", "Next steps"),
            translate("HistoryExport", "Review"), translate("HistoryExport", "Report date")]


def export_xlsx(path: Path | str, title: str, reports: list[list[str]],
                entries: list[HistoryEntry]) -> Path:
    """Two sheets: the reports of every period, and the change history (every changed text
    whole). Both print on A4 landscape, one page wide, the header row repeated on every page,
    page numbers in the footer; every row is as tall as its wrapped text."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    from tracker.excel.cellsafe import put_text
    from tracker.excel.pagefit import RowHeights, setup_print

    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    bold = Font(bold=True)

    def table(ws, head_row: int, heads: list[str], widths: list[float],
              rows: list[list[str]]) -> int:
        heights = RowHeights()
        for c, (head, width) in enumerate(zip(heads, widths, strict=True), start=1):
            cell = ws.cell(head_row, c)
            put_text(cell, head)
            cell.font, cell.alignment, cell.border = bold, wrap, border
            ws.column_dimensions[cell.column_letter].width = width
            heights.need_text(head_row, head, width, FONT_PT)
        for r, row in enumerate(rows, start=head_row + 1):
            for c, value in enumerate(row, start=1):
                cell = ws.cell(r, c)
                put_text(cell, value)
                cell.alignment, cell.border = wrap, border
                heights.need_text(r, value or "", widths[c - 1], FONT_PT)
        heights.apply(ws)
        last = head_row + max(len(rows), 0)
        ws.freeze_panes = ws.cell(head_row + 1, 1)
        return last

    wb = Workbook()
    ws = wb.active
    ws.title = translate("HistoryExport", "Reports")
    put_text(ws.cell(1, 1), title)
    ws.cell(1, 1).font = Font(bold=True, size=13)
    ws.row_dimensions[1].height = 22
    last = table(ws, 3, _report_heads(), [12, 9, 9, 50, 30, 30, 9, 16], reports)
    setup_print(ws, area=f"A1:H{last}", title_rows="3:3")

    hist = wb.create_sheet(translate("HistoryExport", "History"))
    heads = [translate("HistoryExport", "Time"), translate("HistoryExport", "Operator"),
             translate("HistoryExport", "Change")]
    rows = [[e.when, e.who, e.body(full=True, one_per_line=True)] for e in entries]
    last = table(hist, 1, heads, [20, 12, 90], rows)
    setup_print(hist, area=f"A1:C{last}", title_rows="1:1")
    hist.oddHeader.center.text = title.replace("&", "&&")  # which item, on every page
    hist.oddHeader.center.size = 10
    from tracker.excel.sheetwriter import save_workbook

    return save_workbook(wb, path)  # never half a file; "open in Excel" said as such


def history_html(title: str, reports: list[list[str]], entries: list[HistoryEntry]) -> str:
    esc = html.escape
    heads = _report_heads()
    out = [f"<h2>{esc(title)}</h2>",
           "<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr>"]
    out += [f"<th>{esc(h)}</th>" for h in heads] + ["</tr>"]
    for row in reports:
        out.append("<tr>" + "".join(f"<td>{esc(v)}</td>" for v in row) + "</tr>")
    heading = translate("HistoryExport", "Change history")
    out.append(f"</table><h3>{esc(heading)}</h3><ul>")
    out += [f"<li>{esc(e.line(full=True))}</li>" for e in entries]  # texts whole on paper
    out.append("</ul>")
    return "".join(out)


def print_history(parent: QWidget, title: str, reports: list[list[str]],
                  entries: list[HistoryEntry], printer: QPrinter | None = None) -> bool:
    """Print on A4 landscape; with ``printer`` given (tests) no dialog is shown."""
    doc = QTextDocument()
    doc.setDefaultFont(parent.font())
    doc.setHtml(history_html(title, reports, entries))
    if printer is None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        dialog = QPrintDialog(printer, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
    doc.print_(printer)
    return True
