"""Activities: list, open, save and delete (the Activities page, the activity form and `activity …`)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from flare_monitor.actions.base import action, reading, unit_of_work
from flare_monitor.db.engine import Database
from flare_monitor.errors import ConflictError
from flare_monitor.services import activities, attendance, period_locks
from flare_monitor.services.activities import ActivityDetail, ActivityIn, ActivityRow
from flare_monitor.services.attendance import AttendanceIn

__all__ = [
    "ActivityDetail",
    "ActivityForm",
    "ActivityIn",
    "ActivityQuery",
    "ActivityRow",
    "CodeProposal",
    "DeleteActivity",
    "RosterChanges",
    "RosterEdit",
    "SaveActivity",
    "activity_detail",
    "delete_activity",
    "list_activities",
    "save_activity",
]


@dataclass(frozen=True)
class ActivityQuery:
    project: str | None = None
    country: str | None = None  # None: every country
    search: str | None = None


@dataclass(frozen=True)
class RosterEdit:
    """One attendance record as edited on the roster, and as the roster showed it before."""

    attendance_id: uuid.UUID
    data: AttendanceIn
    seen: AttendanceIn


@dataclass(frozen=True)
class RosterChanges:
    """What the roster of the activity form changed since it was opened (saved with the activity)."""

    add: tuple[tuple[uuid.UUID, AttendanceIn], ...] = ()  # (participant id, their attendance)
    edit: tuple[RosterEdit, ...] = ()
    remove: tuple[uuid.UUID, ...] = ()  # attendance ids

    def __bool__(self) -> bool:
        return bool(self.add or self.edit or self.remove)


@dataclass(frozen=True)
class SaveActivity:
    """A new activity (`id` None) or an edit of the one the form showed (its version and values),
    with the changes made on its roster: all saved in one unit of work, or nothing."""

    data: ActivityIn
    id: uuid.UUID | None = None
    version: int | None = None
    seen: ActivityIn | None = None
    roster: RosterChanges = RosterChanges()


@dataclass(frozen=True)
class DeleteActivity:
    code: str
    with_attendance: bool = False


@action
def list_activities(db: Database, query: ActivityQuery) -> list[ActivityRow]:
    with reading(db) as session:
        return activities.list_activities(
            session, project=query.project, country=query.country, search=query.search
        )


@dataclass(frozen=True)
class ActivityForm:
    detail: ActivityDetail
    locked: str | None  # why the activity and its roster cannot change (a locked period), else None


@action
def activity_detail(db: Database, code: str) -> ActivityDetail:
    with reading(db) as session:
        return activities.activity_detail(session, code)


@action
def activity_form(db: Database, code: str) -> ActivityForm:
    """The activity as its form shows it, and whether a locked period keeps it from changing."""
    with reading(db) as session:
        detail = activities.activity_detail(session, code)
        try:
            period_locks.ensure_activity_unlocked(session, activities.get_activity(session, code))
        except ConflictError as exc:
            return ActivityForm(detail, str(exc))
    return ActivityForm(detail, None)


@action
def save_activity(db: Database, request: SaveActivity, *, user: str | None = None) -> str:
    """Add or update; returns the activity's code as stored."""
    with unit_of_work(db, user=user) as session:
        if request.id is None:
            activity = activities.add_activity(session, request.data)
        else:
            activity = activities.update_activity(
                session, request.id, request.data, request.version, seen=request.seen
            )
        code = activity.code
        for attendance_id in request.roster.remove:
            attendance.remove_attendance(session, attendance_id)
        for edit in request.roster.edit:
            attendance.update_attendance(session, edit.attendance_id, edit.data, seen=edit.seen)
        for participant_id, data in request.roster.add:
            attendance.add_attendance(session, code, participant_id, data)
        return code


@action
def delete_activity(db: Database, request: DeleteActivity, *, user: str | None = None) -> str:
    with unit_of_work(db, user=user) as session:
        activities.delete_activity(session, request.code, with_attendance=request.with_attendance)
    return request.code.strip().upper()


@dataclass(frozen=True)
class CodeProposal:
    project: str
    country: str
    year: int
    type: str | None


@action
def propose_code(db: Database, request: CodeProposal) -> str:
    """A free activity code in the project's style, for the form to offer (the officer may change it)."""
    with reading(db) as session:
        return activities.propose_code(session, request.project, request.country, request.year, request.type)
