"""Printing a PDF (a generated donor report) from the app, with a preview.

The pages are drawn off the GUI thread (`flare_monitor.printing.pdf_pages`, in a worker); here they
are painted one a sheet on the preview's printer, each scaled to the sheet keeping its proportions,
centred, and turned a quarter when the page and the paper lie differently (a landscape table on
portrait paper). The paper starts as the PDF's own (A4 or US Letter, its orientation), the whole sheet
is painted (the report has its own margins), and the print dialog's page range is honoured.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

from flare_monitor.printing import PrintPage


def page_image(page: PrintPage) -> QImage:
    """The page's picture as a QImage with pixels of its own."""
    pixels = page.pixels()
    return QImage(pixels, page.width, page.height, page.stride, QImage.Format.Format_RGB888).copy()


def chosen_pages(printer: QPrinter, count: int) -> range:
    """The pages (0-based) the print dialog asked for: all, or its From–To range."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = printer.fromPage() - 1
        last = min(printer.toPage() or count, count)
        return range(min(first, count), last)
    return range(count)


def fitted(source: QSizeF, area: QRectF) -> QRectF:
    """`source` scaled to fit `area` keeping its proportions, centred in it."""
    size = source.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
    return QRectF(
        area.x() + (area.width() - size.width()) / 2,
        area.y() + (area.height() - size.height()) / 2,
        size.width(),
        size.height(),
    )


def paint_pages(printer: QPrinter, pages: Sequence[PrintPage]) -> int:
    """Paint `pages` on `printer`, one a sheet; returns how many sheets were painted."""
    chosen = chosen_pages(printer, len(pages))
    if not chosen:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    painted = 0
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for number in chosen:
            if painted:
                printer.newPage()
            page = pages[number]
            sheet = QRectF(0, 0, printer.width(), printer.height())
            image = page_image(page)
            painter.save()
            if page.landscape != (sheet.width() > sheet.height()):
                # Turned a quarter clockwise: the page's top runs down the sheet's right edge.
                painter.translate(sheet.width(), 0)
                painter.rotate(90)
                sheet = QRectF(0, 0, sheet.height(), sheet.width())
            painter.drawImage(fitted(QSizeF(image.size()), sheet), image)
            painter.restore()
            painted += 1
    finally:
        painter.end()
    return painted


def printer_for(pages: Sequence[PrintPage]) -> QPrinter:
    """A printer whose paper starts as the PDF's first page (size and orientation), painted whole."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if pages:
        first = pages[0]
        portrait = QSizeF(min(first.width_pt, first.height_pt), max(first.width_pt, first.height_pt))
        size = QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
        orientation = QPageLayout.Orientation.Portrait
        if first.landscape:
            orientation = QPageLayout.Orientation.Landscape
        printer.setPageLayout(QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0)))
    printer.setFullPage(True)
    return printer


def preview(parent, pages: Sequence[PrintPage], title: str) -> QPrintPreviewDialog:
    """A print preview of `pages` (not yet shown: the caller runs it)."""
    printer = printer_for(pages)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.printer_kept = printer  # the dialog does not own its printer: it lives as long as the dialog
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(lambda printer: paint_pages(printer, pages))
    dialog.resize(900, 1000)
    return dialog
