"""The page layout of the donor report: cover and content page templates, header, footer, contents.

- `ReportDocTemplate` (a BaseDocTemplate) has two page templates: "cover" (no header) and "content"
  (header with the project code and title on the left, the period on the right).
- The footer ("Page X of Y" and the generation date) is drawn on every page, the cover included,
  by a numbered canvas that keeps the pages until the end, when the number of pages is known.
- Headings (`Heading`) notify the table of contents and add PDF bookmarks as they are laid out;
  `multiBuild` runs the passes the contents needs.
"""

from __future__ import annotations

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph
from reportlab.platypus.tableofcontents import TableOfContents

from flare_monitor.reports import fonts
from flare_monitor.reports.styles import GRID, MUTED, NAVY, para, style

PAGE_SIZES = {"a4": A4, "letter": LETTER}
MARGIN_X = 1.9 * cm
MARGIN_TOP = 2.3 * cm
MARGIN_BOTTOM = 2.0 * cm


class Heading(Paragraph):
    """A section heading that goes into the table of contents (level 0 or 1) and the PDF outline."""

    def __init__(self, text: str, style_name: str, level: int, key: str, markup: bool = True):
        st = style(style_name)
        body = fonts.markup(text, st.fontName) if markup else fonts.plain(text)
        super().__init__(f'<a name="{key}"/>{body}', st)
        self.toc_text = text
        self.toc_level = level
        self.toc_key = key


def make_toc(lang_title: str) -> TableOfContents:
    toc = TableOfContents(dotsMinLevel=0)
    toc.levelStyles = [style("toc0"), style("toc1")]
    toc.title = lang_title
    return toc


def numbered_canvas(footer_left: str, page_words: str, page_size: tuple[float, float]):
    """A Canvas class drawing 'Page X of Y' (page_words has {page} and {pages}) on every page."""

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):  # noqa: N802 - ReportLab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._footer(number, total)
                super().showPage()
            super().save()

        def _footer(self, number: int, total: int) -> None:
            width, _height = page_size
            y = MARGIN_BOTTOM - 0.95 * cm
            self.saveState()
            self.setStrokeColor(GRID)
            self.setLineWidth(0.5)
            self.line(MARGIN_X, y + 0.42 * cm, width - MARGIN_X, y + 0.42 * cm)
            self.setFont(fonts.BASE_FONT, 7.5)
            self.setFillColor(MUTED)
            self.drawString(MARGIN_X, y, footer_left)
            self.drawRightString(width - MARGIN_X, y, page_words.format(page=number, pages=total))
            self.restoreState()

    return NumberedCanvas


class ReportDocTemplate(BaseDocTemplate):
    """Cover + content page templates; header callbacks; TOC notifications from headings."""

    def __init__(self, filename, *, page_size: str = "a4", header_left: str = "", header_right: str = "",
                 **kw):  # fmt: skip
        size = PAGE_SIZES[page_size]
        super().__init__(
            filename,
            pagesize=size,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            **kw,
        )
        self.header_left = header_left
        self.header_right = header_right
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)  # fmt: skip
        self.addPageTemplates([
            PageTemplate(id="cover", frames=[frame], onPage=self._cover_page, pagesize=size),
            PageTemplate(id="content", frames=[frame], onPage=self._content_page, pagesize=size),
        ])  # fmt: skip

    @property
    def frame_width(self) -> float:
        return self.width

    def _cover_page(self, canvas, doc) -> None:
        width, height = self.pagesize
        canvas.saveState()
        canvas.setFillColor(NAVY)
        canvas.rect(0, height - 1.1 * cm, width, 1.1 * cm, stroke=0, fill=1)
        canvas.restoreState()

    def _content_page(self, canvas, doc) -> None:
        width, height = self.pagesize
        top = height - MARGIN_TOP + 0.5 * cm
        canvas.saveState()
        canvas.setFont(fonts.BASE_FONT, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(width - MARGIN_X, top, self.header_right)
        room = width - 2 * MARGIN_X - stringWidth(self.header_right, fonts.BASE_FONT, 7.5) - 0.8 * cm
        left = para(_fit(self.header_left, room, 7.5), "header")
        _w, h = left.wrap(room, 2 * cm)
        left.drawOn(canvas, MARGIN_X, top - h + 9)
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, top - 0.18 * cm, width - MARGIN_X, top - 0.18 * cm)
        canvas.restoreState()

    def afterFlowable(self, flowable) -> None:  # noqa: N802 - ReportLab's name
        level = getattr(flowable, "toc_level", None)
        if level is None:
            return
        check = getattr(self, "cancel_check", None)
        if check is not None:
            check("layout")
        key = flowable.toc_key
        self.notify("TOCEntry", (level, fonts.markup(flowable.toc_text), self.page, key))
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(flowable.toc_text, key, level=level, closed=level > 0)


def _fit(text: str, room: float, size: float) -> str:
    """Cut text with an ellipsis so it fits on one line of the header."""
    if stringWidth(text, fonts.BASE_FONT, size) <= room:
        return text
    while text and stringWidth(text + "\u2026", fonts.BASE_FONT, size) > room:
        text = text[:-1]
    return text.rstrip() + "\u2026"
