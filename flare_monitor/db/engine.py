"""Engine and session setup: one place that knows how to open a database, SQLite or PostgreSQL."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from flare_monitor import paths
from flare_monitor.db import audit_hook
from flare_monitor.errors import UserError


def resolve_database_url(db: str | None) -> str:
    """`--db` value → SQLAlchemy URL. A plain path means a SQLite file; None means the default."""
    db = db or os.environ.get(paths.DB_ENV_VAR) or str(paths.default_database_path())
    if "://" in db:
        return db
    return "sqlite:///" + str(Path(db).expanduser().absolute())


def sqlite_file(url: str) -> Path | None:
    """The database file of a SQLite URL, or None for a server database or an in-memory one."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(url: str) -> Engine:
    file = sqlite_file(url)
    if file is not None:
        if not file.parent.exists():
            try:
                file.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise UserError(f"Cannot create the folder for the database {file}: {exc.strerror}") from exc
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    try:
        return create_engine(url, pool_pre_ping=True)
    except Exception as exc:  # unknown dialect, missing driver
        raise UserError(f"Cannot use the database {make_url(url).render_as_string()}: {exc}") from exc


@dataclass
class Database:
    """An opened database: its URL, engine and a session factory whose sessions write the audit trail."""

    url: str
    engine: Engine
    factory: sessionmaker[Session] = field(init=False)

    def __post_init__(self) -> None:
        self.factory = sessionmaker(self.engine, expire_on_commit=False)
        audit_hook.install(self.factory)

    @property
    def file(self) -> Path | None:
        return sqlite_file(self.url)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def display_location(self) -> str:
        return str(self.file) if self.file else make_url(self.url).render_as_string(hide_password=True)

    @contextmanager
    def session(self, *, audit: bool = True, user: str | None = None) -> Iterator[Session]:
        """One unit of work: commits once at the end, rolls back everything on any error."""
        session = self.factory()
        session.info["audit"] = audit
        if user:
            session.info["user"] = user
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()
