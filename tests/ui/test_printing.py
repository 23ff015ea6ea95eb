"""A PDF's pages painted on a printer: one a sheet, fitted to the paper keeping proportions, a landscape
page turned onto portrait paper, and the print dialog's page range honoured."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtPrintSupport import QPrinter

import ui.printing
from flare_monitor.printing import pdf_pages
from tests.flare_monitor.test_printing import A4, _pdf
from ui.printing import fitted, paint_pages, printer_for


def _printed(tmp_path, pages, setup=lambda printer: None):
    printer = printer_for(pages)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    setup(printer)
    painted = paint_pages(printer, pages)
    return painted, tmp_path / "printed.pdf"


def _first_page_pixels(path):
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    bitmap = document[0].render(scale=20 / 72, rev_byteorder=True)  # 20 pixels an inch
    return bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer)


def _red(pixels, stride, x, y):
    red, green, blue = pixels[y * stride + x * 3 : y * stride + x * 3 + 3]
    return red > 150 and green < 100 and blue < 100


def test_every_page_is_painted_on_a_sheet_of_the_reports_paper(qapp, tmp_path):
    from pypdf import PdfReader

    pages = pdf_pages(_pdf(tmp_path / "report.pdf", [A4, A4, A4]), 72)
    painted, out = _printed(tmp_path, pages)
    assert painted == 3
    printed = PdfReader(str(out)).pages
    assert len(printed) == 3
    assert (float(printed[0].mediabox.width), float(printed[0].mediabox.height)) == pytest.approx(A4, abs=1)
    width, height, stride, pixels = _first_page_pixels(out)
    # Painted whole and to scale: the red inch is in the lower left corner, an inch wide.
    assert _red(pixels, stride, 5, height - 5) and _red(pixels, stride, 15, height - 15)
    assert not _red(pixels, stride, 25, height - 5) and not _red(pixels, stride, width - 5, 5)


def test_a_landscape_page_is_turned_onto_portrait_paper(qapp, tmp_path):
    from PySide6.QtGui import QPageLayout

    pages = pdf_pages(_pdf(tmp_path / "report.pdf", [(A4[1], A4[0])]), 72)
    painted, out = _printed(tmp_path, pages, lambda p: p.setPageOrientation(QPageLayout.Orientation.Portrait))
    assert painted == 1
    width, height, stride, pixels = _first_page_pixels(out)
    assert height > width
    # The page's lower left corner (the red inch) comes to the sheet's upper left: turned a quarter.
    assert _red(pixels, stride, 5, 5) and not _red(pixels, stride, 5, height - 5)


def test_the_page_range_of_the_print_dialog_is_honoured(qapp, tmp_path, monkeypatch):
    from pypdf import PdfReader

    pages = pdf_pages(_pdf(tmp_path / "report.pdf", [A4] * 5), 72)

    def pages_2_to_3(printer):
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 3)

    painted_numbers = []
    original = ui.printing.page_image
    monkeypatch.setattr(
        ui.printing, "page_image", lambda page: painted_numbers.append(pages.index(page)) or original(page)
    )
    painted, out = _printed(tmp_path, pages, pages_2_to_3)
    assert painted == 2 and painted_numbers == [1, 2]
    assert len(PdfReader(str(out)).pages) == 2


def test_fitted_keeps_proportions_and_centres():
    assert fitted(QSizeF(100, 200), QRectF(0, 0, 400, 400)) == QRectF(100, 0, 200, 400)
    assert fitted(QSizeF(300, 100), QRectF(10, 10, 150, 150)) == QRectF(10, 60, 150, 50)
