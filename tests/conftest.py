"""Shared fixtures: a fresh migrated database per test, offscreen Qt."""

from __future__ import annotations

import os

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


@pytest.fixture
def db(db_path) -> Database:
    """A fresh, migrated SQLite database file."""
    database = open_database(str(db_path))
    yield database
    database.dispose()


@pytest.fixture
def demo_db(db) -> Database:
    """A fresh database with the demo data loaded."""
    from flare_monitor.services.demo import load_demo

    with db.session(audit=False) as session:
        load_demo(session)
    return db
