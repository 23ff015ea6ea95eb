"""Offices for exchange tests: SQLite files made from one migrated template (headquarters is `db`)."""

from __future__ import annotations

import shutil
from collections.abc import Callable

import pytest

from flare_monitor.db.engine import Database
from flare_monitor.db.migrate import open_database


@pytest.fixture(scope="session")
def _office_template(tmp_path_factory):
    """A migrated SQLite file: a country office always works on SQLite, whatever headquarters uses."""
    path = tmp_path_factory.mktemp("office-template") / "office.db"
    open_database(str(path), backup_dir=path.parent / "backups").dispose()
    return path


@pytest.fixture
def make_office(tmp_path, _office_template) -> Callable[[str], Database]:
    opened: list[Database] = []

    def make(name: str = "office") -> Database:
        path = tmp_path / f"{name}.db"
        shutil.copyfile(_office_template, path)
        opened.append(open_database(str(path)))
        return opened[-1]

    yield make
    for database in opened:
        database.dispose()


@pytest.fixture
def office(make_office) -> Database:
    return make_office("office")
