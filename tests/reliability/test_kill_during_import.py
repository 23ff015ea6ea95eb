"""Kill the process (SIGKILL) at random moments during a 10,000-row import, a migration and a restore:
every time the database passes `check`, holds all of the change or none of it, and the desktop app's
start-up check keeps it in place with all its data.

FLARE_KILL_RUNS sets the number of kills (default 5 here; docs/RELIABILITY.md records longer runs).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest
import xlsxwriter

from flare_monitor.db import migrate
from flare_monitor.services import startup
from main import main
from tests.reliability.kill_helpers import kill_when_journal_is_hot
from tests.reliability.test_kill_during_migration import KILLED_MIGRATION

ROOT = Path(__file__).resolve().parents[2]
ROWS = 10_000
ACTIVITY = "BR-PK-2025-KILL"

pytestmark = [
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX-only"),
    pytest.mark.sqlite_only,  # a process killed while writing the database file
]


def _sheet(path: Path) -> None:
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Attendance")
    sheet.write_row(0, 0, ["Training on forced labour — Quetta"])
    sheet.write_row(2, 0, ["No.", "Name", "Sex", "Organization", "Position", "Pre-test", "Post-test"])
    for i in range(ROWS):
        sheet.write_row(
            3 + i,
            0,
            [
                i + 1,
                f"Officer {i:05d} Baloch",
                "F" if i % 3 else "M",
                f"Police station {i % 40}",
                "Inspector",
                40 + i % 30,
                60 + i % 40,
            ],
        )
    book.close()


def _attendance(db: Path) -> int:
    with closing(sqlite3.connect(db)) as conn:
        return conn.execute(
            "SELECT count(*) FROM attendance a JOIN activity v ON v.id = a.activity_id WHERE v.code = ?",
            (ACTIVITY,),
        ).fetchone()[0]


def _import_command(db: Path, sheet: Path) -> list[str]:
    return [
        sys.executable,
        str(ROOT / "main.py"),
        "--db",
        str(db),
        "import",
        "attendance",
        str(sheet),
        "--activity",
        ACTIVITY,
    ]


def _rows(db: Path) -> dict[str, int]:
    with closing(sqlite3.connect(db)) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def _start_up_keeps(db: Path, tmp_path: Path) -> None:
    """The desktop app's start-up check after the kill: the file stays in place with all its data."""
    opened = startup.open_for_app(str(db), tmp_path / "startup-backups", daily_backup=False)
    opened.dispose()
    assert db.exists() and not list(db.parent.glob("*.damaged-*"))


def _runs() -> int:
    return int(os.environ.get("FLARE_KILL_RUNS", "5"))


def _rng() -> random.Random:
    return random.Random(int(os.environ.get("FLARE_KILL_SEED", "20240416")))


def test_sigkill_during_import_leaves_all_or_nothing(tmp_path, capsys):
    db, sheet = tmp_path / "kill.db", tmp_path / "attendance.xlsx"
    _sheet(sheet)
    assert main(["--db", str(db), "demo"]) == 0
    assert (
        main(
            [
                "--db",
                str(db),
                "activity",
                "add",
                "--project",
                "BRIDGE",
                "--country",
                "PK",
                "--code",
                ACTIVITY,
                "--title",
                "Kill test",
                "--type",
                "training",
                "--start",
                "2025-06-02",
                "--end",
                "2025-06-03",
                "--status",
                "completed",
            ]
        )
        == 0
    )
    capsys.readouterr()
    env = {**os.environ, "FLARE_MONITOR_DATA_DIR": str(tmp_path / "data")}

    started = time.perf_counter()  # one undisturbed run tells how long an import takes here
    probe = tmp_path / "probe.db"
    probe.write_bytes(db.read_bytes())
    done = subprocess.run(_import_command(probe, sheet), env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    duration = time.perf_counter() - started
    assert _attendance(probe) == ROWS

    rng = random.Random(int(os.environ.get("FLARE_KILL_SEED", "20240416")))
    runs = int(os.environ.get("FLARE_KILL_RUNS", "5"))
    outcomes = []
    for _ in range(runs):
        process = subprocess.Popen(
            _import_command(db, sheet), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(rng.uniform(0.05, duration * 1.05))
        process.send_signal(signal.SIGKILL)
        process.wait()
        _start_up_keeps(db, tmp_path)
        with closing(sqlite3.connect(db)) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        count = _attendance(db)
        assert count in (0, ROWS), f"a killed import left {count} of {ROWS} rows"
        outcomes.append(count)
        if count == ROWS:  # it finished before the kill: start again from none
            assert main(["--db", str(db), "activity", "delete", ACTIVITY, "--with-attendance"]) == 0
            assert (
                main(
                    [
                        "--db",
                        str(db),
                        "activity",
                        "add",
                        "--project",
                        "BRIDGE",
                        "--country",
                        "PK",
                        "--code",
                        ACTIVITY,
                        "--title",
                        "Kill test",
                        "--type",
                        "training",
                        "--start",
                        "2025-06-02",
                        "--end",
                        "2025-06-03",
                        "--status",
                        "completed",
                    ]
                )
                == 0
            )
    assert main(["--db", str(db), "check"]) == 0
    print(f"{runs} kills: {outcomes.count(0)} left nothing, {outcomes.count(ROWS)} had finished")


def test_sigkill_during_a_migration_leaves_the_old_schema_or_the_new(tmp_path, capsys):
    """Killed after a random statement of the upgrade 0001 → head of a database holding the demo data."""
    old = tmp_path / "old.db"
    assert main(["--db", str(old), "demo"]) == 0
    capsys.readouterr()
    opened = migrate.open_database(str(old))
    migrate.downgrade(opened, "0001")
    opened.dispose()
    before = _rows(old)
    env = {**os.environ, "FLARE_MONITOR_DATA_DIR": str(tmp_path / "data")}
    db = tmp_path / "kill.db"

    def migrate_and_kill(at: int) -> subprocess.CompletedProcess:
        db.write_bytes(old.read_bytes())
        for side in ("-journal", "-wal"):
            db.with_name(db.name + side).unlink(missing_ok=True)
        return subprocess.run(
            [sys.executable, "-c", KILLED_MIGRATION, str(db), str(at)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
        )

    whole = migrate_and_kill(0)  # never killed: counts the statements of the upgrade
    assert whole.returncode == 0, whole.stderr
    statements = int(whole.stdout.split()[-1])
    rng = _rng()
    outcomes = []
    for at in sorted(rng.sample(range(1, statements + 1), min(_runs(), statements))):
        done = migrate_and_kill(at)
        assert done.returncode == -signal.SIGKILL, done.stderr
        _start_up_keeps(db, tmp_path)  # migrates it (again) to head
        with closing(sqlite3.connect(db)) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
            assert (
                conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
                == migrate.head_revision()
            )
        after = _rows(db)
        assert {t: after[t] for t in before} == before, f"killed at statement {at} of {statements}"
        outcomes.append(at)
    print(f"{len(outcomes)} kills during a migration of {statements} statements, at {outcomes}: all kept")


def test_sigkill_during_a_restore_leaves_the_old_data_or_the_backup(tmp_path, capsys):
    db, sheet, saved = tmp_path / "kill.db", tmp_path / "attendance.xlsx", tmp_path / "saved.db"
    _sheet(sheet)
    assert main(["--db", str(db), "demo"]) == 0
    assert (
        main(
            [
                "--db",
                str(db),
                "activity",
                "add",
                "--project",
                "BRIDGE",
                "--country",
                "PK",
                "--code",
                ACTIVITY,
                "--title",
                "Kill test",
                "--type",
                "training",
                "--start",
                "2025-06-02",
                "--end",
                "2025-06-03",
                "--status",
                "completed",
            ]
        )
        == 0
    )
    assert main(["--db", str(db), "import", "attendance", str(sheet), "--activity", ACTIVITY]) == 0
    assert main(["--db", str(db), "backup", "--out", str(saved)]) == 0  # holds the 10,000 rows
    assert main(["--db", str(db), "activity", "delete", ACTIVITY, "--with-attendance"]) == 0
    capsys.readouterr()
    env = {**os.environ, "FLARE_MONITOR_DATA_DIR": str(tmp_path / "data")}
    restore = [sys.executable, str(ROOT / "main.py"), "--db", str(db), "restore", str(saved)]

    started = time.perf_counter()
    probe = tmp_path / "probe.db"
    probe.write_bytes(db.read_bytes())
    done = subprocess.run([*restore[:3], str(probe), *restore[4:]], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    duration = time.perf_counter() - started
    assert _attendance(probe) == ROWS

    rng = _rng()
    outcomes = []
    for run in range(_runs()):
        if run % 2:  # every other kill lands while the backup is being written over the database
            assert kill_when_journal_is_hot(restore, db, env)
        else:
            process = subprocess.Popen(restore, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(0.05, duration * 1.05))
            process.send_signal(signal.SIGKILL)
            process.wait()
        _start_up_keeps(db, tmp_path)
        with closing(sqlite3.connect(db)) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        count = _attendance(db)
        assert count in (0, ROWS), f"a killed restore left {count} of {ROWS} rows"
        outcomes.append(count)
        if count == ROWS:  # it finished before the kill: start again from the data without them
            assert main(["--db", str(db), "activity", "delete", ACTIVITY, "--with-attendance"]) == 0
    assert main(["--db", str(db), "check"]) == 0
    print(
        f"{len(outcomes)} kills during a restore: {outcomes.count(0)} left the data as it was, "
        f"{outcomes.count(ROWS)} had restored the backup"
    )
