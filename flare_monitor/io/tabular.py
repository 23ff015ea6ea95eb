"""Write tables to CSV (UTF-8 with BOM, what Excel calls "CSV UTF-8") or XLSX, safely.

Both formats pass every text cell through `safe_cells.neutralize` (formula injection), and both are
written to a temporary file in the target folder and then renamed over the target, so a crash or a
full disk never leaves half a file where the user expects an export.
"""

from __future__ import annotations

import contextlib
import csv
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as xml_escape

import xlsxwriter
from xlsxwriter.exceptions import XlsxWriterException

from flare_monitor.errors import EnvironmentProblem, UserError
from flare_monitor.i18n import _
from flare_monitor.io.atomic import replace_atomically
from flare_monitor.io.safe_cells import neutralize

Sheet = tuple[str, Sequence[str], Iterable[Sequence[Any]]]

SUFFIXES = (".csv", ".xlsx")
MAX_SHEET_NAME = 31
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
_MIN_WIDTH, _MAX_WIDTH = 8, 60
_WORKBOOK_OPTIONS = {
    # Never let XlsxWriter turn text into formulas, links or numbers: a cell is what we say it is.
    "strings_to_formulas": False,
    "strings_to_urls": False,
    "strings_to_numbers": False,
    # Rows go to disk as they are written: 100,000 participants fit in a few MB of memory.
    "constant_memory": True,
    "remove_timezone": True,
}


def check_suffix(path: Path, what: str = "The export file") -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in SUFFIXES:
        raise UserError(_("{what} {path} must end in .csv or .xlsx", what=what, path=path))
    return suffix


def write_table(
    path: Path, headers: list[str], rows: Iterable[Sequence[Any]], sheet_name: str = "Data"
) -> int:
    """Write one table to `path` (.csv or .xlsx, chosen by the suffix); returns the number of data rows."""
    path = Path(path)
    if check_suffix(path) == ".csv":
        return _replace_atomically(path, lambda temp: _write_csv(temp, headers, rows))
    return write_workbook(path, [(sheet_name, headers, rows)])[0]


def write_workbook(path: Path, sheets: list[Sheet]) -> list[int]:
    """Write several tables as the sheets of one .xlsx file; returns the row count of each sheet."""
    path = Path(path)
    if check_suffix(path, "The workbook") != ".xlsx":
        raise UserError(
            _("The workbook {path} must end in .xlsx (a CSV file holds only one table)", path=path)
        )
    if not sheets:
        raise ValueError("a workbook needs at least one sheet")
    return _replace_atomically(path, lambda temp: _write_xlsx(temp, sheets))


# Another program holding the file open (usually Excel, on Windows) is why a replace is refused.
_IN_EXCEL = " If the file is open in Excel, close it and try again."


def _replace_atomically(path: Path, write: Callable[[Path], Any]) -> Any:
    """The export written in place of `path` as a whole, with the messages an Excel user needs."""

    def written(temp: Path) -> Any:
        try:
            return write(temp)
        except XlsxWriterException as exc:  # FileCreateError wraps the OSError of the zip step
            raise EnvironmentProblem(_("Cannot write {path}: {error}", path=path, error=exc)) from exc

    return replace_atomically(path, written, in_use_hint=_IN_EXCEL)


# --------------------------------------------------------------------------- CSV


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float | Decimal):
        if not math.isfinite(value):
            return ""
        return int(value) if value == int(value) and abs(value) < 2**53 else value
    if isinstance(value, int):
        return value
    return neutralize(_text(value))


def _write_csv(temp: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    count = 0
    # newline="": the csv module writes \r\n itself and keeps \r or \n inside quoted cells intact.
    with open(temp, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, quoting=csv.QUOTE_MINIMAL)
        writer.writerow([neutralize(_text(h)) for h in headers])
        for row in rows:
            _check_length(row, headers)
            writer.writerow([_csv_cell(v) for v in row])
            count += 1
    return count


# --------------------------------------------------------------------------- XLSX


def _text(value: Any) -> str:
    if isinstance(value, Enum):
        return str(value.value)
    return value if isinstance(value, str) else str(value)


def _xlsx_text(text: str) -> str:
    """Guard against an XlsxWriter quirk: a string shaped like ``<r>…</r>`` is copied into the XML
    unescaped as "rich text" (``<r>&</r>`` makes a corrupt file). Wrapping it as one real rich-text
    run, with the text XML-escaped, stores exactly the original text."""
    if text.startswith("<r>") and text.endswith("</r>"):
        return '<r><t xml:space="preserve">' + xml_escape(text) + "</t></r>"
    return text


def _display_width(value: Any) -> int:
    if isinstance(value, datetime):
        return 16
    if isinstance(value, date):
        return 10
    text = value if isinstance(value, str) else str(value)
    line = max(text.split("\n"), key=len) if "\n" in text else text
    if line.isascii():
        return len(line)
    # East Asian wide characters take two columns.
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)


def sheet_title(name: str, taken: set[str] | None = None) -> str:
    """A name Excel accepts: no []:*?/\\, no apostrophe at either end, at most 31 chars, unique."""
    title = _BAD_SHEET_CHARS.sub("_", " ".join(str(name).split()))[:MAX_SHEET_NAME].strip("' ")
    if not title or title.casefold() == "history":  # Excel reserves "History"
        title = (title + "_") if title else "Sheet"
    taken = taken if taken is not None else set()
    candidate, n = title, 1
    while candidate.casefold() in taken:
        n += 1
        tail = f" ({n})"
        candidate = title[: MAX_SHEET_NAME - len(tail)] + tail
    taken.add(candidate.casefold())
    return candidate


def _write_xlsx(temp: Path, sheets: list[Sheet]) -> list[int]:
    workbook = xlsxwriter.Workbook(str(temp), _WORKBOOK_OPTIONS)
    try:
        header_format = workbook.add_format({"bold": True})
        date_format = workbook.add_format({"num_format": "yyyy-mm-dd"})
        datetime_format = workbook.add_format({"num_format": "yyyy-mm-dd hh:mm"})
        taken: set[str] = set()
        counts = []
        for name, headers, rows in sheets:
            sheet = workbook.add_worksheet(sheet_title(name, taken))
            counts.append(_fill_sheet(sheet, headers, rows, header_format, date_format, datetime_format))
    except BaseException:
        # Close anyway so XlsxWriter removes its row files; the original error is the one to report.
        with contextlib.suppress(Exception):
            workbook.close()
        raise
    workbook.close()  # assembles the zip
    return counts


def _fill_sheet(sheet, headers, rows, header_format, date_format, datetime_format) -> int:
    widths = []
    for col, header in enumerate(headers):
        text = neutralize(_text(header))
        sheet.write_string(0, col, _xlsx_text(text), header_format)
        widths.append(_display_width(text))
    count = 0
    for count, row in enumerate(rows, start=1):
        _check_length(row, headers)
        for col, value in enumerate(row):
            if value is None:
                continue
            width = _write_value(sheet, count, col, value, date_format, datetime_format)
            if width > widths[col]:
                widths[col] = width
    for col, width in enumerate(widths):
        sheet.set_column(col, col, min(max(width + 2, _MIN_WIDTH), _MAX_WIDTH))
    sheet.freeze_panes(1, 0)
    if headers:
        sheet.autofilter(0, 0, max(count, 1), len(headers) - 1)
    return count


def _write_value(sheet, row: int, col: int, value: Any, date_format, datetime_format) -> int:
    """Write one typed cell; returns its display width for the column."""
    if isinstance(value, bool):
        sheet.write_boolean(row, col, value)
        return 5
    if isinstance(value, int | float | Decimal):
        number = float(value)
        if not math.isfinite(number):  # Excel has no NaN or infinity: leave the cell empty
            return 0
        sheet.write_number(row, col, number)
        return len(str(value))
    if isinstance(value, date):
        if value.year < 1900:  # before Excel's epoch: keep it readable as text
            sheet.write_string(row, col, value.isoformat())
        elif isinstance(value, datetime):
            sheet.write_datetime(row, col, value, datetime_format)
        else:
            sheet.write_datetime(row, col, value, date_format)
        return _display_width(value)
    text = neutralize(_text(value))
    sheet.write_string(row, col, _xlsx_text(text))
    return _display_width(text)


def _check_length(row: Sequence[Any], headers: Sequence[str]) -> None:
    if len(row) != len(headers):
        raise ValueError(f"row has {len(row)} cells for {len(headers)} headers: {row!r}")
