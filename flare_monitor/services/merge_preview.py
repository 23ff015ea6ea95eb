"""What merging two participant records would change in the indicator figures, found by merging them in
a transaction the caller rolls back: the engine counts before and after, nothing is guessed."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from flare_monitor.db.enums import Calendar
from flare_monitor.db.models import Activity, Attendance, Project
from flare_monitor.indicators.engine import figures_by_country
from flare_monitor.indicators.periods import Period, period_containing
from flare_monitor.indicators.submitted import clean_number, lock_of, measures
from flare_monitor.services.participants import get_participant, merge_participants


@dataclass(frozen=True)
class FigureChange:
    project: str
    period: str
    indicator: str
    name: str
    country: str | None  # None: all countries
    measure: str  # "actual", "cumulative", or one sex of either
    before: float | None
    after: float | None
    locked: bool  # the period is locked: its submitted figure stays, the change shows as drift


def _periods(session: Session, people: list[uuid.UUID]) -> dict[Project, dict[Period, set[str]]]:
    """The quarters (in each project's calendar) in which either person attended something, and where."""
    rows = session.execute(
        select(Activity.project_id, Activity.actual_start, Activity.planned_start, Activity.country_code)
        .join(Attendance, Attendance.activity_id == Activity.id)
        .where(Attendance.participant_id.in_(people))
    ).all()
    found: dict[Project, dict[Period, set[str]]] = {}
    for project_id, actual, planned, country in rows:
        project = session.get(Project, project_id)
        fiscal = project.calendar == Calendar.FISCAL
        quarter = period_containing(
            actual or planned, fiscal=fiscal, fiscal_start_month=project.fiscal_year_start_month
        )
        found.setdefault(project, {}).setdefault(quarter, set()).add(country)
    return found


def _figures(session: Session, where: dict[Project, dict[Period, set[str]]]) -> dict[tuple, float | None]:
    values: dict[tuple, float | None] = {}
    for project, periods in where.items():
        for period, countries in periods.items():
            reports = figures_by_country(session, project.code, period, include_total=True, submitted=False)
            for scope in [*sorted(countries), None]:
                for figure in reports[scope].figures:
                    for measure, value in measures(figure):
                        key = (project.code, period.label, figure.code, figure.name, scope, measure)
                        values[key] = clean_number(value)
    return values


def merge_preview(
    session: Session, keep_id: uuid.UUID | str, other_id: uuid.UUID | str, take: Iterable[str] = ()
) -> list[FigureChange]:
    """Merge in this session and list the figures that change; the caller must roll the session back."""
    keep, other = get_participant(session, keep_id), get_participant(session, other_id)
    where = _periods(session, [keep.id, other.id])
    before = _figures(session, where)
    merge_participants(session, keep.id, other.id, take)
    session.flush()
    after = _figures(session, where)
    locked = {
        (project.code, period.label): lock_of(session, project, period) is not None
        for project, periods in where.items()
        for period in periods
    }
    changes = [
        FigureChange(*key, before.get(key), after.get(key), locked[(key[0], key[1])])
        for key in sorted(set(before) | set(after), key=lambda k: tuple(str(p) for p in k))
        if before.get(key) != after.get(key)
    ]
    return changes
