"""Locking reporting periods once their report is submitted to the donor.

A locked period freezes what fed its report: its activities and their attendance, the indicator values
and targets, narratives and country submissions dated in it. The freezing itself is done by one guard
that every write passes (db/period_guard.py), not here and not by each service. Locking:

- asks for confirmation (`confirmed`) when the period is the whole life of the project or has not ended;
- requires the period's data-quality findings to be fixed or acknowledged with a reason (`acknowledge`);
- stores the period's figures as submitted (indicators/submitted.py), which the engine gives from then
  on, so that a register correction the lock lets through changes no submitted figure.

Unlocking needs a reason, and both locking and unlocking leave an explicit audit entry (AuditAction.LOCK
/ UNLOCK with the reason as comment) next to the automatic row-change entries, so "who reopened Q3 and
why" has one clear answer.

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
from flare_monitor.db.period_guard import Place, active_locks, refusal
from flare_monitor.errors import ConflictError, NeedsConfirmation, OpenFindings, ValidationError
from flare_monitor.i18n import Message, PeriodName, _, ngettext
from flare_monitor.indicators.engine import figures_by_country, period_dates, project_by_code
from flare_monitor.indicators.periods import Period
from flare_monitor.indicators.submitted import store_figures, store_trained, trained_tables
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


def unusual(period: Period, today: date | None = None) -> Message | None:
    """Why locking this period is unusual (and asked for twice), or None."""
    today = today or date.today()
    if period.kind == "lop":
        return _(
            "{period} is the whole life of the project ({start} to {end}): locking it freezes every "
            "activity, attendance record, value and target of every period; lock the quarter that was "
            "reported instead",
            period=PeriodName(period.label),
            start=period.start,
            end=period.end,
        )
    if period.end >= today:
        return _(
            "{period} has not ended yet (it ends on {end}): activities and attendance of its remaining days "
            "could no longer be recorded",
            period=PeriodName(period.label),
            end=period.end,
        )
    return None


def open_findings(session: Session, project_code: str, period_label: str) -> list:
    """The data-quality findings a lock must see fixed or acknowledged (drift is not one: it appears only
    once the period is locked)."""
    from flare_monitor.indicators.quality import quality_findings

    return [f for f in quality_findings(session, project_code, period_label) if f.rule != "period_drift"]


def lock_period(
    session: Session,
    project_code: str,
    period_label: str,
    reason: str,
    *,
    acknowledge: str | None = None,
    confirmed: bool = False,
    today: date | None = None,
) -> PeriodLock:
    """Mark a period submitted: its values, targets and attendance can no longer be changed, and its
    figures are kept as submitted.

    Refused (NeedsConfirmation) for the LOP or a period that has not ended unless `confirmed`, and
    (OpenFindings) while data-quality findings are open, unless `acknowledge` gives the reason they stand.
    """
    reason = _reason(reason)
    project, period = period_dates(session, project_code, period_label)
    why = unusual(period, today)
    if why and not confirmed:
        raise NeedsConfirmation(_("{why}. Lock it anyway?", why=why), why)
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
    findings = open_findings(session, project.code, period.label)
    acknowledged = " ".join(str(acknowledge or "").split())
    if findings and not acknowledged:
        errors = sum(f.severity == "error" for f in findings)
        raise OpenFindings(
            _(
                "{period} of {code} has {errors} and {warnings} open (first: {first}); fix them, or "
                "acknowledge them with a reason",
                period=PeriodName(period.label),
                code=project.code,
                errors=ngettext("{count} error", "{count} errors", errors),
                warnings=ngettext("{count} warning", "{count} warnings", len(findings) - errors),
                first=findings[0].message,
            ),
            findings,
        )
    reports = figures_by_country(session, project.code, period, include_total=True, submitted=False)
    trained = trained_tables(session, project, period)
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
    stored = store_figures(session, lock, reports) + store_trained(session, lock, trained)
    changes = _audit_changes(project, lock) | {"figures_stored": stored}
    if findings:
        changes["acknowledged"] = {
            "reason": acknowledged[:_REASON_MAX],
            "findings": [f"{f.severity}: {f.message}" for f in findings],
        }
    add_entry(session, AuditAction.LOCK, "period_lock", lock.id, changes, reason)
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


def lock_holding(session: Session, project_id: uuid.UUID, day: date, last: date | None = None):
    """The lock whose period holds `day` for this project (None: open), for previews and forms; `last` is
    an activity's end date, which places it where a counting rule of the project uses the end. Writes are
    refused by the guard (db/period_guard.py) whatever a preview said."""
    place = Place(project_id, day, day, last=last)
    return next((lock for lock in active_locks(session) if lock.holds(place)), None)


def ensure_unlocked(
    session: Session, project_id: uuid.UUID, day: date, what: str, last: date | None = None
) -> None:
    """Tell ahead (a form, an import preview) that a change dated `day` (an activity ending on `last`)
    would be refused."""
    lock = lock_holding(session, project_id, day, last)
    if lock is not None:
        raise refusal(what, lock)


def ensure_activity_unlocked(session: Session, activity: Activity) -> None:
    """Tell ahead that changes to an activity (or its attendance) dated in a locked period would be refused.

    Both the activity's current dates and, when it is being moved in this session, its stored dates
    are checked: moving a training out of a submitted quarter would change that quarter's figures. An
    activity is dated by its start, and by its end too where a counting rule of the project uses the end.
    """
    spans = {(activity.start, activity.end)}
    state = inspect(activity)
    if state.persistent:

        def stored(name: str):
            return (state.attrs[name].history.deleted or [getattr(activity, name)])[0]

        spans.add(
            (stored("actual_start") or stored("planned_start"), stored("actual_end") or stored("planned_end"))
        )
    for day, last in sorted(spans, key=lambda span: (span[0] or date.min, span[1] or date.min)):
        if day is None:
            continue
        what = _("Activity {code} ({day})", code=activity.code, day=day)
        ensure_unlocked(session, activity.project_id, day, what, last)
