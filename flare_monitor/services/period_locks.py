"""Locking reporting periods once their report is submitted to the donor.

A locked period freezes what fed its report: the indicator values and targets dated in it and the
attendance of its activities. Unlocking needs a reason, and both locking and unlocking leave an
explicit audit entry (AuditAction.LOCK / UNLOCK with the reason as comment) next to the automatic
row-change entries, so "who reopened Q3 and why" has one clear answer.

A lock is found by dates, not by label: locking 2024-Q2 also guards FY2024-Q3 (same days).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import inspect, or_, select
from sqlalchemy.orm import Session

from flare_monitor.db.audit_hook import add_entry, current_user
from flare_monitor.db.enums import AuditAction
from flare_monitor.db.models import Activity, PeriodLock, Project
from flare_monitor.errors import ConflictError, ValidationError
from flare_monitor.i18n import PeriodName, _
from flare_monitor.indicators.engine import period_dates, project_by_code
from flare_monitor.indicators.periods import Period
from flare_monitor.services.common import lock_new_record

_REASON_MAX = 2000


@dataclass(frozen=True)
class LockRow:
    """A lock record as plain data for the CLI and the desktop app."""

    project: str
    period: str
    start: date
    end: date
    locked: bool
    reason: str
    changed_by: str
    changed_at: datetime

    def as_json(self) -> dict:
        return {
            "project": self.project,
            "period": self.period,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "locked": self.locked,
            "reason": self.reason,
            "changed_by": self.changed_by,
            "changed_at": self.changed_at.isoformat(timespec="seconds"),
        }


def _reason(reason: str | None) -> str:
    text = " ".join(str(reason or "").split())
    if not text:
        raise ValidationError(_("reason: say why (e.g. 'report submitted to USDOL on 30 July')"), "reason")
    if len(text) > _REASON_MAX:
        raise ValidationError(
            _("reason: longer than {reason_max} characters", reason_max=_REASON_MAX), "reason"
        )
    return text


def _user(session: Session) -> str:
    return session.info.get("user") or current_user()


def _find_for_change(session: Session, project: Project, period: Period) -> PeriodLock | None:
    """The lock record of this period, by label or by the same dates under another label.

    Two users locking or reopening the same period at once take turns: the second sees the first's."""
    lock_new_record(session, "period_lock", project.id, period.start, period.end)
    return session.scalars(
        select(PeriodLock)
        .where(
            PeriodLock.project_id == project.id,
            or_(
                PeriodLock.period == period.label,
                (PeriodLock.period_start == period.start) & (PeriodLock.period_end == period.end),
            ),
        )
        .order_by(PeriodLock.locked.desc(), PeriodLock.created_at)
    ).first()


def _audit_changes(project: Project, lock: PeriodLock) -> dict:
    return {
        "project": project.code,
        "period": lock.period,
        "start": lock.period_start.isoformat(),
        "end": lock.period_end.isoformat(),
    }


def lock_period(session: Session, project_code: str, period_label: str, reason: str) -> PeriodLock:
    """Mark a period submitted: its values, targets and attendance can no longer be changed."""
    reason = _reason(reason)
    project, period = period_dates(session, project_code, period_label)
    lock = _find_for_change(session, project, period)
    if lock is not None and lock.locked:
        raise ConflictError(
            _(
                "{period} of {code} is already locked (since {updated_at})",
                period=PeriodName(lock.period),
                code=project.code,
                updated_at=lock.updated_at.date(),
            )
        )
    if lock is None:
        lock = PeriodLock(
            project_id=project.id,
            period=period.label,
            period_start=period.start,
            period_end=period.end,
            reason=reason,
            changed_by=_user(session),
        )
        session.add(lock)
    else:
        lock.locked, lock.reason, lock.changed_by = True, reason, _user(session)
    session.flush()
    add_entry(session, AuditAction.LOCK, "period_lock", lock.id, _audit_changes(project, lock), reason)
    session.flush()
    return lock


def unlock_period(session: Session, project_code: str, period_label: str, reason: str) -> PeriodLock:
    """Reopen a locked period; the reason is kept in the lock record and the audit trail."""
    reason = _reason(reason)
    project, period = period_dates(session, project_code, period_label)
    lock = _find_for_change(session, project, period)
    if lock is None or not lock.locked:
        raise ConflictError(
            _("{label} of {code} is not locked", label=PeriodName(period.label), code=project.code)
        )
    lock.locked, lock.reason, lock.changed_by = False, reason, _user(session)
    session.flush()
    add_entry(session, AuditAction.UNLOCK, "period_lock", lock.id, _audit_changes(project, lock), reason)
    session.flush()
    return lock


def locked_periods(session: Session, project_code: str, include_unlocked: bool = False) -> list[LockRow]:
    """The project's locks in date order (with `include_unlocked`, reopened periods as well)."""
    project = project_by_code(session, project_code)
    query = select(PeriodLock).where(PeriodLock.project_id == project.id)
    if not include_unlocked:
        query = query.where(PeriodLock.locked.is_(True))
    rows = session.scalars(query.order_by(PeriodLock.period_start, PeriodLock.period_end)).all()
    return [
        LockRow(
            project=project.code,
            period=r.period,
            start=r.period_start,
            end=r.period_end,
            locked=r.locked,
            reason=r.reason,
            changed_by=r.changed_by,
            changed_at=r.updated_at,
        )
        for r in rows
    ]


def ensure_unlocked(session: Session, project_id: uuid.UUID, day: date, what: str) -> None:
    """Refuse a change dated `day` when a locked period of the project contains that day."""
    lock = session.scalars(
        select(PeriodLock)
        .where(
            PeriodLock.project_id == project_id,
            PeriodLock.locked.is_(True),
            PeriodLock.period_start <= day,
            PeriodLock.period_end >= day,
        )
        .order_by(PeriodLock.period_start)
    ).first()
    if lock is not None:
        raise ConflictError(
            _(
                "{what} is in {period}, which was submitted on {updated_at} and is locked; "
                "unlock it with a reason first",
                what=what,
                period=PeriodName(lock.period),
                updated_at=lock.updated_at.date(),
            )
        )


def ensure_activity_unlocked(session: Session, activity: Activity) -> None:
    """Refuse changes to an activity (or its attendance) dated in a locked period.

    Both the activity's current date and, when it is being moved in this session, its stored date
    are checked: moving a training out of a submitted quarter would change that quarter's figures.
    """
    days = {activity.start}
    state = inspect(activity)
    if state.persistent:
        old_actual = (state.attrs.actual_start.history.deleted or [activity.actual_start])[0]
        old_planned = (state.attrs.planned_start.history.deleted or [activity.planned_start])[0]
        days.add(old_actual or old_planned)
    for day in sorted(days):
        ensure_unlocked(
            session, activity.project_id, day, _("Activity {code} ({day})", code=activity.code, day=day)
        )
