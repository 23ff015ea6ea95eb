"""Shared fixtures: a fresh migrated database per test, offscreen Qt."""

from __future__ import annotations

import os
import shutil

# Before anything imports Qt: without a display Qt aborts the whole process.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from flare_monitor.db.engine import Database  # noqa: E402
from flare_monitor.db.migrate import open_database  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory, monkeypatch):
    """Keep every test's backups, logs and default database out of the user's real data folder."""
    data = tmp_path_factory.mktemp("appdata")
    monkeypatch.setenv("FLARE_MONITOR_DATA_DIR", str(data))
    monkeypatch.delenv("FLARE_MONITOR_DB", raising=False)
    return data


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "test.db"


@pytest.fixture(scope="session")
def _migrated_template(tmp_path_factory) -> Path:
    """Migrating takes a while; every test gets a copy of one freshly migrated file instead."""
    path = tmp_path_factory.mktemp("template") / "empty.db"
    open_database(str(path), backup_dir=path.parent / "backups").dispose()
    return path


@pytest.fixture(scope="session")
def _demo_template(_migrated_template, tmp_path_factory) -> Path:
    from flare_monitor.services.demo import load_demo

    path = tmp_path_factory.mktemp("demo-template") / "demo.db"
    shutil.copyfile(_migrated_template, path)
    database = open_database(str(path))
    with database.session(audit=False) as session:
        load_demo(session)
    database.dispose()
    return path


@pytest.fixture
def db(request, db_path, _migrated_template) -> Database:
    """A fresh, migrated SQLite database file (holding the demo data when the test asks for demo_db)."""
    wants_demo = "demo_db" in request.fixturenames
    template = request.getfixturevalue("_demo_template") if wants_demo else _migrated_template
    shutil.copyfile(template, db_path)
    database = open_database(str(db_path))
    yield database
    database.dispose()


@pytest.fixture
def demo_db(db) -> Database:
    """A fresh database with the demo data loaded (the same object as `db`)."""
    return db
