"""Activities: create, edit, delete, list and show, with validation that names the field."""

from __future__ import annotations

import re
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from flare_monitor.db.enums import ActivityStatus, ActivityType, AttendanceRole, Sex
from flare_monitor.db.figures import figure_sources
from flare_monitor.db.models import Activity, Attendance, Project, ProjectCountry, Result
from flare_monitor.errors import ConflictError, NotFoundError, ValidationError
from flare_monitor.i18n import _, ngettext
from flare_monitor.services.common import (
    Problems,
    concurrent_edit,
    flush_edit,
    locked_for_edit,
    optional_text,
    parse_date,
    parse_enum,
    project_by_code,
    refused_edit,
    require_text,
)
from flare_monitor.services.geo import country_name, ensure_country, ensure_subdivision

_STARTED = {ActivityStatus.ONGOING, ActivityStatus.COMPLETED}


@dataclass
class ActivityIn:
    """What a user types for an activity; every field is checked by `add_activity`/`update_activity`."""

    project: str
    country: str
    code: str
    title: str
    type: str
    start: str | date
    end: str | date
    status: str = ActivityStatus.PLANNED.value
    subdivision: str | None = None
    result_code: str | None = None
    actual_start: str | date | None = None
    actual_end: str | date | None = None
    venue: str | None = None
    description: str | None = None
    reason: str | None = None  # why it was delayed, postponed or cancelled


@dataclass(frozen=True)
class ActivityRow:
    id: uuid.UUID
    code: str
    project: str
    country: str
    subdivision: str | None
    title: str
    type: str
    status: str
    start: date
    end: date
    venue: str | None
    participants: int = 0
    reason: str | None = None
    planned_start: date | None = None
    planned_end: date | None = None
    actual_start: date | None = None
    actual_end: date | None = None

    def as_json(self) -> dict:
        return {
            "id": str(self.id),
            "code": self.code,
            "project": self.project,
            "country": self.country,
            "subdivision": self.subdivision,
            "title": self.title,
            "type": self.type,
            "status": self.status,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "venue": self.venue,
            "participants": self.participants,
            "reason": self.reason,
            "planned_start": self.planned_start.isoformat() if self.planned_start else None,
            "planned_end": self.planned_end.isoformat() if self.planned_end else None,
        }


@dataclass(frozen=True)
class ActivityDetail:
    row: ActivityRow
    result_code: str | None
    planned: tuple[date, date]
    actual: tuple[date | None, date | None]
    description: str | None
    participants_by_sex: dict[str, int] = field(default_factory=dict)
    other_roles: int = 0
    version: int | None = None  # for optimistic locking (update_activity's expected_version)

    def as_input(self) -> ActivityIn:
        """The activity as an edit form shows it (pass it back to update_activity as `seen`)."""
        return ActivityIn(
            project=self.row.project,
            country=self.row.country,
            code=self.row.code,
            title=self.row.title,
            type=self.row.type,
            start=self.planned[0],
            end=self.planned[1],
            status=self.row.status,
            subdivision=self.row.subdivision,
            result_code=self.result_code,
            actual_start=self.actual[0],
            actual_end=self.actual[1],
            venue=self.row.venue,
            description=self.description,
            reason=self.row.reason,
        )

    def as_json(self) -> dict:
        data = self.row.as_json()
        data.update(
            {
                "country_name": country_name(self.row.country),
                "result": self.result_code,
                "planned_start": self.planned[0].isoformat(),
                "planned_end": self.planned[1].isoformat(),
                "actual_start": self.actual[0].isoformat() if self.actual[0] else None,
                "actual_end": self.actual[1].isoformat() if self.actual[1] else None,
                "description": self.description,
                "participants": {"total": sum(self.participants_by_sex.values()), **self.participants_by_sex},
                "facilitators_and_organizers": self.other_roles,
                "version": self.version,
            }
        )
        return data


def _validated(session: Session, data: ActivityIn, current: Activity | None = None) -> dict:
    """The activity's columns from what the user typed; every field is checked, and all the problems
    found are raised together (a form shows each beside its field)."""
    problems = Problems()
    project = project_by_code(session, data.project)
    country = problems.check(lambda: ensure_country(session, data.country))
    project_countries = {pc.country_code for pc in project.countries}
    if country is not None and country not in project_countries:
        problems.add(
            ValidationError(
                _(
                    "country: {code} is not one of the countries of {project} ({known})",
                    code=country,
                    project=project.code,
                    known=", ".join(sorted(project_countries)),
                ),
                "country",
            )
        )
    code = problems.check(lambda: require_text(data.code, "code", 50).upper())
    if code is not None:
        clash = session.scalar(select(Activity.id).where(Activity.code == code))
        if clash is not None and (current is None or clash != current.id):
            problems.add(
                ValidationError(_("code: an activity with the code {code} already exists", code=code), "code")
            )
    title = problems.check(lambda: require_text(data.title, "title", 500))
    kind = problems.check(lambda: parse_enum(ActivityType, data.type, "type"))
    planned_start = problems.check(lambda: parse_date(data.start, "start"))
    planned_end = problems.check(lambda: parse_date(data.end, "end"))
    if planned_start and planned_end and planned_end < planned_start:
        problems.add(
            ValidationError(
                _(
                    "end: {planned_end} is before the start {planned_start}",
                    planned_end=planned_end,
                    planned_start=planned_start,
                ),
                "end",
            )
        )
    status = problems.check(
        lambda: parse_enum(ActivityStatus, data.status, "status", ActivityStatus.PLANNED),
        ActivityStatus.PLANNED,
    )
    actual_start = problems.check(lambda: parse_date(data.actual_start, "actual start", required=False))
    actual_end = problems.check(lambda: parse_date(data.actual_end, "actual end", required=False))
    if status in _STARTED and actual_start is None:
        actual_start = planned_start
    if status == ActivityStatus.COMPLETED and actual_end is None:
        actual_end = planned_end if actual_start == planned_start else actual_start
    if actual_start and actual_end and actual_end < actual_start:
        problems.add(
            ValidationError(
                _(
                    "actual end: {actual_end} is before the actual start {actual_start}",
                    actual_end=actual_end,
                    actual_start=actual_start,
                ),
                "actual end",
            )
        )
    result_id = None
    if data.result_code:
        result_id = session.scalar(
            select(Result.id).where(Result.project_id == project.id, Result.code == data.result_code.strip())
        )
        if result_id is None:
            problems.add(
                ValidationError(
                    _(
                        "result: {code} has no result with the code {result_code}",
                        code=project.code,
                        result_code=data.result_code,
                    ),
                    "result",
                )
            )
    subdivision = (
        problems.check(lambda: ensure_subdivision(session, data.subdivision, country)) if country else None
    )
    venue = problems.check(lambda: optional_text(data.venue, "venue", 300))
    problems.raise_any()
    return {
        "project_id": project.id,
        "country_code": country,
        "subdivision_code": subdivision,
        "result_id": result_id,
        "code": code,
        "title": title,
        "type": kind,
        "status": status,
        "planned_start": planned_start,
        "planned_end": planned_end,
        "actual_start": actual_start,
        "actual_end": actual_end,
        "venue": venue,
        "description": (data.description or "").strip() or None,
        "reason": _reason(data.reason),
    }


MAX_REASON = 2000


def _reason(value: str | None) -> str | None:
    text = (value or "").strip()
    if len(text) > MAX_REASON:
        raise ValidationError(
            _("reason: longer than {max_reason} characters", max_reason=MAX_REASON), "reason"
        )
    return text or None


def add_activity(session: Session, data: ActivityIn) -> Activity:
    activity = Activity(**_validated(session, data))
    session.add(activity)
    session.flush()
    return activity


def _by_code_or_id(code: str | uuid.UUID):
    if isinstance(code, uuid.UUID):
        return select(Activity).where(Activity.id == code)
    return select(Activity).where(Activity.code == code.strip().upper())


def get_activity(session: Session, code: str | uuid.UUID) -> Activity:
    activity = session.scalar(_by_code_or_id(code))
    if activity is None:
        raise NotFoundError(_("Unknown activity '{code}'", code=code))
    return activity


def _edit_view(data: ActivityIn) -> dict:
    """What an edit form shows, by the labels a message names them with."""

    def text(value):
        return " ".join(str(value).split()) or None if value is not None else None

    return {
        "country": text(data.country),
        "subdivision": text(data.subdivision),
        "code": text(data.code),
        "title": text(data.title),
        "type": text(data.type),
        "status": text(data.status),
        "planned start": parse_date(data.start, "start", required=False),
        "planned end": parse_date(data.end, "end", required=False),
        "actual start": parse_date(data.actual_start, "actual start", required=False),
        "actual end": parse_date(data.actual_end, "actual end", required=False),
        "result": text(data.result_code),
        "venue": text(data.venue),
        "description": text(data.description),
        "reason": text(data.reason),
    }


def _refused_edit(session: Session, activity_id: uuid.UUID, code: str, seen: ActivityIn | None):
    return refused_edit(
        session,
        Activity,
        activity_id,
        _("activity {code}", code=code),
        lambda: _edit_view(activity_detail(session, activity_id).as_input()),
        _edit_view(seen) if seen else None,
    )


def update_activity(
    session: Session,
    code: str | uuid.UUID,
    data: ActivityIn,
    expected_version: int | None = None,
    seen: ActivityIn | None = None,
) -> Activity:
    """Save an edit. With `expected_version` (the version the form was filled from) the save is refused
    with a ConcurrentEditError if someone else saved or deleted the activity meanwhile; `seen` (what the
    form showed) lets the message list the fields that differ. Pass the activity's id to follow it
    through a change of code."""
    if expected_version is None:
        activity = get_activity(session, code)
    else:
        activity = locked_for_edit(session, _by_code_or_id(code))
        if activity is None:
            if isinstance(code, uuid.UUID):
                raise concurrent_edit(session, _("this activity"), "activity", code, None, None)
            raise NotFoundError(_("Unknown activity '{code}'", code=code))
        if activity.version != expected_version:
            raise _refused_edit(session, activity.id, activity.code, seen)
    activity_id, shown_code = activity.id, activity.code
    for key, value in _validated(session, data, current=activity).items():
        setattr(activity, key, value)
    flush_edit(session, lambda: _refused_edit(session, activity_id, shown_code, seen))
    return activity


def delete_activity(session: Session, code: str, *, with_attendance: bool = False) -> None:
    """Delete an activity; refuses while attendance depends on it unless `with_attendance`."""
    from flare_monitor.services.evidence import ensure_no_evidence

    activity = get_activity(session, code)
    ensure_no_evidence(session, "activity_id", activity.id, f"Activity {activity.code}")
    count = session.scalar(select(func.count()).where(Attendance.activity_id == activity.id))
    if count and not with_attendance:
        raise ConflictError(
            ngettext(
                "Activity {code} has {count} attendance record; delete it first or confirm deleting it "
                "with the activity.",
                "Activity {code} has {count} attendance records; delete them first or confirm deleting "
                "them with the activity.",
                count,
                code=activity.code,
            )
        )
    for row in session.scalars(select(Attendance).where(Attendance.activity_id == activity.id)):
        session.delete(row)
    session.delete(activity)
    session.flush()


def _start_expr():
    return func.coalesce(Activity.actual_start, Activity.planned_start)


def list_activities(
    session: Session,
    project: str | None = None,
    country: str | None = None,
    search: str | None = None,
    start: date | None = None,
    end: date | None = None,
) -> list[ActivityRow]:
    """Activities, in the order of their dates; `start`/`end` keep those placed in a period by their date
    (actual if known, else planned), as the indicator engine places them."""
    attendance = figure_sources(session).attendance  # every attendee counts (db/figures.py)
    attendees = (
        select(attendance.activity_id, func.count().label("n"))
        .where(attendance.role == AttendanceRole.PARTICIPANT)
        .group_by(attendance.activity_id)
        .subquery()
    )
    query = (
        select(Activity, Project.code, func.coalesce(attendees.c.n, 0))
        .join(Project, Project.id == Activity.project_id)
        .outerjoin(attendees, attendees.c.activity_id == Activity.id)
        .order_by(_start_expr(), Activity.code)
    )
    if project:
        query = query.where(Activity.project_id == project_by_code(session, project).id)
    if country:
        query = query.where(Activity.country_code == country.strip().upper())
    if start is not None:
        query = query.where(_start_expr() >= start)
    if end is not None:
        query = query.where(_start_expr() <= end)
    if search:
        pattern = f"%{search.strip().lower()}%"
        query = query.where(
            func.lower(Activity.title).like(pattern) | func.lower(Activity.code).like(pattern)
        )
    return [_row(a, p, n) for a, p, n in session.execute(query)]


def _row(a: Activity, project_code: str, participants: int) -> ActivityRow:
    return ActivityRow(
        id=a.id,
        code=a.code,
        project=project_code,
        country=a.country_code,
        subdivision=a.subdivision_code,
        title=a.title,
        type=str(a.type),
        status=str(a.status),
        start=a.start,
        end=a.end,
        venue=a.venue,
        participants=participants,
        reason=a.reason,
        planned_start=a.planned_start,
        planned_end=a.planned_end,
        actual_start=a.actual_start,
        actual_end=a.actual_end,
    )


def participants_by_sex(session: Session, activity_id: uuid.UUID) -> dict[str, int]:
    """Attendees in the participant role of one activity, by sex (each person once)."""
    sources = figure_sources(session)  # every attendee counts, whatever this login may read
    attendance, person = sources.attendance, sources.participant
    columns = [func.count(case((person.sex == sex, 1))).label(sex.value) for sex in Sex]
    row = session.execute(
        select(*columns)
        .select_from(attendance)
        .join(person, person.id == attendance.participant_id)
        .where(attendance.activity_id == activity_id, attendance.role == AttendanceRole.PARTICIPANT)
    ).one()
    return {sex.value: int(row[i]) for i, sex in enumerate(Sex)}


def activity_detail(session: Session, code: str | uuid.UUID) -> ActivityDetail:
    activity = get_activity(session, code)
    project = session.get(Project, activity.project_id)
    by_sex = participants_by_sex(session, activity.id)
    others = session.scalar(
        select(func.count()).where(
            Attendance.activity_id == activity.id, Attendance.role != AttendanceRole.PARTICIPANT
        )
    )
    result_code = session.get(Result, activity.result_id).code if activity.result_id else None
    return ActivityDetail(
        row=_row(activity, project.code, sum(by_sex.values())),
        result_code=result_code,
        planned=(activity.planned_start, activity.planned_end),
        actual=(activity.actual_start, activity.actual_end),
        description=activity.description,
        participants_by_sex=by_sex,
        other_roles=int(others or 0),
        version=activity.version,
    )


def project_country_codes(session: Session, project: str) -> list[str]:
    project_id = project_by_code(session, project).id
    return list(
        session.scalars(
            select(ProjectCountry.country_code)
            .where(ProjectCountry.project_id == project_id)
            .order_by(ProjectCountry.country_code)
        )
    )


# Short marks of the activity types in proposed codes (BR-PK-2024-TRN-03).
TYPE_MARKS = {
    ActivityType.TRAINING: "TRN",
    ActivityType.WORKSHOP: "WS",
    ActivityType.MEETING: "MTG",
    ActivityType.RESEARCH: "RES",
    ActivityType.POLICY_ADVICE: "PA",
    ActivityType.AWARENESS_RAISING: "AR",
    ActivityType.TECHNICAL_ASSISTANCE: "TA",
    ActivityType.OTHER: "ACT",
}


def propose_code(session: Session, project: str, country: str, year: int, kind: str | None) -> str:
    """A free code in the project's own style: the prefix its activities of that country use (else the
    project code's first letters), the country, the year, the type and the next number."""
    found = project_by_code(session, project)
    country = (country or "").strip().upper()
    codes = session.scalars(
        select(Activity.code).where(Activity.project_id == found.id, Activity.country_code == country)
    ).all()
    prefixes = Counter(code.split(f"-{country}-")[0] for code in codes if f"-{country}-" in code)
    prefix = prefixes.most_common(1)[0][0] if prefixes else re.sub(r"[^A-Z0-9]", "", found.code)[:2] or "ACT"
    mark = TYPE_MARKS.get(ActivityType(kind), "ACT") if kind in ActivityType._value2member_map_ else "ACT"
    stem = f"{prefix}-{country}-{year}-{mark}-"
    taken = set(session.scalars(select(Activity.code).where(Activity.code.like(f"{stem}%"))))
    number = 1
    while f"{stem}{number:02d}" in taken:
        number += 1
    return f"{stem}{number:02d}"
