"""The Excel annexes of the donor reports (XlsxWriter, written row by row in constant-memory mode).

The quarterly report's workbook (`write_ilo_annex`): sheet "IPTT" — one row per indicator and country,
plus a total row per indicator (all countries, or the report's single country) — with the baseline; for
each period from the project's first period with data to the report's: the target and the actual with its
female, male, other and not-recorded parts (actual = F + M + O + NR); then the cumulative target to date,
the cumulative actual, % of the cumulative target, the LoP target, % of the LoP target, the status, the
periods whose values are provisional (not yet approved) and the comments entered with the values. Sheet
"Activities": the activities of the period with their planned and actual dates and reasons. Sheet
"Participants" only when the participant annex was asked for (never sensitive records, never contacts).

The TPR's workbook (`write_tpr_annex`): "Annex A - DRF" (the Data Reporting Form: per indicator the
baseline, each reporting period's target and actual by sex, the LoP target and what is achieved to date,
the comments), "Annex B - Work plan" and "Annex G - Products".

Every figure comes from the assembled data (`ReportData.table`, the engine's figures), rounded as the PDF
prints them: whole numbers as whole numbers, others to one decimal, percentages as percentages.
Every text cell goes through `safe_cells.neutralize` and the workbook does not turn strings into
formulas or links, so "=HYPERLINK(…)" in a name reaches the donor as text.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time

from flare_monitor.indicators.engine import IndicatorFigure
from flare_monitor.io.safe_cells import neutralize
from flare_monitor.reports import words
from flare_monitor.reports.model import ActivityItem, ReportData

SEX_PARTS = ("female", "male", "other", "not_recorded")


def _text(value) -> str:
    return neutralize(value) if isinstance(value, str) else ("" if value is None else str(value))


def rounded(value: float | None, unit: str) -> float | int | None:
    """A figure as the PDF prints it: one decimal at most, whole numbers as ints; a percentage as a
    fraction (formatted 0.0%)."""
    if value is None:
        return None
    number = round(float(value), 1)
    if unit == "percentage":
        return round(number / 100, 4)
    return int(number) if number.is_integer() else number


class _Book:
    """A workbook with the report's formats."""

    def __init__(self, data: ReportData, path: str):
        import xlsxwriter

        self.data = data
        self.lang = data.options.language
        settings = {"constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False,
                    "strings_to_numbers": False}  # fmt: skip
        self.book = xlsxwriter.Workbook(path, settings)
        properties = {"title": f"{data.project.code} {data.period.label}", "author": data.prepared_by or ""}
        properties["created"] = datetime.combine(data.report_date, time(0, 0))
        self.book.set_properties(properties)
        add = self.book.add_format
        self.head = add({"bold": True, "bg_color": "#1E2D5A", "font_color": "white", "text_wrap": True,
                         "valign": "top", "border": 1})  # fmt: skip
        self.group = add({"bold": True, "bg_color": "#E9EEF6", "align": "center", "border": 1})
        self.bold = add({"bold": True, "bg_color": "#F5F7FA"})
        self.wrap = add({"text_wrap": True, "valign": "top"})
        self.percent = add({"num_format": "0.0%"})
        self.draft = add({"italic": True, "font_color": "#7A5200"})
        self.draft_percent = add({"italic": True, "font_color": "#7A5200", "num_format": "0.0%"})
        self.date = add({"num_format": "yyyy-mm-dd"})

    def t(self, key: str) -> str:
        return words.text(self.lang, key)

    def numbers(self, sheet, row: int, col: int, values: Sequence, unit: str, draft: bool = False) -> None:
        """Figures of one unit from `col` on (None left blank), rounded as the PDF prints them."""
        fmt = None
        if unit == "percentage":
            fmt = self.draft_percent if draft else self.percent
        elif draft:
            fmt = self.draft
        for offset, value in enumerate(values):
            number = rounded(value, unit)
            if number is not None:
                sheet.write_number(row, col + offset, number, fmt)

    def header(self, sheet, labels: Sequence[str], row: int = 0) -> None:
        for col, title in enumerate(labels):
            sheet.write_string(row, col, title, self.head)

    def activities(self, name: str, items: list[ActivityItem]) -> None:
        sheet = self.book.add_worksheet(name)
        self.header(sheet, [self.t(k) for k in ("code", "title", "type", "status", "country", "planned_start",
                                                "planned_end", "actual_start", "actual_end", "venue",
                                                "people_count", "reason")])  # fmt: skip
        sheet.freeze_panes(1, 0)
        sheet.set_column(0, 0, 22)
        sheet.set_column(1, 1, 60, self.wrap)
        sheet.set_column(2, 10, 13)
        sheet.set_column(11, 11, 50, self.wrap)
        for r, a in enumerate(items, start=1):
            sheet.write_row(
                r, 0, [_text(a.code), _text(a.title), self.t(a.type), self.t(a.status), a.country]
            )
            for col, day in enumerate(
                (a.planned_start, a.planned_end, a.actual_start, a.actual_end), start=5
            ):
                if day is not None:
                    sheet.write_datetime(r, col, datetime.combine(day, time()), self.date)
            sheet.write_string(r, 9, _text(a.venue or ""))
            sheet.write_number(r, 10, a.participants)
            sheet.write_string(r, 11, _text(a.reason or ""))

    def close(self) -> None:
        self.book.close()


def _split(fig: IndicatorFigure) -> list:
    by_sex = fig.by_sex or {}
    return [by_sex.get(s) for s in SEX_PARTS] if by_sex else [None] * 4


def _scopes(data: ReportData) -> list[str | None]:
    scopes: list[str | None] = [c.code for c in data.countries]
    if len(scopes) > 1:
        return [*scopes, None]
    return [data.iptt_country or (scopes[0] if scopes else None)]


def write_ilo_annex(data: ReportData, path: str) -> None:
    """The quarterly report's workbook (see the module docstring)."""
    b = _Book(data, path)
    t = b.t
    sheet = b.book.add_worksheet("IPTT")
    periods = data.table_periods
    fixed = [t("code"), t("indicator"), t("country"), t("unit"), t("baseline")]
    per_period = [t("period_target"), t("actual"), t("female"), t("male"), t("other"), t("not_recorded")]
    tail_keys = ("cumulative_target", "cumulative_actual", "pct_cumulative", "lop_target", "pct_lop",
                 "status", "provisional", "comment")  # fmt: skip
    tail = [t(k) for k in tail_keys]
    first = len(fixed)
    width = len(per_period)
    end = first + width * len(periods)
    for col in range(first):
        sheet.write_blank(0, col, None, b.head)
    for index, period in enumerate(periods):
        col = first + width * index
        sheet.merge_range(
            0, col, 0, col + width - 1, words.period_name(period, data.options.language), b.group
        )
    for col in range(end, end + len(tail)):
        sheet.write_blank(0, col, None, b.head)
    b.header(sheet, fixed + per_period * len(periods) + tail, row=1)
    sheet.freeze_panes(2, first)
    sheet.set_column(0, 0, 10)
    sheet.set_column(1, 1, 48, b.wrap)
    sheet.set_column(2, 4, 9)
    sheet.set_column(first, end + 4, 9)
    sheet.set_column(end + 5, end + 6, 16)
    sheet.set_column(end + 7, end + 7, 50, b.wrap)
    last = data.period.label
    row = 2
    indicators = data.table[(last, _scopes(data)[0])].figures
    for indicator in indicators:
        for scope in _scopes(data):
            figures = [data.table[(p.label, scope)].figure(indicator.code) for p in periods]
            now = data.table[(last, scope)].figure(indicator.code)
            unit = now.unit
            fmt = b.bold if scope is None else None
            sheet.write_string(row, 0, _text(indicator.code), fmt)
            sheet.write_string(row, 1, _text(indicator.name), fmt)
            sheet.write_string(row, 2, scope or t("total"), fmt)
            sheet.write_string(row, 3, t(f"unit_{unit}"))
            b.numbers(sheet, row, 4, [now.baseline], unit)
            for index, fig in enumerate(figures):
                col = first + width * index
                b.numbers(sheet, row, col, [fig.target], unit)
                b.numbers(sheet, row, col + 1, [fig.actual, *_split(fig)], unit, draft=fig.provisional)
            b.numbers(sheet, row, end, [now.cumulative_target, now.cumulative_actual], unit, draft=False)
            b.numbers(sheet, row, end + 2, [now.percent_of_cumulative_target], "percentage")
            b.numbers(sheet, row, end + 3, [now.lop_target], unit)
            b.numbers(sheet, row, end + 4, [now.percent_of_lop_target], "percentage")
            sheet.write_string(row, end + 5, t(now.status))
            draft = [f.period for f in figures if f.provisional]
            if draft:
                sheet.write_string(row, end + 6, ", ".join(draft))
            if now.notes:
                sheet.write_string(row, end + 7, _text("; ".join(now.notes)))
            row += 1
    sheet.autofilter(1, 0, max(row - 1, 1), end + len(tail) - 1)
    b.activities("Activities", data.annex_activities)
    if data.annex_participants is not None:
        people = b.book.add_worksheet("Participants")
        keys = ("name", "sex", "organization", "agency_type", "position", "country", "activities")
        b.header(people, [t(k) for k in keys])
        people.freeze_panes(1, 0)
        people.set_column(0, 6, 24)
        for r, p in enumerate(data.annex_participants, start=1):
            values = (p.name, t(p.sex), p.organization or "", t(p.organization_type) if p.organization_type
                      else "", p.position or "", p.country, p.activities)  # fmt: skip
            people.write_row(r, 0, [_text(v) for v in values])
    b.close()


def write_tpr_annex(data: ReportData, path: str) -> None:
    """The TPR's workbook: Annex A (the Data Reporting Form), Annex B (work plan) and Annex G (products)."""
    b = _Book(data, path)
    t = b.t
    sheet = b.book.add_worksheet("Annex A - DRF")
    periods = data.table_periods
    scope = data.iptt_country
    fixed = [t("code"), t("indicator"), t("unit"), t("baseline")]
    per_period = [t("period_target"), t("actual"), t("female"), t("male"), t("other"), t("not_recorded")]
    tail = [t("lop_target"), t("lop_achieved"), t("pct_lop"), t("provisional"), t("comment")]
    first = len(fixed)
    width = len(per_period)
    end = first + width * len(periods)
    for col in range(first):
        sheet.write_blank(0, col, None, b.head)
    for index, period in enumerate(periods):
        col = first + width * index
        sheet.merge_range(
            0, col, 0, col + width - 1, words.period_name(period, data.options.language), b.group
        )
    for col in range(end, end + len(tail)):
        sheet.write_blank(0, col, None, b.head)
    b.header(sheet, fixed + per_period * len(periods) + tail, row=1)
    sheet.freeze_panes(2, first)
    sheet.set_column(0, 0, 10)
    sheet.set_column(1, 1, 48, b.wrap)
    sheet.set_column(2, end + 3, 10)
    sheet.set_column(end + 4, end + 4, 60, b.wrap)
    last = data.period.label
    for row, indicator in enumerate(data.table[(last, scope)].figures, start=2):
        figures = [data.table[(p.label, scope)].figure(indicator.code) for p in periods]
        unit = indicator.unit
        sheet.write_row(row, 0, [_text(indicator.code), _text(indicator.name), t(f"unit_{unit}")])
        b.numbers(sheet, row, 3, [indicator.baseline], unit)
        for index, fig in enumerate(figures):
            col = first + width * index
            b.numbers(sheet, row, col, [fig.target], unit)
            b.numbers(sheet, row, col + 1, [fig.actual, *_split(fig)], unit, draft=fig.provisional)
        b.numbers(sheet, row, end, [indicator.lop_target, indicator.cumulative_actual], unit)
        b.numbers(sheet, row, end + 2, [indicator.percent_of_lop_target], "percentage")
        draft = [f.period for f in figures if f.provisional]
        if draft:
            sheet.write_string(row, end + 3, ", ".join(draft))
        notes = [f"{f.period}: {note}" for f in figures for note in f.notes]
        if indicator.computed and indicator.code in data.rules:
            notes.insert(0, data.rules[indicator.code])
        if notes:
            sheet.write_string(row, end + 4, _text("\n".join(notes)))
    b.activities("Annex B - Work plan", data.work_plan)
    products = b.book.add_worksheet("Annex G - Products")
    b.header(products, [t("code"), t("product"), t("product_kind"), t("country"), t("completed_on"),
                        t("this_period")])  # fmt: skip
    products.set_column(0, 0, 22)
    products.set_column(1, 1, 70, b.wrap)
    products.set_column(2, 5, 18)
    for r, a in enumerate(data.products, start=1):
        products.write_row(r, 0, [_text(a.code), _text(a.title), t(f"product_{a.type}"), a.country])
        products.write_datetime(r, 4, datetime.combine(a.end, time()), b.date)
        products.write_string(r, 5, t("yes") if a.end >= data.period.start else t("no"))
    b.close()
