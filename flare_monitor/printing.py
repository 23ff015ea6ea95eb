"""The pages of a PDF (a generated donor report) as pictures for a printer, drawn by PDFium through
pypdfium2. No Qt here: the app paints these pictures on its printer (ui/printing.py).

A page is drawn at a resolution fit for paper (150 dpi by default: sharp text, a few megabytes a
page) and kept compressed until it is painted: a 40-page report would otherwise hold a quarter of a
gigabyte of pixels. No JavaScript runs and form fields are not drawn (see flare_monitor.evidence.pdf).
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from flare_monitor.errors import NotFoundError, UserError
from flare_monitor.i18n import Message, _

log = logging.getLogger(__name__)

DEFAULT_DPI = 150
MIN_DPI, MAX_DPI = 72, 300
POINTS_PER_INCH = 72


class PrintCancelled(UserError):
    """The user stopped the preparation of the pages; nothing is printed."""


@dataclass(frozen=True)
class PrintPage:
    """One page: its size on paper (points) and its picture (RGB, `stride` bytes a row, compressed)."""

    width_pt: float
    height_pt: float
    width: int
    height: int
    stride: int
    packed: bytes

    @property
    def landscape(self) -> bool:
        return self.width_pt > self.height_pt

    def pixels(self) -> bytes:
        return zlib.decompress(self.packed)


def pdf_pages(
    path: Path | str,
    dpi: int = DEFAULT_DPI,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[PrintPage]:
    """Every page of the PDF at `path` drawn at `dpi` (72–300), in order.

    A file that is gone raises NotFoundError, one that PDFium cannot read a UserError: both are one
    line the user can act on. `cancelled()` is asked between pages (PrintCancelled)."""
    import pypdfium2

    from flare_monitor.evidence.pdf import PDFIUM_LOCK

    path = Path(path)
    if not path.is_file():
        raise NotFoundError(
            _("The report {path} is no longer there: it was moved or deleted.", path=str(path))
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(
            _("Cannot read {path}: {reason}", path=str(path), reason=exc.strerror or str(exc))
        ) from exc
    scale = max(MIN_DPI, min(int(dpi), MAX_DPI)) / POINTS_PER_INCH
    pages: list[PrintPage] = []
    with PDFIUM_LOCK:
        try:
            document = pypdfium2.PdfDocument(data)
        except pypdfium2.PdfiumError as exc:
            log.info("a PDF that cannot be printed: %s", exc)
            raise UserError(_unreadable(path)) from exc
        try:
            total = len(document)
            for number in range(total):
                if cancelled is not None and cancelled():
                    raise PrintCancelled(_("Printing was cancelled."))
                pages.append(_render(document[number], scale))
                if progress is not None:
                    progress(number + 1, total)
        except pypdfium2.PdfiumError as exc:
            log.info("a PDF page that cannot be drawn: %s", exc)
            raise UserError(_unreadable(path)) from exc
        finally:
            document.close()
    return pages


def _unreadable(path: Path) -> Message:
    return _("{path} cannot be printed: it is not a PDF that can be read.", path=str(path))


def _render(page, scale: float) -> PrintPage:
    try:
        width_pt, height_pt = page.get_size()
        bitmap = page.render(scale=scale, may_draw_forms=False, rev_byteorder=True, grayscale=False)
        try:
            if bitmap.n_channels != 3:  # an RGB picture is what the printer side expects
                raise ValueError(f"unexpected {bitmap.n_channels} channels")
            packed = zlib.compress(bytes(bitmap.buffer), 1)
            return PrintPage(width_pt, height_pt, bitmap.width, bitmap.height, bitmap.stride, packed)
        finally:
            bitmap.close()
    finally:
        page.close()
