"""Reporting periods of a project: each country's submission and its review, locking what was sent to the
donor (and reopening it), and how a locked period's figures drifted since."""

from __future__ import annotations

from dataclasses import dataclass

from flare_monitor.actions.base import action, reading, unit_of_work
from flare_monitor.db.engine import Database
from flare_monitor.indicators.engine import figures_by_country, period_dates
from flare_monitor.indicators.submitted import Drift, drift_causes, drift_rows, lock_of
from flare_monitor.services import period_locks, submissions
from flare_monitor.services.period_locks import LockRow
from flare_monitor.services.submissions import CountryStatus, PeriodState

__all__ = [
    "CountryStatus",
    "Drift",
    "LockChange",
    "LockRow",
    "PeriodQuery",
    "PeriodState",
    "SubmissionChange",
]


@dataclass(frozen=True)
class LockChange:
    project: str
    period: str
    reason: str
    lock: bool = True  # False: reopen
    acknowledge: str | None = None  # why the open data-quality findings stand (needed when there are some)
    confirmed: bool = False  # lock the LOP or a period that has not ended


@dataclass(frozen=True)
class PeriodQuery:
    project: str
    period: str


@dataclass(frozen=True)
class SubmissionChange:
    """A country's submission of a period: submitted (with a note), returned (with a comment) or approved.
    `expected` is the status the user saw (a colleague's change meanwhile is refused)."""

    project: str
    period: str
    country: str
    step: str  # "submit", "return" or "approve"
    text: str | None = None
    expected: str | None = None


@action
def change_lock(db: Database, request: LockChange, *, user: str | None = None) -> str:
    """Lock or reopen the period; returns its label as the project writes it."""
    with unit_of_work(db, user=user) as session:
        if request.lock:
            lock = period_locks.lock_period(
                session,
                request.project,
                request.period,
                request.reason,
                acknowledge=request.acknowledge,
                confirmed=request.confirmed,
            )
        else:
            lock = period_locks.unlock_period(session, request.project, request.period, request.reason)
        return lock.period


@action
def locks(db: Database, project: str) -> list[LockRow]:
    """Every lock of the project, reopened ones included, oldest period first."""
    with reading(db) as session:
        return period_locks.locked_periods(session, project, include_unlocked=True)


@action
def period_state(db: Database, query: PeriodQuery) -> PeriodState:
    """Whether the period is locked, and each country's submission of it."""
    with reading(db) as session:
        return submissions.period_state(session, query.project, query.period)


_STEPS = {
    "submit": submissions.submit,
    "return": submissions.return_submission,
    "approve": submissions.approve,
}


@action
def change_submission(db: Database, request: SubmissionChange, *, user: str | None = None) -> CountryStatus:
    step = _STEPS.get(request.step)
    if step is None:
        raise ValueError(f"unknown step {request.step!r}")
    with unit_of_work(db, user=user) as session:
        return step(
            session, request.project, request.period, request.country, request.text, expected=request.expected
        )


@action
def drift(db: Database, query: PeriodQuery) -> Drift:
    """A locked period's figures as submitted against today's, with the causes of each difference."""
    with reading(db) as session:
        project, period = period_dates(session, query.project, query.period)
        lock = lock_of(session, project, period)
        if lock is None:
            return Drift(project.code, period.label, locked=False)
        reports = figures_by_country(session, project.code, period, include_total=True)
        return Drift(
            project.code,
            lock.period,
            locked=True,
            locked_by=lock.changed_by,
            locked_at=lock.updated_at,
            rows=drift_rows(reports),
            causes=drift_causes(session, lock),
        )
