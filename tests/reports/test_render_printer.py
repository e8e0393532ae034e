"""Printing and print preview use the same painter code as the PDF."""

from __future__ import annotations

import re

import pytest

from tracker.reports.render_pdf import render_to_printer

from .conftest import needs_poppler, page_sizes, pdf_text, sample_document

pytestmark = pytest.mark.usefixtures("qapp")


@needs_poppler
def test_pdf_printer_gets_the_same_pages(tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    info = render_to_printer(sample_document(40), printer)
    sizes = page_sizes(out)
    assert len(sizes) == info.pages
    # a print job keeps one orientation: landscape pages are turned onto portrait sheets
    assert info.landscape_pages and all(w < h for w, h in sizes)
    text = re.sub(r"\s+", "", pdf_text(out))
    assert "水磨沟区" in text and "落实情况月报（2019年6月）" in text


def test_print_preview_dialog_paints_every_page(qtbot):
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget

    doc = sample_document(40)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintPreviewDialog(printer)
    qtbot.addWidget(dialog)
    seen = []
    dialog.paintRequested.connect(lambda pr: seen.append(render_to_printer(doc, pr)))
    widget = dialog.findChild(QPrintPreviewWidget)
    widget.updatePreview()
    assert seen and seen[-1].pages >= 3
    assert widget.pageCount() == seen[-1].pages


def test_notices_printed_on_both_sides_each_start_a_sheet(tmp_path):
    """Two one-page notices and one of two pages, printed duplex: a blank back after each
    one-page notice, so every notice starts on the front of a sheet."""
    from PySide6.QtPrintSupport import QPrinter

    from tracker.reports.document import Document, Paragraph
    from tracker.reports.render_pdf import render_all_to_printer

    short = Document(title="催办通知单", blocks=[Paragraph("请抓紧办理。")])
    long = Document(title="催办通知单", blocks=[Paragraph("事项说明。" * 200)])
    alone = QPrinter(QPrinter.PrinterMode.HighResolution)
    alone.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    alone.setOutputFileName(str(tmp_path / "long.pdf"))
    assert render_all_to_printer([long], alone).pages == 2
    class Printer(QPrinter):  # a PDF "printer" reports no duplex: say what a real one would
        mode = QPrinter.DuplexMode.DuplexNone

        def duplex(self):  # noqa: ANN201
            return self.mode

    for duplex, expected in ((QPrinter.DuplexMode.DuplexNone, 4),
                             (QPrinter.DuplexMode.DuplexLongSide, 5)):  # 1+blank, 2, 1
        printer = Printer(QPrinter.PrinterMode.HighResolution)
        printer.mode = duplex
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / f"n{int(duplex.value)}.pdf"))
        info = render_all_to_printer([short, long, short], printer)
        assert info.pages == expected, (duplex, info.pages)
