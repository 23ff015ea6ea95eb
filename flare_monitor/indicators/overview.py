"""What happened in a period, for the dashboard and the narrative page: activities by status and type,
and the people trained — two grouped queries however many activities the period holds.

People trained are counted by the engine itself (`computed_actual` with the definition below), so the
dashboard's card and an indicator defined the same way can never disagree, and within one
`shared_queries()` block they are asked once.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from flare_monitor.db.enums import ActivityStatus, ActivityType
from flare_monitor.db.models import Activity
from flare_monitor.indicators.actuals import activity_date, computed_actual
from flare_monitor.indicators.computation import DISTINCT_PARTICIPANTS, Computation
from flare_monitor.indicators.engine import check_country, project_by_code, project_period
from flare_monitor.indicators.periods import Period

# Participants (not facilitators) of completed trainings, each person once.
PEOPLE_TRAINED = Computation(kind=DISTINCT_PARTICIPANTS, activity_types=(ActivityType.TRAINING.value,))


@dataclass(frozen=True)
class PeriodOverview:
    by_status: dict[str, int]  # activities dated in the period, by status
    completed: int
    trainings: int  # completed trainings
    people_by_sex: dict[str, int]  # distinct people trained in completed trainings

    @property
    def activities(self) -> int:
        return sum(self.by_status.values())

    @property
    def people(self) -> int:
        return sum(self.people_by_sex.values())


def _value(member) -> str:
    return getattr(member, "value", str(member))


def period_overview(
    session: Session, project_code: str, period: Period | str, country: str | None = None
) -> PeriodOverview:
    """Activities placed in the period by their date (as the engine places them) and people trained."""
    project = project_by_code(session, project_code)
    period = project_period(project, period)
    country = check_country(session, project, country)
    query = (
        select(Activity.status, Activity.type, func.count())
        .where(Activity.project_id == project.id, activity_date().between(period.start, period.end))
        .group_by(Activity.status, Activity.type)
    )
    if country is not None:
        query = query.where(Activity.country_code == country)
    by_status: dict[str, int] = {}
    completed = trainings = 0
    for status, kind, count in session.execute(query):
        status = _value(status)
        by_status[status] = by_status.get(status, 0) + count
        if status == ActivityStatus.COMPLETED.value:
            completed += count
            if _value(kind) == ActivityType.TRAINING.value:
                trainings += count
    people = computed_actual(session, project.id, PEOPLE_TRAINED, period.start, period.end, country)
    return PeriodOverview(
        by_status=by_status,
        completed=completed,
        trainings=trainings,
        people_by_sex={sex: int(n or 0) for sex, n in (people.by_sex or {}).items()},
    )
