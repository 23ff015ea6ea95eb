"""Verified backups of the SQLite database: on demand, daily when data changed, before risky work;
kept by a rotation policy; restored only after the current data has itself been backed up."""

from __future__ import annotations

import hashlib
import json
import logging
import re
import sqlite3
import time
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from flare_monitor import paths
from flare_monitor.db import migrate
from flare_monitor.db.backup import (
    backup_sqlite,
    database_key,
    integrity_ok,
    keep_as_found,
    restore_sqlite,
    same_file,
    timestamped_name,
)
from flare_monitor.db.engine import Database
from flare_monitor.db.protected import refuse_protected
from flare_monitor.errors import DatabaseTooNewError, EnvironmentProblem, UserError
from flare_monitor.i18n import _
from flare_monitor.services.maintenance import SERVER_BACKUPS

log = logging.getLogger(__name__)

DAILY = "daily"
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z0-9-]+?)(?:\.(?P<key>[0-9a-f]{8}))?"
    r"(?P<suffix>\.[A-Za-z0-9]+)$"
)
_NOT_BACKUPS = {".json", ".partial", ".tmp", ".restoring"}
_SUMMARY_TABLES = ("project", "activity", "participant", "attendance", "indicator_value")


@dataclass(frozen=True)
class RotationPolicy:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12
    event_backups: int = 20  # before-migration, before-restore, before-merge, before-load


@dataclass(frozen=True)
class BackupFile:
    path: Path
    created: datetime
    reason: str

    @property
    def automatic(self) -> bool:
        return self.reason == DAILY


class ServerBackupsError(UserError):
    """File backups were asked of a server database, whose backups the server makes."""


def _file_of(db: Database) -> Path:
    if db.file is None:
        raise ServerBackupsError(SERVER_BACKUPS)
    return db.file


def backup_now(
    db: Database,
    reason: str = "manual",
    out: Path | None = None,
    now: datetime | None = None,
    folder: Path | None = None,
) -> Path:
    """Make a verified backup; returns its path."""
    source = _file_of(db)
    if out is not None:
        refuse_protected(out)
    target = out or (folder or paths.backups_dir()) / timestamped_name(source, reason, now)
    if target.exists():
        raise UserError(_("{target} already exists; choose another file name.", target=target))
    try:
        path = backup_sqlite(source, target)
    except OSError as exc:
        raise EnvironmentProblem(
            _("Could not write the backup {target}: {reason}", target=target, reason=exc.strerror or exc)
        ) from exc
    _remember(source, folder or paths.backups_dir(), now)
    log.info("Backup of %s written to %s (%s)", source, path, reason)
    return path


def list_backups(folder: Path | None = None, database: Path | None = None) -> list[BackupFile]:
    """Backups in the folder, newest first (optionally only those of one database file).

    A backup belongs to the database whose path its name's key names (`database_key`). A backup made
    by an earlier version (no key) belongs to a database of the same name and extension holding the
    same database id; whatever its extension (.db, .sqlite…), a database's backups are found."""
    folder = folder or paths.backups_dir()
    key = database_key(database) if database is not None else None
    own_id: list[str | None] = []  # read once, only when an earlier version's backup is met
    found = []
    for path in folder.iterdir() if folder.is_dir() else []:
        match = _NAME.match(path.name)
        if not match or match["suffix"].lower() in _NOT_BACKUPS or not path.is_file():
            continue
        if database is not None and match["key"] != key:
            if match["key"] is not None or match["stem"] != database.stem:
                continue
            if match["suffix"] != (database.suffix or ".db"):
                continue
            if not own_id:
                own_id.append(stored_database_id(database))
            if own_id[0] is None or stored_database_id(path) != own_id[0]:
                continue
        found.append(BackupFile(path, datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S"), match["reason"]))
    return sorted(found, key=lambda b: b.created, reverse=True)


def stored_database_id(path: Path) -> str | None:
    """The database id kept in a database file (exchange identity), or None (none yet, unreadable)."""
    try:
        with closing(sqlite3.connect(paths.sqlite_uri(path, mode="ro"), uri=True)) as conn:
            row = conn.execute("SELECT value FROM setting WHERE key = 'database_id'").fetchone()
    except sqlite3.Error:
        return None
    try:
        return str(json.loads(row[0])) if row and row[0] else None
    except (TypeError, ValueError):
        return None


def backups_to_keep(
    backups: list[BackupFile], now: datetime, policy: RotationPolicy = RotationPolicy()
) -> set[Path]:
    """Grandfather-father-son: the newest daily backup of each of the last N days, weeks and months."""
    keep: set[Path] = set()
    daily = sorted((b for b in backups if b.automatic), key=lambda b: b.created, reverse=True)
    buckets = [
        (policy.daily, lambda d: d.date()),
        (policy.weekly, lambda d: tuple(d.isocalendar())[:2]),
        (policy.monthly, lambda d: (d.year, d.month)),
    ]
    for count, bucket_of in buckets:
        seen: list = []
        for backup in daily:
            bucket = bucket_of(backup.created)
            if bucket in seen:
                continue
            if len(seen) == count:
                break
            seen.append(bucket)
            keep.add(backup.path)
    events = sorted(
        (b for b in backups if not b.automatic and b.reason != "manual"),
        key=lambda b: b.created,
        reverse=True,
    )
    keep.update(b.path for b in events[: policy.event_backups])
    keep.update(b.path for b in backups if b.reason == "manual")
    keep.update(b.path for b in backups if b.created > now)  # clocks change; never delete "future" ones
    return keep


def rotate(
    folder: Path | None = None,
    database: Path | None = None,
    now: datetime | None = None,
    policy: RotationPolicy = RotationPolicy(),
) -> list[Path]:
    backups = list_backups(folder, database)
    keep = backups_to_keep(backups, now or datetime.now(), policy)
    removed = []
    for backup in backups:
        if backup.path not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def _fingerprint(database: Path) -> list:
    """SQLite's file change counter (header bytes 24–27) with size and mtime: changes on every commit."""
    with database.open("rb") as handle:
        header = handle.read(100)
    stat = database.stat()
    return [int.from_bytes(header[24:28], "big") if len(header) >= 28 else 0, stat.st_size, stat.st_mtime_ns]


def _state_file(folder: Path, database: Path) -> Path:
    key = hashlib.sha256(str(database.resolve()).encode()).hexdigest()[:16]
    return folder / f".last-backup-{key}.json"


def _remember(database: Path, folder: Path, now: datetime | None) -> None:
    state = {
        "database": str(database),
        "fingerprint": _fingerprint(database),
        "at": (now or datetime.now()).isoformat(timespec="seconds"),
    }
    folder.mkdir(parents=True, exist_ok=True)
    _state_file(folder, database).write_text(json.dumps(state), encoding="utf-8")


STALE_PARTIAL_SECONDS = 10 * 60


def remove_stale_partials(folder: Path, now: float | None = None) -> list[Path]:
    """Delete what a backup killed midway left (`*.partial`, as large as the database); one written to in
    the last ten minutes may belong to a backup still running in another window, and is kept."""
    removed = []
    moment = time.time() if now is None else now
    for path in folder.glob("*.partial") if folder.is_dir() else []:
        try:
            if moment - path.stat().st_mtime > STALE_PARTIAL_SECONDS:
                path.unlink()
                removed.append(path)
        except OSError:  # gone meanwhile, or held open by the backup still writing it (Windows)
            continue
    if removed:
        log.info("Removed %d unfinished backup file(s) left by an interrupted backup", len(removed))
    return removed


def auto_backup_if_due(
    db: Database,
    now: datetime | None = None,
    folder: Path | None = None,
    policy: RotationPolicy = RotationPolicy(),
) -> Path | None:
    """On the first start of a day, back up when the data changed since the last backup; then rotate."""
    if db.file is None or not db.file.exists():
        return None
    now = now or datetime.now()
    folder = folder or paths.backups_dir()
    remove_stale_partials(folder)
    state_path = _state_file(folder, db.file)
    try:
        state = json.loads(state_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        state = {}
    if state.get("fingerprint") == _fingerprint(db.file):
        return None  # nothing changed since the last backup
    if any(b.automatic and b.created.date() == now.date() for b in list_backups(folder, db.file)):
        return None  # today's daily backup exists; the first start of the next day takes the next one
    path = backup_now(db, DAILY, now=now, folder=folder)
    rotate(folder, db.file, now, policy)
    return path


@dataclass(frozen=True)
class BackupSummary:
    path: Path
    created: datetime | None
    revision: str | None
    counts: dict[str, int]

    def describe(self) -> str:
        parts = ", ".join(f"{n} {t.replace('_', ' ')}s" for t, n in self.counts.items())
        when = self.created.strftime("%Y-%m-%d %H:%M") if self.created else "unknown date"
        return f"{self.path.name} ({when}): {parts}"


def summarize(path: Path) -> BackupSummary:
    """What a backup holds, read without changing it."""
    match = _NAME.match(path.name)
    created = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S") if match else None
    try:
        with closing(sqlite3.connect(paths.sqlite_uri(path, mode="ro"), uri=True)) as conn:
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in _SUMMARY_TABLES}
    except sqlite3.DatabaseError as exc:
        raise UserError(_("{path} is not a FLARE Monitor database: {error}", path=path, error=exc)) from exc
    return BackupSummary(path, created, revision[0] if revision else None, counts)


def restore(db: Database, source: Path, folder: Path | None = None) -> Path | None:
    """Replace the current data by `source` after checking it and keeping the current data.

    Works whatever state the current file is in: a sound one is backed up (verified) first; one SQLite
    cannot back up (damaged, half migrated by an older version, not a database) is kept as a plain copy;
    an empty or missing one needs no copy (None is returned then)."""
    target = _file_of(db)
    source = Path(source)
    if not source.exists():
        raise UserError(_("{source} does not exist.", source=source))
    if same_file(source, target):
        raise UserError(
            _(
                "{source} is the database itself; choose a backup to restore. Nothing was changed.",
                source=source,
            )
        )
    if not integrity_ok(source):
        raise UserError(_("{source} is damaged or not a database; nothing was restored.", source=source))
    summary = summarize(source)
    if summary.revision is None:
        raise UserError(_("{source} is not a FLARE Monitor database; nothing was restored.", source=source))
    if not migrate.is_known_revision(summary.revision):
        raise DatabaseTooNewError(
            _(
                "{source} was written by a newer version of FLARE Monitor (schema {revision}); "
                "install that version to restore it. Nothing was changed.",
                source=source,
                revision=summary.revision,
            )
        )
    safety = _keep_current(db, target, folder)
    db.engine.dispose()
    restore_sqlite(source, target)
    migrate.upgrade(db, backup_dir=folder)
    log.info("Restored %s from %s; previous data kept in %s", target, source, safety)
    return safety


def _keep_current(db: Database, target: Path, folder: Path | None) -> Path | None:
    if not target.exists() or target.stat().st_size == 0:
        return None
    try:
        return backup_now(db, "before-restore", folder=folder)
    except UserError as exc:  # SQLite cannot read it: keep the file as it is instead
        copy = (folder or paths.backups_dir()) / timestamped_name(target, "before-restore-as-found")
        log.warning("The database could not be backed up before the restore (%s); copied as %s", exc, copy)
        db.engine.dispose()
        return keep_as_found(target, copy)


def newest_verified_backup(database: Path, folder: Path | None = None) -> BackupSummary | None:
    for backup in list_backups(folder, database):
        if integrity_ok(backup.path):
            return summarize(backup.path)
    return None
