"""Logging to a rotating file in the per-user logs folder (a windowed build has no console).

The log is owner-only (0600 in a 0700 folder on POSIX; the per-user folder on Windows already is),
never carries the text of a database driver's error (it may quote a statement's values: names, phones)
and never writes "--- Logging error ---" tracebacks to stderr when its disk is full.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sqlite3
import sys
import traceback

from flare_monitor import paths


def _is_driver_error(exc: BaseException) -> bool:
    """A database driver's error (raw or wrapped by SQLAlchemy), whose text may quote values."""
    if isinstance(exc, sqlite3.Error) or type(exc).__module__.startswith("psycopg"):
        return True
    sqlalchemy_exc = sys.modules.get("sqlalchemy.exc")
    return sqlalchemy_exc is not None and isinstance(exc, sqlalchemy_exc.StatementError)


def _scrub(shown: traceback.TracebackException | None, exc: BaseException | None, seen: set[int]) -> None:
    if shown is None or exc is None or id(shown) in seen:
        return
    seen.add(id(shown))
    if _is_driver_error(exc):
        from flare_monitor.db.errors import describe

        shown._str = describe(exc)  # the class, code and statement; never the driver's text or values
    _scrub(shown.__cause__, exc.__cause__, seen)
    _scrub(shown.__context__, exc.__context__, seen)


def safe_traceback(exc: BaseException) -> str:
    """The traceback of `exc` for a log, a console or an error dialog, without the text of any database
    driver error in it (the class, code and statement stay; the values never)."""
    shown = traceback.TracebackException.from_exception(exc)
    _scrub(shown, exc, set())
    return "".join(shown.format())


class SafeFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        if record.exc_info:
            record.exc_text = None  # another handler's formatter may have cached the unsafe text
        return super().format(record)

    def formatException(self, ei) -> str:  # noqa: N802 (logging's name)
        exc = ei[1]
        if exc is None:
            return super().formatException(ei)
        return safe_traceback(exc).rstrip("\n")


class OwnerOnlyRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Creates its files owner-only, and stays silent when it cannot write (a full disk)."""

    def _open(self):
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return os.fdopen(fd, self.mode, encoding=self.encoding, errors=self.errors)

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        """A log that cannot be written (disk full, removed folder) must not flood stderr with tracebacks."""
        self.failures = getattr(self, "failures", 0) + 1


def setup_logging(verbose: bool = False) -> None:
    root = logging.getLogger()
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    try:
        folder = paths.logs_dir()
        paths.make_private_folder(folder)
        handler = OwnerOnlyRotatingFileHandler(
            folder / "flare-monitor.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:  # a read-only profile must not stop the app; log nowhere rather than crash
        return
    handler.setFormatter(SafeFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)


def print_safe_traceback(exc: BaseException, stream=None) -> None:
    """What an uncaught exception prints on the console, without database values."""
    (stream or sys.stderr).write(safe_traceback(exc))
