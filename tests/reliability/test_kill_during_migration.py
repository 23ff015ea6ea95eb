"""A migration killed midway (SIGKILL, as a power cut does) leaves the database at the old revision or
at the new one, never between: SQLite runs the DDL of every migration and the version stamp in one
transaction. And `restore` works whatever state the current file is in.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from flare_monitor.db import migrate
from main import main
from tests.reliability.kill_helpers import ROOT

pytestmark = [
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX-only"),
    pytest.mark.sqlite_only,
]

# Run in a child process: migrate the database, killing the process (SIGKILL) right after the statement
# number `kill_at` of the upgrade (or the first statement starting with `kill_at` when it is text).
KILLED_MIGRATION = """
import os, signal, sys
from sqlalchemy import event
from flare_monitor.db import migrate

db_path, kill_at = sys.argv[1], sys.argv[2]
seen = []
real_run = migrate._run_upgrade

def run_and_die(db):
    @event.listens_for(db.engine, "after_cursor_execute")
    def _die(conn, cursor, statement, *args):
        seen.append(statement)
        hit = len(seen) == int(kill_at) if kill_at.isdigit() else statement.lstrip().upper().startswith(kill_at)
        if hit:
            os.kill(os.getpid(), signal.SIGKILL)
    real_run(db)

migrate._run_upgrade = run_and_die
migrate.open_database(db_path).dispose()
print(len(seen))
"""


def run_migration(db: Path, kill_at: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", KILLED_MIGRATION, str(db), kill_at],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )


def counts(capsys, db: Path) -> dict[str, int]:
    assert main(["--db", str(db), "status", "--json"]) == 0
    return json.loads(capsys.readouterr().out)["counts"]


def counts_at_old_revision(db: Path) -> dict[str, int]:
    with closing(sqlite3.connect(db)) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {
            t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
            for t in tables
            if t != "alembic_version"
        }


def revision(db: Path) -> str:
    with closing(sqlite3.connect(db)) as conn:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def old_database(tmp_path: Path, capsys, revision_id: str = "0003") -> Path:
    """The demo data in a database at an older revision (as an older release left it)."""
    db = tmp_path / "old.db"
    assert main(["--db", str(db), "demo"]) == 0
    capsys.readouterr()
    opened = migrate.open_database(str(db))
    migrate.downgrade(opened, revision_id)
    opened.dispose()
    return db


@pytest.fixture
def env(tmp_path) -> dict:
    return {**os.environ, "FLARE_MONITOR_DATA_DIR": str(tmp_path / "data")}


def test_migration_killed_after_a_create_table_leaves_the_old_revision(tmp_path, capsys, env):
    db = old_database(tmp_path, capsys)
    before = counts_at_old_revision(db)
    done = run_migration(db, "CREATE TABLE EXCHANGE_BASE", env)
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert revision(db) == "0003"
    with closing(sqlite3.connect(db)) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "exchange_base" not in tables  # rolled back with the rest, not left behind
    # Every command opens it again: the migration runs anew and keeps every row.
    after = counts(capsys, db)
    assert {t: n for t, n in after.items() if t in before} == before
    assert revision(db) == migrate.head_revision()
    assert main(["--db", str(db), "check"]) == 0


def half_migrated(db: Path) -> None:
    """What a killed migration left before migrations were one transaction: 0003 stamped, a 0004 table made."""
    with closing(sqlite3.connect(db)) as conn:
        conn.execute("CREATE TABLE exchange_base (id CHAR(32) NOT NULL PRIMARY KEY)")
        conn.commit()


@pytest.mark.parametrize("state", ["half-migrated", "damaged", "not a database", "empty", "missing"])
def test_restore_works_whatever_state_the_current_file_is_in(tmp_path, capsys, state):
    db = tmp_path / "office.db"
    assert main(["--db", str(db), "demo"]) == 0
    backup = tmp_path / "saved.db"
    assert main(["--db", str(db), "backup", "--out", str(backup)]) == 0
    capsys.readouterr()
    if state == "half-migrated":
        opened = migrate.open_database(str(db))
        migrate.downgrade(opened, "0003")
        opened.dispose()
        half_migrated(db)
        assert main(["--db", str(db), "status"]) == 1  # every command fails on such a file
        assert "already exists" in capsys.readouterr().err
    elif state == "damaged":
        data = bytearray(db.read_bytes())
        data[4096:12288] = b"\xa5" * 8192
        db.write_bytes(bytes(data))
    elif state == "not a database":
        db.write_bytes(b"this is not a database" * 100)
    elif state == "empty":
        db.write_bytes(b"")
    else:
        db.unlink()
    code = main(["--db", str(db), "restore", str(backup)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Restored" in out
    assert counts(capsys, db)["attendance"] > 100
    assert main(["--db", str(db), "check"]) == 0
    assert revision(db) == migrate.head_revision()
