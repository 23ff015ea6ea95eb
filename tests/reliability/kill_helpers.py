"""Shared by the kill tests: a big attendance sheet, the command that imports it, and a kill of a real
process at a moment it is writing the database (its rollback journal holds pages)."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import xlsxwriter

ROOT = Path(__file__).resolve().parents[2]
ACTIVITY = "BR-PK-2025-KILL"
ADD_ACTIVITY = [
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


def write_sheet(path: Path, rows: int) -> None:
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Attendance")
    sheet.write_row(0, 0, ["Training on forced labour — Quetta"])
    sheet.write_row(
        2, 0, ["No.", "Name", "Sex", "Organization", "Position", "Phone", "Pre-test", "Post-test"]
    )
    for i in range(rows):
        sheet.write_row(
            3 + i,
            0,
            [
                i + 1,
                f"Officer {i:05d} Baloch",
                "F" if i % 3 else "M",
                f"Police station {i % 40}",
                "Inspector",
                f"+92 300 {i:07d}",
                40 + i % 30,
                60 + i % 40,
            ],
        )
    book.close()


def command(db: Path, *words: str) -> list[str]:
    return [sys.executable, str(ROOT / "main.py"), "--db", str(db), *words]


def import_command(db: Path, sheet: Path) -> list[str]:
    return command(db, "import", "attendance", str(sheet), "--activity", ACTIVITY)


JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")


def _is_hot(journal: Path) -> bool:
    """The journal's header is written (synced) once the database file itself is about to be changed."""
    try:
        with journal.open("rb") as handle:
            return handle.read(8) == JOURNAL_MAGIC
    except OSError:
        return False


def kill_when_journal_is_hot(args: list[str], db: Path, env: dict, timeout: float = 300) -> bool:
    """Start `args`, SIGKILL it once the rollback journal of `db` holds pages; False if it ended first."""
    journal = db.with_name(db.name + "-journal")
    process = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + timeout
    try:
        while process.poll() is None and time.monotonic() < deadline:
            if _is_hot(journal):
                process.send_signal(signal.SIGKILL)
                process.wait()
                return True
            time.sleep(0.002)
        return False
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            process.wait()
