"""The indicators of a period, and the values and targets officers report by hand."""

from __future__ import annotations

from dataclasses import dataclass

from flare_monitor.actions.base import action, reading, unit_of_work
from flare_monitor.db.engine import Database
from flare_monitor.errors import UserError
from flare_monitor.indicators.engine import IndicatorReport, compute_indicators
from flare_monitor.services import indicator_cells, indicator_values
from flare_monitor.services.indicator_cells import CellEdit, CellProblem, EntryCell, EntryView

__all__ = [
    "CellChange",
    "CellEdit",
    "CellProblem",
    "EntryCell",
    "EntryQuery",
    "EntryView",
    "IndicatorQuery",
    "IndicatorReport",
    "SaveCells",
    "SavedCell",
]


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
    data_source: str | None = None  # values only: where the figure comes from


@dataclass(frozen=True)
class EntryQuery:
    """The data-entry grid of one indicator: its reported values (or, for a computed indicator, the counted
    figures) or its targets, for these periods, in one country or in every country and at project level."""

    project: str
    indicator: str
    kind: str  # "values" or "targets"
    periods: tuple[str, ...]
    country: str | None = None


@dataclass(frozen=True)
class SaveCells:
    """Cells edited or pasted in the grid: saved all together, or (check_only) only checked, each problem
    named by its cell and nothing written."""

    project: str
    indicator: str
    kind: str
    edits: tuple[CellEdit, ...]
    check_only: bool = False


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


@action
def entry_view(db: Database, query: EntryQuery) -> EntryView:
    with reading(db) as session:
        return indicator_cells.entry_view(
            session, query.project, query.indicator, query.kind, list(query.periods), query.country
        )


@action
def save_cells(db: Database, request: SaveCells, *, user: str | None = None) -> list[CellProblem]:
    """Write the edits in one unit of work (the first refusal names its cell and nothing is written); with
    `check_only`, try each cell on its own, write nothing, and return every cell's problem."""
    if not request.check_only:
        with unit_of_work(db, user=user) as session:
            indicator_cells.save_edits(
                session, request.project, request.indicator, request.kind, list(request.edits)
            )
        return []
    problems = []
    for edit in request.edits:
        with reading(db) as session:  # rolled back below: a check writes nothing
            try:
                indicator_cells.apply_edit(session, request.project, request.indicator, request.kind, edit)
                session.flush()
            except UserError as exc:
                problems.append(CellProblem(edit.period, edit.country, edit.sex, edit.text, exc.message))
            finally:
                session.rollback()
    return problems


@action
def status_rule(db: Database, project: str) -> dict[str, str]:
    """How the project decides a status (on track, needs attention…), in words."""
    from flare_monitor.indicators.achievement import rule_text
    from flare_monitor.indicators.engine import project_by_code

    with reading(db) as session:
        found = project_by_code(session, project)
        return rule_text(found.on_track_tolerance, found.needs_attention_tolerance)
