"""Actuals of manual indicators, rolled up from the IndicatorValue rows officers enter.

Which rows count for a range:

- A row counts when its [period_start, period_end] lies inside the range. Cumulative ranges and the
  LOP are "loose" at the start: a row counts when it ends between the project's start and the
  range's end, so a first quarter that began before the project's start date still counts.
- A row whose dates lie strictly inside another counted row's dates (same indicator and country,
  any sex) is dropped: when an officer entered both FY2024 and its quarters, the year is the figure
  and summing both would count it twice.
- With a country requested only that country's rows count. For all countries every row counts,
  the countries' rows AND the project-level rows (country NULL), summed for numbers: officers enter
  either per-country or project-level figures, not both; the quality rules are where to catch
  an indicator filled both ways.

Within one cell (same country and dates) rows with sex NULL are the total and rows with a sex the
breakdown: the cell's total is its sex-NULL row if there is one, else the sum of its sex rows.

Roll-up by unit:

- number: sums (of cell totals, and per sex).
- percentage: 100 × Σnumerator / Σdenominator over the cells; if a cell lacks them, the figure is
  that cell's value when it is the only cell, else None (percentages are never averaged).
- yes_no and level: the latest cell total by period_end; on the same date a project-level row wins,
  then the highest value.

`values_status` is "approved" when every counted row is approved, else "draft" (None: no rows).
`notes` are the explanations (else the comments) of the counted rows, in period order, each once.
With `approved_only` (`load_values`), draft rows are not read at all: figures of approved values only.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from flare_monitor.db.enums import IndicatorUnit, ValueStatus
from flare_monitor.db.models import IndicatorValue
from flare_monitor.indicators.actuals import SEXES, Actual, ratio


@dataclass(frozen=True)
class Window:
    """A date range to roll rows up over; `loose_start` admits rows that begin before `start`."""

    start: date
    end: date
    loose_start: bool = False

    def holds(self, row_start: date, row_end: date) -> bool:
        if row_end > self.end:
            return False
        return row_end >= self.start if self.loose_start else row_start >= self.start


@dataclass(frozen=True)
class ValueRow:
    id: uuid.UUID
    period: str
    start: date
    end: date
    country: str | None
    sex: str | None
    value: float | None
    numerator: float | None
    denominator: float | None
    approved: bool
    note: str | None = None  # the explanation entered with the value, else its comment


def _enum_value(value) -> str | None:
    return None if value is None else getattr(value, "value", str(value))


def load_values(
    session: Session, indicator_ids: Iterable[uuid.UUID], *, approved_only: bool = False
) -> dict[uuid.UUID, list[ValueRow]]:
    """Every value row of the indicators in one query (a project holds a few thousand at most); only
    the approved ones with `approved_only`."""
    ids = list(indicator_ids)
    book: dict[uuid.UUID, list[ValueRow]] = {i: [] for i in ids}
    if not ids:
        return book
    v = IndicatorValue
    query = select(
        v.indicator_id, v.id, v.period, v.period_start, v.period_end, v.country_code, v.sex,
        v.value, v.numerator, v.denominator, v.status, v.explanation, v.comment,
    ).where(v.indicator_id.in_(ids))  # fmt: skip
    if approved_only:
        query = query.where(v.status == ValueStatus.APPROVED)
    for row in session.execute(query):
        book[row[0]].append(
            ValueRow(
                id=row[1],
                period=row[2],
                start=row[3],
                end=row[4],
                country=row[5],
                sex=_enum_value(row[6]),
                value=row[7],
                numerator=row[8],
                denominator=row[9],
                approved=_enum_value(row[10]) == ValueStatus.APPROVED.value,
                note=(row[11] or "").strip() or (row[12] or "").strip() or None,
            )  # fmt: skip
        )
    return book


def outermost(rows: list, key=lambda r: r.country) -> list:
    """Drop rows whose dates lie strictly inside another row's dates with the same `key`."""
    spans: dict[object, set[tuple[date, date]]] = defaultdict(set)
    for row in rows:
        spans[key(row)].add((row.start, row.end))
    nested: set[tuple[object, date, date]] = set()
    for group, dates in spans.items():
        # By start, the wider first: a span lies inside another one iff an earlier span (starting no
        # later) ends no earlier. One pass instead of comparing every pair (quarters × countries).
        latest_end = None
        for start, end in sorted(dates, key=lambda span: (span[0], -span[1].toordinal())):
            if latest_end is not None and end <= latest_end:
                nested.add((group, start, end))
            else:
                latest_end = end
    if not nested:
        return list(rows)
    return [row for row in rows if (key(row), row.start, row.end) not in nested]


def rows_in(rows: Iterable, window: Window, country: str | None) -> list:
    """Rows of one country (or all rows when `country` is None) inside the window, nesting removed."""
    selected = [r for r in rows if (country is None or r.country == country) and window.holds(r.start, r.end)]
    return outermost(selected)


def _cells(rows: list[ValueRow]) -> dict[tuple, tuple[ValueRow | None, list[ValueRow]]]:
    """(country, start, end) → (the sex-NULL row or None, the rows with a sex)."""
    totals: dict[tuple, ValueRow] = {}
    parts: dict[tuple, list[ValueRow]] = defaultdict(list)
    for row in rows:
        key = (row.country, row.start, row.end)
        if row.sex is None:
            totals[key] = row
        else:
            parts[key].append(row)
    return {key: (totals.get(key), parts.get(key, [])) for key in {*totals, *parts}}


def _sum(values: Iterable[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return sum(present) if present else None


def _number(cells: dict) -> Actual:
    total: float | None = None
    by_sex: dict[str, float | None] | None = None
    for total_row, parts in cells.values():
        cell = total_row.value if total_row is not None and total_row.value is not None else None
        if cell is None:
            cell = _sum(p.value for p in parts)
        if cell is not None:
            total = (total or 0) + cell
        if parts:
            by_sex = by_sex or dict.fromkeys(SEXES, 0)
            for part in parts:
                by_sex[part.sex] = (by_sex[part.sex] or 0) + (part.value or 0)
    return Actual(value=total, by_sex=by_sex)


def _ratio_of(rows: list[ValueRow]) -> tuple[float | None, float | None, float | None]:
    """(value, numerator, denominator) of rows that stand for one figure."""
    if rows and all(r.numerator is not None and r.denominator is not None for r in rows):
        num = sum(r.numerator for r in rows)
        den = sum(r.denominator for r in rows)
        return ratio(num, den), num, den
    if len(rows) == 1:
        return rows[0].value, None, None
    return None, None, None


def _percentage(cells: dict) -> Actual:
    cell_figures = []
    for total_row, parts in cells.values():
        if total_row is not None:
            cell_figures.append(_ratio_of([total_row]))
        else:
            value, num, den = _ratio_of(parts)
            cell_figures.append((value, num, den))
    if not cell_figures:
        return Actual(value=None)
    if all(num is not None for _v, num, _d in cell_figures):
        num = sum(f[1] for f in cell_figures)
        den = sum(f[2] for f in cell_figures)
        value, numerator, denominator = ratio(num, den), num, den
    elif len(cell_figures) == 1:
        value, numerator, denominator = cell_figures[0][0], None, None
    else:
        value = numerator = denominator = None
    by_sex = None
    sex_rows = [p for _t, parts in cells.values() for p in parts]
    if sex_rows:
        by_sex = {sex: _ratio_of([p for p in sex_rows if p.sex == sex])[0] for sex in SEXES}
    return Actual(value=value, by_sex=by_sex, numerator=numerator, denominator=denominator)


def _latest(cells: dict) -> Actual:
    candidates = [
        (key[2], key[0] is None, total_row.value)
        for key, (total_row, _parts) in cells.items()
        if total_row is not None and total_row.value is not None
    ]
    if not candidates:
        return Actual(value=None)
    return Actual(value=max(candidates)[2])


def manual_actual(
    rows: Iterable[ValueRow], unit: IndicatorUnit | str, window: Window, country: str | None
) -> Actual:
    """Roll the rows of one indicator up over a window, for one country or all (see module doc)."""
    counted = rows_in(rows, window, country)
    if not counted:
        return Actual(value=None)
    cells = _cells(counted)
    unit = IndicatorUnit(unit)
    if unit == IndicatorUnit.NUMBER:
        actual = _number(cells)
    elif unit == IndicatorUnit.PERCENTAGE:
        actual = _percentage(cells)
    else:
        actual = _latest(cells)
    status = ValueStatus.APPROVED.value if all(r.approved for r in counted) else ValueStatus.DRAFT.value
    ordered = sorted((r for r in counted if r.note), key=lambda r: (r.start, r.end, r.country or ""))
    return Actual(
        value=actual.value,
        by_sex=actual.by_sex,
        numerator=actual.numerator,
        denominator=actual.denominator,
        values_status=status,
        notes=tuple(dict.fromkeys(r.note for r in ordered)),
    )
