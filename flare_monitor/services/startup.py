"""Opening the database when the desktop app starts: quick check, set aside if damaged, daily backup."""

from __future__ import annotations

import logging
from pathlib import Path

from flare_monitor.db.backup import integrity_ok, recover_journal, set_aside
from flare_monitor.db.engine import (
    Database,
    connection_problem,
    is_server_url,
    make_engine,
    resolve_database_url,
    server_address,
    sqlite_file,
)
from flare_monitor.db.migrate import check_revision, open_database
from flare_monitor.errors import UserError
from flare_monitor.i18n import Message, _
from flare_monitor.services.backups import BackupSummary, auto_backup_if_due, newest_verified_backup

log = logging.getLogger(__name__)


class DamagedDatabaseError(UserError):
    """The database failed its check and was set aside; `backup` is the newest verified backup, if any."""

    def __init__(self, original: Path, moved_to: Path, backup: BackupSummary | None):
        offer = (
            f" The newest verified backup is {backup.describe()}."
            if backup
            else " No verified backup was found."
        )
        super().__init__(f"The database {original} is damaged. It was kept as {moved_to}.{offer}")
        self.original = original
        self.moved_to = moved_to
        self.backup = backup


def check_file(path: Path, backups_folder: Path | None = None) -> None:
    """Raise DamagedDatabaseError (after setting the file aside) when `path` fails SQLite's quick check.

    A journal left by a crash is rolled back first: only a file that still fails the check is damaged."""
    if not path.exists() or path.stat().st_size == 0:
        return
    recover_journal(path)
    if integrity_ok(path, quick=True):
        return
    moved = set_aside(path)
    log.error("Database %s failed its check; set aside as %s", path, moved)
    raise DamagedDatabaseError(path, moved, newest_verified_backup(path, backups_folder))


def open_for_app(
    db_arg: str | None,
    backups_folder: Path | None = None,
    *,
    check: bool = True,
    daily_backup: bool = True,
) -> Database:
    """The desktop app's way in: check, migrate, and take the day's backup when data changed.

    The window passes check=False when it ran the quick check itself (beside its imports) and found the
    file sound, and daily_backup=False to take the backup once it has painted (`take_daily_backup`).
    """
    file = sqlite_file(resolve_database_url(db_arg))
    if check and file is not None:
        check_file(file, backups_folder)
    db = open_database(db_arg, backup_dir=backups_folder)
    if daily_backup:
        take_daily_backup(db, backups_folder)
    return db


def take_daily_backup(db: Database, backups_folder: Path | None = None) -> Path | None:
    """The day's backup when data changed; a failure is logged, never raised."""
    try:
        return auto_backup_if_due(db, folder=backups_folder)
    except UserError as exc:  # a failed backup must not keep the officer out of their data
        log.warning("Daily backup skipped: %s", exc)
        return None


def try_server(url: str) -> Message:
    """Connect to a server database without changing it; say what the app would find there.

    Raises ServerConnectionError (unreachable, refused, no such database) or DatabaseTooNewError."""
    if not is_server_url(url):
        raise UserError(_("Give the address of a PostgreSQL server."))
    db = Database(url, make_engine(url))
    try:
        try:
            with db.engine.connect() as conn:
                server = conn.exec_driver_sql("SHOW server_version").scalar()
        except Exception as exc:
            raise connection_problem(url, exc) from exc
        revision = check_revision(db)
    finally:
        db.dispose()
    found = (
        _("FLARE Monitor data (schema {revision})", revision=revision)
        if revision
        else _("no data yet: FLARE Monitor will create its tables at the next start")
    )
    return _("Connected to PostgreSQL {version}, {address}: {found}.", version=str(server),
             address=server_address(url), found=found)  # fmt: skip
