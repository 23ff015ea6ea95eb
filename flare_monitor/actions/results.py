"""Results & indicators: the framework, the period's indicator table with the project's status rule, the
period's lock and each country's submission. (The data-entry grid of one indicator is in
actions.indicators; locking and submissions in actions.periods.)"""

from __future__ import annotations

from dataclasses import dataclass, replace

from flare_monitor.actions.base import action, reading
from flare_monitor.actions.indicators import EntryQuery, EntryView, entry_view
from flare_monitor.actions.periods import LockChange, change_lock
from flare_monitor.db.engine import Database
from flare_monitor.errors import UserError
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


@dataclass(frozen=True)
class ResultsPageQuery:
    """The Results page for a context, with the grids of the indicator it will select: `selected` if the
    table still has it, else the first with a target. `periods` are the grids' columns."""

    query: ResultsQuery
    selected: str | None
    periods: tuple[str, ...]


@dataclass(frozen=True)
class ResultsPage:
    view: ResultsView
    selected: str | None
    grids: dict[str, EntryView]  # "values" and "targets" of `selected`; empty if a grid could not be read


def indicator_to_select(figures: list[IndicatorFigure], wanted: str | None) -> str | None:
    if any(f.code == wanted for f in figures):
        return wanted
    with_target = [f for f in figures if f.target is not None] or figures
    return with_target[0].code if with_target else None


@action
def results_page(db: Database, request: ResultsPageQuery) -> ResultsPage:
    """One answer for the whole page: the window fills the table and both grids in one pass, with no
    worker still reading to compete with that paint (the grids alone are `indicators.entry_view`)."""
    view = results_view(db, request.query)
    selected = indicator_to_select(view.figures, request.selected)
    grids: dict[str, EntryView] = {}
    if selected is not None:
        query = request.query
        try:
            for kind in ("values", "targets"):
                grids[kind] = entry_view(
                    db, EntryQuery(query.project, selected, kind, request.periods, query.country)
                )
        except UserError:  # the page asks for the grids on their own, and shows the problem there
            grids = {}
    return ResultsPage(view, selected, grids)


def own_level(own, rows, node: ResultNode) -> str:
    """The name of a result's level in the language, when the project gives it."""
    depth = next((getattr(r, "depth", None) for r in rows if r.code == node.code), None)
    return own.level(depth, node.level).text if depth is not None else node.level
