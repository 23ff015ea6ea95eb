"""Reading attendance sheets safely: .xlsx, .xls, .ods (python-calamine) and .csv, into plain rows.

Whatever a hostile or broken file could do is bounded before a parser sees it: file size, type (magic
bytes), rows and cells, zip bombs (declared sizes, compression ratio, and the sizes actually inflated,
because a zip directory can lie) and XML DTDs / entity declarations (billion laughs). Each check
fails with a one-line `SheetError` the user can act on.

Rows keep their sheet numbering: ``rows[i]`` is sheet row ``i + 1`` (CSV: record ``i + 1``). Cells are
None (blank), str, int (calamine's whole floats, 40.0 → 40), float, bool, date, datetime, time or
timedelta. Date serials in cells not formatted as dates stay numbers; the importer converts them.
"""

from __future__ import annotations

import codecs
import copy
import csv
import io
import math
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError
from defusedxml.ElementTree import fromstring as defused_fromstring
from python_calamine import CalamineWorkbook, SheetTypeEnum, SheetVisibleEnum

from flare_monitor.errors import UserError
from flare_monitor.i18n import N_, Message, _

# Limits: module constants so tests (and a future setting) can lower them; read at call time.
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_DATA_ROWS = 100_000
HEADER_SCAN_ROWS = 30
MAX_CELLS = 5_000_000
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
MAX_RATIO = 100
RATIO_MIN_BYTES = 10 * 1024 * 1024
MAX_ZIP_MEMBERS = 2_000
MAX_CENTRAL_DIRECTORY_BYTES = 8 * 1024 * 1024
XML_PROLOGUE_BYTES = 64 * 1024
CSV_SNIFF_CHARS = 16 * 1024
_CHUNK = 1024 * 1024

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
CSV_SUFFIXES = (".csv", ".tsv", ".txt")
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_KIND = {
    ".xlsx": N_("Excel workbook (.xlsx)"),
    ".xlsm": N_("Excel workbook (.xlsm)"),
    ".xls": N_("Excel 97-2003 workbook (.xls)"),
    ".ods": N_("OpenDocument spreadsheet (.ods)"),
}
_ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
_NOT_PARSER_ERRORS = (KeyboardInterrupt, SystemExit, GeneratorExit)


class SheetError(UserError):
    """The file cannot be read as an attendance sheet; nothing was imported."""


@dataclass
class RawTable:
    rows: list[list[Any]]
    sheet_names: list[str] = field(default_factory=list)
    sheet: str | None = None
    source: str = ""
    detail: str = ""  # how a CSV was read ("cp1252, ';'-separated"), for the preview


def read_table(path: str | Path, sheet: str | None = None) -> RawTable:
    """The rows of one sheet of `path` (the first visible worksheet unless `sheet` names one)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in WORKBOOK_SUFFIXES + CSV_SUFFIXES:
        raise SheetError(_("{name}: not a spreadsheet; use .xlsx, .xls, .ods or .csv", name=path.name))
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8192)
    except FileNotFoundError:
        raise SheetError(_("{path}: no such file", path=path)) from None
    except PermissionError:
        raise SheetError(
            _("{name}: cannot be opened; close it in Excel and try again", name=path.name)
        ) from None
    except OSError as exc:
        raise SheetError(
            _("{name}: cannot be read ({reason})", name=path.name, reason=exc.strerror or exc)
        ) from None
    if size == 0:
        raise SheetError(_("{name} is empty", name=path.name))
    if size > MAX_FILE_BYTES:
        raise SheetError(
            _(
                "{name} is {size}; attendance sheets over {size2} are refused (split the file or "
                "remove pictures and other sheets)",
                name=path.name,
                size=_size(size),
                size2=_size(MAX_FILE_BYTES),
            )
        )
    if suffix in CSV_SUFFIXES:
        return _read_csv(path, head)
    expected = _OLE if suffix == ".xls" else _ZIP
    if not head.startswith(expected):
        raise SheetError(
            _(
                "{name} is not an {kind}{describe}",
                name=path.name,
                kind=Message(_KIND[suffix]),
                describe=_describe(head, suffix),
            )
        )
    if expected == _ZIP:
        _check_zip(path, size, suffix)
    return _read_workbook(path, sheet)


def _size(n: int) -> Message:
    if n >= 2**20:
        return _("{size} MB", size=round(n / 2**20))
    return _("{size} KB", size=round(n / 1024))


def _describe(head: bytes, suffix: str) -> str:
    """What the file really is, so the message tells the user what to do."""
    if head.startswith(_ZIP):
        return _(": it is a zip-based file (.xlsx or .ods?) with the wrong extension")
    if head.startswith(_OLE):
        if suffix in (".xlsx", ".xlsm"):
            return _(
                ": it is password-protected or an old .xls file; remove the password or save it as .xlsx"
            )
        return _(": it is an old-format Office file (.xls?) with the wrong extension")
    for magic, kind in (
        (b"\x89PNG", _(": it is a PNG image")),
        (b"\xff\xd8\xff", _(": it is a JPEG image")),
        (b"%PDF", _(": it is a PDF document")),
        (b"GIF8", _(": it is a GIF image")),
    ):
        if head.startswith(magic):
            return kind
    if head.lstrip()[:1] == b"<":
        return _(": it is a web page or XML file; open it in Excel and save it as .xlsx")
    return ""


def _zip_entry_count(path: Path, size: int) -> int:
    """Entries announced by the end-of-central-directory record, read before zipfile parses it all."""
    with path.open("rb") as handle:
        handle.seek(max(0, size - (65535 + 22 + 20)))
        tail = handle.read()
        pos = tail.rfind(b"PK\x05\x06")
        if pos < 0 or len(tail) - pos < 22:
            raise SheetError(_("{name} is damaged (not a complete zip file)", name=path.name))
        entries, cd_size = struct.unpack("<HL", tail[pos + 10 : pos + 16])
        if entries == 0xFFFF and pos >= 20 and tail[pos - 20 : pos - 16] == b"PK\x06\x07":
            (offset,) = struct.unpack("<Q", tail[pos - 12 : pos - 4])
            handle.seek(offset)
            record = handle.read(56)
            if record[:4] == b"PK\x06\x06":
                entries, cd_size = struct.unpack("<QQ", record[32:48])
    if cd_size > MAX_CENTRAL_DIRECTORY_BYTES:
        raise SheetError(_("{name}: its zip directory is implausibly large; refused", name=path.name))
    return entries


def _check_zip(path: Path, size: int, suffix: str) -> None:
    try:
        if _zip_entry_count(path, size) > MAX_ZIP_MEMBERS:
            raise SheetError(
                _(
                    "{name} holds more than {max_zip_members} parts; refused as unsafe",
                    name=path.name,
                    max_zip_members=MAX_ZIP_MEMBERS,
                )
            )
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            _check_parts(path, archive, suffix)
            total = sum(info.file_size for info in infos)
            if total > MAX_UNCOMPRESSED_BYTES:
                raise _bomb(path, _("it would expand to {size}", size=_size(total)))
            for info in infos:
                ratio = info.file_size / max(info.compress_size, 1)
                if info.file_size > RATIO_MIN_BYTES and ratio > MAX_RATIO:
                    raise _bomb(
                        path,
                        _("{part} is compressed more than {ratio}:1", part=info.filename, ratio=MAX_RATIO),
                    )
            inflated = 0
            for info in infos:
                inflated += _inflate_and_scan(path, archive, info, MAX_UNCOMPRESSED_BYTES - inflated)
            for name in ("[Content_Types].xml", "xl/workbook.xml", "META-INF/manifest.xml"):
                info = archive.NameToInfo.get(name)
                if info is not None and info.file_size <= _CHUNK * 4:
                    _defused_parse(path, name, archive.read(name))
    except SheetError:
        raise
    except (
        zipfile.BadZipFile,
        zlib.error,
        struct.error,
        EOFError,
        OSError,
        ValueError,
        NotImplementedError,
        RuntimeError,
    ) as exc:
        # RuntimeError: an encrypted member; NotImplementedError: a compression method zipfile lacks.
        raise SheetError(
            _("{name} is damaged or protected and cannot be read ({error})", name=path.name, error=exc)
        ) from None


def _check_parts(path: Path, archive: zipfile.ZipFile, suffix: str) -> None:
    """An .xlsx must hold a workbook and an .ods a spreadsheet, not a Word or Writer document."""
    names = archive.NameToInfo
    if suffix == ".ods":
        info = names.get("mimetype")
        mimetype = archive.read("mimetype")[:200].strip() if info and info.file_size < 200 else b""
        if mimetype != _ODS_MIMETYPE:
            raise SheetError(_("{name} is not an OpenDocument spreadsheet (.ods)", name=path.name))
        return
    if "[Content_Types].xml" not in names or not any(name.startswith("xl/") for name in names):
        what = (
            _("a Word document") if any(n.startswith("word/") for n in names) else _("another kind of file")
        )
        raise SheetError(
            _(
                "{name} is not an Excel workbook: it is {what} with a {suffix} name",
                name=path.name,
                what=what,
                suffix=suffix,
            )
        )


def _bomb(path: Path, why: Message) -> SheetError:
    return SheetError(_("{name} is refused as unsafe: {why} (a 'zip bomb')", name=path.name, why=why))


def _inflate_and_scan(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int) -> int:
    """Inflate one member in bounded chunks; return its real size. Checks its XML prologue on the way.

    The declared size is only a claim: zipfile stops reading at it, so the member is opened with a
    cap of `budget` + 1 instead, which reveals a member that inflates to more than it declares.
    """
    probe = copy.copy(info)
    probe.file_size = budget + 1
    actual = 0
    head = b""
    grid = _Grid(info.filename) if _WORKSHEET.match(info.filename) else None
    with archive.open(probe) as member:
        while chunk := member.read(_CHUNK):
            if len(head) < XML_PROLOGUE_BYTES:
                head += chunk[: XML_PROLOGUE_BYTES - len(head)]
            if grid is not None:
                grid.scan(chunk)
            actual += len(chunk)
            if actual > budget:
                raise _bomb(path, _("it expands to more than {size}", size=_size(MAX_UNCOMPRESSED_BYTES)))
            if actual > info.file_size:
                raise _bomb(
                    path,
                    _("{part} inflates to more than the size its zip entry declares", part=info.filename),
                )
    _check_prologue(path, info.filename, head)
    if grid is not None:
        grid.check(path)
    return actual


# A worksheet's cells name their place (`<c r="XFD1048576"`): the reader allocates the whole grid up to
# the farthest one before any size check, so one stray cell there asked for 512 GB. Found while inflating.
_WORKSHEET = re.compile(r"^xl/worksheets/[^/]+\.xml$")
# XML allows either quote and spaces around "=".
_CELL_REF = re.compile(rb"<(?:\w+:)?c\b[^>]*?\br\s*=\s*[\"']([A-Z]{1,3})([0-9]{1,7})[\"']")


class _Grid:
    def __init__(self, part: str):
        self.part = part
        self.rows = self.columns = 0
        self.farthest = ""
        self._tail = b""

    def scan(self, chunk: bytes) -> None:
        text = self._tail + chunk
        for letters, digits in _CELL_REF.findall(text):
            column = 0
            for letter in letters:
                column = column * 26 + letter - 64
            row = int(digits)
            if row * column > self.rows * self.columns:
                self.farthest = (letters + digits).decode("ascii")
            self.rows, self.columns = max(self.rows, row), max(self.columns, column)
        self._tail = text[-256:]  # a cell reference cut in two by the chunk boundary

    def check(self, path: Path) -> None:
        if self.rows * self.columns > MAX_CELLS:
            raise SheetError(
                _(
                    "{name} is too large: a sheet reaches cell {farthest} ({rows} rows × {columns} "
                    "columns); delete stray cells far down or to the right and save it again",
                    name=path.name,
                    farthest=self.farthest,
                    rows=self.rows,
                    columns=self.columns,
                )
            )


def _check_prologue(path: Path, name: str, head: bytes) -> None:
    """Refuse DTDs and entity declarations: they can only come before the first element."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or head[:2] in (b"<\x00", b"\x00<"):
        text = head.decode("utf-16-be" if head[:1] in (b"\xfe", b"\x00") else "utf-16-le", "ignore")
    else:  # ASCII markup survives whatever the real encoding is
        text = head.removeprefix(codecs.BOM_UTF8).decode("latin-1")
    lowered = text.lower()
    if "<!doctype" in lowered or "<!entity" in lowered:
        raise SheetError(
            _("{name} is refused as unsafe: {part} declares a DTD or entities", name=path.name, part=name)
        )
    pos, end = 0, len(text)
    while True:
        while pos < end and text[pos] in " \t\r\n\ufeff":
            pos += 1
        if pos >= end:
            break
        if text.startswith("<?", pos) or text.startswith("<!--", pos):
            marker = "?>" if text[pos + 1] == "?" else "-->"
            close = text.find(marker, pos + 2)
            if close < 0:
                break
            pos = close + len(marker)
            continue
        if text.startswith("<!", pos):
            raise SheetError(
                _("{name} is refused as unsafe: {part} declares a DTD", name=path.name, part=name)
            )
        return  # the root element (or not XML at all, such as an image): no DTD can follow
    if len(head) >= XML_PROLOGUE_BYTES:
        raise SheetError(
            _("{name} is refused as unsafe: {part} has an overlong XML prologue", name=path.name, part=name)
        )


def _defused_parse(path: Path, name: str, data: bytes) -> None:
    try:
        defused_fromstring(data, forbid_dtd=True)
    except DefusedXmlException:
        raise SheetError(
            _("{name} is refused as unsafe: {part} declares a DTD or entities", name=path.name, part=name)
        ) from None
    except ParseError:
        raise SheetError(
            _("{name} is damaged: {part} is not well-formed XML", name=path.name, part=name)
        ) from None


def _read_workbook(path: Path, sheet: str | None) -> RawTable:
    try:
        workbook = CalamineWorkbook.from_path(str(path))
    except BaseException as exc:  # calamine's errors, ValueError, and a Rust panic (a BaseException)
        if isinstance(exc, _NOT_PARSER_ERRORS):
            raise
        raise SheetError(
            _(
                "{name} cannot be read as a workbook: {first_line}",
                name=path.name,
                first_line=_first_line(exc),
            )
        ) from None
    try:
        names = list(workbook.sheet_names)
        name = _pick_sheet(path, workbook, names, sheet)
        worksheet = workbook.get_sheet_by_name(name)
        if worksheet.end is None:
            raise SheetError(_("Sheet '{sheet}' of {name} is empty", sheet=name, name=path.name))
        height, width = worksheet.end[0] + 1, worksheet.end[1] + 1
        _check_size(path, height, width)
        rows = [[_cell(v) for v in row] for row in worksheet.to_python(skip_empty_area=False)]
        _fill_vertical_merges(rows, worksheet)
    except SheetError:
        raise
    except BaseException as exc:
        if isinstance(exc, _NOT_PARSER_ERRORS):
            raise
        raise SheetError(
            _("{name} cannot be read: {first_line}", name=path.name, first_line=_first_line(exc))
        ) from None
    finally:
        workbook.close()
    return RawTable(rows=rows, sheet_names=names, sheet=name, source=path.name)


def _pick_sheet(path: Path, workbook: CalamineWorkbook, names: list[str], sheet: str | None) -> str:
    if sheet is None:
        for meta in workbook.sheets_metadata:
            if meta.typ == SheetTypeEnum.WorkSheet and meta.visible == SheetVisibleEnum.Visible:
                return meta.name
        if names:
            return names[0]
        raise SheetError(_("{name} has no sheets", name=path.name))
    if sheet in names:
        return sheet
    folded = {n.strip().casefold(): n for n in names}
    if sheet.strip().casefold() in folded:
        return folded[sheet.strip().casefold()]
    raise SheetError(
        _(
            "{name} has no sheet called '{sheet}' (sheets: {items})",
            name=path.name,
            sheet=sheet,
            items=", ".join(names),
        )
    )


def _check_size(path: Path, height: int, width: int) -> None:
    if height > MAX_DATA_ROWS + HEADER_SCAN_ROWS:
        raise SheetError(
            _(
                "{name} has {height} rows; at most {max_data_rows} people per import",
                name=path.name,
                height=height,
                max_data_rows=MAX_DATA_ROWS,
            )
        )
    if height * width > MAX_CELLS:
        raise SheetError(
            _(
                "{name} is too large ({height} rows × {width} columns); delete unused columns "
                "and stray cells far to the right",
                name=path.name,
                height=height,
                width=width,
            )
        )


def _cell(value: Any) -> Any:
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer() and abs(value) < 2**53:
            return int(value)
        return value
    if isinstance(value, str) and not value.strip():
        return None
    return value


def _fill_vertical_merges(rows: list[list[Any]], worksheet: Any) -> None:
    """A cell merged down several rows (one agency for a block of people) applies to each of them.

    Only vertical spans are filled: a header merged across columns must not name two columns.
    """
    try:
        ranges = worksheet.merged_cell_ranges or []
    except Exception:  # not every format reports merges; unmerged values are still read
        return
    budget = MAX_CELLS
    for (top, left), (bottom, _right) in ranges:
        if bottom <= top or top >= len(rows) or left >= len(rows[top]):
            continue
        value = rows[top][left]
        for r in range(top + 1, min(bottom, len(rows) - 1) + 1):
            budget -= 1
            if budget < 0:
                return
            if left < len(rows[r]) and rows[r][left] is None:
                rows[r][left] = value


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:200]


def _read_csv(path: Path, head: bytes) -> RawTable:
    if head.startswith((_ZIP, _OLE)):
        raise SheetError(
            _(
                "{name} is a workbook with a {suffix} name; rename it .xlsx or .xls",
                name=path.name,
                suffix=path.suffix,
            )
        )
    data = path.read_bytes()
    text, encoding = _decode(path, data)
    del data
    sample = text[:8192]
    controls = sum(1 for ch in sample if ch < " " and ch not in "\t\r\n")
    if "\x00" in sample or controls > len(sample) // 50:
        raise SheetError(
            _("{name} is not a text (CSV) file{describe}", name=path.name, describe=_describe(head, ".csv"))
        )
    delimiter = _sniff_delimiter(text[:CSV_SNIFF_CHARS])
    rows: list[list[Any]] = []
    cells = 0
    row_limit = MAX_DATA_ROWS + HEADER_SCAN_ROWS
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for record in reader:
            cells += len(record)
            if len(rows) >= row_limit:
                raise SheetError(
                    _(
                        "{name} has more than {max_data_rows} rows; split it",
                        name=path.name,
                        max_data_rows=MAX_DATA_ROWS,
                    )
                )
            if cells > MAX_CELLS:
                raise SheetError(
                    _(
                        "{name} has too many cells (over {max_cells}); refused",
                        name=path.name,
                        max_cells=MAX_CELLS,
                    )
                )
            rows.append([cell if cell.strip() else None for cell in record])
    except csv.Error as exc:
        raise SheetError(
            _("{name}, line {line_num}: {error}", name=path.name, line_num=reader.line_num, error=exc)
        ) from None
    if not rows:
        raise SheetError(_("{name} is empty", name=path.name))
    names = {",": "comma", ";": "semicolon", "\t": "tab"}
    return RawTable(
        rows=rows,
        sheet_names=[],
        sheet=None,
        source=path.name,
        detail=f"{encoding}, {names.get(delimiter, repr(delimiter))}-separated",
    )


def _decode(path: Path, data: bytes) -> tuple[str, str]:
    """BOM first, then strict UTF-8, then Windows-1252 (what Excel writes for "CSV" in Western locales)."""
    boms = (
        (codecs.BOM_UTF8, "utf-8-sig", "UTF-8 with BOM"),
        (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
        (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
        (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
        (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
    )
    for bom, codec, label in boms:
        if data.startswith(bom):
            try:
                return data.decode(codec), label
            except UnicodeDecodeError as exc:
                raise SheetError(
                    _(
                        "{name} is damaged: not valid {label} at byte {start}",
                        name=path.name,
                        label=label,
                        start=exc.start,
                    )
                ) from None
    head = data[:8192]
    controls = sum(1 for byte in head if byte < 32 and byte not in (9, 10, 13))
    if b"\x00" in head or controls > len(head) // 50:  # text has no NUL and hardly any control bytes
        raise SheetError(
            _("{name} is not a text (CSV) file{describe}", name=path.name, describe=_describe(head, ".csv"))
        )
    for codec, label in (("utf-8", "UTF-8"), ("cp1252", "Windows-1252")):
        try:
            return data.decode(codec), label
        except UnicodeDecodeError:
            continue
    raise SheetError(_("{name}: unknown text encoding; in Excel use Save As → 'CSV UTF-8'", name=path.name))


def _sniff_delimiter(sample: str) -> str:
    cut = sample.rfind("\n")
    sample = sample[: cut + 1] if cut > 0 else sample
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        pass
    # Fallback: the candidate found on the most lines, then the most often.
    lines = [line for line in sample.splitlines() if line.strip()][:30]
    best = max(",;\t", key=lambda d: (sum(d in line for line in lines), sum(line.count(d) for line in lines)))
    return best if any(best in line for line in lines) else ","
