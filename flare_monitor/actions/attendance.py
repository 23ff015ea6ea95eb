"""Attendance of one activity: the roster of the activity form (`RosterPanel`)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from flare_monitor.actions.base import action, reading, unit_of_work
from flare_monitor.db.engine import Database
from flare_monitor.services import attendance
from flare_monitor.services.attendance import ActivityDates, AttendanceIn, RosterRow

__all__ = [
    "ActivityDates",
    "AddAttendance",
    "AttendanceIn",
    "EditAttendance",
    "RosterRow",
    "add_attendance",
    "check_attendance",
    "roster",
]


def check_attendance(activity: ActivityDates, data: AttendanceIn) -> None:
    """Refuse, with the field named, what the roster could not save (no database needed)."""
    attendance.validated_fields(activity, data)


@dataclass(frozen=True)
class AddAttendance:
    activity_code: str
    participant_id: uuid.UUID


@dataclass(frozen=True)
class EditAttendance:
    attendance_id: uuid.UUID
    data: AttendanceIn
    seen: dict | None = None  # the whole record as the roster showed it


@action
def roster(db: Database, activity_code: str) -> list[RosterRow]:
    with reading(db) as session:
        return attendance.roster(session, activity_code)


@action
def add_attendance(db: Database, request: AddAttendance, *, user: str | None = None) -> None:
    with unit_of_work(db, user=user) as session:
        attendance.add_attendance(session, request.activity_code, request.participant_id)


@action
def update_attendance(db: Database, request: EditAttendance, *, user: str | None = None) -> None:
    with unit_of_work(db, user=user) as session:
        attendance.update_attendance(session, request.attendance_id, request.data, seen=request.seen)


@action
def remove_attendance(db: Database, attendance_id: uuid.UUID, *, user: str | None = None) -> None:
    with unit_of_work(db, user=user) as session:
        attendance.remove_attendance(session, attendance_id)
