"""Mixed scripts in narratives: an Urdu sentence over several lines keeps its order, punctuation after
Chinese text in a shaped paragraph is drawn by a font that has it, Devanagari words keep their written text
in the PDF, and characters no font has (emoji, control characters) are dropped."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader
from reportlab.lib.units import cm
from reportlab.platypus import SimpleDocTemplate

from flare_monitor.reports import fonts
from flare_monitor.reports.bidi import BidiParagraph, break_lines
from flare_monitor.reports.styles import para, style

URDU = ("بلال خان نے کوئٹہ میں تربیت حاصل کی اور پھر اپنے ضلع واپس جا کر بھٹہ مزدوروں کے حقوق کے بارے میں "
        "بتایا۔")  # fmt: skip
NEPALI = "राम बहादुर थापा ले तालिम लिनुभयो।"


def _build(path, paragraphs, width=None):
    margins = {"rightMargin": 21 * cm - 2.5 * cm - width} if width else {}
    SimpleDocTemplate(str(path), leftMargin=2.5 * cm, **margins).build(paragraphs)
    return path


def test_an_urdu_sentence_over_several_lines_starts_on_the_first(tmp_path):
    text = "The inspector wrote: " + URDU + " That is what he did."
    lines = break_lines(text, 200, fonts.BASE_FONT, 9.5)
    assert len(lines) >= 3 and " ".join(lines) == text  # broken in reading order, nothing lost
    urdu_words = URDU.split()
    assert urdu_words[0] in lines[0] and urdu_words[-1] in lines[-2] + lines[-1]
    paragraph = para(text)
    assert isinstance(paragraph, BidiParagraph)
    paragraph.wrap(200, 1000)
    first = paragraph.text.split("<br/>")[0]
    import arabic_reshaper

    def drawn(word: str) -> str:  # joined, and its letters in drawing (left-to-right) order
        return arabic_reshaper.reshape(word)[::-1]

    assert drawn(urdu_words[0]) in first  # the sentence's first word, on the first line
    assert drawn(urdu_words[-1]) not in first
    _build(tmp_path / "urdu.pdf", [para(text), para(URDU)], width=200)


def test_a_paragraph_that_starts_right_to_left_is_right_aligned():
    from reportlab.lib.enums import TA_RIGHT

    assert para(URDU).style.alignment == TA_RIGHT
    assert para("The officer: " + URDU).style.alignment != TA_RIGHT


def test_punctuation_after_chinese_in_a_shaped_paragraph_keeps_its_font(tmp_path):
    text = "Nepali " + NEPALI + " then 南宁劳动监察; and 王伟."
    paragraph = para(text)
    assert paragraph.style.shaping
    path = _build(tmp_path / "mixed.pdf", [paragraph])
    content = PdfReader(str(path)).pages[0].extract_text()
    assert "南宁劳动监察;" in content and "王伟." in content


def test_devanagari_words_carry_their_written_text(tmp_path):
    path = _build(tmp_path / "ne.pdf", [para(NEPALI, "body")])
    stream = PdfReader(str(path)).pages[0].get_contents().get_data().decode("latin-1")
    written = [bytes.fromhex(h).decode("utf-16") for h in re.findall(r"/ActualText <([0-9A-F]+)>", stream)]
    assert "तालिम" in written and "बहादुर" in written and "लिनुभयो।" in written
    if shutil.which("pdftotext"):  # poppler reads /ActualText
        extracted = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
        assert NEPALI in extracted


@pytest.mark.parametrize(
    ("raw", "kept"),
    [
        ("Emoji 😀👍🏽 done", "Emoji  done"),
        ("bell\x07 and\ttab", "bell and tab"),
        ("zero\u200bwidth", "zerowidth"),
        ("Бат-Эрдэнэ 王伟 राम", "Бат-Эрдэнэ 王伟 राम"),
        ("joiner क्\u200dष", "joiner क्\u200dष"),
    ],
)
def test_characters_no_font_has_are_dropped(raw, kept):
    assert fonts.clean(raw) == kept
    assert "\x00" not in fonts.markup(raw)


def test_the_pdf_text_has_no_empty_boxes_for_emoji(tmp_path):
    path = _build(tmp_path / "e.pdf", [para("Training 🎓 done \x07.")])
    text = PdfReader(str(path)).pages[0].extract_text()
    assert "Training" in text and "\x00" not in text and "🎓" not in text
    assert style("body").fontName == fonts.BASE_FONT
