"""Paragraph and table styles of the donor report, status colours, and the one way to make a Paragraph.

`para(text, style)` is the only door from user text to a Paragraph: it escapes and marks up the text
per script (`fonts.markup`) and switches to a shaped copy of the style when the text holds
Devanagari or Thai. `label(text, style)` is for the report's own words (escaped, no script runs).
"""

from __future__ import annotations

from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, TableStyle

from flare_monitor.reports import fonts

# ILO-like palette: dark blue headings, light grey bands.
NAVY = colors.HexColor("#1E2D5A")
BLUE = colors.HexColor("#2F5597")
LIGHT = colors.HexColor("#E9EEF6")
BAND = colors.HexColor("#F5F7FA")
GRID = colors.HexColor("#B8C2D6")
MUTED = colors.HexColor("#5A6275")

# Status: a colour for the eye and a word for black-and-white prints (the word is always printed).
STATUS_COLOURS = {
    "on_track": (colors.HexColor("#D8EFD9"), colors.HexColor("#1B5E20")),
    "needs_attention": (colors.HexColor("#FFF0C2"), colors.HexColor("#7A5200")),
    "off_track": (colors.HexColor("#F8D3D0"), colors.HexColor("#8E1B12")),
    "no_target": (colors.HexColor("#ECEDEF"), colors.HexColor("#4A4F5C")),
}
# Hex for matplotlib (same hues, stronger, for bars and lines).
CHART_COLOURS = {
    "female": "#C0504D",
    "male": "#2F5597",
    "other": "#9BA3B5",
    "actual": "#2F5597",
    "target": "#C0504D",
    "on_track": "#2E7D32",
    "needs_attention": "#E0A100",
    "off_track": "#C62828",
    "no_target": "#8A8F99",
}


@cache
def _styles() -> dict[str, ParagraphStyle]:
    fonts.register_fonts()
    base = ParagraphStyle("body", fontName=fonts.BASE_FONT, fontSize=9.5, leading=13, spaceAfter=5)
    s: dict[str, ParagraphStyle] = {"body": base}

    def add(name: str, **kw) -> None:
        parent = s[kw.pop("parent", "body")]
        s[name] = ParagraphStyle(name, parent=parent, **kw)

    add("cover_title", fontName=fonts.BASE_BOLD, fontSize=22, leading=28, textColor=NAVY, spaceAfter=10)
    add("cover_subtitle", fontName=fonts.BASE_BOLD, fontSize=14, leading=18, textColor=BLUE, spaceAfter=18)
    add("cover_label", fontName=fonts.BASE_BOLD, fontSize=9.5, textColor=MUTED, spaceAfter=0)
    add("cover_value", fontSize=10.5, leading=14, spaceAfter=0)
    add("sheet_title", parent="cover_title", fontSize=15, leading=19, spaceAfter=4)
    add("sheet_subtitle", parent="cover_subtitle", fontSize=11.5, leading=14, spaceAfter=6)
    add("sheet_label", parent="cover_label", fontSize=8, leading=10)
    add("sheet_value", parent="cover_value", fontSize=8.6, leading=11)
    add(
        "h1",
        fontName=fonts.BASE_BOLD,
        fontSize=16,
        leading=20,
        textColor=NAVY,
        spaceBefore=4,
        spaceAfter=8,
        keepWithNext=1,
    )
    add(
        "h2",
        fontName=fonts.BASE_BOLD,
        fontSize=12.5,
        leading=16,
        textColor=BLUE,
        spaceBefore=10,
        spaceAfter=5,
        keepWithNext=1,
    )
    add(
        "h3",
        fontName=fonts.BASE_BOLD,
        fontSize=10.5,
        leading=14,
        textColor=NAVY,
        spaceBefore=8,
        spaceAfter=4,
        keepWithNext=1,
    )
    add(
        "h4",
        fontName=fonts.BASE_BOLD,
        fontSize=9.5,
        leading=13,
        textColor=MUTED,
        spaceBefore=4,
        spaceAfter=2,
        keepWithNext=1,
    )
    add(
        "statement",
        fontName=fonts.BASE_ITALIC,
        fontSize=9,
        leading=12,
        textColor=MUTED,
        spaceAfter=5,
        keepWithNext=1,
    )
    add("note", fontSize=8.5, leading=11, textColor=MUTED)
    add("footnote", fontSize=7.4, leading=9.4, textColor=MUTED, spaceAfter=1.5)
    add(
        "scope",
        fontName=fonts.BASE_BOLD,
        fontSize=8,
        leading=10,
        textColor=MUTED,
        spaceBefore=3,
        spaceAfter=1,
        keepWithNext=1,
    )
    add("caption", fontName=fonts.BASE_ITALIC, fontSize=8, leading=10, textColor=MUTED, spaceAfter=6)
    add("certify", fontSize=9, leading=12.5, spaceAfter=6)
    add("disclaimer", fontSize=8, leading=10.5, textColor=MUTED, spaceAfter=4)
    add("toc_title", parent="h1")
    add("cell", fontSize=7.8, leading=9.6, spaceAfter=0)
    add("cell_small", parent="cell", fontSize=6.8, leading=8.4, textColor=MUTED)
    add("cell_small_right", parent="cell_small", alignment=TA_RIGHT)
    add("cell_bold", parent="cell", fontName=fonts.BASE_BOLD)
    add("cell_right", parent="cell", alignment=TA_RIGHT)
    add("cell_right_bold", parent="cell_right", fontName=fonts.BASE_BOLD)
    add("cell_center", parent="cell", alignment=TA_CENTER)
    add(
        "cell_head",
        parent="cell",
        fontName=fonts.BASE_BOLD,
        textColor=colors.white,
        fontSize=7.2,
        leading=8.8,
    )
    add("cell_head_right", parent="cell_head", alignment=TA_RIGHT)
    add("cell_group", parent="cell", fontName=fonts.BASE_BOLD, textColor=NAVY)
    add(
        "band",
        parent="cell_group",
        backColor=LIGHT,
        borderPadding=(3, 3, 3, 3),
        spaceBefore=9,
        spaceAfter=4,
        keepWithNext=1,
    )
    add("status", parent="cell", fontName=fonts.BASE_BOLD, alignment=TA_CENTER, fontSize=7.4)
    add(
        "kf_number",
        fontName=fonts.BASE_BOLD,
        fontSize=17,
        leading=21,
        textColor=NAVY,
        alignment=TA_LEFT,
        spaceAfter=0,
    )
    add("kf_label", fontSize=8, leading=10, textColor=MUTED, spaceAfter=0)
    add("header", fontSize=7.5, leading=9, textColor=MUTED)
    add("toc0", fontName=fonts.BASE_BOLD, fontSize=10, leading=15, leftIndent=0)
    add("toc1", fontSize=9, leading=13, leftIndent=14)
    return s


def style(name: str) -> ParagraphStyle:
    return _styles()[name]


@cache
def _shaped(name: str) -> ParagraphStyle:
    return ParagraphStyle(name + "_shaped", parent=style(name), shaping=1)


def para(text: object, style_name: str = "body", **kw) -> Paragraph:
    """A Paragraph of user text: escaped, fonts per script, HarfBuzz shaping when needed."""
    value = "" if text is None else str(text)
    base = style(style_name)
    chosen = _shaped(style_name) if fonts.needs_shaping(value) else base
    if fonts.has_rtl(value):  # broken into lines before each line is put in display order
        from flare_monitor.reports.bidi import BidiParagraph

        return BidiParagraph(value, chosen, base.fontName, **kw)
    return Paragraph(fonts.markup(value, base.fontName), chosen, **kw)


def label(text: object, style_name: str = "body") -> Paragraph:
    """A Paragraph of the report's own words (already known Latin text), escaped."""
    return Paragraph(fonts.plain(text), style(style_name))


def status_cell(status: str, word: str) -> Paragraph:
    """The status word, coloured; the table style paints the matching background (see status_styles)."""
    _bg, fg = STATUS_COLOURS.get(status, STATUS_COLOURS["no_target"])
    st = ParagraphStyle("status_" + status, parent=style("status"), textColor=fg)
    return Paragraph(fonts.plain(word), st)


def status_commands(cells: list[tuple[int, int, str]]) -> list[tuple]:
    """Background commands for status cells given as (column, row, status)."""
    return [
        ("BACKGROUND", (col, row), (col, row), STATUS_COLOURS.get(status, STATUS_COLOURS["no_target"])[0])
        for col, row, status in cells
    ]


def table_style(header_rows: int = 1, zebra: bool = True, n_rows: int = 0, extra=()) -> TableStyle:
    """Grid table: navy header, thin rules, light bands on alternate body rows."""
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
        ("BOX", (0, 0), (-1, -1), 0.6, GRID),
    ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), NAVY),
            ("VALIGN", (0, 0), (-1, header_rows - 1), "BOTTOM"),
        ]
    if zebra:
        for row in range(header_rows + 1, n_rows, 2):
            commands.append(("BACKGROUND", (0, row), (-1, row), BAND))
    commands.extend(extra)
    return TableStyle(commands)


def col_widths(frame_width: float, fractions: list[float]) -> list[float]:
    """Column widths as fractions of the frame width (they are scaled to add up to 1)."""
    total = sum(fractions)
    return [frame_width * f / total for f in fractions]
