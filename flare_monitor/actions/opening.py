"""Opening the database when the desktop app starts: where it is, its check, the password a server asks
for, recovering a damaged file from its newest backup, and the day's backup."""

from __future__ import annotations

from flare_monitor.db.engine import mask_url, resolve_database_url, sqlite_file, with_password
from flare_monitor.services.backups import restore
from flare_monitor.services.startup import DamagedDatabaseError, open_for_app, take_daily_backup

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
