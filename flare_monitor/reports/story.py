"""Tables of the donor report: the IPTT, key figures, activities, trainings, participants.

Every cell holding user text is a Paragraph made by `styles.para` (escaped, fonts per script,
wrapping inside its column); numbers are formatted by `i18n`. Column widths are fractions of the
frame width and long tables repeat their header row on every page (repeatRows=1).
"""

from __future__ import annotations

from reportlab.platypus import Table

from flare_monitor.indicators.engine import IndicatorFigure
from flare_monitor.reports import i18n
from flare_monitor.reports.model import SEXES, ActivityItem, ParticipantItem, TrainingItem
from flare_monitor.reports.styles import (
    LIGHT,
    col_widths,
    label,
    para,
    status_cell,
    status_commands,
    table_style,
)

IPTT_COLUMNS = [0.07, 0.22, 0.085, 0.075, 0.12, 0.105, 0.07, 0.08, 0.08, 0.095]
DASH = "\u2013"


def sex_split(by_sex: dict | None, unit: str, lang: str) -> str:
    """'F 28 / M 80' (+ ' / O 2' for other and not recorded) — empty when there is no breakdown."""
    if not by_sex:
        return ""
    f, m = by_sex.get("female"), by_sex.get("male")
    if f is None and m is None:
        return ""
    words = f"{i18n.text(lang, 'F')} {i18n.format_value(f, unit, lang)} / {i18n.text(lang, 'M')} " \
            f"{i18n.format_value(m, unit, lang)}"  # fmt: skip
    if unit == "number":
        rest = (by_sex.get("other") or 0) + (by_sex.get("not_recorded") or 0)
        if rest:
            words += f" / {i18n.text(lang, 'O')} {i18n.format_number(rest, lang)}"
    return words


def iptt_cells(fig: IndicatorFigure, lang: str) -> list[str]:
    """The texts of an IPTT row, in column order (the tests find these in the PDF's text)."""
    unit = fig.unit
    return [
        fig.code,
        fig.name,
        i18n.format_value(fig.baseline, unit, lang),
        i18n.format_value(fig.target, unit, lang),
        i18n.format_value(fig.actual, unit, lang),
        i18n.format_value(fig.cumulative_actual, unit, lang),
        i18n.format_value(fig.lop_target, unit, lang),
        i18n.format_percent(fig.percent_of_target, lang),
        i18n.format_percent(fig.percent_of_lop_target, lang),
        i18n.text(lang, fig.status),
    ]


def _head(lang: str, keys: list[str], right_from: int = 99) -> list:
    return [label(i18n.text(lang, k), "cell_head_right" if i >= right_from else "cell_head")
            for i, k in enumerate(keys)]  # fmt: skip


def iptt_table(
    groups: list[tuple[str | None, list[IndicatorFigure]]], lang: str, width: float
) -> Table:
    """One IPTT table: the outcome's own indicators, then a band row per output with its indicators."""
    keys = ["code", "indicator", "baseline", "period_target", "period_actual", "cumulative_actual",
            "lop_target", "pct_period", "pct_lop", "status"]  # fmt: skip
    rows: list[list] = [_head(lang, keys, right_from=2)]
    extra: list[tuple] = []
    statuses: list[tuple[int, int, str]] = []
    for band, figures in groups:
        if band is not None:
            rows.append([para(band, "cell_group")] + [""] * (len(keys) - 1))
            r = len(rows) - 1
            extra += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), LIGHT)]
        for fig in figures:
            cells = iptt_cells(fig, lang)
            actual = [para(cells[4], "cell_right")]
            split = sex_split(fig.by_sex, fig.unit, lang)
            if split:
                actual.append(para(split, "cell_small_right"))
            rows.append([
                para(cells[0], "cell_bold"),
                para(cells[1], "cell"),
                para(cells[2], "cell_right"),
                para(cells[3], "cell_right"),
                actual,
                para(cells[5], "cell_right"),
                para(cells[6], "cell_right"),
                para(cells[7], "cell_right"),
                para(cells[8], "cell_right"),
                status_cell(fig.status, cells[9]),
            ])  # fmt: skip
            statuses.append((9, len(rows) - 1, fig.status))
    extra += status_commands(statuses)
    table = Table(rows, colWidths=col_widths(width, IPTT_COLUMNS), repeatRows=1)
    table.setStyle(table_style(n_rows=0, extra=extra))
    return table


def key_indicator_table(figures: list[IndicatorFigure], lang: str, width: float) -> Table:
    """Per-country key indicators: period actual (F / M), cumulative, LoP target, status."""
    keys = ["code", "indicator", "period_target", "period_actual", "cumulative_actual", "lop_target",
            "status"]  # fmt: skip
    rows: list[list] = [_head(lang, keys, right_from=2)]
    statuses = []
    for fig in figures:
        cells = iptt_cells(fig, lang)
        actual = [para(cells[4], "cell_right")]
        split = sex_split(fig.by_sex, fig.unit, lang)
        if split:
            actual.append(para(split, "cell_small_right"))
        rows.append([
            para(cells[0], "cell_bold"), para(cells[1], "cell"), para(cells[3], "cell_right"), actual,
            para(cells[5], "cell_right"), para(cells[6], "cell_right"), status_cell(fig.status, cells[9]),
        ])  # fmt: skip
        statuses.append((6, len(rows) - 1, fig.status))
    table = Table(rows, colWidths=col_widths(width, [0.08, 0.34, 0.08, 0.15, 0.12, 0.1, 0.13]), repeatRows=1)
    table.setStyle(table_style(n_rows=len(rows), extra=status_commands(statuses)))
    return table


def activity_table(items: list[ActivityItem], lang: str, width: float, with_country: bool = True) -> Table:
    keys = ["code", "title", "type", "status", "dates"] + (["country"] if with_country else [])
    keys.append("people_count")
    fractions = [0.16, 0.3, 0.11, 0.1, 0.14] + ([0.08] if with_country else []) + [0.1]
    rows: list[list] = [_head(lang, keys, right_from=len(keys) - 1)]
    for a in items:
        row = [
            para(a.code, "cell_small"),
            para(a.title, "cell"),
            para(i18n.text(lang, a.type), "cell"),
            para(i18n.text(lang, a.status), "cell"),
            para(i18n.format_range(a.start, a.end, lang, short=True), "cell"),
        ]
        if with_country:
            row.append(para(a.country, "cell"))
        row.append(para(i18n.format_number(a.participants, lang), "cell_right"))
        rows.append(row)
    table = Table(rows, colWidths=col_widths(width, fractions), repeatRows=1)
    table.setStyle(table_style(n_rows=len(rows)))
    return table


def training_table(items: list[TrainingItem], lang: str, width: float, with_country: bool = False) -> Table:
    keys = ["code", "title", "dates", "venue"] + (["country"] if with_country else [])
    keys += ["female", "male", "other_nr", "total"]
    fractions = [0.15, 0.22, 0.12, 0.1] + ([0.075] if with_country else []) + [0.09, 0.095, 0.1, 0.065]
    first_number = len(keys) - 4
    rows: list[list] = [_head(lang, keys, right_from=first_number)]
    sums = dict.fromkeys(SEXES, 0)
    for t in items:
        a = t.activity
        row = [
            para(a.code, "cell_small"),
            para(a.title, "cell"),
            para(i18n.format_range(a.start, a.end, lang, short=True), "cell"),
            para(a.venue or DASH, "cell"),
        ]
        if with_country:
            row.append(para(a.country, "cell"))
        rest = t.by_sex.get("other", 0) + t.by_sex.get("not_recorded", 0)
        row += [para(i18n.format_number(v, lang), "cell_right")
                for v in (t.by_sex.get("female", 0), t.by_sex.get("male", 0), rest, t.total)]  # fmt: skip
        rows.append(row)
        for sex in SEXES:
            sums[sex] += t.by_sex.get(sex, 0)
    table = Table(rows, colWidths=col_widths(width, fractions), repeatRows=1)
    table.setStyle(table_style(n_rows=len(rows)))
    return table


def agency_table(by_agency: dict[str, dict[str, int]], lang: str, width: float) -> Table:
    """Distinct people trained, by agency type and sex, with a total row."""
    keys = ["agency_type", "female", "male", "other_nr", "total"]
    rows: list[list] = [_head(lang, keys, right_from=1)]
    total = dict.fromkeys(SEXES, 0)
    for kind, counts in sorted(by_agency.items(), key=lambda kv: -sum(kv[1].values())):
        rest = counts.get("other", 0) + counts.get("not_recorded", 0)
        rows.append([para(i18n.text(lang, kind), "cell")] + [
            para(i18n.format_number(v, lang), "cell_right")
            for v in (counts.get("female", 0), counts.get("male", 0), rest, sum(counts.values()))
        ])  # fmt: skip
        for sex in SEXES:
            total[sex] += counts.get(sex, 0)
    rest = total["other"] + total["not_recorded"]
    rows.append([para(i18n.text(lang, "total"), "cell_bold")] + [
        para(i18n.format_number(v, lang), "cell_right")
        for v in (total["female"], total["male"], rest, sum(total.values()))
    ])  # fmt: skip
    last = len(rows) - 1
    extra = [("BACKGROUND", (0, last), (-1, last), LIGHT), ("LINEABOVE", (0, last), (-1, last), 0.8, LIGHT)]
    table = Table(rows, colWidths=col_widths(width, [0.44, 0.14, 0.14, 0.16, 0.12]), repeatRows=1)
    table.setStyle(table_style(n_rows=len(rows) - 1, extra=extra))
    return table


def participant_table(items: list[ParticipantItem], lang: str, width: float) -> Table:
    keys = ["name", "sex", "organization", "agency_type", "position", "country", "activities"]
    rows: list[list] = [_head(lang, keys)]
    for p in items:
        rows.append([
            para(p.name, "cell"),
            para(i18n.text(lang, f"person_{p.sex}"), "cell"),  # one person: Mujer, not Mujeres
            para(p.organization or DASH, "cell"),
            para(i18n.text(lang, p.organization_type) if p.organization_type else DASH, "cell"),
            para(p.position or DASH, "cell"),
            para(p.country, "cell"),
            para(p.activities, "cell_small"),
        ])  # fmt: skip
    table = Table(rows, colWidths=col_widths(width, [0.19, 0.08, 0.2, 0.13, 0.13, 0.08, 0.19]), repeatRows=1)
    table.setStyle(table_style(n_rows=len(rows)))
    return table
