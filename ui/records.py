"""Read-only helpers that turn service results into the plain values a form needs."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from flare_monitor.services.participants import ParticipantIn, get_participant


def participant_input(session, participant_id: uuid.UUID) -> tuple[ParticipantIn, int]:
    """Every editable field of a participant (the form must send them all back) and its version."""
    p = get_participant(session, participant_id)
    data = ParticipantIn(
        full_name=p.full_name,
        sex=str(p.sex),
        organization_id=p.organization_id,
        position=p.position,
        country=p.country_code,
        subdivision=p.subdivision_code,
        phone=p.phone,
        email=p.email,
        age_group=p.age_group,
        consent=bool(p.consent),
        sensitive=bool(p.sensitive),
    )
    return data, p.version


@dataclass(frozen=True)
class ResultNode:
    code: str
    statement: str
    parent: str | None
    level: str


def results_tree(session, project_code: str) -> list[ResultNode]:
    """The results framework as plain rows, parents before children (read through the project)."""
    from flare_monitor.indicators.engine import natural_key, project_by_code

    project = project_by_code(session, project_code)
    levels = {level.depth: level.name for level in project.levels}
    by_id = {r.id: r for r in project.results}
    nodes = [
        ResultNode(
            r.code,
            r.statement,
            by_id[r.parent_id].code if r.parent_id in by_id else None,
            levels.get(r.depth, ""),
        )
        for r in project.results
    ]
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
