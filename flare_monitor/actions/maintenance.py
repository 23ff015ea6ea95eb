"""The database itself: its status, backups and restores, and the day's backup."""

from __future__ import annotations

from pathlib import Path

from flare_monitor.actions.base import action
from flare_monitor.db.engine import Database
from flare_monitor.services import backups, maintenance, startup
from flare_monitor.services.maintenance import DatabaseStatus

__all__ = ["DatabaseStatus"]


@action
def database_status(db: Database) -> DatabaseStatus:
    return maintenance.database_status(db)


@action
def back_up(db: Database, reason: str = "manual") -> Path:
    """A verified copy of the database file, now."""
    return backups.backup_now(db, reason or "manual")


@action
def restore(db: Database, source: Path) -> Path:
    """Replace the data by the backup `source`; returns the safety copy of the data as it was."""
    return backups.restore(db, Path(source))


@action
def daily_backup(db: Database) -> Path | None:
    """The day's backup when data changed since the last one; a failure is logged, never raised."""
    return startup.take_daily_backup(db)
