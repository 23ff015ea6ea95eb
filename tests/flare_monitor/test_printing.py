"""The pages of a PDF drawn for a printer: one picture per page, at the resolution asked for, with the
page's size on paper; a missing or unreadable file is a one-line problem, not a crash."""

from __future__ import annotations

import pytest

from flare_monitor.errors import NotFoundError, UserError
from flare_monitor.printing import PrintCancelled, pdf_pages


def _pdf(path, sizes):
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path))
    for number, (width, height) in enumerate(sizes, start=1):
        canvas.setPageSize((width, height))
        canvas.setFillColorRGB(0.8, 0.1, 0.1)
        canvas.rect(0, 0, 72, 72, fill=1, stroke=0)  # a red inch in the lower left corner
        canvas.drawString(100, 100, f"Page {number}")
        canvas.showPage()
    canvas.save()
    return path


A4 = (595.28, 841.89)


def test_every_page_is_drawn_at_the_resolution_asked_for(tmp_path):
    pdf = _pdf(tmp_path / "report.pdf", [A4, A4, (A4[1], A4[0])])
    done = []
    pages = pdf_pages(pdf, 100, progress=lambda n, total: done.append((n, total)))
    assert len(pages) == 3 and done[-1] == (3, 3)
    first, _second, third = pages
    assert first.width == pytest.approx(A4[0] * 100 / 72, abs=1)
    assert first.height == pytest.approx(A4[1] * 100 / 72, abs=1)
    assert not first.landscape and third.landscape
    assert (third.width_pt, third.height_pt) == pytest.approx((A4[1], A4[0]))
    pixels = first.pixels()
    assert len(pixels) == first.stride * first.height
    # RGB in that order: the red inch in the lower left corner is red, the rest white.
    corner = (first.height - 10) * first.stride + 10 * 3
    red, green, blue = pixels[corner : corner + 3]
    assert red > 180 and green < 60 and blue < 60
    assert tuple(pixels[0:3]) == (255, 255, 255)
    assert len(first.packed) < len(pixels) / 10  # kept compressed until painted


def test_a_missing_or_unreadable_file_is_one_line(tmp_path):
    with pytest.raises(NotFoundError) as gone:
        pdf_pages(tmp_path / "moved.pdf")
    assert "no longer there" in str(gone.value) and "moved.pdf" in str(gone.value)
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    with pytest.raises(UserError) as broken:
        pdf_pages(tmp_path / "broken.pdf")
    assert "cannot be printed" in str(broken.value)


def test_cancel_stops_between_pages(tmp_path):
    pdf = _pdf(tmp_path / "report.pdf", [A4, A4])
    with pytest.raises(PrintCancelled):
        pdf_pages(pdf, cancelled=lambda: True)
