"""Results & indicators: the framework, the period's indicator table with the project's status rule, the
period's lock and each country's submission. (The data-entry grid of one indicator is in
actions.indicators; locking and submissions in actions.periods.)"""

from __future__ import annotations

from dataclasses import dataclass, replace

from flare_monitor.actions.base import action, reading
from flare_monitor.actions.periods import LockChange, change_lock
from flare_monitor.db.engine import Database
from flare_monitor.indicators.engine import IndicatorFigure, compute_indicators, natural_key, project_by_code
from flare_monitor.services import period_locks, submissions
from flare_monitor.services.project_texts import texts_for
from flare_monitor.services.results import list_results
from flare_monitor.services.submissions import PeriodState

__all__ = ["IndicatorFigure", "LockChange", "ResultNode", "ResultsView", "change_lock"]


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
    tolerances: tuple[float, float]  # the project's status rule: on track within the first, needs attention
    # within the second (fractions of the target)
    state: PeriodState | None = None  # the period's lock and each country's submission (None: the LOP)


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
        project = project_by_code(session, query.project)
        rule = (project.on_track_tolerance, project.needs_attention_tolerance)
        state = (
            None
            if report.period.kind == "lop"
            else submissions.period_state(session, query.project, query.period)
        )
    return ResultsView(nodes, figures, locked, rule, state)


def own_level(own, rows, node: ResultNode) -> str:
    """The name of a result's level in the language, when the project gives it."""
    depth = next((getattr(r, "depth", None) for r in rows if r.code == node.code), None)
    return own.level(depth, node.level).text if depth is not None else node.level
