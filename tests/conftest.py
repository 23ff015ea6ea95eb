"""Shared fixtures: a fresh migrated database per test (SQLite, or PostgreSQL when
FLARE_TEST_POSTGRES_URL is set), offscreen Qt."""

from __future__ import annotations

import os

# Before anything imports Qt: without a display Qt aborts the whole process.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import secrets  # noqa: E402
from collections.abc import Callable  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from flare_monitor.db.engine import Database  # noqa: E402
from flare_monitor.db.migrate import open_database  # noqa: E402
from tests.backends import Databases, make_databases, postgres_url  # noqa: E402

SQLITE_ONLY_REASON = "sqlite_only: about the SQLite file itself; the PostgreSQL pass skips it"


def pytest_report_header(config) -> str:
    server = postgres_url()
    if server:
        return f"database backend: PostgreSQL at {make_url(server).render_as_string(hide_password=True)}"
    return "database backend: SQLite"


def pytest_collection_modifyitems(config, items) -> None:
    if not postgres_url():
        return
    skip = pytest.mark.skip(reason=SQLITE_ONLY_REASON)
    for item in items:
        if item.get_closest_marker("sqlite_only") is not None:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def _english_by_default(monkeypatch):
    """The command line speaks the system's language: the suite's expectations are English wherever it
    runs (a test of another language says so with --language or its own setting)."""
    monkeypatch.setenv("LANGUAGE", "en")


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory, monkeypatch):
    """Keep every test's backups, logs and default database out of the user's real data folder."""
    data = tmp_path_factory.mktemp("appdata")
    monkeypatch.setenv("FLARE_MONITOR_DATA_DIR", str(data))
    monkeypatch.delenv("FLARE_MONITOR_DB", raising=False)
    return data


@pytest.fixture(scope="session")
def databases(tmp_path_factory):
    """Where test databases come from: SQLite files, or databases on the PostgreSQL test server."""
    factory = make_databases(tmp_path_factory.mktemp("databases"))
    yield factory
    factory.drop_all()


@pytest.fixture(scope="session")
def backend(databases) -> str:
    """The backend this pass of the suite runs on: "sqlite" or "postgresql"."""
    return databases.backend


@pytest.fixture(scope="session")
def _migrated_template(databases: Databases, tmp_path_factory) -> str:
    """Migrating takes a while; every test gets a copy of one freshly migrated database instead."""

    def build() -> str:
        url = databases.empty_url()
        open_database(url, backup_dir=tmp_path_factory.mktemp("template-backups")).dispose()
        return url

    return databases.template("migrated", build)


@pytest.fixture(scope="session")
def _demo_template(databases: Databases, _migrated_template) -> str:
    from flare_monitor.services.demo import load_demo

    def build() -> str:
        url = databases.copy_of(_migrated_template)
        database = open_database(url)
        with database.session(audit=False) as session:
            load_demo(session)
        database.dispose()
        return url

    return databases.template("demo", build)


@pytest.fixture
def db_path(tmp_path) -> Path:
    """The SQLite file of `db` on the SQLite pass (tests about the file itself are sqlite_only)."""
    return tmp_path / "test.db"


@pytest.fixture
def db_url(request, databases: Databases, db_path, _migrated_template) -> str:
    """The URL of this test's fresh, migrated database (with the demo data when the test asks for demo_db).

    Pass it to the command line as `--db` so that the test runs on both backends.
    """
    wants_demo = "demo_db" in request.fixturenames
    template = request.getfixturevalue("_demo_template") if wants_demo else _migrated_template
    url = databases.copy_of(template, db_path)
    yield url
    databases.drop(url)


@pytest.fixture
def db(db_url) -> Database:
    """A fresh, migrated database (holding the demo data when the test asks for demo_db)."""
    database = open_database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def demo_db(db) -> Database:
    """A fresh database with the demo data loaded (the same object as `db`)."""
    return db


@pytest.fixture
def new_db_url(databases: Databases) -> Callable[[], str]:
    """Makes more empty, unmigrated databases for a test (a file not yet created, on SQLite)."""
    made: list[str] = []

    def make() -> str:
        made.append(databases.empty_url())
        return made[-1]

    yield make
    for url in made:
        databases.drop(url)


# ----------------------------------------------------------------------- team mode on the PostgreSQL pass


@dataclass
class Team:
    """A fresh copy of the demo database set up for a team (`server roles --apply`, one login per role, the
    officer's country Peru), and its URL for each login."""

    owner: str
    urls: dict[str, str]  # role → URL signing in as that role's login
    logins: dict[str, str]

    def run(self, role: str, *argv: str) -> int:
        from main import main

        return main(["--db", self.owner if role == "owner" else self.urls[role], *argv])


def _as_login(url: str, login: str, password: str) -> str:
    return make_url(url).set(username=login, password=password).render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def _team_logins(databases):
    """One login per role for the whole run (logins belong to the server, not to a database)."""
    from sqlalchemy import text

    from flare_monitor.db.team import ROLES

    token = secrets.token_hex(3)
    logins = {role: (f"t{token}_{role}", secrets.token_urlsafe(12)) for role in ROLES}
    yield logins
    with databases.admin.connect() as conn:
        for login, _password in logins.values():
            conn.execute(text(f'DROP ROLE IF EXISTS "{login}"'))


@pytest.fixture(scope="session")
def _team_template(databases, _demo_template, _team_logins) -> str:
    from flare_monitor.actions import team

    def build() -> str:
        url = databases.copy_of(_demo_template)
        db = open_database(url)
        try:
            team.apply_roles(db, True)
            for role, (login, password) in _team_logins.items():
                countries = ("PE",) if role == "officer" else ()
                team.add_user(db, team.UserRequest(login, role, countries, password))
        finally:
            db.dispose()
        return url

    return databases.template("team", build)


@pytest.fixture
def team_db(databases, _team_template, _team_logins) -> Team:
    """A team database on the PostgreSQL test server (a test using it is skipped without one)."""
    url = databases.copy_of(_team_template)
    yield Team(
        url,
        {role: _as_login(url, login, password) for role, (login, password) in _team_logins.items()},
        {role: login for role, (login, _password) in _team_logins.items()},
    )
    databases.drop(url)
