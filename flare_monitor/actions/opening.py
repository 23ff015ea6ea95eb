"""Opening the database when the desktop app starts: where it is, its check, the password a server asks
for, recovering a damaged file from its newest backup, and the day's backup."""

from __future__ import annotations

from flare_monitor.db.engine import mask_url, resolve_database_url, sqlite_file, with_password
from flare_monitor.services import backups, startup
from flare_monitor.services.startup import DamagedDatabaseError

__all__ = [
    "DamagedDatabaseError",
    "mask_url",
    "open_for_app",
    "resolve_database_url",
    "restore",
    "sqlite_file",
    "take_daily_backup",
    "with_password",
]


def open_for_app(db_arg, **options):
    """Check, migrate and open the database the app was started with (services.startup)."""
    return startup.open_for_app(db_arg, **options)


def take_daily_backup(db, **_worker):
    """The day's backup when data changed; a failure is logged, never raised."""
    return startup.take_daily_backup(db)


def restore(db, source):
    """Replace the data by the backup `source` (a damaged file's newest sound backup)."""
    return backups.restore(db, source)
