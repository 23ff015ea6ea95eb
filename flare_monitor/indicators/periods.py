"""Reporting periods: calendar and fiscal quarters, halves, years and the life of project (LOP).

Donors count results per reporting period, so every target, actual and lock is tied to a period
label such as ``2024-Q2`` or ``FY2024-Q3``. A fiscal year is named after the calendar year in which
it ENDS: with the US government's first month (October) FY2024 runs 1 Oct 2023 to 30 Sep 2024.
This module is pure standard-library Python so the database layer, the importers, the reports and
the UI all share one definition of what a label means.

Any project may be asked for calendar or fiscal periods whatever calendar it reports in; the
``fiscal_start_month`` argument only matters for fiscal (``FY``) periods.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from flare_monitor.errors import UserError
from flare_monitor.i18n import N_, Message, PeriodName, _
from flare_monitor.i18n.periods import canonical as localised_canonical

__all__ = [
    "KINDS",
    "MAX_YEAR",
    "MIN_YEAR",
    "Period",
    "PeriodError",
    "format_range",
    "half",
    "life_of_project",
    "next_period",
    "parse_period",
    "period_containing",
    "periods_between",
    "previous",
    "quarter",
    "subperiods",
    "year_period",
]

MIN_YEAR = 1900
MAX_YEAR = 2200
KINDS = ("quarter", "half", "year", "lop")
LOP_LABEL = "LOP"

_MONTHS_PER_PERIOD = {"quarter": 3, "half": 6, "year": 12}
_PER_YEAR = {"quarter": 4, "half": 2, "year": 1}
_KIND_NAMES = {
    "quarter": N_("a quarter"),
    "half": N_("a half-year"),
    "year": N_("a year"),
    "lop": N_("the LOP"),
}
_PLURAL = {"quarter": N_("quarters"), "half": N_("half-years"), "year": N_("years"), "lop": N_("LOPs")}
_MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

_YEAR_RULE = _("year must be {first} to {last}", first=str(MIN_YEAR), last=str(MAX_YEAR))
_NUMBER_RULE = {"quarter": _("quarter must be 1 to 4"), "half": _("half must be 1 or 2")}
_EXPECTED = _("expected e.g. 2024-Q2, FY2024-Q3, 2024-S1, FY2024-S2, 2024, FY2024 or LOP")
# ASCII digits only: str.isdigit/\d would let other scripts' digits into canonical labels.
_LABEL_RE = re.compile(r"(FY)?([0-9]{4})(?:-([QS])([0-9]+))?")


class PeriodError(UserError, ValueError):
    """A period label or period argument is wrong; the message is written to be shown to the user."""


@dataclass(frozen=True)
class Period:
    """One reporting period with inclusive dates, so queries can use ``start <= d <= end``.

    ``label`` is canonical (``FY2024-Q3``, ``2024-S1``, ``2024``, ``LOP``) and is what gets stored;
    ``number`` is the quarter (1-4) or half (1-2), ``None`` for years and the LOP.
    """

    label: str
    kind: str
    fiscal: bool
    year: int | None
    number: int | None
    start: date
    end: date

    def __post_init__(self) -> None:
        """Refuse impossible periods early rather than produce wrong sums later."""
        if self.kind not in KINDS:
            raise PeriodError(
                _(
                    "a period's kind must be one of {items}, not '{kind}'",
                    items=", ".join(KINDS),
                    kind=str(self.kind),
                )
            )
        if self.end < self.start:
            raise PeriodError(
                _(
                    "period {label}: end {end} is before start {start}",
                    label=self.label,
                    end=self.end,
                    start=self.start,
                )
            )

    def contains(self, d: date) -> bool:
        """True if the day falls in the period (both ends included); datetimes count by their date."""
        day = _as_date(d, "the date")
        return self.start <= day <= self.end

    @property
    def days(self) -> int:
        """Number of days, both ends included (for per-day rates and pro-rating)."""
        return (self.end - self.start).days + 1

    def __str__(self) -> str:
        return self.label


# --------------------------------------------------------------------------- helpers


def _is_int(value: object) -> bool:
    """bool is an int subclass, but True is never a sensible year or quarter."""
    return isinstance(value, int) and not isinstance(value, bool)


def _as_date(value: object, what: str) -> date:
    """Accept dates and datetimes (comparing the two raises TypeError), refuse anything else."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    raise PeriodError(_("{what} must be a date, not '{value}'", what=what, value=str(value)))


def _year_problem(year: object) -> str | None:
    if not _is_int(year) or not MIN_YEAR <= year <= MAX_YEAR:  # type: ignore[operator]
        return _YEAR_RULE
    return None


def _number_problem(kind: str, number: object) -> str | None:
    if kind == "year":
        return None
    if not _is_int(number) or not 1 <= number <= _PER_YEAR[kind]:  # type: ignore[operator]
        return _NUMBER_RULE[kind]
    return None


def _check_fiscal_start_month(month: object) -> int:
    if not _is_int(month) or not 1 <= month <= 12:  # type: ignore[operator]
        raise PeriodError(
            _("the fiscal year's first month must be 1 to 12 (1 = January), not '{month}'", month=str(month))
        )
    return month  # type: ignore[return-value]


def _check_kind(kind: object, allowed: tuple[str, ...]) -> str:
    if kind not in allowed:
        raise PeriodError(
            _("period kind must be one of {items}, not '{kind}'", items=", ".join(allowed), kind=str(kind))
        )
    return kind  # type: ignore[return-value]


def _check_period(period: object) -> Period:
    if not isinstance(period, Period):
        raise PeriodError(_("expected a Period, not '{period}'", period=str(period)))
    return period


def _add_months(year: int, month: int, months: int) -> tuple[int, int]:
    total = year * 12 + (month - 1) + months
    return total // 12, total % 12 + 1


def _label(kind: str, fiscal: bool, year: int, number: int | None) -> str:
    text = f"{'FY' if fiscal else ''}{year}"
    if kind == "quarter":
        return f"{text}-Q{number}"
    if kind == "half":
        return f"{text}-S{number}"
    return text


def _build(kind: str, year: int, number: int | None, fiscal: bool, first_month: int) -> Period:
    """Make a validated quarter/half/year; ``first_month`` is the fiscal year's (1 for calendar)."""
    first = first_month if fiscal else 1
    # Named after the year it ends in: a year starting in any month but January began the year before.
    start_year = year if first == 1 else year - 1
    length = _MONTHS_PER_PERIOD[kind]
    offset = 0 if number is None else length * (number - 1)
    sy, sm = _add_months(start_year, first, offset)
    ey, em = _add_months(sy, sm, length)
    return Period(
        label=_label(kind, fiscal, year, number),
        kind=kind,
        fiscal=fiscal,
        year=year,
        number=number,
        start=date(sy, sm, 1),
        end=date(ey, em, 1) - timedelta(days=1),
    )


def _make(kind: str, year: object, number: object, fiscal: object, fiscal_start_month: object) -> Period:
    first = _check_fiscal_start_month(fiscal_start_month)
    problem = _year_problem(year)
    if problem:
        raise PeriodError(_("{problem}, not '{year}'", problem=problem, year=str(year)))
    problem = _number_problem(kind, number)
    if problem:
        raise PeriodError(_("{problem}, not '{number}'", problem=problem, number=str(number)))
    return _build(kind, year, number, bool(fiscal), first)  # type: ignore[arg-type]


def _own_first_month(period: Period) -> int:
    """The first month of the calendar the period belongs to, read back from its own dates.

    A Period does not carry the project's fiscal_start_month, but its start date and number pin it
    down, so stepping and splitting never depend on the caller passing the right month again.
    """
    offset = 0 if period.number is None else _MONTHS_PER_PERIOD[period.kind] * (period.number - 1)
    return (period.start.month - 1 - offset) % 12 + 1


# --------------------------------------------------------------------------- constructors


def quarter(year: int, q: int, *, fiscal: bool = False, fiscal_start_month: int = 10) -> Period:
    """Quarter ``q`` (1-4) of a calendar year, or of fiscal year ``year`` (named after its end)."""
    return _make("quarter", year, q, fiscal, fiscal_start_month)


def half(year: int, h: int, *, fiscal: bool = False, fiscal_start_month: int = 10) -> Period:
    """Half ``h`` (1 or 2; labelled S1/S2 like donors' semesters) of a calendar or fiscal year."""
    return _make("half", year, h, fiscal, fiscal_start_month)


def year_period(year: int, *, fiscal: bool = False, fiscal_start_month: int = 10) -> Period:
    """A calendar year, or fiscal year ``year`` = the twelve months ending in calendar ``year``."""
    return _make("year", year, None, fiscal, fiscal_start_month)


def life_of_project(start: date, end: date) -> Period:
    """The whole project (LOP), for cumulative targets; it has no year or number of its own."""
    start_day = _as_date(start, "the project's start date")
    end_day = _as_date(end, "the project's end date")
    if end_day < start_day:
        raise PeriodError(
            _(
                "the project's end date {end_day} is before its start date {start_day}",
                end_day=end_day,
                start_day=start_day,
            )
        )
    return Period(LOP_LABEL, "lop", False, None, None, start_day, end_day)


def parse_period(label: str, *, fiscal_start_month: int = 10, lop: tuple[date, date] | None = None) -> Period:
    """Turn a label typed by a user or read from a spreadsheet into a Period.

    Accepts ``2024-Q2``, ``FY2024-Q3``, ``2024-S1``, ``FY2024-S2``, ``2024``, ``FY2024`` and ``LOP``,
    in any case and with surrounding whitespace, and the same labels as the other languages write
    them (``AF2024-T3``, ``EF2024-T3``); the returned label is the canonical upper-case form.
    ``fiscal_start_month`` only applies to FY labels; ``LOP`` needs ``lop=(start, end)``.
    """
    if not isinstance(label, str):
        raise PeriodError(
            _("'{label}' is not a valid period label; {expected}", label=str(label), expected=_EXPECTED)
        )
    first = _check_fiscal_start_month(fiscal_start_month)
    text = label.strip().upper()
    if text != LOP_LABEL and _LABEL_RE.fullmatch(text) is None:
        # A label as a Spanish or French report writes it (AF2024-T3, EF2024-T3, Vida del proyecto).
        text = localised_canonical(text) or text
    if text == LOP_LABEL:
        if lop is None:
            raise PeriodError(_("LOP needs the project's start and end dates"))
        if not isinstance(lop, tuple | list) or len(lop) != 2:
            raise PeriodError(_("LOP needs the project's (start, end) dates, not '{lop}'", lop=str(lop)))
        return life_of_project(lop[0], lop[1])
    match = _LABEL_RE.fullmatch(text)
    if match is None:
        raise PeriodError(
            _("'{label}' is not a valid period label; {expected}", label=str(label), expected=_EXPECTED)
        )
    fy, year_text, letter, number_text = match.groups()
    kind = "year" if letter is None else ("quarter" if letter == "Q" else "half")
    year = int(year_text)
    number = None if number_text is None else int(number_text)
    problem = _year_problem(year) or _number_problem(kind, number)
    if problem:
        raise PeriodError(_("'{label}' is not a valid period: {problem}", label=str(label), problem=problem))
    return _build(kind, year, number, fy is not None, first)


# --------------------------------------------------------------------------- navigation


def period_containing(
    d: date, kind: str = "quarter", *, fiscal: bool = False, fiscal_start_month: int = 10
) -> Period:
    """The quarter, half or year a day falls in, e.g. to file an activity under its period."""
    day = _as_date(d, "the date")
    kind = _check_kind(kind, ("quarter", "half", "year"))
    first = _check_fiscal_start_month(fiscal_start_month) if fiscal else 1
    year = day.year + 1 if first != 1 and day.month >= first else day.year
    number = None if kind == "year" else (day.month - first) % 12 // _MONTHS_PER_PERIOD[kind] + 1
    if _year_problem(year):
        raise PeriodError(
            _(
                "{day} falls outside the supported periods: {year_rule}",
                day=day,
                year_rule=_YEAR_RULE,
            )
        )
    return _build(kind, year, number, bool(fiscal), first)


def _step(period: Period, direction: int) -> Period:
    period = _check_period(period)
    if period.kind == "lop":
        raise PeriodError(_("the life of project (LOP) has no previous or next period"))
    assert period.year is not None
    if period.kind == "year":
        year, number = period.year + direction, None
    else:
        assert period.number is not None
        index = period.number - 1 + direction
        year = period.year + index // _PER_YEAR[period.kind]
        number = index % _PER_YEAR[period.kind] + 1
    if _year_problem(year):
        label = PeriodName(period.label)
        if direction > 0:
            raise PeriodError(
                _("there is no period after {label}: {year_rule}", label=label, year_rule=_YEAR_RULE)
            )
        raise PeriodError(
            _("there is no period before {label}: {year_rule}", label=label, year_rule=_YEAR_RULE)
        )
    return _build(period.kind, year, number, period.fiscal, _own_first_month(period))


def previous(period: Period) -> Period:
    """The period of the same kind and calendar just before (for \"previous quarter\" columns)."""
    return _step(period, -1)


def next_period(period: Period) -> Period:
    """The period of the same kind and calendar just after (for next-period plans)."""
    return _step(period, +1)


def periods_between(
    start: date,
    end: date,
    kind: str = "quarter",
    *,
    fiscal: bool = False,
    fiscal_start_month: int = 10,
) -> list[Period]:
    """Every period of ``kind`` that overlaps ``[start, end]`` (inclusive), in date order.

    Partly covered periods at either end are included, because a project starting mid-quarter
    still reports for that quarter.
    """
    start_day = _as_date(start, "the start date")
    end_day = _as_date(end, "the end date")
    if end_day < start_day:
        raise PeriodError(
            _(
                "the end date {end_day} is before the start date {start_day}",
                end_day=end_day,
                start_day=start_day,
            )
        )
    current = period_containing(start_day, kind, fiscal=fiscal, fiscal_start_month=fiscal_start_month)
    result = [current]
    while current.end < end_day:
        current = next_period(current)
        result.append(current)
    return result


def subperiods(
    period: Period,
    kind: str = "quarter",
    fiscal_start_month: int = 10,
    *,
    fiscal: bool | None = None,
) -> list[Period]:
    """The quarters (or halves) that make up a year or half, or that overlap the LOP.

    ``fiscal=None`` keeps the period's own calendar, and calendar periods for the LOP. For a fiscal
    period in its own calendar the split follows the period's dates, so ``fiscal_start_month`` is
    only used when fiscal periods are asked of a calendar year/half or of the LOP; then the result
    is every fiscal period overlapping it.
    """
    period = _check_period(period)
    kind = _check_kind(kind, ("quarter", "half", "year"))
    first = _check_fiscal_start_month(fiscal_start_month)
    if period.kind == "lop":
        use_fiscal = bool(fiscal) if fiscal is not None else False
        return periods_between(period.start, period.end, kind, fiscal=use_fiscal, fiscal_start_month=first)
    if _MONTHS_PER_PERIOD[kind] >= _MONTHS_PER_PERIOD[period.kind]:
        raise PeriodError(
            _(
                "{label} is {kind} and cannot be split into {plural}",
                label=PeriodName(period.label),
                kind=Message(_KIND_NAMES[period.kind]),
                plural=Message(_PLURAL[kind]),
            )
        )
    use_fiscal = period.fiscal if fiscal is None else bool(fiscal)
    if use_fiscal and period.fiscal:
        first = _own_first_month(period)
    return periods_between(period.start, period.end, kind, fiscal=use_fiscal, fiscal_start_month=first)


def format_range(period: Period) -> str:
    """Dates for report headers, e.g. ``1 Apr 2024 – 30 Jun 2024``; English, whatever the locale."""
    period = _check_period(period)

    def day(d: date) -> str:
        return f"{d.day} {_MONTH_ABBR[d.month - 1]} {d.year}"

    return f"{day(period.start)} \u2013 {day(period.end)}"
