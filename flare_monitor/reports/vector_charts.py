"""The donor report's charts drawn as PDF vector graphics (ReportLab drawings), not as pictures.

The desktop app's dashboard draws its charts with matplotlib (`charts`); the report draws the same two
charts — people trained by sex and agency type, cumulative actual against target — with ReportLab's own
shapes: sharp at any zoom, searchable text, and about a tenth of the time of rendering pictures (a
20-country report has 40 of them). The charts take the same plain data (`charts.IndicatorSeries`,
`charts.ChartLabels`) and sit in the story as `ChartFlowable`s that shrink to fit the room left on a
page rather than leaving it half empty.

Texts are drawn run by run in the font of their script (`fonts.script_runs`), Arabic-script runs reshaped
and put in display order, so an indicator's name in any of the report's scripts is not a row of boxes.
Panel titles wrap at spaces and are never cut; the last actual value sits right of its point, away from
the target line.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from reportlab.graphics.shapes import Drawing, Group, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from flare_monitor.reports import fonts
from flare_monitor.reports.charts import ChartLabels, IndicatorSeries
from flare_monitor.reports.styles import CHART_COLOURS

TEXT = 7.2
SMALL = 6.4
TITLE = 8.6
INK = colors.HexColor("#1E2D5A")
MUTED = colors.HexColor("#5A6275")
AXIS = colors.HexColor("#8A8F99")
GRIDLINE = colors.HexColor("#E3E6EC")


def _colour(key: str):
    return colors.HexColor(CHART_COLOURS[key])


# --------------------------------------------------------------------------- text


def _runs(text: str, bold: bool) -> list[tuple[str, str]]:
    """(font, run) pieces of a text in display order, each in the font that has its glyphs."""
    fonts.register_fonts()
    if fonts.has_rtl(text):
        import arabic_reshaper
        from bidi import get_display

        text = get_display(arabic_reshaper.reshape(text), base_dir=fonts.base_direction(text))
    base = fonts.BASE_BOLD if bold else fonts.BASE_FONT
    pieces = []
    for script, run in fonts.script_runs(fonts.clean(text)):
        font = base if script == fonts.LATIN else fonts.SCRIPT_FONTS[script][1 if bold else 0]
        pieces.append((font, run))
    return pieces


def text_width(text: str, size: float, bold: bool = False) -> float:
    return sum(stringWidth(run, font, size) for font, run in _runs(text, bold))


def draw_text(group: Group, x: float, y: float, text: str, size: float = TEXT, *, anchor: str = "start",
              bold: bool = False, colour=INK) -> None:  # fmt: skip
    """Draw a line of text run by run; `anchor` start, middle or end as for a String."""
    pieces = _runs(text, bold)
    width = sum(stringWidth(run, font, size) for font, run in pieces)
    left = x - {"start": 0, "middle": width / 2, "end": width}[anchor]
    for font, run in pieces:
        group.add(String(left, y, run, fontName=font, fontSize=size, fillColor=colour))
        left += stringWidth(run, font, size)


def wrap_text(text: str, width: float, size: float, bold: bool = False) -> list[str]:
    """Lines of at most `width` points, broken at spaces (a word longer than a line stands alone)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}" if current else word
        if current and text_width(trial, size, bold) > width:
            lines.append(current)
            current = word
        else:
            current = trial
    if current:
        lines.append(current)
    return lines or [""]


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def _ticks(top: float, count: int = 5) -> list[float]:
    """Round, whole-number tick values from 0 to at least `top`."""
    top = max(top, 1)
    raw = top / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    step = max(1, round(step)) if step >= 1 else 1
    return [step * i for i in range(int(math.ceil(top / step)) + 1)]


def _legend(group: Group, width: float, y: float, items: Sequence[tuple[str, object, str]]) -> None:
    """Centred legend: (text, colour, kind "box" or "line" or "dash")."""
    gap, key = 14, 14
    total = sum(key + 4 + text_width(text, SMALL) for text, _c, _k in items) + gap * (len(items) - 1)
    x = (width - total) / 2
    for text, colour, kind in items:
        if kind == "box":
            group.add(Rect(x, y - 1, 9, 7, fillColor=colour, strokeColor=None))
        else:
            group.add(Line(x, y + 2.5, x + key, y + 2.5, strokeColor=colour, strokeWidth=1.6,
                           strokeDashArray=(3, 2) if kind == "dash" else None))  # fmt: skip
        draw_text(group, x + key + 4, y, text, SMALL, colour=MUTED)
        x += key + 4 + text_width(text, SMALL) + gap


# --------------------------------------------------------------------------- the charts


def people_chart(
    data: Mapping[str, Mapping[str, float]], labels: ChartLabels, width: float
) -> Drawing | None:
    """Horizontal bars, one per agency type, stacked by sex; the total at the end of each bar; None when
    nobody was trained. `data`: {agency label: {"female": n, "male": n, "other": n, "not_recorded": n}}."""
    rows = [(name, c) for name, c in data.items() if sum(v or 0 for v in c.values()) > 0]
    if not rows:
        return None
    bar, gap = 12.0, 7.0
    top_room, bottom_room = 22.0, 40.0
    height = top_room + bottom_room + len(rows) * (bar + gap)
    drawing = Drawing(width, height)
    group = Group()
    names_width = min(max(text_width(n, TEXT) for n, _ in rows) + 8, width * 0.4)
    left, right = names_width, width - 24
    totals = [sum(v or 0 for v in c.values()) for _n, c in rows]
    ticks = _ticks(max(totals))
    scale = (right - left) / ticks[-1]
    plot_bottom = bottom_room
    plot_top = height - top_room
    for t in ticks:
        x = left + t * scale
        group.add(Line(x, plot_bottom, x, plot_top, strokeColor=GRIDLINE, strokeWidth=0.5))
        draw_text(group, x, plot_bottom - 10, _number(t), SMALL, anchor="middle", colour=MUTED)
    group.add(Line(left, plot_bottom, left, plot_top, strokeColor=AXIS, strokeWidth=0.6))
    parts = (("female", labels.female), ("male", labels.male), ("other", labels.other))
    used = set()
    for index, (name, counts) in enumerate(rows):
        y = plot_top - (index + 1) * (bar + gap) + gap / 2
        draw_text(group, left - 5, y + bar / 2 - 2.5, name, TEXT, anchor="end")
        x = left
        for key, _word in parts:
            value = counts.get(key) or 0
            if key == "other":
                value += counts.get("not_recorded") or 0
            if not value:
                continue
            used.add(key)
            w = value * scale
            group.add(Rect(x, y, w, bar, fillColor=_colour(key), strokeColor=None))
            if w > text_width(_number(value), SMALL) + 4:
                draw_text(group, x + w / 2, y + bar / 2 - 2.2, _number(value), SMALL, anchor="middle",
                          colour=colors.white)  # fmt: skip
            x += w
        draw_text(group, x + 3, y + bar / 2 - 2.5, _number(totals[index]), TEXT, bold=True)
    if labels.axis:
        middle = (left + right) / 2
        draw_text(group, middle, plot_bottom - 22, labels.axis, TEXT, anchor="middle", colour=MUTED)
    _legend(group, width, 4, [(word, _colour(key), "box") for key, word in parts if key in used])
    if labels.title:
        draw_text(group, width / 2, height - 11, labels.title, TITLE, anchor="middle", bold=True)
    drawing.add(group)
    return drawing


def cumulative_chart(series: Sequence[IndicatorSeries], labels: ChartLabels, width: float) -> Drawing | None:
    """One panel per indicator: cumulative actual (solid) against cumulative target (dashed); None when no
    indicator has any figure."""
    shown = [s for s in series if any(v for v in (*s.actual, *s.target))]
    if not shown:
        return None
    columns = 1 if len(shown) == 1 else 2
    rows = (len(shown) + columns - 1) // columns
    gap = 26.0
    panel_width = (width - gap * (columns - 1)) / columns
    titles = [wrap_text(s.title, panel_width - 4, SMALL + 0.6) for s in shown]
    title_lines = max(len(t) for t in titles)
    panel_height = 118.0 + 8.5 * title_lines
    top_room, bottom_room = 20.0, 22.0
    height = top_room + bottom_room + rows * panel_height
    drawing = Drawing(width, height)
    group = Group()
    for index, (item, lines) in enumerate(zip(shown, titles, strict=True)):
        row, col = divmod(index, columns)
        x0 = col * (panel_width + gap)
        y_top = height - top_room - row * panel_height
        for n, line in enumerate(lines):
            draw_text(group, x0, y_top - 8 - n * 8.5, line, SMALL + 0.6, colour=INK)
        plot_top = y_top - 12 - title_lines * 8.5
        plot_bottom = y_top - panel_height + 24
        values = [v for v in (*item.actual, *item.target) if v is not None]
        ticks = _ticks(max(values or [1]) * 1.05)
        label_room = max(text_width(_number(t), SMALL) for t in ticks) + 5
        left = x0 + label_room
        right = x0 + panel_width - 26  # room for the last value's label
        n = len(item.periods)

        def x_of(i: int, left=left, right=right, n=n) -> float:
            return (left + right) / 2 if n == 1 else left + i * (right - left) / (n - 1)

        y_scale = (plot_top - plot_bottom) / ticks[-1]
        for t in ticks:
            y = plot_bottom + t * y_scale
            group.add(Line(left, y, right, y, strokeColor=GRIDLINE, strokeWidth=0.5))
            draw_text(group, left - 4, y - 2.2, _number(t), SMALL, anchor="end", colour=MUTED)
        group.add(Line(left, plot_bottom, right, plot_bottom, strokeColor=AXIS, strokeWidth=0.6))
        step = max(1, (n + 3) // 4)
        for i in list(range(n))[::-1][::step]:
            draw_text(group, x_of(i), plot_bottom - 10, item.periods[i], SMALL - 0.6, anchor="middle",
                      colour=MUTED)  # fmt: skip
        lines = (("target", item.target, (3, 2), 1.2), ("actual", item.actual, None, 1.8))
        for key, data, dash, stroke in lines:
            points = [(x_of(i), plot_bottom + v * y_scale) for i, v in enumerate(data) if v is not None]
            if len(points) > 1:
                group.add(PolyLine([c for p in points for c in p], strokeColor=_colour(key),
                                   strokeWidth=stroke, strokeDashArray=dash))  # fmt: skip
            for px, py in points:
                r = 1.3 if key == "target" else 1.6
                group.add(Rect(px - r, py - r, 2 * r, 2 * r, fillColor=_colour(key), strokeColor=None))
        last = next((i for i in reversed(range(n)) if item.actual[i] is not None), None)
        if last is not None:
            value = item.actual[last]
            goal = item.target[last]
            below = goal is not None and goal >= value
            y = plot_bottom + value * y_scale + (-7 if below else 2)
            draw_text(group, x_of(last) + 4, y, _number(value), SMALL + 0.4, bold=True,
                      colour=_colour("actual"))  # fmt: skip
    _legend(group, width, 4, [(labels.actual, _colour("actual"), "line"),
                              (labels.target, _colour("target"), "dash")])  # fmt: skip
    if labels.title:
        draw_text(group, width / 2, height - 11, labels.title, TITLE, anchor="middle", bold=True)
    drawing.add(group)
    return drawing


class ChartFlowable(Flowable):
    """A drawing in the story that shrinks (down to `min_scale`) to fit the room left on the page."""

    def __init__(self, drawing: Drawing, min_scale: float = 0.6):
        super().__init__()
        self.drawing = drawing
        self.min_scale = min_scale
        self.scale = 1.0
        self.width, self.height = drawing.width, drawing.height
        self.hAlign = "CENTER"

    def wrap(self, available_width, available_height):
        self.scale = 1.0
        if self.drawing.height > available_height >= self.drawing.height * self.min_scale:
            self.scale = available_height / self.drawing.height
        self.scale = min(self.scale, available_width / self.drawing.width) if available_width else self.scale
        self.width, self.height = self.drawing.width * self.scale, self.drawing.height * self.scale
        return self.width, self.height

    def draw(self) -> None:
        from reportlab.graphics import renderPDF

        self.canv.saveState()
        self.canv.scale(self.scale, self.scale)
        renderPDF.draw(self.drawing, self.canv, 0, 0)
        self.canv.restoreState()


__all__ = ["ChartFlowable", "cumulative_chart", "draw_text", "people_chart", "text_width", "wrap_text"]
