"""Tables of the donor report: the IPTT, key figures, activities, work plan, trainings, participants.

Every cell holding user text is a Paragraph made by `styles.para` (escaped, fonts per script,
wrapping inside its column); numbers are formatted by `i18n`. Column widths come from the content
(`grid`): each column is at least as wide as its longest word — codes as wide as the whole code — so a
word never breaks across lines, and the room left goes to the columns whose text wraps. Long tables
repeat their header row on every page (repeatRows=1).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Table

from flare_monitor.indicators.engine import IndicatorFigure
from flare_monitor.reports import words
from flare_monitor.reports.model import SEXES, ActivityItem, ParticipantItem, RiskItem, TrainingItem
from flare_monitor.reports.styles import (
    LIGHT,
    label,
    para,
    status_cell,
    status_commands,
    style,
    table_style,
)

DASH = "\u2013"
PADDING = 6.5  # left + right cell padding (table_style) and a little air


# --------------------------------------------------------------------------- cells and widths


@dataclass(frozen=True)
class Cell:
    """A table cell before layout: its text, style and kind, so that its width can be measured."""

    text: str
    style: str = "cell"
    own: bool = False  # the report's own words (escaped, no script runs)
    status: str | None = None  # a status cell (coloured)

    def flowable(self):
        if self.status is not None:
            return status_cell(self.status, self.text)
        return label(self.text, self.style) if self.own else para(self.text, self.style)


def head(text: str, right: bool = False) -> Cell:
    return Cell(text, "cell_head_right" if right else "cell_head", own=True)


CellValue = Cell | Sequence[Cell] | str


def _cells(value: CellValue) -> list[Cell]:
    if isinstance(value, Cell):
        return [value]
    if isinstance(value, str):
        return [Cell(value)] if value else []
    return list(value)


def _flowables(value: CellValue):
    cells = _cells(value)
    if not cells:
        return ""
    return cells[0].flowable() if len(cells) == 1 else [c.flowable() for c in cells]


def _text_width(text: str, style_name: str) -> float:
    st = style(style_name)
    return stringWidth(text, st.fontName, st.fontSize)


def measure(value: CellValue) -> tuple[float, float]:
    """(the longest word, the whole text on one line) of a cell, in points; each line of several."""
    shortest, longest = 0.0, 0.0
    for cell in _cells(value):
        name = "cell_bold" if cell.status is not None else cell.style
        for line in cell.text.split("\n"):
            words = [w for w in line.split(" ") if w]  # a no-break space joins words: one word to measure
            if words:
                shortest = max(shortest, max(_text_width(w, name) for w in words))
                longest = max(longest, _text_width(" ".join(words), name))
    return shortest + PADDING, longest + PADDING


def fit_widths(
    frame_width: float,
    rows: Sequence[Sequence[CellValue]],
    nowrap: Sequence[int] = (),
    max_share: dict[int, float] | None = None,
    header_rows: int = 1,
) -> list[float]:
    """Column widths from the content: every column at least its longest word (codes in `nowrap`: their
    whole text), the rest of the frame shared by the columns that want more, in proportion to how much
    more they want. Headings wrap: they set a column's minimum only. `max_share` caps a column's
    preferred width at a share of the frame."""
    columns = max(len(r) for r in rows)
    mins = [0.0] * columns
    prefs = [0.0] * columns
    for number, row in enumerate(rows):
        for i, value in enumerate(row):
            shortest, longest = measure(value)
            if number < header_rows:
                mins[i] = max(mins[i], shortest)
                continue
            mins[i] = max(mins[i], longest if i in nowrap else shortest)
            prefs[i] = max(prefs[i], longest)
    prefs = [max(p, m) for p, m in zip(prefs, mins, strict=True)]
    natural = list(prefs)
    for i, share in (max_share or {}).items():
        prefs[i] = max(mins[i], min(prefs[i], frame_width * share))
    if sum(mins) >= frame_width:  # cannot fit without breaking words: shrink proportionally
        return [frame_width * m / sum(mins) for m in mins]
    if sum(prefs) > frame_width:  # between the minimum and the wish: in proportion to what each wants
        spare = frame_width - sum(mins)
        wants = [p - m for p, m in zip(prefs, mins, strict=True)]
        return [m + spare * w / sum(wants) for m, w in zip(mins, wants, strict=True)]
    widths = list(prefs)
    # The room left goes to the capped text columns, up to their whole text on one line…
    spare = frame_width - sum(widths)
    wants = [n - w for n, w in zip(natural, widths, strict=True)]
    if sum(wants) > 0:
        share = min(1.0, spare / sum(wants))
        widths = [w + want * share for w, want in zip(widths, wants, strict=True)]
    # …and what is still left, to every column in proportion to its width.
    spare = frame_width - sum(widths)
    return [w + spare * w / sum(widths) for w in widths]


def grid(
    rows: Sequence[Sequence[CellValue]],
    width: float,
    *,
    nowrap: Sequence[int] = (),
    max_share: dict[int, float] | None = None,
    header_rows: int = 1,
    zebra: bool = True,
    extra: Sequence[tuple] = (),
    measured: Sequence[Sequence[CellValue]] | None = None,
    h_align: str = "CENTER",
    widths: Sequence[float] | None = None,
) -> Table:
    """A table whose column widths come from its content (see `fit_widths`); `measured` (default: all
    rows) are the rows the widths are taken from — spanning band rows are left out of it. `widths` gives
    them instead (tables of one annex sharing their columns)."""
    if widths is None:
        widths = fit_widths(width, measured if measured is not None else rows, nowrap, max_share, header_rows)
    table = Table([[_flowables(v) for v in row] for row in rows], colWidths=widths, repeatRows=header_rows,
                  hAlign=h_align)  # fmt: skip
    table.setStyle(table_style(header_rows=header_rows, zebra=zebra, n_rows=len(rows), extra=list(extra)))
    return table


# --------------------------------------------------------------------------- figures


def has_other(figures: Sequence[IndicatorFigure]) -> bool:
    """True when any figure counts people of other sex or whose sex was not recorded."""
    for fig in figures:
        for by_sex in (fig.by_sex, fig.cumulative_by_sex):
            if by_sex and ((by_sex.get("other") or 0) + (by_sex.get("not_recorded") or 0)):
                return True
    return False


def other_share(fig: IndicatorFigure) -> float | None:
    """The percentage of the 'other / not recorded' group of a percentage figure, from its numerators and
    denominators (recomputed, never averaged), else the one of the two groups that has a value."""
    if fig.numerator_by_sex and fig.denominator_by_sex:
        num = sum(fig.numerator_by_sex.get(s) or 0 for s in ("other", "not_recorded"))
        den = sum(fig.denominator_by_sex.get(s) or 0 for s in ("other", "not_recorded"))
        return 100.0 * num / den if den else None
    values = [v for v in ((fig.by_sex or {}).get(s) for s in ("other", "not_recorded")) if v is not None]
    return values[0] if len(values) == 1 else None


def sex_split(by_sex: dict | None, unit: str, lang: str, other: float | None = None) -> str:
    """'F 28 / M 80' (+ ' / O 2' for other and not recorded) — empty when there is no breakdown. For a
    percentage, `other` is the share of the other / not recorded group (see `other_share`)."""
    if not by_sex:
        return ""
    f, m = by_sex.get("female"), by_sex.get("male")
    if f is None and m is None:
        return ""
    # A no-break space keeps each letter with its number when the line wraps.
    shown = f"{words.text(lang, 'F')}\u00a0{words.format_value(f, unit, lang)} / {words.text(lang, 'M')}" \
            f"\u00a0{words.format_value(m, unit, lang)}"  # fmt: skip
    if unit == "number":
        rest = (by_sex.get("other") or 0) + (by_sex.get("not_recorded") or 0)
        if rest:
            shown += f" / {words.text(lang, 'O')}\u00a0{words.format_number(rest, lang)}"
    elif unit == "percentage" and other is not None:
        shown += f" / {words.text(lang, 'O')}\u00a0{words.format_value(other, unit, lang)}"
    return shown


def figure_split(fig: IndicatorFigure, lang: str, cumulative: bool = False) -> str:
    if cumulative:
        return sex_split(fig.cumulative_by_sex, fig.unit, lang)
    return sex_split(fig.by_sex, fig.unit, lang, other_share(fig) if fig.unit == "percentage" else None)


def mark(fig: IndicatorFigure, text: str) -> str:
    """A provisional figure (counting draft values) carries a dagger: the note says what it means."""
    return f"{text}\u2020" if fig.provisional and text != DASH else text


def iptt_cells(fig: IndicatorFigure, lang: str) -> list[str]:
    """The texts of an IPTT row, in column order (the tests find these in the PDF's text)."""
    unit = fig.unit
    return [
        fig.code,
        fig.name,
        words.format_value(fig.baseline, unit, lang),
        words.format_value(fig.target, unit, lang),
        mark(fig, words.format_value(fig.actual, unit, lang)),
        words.format_value(fig.cumulative_target, unit, lang),
        mark(fig, words.format_value(fig.cumulative_actual, unit, lang)),
        words.format_percent(fig.percent_of_target, lang),
        words.format_percent(fig.percent_of_cumulative_target, lang),
        words.format_value(fig.lop_target, unit, lang),
        words.format_percent(fig.percent_of_lop_target, lang),
        words.text(lang, fig.status),
    ]


def _actual_cell(text: str, split: str) -> list[Cell]:
    cells = [Cell(text, "cell_right")]
    if split:
        cells.append(Cell(split, "cell_small_right"))
    return cells


def sex_heading(key: str, lang: str, other: bool) -> str:
    """A heading ending in (F / M), or (F / M / O) when the table shows the other group."""
    text = words.text(lang, key)
    return text.replace(words.text(lang, "F_M"), words.text(lang, "F_M_O")) if other else text


def iptt_table(
    groups: list[tuple[str | None, list[IndicatorFigure]]],
    lang: str,
    width: float,
    rules: dict[str, str] | None = None,
) -> Table:
    """One IPTT table: the outcome's own indicators, then a band row per output with its indicators.

    The percentage the status is judged by is in bold: of the cumulative target to date for cumulative
    indicators, of the period's target for the others. A computed indicator's code carries a footnote
    number (the notes under the table give its counting rule)."""
    figures = [f for _band, figs in groups for f in figs]
    other = has_other(figures)
    keys = [
        "code",
        "indicator",
        "baseline",
        "period_target",
        "period_actual",
        "cumulative_target",
        "cumulative_actual",
        "pct_period",
        "pct_cumulative",
        "lop_target",
        "pct_lop",
        "status",
    ]
    header = [head(words.text(lang, keys[0])), head(words.text(lang, keys[1]))]
    header += [head(sex_heading(k, lang, other), right=True) for k in keys[2:-1]] + [
        head(words.text(lang, "status"))
    ]
    rows: list[list] = [header]
    measured: list[list] = [header]
    extra: list[tuple] = []
    statuses: list[tuple[int, int, str]] = []
    numbers = footnotes(figures, rules or {})
    for band, figs in groups:
        if band is not None:
            rows.append([Cell(band, "cell_group")] + [""] * (len(keys) - 1))
            r = len(rows) - 1
            extra += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), LIGHT)]
        for fig in figs:
            cells = iptt_cells(fig, lang)
            code = cells[0] + (f" {numbers[fig.code]}" if fig.code in numbers else "")
            bold_period = fig.status_basis != "cumulative"
            row = [
                Cell(code, "cell_bold"),
                Cell(cells[1]),
                Cell(cells[2], "cell_right"),
                Cell(cells[3], "cell_right"),
                _actual_cell(cells[4], figure_split(fig, lang)),
                Cell(cells[5], "cell_right"),
                _actual_cell(cells[6], figure_split(fig, lang, cumulative=True)),
                Cell(cells[7], "cell_right_bold" if bold_period else "cell_right"),
                Cell(cells[8], "cell_right" if bold_period else "cell_right_bold"),
                Cell(cells[9], "cell_right"),
                Cell(cells[10], "cell_right"),
                Cell(cells[11], status=fig.status),
            ]
            rows.append(row)
            measured.append(row)
            statuses.append((len(keys) - 1, len(rows) - 1, fig.status))
    extra += status_commands(statuses)
    # The indicator's name takes what the figures leave: its longest word sets its minimum only.
    return grid(rows, width, nowrap=(0,), measured=measured, extra=extra, zebra=False,
                max_share={1: 0.3})  # fmt: skip


def footnotes(figures: Sequence[IndicatorFigure], rules: dict[str, str]) -> dict[str, str]:
    """{indicator code: footnote number} for the computed indicators among `figures` (1, 2, … by table)."""
    numbers: dict[str, str] = {}
    for fig in figures:
        if fig.computed and fig.code in rules and fig.code not in numbers:
            numbers[fig.code] = f"({len(numbers) + 1})"
    return numbers


def key_indicator_table(
    figures: list[IndicatorFigure], lang: str, width: float, rules: dict[str, str] | None = None
) -> Table:
    """Per-country key indicators: period target and actual (F / M), cumulative target and actual, LoP
    target, status."""
    other = has_other(figures)
    numbers = footnotes(figures, rules or {})
    keys = ["code", "indicator", "period_target", "period_actual", "cumulative_target", "cumulative_actual",
            "lop_target", "status"]  # fmt: skip
    rows: list[list] = [[head(words.text(lang, "code")), head(words.text(lang, "indicator"))]
                        + [head(sex_heading(k, lang, other), right=True) for k in keys[2:-1]]
                        + [head(words.text(lang, "status"))]]  # fmt: skip
    statuses = []
    for fig in figures:
        cells = iptt_cells(fig, lang)
        code = cells[0] + (f" {numbers[fig.code]}" if fig.code in numbers else "")
        rows.append([
            Cell(code, "cell_bold"), Cell(cells[1]), Cell(cells[3], "cell_right"),
            _actual_cell(cells[4], figure_split(fig, lang)), Cell(cells[5], "cell_right"),
            _actual_cell(cells[6], figure_split(fig, lang, cumulative=True)), Cell(cells[9], "cell_right"),
            Cell(cells[11], status=fig.status),
        ])  # fmt: skip
        statuses.append((len(keys) - 1, len(rows) - 1, fig.status))
    return grid(rows, width, nowrap=(0,), extra=status_commands(statuses), max_share={1: 0.4})


# --------------------------------------------------------------------------- activities


def _dates(start, end, lang: str) -> str:
    return words.format_range(start, end, lang, short=True) if start else DASH


def activity_table(items: list[ActivityItem], lang: str, width: float, with_country: bool = True) -> Table:
    keys = ["code", "title", "type", "status", "dates"] + (["country"] if with_country else [])
    keys.append("people_count")
    rows: list[list] = [[head(words.text(lang, k), right=i == len(keys) - 1) for i, k in enumerate(keys)]]
    for a in items:
        row = [
            Cell(a.code, "cell_small"),
            Cell(a.title),
            Cell(words.text(lang, a.type)),
            Cell(words.text(lang, a.status)),
            Cell(_dates(a.start, a.end, lang)),
        ]
        if with_country:
            row.append(Cell(a.country))
        row.append(Cell(words.format_number(a.participants, lang), "cell_right"))
        rows.append(row)
    return grid(rows, width, nowrap=(0, 5) if with_country else (0,), max_share={1: 0.45})


def planned_table(items: list[ActivityItem], lang: str, width: float) -> Table:
    """Activities as they were planned: code, title, type, planned dates, country (no status)."""
    keys = ["code", "title", "type", "planned_dates", "country"]
    rows: list[list] = [[head(words.text(lang, k)) for k in keys]]
    for a in items:
        rows.append([Cell(a.code, "cell_small"), Cell(a.title), Cell(words.text(lang, a.type)),
                     Cell(_dates(a.planned_start, a.planned_end, lang)), Cell(a.country)])  # fmt: skip
    return grid(rows, width, nowrap=(0, 4), max_share={1: 0.5})


def work_plan_table(items: list[ActivityItem], lang: str, width: float, with_country: bool = True) -> Table:
    """The work plan's status: planned and actual dates, status, and the reason for a delay, postponement
    or cancellation."""
    keys = ["code", "title", "planned_dates", "actual_dates", "status", "reason"]
    if with_country:
        keys.insert(2, "country")
    rows: list[list] = [[head(words.text(lang, k)) for k in keys]]
    for a in items:
        status = words.text(lang, a.status)
        if a.delayed and a.status not in ("postponed", "cancelled"):
            status += f" ({words.text(lang, 'delayed')})"
        actual = _dates(a.actual_start, a.actual_end or a.actual_start, lang) if a.actual_start else DASH
        row = [Cell(a.code, "cell_small"), Cell(a.title)]
        if with_country:
            row.append(Cell(a.country))
        row += [Cell(_dates(a.planned_start, a.planned_end, lang)), Cell(actual), Cell(status),
                Cell(a.reason or DASH)]  # fmt: skip
        rows.append(row)
    reason = len(keys) - 1
    return grid(rows, width, nowrap=(0, 2) if with_country else (0,), max_share={1: 0.25, reason: 0.25})


def products_table(items: list[ActivityItem], lang: str, width: float, since=None) -> Table:
    """Outputs and research products: what was produced, its kind, country and completion date; those
    completed on or after `since` (the report's period) in bold."""
    keys = ["code", "product", "product_kind", "country", "completed_on"]
    rows: list[list] = [[head(words.text(lang, k)) for k in keys]]
    for a in items:
        recent = since is not None and a.end >= since
        bold = "cell_bold" if recent else "cell"
        kind = Cell(words.text(lang, f"product_{a.type}"))
        rows.append([Cell(a.code, "cell_small"), Cell(a.title, bold), kind, Cell(a.country),
                     Cell(words.format_date(a.end, lang, short=True), bold)])  # fmt: skip
    return grid(rows, width, nowrap=(0, 3), max_share={1: 0.55})


def evidence_table(rows: list, lang: str, width: float) -> Table:
    """The evidence of the period: when, what it proves, the file (or that it is withheld), its type,
    caption and checksum."""
    keys = ["ev_date", "ev_attached_to", "country", "ev_file", "ev_type", "ev_caption", "ev_checksum"]
    table: list[list] = [[head(words.text(lang, k)) for k in keys]]
    for r in rows:
        name = r.name if r.name is not None else words.text(lang, "ev_withheld")
        table.append([
            Cell(words.format_date(r.date, lang, short=True)),
            Cell(r.reference, "cell_small"),
            Cell(r.country or DASH),
            Cell(name),
            Cell(words.text(lang, f"ev_type_{r.type}")),
            Cell(r.caption or DASH),
            Cell(r.sha256[:12] + "…", "cell_small"),
        ])  # fmt: skip
    return grid(table, width, nowrap=(0, 1, 2, 6), max_share={3: 0.3, 5: 0.35})


def training_table(items: list[TrainingItem], lang: str, width: float, with_country: bool = False) -> Table:
    keys = ["code", "title", "dates", "venue"] + (["country"] if with_country else [])
    keys += ["female", "male", "other_nr", "total"]
    first_number = len(keys) - 4
    rows: list[list] = [[head(words.text(lang, k), right=i >= first_number) for i, k in enumerate(keys)]]
    for t in items:
        a = t.activity
        row = [
            Cell(a.code, "cell_small"),
            Cell(a.title),
            Cell(_dates(a.start, a.end, lang)),
            Cell(a.venue or DASH),
        ]
        if with_country:
            row.append(Cell(a.country))
        rest = t.by_sex.get("other", 0) + t.by_sex.get("not_recorded", 0)
        row += [Cell(words.format_number(v, lang), "cell_right")
                for v in (t.by_sex.get("female", 0), t.by_sex.get("male", 0), rest, t.total)]  # fmt: skip
        rows.append(row)
    return grid(rows, width, nowrap=(0, 4) if with_country else (0,), max_share={1: 0.4})


def agency_table(by_agency: dict[str, dict[str, int]], lang: str, width: float) -> Table:
    """Distinct people trained, by agency type and sex, with a total row."""
    keys = ["agency_type", "female", "male", "other_nr", "total"]
    rows: list[list] = [[head(words.text(lang, k), right=i >= 1) for i, k in enumerate(keys)]]
    total = dict.fromkeys(SEXES, 0)
    for kind, counts in sorted(by_agency.items(), key=lambda kv: -sum(kv[1].values())):
        rest = counts.get("other", 0) + counts.get("not_recorded", 0)
        rows.append([Cell(words.text(lang, kind))] + [
            Cell(words.format_number(v, lang), "cell_right")
            for v in (counts.get("female", 0), counts.get("male", 0), rest, sum(counts.values()))
        ])  # fmt: skip
        for sex in SEXES:
            total[sex] += counts.get(sex, 0)
    rest = total["other"] + total["not_recorded"]
    rows.append([Cell(words.text(lang, "total"), "cell_bold")] + [
        Cell(words.format_number(v, lang), "cell_right")
        for v in (total["female"], total["male"], rest, sum(total.values()))
    ])  # fmt: skip
    last = len(rows) - 1
    extra = [("BACKGROUND", (0, last), (-1, last), LIGHT), ("LINEABOVE", (0, last), (-1, last), 0.8, LIGHT)]
    widths = fit_widths(width, rows)
    table = Table([[_flowables(v) for v in row] for row in rows], colWidths=widths, repeatRows=1)
    table.setStyle(table_style(n_rows=len(rows) - 1, extra=extra))
    return table


def participant_table(items: list[ParticipantItem], lang: str, width: float) -> Table:
    keys = ["name", "sex", "organization", "agency_type", "position", "country", "activities"]
    rows: list[list] = [[head(words.text(lang, k)) for k in keys]]
    for p in items:
        rows.append([
            Cell(p.name),
            Cell(words.text(lang, f"person_{p.sex}")),  # one person: Mujer, not Mujeres
            Cell(p.organization or DASH),
            Cell(words.text(lang, p.organization_type) if p.organization_type else DASH),
            Cell(p.position or DASH),
            Cell(p.country),
            Cell(p.activities, "cell_small"),
        ])  # fmt: skip
    return grid(rows, width, nowrap=(5, 6), max_share={0: 0.25, 2: 0.25})


def risk_table(items: list[RiskItem], lang: str, width: float) -> Table:
    keys = ["risk_number", "risk", "country", "likelihood", "impact", "mitigation", "risk_status"]
    rows: list[list] = [[head(words.text(lang, k)) for k in keys]]
    for r in items:
        word = lambda key: Cell(words.text(lang, key))  # noqa: E731
        rows.append([Cell(r.label, "cell_bold"), Cell(r.risk), Cell(r.country or words.text(lang, "all")),
                     word(f"level_{r.likelihood}"), word(f"level_{r.impact}"), Cell(r.mitigation or DASH),
                     word(f"risk_{r.status}")])  # fmt: skip
    return grid(rows, width, nowrap=(0,), max_share={1: 0.35, 5: 0.35})


__all__ = [
    "Cell",
    "activity_table",
    "agency_table",
    "fit_widths",
    "grid",
    "iptt_cells",
    "iptt_table",
    "key_indicator_table",
    "participant_table",
    "planned_table",
    "products_table",
    "risk_table",
    "sex_split",
    "training_table",
    "work_plan_table",
]
