"""What happened in a period, for the dashboard and the narrative page: activities by status and type,
and the people trained — two grouped queries however many activities the period holds.

"Trained" has one definition, `PEOPLE_TRAINED`: participants (not facilitators) of completed trainings
and workshops, each person once. The dashboard's card and chart and the report's training tables all
count by it — the card through the engine itself (`computed_actual`), the breakdown by agency type
(`trained_by_agency`) with the same filters — so they can never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from flare_monitor.db.enums import ActivityStatus, ActivityType, AttendanceRole
from flare_monitor.db.figures import figure_sources
from flare_monitor.db.models import Activity, Organization
from flare_monitor.indicators.actuals import (
    SEXES,
    activity_conditions,
    activity_date,
    attendance_conditions,
    computed_actual,
)
from flare_monitor.indicators.computation import DISTINCT_PARTICIPANTS, Computation
from flare_monitor.indicators.engine import check_country, project_by_code, project_period
from flare_monitor.indicators.periods import Period

# The activity types whose participants are "trained" (a FLARE workshop for labour inspectors trains them).
TRAINED_ACTIVITY_TYPES = (ActivityType.TRAINING.value, ActivityType.WORKSHOP.value)
# Participants (not facilitators) of completed trainings and workshops, each person once.
PEOPLE_TRAINED = Computation(kind=DISTINCT_PARTICIPANTS, activity_types=TRAINED_ACTIVITY_TYPES)
NO_ORGANIZATION = "no_organization"  # the agency type of people without an organization


@dataclass(frozen=True)
class PeriodOverview:
    by_status: dict[str, int]  # activities dated in the period, by status
    completed: int
    trainings: int  # completed trainings and workshops (TRAINED_ACTIVITY_TYPES)
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
            if _value(kind) in TRAINED_ACTIVITY_TYPES:
                trainings += count
    people = computed_actual(session, project.id, PEOPLE_TRAINED, period.start, period.end, country)
    return PeriodOverview(
        by_status=by_status,
        completed=completed,
        trainings=trainings,
        people_by_sex={sex: int(n or 0) for sex, n in (people.by_sex or {}).items()},
    )


def _trained_rows(
    session: Session, project_id, start: date, end: date, countries: list[str] | None, by_country: bool
):
    keys = [Activity.country_code] if by_country else []
    sources = figure_sources(session)  # every attendee, whoever is signed in (db/figures.py)
    Attendance, Participant = sources.attendance, sources.participant  # noqa: N806
    query = (
        select(*keys, Organization.type, Participant.sex, func.count(distinct(Attendance.participant_id)))
        .select_from(Attendance)
        .join(Activity, Activity.id == Attendance.activity_id)
        .join(Participant, Participant.id == Attendance.participant_id)
        .outerjoin(Organization, Organization.id == Participant.organization_id)
        .where(Activity.project_id == project_id, activity_date().between(start, end))
        .where(*activity_conditions(PEOPLE_TRAINED), *attendance_conditions(PEOPLE_TRAINED, sources))
        .group_by(*keys, Organization.type, Participant.sex)
    )
    if countries is not None:
        query = query.where(Activity.country_code.in_(countries))
    for row in session.execute(query):
        *country, kind, sex, count = row
        yield (
            (country[0] if country else None),
            _value(kind) if kind else NO_ORGANIZATION,
            _value(sex),
            int(count),
        )


def trained_by_agency(
    session: Session, project_id, start: date, end: date, countries: list[str] | None = None
) -> dict[str, dict[str, dict[str, int]]]:
    """{country: {agency type: {sex: people trained}}} by the one definition of trained (PEOPLE_TRAINED).
    A person has one organization and one sex, so the sum over agency types is the distinct count."""
    result: dict[str, dict[str, dict[str, int]]] = {}
    for country, kind, sex, count in _trained_rows(session, project_id, start, end, countries, True):
        by_sex = result.setdefault(country, {}).setdefault(kind, dict.fromkeys(SEXES, 0))
        by_sex[sex] = by_sex.get(sex, 0) + count
    return result


def trained_by_agency_total(
    session: Session, project_id, start: date, end: date, countries: list[str] | None = None
) -> dict[str, dict[str, int]]:
    """{agency type: {sex: people trained}} over all `countries`: a person trained in two countries counts
    once (adding the per-country figures would count them twice)."""
    result: dict[str, dict[str, int]] = {}
    for _c, kind, sex, count in _trained_rows(session, project_id, start, end, countries, False):
        by_sex = result.setdefault(kind, dict.fromkeys(SEXES, 0))
        by_sex[sex] = by_sex.get(sex, 0) + count
    return result


def training_participants(
    session: Session, project_id, start: date, end: date, countries: list[str] | None = None
) -> dict[str, dict[str, dict[str, int]]]:
    """{country: {activity code: {sex: participants}}} of the trainings and workshops dated start..end
    (whatever their status): the attendees in the participant role of each, each person once. One grouped
    query for the report's training tables and the figures a lock keeps as submitted."""
    sources = figure_sources(session)  # every attendee, whoever is signed in (db/figures.py)
    Attendance, Participant = sources.attendance, sources.participant  # noqa: N806
    query = (
        select(Activity.country_code, Activity.code, Participant.sex, func.count(distinct(Participant.id)))
        .select_from(Attendance)
        .join(Activity, Activity.id == Attendance.activity_id)
        .join(Participant, Participant.id == Attendance.participant_id)
        .where(
            Activity.project_id == project_id,
            activity_date().between(start, end),
            Activity.type.in_(TRAINED_ACTIVITY_TYPES),
            Attendance.role == AttendanceRole.PARTICIPANT,
        )
        .group_by(Activity.country_code, Activity.code, Participant.sex)
    )
    if countries is not None:
        query = query.where(Activity.country_code.in_(countries))
    result: dict[str, dict[str, dict[str, int]]] = {}
    for country, code, sex, count in session.execute(query):
        by_sex = result.setdefault(country, {}).setdefault(code, dict.fromkeys(SEXES, 0))
        by_sex[_value(sex)] = by_sex.get(_value(sex), 0) + int(count)
    return result
