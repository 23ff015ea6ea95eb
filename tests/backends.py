"""Fresh databases for tests, on SQLite files or (with FLARE_TEST_POSTGRES_URL) on a PostgreSQL server.

Migrating takes a while, so each kind of database ("migrated", "demo") is built once per session as a
template; a test gets a copy: a file copy on SQLite, `CREATE DATABASE … TEMPLATE …` on PostgreSQL.
"""

from __future__ import annotations

import itertools
import os
import secrets
import shutil
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from flare_monitor.db.engine import resolve_database_url

POSTGRES_ENV_VAR = "FLARE_TEST_POSTGRES_URL"


def postgres_url() -> str | None:
    """The server the PostgreSQL pass runs on, or None for the SQLite pass."""
    value = os.environ.get(POSTGRES_ENV_VAR, "").strip()
    return resolve_database_url(value) if value else None


class Databases:
    """Hands out database URLs; `build` makes the session's templates, `drop_all` cleans up."""

    backend = "sqlite"

    def __init__(self, folder: Path):
        self.folder = folder
        self._names = itertools.count()
        self._templates: dict[str, str] = {}

    def _new_file(self, stem: str) -> Path:
        return self.folder / f"{stem}-{next(self._names)}.db"

    def empty_url(self) -> str:
        """A database that does not exist yet (SQLite) or exists and holds nothing (PostgreSQL)."""
        return resolve_database_url(str(self._new_file("empty")))

    def template(self, kind: str, build) -> str:
        """The URL of the session's template of `kind`; `build()` makes it the first time."""
        if kind not in self._templates:
            self._templates[kind] = build()
        return self._templates[kind]

    def copy_of(self, template_url: str, target: Path | None = None) -> str:
        source = Path(make_url(template_url).database)
        target = target or self._new_file("test")
        shutil.copyfile(source, target)
        return resolve_database_url(str(target))

    def drop(self, url: str) -> None:
        """Nothing to do on SQLite: tmp_path folders are cleaned by pytest."""

    def drop_all(self) -> None:
        pass


class PostgresDatabases(Databases):
    """Databases named `flare_test_<pid>_<token>_<n>` on one server; all dropped at the end."""

    backend = "postgresql"

    def __init__(self, folder: Path, server_url: str):
        super().__init__(folder)
        self.server = make_url(server_url)
        self.prefix = f"flare_test_{os.getpid()}_{secrets.token_hex(3)}"
        # CREATE/DROP DATABASE cannot run inside a transaction.
        self.admin = create_engine(self.server, isolation_level="AUTOCOMMIT", pool_size=1)
        self.created: list[str] = []

    def _create(self, template: str | None = None) -> str:
        name = f"{self.prefix}_{next(self._names)}"
        source = f" TEMPLATE {template}" if template else " TEMPLATE template0 ENCODING 'UTF8'"
        with self.admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"{source}'))
        self.created.append(name)
        return self.server.set(database=name).render_as_string(hide_password=False)

    def empty_url(self) -> str:
        return self._create()

    def copy_of(self, template_url: str, target: Path | None = None) -> str:
        return self._create(make_url(template_url).database)

    def drop(self, url: str) -> None:
        name = make_url(url).database
        with self.admin.connect() as conn:
            # FORCE ends connections a test left open (PostgreSQL 13 and later).
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        if name in self.created:
            self.created.remove(name)

    def drop_all(self) -> None:
        for name in list(reversed(self.created)):
            self.drop(self.server.set(database=name).render_as_string(hide_password=False))
        self.admin.dispose()


def make_databases(folder: Path) -> Databases:
    server = postgres_url()
    return PostgresDatabases(folder, server) if server else Databases(folder)
