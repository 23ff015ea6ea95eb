"""Results & indicators: the framework, the period's indicator table, one indicator's grid of targets
and actuals per period, editing targets, and locking a period."""

from __future__ import annotations

from dataclasses import dataclass, replace

from flare_monitor.actions.base import action, reading, unit_of_work
from flare_monitor.actions.periods import LockChange, change_lock
from flare_monitor.db.engine import Database
from flare_monitor.errors import ConcurrentEditError, UserError
from flare_monitor.indicators.engine import (
    IndicatorFigure,
    compute_indicators,
    indicator_by_code,
    natural_key,
    project_by_code,
    series,
)
from flare_monitor.indicators.targets import load_targets
from flare_monitor.services import indicator_values, period_locks
from flare_monitor.services.project_texts import texts_for
from flare_monitor.services.results import list_results

__all__ = ["GridRow", "IndicatorFigure", "LockChange", "ResultNode", "ResultsView", "change_lock"]


@dataclass(frozen=True)
class ResultNode:
    code: str
    statement: str
    parent: str | None
    level: str


@dataclass(frozen=True)
class ResultsQuery:
    project: str
    period: str
    country: str | None = None
    language: str | None = None  # statements, levels and indicator names in this language where given


@dataclass
class ResultsView:
    nodes: list[ResultNode]  # parents before children
    figures: list[IndicatorFigure]
    locked: set[str]  # labels of the project's locked periods


@dataclass
class GridRow:
    period: str
    targets: dict[str | None, float | None]  # sex (None = total) → target stored for this cell
    actual: float | None
    actual_by_sex: dict[str, float | None] | None
    computed: bool


@dataclass(frozen=True)
class GridQuery:
    project: str
    indicator: str
    periods: tuple[str, ...]
    country: str | None = None


@dataclass(frozen=True)
class SetTarget:
    """A target cell as typed ("" clears it); `shown` is what the cell showed (a colleague's change
    meanwhile is refused)."""

    project: str
    indicator: str
    period: str
    country: str | None
    sex: str | None
    text: str
    shown: float | None = None


@action
def results_view(db: Database, query: ResultsQuery) -> ResultsView:
    with reading(db) as session:
        rows = list_results(session, query.project)
        codes = {r.id: r.code for r in rows}
        nodes = sorted(
            (ResultNode(r.code, r.statement, codes.get(r.parent_id), r.level) for r in rows),
            key=lambda n: natural_key(n.code),
        )
        report = compute_indicators(session, query.project, query.period, query.country)
        figures = list(report.figures)
        if query.language:
            own = texts_for(session, project_by_code(session, query.project), query.language)
            nodes = [
                replace(n, statement=own.statement(n.code, n.statement).text, level=own_level(own, rows, n))
                for n in nodes
            ]
            figures = [replace(f, name=own.indicator_name(f.code, f.name).text) for f in figures]
        locked = {lock.period for lock in period_locks.locked_periods(session, query.project)}
    return ResultsView(nodes, figures, locked)


def own_level(own, rows, node: ResultNode) -> str:
    """The name of a result's level in the language, when the project gives it."""
    depth = next((getattr(r, "depth", None) for r in rows if r.code == node.code), None)
    return own.level(depth, node.level).text if depth is not None else node.level


@action
def indicator_grid(db: Database, query: GridQuery) -> list[GridRow]:
    """Targets as stored and actuals as computed, per period, for one indicator in one scope."""
    with reading(db) as session:
        indicator = indicator_by_code(session, project_by_code(session, query.project), query.indicator)
        stored = load_targets(session, [indicator.id])[indicator.id]
        figures = series(session, indicator, list(query.periods), query.country)
    rows = []
    for label, figure in zip(query.periods, figures, strict=True):
        targets = {t.sex: t.value for t in stored if t.period == label and t.country == query.country}
        rows.append(GridRow(label, targets, figure.actual, figure.by_sex, figure.computed))
    return rows


@action
def set_target(db: Database, request: SetTarget, *, user: str | None = None) -> None:
    cell = (request.project, request.indicator, request.period)
    seen = {"value": request.shown}
    with unit_of_work(db, user=user) as session:
        if request.text:
            indicator_values.set_target(session, *cell, request.text, request.country, request.sex, seen=seen)
            return
        try:
            indicator_values.clear_target(session, *cell, request.country, request.sex, seen=seen)
        except ConcurrentEditError:
            raise
        except UserError:
            pass  # nothing stored: nothing to clear
