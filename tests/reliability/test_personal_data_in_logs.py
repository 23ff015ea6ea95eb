"""No participant's name, phone or e-mail reaches the log or stderr when an import fails on a database
error: a full disk, a read-only file, a driver error quoting the values, an account that may only read,
a lost server connection. Real processes, real log files (every rotation)."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
import xlsxwriter

from main import main
from tests.backends import postgres_url

ROOT = Path(__file__).resolve().parents[2]
ACTIVITY = "BR-PK-2025-LOG"
SECRETS = ("Secretname", "+92 300 99", "zsecret")

# The import, run in a child process with one fault injected through the engine the app makes.
FAILING_IMPORT = """
import sqlite3, sys
from sqlalchemy import event, text
from flare_monitor.db import migrate
import main

db, sheet, activity, fault = sys.argv[1:5]
real = migrate.make_engine

def make_engine(url):
    engine = real(url)
    if fault == "disk full":
        @event.listens_for(engine, "connect")
        def _cramped(dbapi, _record):
            pages = dbapi.execute("PRAGMA page_count").fetchone()[0]
            dbapi.execute(f"PRAGMA max_page_count = {pages + 1}")
    elif fault == "quoting driver error":
        @event.listens_for(engine, "before_cursor_execute")
        def _quote(conn, cursor, statement, parameters, context, executemany):
            if "INSERT INTO participant" in statement:
                raise sqlite3.InterfaceError(f"cannot bind {parameters!r}")
    elif fault == "connection lost":
        @event.listens_for(engine, "before_cursor_execute")
        def _cut(conn, cursor, statement, parameters, context, executemany):
            if "INSERT INTO participant" in statement:
                pid = conn.exec_driver_sql("SELECT pg_backend_pid()").scalar()
                with real(url).connect() as other:
                    other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
    return engine

migrate.make_engine = make_engine
sys.exit(main.main(["--db", db, "import", "attendance", sheet, "--activity", activity]))
"""


def _sheet(path: Path) -> None:
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Attendance")
    sheet.write_row(0, 0, ["Name", "Sex", "Organization", "Phone", "E-mail"])
    for i in range(300):
        sheet.write_row(
            i + 1,
            0,
            [f"Zarmina{i:03d} Secretname", "F", "Police Quetta", f"+92 300 99{i:05d}", f"zsecret{i}@mail.pk"],
        )
    book.close()


def _prepare(url: str, capsys) -> None:
    assert main(["--db", url, "demo"]) == 0
    assert (
        main(
            [
                "--db",
                url,
                "activity",
                "add",
                "--project",
                "BRIDGE",
                "--country",
                "PK",
                "--code",
                ACTIVITY,
                "--title",
                "Log test",
                "--type",
                "training",
                "--start",
                "2025-06-02",
                "--end",
                "2025-06-03",
            ]
        )
        == 0
    )
    capsys.readouterr()


def _run(tmp_path: Path, url: str, fault: str) -> tuple[subprocess.CompletedProcess, str]:
    sheet = tmp_path / "attendance.xlsx"
    _sheet(sheet)
    data = tmp_path / f"data-{fault.replace(' ', '-')}"
    env = {**os.environ, "FLARE_MONITOR_DATA_DIR": str(data)}
    done = subprocess.run(
        [sys.executable, "-c", FAILING_IMPORT, url, str(sheet), ACTIVITY, fault],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    logs = "".join(p.read_text(encoding="utf-8") for p in sorted((data / "logs").glob("flare-monitor.log*")))
    return done, logs


def _no_personal_data(done: subprocess.CompletedProcess, logs: str) -> None:
    assert done.returncode == 1, done.stderr
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr, done.stderr
    for secret in SECRETS:
        assert secret not in done.stderr and secret not in done.stdout
        assert secret not in logs, f"{secret!r} in the log:\n{logs[-3000:]}"


@pytest.mark.sqlite_only
@pytest.mark.parametrize("fault", ["disk full", "read-only file", "quoting driver error"])
def test_a_failed_import_on_sqlite_logs_no_personal_data(tmp_path, capsys, fault):
    db = tmp_path / "office.db"
    _prepare(str(db), capsys)
    url = f"sqlite:///file:{db}?mode=ro&uri=true" if fault == "read-only file" else str(db)
    done, logs = _run(tmp_path, url, fault)
    _no_personal_data(done, logs)


@pytest.mark.skipif(
    postgres_url() is None, reason="needs the PostgreSQL test server (FLARE_TEST_POSTGRES_URL)"
)
@pytest.mark.parametrize("fault", ["read-only account", "connection lost"])
def test_a_failed_import_on_a_server_logs_no_personal_data(tmp_path, capsys, db_url, fault):
    from sqlalchemy.engine import make_url

    _prepare(db_url, capsys)
    url = db_url
    if fault == "read-only account":
        url = (
            make_url(db_url)
            .update_query_dict({"options": "-c default_transaction_read_only=on"})
            .render_as_string(hide_password=False)
        )
    done, logs = _run(tmp_path, url, fault)
    _no_personal_data(done, logs)


def test_an_uncaught_database_error_prints_and_logs_no_values(tmp_path, capsys, caplog):
    """A driver error nobody classified (a bug) keeps its traceback, but not the values it quotes."""
    import sqlite3

    from sqlalchemy.exc import IntegrityError

    from flare_monitor.logsetup import SafeFormatter
    from main import _log_uncaught

    name = "Zarmina " + "Secret" + "name"  # not in the traceback's source lines
    try:
        try:
            raise sqlite3.IntegrityError(f"UNIQUE constraint failed; value {name!r}")
        except sqlite3.Error as driver:
            raise IntegrityError(
                "INSERT INTO participant (full_name) VALUES (?)", (name,), driver
            ) from driver
    except IntegrityError as exc:
        error = exc
    with caplog.at_level(logging.ERROR):
        _log_uncaught(type(error), error, error.__traceback__)
    err = capsys.readouterr().err
    logged = SafeFormatter().format(caplog.records[-1])
    assert "INSERT INTO participant" in err and "Traceback" in err  # still a bug report
    assert "Secretname" not in err and "Secretname" not in logged
