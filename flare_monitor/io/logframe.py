"""The donor's logframe as an Excel workbook, both ways: an empty documented template, a project
exported in the same layout, and a workbook imported into a project (created or updated), all or nothing.

Sheets (the order and the headings are the layout; rows may be in any order except Results, whose order
is the order of results under the same parent):

- **Read me** – how to fill the workbook.
- **Project** – one row per field (Code, Title, Donor, …) with the value in column B.
- **Levels** – the names of the result levels, top first (Long-term outcome … Output).
- **Countries** – ISO 3166-1 codes and, per country, the provinces or regions (ISO 3166-2 codes).
- **Results** – code, parent code and statement of each result.
- **Indicators** – the reference sheet and, for indicators computed from the register, the counting rule.
- **Targets** – targets per period, country (blank: the whole project) and sex (blank: the total).
- **Lists** – the allowed values behind the drop-down lists.

Everything a workbook says is checked before anything is written: each problem names its sheet, row
and column, and with any problem nothing is written. Reading uses python-calamine (as the attendance
importer, with the same protections against hostile files); writing uses openpyxl, whose data
validations give the drop-down lists. Text cells are guarded against formula injection and restored
when read back, so export → import → export gives the same workbook.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pycountry
from sqlalchemy.orm import Session

from flare_monitor.db.enums import (
    ActivityStatus,
    ActivityType,
    AttendanceRole,
    Calendar,
    Direction,
    IndicatorUnit,
    OrganizationType,
    Sex,
)
from flare_monitor.errors import NotFoundError, UserError, ValidationError
from flare_monitor.indicators.computation import (
    ACTIVITY_COUNT,
    DISTINCT_ORGANIZATIONS,
    DISTINCT_PARTICIPANTS,
    PERIOD_DATES,
    TEST_IMPROVEMENT,
    parse_computation,
)
from flare_monitor.indicators.periods import LOP_LABEL, PeriodError, parse_period
from flare_monitor.indicators.rule_words import describe_rule
from flare_monitor.io.atomic import replace_atomically
from flare_monitor.io.safe_cells import neutralize, restore
from flare_monitor.io.sheets import SheetError, read_table
from flare_monitor.services import framework, indicator_values, project_setup
from flare_monitor.services.framework import DISAGGREGATIONS, IndicatorIn
from flare_monitor.services.geo import country_name, subdivisions_of
from flare_monitor.services.project_setup import ProjectDetail, ProjectIn

README, PROJECT, LEVELS, COUNTRIES, RESULTS, INDICATORS, TARGETS, LISTS = (
    "Read me", "Project", "Levels", "Countries", "Results", "Indicators", "Targets", "Lists",
)  # fmt: skip
DATA_SHEETS = (PROJECT, LEVELS, COUNTRIES, RESULTS, INDICATORS, TARGETS)

# Project sheet: (label in column A, key, explanation in column C)
PROJECT_FIELDS = (
    ("Code", "code", "Short code of the project, e.g. BRIDGE (letters, digits, - _ .)"),
    ("Title", "title", "Full title of the project"),
    ("Donor", "donor", "e.g. United States Department of Labor (USDOL)"),
    ("Grant number", "grant_number", "Grant or cooperative agreement number, e.g. IL-27592-15-75-K"),
    ("Grantee", "grantee", "The organization that holds the grant, e.g. International Labour Organization"),
    ("Start date", "start", "First day of the project (a date, or YYYY-MM-DD)"),
    ("End date", "end", "Last day of the project"),
    ("Reporting calendar", "calendar", "calendar (quarters from January) or fiscal (see the next row)"),
    ("Fiscal year starts in month", "fiscal_year_start_month", "1–12; 10 = October, the US fiscal year"),
    ("Description", "description", "Optional: what the project does, in a few lines"),
    ("Grantee UEI", "grantee_uei", "Optional: the grantee's federal Unique Entity ID (formerly DUNS)"),
    ("Headquarters contact", "hq_contact", "Optional: name, title, address, phone, e-mail"),
    ("Field contact", "field_contact", "Optional: as the headquarters contact"),
    ("Total funding", "total_funding", "Optional: the total funding of the agreement"),
    ("Authorized representative", "representative_name", "Optional: who certifies the reports"),
    ("Representative's title", "representative_title", "Optional: the representative's title"),
)
LEVEL_HEADERS = ("Depth", "Level name")
COUNTRY_HEADERS = ("Country code", "Country", "Provinces / regions", "Province names")
RESULT_HEADERS = ("Code", "Parent code", "Statement", "Level")
INDICATOR_HEADERS = (
    "Code", "Result", "Name", "Definition", "Unit", "Direction", "Cumulative", "Key indicator",
    "Disaggregations", "Baseline", "Baseline date", "LOP target", "Data source", "Means of verification",
    "Collection method", "Frequency", "Responsible", "Actuals", "Count", "Activity types",
    "Activity statuses", "Roles", "Organization types", "Countries counted", "Minimum share of days",
    "Completed attendance only", "Period date", "Rule in words",
)  # fmt: skip
TARGET_HEADERS = ("Indicator", "Period", "Country", "Sex", "Target")

YES, NO = "yes", "no"
REPORTED, COMPUTED = "reported", "computed"
COUNTS = {
    "people": DISTINCT_PARTICIPANTS,
    "organizations": DISTINCT_ORGANIZATIONS,
    "activities": ACTIVITY_COUNT,
    "test-improvement": TEST_IMPROVEMENT,
}
COUNT_NAMES = {kind: name for name, kind in COUNTS.items()}


def _values(enum) -> list[str]:
    return [m.value for m in enum]


LIST_COLUMNS = {  # header on the Lists sheet → values
    "Unit": _values(IndicatorUnit),
    "Direction": _values(Direction),
    "Yes / no": [YES, NO],
    "Actuals": [REPORTED, COMPUTED],
    "Count": list(COUNTS),
    "Period date": list(PERIOD_DATES),
    "Reporting calendar": _values(Calendar),
    "Sex": _values(Sex),
    "Activity types": _values(ActivityType),
    "Activity statuses": _values(ActivityStatus),
    "Roles": _values(AttendanceRole),
    "Organization types": _values(OrganizationType),
    "Disaggregations": list(DISAGGREGATIONS),
}
COLUMN_HELP = {
    (INDICATORS, "Result"): "Code of the result (Results sheet) the indicator measures",
    (INDICATORS, "Unit"): "number, percentage, yes_no or level",
    (INDICATORS, "Direction"): "increase (higher is better) or decrease (lower is better)",
    (INDICATORS, "Cumulative"): "yes: counted over the life of the project; no: per period",
    (INDICATORS, "Disaggregations"): "Comma-separated: " + ", ".join(DISAGGREGATIONS),
    (INDICATORS, "LOP target"): "Life-of-project target of the whole project",
    (INDICATORS, "Actuals"): "reported (entered by officers) or computed (counted from the register)",
    (INDICATORS, "Count"): "Computed only: people, organizations, activities or test-improvement",
    (INDICATORS, "Activity types"):
        "Comma-separated; blank = every type: " + ", ".join(_values(ActivityType)),
    (INDICATORS, "Activity statuses"):
        "Comma-separated; blank = completed: " + ", ".join(_values(ActivityStatus)),
    (INDICATORS, "Roles"): "Comma-separated; blank = participant: " + ", ".join(_values(AttendanceRole)),
    (INDICATORS, "Organization types"):
        "Comma-separated; blank = anyone: " + ", ".join(_values(OrganizationType)),
    (INDICATORS, "Countries counted"): "ISO codes of the activities' countries; blank = every country",
    (INDICATORS, "Minimum share of days"): "0 to 1: 0.5 = the person attended at least half of the days",
    (INDICATORS, "Completed attendance only"): "yes: only attendance marked completed",
    (INDICATORS, "Period date"): "start (a training counts when it happens) or end (a study when it is done)",
    (INDICATORS, "Rule in words"): "Written by FLARE Monitor on export; ignored on import",
    (TARGETS, "Period"): "e.g. 2024-Q2, FY2024-Q3, 2024-S1, FY2024, LOP",
    (TARGETS, "Country"): "ISO code of a project country; blank = the whole project",
    (TARGETS, "Sex"): "female, male, other or not_recorded; blank = the total",
    (COUNTRIES, "Provinces / regions"): "ISO 3166-2 codes, comma-separated, e.g. PK-BA, PK-PB",
    (COUNTRIES, "Country"): "Written by FLARE Monitor; ignored on import",
    (COUNTRIES, "Province names"): "Written by FLARE Monitor; ignored on import",
    (RESULTS, "Parent code"): "Blank for a result at the top of the framework",
    (RESULTS, "Level"): "Written by FLARE Monitor from the Levels sheet; ignored on import",
}  # fmt: skip

README_LINES = (
    "FLARE Monitor logframe workbook",
    "",
    "Fill in the sheets Project, Levels, Countries, Results, Indicators and Targets, then import the",
    "workbook: in the app with File › Import logframe…, or with",
    "    flare-monitor project import-logframe FILE.xlsx [--dry-run]",
    "",
    "• Project: one value per row in column B. Dates as dates or YYYY-MM-DD.",
    "• Levels: the names of the levels of the results framework, top first",
    "  (e.g. Long-term outcome, Medium-term outcome, Short-term outcome, Output; or Outcome, Output).",
    "• Countries: one ISO 3166-1 code per row (PK, PE, NP…), and the provinces or regions the project",
    "  works in there as ISO 3166-2 codes (PK-BA, PK-PB…).",
    "• Results: one result per row with its code (1, 1.1, 1.1.1…), the code of the result above it",
    "  (blank at the top) and its statement. Results under the same parent keep the order of the rows.",
    "• Indicators: the reference sheet of each indicator. Actuals are either reported (entered each",
    "  period) or computed from the register; for computed ones, the columns Count … Period date say",
    "  what is counted. Lists of values are comma-separated.",
    "• Targets: one target per row: indicator, period (2024-Q2, FY2024-Q3, LOP…), country (blank: the",
    "  whole project), sex (blank: the total) and the target.",
    "",
    "Grey headings carry a note with the values a column takes; cells with a drop-down offer them.",
    "",
    "On import the workbook describes the project: its fields, countries and level names replace those",
    "stored. Results, indicators and targets in the workbook are created or updated by their codes;",
    "those not in it stay as they are. Every problem is reported with its sheet, row and column, and",
    "with any problem nothing is written.",
)

MAX_TEMPLATE_ROWS = 500  # rows the drop-down lists cover in the template and in exports


class LogframeRejected(UserError):
    """The workbook has problems; nothing was written. `problems` lists each with where it is."""

    def __init__(self, problems: list[Problem], source: str):
        self.problems = problems
        self.source = source
        count = len(problems)
        super().__init__(f"{count} problem{'s' if count != 1 else ''} in {source}; nothing was written")


@dataclass(frozen=True)
class Problem:
    sheet: str
    row: int | None
    column: str | None  # the column's heading
    message: str
    letter: str | None = None

    def __str__(self) -> str:
        where = self.sheet
        if self.row is not None:
            where += f" row {self.row}"
        if self.column:
            where += f", column {self.letter + ' ' if self.letter else ''}({self.column})"
        return f"{where}: {self.message}"


@dataclass
class ResultRow:
    row: int
    code: str
    parent: str | None
    statement: str


@dataclass
class IndicatorRow:
    row: int
    data: IndicatorIn


@dataclass
class TargetRow:
    row: int
    indicator: str
    period: str
    country: str | None
    sex: str | None
    value: float


@dataclass
class Logframe:
    """A workbook's content as plain values."""

    project: ProjectIn
    levels: list[str] = field(default_factory=list)
    results: list[ResultRow] = field(default_factory=list)
    indicators: list[IndicatorRow] = field(default_factory=list)
    targets: list[TargetRow] = field(default_factory=list)
    project_rows: dict[str, int] = field(default_factory=dict)  # key → row on the Project sheet
    country_rows: dict[str, int] = field(default_factory=dict)


@dataclass
class LogframePlan:
    """What an import creates and changes (the preview)."""

    source: str
    project: str
    creating: bool
    lines: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    dry_run: bool = False

    def summary(self) -> str:
        parts = [f"{n} {what}" for what, n in self.counts.items() if n]
        verb = "Create" if self.creating else "Update"
        return f"{verb} project {self.project}" + (f": {', '.join(parts)}" if parts else ": nothing changes")


# ---------------------------------------------------------------- cells


def _letter(index: int) -> str:
    text = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        text = chr(65 + rest) + text
    return text


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return YES if value else NO
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.isoformat()
    text = restore(str(value)).strip()
    return text or None


def _multiline(value: Any) -> str | None:
    """A cell's text keeping its line breaks (a contact's address)."""
    if value is None:
        return None
    text = restore(str(value)).replace("\r\n", "\n").strip()
    return text or None


def _split(value: Any) -> list[str]:
    text = _text(value)
    if not text:
        return []
    return [part.strip() for part in re.split(r"[,;\n]", text) if part.strip()]


class _Cells:
    """Reads one sheet by its headings and collects problems with their places."""

    def __init__(self, sheet: str, rows: list[list[Any]], headers: tuple[str, ...], problems: list[Problem]):
        self.sheet = sheet
        self.problems = problems
        self.columns: dict[str, int] = {}
        header = rows[0] if rows else []
        found = {str(_text(cell) or "").strip().casefold(): i for i, cell in enumerate(header)}
        for name in headers:
            index = found.get(name.casefold())
            if index is not None:
                self.columns[name] = index
        self.rows = rows[1:]

    def require(self, *names: str) -> bool:
        missing = [n for n in names if n not in self.columns]
        for name in missing:
            self.problems.append(Problem(self.sheet, 1, name, f"the heading '{name}' is missing"))
        return not missing

    def data_rows(self) -> Iterable[tuple[int, list[Any]]]:
        for offset, row in enumerate(self.rows, start=2):
            if any(_text(cell) for cell in row):
                yield offset, row

    def get(self, row: list[Any], name: str) -> Any:
        index = self.columns.get(name)
        if index is None or index >= len(row):
            return None
        return row[index]

    def problem(self, row: int | None, name: str | None, message: str) -> None:
        index = self.columns.get(name) if name else None
        letter = _letter(index) if index is not None else None
        self.problems.append(Problem(self.sheet, row, name, message, letter))

    def text(self, row: list[Any], name: str) -> str | None:
        return _text(self.get(row, name))

    def number(self, number: int, row: list[Any], name: str) -> float | None:
        value = self.get(row, name)
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        if isinstance(value, bool):
            self.problem(number, name, f"'{value}' is not a number")
            return None
        if isinstance(value, int | float):
            return float(value)
        try:
            result = float(restore(str(value)).strip().replace(",", ""))
        except ValueError:
            self.problem(number, name, f"'{value}' is not a number")
            return None
        if not math.isfinite(result):
            self.problem(number, name, f"'{value}' is not a number")
            return None
        return result

    def day(self, number: int, row: list[Any], name: str) -> date | None:
        value = self.get(row, name)
        if value is None:
            return None
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        if isinstance(value, int | float) and not isinstance(value, bool) and 20000 < value < 80000:
            from datetime import timedelta

            return date(1899, 12, 30) + timedelta(days=int(value))  # an Excel date serial
        text = _text(value)
        if not text:
            return None
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            self.problem(number, name, f"'{text}' is not a date (write it as a date, or YYYY-MM-DD)")
            return None

    def yes_no(self, number: int, row: list[Any], name: str, default: bool = False) -> bool:
        value = self.get(row, name)
        if value is None:
            return default
        if isinstance(value, bool):
            return value
        text = (_text(value) or "").casefold()
        if text in ("yes", "y", "true", "1", "x", "sí", "si", "oui"):
            return True
        if text in ("no", "n", "false", "0", "non", ""):
            return False
        self.problem(number, name, f"'{value}' is not yes or no")
        return default

    def choice(self, number: int, row: list[Any], name: str, allowed: Iterable[str], default=None):
        text = self.text(row, name)
        if text is None:
            return default
        key = text.strip().lower().replace(" ", "_")
        options = list(allowed)
        normalized = {o.replace("-", "_"): o for o in options}
        if key.replace("-", "_") in normalized:
            return normalized[key.replace("-", "_")]
        self.problem(number, name, f"'{text}' is not one of {', '.join(options)}")
        return default

    def choices(self, number: int, row: list[Any], name: str, allowed: Iterable[str]) -> list[str] | None:
        items = _split(self.get(row, name))
        if not items:
            return None
        options = list(allowed)
        out = []
        for item in items:
            key = item.lower().replace(" ", "_").replace("-", "_")
            if key not in options:
                self.problem(number, name, f"'{item}' is not one of {', '.join(options)}")
                continue
            if key not in out:
                out.append(key)
        return out or None


# ---------------------------------------------------------------- reading


def _sheet_rows(path: Path, sheet: str, problems: list[Problem]) -> list[list[Any]] | None:
    try:
        return read_table(path, sheet).rows
    except SheetError as exc:
        if "has no sheet called" in str(exc):
            problems.append(Problem(sheet, None, None, f"the sheet '{sheet}' is missing"))
            return None
        if "is empty" in str(exc):
            return []
        raise


def _read_project(rows: list[list[Any]], problems: list[Problem]) -> tuple[dict[str, Any], dict[str, int]]:
    labels = {label.casefold(): (label, key) for label, key, _help in PROJECT_FIELDS}
    values: dict[str, Any] = {}
    places: dict[str, int] = {}
    for number, row in enumerate(rows, start=1):
        label = _text(row[0]) if row else None
        if not label or label.casefold() not in labels:
            continue
        _name, key = labels[label.casefold()]
        values[key] = row[1] if len(row) > 1 else None
        places[key] = number
    for label, key, _help in PROJECT_FIELDS:
        if key not in places and key in ("code", "title", "donor", "start", "end"):
            problems.append(Problem(PROJECT, None, None, f"the row '{label}' is missing (column A)"))
    return values, places


def _project_in(
    values: dict[str, Any], places: dict[str, int], countries, subdivisions, problems
) -> ProjectIn:
    def day(key: str) -> date | str | None:
        value = values.get(key)
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        if isinstance(value, int | float) and not isinstance(value, bool) and 20000 < value < 80000:
            from datetime import timedelta

            return date(1899, 12, 30) + timedelta(days=int(value))
        return _text(value)

    return ProjectIn(
        code=_text(values.get("code")) or "",
        title=_text(values.get("title")) or "",
        donor=_text(values.get("donor")) or "",
        start=day("start"),
        end=day("end"),
        countries=tuple(countries),
        calendar=(_text(values.get("calendar")) or Calendar.CALENDAR.value).lower(),
        fiscal_year_start_month=_text(values.get("fiscal_year_start_month")),
        grant_number=_text(values.get("grant_number")),
        grantee=_text(values.get("grantee")),
        description=_text(values.get("description")),
        subdivisions=subdivisions,
        grantee_uei=_text(values.get("grantee_uei")),
        hq_contact=_multiline(values.get("hq_contact")),
        field_contact=_multiline(values.get("field_contact")),
        total_funding=_text(values.get("total_funding")),
        representative_name=_text(values.get("representative_name")),
        representative_title=_text(values.get("representative_title")),
    )


def _rule(cells: _Cells, number: int, row: list[Any]) -> tuple[dict[str, Any] | None, bool]:
    """(rule, computed) of an Indicators row; problems are collected in `cells`."""
    actuals = cells.choice(number, row, "Actuals", [REPORTED, COMPUTED])
    count = cells.choice(number, row, "Count", list(COUNTS))
    computed = actuals == COMPUTED or (actuals is None and count is not None)
    rule_columns = ("Activity types", "Activity statuses", "Roles", "Organization types", "Countries counted",
                    "Minimum share of days", "Period date")  # fmt: skip
    if not computed:
        if count is not None:
            cells.problem(
                number,
                "Count",
                "a reported indicator counts nothing: leave Count blank or set Actuals to computed",
            )
        return None, False
    if count is None:
        cells.problem(
            number,
            "Count",
            "a computed indicator needs Count: people, organizations, activities or test-improvement",
        )
        return None, True
    rule: dict[str, Any] = {"kind": COUNTS[count]}
    types = cells.choices(number, row, "Activity types", _values(ActivityType))
    if types:
        rule["activity_types"] = types
    statuses = cells.choices(number, row, "Activity statuses", _values(ActivityStatus))
    if statuses:
        rule["activity_statuses"] = statuses
    countries = _split(cells.get(row, "Countries counted"))
    if countries:
        rule["countries"] = [c.upper() for c in countries]
    if rule["kind"] != ACTIVITY_COUNT:
        roles = cells.choices(number, row, "Roles", _values(AttendanceRole))
        if roles:
            rule["roles"] = roles
        orgs = cells.choices(number, row, "Organization types", _values(OrganizationType))
        if orgs:
            rule["organization_types"] = orgs
        share = cells.number(number, row, "Minimum share of days")
        if share is not None:
            rule["min_attendance_share"] = share
        rule["completed_only"] = cells.yes_no(number, row, "Completed attendance only")
    else:
        for name in ("Roles", "Organization types", "Minimum share of days"):
            if cells.text(row, name):
                cells.problem(
                    number, name, "filters who attended, which does not apply when activities are counted"
                )
    period_date = cells.choice(number, row, "Period date", list(PERIOD_DATES))
    if period_date:
        rule["period_date"] = period_date
    del rule_columns
    return rule, True


_INDICATOR_FIELD_COLUMNS = {
    "code": "Code", "name": "Name", "result": "Result", "unit": "Unit", "direction": "Direction",
    "baseline": "Baseline", "baseline date": "Baseline date", "LOP target": "LOP target",
    "disaggregations": "Disaggregations", "frequency": "Frequency", "responsible": "Responsible",
    "kind": "Count", "activity_types": "Activity types", "activity_statuses": "Activity statuses",
    "roles": "Roles", "organization_types": "Organization types", "countries": "Countries counted",
    "min_attendance_share": "Minimum share of days", "completed_only": "Completed attendance only",
    "period_date": "Period date", "rule": "Count", "value": "LOP target",
}  # fmt: skip


def read_logframe(path: str | Path) -> Logframe:
    """Read and check a workbook's content; raises LogframeRejected listing every problem."""
    path = Path(path)
    problems: list[Problem] = []
    tables = {sheet: _sheet_rows(path, sheet, problems) for sheet in DATA_SHEETS}
    if problems:
        raise LogframeRejected(problems, path.name)

    values, places = _read_project(tables[PROJECT], problems)
    fiscal_month = 10
    month_text = _text(values.get("fiscal_year_start_month"))
    calendar = (_text(values.get("calendar")) or "calendar").lower()
    if month_text and month_text.isdigit() and 1 <= int(month_text) <= 12:
        fiscal_month = int(month_text)
    elif not month_text and calendar == "calendar":
        fiscal_month = 1

    levels_cells = _Cells(LEVELS, tables[LEVELS], LEVEL_HEADERS, problems)
    levels: list[str] = []
    if levels_cells.require("Level name"):
        ordered = []
        for number, row in levels_cells.data_rows():
            name = levels_cells.text(row, "Level name")
            depth = levels_cells.number(number, row, "Depth")
            if name is None:
                levels_cells.problem(number, "Level name", "a level needs a name")
                continue
            ordered.append((depth if depth is not None else float(number), number, name))
        levels = [name for _d, _n, name in sorted(ordered)]

    country_cells = _Cells(COUNTRIES, tables[COUNTRIES], COUNTRY_HEADERS, problems)
    countries: list[str] = []
    subdivisions: dict[str, tuple[str, ...]] = {}
    country_rows: dict[str, int] = {}
    if country_cells.require("Country code"):
        for number, row in country_cells.data_rows():
            code = (country_cells.text(row, "Country code") or "").upper()
            if len(code) != 2 or pycountry.countries.get(alpha_2=code) is None:
                country_cells.problem(
                    number, "Country code", f"'{code}' is not an ISO 3166-1 country code (e.g. PK)"
                )
                continue
            if code in country_rows:
                country_cells.problem(
                    number, "Country code", f"{code} is already on row {country_rows[code]}"
                )
                continue
            country_rows[code] = number
            countries.append(code)
            known = {c for c, _n in subdivisions_of(code)}
            provinces = []
            for item in _split(country_cells.get(row, "Provinces / regions")):
                sub = item.upper()
                if sub not in known:
                    country_cells.problem(
                        number, "Provinces / regions",
                        f"'{item}' is not a first-level ISO 3166-2 subdivision of {code} (e.g. {code}-…)",
                    )  # fmt: skip
                    continue
                provinces.append(sub)
            subdivisions[code] = tuple(provinces)

    project = _project_in(values, places, countries, subdivisions, problems)

    result_cells = _Cells(RESULTS, tables[RESULTS], RESULT_HEADERS, problems)
    results: list[ResultRow] = []
    result_codes: dict[str, int] = {}
    if result_cells.require("Code", "Statement"):
        for number, row in result_cells.data_rows():
            code = result_cells.text(row, "Code")
            statement = result_cells.text(row, "Statement")
            if not code:
                result_cells.problem(number, "Code", "a result needs a code (e.g. 1.1)")
                continue
            if code in result_codes:
                result_cells.problem(number, "Code", f"{code} is already on row {result_codes[code]}")
                continue
            if not statement:
                result_cells.problem(number, "Statement", "a result needs its statement")
            result_codes[code] = number
            results.append(ResultRow(number, code, result_cells.text(row, "Parent code"), statement or ""))
        for result in results:
            if result.parent and result.parent not in result_codes:
                result_cells.problem(
                    result.row, "Parent code", f"no result {result.parent} on the Results sheet"
                )
        _check_cycles(results, result_cells)

    indicator_cells = _Cells(INDICATORS, tables[INDICATORS], INDICATOR_HEADERS, problems)
    indicators: list[IndicatorRow] = []
    indicator_codes: dict[str, int] = {}
    lops: dict[str, float | None] = {}
    if indicator_cells.require("Code", "Name"):
        c = indicator_cells
        for number, row in c.data_rows():
            code = c.text(row, "Code")
            if not code:
                c.problem(number, "Code", "an indicator needs a code (e.g. 1.1.1.1)")
                continue
            if code in indicator_codes:
                c.problem(number, "Code", f"{code} is already on row {indicator_codes[code]}")
                continue
            indicator_codes[code] = number
            result = c.text(row, "Result")
            if result and result not in result_codes:
                c.problem(number, "Result", f"no result {result} on the Results sheet")
            unit = c.choice(number, row, "Unit", _values(IndicatorUnit), IndicatorUnit.NUMBER.value)
            rule, _computed = _rule(c, number, row)
            if rule is not None:
                try:
                    parse_computation(rule, unit)
                except ValidationError as exc:
                    c.problem(
                        number,
                        _INDICATOR_FIELD_COLUMNS.get(exc.field or "", "Count"),
                        str(exc).removeprefix("computation: "),
                    )
            lop = c.number(number, row, "LOP target")
            lops[code] = lop
            disaggregations = c.choices(number, row, "Disaggregations", list(DISAGGREGATIONS))
            data = IndicatorIn(
                code=code,
                name=c.text(row, "Name") or "",
                result=result,
                definition=c.text(row, "Definition"),
                unit=unit,
                direction=c.choice(number, row, "Direction", _values(Direction), Direction.INCREASE.value),
                cumulative=c.yes_no(number, row, "Cumulative"),
                is_key=c.yes_no(number, row, "Key indicator"),
                disaggregations=tuple(disaggregations or ()),
                baseline=c.number(number, row, "Baseline"),
                baseline_date=c.day(number, row, "Baseline date"),
                lop_target=lop,
                data_source=c.text(row, "Data source"),
                means_of_verification=c.text(row, "Means of verification"),
                collection_method=c.text(row, "Collection method"),
                frequency=c.text(row, "Frequency"),
                responsible=c.text(row, "Responsible"),
                rule=rule,
            )
            if not data.name:
                c.problem(number, "Name", "an indicator needs a name")
            indicators.append(IndicatorRow(number, data))

    target_cells = _Cells(TARGETS, tables[TARGETS], TARGET_HEADERS, problems)
    targets: list[TargetRow] = []
    seen_targets: dict[tuple, int] = {}
    if target_cells.require("Indicator", "Period", "Target"):
        t = target_cells
        start = project.start if isinstance(project.start, date) else None
        end = project.end if isinstance(project.end, date) else None
        for number, row in t.data_rows():
            indicator = t.text(row, "Indicator")
            label = t.text(row, "Period")
            value = t.number(number, row, "Target")
            if not indicator:
                t.problem(number, "Indicator", "a target needs the code of its indicator")
                continue
            if indicator not in indicator_codes:
                t.problem(number, "Indicator", f"no indicator {indicator} on the Indicators sheet")
            if not label:
                t.problem(number, "Period", "a target needs its period (e.g. 2024-Q2, FY2024-Q3, LOP)")
                continue
            try:
                period = parse_period(
                    label,
                    fiscal_start_month=fiscal_month,
                    lop=(start, end) if start and end and start <= end else None,
                )
                label = period.label
            except PeriodError as exc:
                t.problem(number, "Period", str(exc))
                continue
            country = (t.text(row, "Country") or "").upper() or None
            if country and country not in country_rows:
                t.problem(number, "Country", f"{country} is not on the Countries sheet")
            sex = t.choice(number, row, "Sex", _values(Sex))
            if value is None:
                t.problem(number, "Target", "a target needs a value")
                continue
            key = (indicator, label, country, sex)
            if key in seen_targets:
                t.problem(number, "Target", f"the same target is already on row {seen_targets[key]}")
                continue
            seen_targets[key] = number
            if label == LOP_LABEL and country is None and sex is None and lops.get(indicator) is not None:
                if lops[indicator] != value:
                    t.problem(
                        number, "Target",
                        f"the LOP target of {indicator} is {value:g} here but {lops[indicator]:g} on the "
                        f"Indicators sheet (row {indicator_codes[indicator]})",
                    )  # fmt: skip
                continue
            targets.append(TargetRow(number, indicator, label, country, sex, value))

    if problems:
        raise LogframeRejected(problems, path.name)
    return Logframe(project, levels, results, indicators, targets, places, country_rows)


def _check_cycles(results: list[ResultRow], cells: _Cells) -> None:
    parents = {r.code: r.parent for r in results}
    for result in results:
        seen = {result.code}
        code = result.parent
        while code and code in parents:
            if code in seen:
                cells.problem(result.row, "Parent code", f"{result.code} would be under itself ({code})")
                break
            seen.add(code)
            code = parents[code]


# ---------------------------------------------------------------- importing


def _place(exc: ValidationError, sheet: str, row: int | None, columns: dict[str, str], default: str | None):
    column = columns.get(exc.field or "", default)
    return Problem(sheet, row, column, str(exc))


def _project_problem(exc: ValidationError, logframe: Logframe) -> Problem:
    field_name = exc.field or ""
    key = {"start date": "start", "end date": "end", "code": "code", "title": "title", "donor": "donor",
           "calendar": "calendar", "fiscal year start month": "fiscal_year_start_month",
           "grant number": "grant_number", "grantee": "grantee", "grantee uei": "grantee_uei",
           "hq_contact": "hq_contact", "field_contact": "field_contact", "total_funding": "total_funding",
           "representative name": "representative_name",
           "representative title": "representative_title"}.get(field_name)  # fmt: skip
    if key is not None:
        label = next(label for label, k, _h in PROJECT_FIELDS if k == key)
        return Problem(PROJECT, logframe.project_rows.get(key), "Value", f"{label}: {exc}", "B")
    if field_name in ("countries", "provinces"):
        return Problem(
            COUNTRIES, None, "Country code" if field_name == "countries" else "Provinces / regions", str(exc)
        )
    return Problem(PROJECT, None, None, str(exc))


def _depths(results: list[ResultRow]) -> dict[str, int]:
    parents = {r.code: r.parent for r in results}
    depth: dict[str, int] = {}
    for code in parents:
        n, at = 1, parents[code]
        while at:
            n, at = n + 1, parents.get(at)
        depth[code] = n
    return depth


def import_logframe(
    session: Session, logframe: Logframe, source: str, *, dry_run: bool = False
) -> LogframePlan:
    """Create or update the workbook's project in `session` (the caller commits, once; with `dry_run`
    the caller rolls back). Returns the plan of what was done; a refusal of the services is raised as
    LogframeRejected with the place of the row it came from."""
    code = logframe.project.code.strip().upper()
    try:
        before = project_setup.project_detail(session, code)
    except NotFoundError:
        before = None
    plan = LogframePlan(source, code, before is None, dry_run=dry_run)
    counts = {"results created": 0, "results changed": 0, "indicators created": 0, "indicators changed": 0,
              "targets set": 0}  # fmt: skip

    def fail(problem: Problem):
        raise LogframeRejected([problem], source)

    try:
        if before is None:
            project_setup.create_project(session, logframe.project)
            plan.lines.append(f"Create the project {code}: {logframe.project.title}")
        else:
            current, version = project_setup.project_input(session, code)
            if _project_changes(current, logframe.project):
                project_setup.update_project(session, code, logframe.project)
                plan.lines.append(
                    f"Update the project {code}: " + ", ".join(_project_changes(current, logframe.project))
                )
        if logframe.levels and (before is None or list(before.levels) != logframe.levels):
            project_setup.set_levels(session, code, logframe.levels)
            plan.lines.append("Result levels: " + " / ".join(logframe.levels))
    except ValidationError as exc:
        fail(_project_problem(exc, logframe))

    existing = {node.code: node for node in (before.flat_results() if before else [])}
    result_columns = {"code": "Code", "statement": "Statement", "parent": "Parent code"}
    depth = _depths(logframe.results)
    for result in sorted(logframe.results, key=lambda r: (depth[r.code], r.row)):
        try:
            node = existing.get(result.code)
            if node is None:
                framework.add_result(session, code, result.code, result.statement, result.parent)
                plan.lines.append(f"Add result {result.code}: {result.statement}")
                counts["results created"] += 1
                continue
            changed = []
            if node.statement != result.statement:
                framework.edit_result(session, code, result.code, statement=result.statement)
                changed.append("statement")
            if (node.parent or None) != (result.parent or None):
                framework.move_result(session, code, result.code, parent=result.parent or None)
                changed.append(f"now under {result.parent or 'the top'}")
            if changed:
                plan.lines.append(f"Change result {result.code}: {', '.join(changed)}")
                counts["results changed"] += 1
        except ValidationError as exc:
            fail(_place(exc, RESULTS, result.row, result_columns, "Code"))
    if before is not None:
        kept = [c for c in existing if c not in {r.code for r in logframe.results}]
        if kept:
            plan.lines.append(f"Results not in the workbook stay as they are: {', '.join(kept)}")

    known_indicators = {sheet.code: sheet for sheet in (before.indicators if before else ())}
    for row in logframe.indicators:
        try:
            sheet = known_indicators.get(row.data.code)
            if sheet is None:
                framework.add_indicator(session, code, row.data)
                plan.lines.append(f"Add indicator {row.data.code}: {row.data.name}")
                counts["indicators created"] += 1
                continue
            current, _version = framework.indicator_input(session, code, row.data.code)
            normalized = _normalized_indicator(session, code, row.data)
            if current != normalized:
                framework.update_indicator(session, code, row.data.code, row.data)
                changed = [
                    f
                    for f in IndicatorIn.__dataclass_fields__
                    if getattr(current, f) != getattr(normalized, f)
                ]
                plan.lines.append(f"Change indicator {row.data.code}: {', '.join(changed)}")
                counts["indicators changed"] += 1
        except ValidationError as exc:
            fail(_place(exc, INDICATORS, row.row, _INDICATOR_FIELD_COLUMNS, None))
        except UserError as exc:
            fail(Problem(INDICATORS, row.row, None, str(exc)))
    if before is not None:
        kept = [c for c in known_indicators if c not in {r.data.code for r in logframe.indicators}]
        if kept:
            plan.lines.append(f"Indicators not in the workbook stay as they are: {', '.join(kept)}")

    stored = {
        (sheet.code, t.period, t.country, t.sex): t.value
        for sheet in (before.indicators if before else ())
        for t in sheet.targets
    }
    for target in logframe.targets:
        key = (target.indicator, target.period, target.country, target.sex)
        if stored.get(key) == target.value:
            continue
        try:
            indicator_values.set_target(
                session, code, target.indicator, target.period, target.value, target.country, target.sex
            )
        except ValidationError as exc:
            columns = {"value": "Target", "period": "Period", "country": "Country", "sex": "Sex"}
            fail(_place(exc, TARGETS, target.row, columns, "Target"))
        except UserError as exc:
            fail(Problem(TARGETS, target.row, None, str(exc)))
        counts["targets set"] += 1
    if counts["targets set"]:
        plan.lines.append(f"Set {counts['targets set']} target(s)")
    plan.counts = counts
    session.flush()
    return plan


def _normalized_indicator(session: Session, project_code: str, data: IndicatorIn) -> IndicatorIn:
    """The workbook's indicator as the form would show it once stored (for comparing)."""
    rule = None
    if data.rule is not None:
        rule = parse_computation(data.rule, data.unit).to_json()
    baseline_date = data.baseline_date
    return replace(
        data,
        rule=rule,
        baseline=None if data.baseline is None else float(data.baseline),
        lop_target=None if data.lop_target is None else float(data.lop_target),
        baseline_date=baseline_date,
        disaggregations=tuple(data.disaggregations),
    )


def _project_changes(current: ProjectIn, new: ProjectIn) -> list[str]:
    changes = []
    for name in (
        "title",
        "donor",
        "grant_number",
        "grantee",
        "calendar",
        "description",
        *project_setup.COVER_FIELDS,
    ):
        old_value, new_value = getattr(current, name) or None, getattr(new, name) or None
        if name == "total_funding":
            try:
                new_value = float(str(new_value).replace(",", "")) if new_value is not None else None
            except ValueError:
                pass  # the services refuse it with its place
        if old_value != new_value:
            changes.append(name.replace("_", " "))
    if str(current.start) != str(new.start) or str(current.end) != str(new.end):
        changes.append("dates")
    month = (
        project_setup._month(new.fiscal_year_start_month, Calendar(new.calendar))
        if new.calendar in ("calendar", "fiscal")
        else None
    )
    if month is not None and month != current.fiscal_year_start_month:
        changes.append("fiscal year start month")
    if sorted(current.countries) != sorted(c.upper() for c in new.countries):
        changes.append("countries")
    if {k: tuple(sorted(v)) for k, v in current.subdivisions.items()} != {
        k.upper(): tuple(sorted(v)) for k, v in new.subdivisions.items()
    }:
        changes.append("provinces")
    return changes


# ---------------------------------------------------------------- writing


def _style_header(ws, headers: Iterable[str], sheet: str) -> None:
    from openpyxl.comments import Comment
    from openpyxl.styles import Font, PatternFill

    fill = PatternFill("solid", fgColor="D9D9D9")
    for column, name in enumerate(headers, start=1):
        cell = ws.cell(row=1, column=column, value=name)
        cell.font = Font(bold=True)
        cell.fill = fill
        help_text = COLUMN_HELP.get((sheet, name))
        if help_text:
            cell.comment = Comment(help_text, "FLARE Monitor", width=320, height=90)
        ws.column_dimensions[_letter(column - 1)].width = max(12, min(45, len(name) + 6))
    ws.freeze_panes = "A2"


def _list_validation(ws, column: str, formula: str, rows: int = MAX_TEMPLATE_ROWS) -> None:
    from openpyxl.worksheet.datavalidation import DataValidation

    validation = DataValidation(type="list", formula1=formula, allow_blank=True, showDropDown=False)
    validation.error = "Choose a value from the list"
    validation.errorTitle = "FLARE Monitor"
    validation.showErrorMessage = True
    ws.add_data_validation(validation)
    validation.add(f"{column}2:{column}{rows + 1}")


def _inline(values: Iterable[str]) -> str:
    return '"' + ",".join(values) + '"'


def _cell(value: Any) -> Any:
    if isinstance(value, str):
        return neutralize(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _write_row(ws, row: int, values: Iterable[Any]) -> None:
    for column, value in enumerate(values, start=1):
        cell = ws.cell(row=row, column=column, value=_cell(value))
        if isinstance(value, date):
            cell.number_format = "yyyy-mm-dd"


def _workbook(detail: ProjectDetail | None):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    readme = wb.active
    readme.title = README
    for number, line in enumerate(README_LINES, start=1):
        readme.cell(row=number, column=1, value=line)
    readme["A1"].font = Font(bold=True, size=14)
    readme.column_dimensions["A"].width = 110

    lists = wb.create_sheet(LISTS)
    list_ranges: dict[str, str] = {}
    for column, (name, values) in enumerate(LIST_COLUMNS.items(), start=1):
        lists.cell(row=1, column=column, value=name)
        for row, value in enumerate(values, start=2):
            lists.cell(row=row, column=column, value=value)
        letter = _letter(column - 1)
        list_ranges[name] = f"{LISTS}!${letter}$2:${letter}${len(values) + 1}"
    codes = sorted(c.alpha_2 for c in pycountry.countries)
    column = len(LIST_COLUMNS) + 1
    letter = _letter(column - 1)
    lists.cell(row=1, column=column, value="Country codes")
    for row, code in enumerate(codes, start=2):
        lists.cell(row=row, column=column, value=code)
    list_ranges["Country codes"] = f"{LISTS}!${letter}$2:${letter}${len(codes) + 1}"
    _style_header(lists, [*LIST_COLUMNS, "Country codes"], LISTS)
    lists.sheet_state = "hidden"

    project = wb.create_sheet(PROJECT, 1)
    _style_header(project, ("Field", "Value", "Explanation"), PROJECT)
    project.column_dimensions["A"].width = 30
    project.column_dimensions["B"].width = 60
    project.column_dimensions["C"].width = 80
    values = _project_values(detail)
    for row, (label, key, help_text) in enumerate(PROJECT_FIELDS, start=2):
        project.cell(row=row, column=1, value=label).font = Font(bold=True)
        _write_row_at(project, row, 2, values.get(key))
        project.cell(row=row, column=3, value=help_text).alignment = Alignment(wrap_text=True)
    calendar_row = 2 + [k for _l, k, _h in PROJECT_FIELDS].index("calendar")
    from openpyxl.worksheet.datavalidation import DataValidation

    validation = DataValidation(type="list", formula1=_inline(_values(Calendar)), allow_blank=True)
    project.add_data_validation(validation)
    validation.add(f"B{calendar_row}")
    month_row = 2 + [k for _l, k, _h in PROJECT_FIELDS].index("fiscal_year_start_month")
    months = DataValidation(type="whole", operator="between", formula1="1", formula2="12", allow_blank=True)
    months.error = "A month from 1 to 12"
    project.add_data_validation(months)
    months.add(f"B{month_row}")

    levels = wb.create_sheet(LEVELS, 2)
    _style_header(levels, LEVEL_HEADERS, LEVELS)
    levels.column_dimensions["B"].width = 40
    for row, name in enumerate(detail.levels if detail else (), start=2):
        _write_row(levels, row, (row - 1, name))

    countries = wb.create_sheet(COUNTRIES, 3)
    _style_header(countries, COUNTRY_HEADERS, COUNTRIES)
    for name, width in (("B", 30), ("C", 40), ("D", 60)):
        countries.column_dimensions[name].width = width
    _list_validation(countries, "A", list_ranges["Country codes"], 60)
    for row, country in enumerate(detail.countries if detail else (), start=2):
        _write_row(countries, row, (
            country.code, country.name, ", ".join(c for c, _n in country.subdivisions) or None,
            ", ".join(n for _c, n in country.subdivisions) or None,
        ))  # fmt: skip

    results = wb.create_sheet(RESULTS, 4)
    _style_header(results, RESULT_HEADERS, RESULTS)
    results.column_dimensions["C"].width = 80
    results.column_dimensions["D"].width = 25
    for row, node in enumerate(detail.flat_results() if detail else (), start=2):
        _write_row(results, row, (node.code, node.parent, node.statement, node.level or None))
        results.cell(row=row, column=3).alignment = Alignment(wrap_text=True)

    indicators = wb.create_sheet(INDICATORS, 5)
    _style_header(indicators, INDICATOR_HEADERS, INDICATORS)
    indicators.column_dimensions["C"].width = 60
    indicators.column_dimensions[_letter(INDICATOR_HEADERS.index("Rule in words"))].width = 80
    position = {name: _letter(i) for i, name in enumerate(INDICATOR_HEADERS)}
    _list_validation(indicators, position["Result"], f"{RESULTS}!$A$2:$A${MAX_TEMPLATE_ROWS + 1}")
    _list_validation(indicators, position["Unit"], list_ranges["Unit"])
    _list_validation(indicators, position["Direction"], list_ranges["Direction"])
    for name in ("Cumulative", "Key indicator", "Completed attendance only"):
        _list_validation(indicators, position[name], list_ranges["Yes / no"])
    _list_validation(indicators, position["Actuals"], list_ranges["Actuals"])
    _list_validation(indicators, position["Count"], list_ranges["Count"])
    _list_validation(indicators, position["Period date"], list_ranges["Period date"])
    share = DataValidation(type="decimal", operator="between", formula1="0", formula2="1", allow_blank=True)
    share.error = "A share from 0 to 1 (0.5 = half of the days)"
    indicators.add_data_validation(share)
    share.add(
        f"{position['Minimum share of days']}2:{position['Minimum share of days']}{MAX_TEMPLATE_ROWS + 1}"
    )
    for row, sheet in enumerate(detail.indicators if detail else (), start=2):
        _write_row(indicators, row, _indicator_cells(sheet))

    targets = wb.create_sheet(TARGETS, 6)
    _style_header(targets, TARGET_HEADERS, TARGETS)
    _list_validation(targets, "A", f"{INDICATORS}!$A$2:$A${MAX_TEMPLATE_ROWS + 1}", 5000)
    _list_validation(targets, "C", f"{COUNTRIES}!$A$2:$A$60", 5000)
    _list_validation(targets, "D", list_ranges["Sex"], 5000)
    row = 2
    for sheet in detail.indicators if detail else ():
        for target in sheet.targets:
            if target.period == LOP_LABEL and target.country is None and target.sex is None:
                continue  # the LOP target column of the Indicators sheet
            _write_row(targets, row, (sheet.code, target.period, target.country, target.sex, target.value))
            row += 1
    wb.active = 1
    return wb


def _write_row_at(ws, row: int, column: int, value: Any) -> None:
    cell = ws.cell(row=row, column=column, value=_cell(value))
    if isinstance(value, date):
        cell.number_format = "yyyy-mm-dd"


def _project_values(detail: ProjectDetail | None) -> dict[str, Any]:
    if detail is None:
        return {"calendar": None, "fiscal_year_start_month": None}
    return {
        "code": detail.code,
        "title": detail.title,
        "donor": detail.donor,
        "grant_number": detail.grant_number,
        "grantee": detail.grantee,
        "start": detail.start,
        "end": detail.end,
        "calendar": detail.calendar,
        "fiscal_year_start_month": detail.fiscal_year_start_month,
        "description": detail.description,
        **{key: detail.cover.get(key) for key in project_setup.COVER_FIELDS},
    }


def _yes(value: bool) -> str:
    return YES if value else NO


def _indicator_cells(sheet) -> list[Any]:
    rule = sheet.rule or {}
    kind = rule.get("kind")
    about_people = kind is not None and kind != ACTIVITY_COUNT
    return [
        sheet.code,
        sheet.result,
        sheet.name,
        sheet.definition,
        sheet.unit,
        sheet.direction,
        _yes(sheet.cumulative),
        _yes(sheet.is_key),
        ", ".join(sheet.disaggregations) or None,
        sheet.baseline,
        sheet.baseline_date,
        sheet.lop_target,
        sheet.data_source,
        sheet.means_of_verification,
        sheet.collection_method,
        sheet.frequency,
        sheet.responsible,
        COMPUTED if kind else REPORTED,
        COUNT_NAMES.get(kind) if kind else None,
        ", ".join(rule.get("activity_types", [])) or None,
        ", ".join(rule.get("activity_statuses", [])) or None,
        (", ".join(rule.get("roles", [])) or None) if about_people else None,
        (", ".join(rule.get("organization_types", [])) or None) if about_people else None,
        ", ".join(rule.get("countries", [])) or None,
        rule.get("min_attendance_share") if about_people else None,
        _yes(bool(rule.get("completed_only"))) if about_people else None,
        rule.get("period_date") if kind else None,
        describe_rule(rule) if kind else None,
    ]


def _save(wb, path: Path) -> Path:
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise UserError(f"{path.name}: the logframe workbook is an Excel file; name it ….xlsx")

    def write(temp: Path) -> None:
        wb.save(temp)

    replace_atomically(path, write)
    return path


def write_template(path: str | Path) -> Path:
    """An empty, documented workbook with drop-down lists, to fill in and import."""
    return _save(_workbook(None), Path(path))


def export_logframe(session: Session, project_code: str, path: str | Path) -> Path:
    """The project's framework in the template's layout (import it elsewhere to get the same project)."""
    detail = project_setup.project_detail(session, project_code)
    return _save(_workbook(detail), Path(path))


def workbook_values(path: str | Path) -> dict[str, list[list[Any]]]:
    """Every data sheet's cells as read back (for comparing two workbooks)."""
    return {sheet: read_table(Path(path), sheet).rows for sheet in DATA_SHEETS}


def country_label(code: str) -> str:
    return country_name(code)


__all__ = [
    "DATA_SHEETS",
    "Logframe",
    "LogframePlan",
    "LogframeRejected",
    "Problem",
    "export_logframe",
    "import_logframe",
    "read_logframe",
    "workbook_values",
    "write_template",
]
