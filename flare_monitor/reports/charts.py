"""Charts of the donor report and the dashboard: pure functions that draw plain data on a Figure.

Each function takes a `matplotlib.figure.Figure` (from `new_figure()` here, or the dashboard's
FigureCanvasQTAgg) and plain numbers — no database, no pyplot, no global state. Texts use the
shipped Noto fonts (registered with matplotlib's font manager once) with fallbacks for CJK,
Devanagari and Arabic, so non-Latin labels don't turn into boxes.

matplotlib is imported inside the functions: importing it costs about half a second.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from flare_monitor.reports import fonts
from flare_monitor.reports.styles import CHART_COLOURS

if TYPE_CHECKING:
    from matplotlib.figure import Figure

FONT_FAMILY = ["Noto Sans", "Droid Sans Fallback", "Noto Sans Devanagari", "Noto Naskh Arabic", "DejaVu Sans"]
# Bold texts are the report's own words (titles, totals): the CJK font has no bold face.
BOLD_FAMILY = ["Noto Sans", "DejaVu Sans"]
_FONT_FILES = ("NotoSans", "NotoSans-Bold", "DroidSansFallback", "NotoSansDevanagari", "NotoNaskhArabic")
_font_lock = threading.Lock()
_fonts_added = False
TEXT_SIZE = 8.5
TITLE_SIZE = 10


@dataclass(frozen=True)
class IndicatorSeries:
    """One indicator over periods: cumulative actual and cumulative target (None = nothing)."""

    title: str
    periods: Sequence[str]
    actual: Sequence[float | None]
    target: Sequence[float | None]
    unit: str = "number"


@dataclass(frozen=True)
class ChartLabels:
    """The words of a chart (translated by the caller)."""

    title: str = ""
    female: str = "Female"
    male: str = "Male"
    other: str = "Other / not recorded"
    axis: str = ""
    actual: str = "Cumulative actual"
    target: str = "Cumulative target"
    words: Mapping[str, str] = field(default_factory=dict)


def use_shipped_fonts() -> None:
    """Add the shipped TTFs to matplotlib's font manager and make every label plain text (once per
    process, before any figure is made)."""
    global _fonts_added
    if _fonts_added:
        return
    with _font_lock:
        if _fonts_added:
            return
        import matplotlib
        from matplotlib import font_manager

        # Every label is plain text: a name holding `$…$` is printed as written, never parsed as mathtext.
        matplotlib.rcParams["text.parse_math"] = False
        for name in _FONT_FILES:
            font_manager.fontManager.addfont(str(fonts.font_file(name)))
        _fonts_added = True


def new_figure(width_cm: float, height_cm: float) -> Figure:
    """A Figure with an Agg canvas (never pyplot), sized in centimetres.

    No layout engine: the chart functions place their axes with margins in inches, which is several
    times faster than constrained layout and keeps a 20-country report quick.
    """
    use_shipped_fonts()
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width_cm / 2.54, height_cm / 2.54))
    FigureCanvasAgg(fig)
    return fig


def _margins(fig: Figure, left: float, right: float, top: float, bottom: float, **kw) -> None:
    """Axes margins in inches (a Figure from the dashboard may use any size)."""
    width, height = fig.get_size_inches()
    fig.subplots_adjust(left=min(left / width, 0.6), right=1 - right / width, top=1 - top / height,
                        bottom=min(bottom / height, 0.6), **kw)  # fmt: skip


def render_png(fig: Figure, dpi: int = 200) -> bytes:
    """The figure as PNG bytes: no Software/time metadata, so the same chart gives the same bytes."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi, metadata={"Software": None}, facecolor="white")
    return buffer.getvalue()


def render_rgb(fig: Figure, dpi: int = 200) -> tuple[int, int, bytes]:
    """(width, height, RGB bytes) of the figure drawn by Agg at `dpi` — what a PDF image needs,
    without encoding and decoding a PNG on the way."""
    import numpy as np

    fig.set_dpi(dpi)
    fig.set_facecolor("white")
    fig.canvas.draw()
    rgba = np.asarray(fig.canvas.buffer_rgba())
    height, width = rgba.shape[:2]
    return width, height, np.ascontiguousarray(rgba[:, :, :3]).tobytes()


def _style_axes(ax) -> None:
    ax.tick_params(labelsize=TEXT_SIZE, labelfontfamily=FONT_FAMILY, length=3)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.spines["left"].set_color("#8A8F99")
    ax.spines["bottom"].set_color("#8A8F99")


def _title(fig: Figure, text: str) -> None:
    if text:
        fig.suptitle(
            text,
            fontsize=TITLE_SIZE,
            fontweight="bold",
            family=BOLD_FAMILY,
            color="#1E2D5A",
            y=1 - 0.08 / fig.get_size_inches()[1],
            va="top",
        )


def _empty(fig: Figure, labels: ChartLabels, message: str) -> None:
    ax = fig.add_subplot()
    ax.set_axis_off()
    ax.text(
        0.5,
        0.5,
        message,
        ha="center",
        va="center",
        fontsize=TEXT_SIZE,
        family=FONT_FAMILY,
        color="#5A6275",
        transform=ax.transAxes,
    )
    _title(fig, labels.title)


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def _label_inches(texts: Sequence[str], size: float = TEXT_SIZE) -> float:
    """Rough width in inches of the longest label (for the left margin of horizontal bars)."""
    longest = max((len(t) for t in texts), default=4)
    return 0.2 + longest * size * 0.55 / 72


def _legend(fig: Figure, handles, texts, ncols: int) -> None:
    fig.legend(handles, texts, loc="lower center", bbox_to_anchor=(0.5, 0.0), ncols=ncols, frameon=False,
               prop={"family": FONT_FAMILY, "size": TEXT_SIZE - 0.5}, handlelength=1.6)  # fmt: skip


def _panel_grid(fig: Figure, rows: int, columns: int) -> list:
    """Axes in a grid with room (in inches) for the chart title, two-line panel titles, tick labels
    and the legend, whatever the figure's size."""
    width, height = fig.get_size_inches()
    top, bottom, left, right, gap = 0.36, 0.34, 0.45, 0.2, 0.55
    panel_title, ticks = 0.42, 0.3
    slot = (height - top - bottom) / rows
    cell = (width - left - right - gap * (columns - 1)) / columns
    axes = []
    for r in range(rows):
        slot_top = height - top - r * slot
        y0, y1 = slot_top - slot + ticks, slot_top - panel_title
        for c in range(columns):
            x0 = left + c * (cell + gap)
            axes.append(fig.add_axes((x0 / width, y0 / height, cell / width, max(y1 - y0, 0.3) / height)))
    return axes


def people_trained_by_sex_and_agency(
    fig: Figure,
    data: Mapping[str, Mapping[str, float]],
    labels: ChartLabels | None = None,
    empty_message: str = "No participants in this period",
) -> None:
    """Horizontal bars, one per agency type, stacked by sex; the total at the end of each bar.

    `data`: {agency label: {"female": n, "male": n, "other": n, "not_recorded": n}} in display order.
    """
    use_shipped_fonts()
    labels = labels or ChartLabels(title="People trained by sex and agency type", axis="People trained")
    rows = [(name, counts) for name, counts in data.items() if sum(v or 0 for v in counts.values()) > 0]
    if not rows:
        _empty(fig, labels, empty_message)
        return
    names = [name for name, _ in rows][::-1]
    _margins(fig, left=_label_inches(names), right=0.3, top=0.45, bottom=0.85)
    ax = fig.add_subplot()
    _style_axes(ax)
    parts = [
        ("female", labels.female, [float(c.get("female") or 0) for _, c in rows][::-1]),
        ("male", labels.male, [float(c.get("male") or 0) for _, c in rows][::-1]),
        (
            "other",
            labels.other,
            [float((c.get("other") or 0) + (c.get("not_recorded") or 0)) for _, c in rows][::-1],
        ),
    ]
    totals = [0.0] * len(names)
    widest = max(sum(v or 0 for v in c.values()) for _, c in rows)
    handles, texts = [], []
    for key, word, values in parts:
        if not any(values):
            continue
        bars = ax.barh(names, values, left=totals, color=CHART_COLOURS[key], height=0.62)
        handles.append(bars)
        texts.append(word)
        for bar, value in zip(bars, values, strict=True):
            if value and value >= widest * 0.06:
                ax.text(
                    bar.get_x() + bar.get_width() / 2,
                    bar.get_y() + bar.get_height() / 2,
                    _fmt(value),
                    ha="center",
                    va="center",
                    color="white",
                    fontsize=TEXT_SIZE - 1,
                    family=FONT_FAMILY,
                )
        totals = [t + v for t, v in zip(totals, values, strict=True)]
    for y, total in enumerate(totals):
        ax.text(
            total + widest * 0.01,
            y,
            _fmt(total),
            va="center",
            fontsize=TEXT_SIZE - 0.5,
            family=BOLD_FAMILY,
            fontweight="bold",
            color="#1E2D5A",
        )
    ax.set_xlim(0, widest * 1.1)
    ax.set_ylim(-0.6, len(names) - 0.4)
    if labels.axis:
        ax.set_xlabel(labels.axis, fontsize=TEXT_SIZE, family=FONT_FAMILY)
    ax.xaxis.get_major_locator().set_params(integer=True)
    _legend(fig, handles, texts, ncols=len(texts))
    _title(fig, labels.title)


def cumulative_vs_target(
    fig: Figure,
    series: Sequence[IndicatorSeries],
    labels: ChartLabels | None = None,
    empty_message: str = "No key indicators with data",
) -> None:
    """One small panel per indicator: cumulative actual (line) against cumulative target (dashed)."""
    import textwrap

    use_shipped_fonts()
    labels = labels or ChartLabels(title="Cumulative actual against target")
    shown = [s for s in series if any(v for v in (*s.actual, *s.target))]
    if not shown:
        _empty(fig, labels, empty_message)
        return
    columns = 1 if len(shown) == 1 else 2
    rows = (len(shown) + columns - 1) // columns
    axes = _panel_grid(fig, rows, columns)
    wrap = 52 if columns == 2 else 100
    for item, ax in zip(shown, axes, strict=False):
        _style_axes(ax)
        x = list(range(len(item.periods)))
        actual = [float("nan") if v is None else v for v in item.actual]
        target = [float("nan") if v is None else v for v in item.target]
        ax.plot(
            x,
            target,
            color=CHART_COLOURS["target"],
            linestyle="--",
            linewidth=1.4,
            marker="o",
            markersize=2.5,
        )
        ax.plot(x, actual, color=CHART_COLOURS["actual"], linewidth=2, marker="o", markersize=3)
        last = next((v for v in reversed(item.actual) if v is not None), None)
        if last is not None:
            ax.annotate(_fmt(last), (x[-1], last), textcoords="offset points", xytext=(-4, 5), ha="right",
                        fontsize=TEXT_SIZE - 1, family=BOLD_FAMILY, color=CHART_COLOURS["actual"],
                        fontweight="bold")  # fmt: skip
        step = max(1, (len(x) + 3) // 4)
        ticks = x[::-1][::step][::-1]
        ax.set_xticks(ticks, [item.periods[i] for i in ticks])
        ax.tick_params(axis="x", labelsize=TEXT_SIZE - 1.5)
        top = max([v for v in (*item.actual, *item.target) if v is not None] or [1])
        ax.set_ylim(0, max(top, 1) * 1.18)
        ax.yaxis.get_major_locator().set_params(integer=True)
        lines = textwrap.wrap(item.title, wrap)
        if len(lines) > 2:
            lines = [lines[0], textwrap.shorten(" ".join(lines[1:]), wrap, placeholder="\u2026")]
        title = "\n".join(lines)
        ax.set_title(title, fontsize=TEXT_SIZE - 0.5, family=FONT_FAMILY, loc="left", pad=4)
        ax.grid(axis="y", color="#E3E6EC", linewidth=0.6)
    from matplotlib.lines import Line2D

    handles = [Line2D([], [], color=CHART_COLOURS["actual"], linewidth=2, marker="o", markersize=3),
               Line2D([], [], color=CHART_COLOURS["target"], linewidth=1.4, linestyle="--", marker="o",
                      markersize=2.5)]  # fmt: skip
    _legend(fig, handles, [labels.actual, labels.target], ncols=2)
    _title(fig, labels.title)


def activities_by_status(
    fig: Figure,
    counts: Mapping[str, int],
    labels: ChartLabels | None = None,
    empty_message: str = "No activities",
) -> None:
    """Horizontal bars: number of activities per status (keys are status values, words in labels)."""
    use_shipped_fonts()
    labels = labels or ChartLabels(title="Activities by status", axis="Activities")
    items = [(k, v) for k, v in counts.items() if v]
    if not items:
        _empty(fig, labels, empty_message)
        return
    palette = {
        "completed": "#2E7D32",
        "ongoing": "#2F5597",
        "planned": "#8FAADC",
        "postponed": "#E0A100",
        "cancelled": "#C62828",
    }
    names = [labels.words.get(k, k.replace("_", " ").capitalize()) for k, _ in items][::-1]
    _margins(fig, left=_label_inches(names), right=0.3, top=0.45, bottom=0.55)
    ax = fig.add_subplot()
    _style_axes(ax)
    values = [v for _, v in items][::-1]
    colours = [palette.get(k, "#8A8F99") for k, _ in items][::-1]
    ax.barh(names, values, color=colours, height=0.6)
    for y, value in enumerate(values):
        ax.text(
            value + max(values) * 0.01,
            y,
            _fmt(value),
            va="center",
            fontsize=TEXT_SIZE - 0.5,
            family=FONT_FAMILY,
        )
    ax.set_xlim(0, max(values) * 1.12)
    ax.xaxis.get_major_locator().set_params(integer=True)
    if labels.axis:
        ax.set_xlabel(labels.axis, fontsize=TEXT_SIZE, family=FONT_FAMILY)
    _title(fig, labels.title)


__all__ = [
    "ChartLabels",
    "IndicatorSeries",
    "activities_by_status",
    "cumulative_vs_target",
    "new_figure",
    "people_trained_by_sex_and_agency",
    "render_png",
    "render_rgb",
    "use_shipped_fonts",
]
