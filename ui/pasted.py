"""Rows pasted from Excel, and sheets dropped on the window, go through the attendance import wizard: the
same reading, matching, preview and all-or-nothing writing as a sheet chosen with Browse.

Pasted rows are kept in a file of the per-user data folder while the wizard reads them, then removed.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from flare_monitor import paths

SHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".tsv", ".txt")


def is_sheet(path: str | Path) -> bool:
    return Path(path).suffix.lower() in SHEET_SUFFIXES


def clipboard_rows(text: str) -> list[list[str]]:
    """Excel's clipboard format: rows on lines, cells separated by tabs (trailing empty lines dropped)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    return [line.split("\t") for line in lines]


def pasted_sheet(text: str) -> Path | None:
    """A tab-separated file of the pasted rows for the wizard, or None when nothing table-like was pasted."""
    rows = clipboard_rows(text)
    if len(rows) < 2 or max(len(r) for r in rows) < 2:
        return None  # a heading row and one person at least, in two columns at least
    folder = paths.data_dir() / "pasted"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"pasted-{datetime.now():%Y%m%d-%H%M%S-%f}.tsv"
    target.write_text("\n".join("\t".join(row) for row in rows) + "\n", encoding="utf-8")
    return target


def forget(path: str | Path) -> None:
    """Remove a pasted sheet once the wizard is done with it (a dropped file is the user's: kept)."""
    target = Path(path)
    if target.parent == paths.data_dir() / "pasted":
        target.unlink(missing_ok=True)
