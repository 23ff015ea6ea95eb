"""The Excel annex of the donor report (XlsxWriter): the full IPTT by period, and the activities.

Sheet "IPTT": one row per indicator and country, plus a total row per indicator (all countries, or
the report's single country), with the baseline, one column group (actual, female, male) per period
of the project to date, the cumulative actual, the LoP target, % of LoP target achieved and the
status — every number from the indicator engine (`engine.series`).
Sheet "Activities": the activities of the period. Sheet "Participants" only when the participant
annex was asked for (never sensitive records, never contact details).

Every text cell goes through `safe_cells.neutralize` and the workbook does not turn strings into
formulas or links, so "=HYPERLINK(…)" in a name reaches the donor as text.
"""

from __future__ import annotations

from datetime import datetime, time

from sqlalchemy.orm import Session

from flare_monitor.indicators import engine
from flare_monitor.indicators.periods import Period, periods_between
from flare_monitor.io.safe_cells import neutralize
from flare_monitor.reports import i18n
from flare_monitor.reports.model import ReportData


def annex_periods(data: ReportData) -> list[Period]:
    """Every period of the report's kind and calendar from the project's start to the report's period."""
    period, project = data.period, data.project
    return periods_between(project.start, period.end, period.kind, fiscal=period.fiscal,
                           fiscal_start_month=project.fiscal_year_start_month)  # fmt: skip


def _text(value) -> object:
    return neutralize(value) if isinstance(value, str) else value


def write_annex(session: Session, data: ReportData, path: str) -> None:
    import xlsxwriter

    lang = data.options.language
    t = lambda key: i18n.text(lang, key)  # noqa: E731
    workbook = xlsxwriter.Workbook(path, {"strings_to_formulas": False, "strings_to_urls": False,
                                          "strings_to_numbers": False})  # fmt: skip
    properties = {"title": f"{data.project.code} {data.period.label}", "author": data.prepared_by}
    properties["created"] = datetime.combine(data.report_date, time(0, 0))
    workbook.set_properties(properties)
    head = workbook.add_format({"bold": True, "bg_color": "#1E2D5A", "font_color": "white", "text_wrap": True,
                                "valign": "top", "border": 1})  # fmt: skip
    group = workbook.add_format({"bold": True, "bg_color": "#E9EEF6", "align": "center", "border": 1})
    total_fmt = workbook.add_format({"bold": True, "bg_color": "#F5F7FA"})
    wrap = workbook.add_format({"text_wrap": True, "valign": "top"})
    number = workbook.add_format({"num_format": "#,##0.##"})
    percent = workbook.add_format({"num_format": "0%"})
    date_fmt = workbook.add_format({"num_format": "yyyy-mm-dd"})

    # ---------------------------------------------------------------- IPTT
    sheet = workbook.add_worksheet("IPTT")
    periods = annex_periods(data)
    fixed = [t("code"), t("indicator"), t("country"), "Unit", t("baseline")]
    for col, title in enumerate(fixed):
        sheet.merge_range(0, col, 1, col, title, head)
    first = len(fixed)
    for index, period in enumerate(periods):
        col = first + 3 * index
        sheet.merge_range(0, col, 0, col + 2, period.label, group)
        for offset, key in enumerate(("total", "female", "male")):
            sheet.write(1, col + offset, t(key) if key != "total" else "Actual", head)
    tail = first + 3 * len(periods)
    for offset, key in enumerate(("cumulative_actual", "lop_target", "pct_lop", "status")):
        sheet.merge_range(0, tail + offset, 1, tail + offset, t(key), head)
    scopes: list[str | None] = [c.code for c in data.countries]
    if len(scopes) > 1:
        scopes.append(None)
    else:
        scopes = [data.iptt_country or (scopes[0] if scopes else None)]
    project = engine.project_by_code(session, data.project.code)
    row = 2
    for indicator, _code in engine.project_indicators(session, project):
        for scope in scopes:
            figures = engine.series(session, indicator, periods, scope)
            last = figures[-1]
            fmt = total_fmt if scope is None else None
            sheet.write_string(row, 0, _text(indicator.code), fmt)
            sheet.write_string(row, 1, _text(indicator.name), fmt)
            sheet.write_string(row, 2, scope or t("total"), fmt)
            sheet.write_string(row, 3, last.unit)
            _number(sheet, row, 4, last.baseline, number)
            for index, fig in enumerate(figures):
                col = first + 3 * index
                _number(sheet, row, col, fig.actual, number)
                by_sex = fig.by_sex or {}
                _number(sheet, row, col + 1, by_sex.get("female"), number)
                _number(sheet, row, col + 2, by_sex.get("male"), number)
            _number(sheet, row, tail, last.cumulative_actual, number)
            _number(sheet, row, tail + 1, last.lop_target, number)
            pct = None if last.percent_of_lop_target is None else last.percent_of_lop_target / 100
            _number(sheet, row, tail + 2, pct, percent)
            sheet.write_string(row, tail + 3, t(last.status))
            row += 1
    sheet.freeze_panes(2, first)
    sheet.set_column(0, 0, 10)
    sheet.set_column(1, 1, 48, wrap)
    sheet.set_column(2, 4, 9)
    sheet.set_column(first, tail + 2, 9)
    sheet.set_column(tail + 3, tail + 3, 16)
    sheet.autofilter(1, 0, max(row - 1, 1), tail + 3)

    # ---------------------------------------------------------------- activities
    acts = workbook.add_worksheet("Activities")
    columns = [t("code"), t("title"), t("type"), t("status"), "Start", "End", t("venue"), t("country"),
               t("total")]  # fmt: skip
    for col, title in enumerate(columns):
        acts.write_string(0, col, title, head)
    for r, a in enumerate(data.annex_activities, start=1):
        for col, value in enumerate((a.code, a.title, t(a.type), t(a.status))):
            acts.write_string(r, col, _text(value))
        acts.write_datetime(r, 4, datetime.combine(a.start, time()), date_fmt)
        acts.write_datetime(r, 5, datetime.combine(a.end, time()), date_fmt)
        acts.write_string(r, 6, _text(a.venue or ""))
        acts.write_string(r, 7, a.country)
        acts.write_number(r, 8, a.participants)
    acts.freeze_panes(1, 0)
    acts.set_column(0, 0, 22)
    acts.set_column(1, 1, 60, wrap)
    acts.set_column(2, 8, 14)

    # ---------------------------------------------------------------- participants (on request)
    if data.annex_participants is not None:
        people = workbook.add_worksheet("Participants")
        columns = [t("name"), t("sex"), t("organization"), t("agency_type"), t("position"), t("country"),
                   t("activities")]  # fmt: skip
        for col, title in enumerate(columns):
            people.write_string(0, col, title, head)
        for r, p in enumerate(data.annex_participants, start=1):
            values = (p.name, t(p.sex), p.organization or "", t(p.organization_type) if p.organization_type
                      else "", p.position or "", p.country, p.activities)  # fmt: skip
            for col, value in enumerate(values):
                people.write_string(r, col, _text(value))
        people.freeze_panes(1, 0)
        people.set_column(0, 6, 24)
    workbook.close()


def _number(sheet, row: int, col: int, value, fmt) -> None:
    if value is None:
        sheet.write_blank(row, col, None)
    else:
        sheet.write_number(row, col, float(value), fmt)
