"""Paragraphs holding right-to-left text (Urdu, Arabic) broken into lines before they are reordered.

ReportLab lays text out left to right and wraps it at spaces. Reordering a whole Urdu sentence for display
and letting ReportLab wrap it afterwards puts the sentence's end on the first line. `BidiParagraph` breaks
the text into lines in logical (reading) order first, measuring each word in the font that will draw it,
then reshapes and reorders each line on its own with the Unicode bidi algorithm (base direction from the
paragraph's first strong character; a right-to-left paragraph is right-aligned), and hands ReportLab lines
that already fit.
"""

from __future__ import annotations

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from flare_monitor.reports import fonts

# ReportLab must never need to wrap a line again: leave a little room for measuring differences.
SLACK = 0.97


def _word_width(word: str, font: str, bold: bool, size: float) -> float:
    width = 0.0
    for script, run in fonts.script_runs(word):
        if script == fonts.LATIN:
            width += stringWidth(run, font, size)
            continue
        name = fonts.SCRIPT_FONTS[script][1 if bold else 0]
        if script == fonts.ARABIC:
            import arabic_reshaper

            run = arabic_reshaper.reshape(run)
        width += stringWidth(run, name, size)
    return width


def break_lines(text: str, width: float, font: str, size: float) -> list[str]:
    """The text's lines in logical order for a column `width` points wide (explicit newlines kept)."""
    fonts.register_fonts()
    bold = "bold" in font.lower()
    space = stringWidth(" ", font, size)
    lines: list[str] = []
    for hard in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        current: list[str] = []
        used = 0.0
        for word in hard.split(" "):
            if not word:
                continue
            w = _word_width(word, font, bold, size)
            if current and used + space + w > width * SLACK:
                lines.append(" ".join(current))
                current, used = [word], w
            else:
                used = used + space + w if current else w
                current.append(word)
        lines.append(" ".join(current))
    return lines


class BidiParagraph(Paragraph):
    """A Paragraph of user text with right-to-left runs: broken into lines, then each line reordered."""

    def __init__(self, text: str | None, style: ParagraphStyle, base_font: str | None = None, **kw):
        if text is None:  # a piece of a paragraph split across pages: its lines are already made
            self.raw_text = None
            super().__init__(text, style, **kw)
            return
        self.raw_text = text
        self.base_font = base_font or style.fontName
        self.rtl = fonts.base_direction(text) == "R"
        if self.rtl and style.alignment != TA_CENTER:
            style = ParagraphStyle(style.name + "_rtl", parent=style, alignment=TA_RIGHT)
        self._broken_for: float | None = None
        self._kw = kw
        super().__init__(self._markup([text]), style, **kw)

    def _markup(self, lines: list[str]) -> str:
        bold = "bold" in self.base_font.lower()
        direction = "R" if self.rtl else "L"
        return "<br/>".join(fonts.visual_line_markup(line, bold, direction) for line in lines)

    def wrap(self, availWidth, availHeight):  # noqa: N803 - ReportLab's names
        room = availWidth - self.style.leftIndent - self.style.rightIndent
        if self.raw_text is not None and self._broken_for != room:
            lines = break_lines(self.raw_text, room, self.style.fontName, self.style.fontSize)
            Paragraph.__init__(self, self._markup(lines), self.style, **self._kw)
            self._broken_for = room
        return super().wrap(availWidth, availHeight)

    def split(self, availWidth, availHeight):  # noqa: N803
        if self.raw_text is not None:
            self.wrap(availWidth, availHeight)
        return super().split(availWidth, availHeight)


__all__ = ["BidiParagraph", "break_lines"]
