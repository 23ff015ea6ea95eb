"""Files no output may overwrite: each open database file, its journal files, and the backups.

A report, package, export, dump or backup aimed at the live database (or a link to it, or another
spelling of its path) would replace it with no backup. Every writer of user files asks
`refuse_protected(path)` first. Plain pathlib and os: no SQLAlchemy, no Qt.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from flare_monitor import paths
from flare_monitor.errors import UserError
from flare_monitor.i18n import _

SIDE_SUFFIXES = ("-journal", "-wal", "-shm")

_lock = threading.Lock()
_open: dict[Path, int] = {}  # resolved database file → how many Database objects have it open


class ProtectedFileError(UserError):
    """An output was aimed at a database file, one of its journal files or a backup; nothing was written."""


def _resolved(path: Path) -> Path:
    return Path(os.path.abspath(Path(path).expanduser())).resolve()


def protect(database: Path) -> None:
    key = _resolved(database)
    with _lock:
        _open[key] = _open.get(key, 0) + 1


def release(database: Path) -> None:
    key = _resolved(database)
    with _lock:
        if _open.get(key, 0) <= 1:
            _open.pop(key, None)
        else:
            _open[key] -= 1


def _same(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)  # hard links, letter case on Windows, 8.3 names
    except OSError:
        return False


def refuse_protected(path: Path) -> None:
    """Raise ProtectedFileError when writing `path` would overwrite an open database, its journal or WAL,
    or a backup."""
    target = _resolved(path)
    with _lock:
        databases = list(_open)
    for database in databases:
        if target == database or _same(path, database):
            raise ProtectedFileError(
                _(
                    "{path} is the database FLARE Monitor is using; choose another file name. "
                    "Nothing was written.",
                    path=path,
                )
            )
        if any(target == database.with_name(database.name + suffix) for suffix in SIDE_SUFFIXES):
            raise ProtectedFileError(
                _(
                    "{path} is a working file of the database {name}; choose another file name. "
                    "Nothing was written.",
                    path=path,
                    name=database.name,
                )
            )
    folder = _resolved(paths.backups_dir())
    if target.parent == folder and target.exists():
        raise ProtectedFileError(
            _("{path} is a backup of the database; choose another file name. Nothing was written.", path=path)
        )
