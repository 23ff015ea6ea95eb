"""Kill the process (SIGKILL) at random moments during a 10,000-row import: every time the database
passes `check` and holds all of the rows or none of them.

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

from main import main

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
        sheet.write_row(3 + i, 0, [i + 1, f"Officer {i:05d} Baloch", "F" if i % 3 else "M",
                                   f"Police station {i % 40}", "Inspector", 40 + i % 30, 60 + i % 40])
    book.close()


def _attendance(db: Path) -> int:
    with closing(sqlite3.connect(db)) as conn:
        return conn.execute(
            "SELECT count(*) FROM attendance a JOIN activity v ON v.id = a.activity_id WHERE v.code = ?",
            (ACTIVITY,)).fetchone()[0]


def _import_command(db: Path, sheet: Path) -> list[str]:
    return [sys.executable, str(ROOT / "main.py"), "--db", str(db), "import", "attendance", str(sheet),
            "--activity", ACTIVITY]


def test_sigkill_during_import_leaves_all_or_nothing(tmp_path, capsys):
    db, sheet = tmp_path / "kill.db", tmp_path / "attendance.xlsx"
    _sheet(sheet)
    assert main(["--db", str(db), "demo"]) == 0
    assert main(["--db", str(db), "activity", "add", "--project", "BRIDGE", "--country", "PK", "--code", ACTIVITY,
                 "--title", "Kill test", "--type", "training", "--start", "2025-06-02", "--end", "2025-06-03",
                 "--status", "completed"]) == 0
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
        process = subprocess.Popen(_import_command(db, sheet), env=env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.05, duration * 1.05))
        process.send_signal(signal.SIGKILL)
        process.wait()
        with closing(sqlite3.connect(db)) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        count = _attendance(db)
        assert count in (0, ROWS), f"a killed import left {count} of {ROWS} rows"
        outcomes.append(count)
        if count == ROWS:  # it finished before the kill: start again from none
            assert main(["--db", str(db), "activity", "delete", ACTIVITY, "--with-attendance"]) == 0
            assert main(["--db", str(db), "activity", "add", "--project", "BRIDGE", "--country", "PK", "--code",
                         ACTIVITY, "--title", "Kill test", "--type", "training", "--start", "2025-06-02",
                         "--end", "2025-06-03", "--status", "completed"]) == 0
    assert main(["--db", str(db), "check"]) == 0
    print(f"{runs} kills: {outcomes.count(0)} left nothing, {outcomes.count(ROWS)} had finished")
