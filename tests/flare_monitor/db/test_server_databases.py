"""Server databases: URLs and their passwords, one-line connection errors, the command line on a server,
and two apps upgrading the same server database at once."""

from __future__ import annotations

import json
import logging
import threading

import pytest
from sqlalchemy import inspect
from sqlalchemy.engine import make_url

from flare_monitor.db import migrate
from flare_monitor.db.engine import (
    Database,
    ServerFields,
    connection_problem,
    make_engine,
    mask_url,
    resolve_database_url,
    server_fields,
    server_url,
    with_password,
)
from flare_monitor.errors import ServerConnectionError
from main import main
from tests.backends import postgres_url

needs_server = pytest.mark.skipif(
    postgres_url() is None, reason="needs the PostgreSQL test server (FLARE_TEST_POSTGRES_URL)"
)


@pytest.mark.parametrize(
    "given",
    [
        "postgresql://anna@db.local/flare",
        "postgres://anna@db.local/flare",
        "POSTGRESQL://anna@db.local/flare",
    ],
)
def test_postgresql_urls_use_psycopg_3(given):
    assert resolve_database_url(given) == "postgresql+psycopg://anna@db.local/flare"


def test_other_urls_and_paths_are_left_alone(tmp_path):
    assert resolve_database_url("sqlite:///x.db") == "sqlite:///x.db"
    assert resolve_database_url(str(tmp_path / "a.db")) == "sqlite:///" + str(tmp_path / "a.db")


@pytest.mark.parametrize(
    "url",
    [
        "postgresql+psycopg://anna:s3cr%40t@db.local:5432/flare",
        "postgresql+psycopg://anna@db.local/flare?password=s3cr%40t&sslmode=require",
        "postgresql+psycopg://anna:s3cr@t@db.local/flare",  # not even parseable
    ],
)
def test_passwords_are_never_shown(url):
    shown = mask_url(url)
    assert "s3cr" not in shown and "anna" in shown and "db.local" in shown


def test_server_url_and_password_for_the_session():
    url = server_url(" db.local ", 5433, "flare", "anna", tls=True)
    assert url == "postgresql+psycopg://anna@db.local:5433/flare?sslmode=require"
    assert (
        with_password(url, "p@ss:word")
        == "postgresql+psycopg://anna:p%40ss%3Aword@db.local:5433/flare?sslmode=require"
    )


def test_server_fields_read_back_what_the_dialog_wrote():
    assert server_fields(server_url("db.local", 5433, "flare", "anna", tls=True)) == ServerFields(
        "db.local", 5433, "flare", "anna", True
    )
    assert server_fields("postgresql://db.local/flare") == ServerFields("db.local", 5432, "flare", "", False)


@pytest.mark.parametrize(
    "server_says, expected, needs_password",
    [
        (
            'connection to server at "db.local", port 5432 failed: fe_sendauth: no password supplied',
            "asks for a password",
            True,
        ),
        (
            'connection to server at "db.local" failed: FATAL:  password authentication failed for user "anna"',
            "refused the password of anna",
            True,
        ),
        (
            'connection to server at "db.local" failed: FATAL:  database "flare" does not exist',
            "has no database 'flare'",
            False,
        ),
        (
            'connection to server at "db.local" failed: FATAL:  role "anna" does not exist',
            "has no user 'anna'",
            False,
        ),
        (
            'connection to server at "db.local" failed: Connection refused\n\tIs the server running on that host',
            "Cannot reach the database server",
            False,
        ),
        (
            "failed to resolve host 'db.local': [Errno -2] Name or service not known",
            "Unknown server name 'db.local'",
            False,
        ),
        (
            'FATAL:  no pg_hba.conf entry for host "10.0.0.7", user "anna", database "flare", no encryption',
            "does not accept connections from this computer",
            False,
        ),
    ],
)
def test_connection_failures_are_one_readable_line(server_says, expected, needs_password):
    problem = connection_problem("postgresql+psycopg://anna:s3cret@db.local/flare", Exception(server_says))
    assert isinstance(problem, ServerConnectionError) and expected in str(problem)
    assert problem.needs_password is needs_password
    assert "\n" not in str(problem) and "s3cret" not in str(problem)


def test_command_line_says_why_it_cannot_connect(capsys):
    assert main(["--db", "postgresql://anna:s3cret@127.0.0.1:1/flare", "status"]) == 1
    _, err = capsys.readouterr()
    assert err.startswith("flare-monitor: error: Cannot reach the database server") and err.count("\n") == 1
    assert "s3cret" not in err


@pytest.mark.parametrize(
    "url", ["postgresql://anna:s3cret@db.local:54x2/flare", "postgresql://anna:s3cret@[::1/flare"]
)
def test_a_malformed_server_address_is_one_line_not_a_crash(url, capsys):
    assert main(["--db", url, "status"]) == 1
    _, err = capsys.readouterr()
    assert err.startswith("flare-monitor: error: ") and err.count("\n") == 1, err
    assert "is not a valid database address" in err and "s3cret" not in err


def test_status_says_where_backups_are(db_url, db, capsys):
    assert main(["--db", db_url, "status", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    if db.file is None:
        assert "made on the server" in status["backups"] and status["backend"] == "postgresql"
    else:
        assert status["backups"].endswith("backups") and status["backend"] == "sqlite"


@needs_server
def test_file_backups_of_a_server_database_are_refused_in_one_line(db_url, capsys):
    for argv in (["backup"], ["restore", "some.db"]):
        assert main(["--db", db_url, *argv]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "the server's business" in err and "dump" in err
    assert main(["--db", db_url, "backups", "list"]) == 0
    assert "the server's business" in capsys.readouterr().out
    assert main(["--db", db_url, "check"]) == 0


@needs_server
def test_two_apps_upgrading_one_server_database_at_once(new_db_url):
    """Only one migrates (an advisory lock); the other waits and finds the schema up to date."""
    url = new_db_url()
    databases = [Database(url, make_engine(url)) for _ in range(2)]
    start = threading.Barrier(2)
    failures: list[BaseException] = []

    def upgrade(database: Database) -> None:
        try:
            start.wait(timeout=10)
            migrate.upgrade(database)
        except BaseException as exc:  # handed to the test thread
            failures.append(exc)

    threads = [threading.Thread(target=upgrade, args=(d,)) for d in databases]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    try:
        assert failures == []
        assert migrate.current_revision(databases[0]) == migrate.head_revision()
        assert "activity" in inspect(databases[0].engine).get_table_names()
    finally:
        for database in databases:
            database.dispose()


@needs_server
def test_a_password_in_the_url_is_never_printed_or_logged(new_db_url, capsys, caplog):
    """The test server trusts its clients, so any password is accepted: it must never be shown."""
    url = with_password(new_db_url(), "s3cret-pw")
    with caplog.at_level(logging.DEBUG):
        assert main(["--db", url, "status"]) == 0  # migrates the empty database, logging it
        assert main(["--db", url, "check"]) == 0
        assert main(["--db", url, "backup"]) == 1
    out, err = capsys.readouterr()
    assert "Migrated" in caplog.text and "postgresql://" in out
    for text in (out, err, caplog.text):
        assert "s3cret-pw" not in text


@needs_server
def test_a_read_only_account_gets_one_line_and_no_report_file(db_url, tmp_path, capsys):
    """`default_transaction_read_only=on` (or a standby): every write says "may only read" in one line;
    `report` leaves no PDF without its report record."""
    assert main(["--db", db_url, "demo"]) == 0
    read_only = make_url(db_url).update_query_dict({"options": "-c default_transaction_read_only=on"})
    url = read_only.render_as_string(hide_password=False)
    capsys.readouterr()
    writes = [
        [
            "activity",
            "add",
            "--project",
            "BRIDGE",
            "--country",
            "PK",
            "--code",
            "RO-1",
            "--title",
            "Zarmina Bibi",
            "--type",
            "training",
            "--start",
            "2025-01-01",
            "--end",
            "2025-01-01",
        ],
        [
            "report",
            "--project",
            "BRIDGE",
            "--period",
            "FY2024-Q3",
            "--out",
            str(tmp_path / "r.pdf"),
            "--xlsx",
            str(tmp_path / "r.xlsx"),
        ],
        ["package", "export", "--project", "BRIDGE", "--out", str(tmp_path / "p.flarepkg")],
    ]
    for argv in writes:
        assert main(["--db", url, *argv]) == 1
        out, err = capsys.readouterr()
        assert err.count("\n") == 1 and "may only read" in err and "Traceback" not in err, err
        assert "Zarmina" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # no report, annex or package left behind
    assert main(["--db", url, "activity", "list"]) == 0  # reading still works
