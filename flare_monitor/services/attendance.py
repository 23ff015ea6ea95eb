"""Who attended what: the roster of an activity, with days attended and test scores."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from flare_monitor.db.enums import AttendanceRole
from flare_monitor.db.models import Activity, Attendance, Organization, Participant
from flare_monitor.errors import NotFoundError, ValidationError
from flare_monitor.i18n import Field, _
from flare_monitor.services.activities import get_activity
from flare_monitor.services.common import concurrent_edit, flush_edit, locked_for_edit, parse_enum
from flare_monitor.services.participants import get_participant


@dataclass
class AttendanceIn:
    role: str | None = None
    days_attended: float | None = None
    completed: bool = True
    pre_test_score: float | None = None
    post_test_score: float | None = None
    remarks: str | None = None


@dataclass(frozen=True)
class ActivityDates:
    """What checking an attendance record needs to know of its activity (an Activity also has these)."""

    code: str
    start: date
    end: date


def activity_length_days(activity: Activity | ActivityDates) -> int:
    return (activity.end - activity.start).days + 1


def _score(value: float | None, field: str) -> float | None:
    if value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValidationError(
            _("{field}: '{value}' is not a number", field=Field(field), value=value), field
        ) from None
    if not 0 <= number <= 100:
        raise ValidationError(
            _("{field}: {value} is out of range (0 to 100)", field=Field(field), value=value), field
        )
    return number


def validated_fields(activity: Activity | ActivityDates, data: AttendanceIn) -> dict:
    days = data.days_attended
    if days is not None:
        try:
            days = float(days)
        except (TypeError, ValueError):
            raise ValidationError(
                _("days attended: '{days_attended}' is not a number", days_attended=data.days_attended),
                "days",
            ) from None
        length = activity_length_days(activity)
        if days < 0 or days > length:
            raise ValidationError(
                _(
                    "days attended: {days} is out of range (0 to {length}, the length of {code})",
                    days=days,
                    length=length,
                    code=activity.code,
                ),
                "days",
            )
    return {
        "role": parse_enum(AttendanceRole, data.role, "role", AttendanceRole.PARTICIPANT),
        "days_attended": days,
        "completed": bool(data.completed),
        "pre_test_score": _score(data.pre_test_score, "pre-test score"),
        "post_test_score": _score(data.post_test_score, "post-test score"),
        "remarks": (data.remarks or "").strip() or None,
    }


def _guard(session: Session, activity: Activity) -> None:
    from flare_monitor.services.period_locks import ensure_activity_unlocked

    ensure_activity_unlocked(session, activity)


def add_attendance(
    session: Session, activity_code: str, participant_id: uuid.UUID | str, data: AttendanceIn | None = None
) -> Attendance:
    activity = get_activity(session, activity_code)
    participant = get_participant(session, participant_id)
    _guard(session, activity)
    exists = session.scalar(
        select(Attendance.id).where(
            Attendance.activity_id == activity.id, Attendance.participant_id == participant.id
        )
    )
    if exists is not None:
        raise ValidationError(
            _(
                "{full_name} is already on the roster of {code}",
                full_name=participant.full_name,
                code=activity.code,
            )
        )
    row = Attendance(
        activity_id=activity.id,
        participant_id=participant.id,
        **validated_fields(activity, data or AttendanceIn()),
    )
    session.add(row)
    session.flush()
    return row


_LABELS = {
    "role": "role",
    "days_attended": "days attended",
    "completed": "completed",
    "pre_test_score": "pre-test score",
    "post_test_score": "post-test score",
    "remarks": "remarks",
}


def _shown(activity: Activity, data: AttendanceIn) -> dict:
    return {
        _LABELS[key]: getattr(value, "value", value)
        for key, value in validated_fields(activity, data).items()
    }


def _stored(row: Attendance) -> dict:
    return {label: getattr(getattr(row, key), "value", getattr(row, key)) for key, label in _LABELS.items()}


def update_attendance(
    session: Session, attendance_id: uuid.UUID, data: AttendanceIn, *, seen: AttendanceIn | None = None
) -> Attendance:
    """Save the record; with `seen` (what the roster showed) a record someone else changed or removed
    meanwhile is refused with a ConcurrentEditError, so a one-cell edit never writes back stale cells."""
    row = locked_for_edit(session, select(Attendance).where(Attendance.id == attendance_id))
    if row is None:
        if seen is not None:
            raise concurrent_edit(
                session, _("this attendance record"), "attendance", attendance_id, None, None
            )
        raise NotFoundError(_("Unknown attendance record {attendance_id}", attendance_id=attendance_id))
    activity = session.get(Activity, row.activity_id)
    _guard(session, activity)

    def refused() -> Exception:
        stored = session.get(Attendance, attendance_id, populate_existing=True)
        if stored is None:
            return concurrent_edit(
                session, _("this attendance record"), "attendance", attendance_id, None, None
            )
        what = _("the attendance of {name} at {code}", name=stored.participant.full_name, code=activity.code)
        return concurrent_edit(
            session, what, "attendance", attendance_id, _shown(activity, seen), _stored(stored)
        )

    if seen is not None and _stored(row) != _shown(activity, seen):
        raise refused()
    for key, value in validated_fields(activity, data).items():
        setattr(row, key, value)
    flush_edit(session, refused)
    return row


def remove_attendance(session: Session, attendance_id: uuid.UUID) -> None:
    row = session.get(Attendance, attendance_id)
    if row is None:
        raise NotFoundError(_("Unknown attendance record {attendance_id}", attendance_id=attendance_id))
    _guard(session, session.get(Activity, row.activity_id))
    session.delete(row)
    session.flush()


@dataclass(frozen=True)
class RosterRow:
    attendance_id: uuid.UUID
    participant_id: uuid.UUID
    full_name: str
    sex: str
    organization: str | None
    position: str | None
    role: str
    days_attended: float | None
    completed: bool
    pre_test_score: float | None
    post_test_score: float | None
    remarks: str | None = None


def roster(session: Session, activity_code: str) -> list[RosterRow]:
    activity = get_activity(session, activity_code)
    query = (
        select(Attendance, Participant.full_name, Participant.sex, Organization.name, Participant.position)
        .join(Participant, Participant.id == Attendance.participant_id)
        .outerjoin(Organization, Organization.id == Participant.organization_id)
        .where(Attendance.activity_id == activity.id)
        .order_by(Participant.search_name)
    )
    return [
        RosterRow(
            a.id,
            a.participant_id,
            name,
            str(sex),
            org,
            position,
            str(a.role),
            a.days_attended,
            a.completed,
            a.pre_test_score,
            a.post_test_score,
            a.remarks,
        )
        for a, name, sex, org, position in session.execute(query)
    ]
