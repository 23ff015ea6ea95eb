"""Verified copies of a SQLite database, made with SQLite's online backup API."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

from flare_monitor.db.errors import DamagedDatabase, problem_class
from flare_monitor.errors import EnvironmentProblem, UserError
from flare_monitor.i18n import _
from flare_monitor.paths import create_private_file, make_private_folder, sqlite_uri

SIDE_FILES = ("-journal", "-wal", "-shm")


def recover_journal(path: Path) -> None:
    """Roll back what a writer killed mid-transaction left in the file's rollback journal (or WAL).

    SQLite does this itself the next time the file is opened for writing and read; a read-only check
    (`integrity_ok`) cannot, and fails on such a file although nothing is damaged. A file that cannot be
    opened for writing here (read-only folder, locked by another program) raises its one-line
    DatabaseProblem; a damaged one is left to the integrity check.
    """
    if not any(path.with_name(path.name + suffix).exists() for suffix in ("-journal", "-wal")):
        return
    try:
        with closing(sqlite3.connect(sqlite_uri(path, mode="rw"), uri=True, timeout=5)) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        cls = problem_class(exc)
        if cls is None or cls is DamagedDatabase:
            return
        raise cls() from None


def integrity_ok(path: Path, *, quick: bool = False) -> bool:
    """True when SQLite's integrity check passes on the file at `path`.

    `quick` runs quick_check: every page and record is read and checked, but indexes are not compared
    with their tables — enough for a page-for-page copy SQLite has just made, and ~20× faster.
    """
    pragma = "quick_check" if quick else "integrity_check"
    try:
        with closing(sqlite3.connect(sqlite_uri(path, mode="ro"), uri=True)) as conn:
            rows = conn.execute(f"PRAGMA {pragma}").fetchall()
    except sqlite3.DatabaseError:
        return False
    return rows == [("ok",)]


def backup_sqlite(source: Path, destination: Path) -> Path:
    """Copy `source` to `destination` consistently (even while in use) and check the copy.

    The copy counts only once it has been reopened and passed `integrity_check`; a failed copy is
    deleted so that it can never be mistaken for a good one.
    """
    make_private_folder(destination.parent)
    partial = destination.with_name(destination.name + ".partial")
    try:
        partial.unlink(missing_ok=True)
        create_private_file(partial)  # owner-only, like the database it copies
        with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(partial)) as dst:
            # The partial file is not live: no journal while copying, one fsync at the end.
            dst.execute("PRAGMA journal_mode=OFF")
            dst.execute("PRAGMA synchronous=OFF")
            src.backup(dst)
        _fsync(partial)
        if not integrity_ok(partial, quick=True):
            raise UserError(
                _("The backup of {source} did not pass the integrity check; it was not kept.", source=source)
            )
        partial.replace(destination)
    except sqlite3.DatabaseError as exc:  # locked, full, damaged, not a database
        partial.unlink(missing_ok=True)
        raise EnvironmentProblem(
            _(
                "Could not back up {source} to {destination}: {error}",
                source=source,
                destination=destination,
                error=exc,
            )
        ) from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return destination


def _fsync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def same_file(a: Path, b: Path) -> bool:
    """True when `a` and `b` name one file (a link, `..`, another spelling or letter case)."""
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (yet)
        return Path(os.path.abspath(a)).resolve() == Path(os.path.abspath(b)).resolve()


def restore_sqlite(backup: Path, target: Path) -> None:
    """Write the content of `backup` over the database at `target`.

    A sound target is overwritten through SQLite (one journaled transaction, which waits for and locks
    out other connections); a target SQLite cannot use (damaged, not a database, empty, missing) is
    replaced as a file by a checked copy of the backup, its stale journal files removed first.
    """
    if same_file(backup, target):
        raise UserError(
            _(
                "{backup} is the database itself; choose a backup to restore. Nothing was changed.",
                backup=backup,
            )
        )
    if not integrity_ok(backup):
        raise UserError(
            _("{backup} is not a sound FLARE Monitor database; nothing was restored.", backup=backup)
        )
    if target.exists() and target.stat().st_size > 0:
        try:
            recover_journal(target)
            sound = integrity_ok(target, quick=True)
        except UserError:
            sound = False
        if sound:
            with closing(sqlite3.connect(backup)) as src, closing(sqlite3.connect(target)) as dst:
                src.backup(dst)
            return
    _replace_file(backup, target)


def _replace_file(backup: Path, target: Path) -> None:
    temp = target.with_name(f".{target.name}.restoring")
    try:
        backup_sqlite(backup, temp)
        for suffix in SIDE_FILES:  # a journal of the old file must never be "rolled back" into the new one
            target.with_name(target.name + suffix).unlink(missing_ok=True)
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)


def keep_as_found(path: Path, destination: Path) -> Path:
    """A plain copy of a database SQLite cannot back up (damaged, half written), with its journal files."""
    make_private_folder(destination.parent)
    for suffix in ("", *SIDE_FILES):
        side = path.with_name(path.name + suffix)
        if side.exists():
            copy = destination.with_name(destination.name + suffix)
            create_private_file(copy)
            shutil.copyfile(side, copy)
    return destination


def database_key(database: Path) -> str:
    """Eight hex digits naming a database file by its full path (letter case folded where the system
    ignores it): backups carry it, so two databases named alike in two folders never share backups."""
    resolved = os.path.normcase(str(Path(os.path.abspath(database)).resolve()))
    return hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:8]


def timestamped_name(database: Path, reason: str, now: datetime | None = None) -> str:
    """A Windows-safe file name such as `flare-monitor-20241001-093000-before-0004.1a2b3c4d.db`: the
    database's name, when, why, the key of its path (`database_key`) and its own extension."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    return f"{database.stem}-{stamp}-{reason}.{database_key(database)}{database.suffix or '.db'}"


def set_aside(path: Path, now: datetime | None = None) -> Path:
    """Rename a damaged database (and its journal files) out of the way, keeping it for recovery."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
    path.replace(target)
    for suffix in ("-journal", "-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.replace(target.with_name(target.name + suffix))
    return target
