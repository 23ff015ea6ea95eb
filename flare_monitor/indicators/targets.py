"""Which target applies to a period, a cumulative range and the life of project.

Rules (numbers add up; percentages, yes/no and levels do not):

- Rows labelled "LOP" are the life-of-project target and only feed `lop_target` (and a request for
  the LOP itself); a period's target comes from the other rows inside the period's dates.
- A cell is one country (or project level) and one date range; its value is the sex-NULL row, else
  (numbers only) the sum of its rows per sex.
- One country: its cells inside the range, a cell nested in another dropped (a year target wins
  over its quarters). If a cell matches the range's dates exactly, that is the target; otherwise
  numbers are summed and other units take the latest cell (by end date).
- All countries: per date range, the project-level cell if there is one, else the sum of the
  countries' cells (other units: the single country's value, else None, since a project-wide
  percentage cannot be derived from countries'). Then the same nesting and exact-match rule, where
  a range only hides the ranges whose countries it covers (PK's year does not hide NP's quarters).
- Cumulative target: the same rule from the project's start to the period's end (loose at the
  start, as for actuals).
- LOP target: the country's LOP cell; for all countries the project-level LOP cell, else the sum of
  the countries' LOP cells (other units: the single one, else None).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from flare_monitor.db.enums import IndicatorUnit
from flare_monitor.db.models import IndicatorTarget
from flare_monitor.indicators.manual import Window, outermost
from flare_monitor.indicators.periods import LOP_LABEL

_ALL = "*"  # marks a range that holds a project-level target, so it covers every country


@dataclass(frozen=True)
class TargetRow:
    period: str
    start: date
    end: date
    country: str | None
    sex: str | None
    value: float


@dataclass(frozen=True)
class _Cell:
    start: date
    end: date
    value: float | None
    countries: frozenset  # the countries this value stands for (_ALL for project level)


def load_targets(
    session: Session, indicator_ids: Iterable[uuid.UUID], country: str | None = None
) -> dict[uuid.UUID, list[TargetRow]]:
    """Every target row of the indicators in one query; with `country`, that country's rows only (all a
    country's figures use: `resolve_target` and `lop_target` for a country read no other row).

    A project holds tens of thousands of rows (indicators × quarters × countries) made of a few dozen
    distinct ids and dates: they are read raw and converted once per distinct value, not once per row
    (SQLite returns them as text, which SQLAlchemy would parse again for every row).
    """
    ids = list(indicator_ids)
    book: dict[uuid.UUID, list[TargetRow]] = {i: [] for i in ids}
    if not ids:
        return book
    t = IndicatorTarget
    query = select(
        type_coerce(t.indicator_id, String),
        t.period,
        type_coerce(t.period_start, String),
        type_coerce(t.period_end, String),
        t.country_code,
        type_coerce(t.sex, String),
        t.value,
    ).where(t.indicator_id.in_(ids))
    if country is not None:
        query = query.where(t.country_code == country)
    keys: dict[object, uuid.UUID] = {}
    days: dict[object, date] = {}
    for key, period, start, end, country, sex, value in session.execute(query):
        indicator = keys.get(key) or keys.setdefault(key, _as_uuid(key))
        first = days.get(start) or days.setdefault(start, _as_date(start))
        last = days.get(end) or days.setdefault(end, _as_date(end))
        book[indicator].append(TargetRow(period, first, last, country, sex, value))
    return book


def _as_uuid(value: object) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def _as_date(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _additive(unit: IndicatorUnit | str) -> bool:
    return IndicatorUnit(unit) == IndicatorUnit.NUMBER


def _cell_values(rows: list[TargetRow], additive: bool) -> dict[tuple, float | None]:
    """(country, start, end) → the total target of that cell."""
    totals: dict[tuple, float] = {}
    parts: dict[tuple, list[float]] = defaultdict(list)
    for row in rows:
        key = (row.country, row.start, row.end)
        if row.sex is None:
            totals[key] = row.value
        else:
            parts[key].append(row.value)
    cells: dict[tuple, float | None] = {}
    for key in {*totals, *parts}:
        if key in totals:
            cells[key] = totals[key]
        else:
            cells[key] = sum(parts[key]) if additive else None
    return cells


def _combine(values: list[float | None], additive: bool) -> float | None:
    """Several countries' targets for one range: summed for numbers, else only a single one stands."""
    present = [v for v in values if v is not None]
    if not present or len(present) != len(values):
        return None
    if additive:
        return sum(present)
    return present[0] if len(present) == 1 else None


def _range_cells(cell_values: dict[tuple, float | None], country: str | None, additive: bool) -> list[_Cell]:
    by_range: dict[tuple[date, date], dict[str | None, float | None]] = defaultdict(dict)
    for (code, start, end), value in cell_values.items():
        by_range[(start, end)][code] = value
    cells = []
    for (start, end), per_country in by_range.items():
        if country is not None:
            if country in per_country:
                cells.append(_Cell(start, end, per_country[country], frozenset([country])))
        elif None in per_country:
            cells.append(_Cell(start, end, per_country[None], frozenset([_ALL])))
        else:
            value = _combine(list(per_country.values()), additive)
            cells.append(_Cell(start, end, value, frozenset(per_country)))
    return cells


def _covered(cell: _Cell, cells: list[_Cell]) -> bool:
    """True when a wider range holds targets for every country this cell stands for."""
    for other in cells:
        wider = (
            other.start <= cell.start
            and cell.end <= other.end
            and (other.start, other.end)
            != (
                cell.start,
                cell.end,
            )
        )
        if wider and (_ALL in other.countries or cell.countries <= other.countries):
            return True
    return False


def resolve_target(
    rows: Iterable[TargetRow], unit: IndicatorUnit | str, window: Window, country: str | None
) -> float | None:
    """The target of one indicator over a window, for one country or all (see the module doc)."""
    additive = _additive(unit)
    in_window = [r for r in rows if r.period != LOP_LABEL and window.holds(r.start, r.end)]
    if country is not None:
        in_window = [r for r in in_window if r.country == country]
    # Nesting first within each country (PK's year hides PK's quarters), then across countries.
    in_window = outermost(in_window)
    cells = _range_cells(_cell_values(in_window, additive), country, additive)
    if not cells:
        return None
    for cell in cells:
        if (cell.start, cell.end) == (window.start, window.end):
            return cell.value
    kept = [c for c in cells if not _covered(c, cells)]
    if additive:
        values = [c.value for c in kept]
        return None if any(v is None for v in values) else sum(values)
    latest = max(kept, key=lambda c: (c.end, _ALL in c.countries, c.start))
    return latest.value


def lop_target(rows: Iterable[TargetRow], unit: IndicatorUnit | str, country: str | None) -> float | None:
    """The life-of-project target, for one country or all."""
    additive = _additive(unit)
    lop_rows = [r for r in rows if r.period == LOP_LABEL]
    cells = _cell_values(lop_rows, additive)
    if country is not None:
        values = [v for (code, _s, _e), v in cells.items() if code == country]
        return _combine(values, additive) if values else None
    project_level = [v for (code, _s, _e), v in cells.items() if code is None]
    if project_level:
        return project_level[0]
    values = list(cells.values())
    return _combine(values, additive) if values else None
