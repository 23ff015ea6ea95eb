"""Engine and session setup: one place that knows how to open a database, SQLite or PostgreSQL."""

from __future__ import annotations

import logging
import re
import sqlite3
import urllib.parse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from flare_monitor import APP_NAME, paths
from flare_monitor.db import audit_hook, chunked_fetch, period_guard, protected
from flare_monitor.db.errors import classify
from flare_monitor.db.urls import POSTGRES_DRIVER, normalize_url, resolve_database_url  # noqa: F401
from flare_monitor.errors import ServerConnectionError, UserError
from flare_monitor.i18n import _

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_SECONDS = 10
# How long a write waits for another program's write to finish before it reports the database busy.
BUSY_TIMEOUT_MS = 5000


def _parsed(url: str) -> URL | None:
    try:
        return make_url(url)
    except (ArgumentError, ValueError):  # ValueError: a port that is not a number, an unclosed "["
        return None


def parse_url(url: str) -> URL:
    """The parsed URL, or a UserError an officer can act on (never a traceback, never the password)."""
    parsed = _parsed(url)
    if parsed is None:
        raise UserError(
            _(
                "{mask_url} is not a valid database address: write it as "
                "postgresql://user@server:5432/database (the port is a number), or give a file "
                "path.",
                mask_url=mask_url(url),
            )
        )
    return parsed


def mask_url(url: str) -> str:
    """The URL fit for screens and logs: never a password (in the address or as `?password=`)."""
    parsed = _parsed(url)
    if parsed is None:
        # Unparseable: still never show what may follow "user:" before "@".
        masked = re.sub(r"(://[^:/@]*):[^@]*@", r"\1:***@", url)
        return masked.replace(f"{POSTGRES_DRIVER}://", "postgresql://", 1)
    if "password" in parsed.query:
        parsed = parsed.difference_update_query(["password"])
    return parsed.render_as_string(hide_password=True).replace(f"{POSTGRES_DRIVER}://", "postgresql://", 1)


def is_server_url(url: str) -> bool:
    parsed = _parsed(url)
    return parsed is not None and parsed.get_backend_name() == "postgresql"


def sqlite_file(url: str) -> Path | None:
    """The database file of a SQLite URL, or None for a server database or an in-memory one."""
    parsed = parse_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    if _is_uri(parsed):  # sqlite:///file:/path/x.db?mode=ro&uri=true names /path/x.db
        path = urllib.parse.unquote(urllib.parse.urlsplit(parsed.database).path)
        if re.match(r"^/[A-Za-z]:", path):  # file:///C:/… on Windows
            path = path[1:]
        return Path(path) if path else None
    return Path(parsed.database)


def _is_uri(parsed: URL) -> bool:
    return str(parsed.query.get("uri", "")).lower() in ("true", "1") and parsed.database.startswith("file:")


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_MS)}")  # first: the other pragmas wait too
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def _sqlite_connect_args() -> dict:
    return {"factory": chunked_fetch.SqliteConnection}


def _server_connect_args(parsed: URL) -> dict:
    """Defaults the URL may override: give up on an unreachable server, name the app in pg_stat_activity."""
    defaults = {"connect_timeout": CONNECT_TIMEOUT_SECONDS, "application_name": APP_NAME}
    args = {key: value for key, value in defaults.items() if key not in parsed.query}
    if parsed.drivername == POSTGRES_DRIVER:
        args["cursor_factory"] = chunked_fetch.postgres_cursor_factory()
    return args


def make_engine(url: str) -> Engine:
    file = sqlite_file(url)
    if file is not None and not _is_uri(make_url(url)):  # a URI (mode=ro…) is opened as given
        try:
            if not file.parent.exists():
                paths.make_private_folder(file.parent)
            if not file.exists():  # SQLite would create it readable by everyone (0644); its journal follows
                paths.create_private_file(file)
        except OSError as exc:
            if not file.parent.exists():
                raise UserError(
                    _(
                        "Cannot create the folder for the database {file}: {strerror}",
                        file=file,
                        strerror=exc.strerror,
                    )
                ) from exc
        # hide_parameters: a statement's values (names, phones) never reach an error text, a log or a dialog.
        engine = create_engine(url, hide_parameters=True, connect_args=_sqlite_connect_args())
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    try:
        parsed = make_url(url)
        backend = parsed.get_backend_name()
        connect_args = _server_connect_args(parsed) if backend == "postgresql" else {}
        if backend == "sqlite":
            connect_args = _sqlite_connect_args()
        return create_engine(parsed, pool_pre_ping=True, connect_args=connect_args, hide_parameters=True)
    except Exception as exc:  # unknown dialect, missing driver, malformed URL
        raise UserError(
            _("Cannot use the database {mask_url}: {error}", mask_url=mask_url(url), error=exc)
        ) from exc


def server_address(url: str) -> str:
    """'database flare on db.office.local:5432 as anna', for messages an officer reads."""
    parsed = make_url(url)
    where = f"{parsed.host or 'localhost'}:{parsed.port or 5432}"
    who = f" as {parsed.username}" if parsed.username else ""
    return f"database {parsed.database or '(none)'} on {where}{who}"


def connection_problem(url: str, exc: BaseException) -> ServerConnectionError:
    """One readable line for a failed connection to a server, without the password."""
    original = getattr(exc, "orig", None) or exc
    text = " ".join(str(original).split()) or original.__class__.__name__
    lowered = text.lower()
    parsed = make_url(url)
    target = server_address(url)
    if "no password supplied" in lowered:
        return ServerConnectionError(
            _("The server asks for a password for {target}; none was given.", target=target),
            needs_password=True,
        )
    if "password authentication failed" in lowered:
        return ServerConnectionError(
            _(
                "The server refused the password of {username} ({target}).",
                username=parsed.username or "this user",
                target=target,
            ),
            needs_password=True,
        )
    if "does not exist" in lowered and "database" in lowered:
        return ServerConnectionError(
            _(
                "The server has no database '{database}'; ask the person who set it up for the name.",
                database=str(parsed.database),
            )
        )
    if "role" in lowered and "does not exist" in lowered:
        return ServerConnectionError(
            _("The server has no user '{username}' ({target}).", username=str(parsed.username), target=target)
        )
    if "connection refused" in lowered or "timeout" in lowered or "timed out" in lowered:
        return ServerConnectionError(
            _(
                "Cannot reach the database server for {target}: is it running, and are the "
                "address and port right?",
                target=target,
            )
        )
    if "resolve host" in lowered or "translate host name" in lowered:
        return ServerConnectionError(
            _("Unknown server name '{host}' ({target}).", host=str(parsed.host), target=target)
        )
    if "pg_hba.conf" in lowered:
        return ServerConnectionError(
            _(
                "The server does not accept connections from this computer for {target} (pg_hba.conf).",
                target=target,
            )
        )
    return ServerConnectionError(_("Cannot connect to the {target}: {text}", target=target, text=text))


def server_url(host: str, port: int, database: str, user: str, *, tls: bool = False) -> str:
    """The URL of a PostgreSQL database (without password: the server asks for it, or pgpass has it)."""
    query = {"sslmode": "require"} if tls else {}
    url = URL.create(
        POSTGRES_DRIVER,
        username=user.strip() or None,
        host=host.strip(),
        port=port,
        database=database.strip(),
        query=query,
    )
    return url.render_as_string(hide_password=False)


@dataclass(frozen=True)
class ServerFields:
    """The parts of a server URL the Settings dialog shows (never the password)."""

    host: str
    port: int
    database: str
    user: str
    tls: bool


def server_fields(url: str) -> ServerFields:
    """The inverse of `server_url`, for filling in a form."""
    parsed = make_url(url)
    return ServerFields(
        host=parsed.host or "",
        port=parsed.port or 5432,
        database=parsed.database or "",
        user=parsed.username or "",
        tls=parsed.query.get("sslmode") in ("require", "verify-ca", "verify-full"),
    )


def is_lost_server(exc: BaseException) -> bool:
    """The database server went away mid-session (network, VPN, restart): not a bug in the app."""
    return isinstance(exc, OperationalError) and type(exc.orig).__module__.startswith("psycopg")


def with_password(url: str, password: str) -> str:
    """The URL with `password` (kept in memory only: never written to settings or logs)."""
    return make_url(url).set(password=password).render_as_string(hide_password=False)


@dataclass
class Database:
    """An opened database: its URL, engine and a session factory whose sessions write the audit trail."""

    url: str
    engine: Engine
    factory: sessionmaker[Session] = field(init=False)
    # Called before every session opens; the desktop app installs a check that no session is opened on
    # its GUI thread (tests fail on it), the command line leaves it empty.
    session_guard: ClassVar[Callable[[], None] | None] = None

    # On a server: (login, whether it owns the tables), asked once; see `audit_user`.
    _login: tuple[str, bool] | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.factory = sessionmaker(self.engine, expire_on_commit=False)
        audit_hook.install(self.factory)
        period_guard.install(self.factory)  # the one check of locked periods, for every write
        self._protected = self.file
        if self._protected is not None:  # no report, export or backup may be written over it
            protected.protect(self._protected)

    @property
    def file(self) -> Path | None:
        return sqlite_file(self.url)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def is_server(self) -> bool:
        """A shared database on a server (PostgreSQL): its backups are the server's business."""
        return self.engine.dialect.name == "postgresql"

    def display_location(self) -> str:
        return str(self.file) if self.file else mask_url(self.url)

    def audit_user(self, user: str | None) -> str | None:
        """The name the audit trail gives a change: `user` on a file; on a server, the signed-in login
        (the server refuses an entry in anybody else's name), unless it owns the tables."""
        if not self.is_server:
            return user
        if self._login is None:
            from flare_monitor.db.roles import login_and_owner

            with self.engine.connect() as conn:
                self._login = login_and_owner(conn)
        login, owner = self._login
        return (user or login) if owner else login

    @contextmanager
    def session(self, *, audit: bool = True, user: str | None = None) -> Iterator[Session]:
        """One unit of work: commits once at the end, rolls back everything on any error.

        A driver error (locked, full, read-only, damaged, connection lost…) leaves as its one-line
        `DatabaseProblem` (db/errors.py); the log keeps its class and statement, never its values.
        """
        if Database.session_guard is not None:
            Database.session_guard()
        session = self.factory()
        session.info["audit"] = audit
        user = self.audit_user(user)
        if user:
            session.info["user"] = user
        try:
            yield session
            session.commit()
        except BaseException as exc:
            try:
                session.rollback()
            except Exception:  # the connection is gone: nothing to roll back here, the server did it
                log.debug("rollback failed after %s", type(exc).__name__)
            problem = classify(exc) if isinstance(exc, DBAPIError | sqlite3.Error) else None
            if problem is not None:
                log.warning("database problem (%s): %s", problem.kind, problem.detail)
                raise problem from None
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()
        if self._protected is not None:
            protected.release(self._protected)
            self._protected = None
