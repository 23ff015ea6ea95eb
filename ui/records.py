"""Read-only helpers that turn service results into the plain values a form needs."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from flare_monitor.services.participants import ParticipantIn, participant_detail
from flare_monitor.services.results import list_results


def participant_input(session, participant_id: uuid.UUID) -> tuple[ParticipantIn, int]:
    """Every editable field of a participant (the form must send them all back) and its version."""
    detail = participant_detail(session, participant_id)
    return detail.as_input(), detail.version


@dataclass(frozen=True)
class ResultNode:
    code: str
    statement: str
    parent: str | None
    level: str


def results_tree(session, project_code: str) -> list[ResultNode]:
    """The results framework as plain rows, parents before children (from the results service)."""
    from flare_monitor.indicators.engine import natural_key

    rows = list_results(session, project_code)
    codes = {r.id: r.code for r in rows}
    nodes = [ResultNode(r.code, r.statement, codes.get(r.parent_id), r.level) for r in rows]
    return sorted(nodes, key=lambda n: natural_key(n.code))


@dataclass
class GridRow:
    period: str
    targets: dict[str | None, float | None]  # sex (None = total) → target stored for this cell
    actual: float | None
    actual_by_sex: dict[str, float | None] | None
    computed: bool


def indicator_grid(session, project_code: str, indicator_code: str, periods: list[str], country: str | None):
    """Targets as stored and actuals as computed, per period, for one indicator in one scope."""
    from flare_monitor.indicators.engine import indicator_by_code, project_by_code, series
    from flare_monitor.indicators.targets import load_targets

    project = project_by_code(session, project_code)
    indicator = indicator_by_code(session, project, indicator_code)
    stored = load_targets(session, [indicator.id])[indicator.id]
    figures = series(session, indicator, periods, country)
    rows = []
    for label, figure in zip(periods, figures, strict=True):
        targets = {t.sex: t.value for t in stored if t.period == label and t.country == country}
        rows.append(GridRow(label, targets, figure.actual, figure.by_sex, figure.computed))
    return rows
