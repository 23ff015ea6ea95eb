"""The indicators of a period, and the values and targets officers report by hand."""

from __future__ import annotations

from dataclasses import dataclass

from flare_monitor.actions.base import action, reading, unit_of_work
from flare_monitor.db.engine import Database
from flare_monitor.indicators.engine import IndicatorReport, compute_indicators
from flare_monitor.services import indicator_values

__all__ = ["CellChange", "IndicatorQuery", "IndicatorReport", "SavedCell"]


@dataclass(frozen=True)
class IndicatorQuery:
    project: str
    period: str
    country: str | None = None


@dataclass(frozen=True)
class CellChange:
    """A reported value or a target of one indicator, period, country (None: project level) and sex."""

    project: str
    indicator: str
    period: str
    value: str | float | None = None
    numerator: str | float | None = None
    denominator: str | float | None = None
    country: str | None = None
    sex: str | None = None
    comment: str | None = None
    status: str = "draft"  # values only: draft or approved
    explanation: str | None = None  # values only: why the actual differs from the target
    data_source: str | None = None  # values only


@dataclass(frozen=True)
class SavedCell:
    """What was stored: the period as the project labels it, and the value."""

    period: str
    value: float | None
    country: str | None
    sex: str | None


def _saved(row) -> SavedCell:
    return SavedCell(row.period, row.value, row.country_code, getattr(row.sex, "value", row.sex))


@action
def indicator_report(db: Database, query: IndicatorQuery) -> IndicatorReport:
    with reading(db) as session:
        return compute_indicators(session, query.project, query.period, country=query.country)


@action
def set_value(db: Database, change: CellChange, *, user: str | None = None) -> SavedCell:
    with unit_of_work(db, user=user) as session:
        row = indicator_values.set_value(
            session,
            change.project,
            change.indicator,
            change.period,
            value=change.value,
            numerator=change.numerator,
            denominator=change.denominator,
            country=change.country,
            sex=change.sex,
            comment=change.comment,
            status=change.status,
            explanation=change.explanation,
            data_source=change.data_source,
        )
        return _saved(row)


@action
def set_target(db: Database, change: CellChange, *, user: str | None = None) -> SavedCell:
    with unit_of_work(db, user=user) as session:
        row = indicator_values.set_target(
            session,
            change.project,
            change.indicator,
            change.period,
            value=change.value,
            country=change.country,
            sex=change.sex,
            comment=change.comment,
        )
        return _saved(row)


@action
def approve_value(db: Database, change: CellChange, *, user: str | None = None) -> SavedCell:
    with unit_of_work(db, user=user) as session:
        row = indicator_values.approve_value(
            session, change.project, change.indicator, change.period, country=change.country, sex=change.sex
        )
        return _saved(row)
