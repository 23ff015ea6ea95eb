"""Reporting periods of a project: locking what was sent to the donor, and reopening it."""

from __future__ import annotations

from dataclasses import dataclass

from flare_monitor.actions.base import action, reading, unit_of_work
from flare_monitor.db.engine import Database
from flare_monitor.services import period_locks
from flare_monitor.services.period_locks import LockRow

__all__ = ["LockChange", "LockRow"]


@dataclass(frozen=True)
class LockChange:
    project: str
    period: str
    reason: str
    lock: bool = True  # False: reopen


@action
def change_lock(db: Database, request: LockChange, *, user: str | None = None) -> str:
    """Lock or reopen the period; returns its label as the project writes it."""
    change = period_locks.lock_period if request.lock else period_locks.unlock_period
    with unit_of_work(db, user=user) as session:
        return change(session, request.project, request.period, request.reason).period


@action
def locks(db: Database, project: str) -> list[LockRow]:
    """Every lock of the project, reopened ones included, oldest period first."""
    with reading(db) as session:
        return period_locks.locked_periods(session, project, include_unlocked=True)
