"""First pages of PDFs as pictures: drawn without forms or scripts; damaged PDFs give no picture."""

from __future__ import annotations

import pypdfium2
import pytest

from flare_monitor.evidence import pdf
from tests.flare_monitor.evidence import samples


@pytest.fixture
def no_form_environment(monkeypatch):
    def refuse(*_args, **_kwargs):
        raise AssertionError("a form environment (where PDFium runs JavaScript) was created")

    monkeypatch.setattr(pypdfium2.PdfDocument, "init_forms", refuse)


def test_first_page_fits_the_size_asked(no_form_environment):
    picture = pdf.first_page(samples.pdf(), 200)
    assert (picture.width, picture.height) == (150, 200)
    assert len(picture.pixels) == picture.stride * picture.height
    # The blue band at the top of the page is blue in the picture (RGB order).
    row = picture.stride * 30
    red, green, blue = picture.pixels[row + 3 * 75 : row + 3 * 75 + 3]
    assert blue > 150 and red < 80


def test_a_pdf_with_javascript_is_drawn_without_running_it(no_form_environment):
    assert not pdf.javascript_engine()
    picture = pdf.first_page(samples.pdf_with_javascript(), 256)
    assert (picture.width, picture.height) == (192, 256)


@pytest.mark.parametrize(
    "data", [b"%PDF-1.7\n garbage", samples.pdf()[:300], b"%PDF-1.4\ntrailer<</Root<</Pages<</Count 0>>>>>>"]
)
def test_damaged_pdfs_give_no_picture(data):
    assert pdf.first_page(data, 128) is None
