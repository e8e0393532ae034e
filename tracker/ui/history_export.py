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



def export_xlsx(path: Path | str, title: str, reports: list[list[str]],
                entries: list[HistoryEntry]) -> Path:
    """Two sheets: the reports of every period, and the change history."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    from tracker.excel.cellsafe import put_text

    wb = Workbook()
    ws = wb.active
    ws.title = translate("HistoryExport", "Reports")
    heads = [translate("HistoryExport", "Period"), translate("HistoryExport", "Status"), translate("HistoryExport", "Progress %"), translate("HistoryExport", "Progress"),
             translate("HistoryExport", "Problems"), translate("HistoryExport", "Next steps"), translate("HistoryExport", "Review"), translate("HistoryExport", "Report date")]
    widths = [12, 9, 9, 50, 30, 30, 9, 16]
    put_text(ws.cell(1, 1), title)
    ws.cell(1, 1).font = Font(bold=True, size=13)
    for c, (head, width) in enumerate(zip(heads, widths, strict=True), start=1):
        put_text(ws.cell(3, c), head)
        ws.cell(3, c).font = Font(bold=True)
        ws.column_dimensions[ws.cell(3, c).column_letter].width = width
    for r, row in enumerate(reports, start=4):
        longest = 1
        for c, value in enumerate(row, start=1):
            cell = ws.cell(r, c)
            put_text(cell, value)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            longest = max(longest, len(value) // max(widths[c - 1] // 2, 1) + 1)
        ws.row_dimensions[r].height = 15 * min(longest, 12)
    hist = wb.create_sheet(translate("HistoryExport", "History"))
    for c, (head, width) in enumerate(((translate("HistoryExport", "Time"), 20), (translate("HistoryExport", "Operator"), 12),
                                       (translate("HistoryExport", "Change"), 90)), start=1):
        put_text(hist.cell(1, c), head)
        hist.cell(1, c).font = Font(bold=True)
        hist.column_dimensions[hist.cell(1, c).column_letter].width = width
    for r, entry in enumerate(entries, start=2):
        put_text(hist.cell(r, 1), entry.when)
        put_text(hist.cell(r, 2), entry.who)
        body = "；".join(entry.changes) or entry.summary
        put_text(hist.cell(r, 3), body)
        hist.cell(r, 3).alignment = Alignment(wrap_text=True, vertical="top")
    path = Path(path)
    wb.save(path)
    return path


def history_html(title: str, reports: list[list[str]], entries: list[HistoryEntry]) -> str:
    esc = html.escape
    heads = [translate("HistoryExport", "Period"), translate("HistoryExport", "Status"), translate("HistoryExport", "Progress %"), translate("HistoryExport", "Progress"),
             translate("HistoryExport", "Problems"), translate("HistoryExport", "Next steps"), translate("HistoryExport", "Review"), translate("HistoryExport", "Report date")]
    out = [f"<h2>{esc(title)}</h2>",
           "<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr>"]
    out += [f"<th>{esc(h)}</th>" for h in heads] + ["</tr>"]
    for row in reports:
        out.append("<tr>" + "".join(f"<td>{esc(v)}</td>" for v in row) + "</tr>")
    heading = translate("HistoryExport", "Change history")
    out.append(f"</table><h3>{esc(heading)}</h3><ul>")
    out += [f"<li>{esc(e.line())}</li>" for e in entries]
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
