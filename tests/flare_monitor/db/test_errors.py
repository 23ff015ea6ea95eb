"""Driver errors are classified once, by their codes, into one-line problems without the statement's values."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from sqlalchemy import text

from flare_monitor.actions.base import user_facing
from flare_monitor.db import errors
from flare_monitor.db.engine import Database, make_engine
from flare_monitor.db.register import Participant

SECRET = "Zarmina Bibi +92 300 1234567"


def _db(path) -> Database:
    return Database(f"sqlite:///{path}", make_engine(f"sqlite:///{path}"))


@pytest.fixture
def plain(tmp_path):
    path = tmp_path / "plain.db"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE t (name TEXT UNIQUE)")
        conn.commit()
    database = _db(path)
    yield database, path
    database.dispose()


@pytest.mark.sqlite_only
def test_a_locked_file_is_busy_without_the_values(plain):
    database, path = plain
    holder = sqlite3.connect(path)
    holder.execute("BEGIN IMMEDIATE")  # another program is writing
    try:
        with pytest.raises(errors.DatabaseBusy) as caught:
            with database.session(audit=False) as session:
                session.connection().exec_driver_sql("PRAGMA busy_timeout=0")
                session.execute(text("INSERT INTO t VALUES (:name)"), {"name": SECRET})
    finally:
        holder.rollback()
        holder.close()
    assert SECRET not in str(caught.value) and "Zarmina" not in caught.value.detail
    assert "\n" not in str(caught.value)


@pytest.mark.sqlite_only
def test_a_full_disk_is_disk_full(plain):
    database, _path = plain
    with pytest.raises(errors.DiskFull):
        with database.session(audit=False) as session:
            # SQLite's own way to run out of room: the file may not grow past its current pages.
            count = session.connection().exec_driver_sql("PRAGMA page_count").scalar()
            session.connection().exec_driver_sql(f"PRAGMA max_page_count={count}")
            session.execute(text("INSERT INTO t VALUES (:name)"), {"name": SECRET * 2000})


@pytest.mark.sqlite_only
def test_a_read_only_file_is_read_only(plain):
    database, path = plain
    ro = Database(
        f"sqlite:///file:{path}?mode=ro&uri=true", make_engine(f"sqlite:///file:{path}?mode=ro&uri=true")
    )
    try:
        with pytest.raises(errors.ReadOnlyDatabase):
            with ro.session(audit=False) as session:
                session.execute(text("INSERT INTO t VALUES (:name)"), {"name": SECRET})
    finally:
        ro.dispose()


@pytest.mark.sqlite_only
def test_a_damaged_file_is_damaged(tmp_path):
    path = tmp_path / "damaged.db"
    path.write_bytes(b"this is not a database at all" * 200)
    database = _db(path)
    try:
        with pytest.raises(errors.DamagedDatabase) as caught:
            with database.session(audit=False) as session:
                session.execute(text("SELECT * FROM sqlite_master")).all()
    finally:
        database.dispose()
    assert "check" in str(caught.value)


def test_a_broken_constraint_is_a_conflict_without_the_values(db):
    with pytest.raises(errors.ConstraintViolation) as caught:
        with db.session(audit=False) as session:
            session.add(Participant(full_name=SECRET, country_code="ZZ"))  # no such country: a foreign key
            session.flush()
    assert SECRET not in str(caught.value) and SECRET not in caught.value.detail


def test_a_bug_is_not_classified():
    assert errors.classify(ValueError("no")) is None
    assert user_facing(ValueError("no")) is None
    assert user_facing(KeyError("x")) is None


def test_raw_sqlite_errors_are_classified_by_code():
    busy = sqlite3.OperationalError("database is locked")
    busy.sqlite_errorcode = errors.SQLITE_BUSY
    assert isinstance(errors.classify(busy), errors.DatabaseBusy)
    full = sqlite3.OperationalError("some text that says nothing")
    full.sqlite_errorcode = errors.SQLITE_IOERR_WRITE
    assert isinstance(errors.classify(full), errors.DiskFull)
    # The text is never read: a message saying "locked" with another code is not "busy".
    misleading = sqlite3.OperationalError("database is locked")
    misleading.sqlite_errorcode = errors.SQLITE_CORRUPT
    assert isinstance(errors.classify(misleading), errors.DamagedDatabase)


class _FakePgError(Exception):
    __module__ = "psycopg.errors"

    def __init__(self, sqlstate):
        super().__init__("DETAIL: Key (full_name)=(" + SECRET + ") already exists")
        self.sqlstate = sqlstate


@pytest.mark.parametrize(
    ("sqlstate", "expected"),
    [
        ("25006", errors.ReadOnlyAccount),
        ("42501", errors.PermissionRefused),
        ("53100", errors.DiskFull),
        ("55P03", errors.DatabaseBusy),
        ("08006", errors.ConnectionLost),
        ("57P01", errors.ConnectionLost),
        ("23505", errors.ConstraintViolation),
        ("XX001", errors.DamagedDatabase),
    ],
)
def test_server_errors_are_classified_by_sqlstate(sqlstate, expected):
    problem = errors.classify(_FakePgError(sqlstate))
    assert type(problem) is expected
    assert SECRET not in str(problem) and SECRET not in problem.detail


def test_os_errors_read_as_one_line():
    import errno

    assert isinstance(user_facing(OSError(errno.ENOSPC, "No space left on device")), errors.DiskFull)
    denied = user_facing(PermissionError(errno.EACCES, "Permission denied", "C:/x/report.pdf"))
    assert "report.pdf" in str(denied) and "\n" not in str(denied)


class _FakeDiag:
    def __init__(self, constraint_name, table_name):
        self.constraint_name, self.table_name = constraint_name, table_name


def test_a_refusal_names_the_team_rule_the_server_names():
    refusal = _FakePgError("42501")
    refusal.diag = _FakeDiag("own_countries", "activity")
    problem = errors.classify(refusal)
    assert type(problem) is errors.PermissionRefused and problem.rule == "own_countries"
    assert str(problem) == (
        "Your account is not allowed to do this (activity): an officer adds, changes and deletes records "
        "of their own countries only. Nothing was changed."
    )
    assert SECRET not in str(problem) + problem.detail


def test_a_refusal_without_a_known_rule_reads_as_before():
    for diag in (None, _FakeDiag(None, None), _FakeDiag("some_other_constraint", "activity")):
        refusal = _FakePgError("42501")
        if diag is not None:
            refusal.diag = diag
        problem = errors.classify(refusal)
        assert str(problem) == errors.PermissionRefused.message and problem.rule is None


def _cantopen(statement: str):
    from sqlalchemy.exc import OperationalError

    error = sqlite3.OperationalError("unable to open database file")
    error.sqlite_errorcode, error.sqlite_errorname = 14, "SQLITE_CANTOPEN"
    return OperationalError(statement, {"name": SECRET}, error, hide_parameters=True)


def test_a_write_that_cannot_open_its_journal_is_a_read_only_folder():
    """SQLite cannot create the journal in a read-only folder: the write fails with SQLITE_CANTOPEN
    although the file itself opened and was read (test_faults proves it on a real immutable folder)."""
    problem = errors.classify(_cantopen("INSERT INTO participant (full_name) VALUES (?)"))
    assert isinstance(problem, errors.ReadOnlyDatabase) and "read-only" in str(problem)
    assert SECRET not in problem.detail
    assert isinstance(errors.classify(_cantopen("SELECT 1")), errors.CannotOpenDatabase)


def test_a_value_the_server_refuses_is_one_line_not_a_bug():
    """PostgreSQL's data exceptions (class 22: a value too long for its column, a number out of range)
    were unclassified, so the command line called them a bug; SQLite never raises them."""
    import psycopg.errors

    for error in (
        psycopg.errors.StringDataRightTruncation(f"value too long: {SECRET}"),
        psycopg.errors.NumericValueOutOfRange("out of range"),
    ):
        problem = errors.classify(error)
        assert isinstance(problem, errors.ValueRefused) and isinstance(problem, errors.ConstraintViolation)
        assert SECRET not in str(problem) and SECRET not in problem.detail
        from sqlalchemy.exc import DataError

        wrapped = DataError("INSERT INTO participant (country_code) VALUES (%(c)s)", {"c": SECRET}, error)
        assert isinstance(user_facing(wrapped), errors.ValueRefused)
