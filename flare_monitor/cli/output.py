"""Printing for the command line: JSON for programs (English, as stored), aligned tables and sentences
for people in the command line's language (`flare-monitor --language es|fr|en …`, else the system's)."""

from __future__ import annotations

import json
import sys
import unicodedata
from collections.abc import Sequence
from typing import Any

from flare_monitor.i18n import SOURCE, render_message

_language = SOURCE


def set_language(language: str) -> None:
    global _language
    _language = language


def language() -> str:
    """The language the command line speaks in this run."""
    return _language


def text(message: Any) -> str:
    """A message (or an error) in the command line's language."""
    return render_message(message, _language)


def say(message: Any, *, file=None) -> None:
    """Print a message of the core in the command line's language."""
    print(text(message), file=file or sys.stdout)


def emit_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def _width(text: str) -> int:
    # East Asian wide characters take two columns in a terminal.
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def print_table(headers: Sequence[str], rows: Sequence[Sequence[Any]], max_width: int = 60) -> None:
    cells = [[("" if v is None else str(v)) for v in row] for row in rows]
    cells = [[c if _width(c) <= max_width else c[: max_width - 1] + "…" for c in row] for row in cells]
    widths = [max([_width(h)] + [_width(r[i]) for r in cells]) for i, h in enumerate(headers)]

    def line(values: Sequence[str]) -> str:
        return "  ".join(v + " " * (w - _width(v)) for v, w in zip(values, widths, strict=True)).rstrip()

    print(line(headers))
    print(line(["-" * w for w in widths]))
    for row in cells:
        print(line(row))
