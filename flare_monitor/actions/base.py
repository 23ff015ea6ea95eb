"""What every action shares: the unit of work, and one user-facing form of any error."""

from __future__ import annotations

import errno
import functools
import inspect
import logging
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from flare_monitor.db.engine import Database
from flare_monitor.db.errors import DatabaseProblem, DiskFull, classify, describe
from flare_monitor.errors import EnvironmentProblem, UserError
from flare_monitor.i18n import _

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def no_progress(_done: int, _total: int = 0) -> None:
    pass


def never_cancelled() -> bool:
    return False


# Every action, by "module.name": the desktop app and the command line reach the data only through these.
REGISTRY: dict[str, Callable] = {}
_CALLER_KEYWORDS = ("user", "progress", "cancelled")


def action(fn: Callable) -> Callable:
    """Declare `fn(db, request, ...)` an action. Callers always pass `db`, the request and any of the
    keywords `user`, `progress`, `cancelled`; the action receives those keywords it declares."""
    declared = set(inspect.signature(fn).parameters)
    takes_request = len([p for p in inspect.signature(fn).parameters if p not in _CALLER_KEYWORDS]) > 1

    @functools.wraps(fn)
    def call(
        db: Database,
        request=None,
        *,
        user: str | None = None,
        progress: Progress = no_progress,
        cancelled: Cancelled = never_cancelled,
    ):
        given = {"user": user, "progress": progress, "cancelled": cancelled}
        keywords = {key: value for key, value in given.items() if key in declared}
        return fn(db, request, **keywords) if takes_request else fn(db, **keywords)

    name = f"{fn.__module__.removeprefix('flare_monitor.actions.')}.{fn.__name__}"
    REGISTRY[name] = call
    call.action_name = name
    return call


_captured: ContextVar[list | None] = ContextVar("captured_changes", default=None)


@contextmanager
def capture_changes() -> Iterator[list[uuid.UUID]]:
    """Collect the audit entries the units of work inside write (committed ones only): what an undo of
    the action reverses."""
    ids: list[uuid.UUID] = []
    token = _captured.set(ids)
    try:
        yield ids
    finally:
        _captured.reset(token)


@contextmanager
def unit_of_work(db: Database, *, user: str | None = None, audit: bool = True) -> Iterator[Session]:
    """One transaction for one user action: committed once at the end, rolled back on any error.

    The audit trail names `user` (the signed-in officer; the operating-system user when None).
    """
    with db.session(audit=audit, user=user) as session:
        yield session
        ids = list(session.info.get("audit_ids", ()))
    captured = _captured.get()
    if captured is not None:  # committed: the entries exist
        captured.extend(ids)


@contextmanager
def reading(db: Database) -> Iterator[Session]:
    """A read-only unit of work (no audit entries; nothing to commit)."""
    with db.session(audit=False) as session:
        yield session


def set_session_guard(guard: Callable[[], None] | None) -> None:
    """Install (or remove, with None) the check the desktop app runs before every session opens."""
    Database.session_guard = guard


def user_facing(exc: BaseException) -> UserError | None:
    """The one-line error to show for `exc`, or None when it is a bug (which keeps its traceback).

    The command line and the app both call this, so a locked, full, read-only or damaged database, or a
    lost server, reads the same in both.
    """
    if isinstance(exc, UserError):
        return exc
    if isinstance(exc, DBAPIError | sqlite3.Error):
        problem = classify(exc)
        if problem is None:
            log.error("unclassified database error: %s", describe(exc))
            return None
        return problem
    if isinstance(exc, MemoryError):
        return EnvironmentProblem(_("The computer ran out of memory; nothing was changed."))
    if isinstance(exc, OSError):
        return _os_problem(exc)
    return None


def _os_problem(exc: OSError) -> EnvironmentProblem:
    if exc.errno == errno.ENOSPC:
        return DiskFull()
    where = exc.filename
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        if where:
            return EnvironmentProblem(
                _("Access refused ({path}): the file or folder is read-only or in use.", path=str(where))
            )
        return EnvironmentProblem(_("Access refused: the file or folder is read-only or in use."))
    if isinstance(exc, FileNotFoundError):
        if where:
            return EnvironmentProblem(_("No such file or folder ({path}).", path=str(where)))
        return EnvironmentProblem(_("No such file or folder."))
    # The system's own words for the error (in the system's language), and the file it concerns.
    reason = exc.strerror or exc.__class__.__name__
    if where:
        return EnvironmentProblem(_("{reason} ({path}).", reason=reason, path=str(where)))
    return EnvironmentProblem(_("{reason}.", reason=reason))


__all__ = [
    "DatabaseProblem",
    "reading",
    "unit_of_work",
    "user_facing",
]
