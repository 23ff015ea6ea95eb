"""A locked, full, read-only or damaged database, and a server lost mid-session, read the same in the
desktop app and on the command line: one line, classified once (db/errors.py), no statement, no values."""

from __future__ import annotations

import sqlite3
from contextlib import closing, contextmanager

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import Engine, event
from sqlalchemy.exc import OperationalError

from flare_monitor.cli import run as cli
from flare_monitor.db import engine as engine_module
from flare_monitor.db import errors
from flare_monitor.db.engine import Database
from flare_monitor.db.migrate import open_database

pytestmark = pytest.mark.sqlite_only

TITLE = "Workshop with the labour inspectors of Balochistan on planning inspection visits " * 5
ADD = ["activity", "add", "--project", "BRIDGE", "--country", "PK", "--code", "BR-PK-NEW", "--title", TITLE,
       "--type", "workshop", "--start", "2024-05-10", "--end", "2024-05-10"]  # fmt: skip
LIST = ["activity", "list", "--project", "BRIDGE"]


@contextmanager
def on_every_connection(statement: str):
    """Every SQLite connection opened meanwhile (the app's and the command line's) runs `statement`."""

    def run(dbapi_connection, _record) -> None:
        if isinstance(dbapi_connection, sqlite3.Connection):
            dbapi_connection.execute(statement)

    event.listen(Engine, "connect", run)
    try:
        yield
    finally:
        event.remove(Engine, "connect", run)


@contextmanager
def busy(path, monkeypatch):
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 50)
    with closing(sqlite3.connect(path)) as other:  # another program is writing and holds the file
        other.execute("BEGIN IMMEDIATE")
        yield
        other.rollback()


@contextmanager
def full(path, _monkeypatch):
    with closing(sqlite3.connect(path)) as conn:
        # Small pages and no free ones: the long title of the new activity needs a page more.
        conn.execute("PRAGMA page_size=512")
        conn.execute("VACUUM")
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    with on_every_connection(f"PRAGMA max_page_count={pages}"):  # the file may not grow: the disk is full
        yield


@contextmanager
def read_only(_path, _monkeypatch):
    with on_every_connection("PRAGMA query_only=1"):
        yield


@contextmanager
def damaged(path, _monkeypatch):
    """The pages of the activity table are overwritten: reading it fails, opening the file does not."""
    with closing(sqlite3.connect(path)) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'activity'").fetchone()[0]
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xde\xad\xbe\xef" * (page_size // 4))
    yield


@contextmanager
def server_lost(_path, monkeypatch):
    """The server went away: the driver's own error (psycopg), as it arrives mid-session."""
    from sqlalchemy import create_engine

    try:
        create_engine(
            "postgresql+psycopg://anna:s3cret@127.0.0.1:1/flare", connect_args={"connect_timeout": 2}
        ).connect()
    except OperationalError as exc:
        lost = exc
    real = Database.session

    def session(self, *args, **kwargs):
        if Database.session_guard is not None:  # still the app's own check
            Database.session_guard()
        raise lost

    monkeypatch.setattr(Database, "session", session)
    yield
    monkeypatch.setattr(Database, "session", real)


CASES = [
    (busy, errors.DatabaseBusy, "write"),
    (full, errors.DiskFull, "write"),
    (read_only, errors.ReadOnlyDatabase, "write"),
    (damaged, errors.DamagedDatabase, "read"),
    (server_lost, errors.ConnectionLost, "read"),
]


def _in_the_app(qtbot, db, kind: str, message_boxes) -> str:
    from ui.context import Context
    from ui.pages.activities import ActivitiesPage

    page = ActivitiesPage(db)
    qtbot.addWidget(page)
    project = _bridge(db)
    message_boxes.shown.clear()
    if kind == "read":
        page.set_context(Context(project, "PK", "FY2024-Q3"))
        page.show()
    else:
        page.context = Context(project, "PK", "FY2024-Q3")
        dialog = page.form_dialog(None)
        qtbot.addWidget(dialog)
        dialog.code_edit.setText("BR-PK-NEW")
        dialog.title_edit.setText(TITLE)
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    [text] = message_boxes.texts("warning")
    return text


def _bridge(db):
    from flare_monitor.actions.projects import list_projects

    return next(p for p in list_projects(db) if p.code == "BRIDGE")


@pytest.mark.parametrize(("fault", "expected", "kind"), CASES, ids=[c[0].__name__ for c in CASES])
def test_the_app_and_the_command_line_say_the_same_line(
    qtbot, tmp_path, capsys, monkeypatch, message_boxes, fault, expected, kind
):
    path = tmp_path / "office.db"
    assert cli(["--db", str(path), "demo"]) == 0
    capsys.readouterr()
    project_ready = open_database(str(path))
    project = _bridge(project_ready)  # read before the fault: the page needs the project's row
    project_ready.dispose()

    with fault(path, monkeypatch):
        code = cli(["--db", str(path), *(ADD if kind == "write" else LIST)])
        err = capsys.readouterr().err
        assert code == 1, err
        db = Database(f"sqlite:///{path}", engine_module.make_engine(f"sqlite:///{path}"))
        try:
            monkeypatch.setattr("tests.ui.test_problem_messages._bridge", lambda _db: project)
            shown = _in_the_app(qtbot, db, kind, message_boxes)
        finally:
            db.dispose()

    assert code == 1 and err.count("\n") == 1, err
    assert err == f"flare-monitor: error: {expected.message}\n"
    assert shown == expected.message, "the app shows the line the command line prints"
    assert "s3cret" not in err + shown and "INSERT" not in err + shown and "SELECT" not in err + shown
