"""The databases opened lately (File › Recent databases) and starting the app again on another one."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QProcess, QSettings

KEY = "recent/databases"
LIMIT = 8


def databases() -> list[str]:
    value = QSettings().value(KEY) or []
    return [str(v) for v in (value if isinstance(value, list) else [value]) if v]


def remember(location: str) -> None:
    entries = [location, *(e for e in databases() if e != location)][:LIMIT]
    QSettings().setValue(KEY, entries)


def last_folder() -> str:
    entries = databases()
    return str(Path(entries[0]).parent) if entries else str(Path.home())


def start_command(location: str) -> tuple[str, list[str]]:
    """The program and arguments that start the app on `location` (the frozen app is its own program)."""
    if getattr(sys, "frozen", False):
        return sys.executable, ["--db", location]
    main = Path(__file__).resolve().parent.parent / "main.py"
    return sys.executable, [str(main), "--db", location]


def start_app_on(location: str) -> bool:
    """Start the app on `location` in a process of its own; True when it started."""
    program, arguments = start_command(location)
    started, _pid = QProcess.startDetached(program, arguments)
    return bool(started)
