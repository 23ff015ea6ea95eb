"""The first page of a PDF as a small picture (for thumbnails), with PDFium through pypdfium2.

No JavaScript runs: PDFium runs a document's scripts only in a form environment (`init_forms()`),
which is never created here, and the pypdfium2 builds carry no JavaScript engine (V8) at all
(`javascript_engine()` says so; a test checks it). Form fields are not drawn. PDFium is not
thread-safe: one page is rendered at a time, whichever thread asks.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

log = logging.getLogger(__name__)

# PDFium is not thread-safe: every use of it in the app takes this lock (thumbnails, printing).
PDFIUM_LOCK = threading.Lock()
MAX_SIDE = 1024


@dataclass(frozen=True)
class Picture:
    """RGB pixels, `stride` bytes per row."""

    width: int
    height: int
    stride: int
    pixels: bytes


def javascript_engine() -> bool:
    """True if the PDFium build could run JavaScript at all (a V8 build); the shipped one cannot."""
    import pypdfium2

    return "V8" in tuple(getattr(pypdfium2.PDFIUM_INFO, "flags", ()) or ())


def first_page(data: bytes, max_side: int = 256) -> Picture | None:
    """The first page scaled to fit `max_side` pixels, or None when the PDF cannot be rendered
    (damaged, encrypted, no pages): a thumbnail is a convenience, never an error."""
    import pypdfium2

    side = max(16, min(int(max_side), MAX_SIDE))
    with PDFIUM_LOCK:
        try:
            document = pypdfium2.PdfDocument(data)
        except pypdfium2.PdfiumError:
            return None
        try:
            if len(document) == 0:
                return None
            page = document[0]
            try:
                width, height = page.get_size()
                if width <= 0 or height <= 0:
                    return None
                scale = side / max(width, height)
                bitmap = page.render(scale=scale, may_draw_forms=False, rev_byteorder=True)
                try:
                    if bitmap.n_channels != 3:
                        return None
                    return Picture(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer))
                finally:
                    bitmap.close()
            finally:
                page.close()
        except pypdfium2.PdfiumError as exc:
            log.info("no thumbnail for a PDF: %s", type(exc).__name__)
            return None
        finally:
            document.close()
