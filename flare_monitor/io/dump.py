"""The whole dataset as one JSON document: dump for safekeeping or moving, load into an empty database.

The format is documented in docs/DATA_FORMAT.md. A dump holds every row of every table, sorted by
primary key and without an export timestamp, so loading a dump and dumping again gives the same bytes.

Loading checks the whole document first (envelope, tables, columns, types, lengths, enum values,
duplicate keys, references) and only then writes, in the caller's transaction: it never commits, so
any error leaves the database as it was.
"""

from __future__ import annotations

import base64
import binascii
import enum
import itertools
import json
import math
import uuid
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Enum,
    Float,
    Integer,
    LargeBinary,
    String,
    Table,
    Uuid,
    exists,
    null,
    select,
    tuple_,
)
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from flare_monitor.db import migrate
from flare_monitor.db.models import Base
from flare_monitor.errors import UserError
from flare_monitor.i18n import Message, _
from flare_monitor.io.atomic import replace_atomically

FORMAT_NAME = "flare-monitor-dataset"
FORMAT_VERSION = 1

# Filled from pycountry, identical in every office: when loading into a database that already holds
# them, rows whose key exists are kept as they are.
REFERENCE_TABLES = ("country", "subdivision")
# Per-database settings, the head of the audit trail (its last entry, which the loaded trail ends with)
# and the team's logins: when loading without --replace, the document's rows win over existing keys.
OVERWRITTEN_TABLES = ("setting", "audit_head", "team_user", "team_user_country")

_INT_MIN, _INT_MAX = -(2**31), 2**31 - 1  # INTEGER on PostgreSQL; the narrowest supported backend
_EXACT_FLOAT_LIMIT = 2**53  # integral floats below this are written as JSON integers, exactly


def _tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)


# --------------------------------------------------------------------------------------------- dump


def encode_value(column_type: Any, value: Any) -> Any:
    """A column value as the documented JSON format writes it (also used by exchange packages)."""
    if value is None or isinstance(column_type, JSON):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, bytes | bytearray | memoryview):  # evidence content: base64 text
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        if value.is_integer() and abs(value) < _EXACT_FLOAT_LIMIT:
            return int(value)
        return value
    return value


def _sort_key(row: dict[str, Any], pk: list[str]) -> tuple[str, ...]:
    return tuple(str(row[name]) for name in pk)


def dump_dataset(session: Session) -> dict:
    """Every row of every table as a JSON-ready document (see docs/DATA_FORMAT.md)."""
    tables: dict[str, list[dict[str, Any]]] = {}
    for table in _tables():
        columns = list(table.columns)
        pk = [c.name for c in table.primary_key.columns]
        rows = [
            {c.name: encode_value(c.type, record[c]) for c in columns}
            for record in session.execute(select(table)).mappings()
        ]
        rows.sort(key=lambda row: _sort_key(row, pk))
        tables[table.name] = rows
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "schema_revision": migrate.head_revision(),
        "tables": tables,
    }


def _write_json_atomically(document: dict, path: Path) -> None:
    """The document in place of `path` as a whole: a crash leaves the old file or the new one."""

    def write(temp: Path) -> None:
        try:
            with open(temp, "w", encoding="utf-8", newline="\n") as fh:
                json.dump(document, fh, ensure_ascii=False, indent=1, sort_keys=False, allow_nan=False)
                fh.write("\n")
        except ValueError as exc:  # allow_nan=False: NaN or infinity in a JSON column
            raise UserError(
                _(
                    "Cannot write {path}: the database holds a number that is not finite ({error})",
                    path=path,
                    error=exc,
                )
            ) from exc

    replace_atomically(path, write)


def write_dump(session: Session, path: Path) -> dict[str, int]:
    """Dump the dataset to `path` (replaced atomically); returns the number of rows per table."""
    path = Path(path)
    document = dump_dataset(session)
    _write_json_atomically(document, path)
    return {name: len(rows) for name, rows in document["tables"].items()}


# ------------------------------------------------------------------------------------------- read


class _RejectedConstant(ValueError):
    pass


def _reject_constant(name: str) -> Any:
    raise _RejectedConstant(name)


def _parse_file(path: Path) -> Any:
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise UserError(_("No such file: {path}", path=path)) from exc
    except IsADirectoryError as exc:
        raise UserError(_("{path} is a folder, not a dump file", path=path)) from exc
    except OSError as exc:
        raise UserError(_("Cannot read {path}: {reason}", path=path, reason=exc.strerror or exc)) from exc
    if not data.strip():
        raise UserError(_("{path} is empty, not a FLARE Monitor dump", path=path))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserError(
            _("{path} is not UTF-8 text (invalid byte at offset {start})", path=path, start=exc.start)
        ) from exc
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise UserError(
            _(
                "{path} is not valid JSON (truncated or damaged?): {msg} at line {lineno}, column {colno}",
                path=path,
                msg=exc.msg,
                lineno=exc.lineno,
                colno=exc.colno,
            )
        ) from exc
    except _RejectedConstant as exc:
        raise UserError(
            _("{path} is not valid JSON: it holds the non-standard number {error}", path=path, error=exc)
        ) from exc
    except RecursionError as exc:
        raise UserError(
            _("{path} is not a FLARE Monitor dump: its JSON is nested too deeply", path=path)
        ) from exc
    except ValueError as exc:  # e.g. an integer with thousands of digits
        raise UserError(_("{path} is not valid JSON: {error}", path=path, error=exc)) from exc


def read_dump(path: Path) -> dict:
    """Read, parse and check a dump file; any problem is a UserError with a one-line reason."""
    document = _parse_file(path)
    validate_document(document, f"{Path(path)}: ")
    return document


def load_file(session: Session, path: Path, replace: bool = False) -> dict[str, int]:
    """`read_dump` + `load_dataset` (the document is checked once)."""
    document = _parse_file(path)
    try:
        return load_dataset(session, document, replace=replace)
    except UserError as exc:
        raise UserError(_("{Path}: {error}", Path=Path(path), error=exc)) from exc


# -------------------------------------------------------------------------------------- validation


class _BadValue(Exception):
    """A value does not fit its column: what was expected, and optionally what was found instead."""

    def __init__(self, expected: str, found: str | None = None):
        super().__init__(expected)
        self.expected = expected
        self.found = found


@dataclass(frozen=True)
class _ColumnSpec:
    name: str
    convert: Callable[[Any], Any]
    nullable: bool
    required: bool
    is_json: bool


def _preview(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, default=repr) if _plain(value) else repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _plain(value: Any) -> bool:
    try:
        json.dumps(value, allow_nan=False)
    except (TypeError, ValueError, RecursionError):
        return False
    return True


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _convert_uuid(value: Any) -> uuid.UUID:
    if isinstance(value, str):
        try:
            return uuid.UUID(value)
        except ValueError:
            pass
    raise _BadValue("a UUID string (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)")


def _convert_date(value: Any) -> date:
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise _BadValue("a date string YYYY-MM-DD")


def _convert_datetime(value: Any) -> datetime:
    if isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value)
            if parsed.tzinfo is not None:
                parsed = parsed.astimezone(UTC).replace(tzinfo=None)
            return parsed
        except (ValueError, OverflowError):
            pass
    raise _BadValue("a date-time string YYYY-MM-DDTHH:MM:SS (UTC)")


def _convert_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    raise _BadValue("true or false")


def _convert_int(value: Any) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and _INT_MIN <= value <= _INT_MAX:
        return value
    raise _BadValue(f"an integer from {_INT_MIN} to {_INT_MAX}")


def _convert_float(value: Any) -> float:
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            number = float(value)
        except OverflowError:
            number = math.inf
        if math.isfinite(number):
            return number
    raise _BadValue("a finite number")


def _convert_binary(value: Any) -> bytes:
    if isinstance(value, str):
        try:
            return base64.b64decode(value.encode("ascii"), validate=True)
        except (binascii.Error, UnicodeEncodeError):
            pass
    raise _BadValue("base64 text")


def _string_converter(length: int | None) -> Callable[[Any], str]:
    expected = "a string" if length is None else f"a string of at most {length} characters"

    def convert(value: Any) -> str:
        if not isinstance(value, str):
            raise _BadValue(expected)
        if length is not None and len(value) > length:
            raise _BadValue(expected, f"{len(value)} characters: {_preview(value)}")
        if "\x00" in value or not _encodable(value):
            raise _BadValue(f"{expected} without NUL characters or unpaired surrogates")
        return value

    return convert


def _enum_converter(allowed: Iterable[str]) -> Callable[[Any], str]:
    allowed = tuple(allowed)
    allowed_set = frozenset(allowed)
    expected = "one of " + ", ".join(repr(v) for v in allowed)

    def convert(value: Any) -> str:
        if isinstance(value, str) and value in allowed_set:
            return value
        raise _BadValue(expected)

    return convert


def _check_json(value: Any) -> None:
    """Only what JSON can hold: no NaN/infinity, string keys, strings that encode to UTF-8."""
    stack = [value]
    while stack:
        item = stack.pop()
        if item is None or isinstance(item, bool | int):
            continue
        if isinstance(item, float):
            if not math.isfinite(item):
                raise _BadValue("a JSON value without NaN or infinity")
        elif isinstance(item, str):
            if not _encodable(item):
                raise _BadValue("a JSON value without unpaired surrogates")
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            for key, member in item.items():
                if not isinstance(key, str) or not _encodable(key):
                    raise _BadValue("a JSON value whose object keys are strings")
                stack.append(member)
        else:
            raise _BadValue("a JSON value")


def _convert_json(value: Any) -> Any:
    _check_json(value)
    return value


def _converter(column_type: Any) -> Callable[[Any], Any]:
    # Order matters: Enum is a String, DateTime is checked before Date for clarity.
    if isinstance(column_type, Enum):
        return _enum_converter(column_type.enums)
    if isinstance(column_type, Uuid):
        return _convert_uuid
    if isinstance(column_type, DateTime):
        return _convert_datetime
    if isinstance(column_type, Date):
        return _convert_date
    if isinstance(column_type, Boolean):
        return _convert_bool
    if isinstance(column_type, Integer):
        return _convert_int
    if isinstance(column_type, Float):
        return _convert_float
    if isinstance(column_type, JSON):
        return _convert_json
    if isinstance(column_type, LargeBinary):
        return _convert_binary
    if isinstance(column_type, String):
        return _string_converter(column_type.length)
    raise TypeError(f"dump.py does not know the column type {column_type!r}")  # a bug: new type


@cache
def column_specs(table_name: str) -> dict[str, _ColumnSpec]:
    """How each column of a table is checked and decoded when read back (dumps and packages)."""
    table = Base.metadata.tables[table_name]
    specs = {}
    for column in table.columns:
        has_default = column.default is not None or column.server_default is not None
        specs[column.name] = _ColumnSpec(
            name=column.name,
            convert=_converter(column.type),
            nullable=bool(column.nullable),
            required=not column.nullable and not has_default,
            is_json=isinstance(column.type, JSON),
        )
    return specs


def _schema_problem(found: Any, head: str) -> Message:
    known = False
    if isinstance(found, str):
        try:
            known = migrate.script_directory().get_revision(found) is not None
        except Exception:  # alembic raises for ids it does not know
            known = False
    if known:
        return _(
            "the dump has database schema '{found}' but this FLARE Monitor uses schema '{head}'; it was "
            "written by an older version of FLARE Monitor: load it with that version, open the database "
            "with this version to upgrade it, then dump again",
            found=str(found),
            head=head,
        )
    return _(
        "the dump has database schema '{found}' but this FLARE Monitor uses schema '{head}'; it was written "
        "by a newer version of FLARE Monitor: install that version to load it",
        found=str(found),
        head=head,
    )


@dataclass
class _TableRows:
    table: Table
    rows: list[dict[str, Any]]  # converted values, keyed by column name
    indexes: list[int]  # each row's index in the document, for messages


def validate_document(document: Any, where: str = "") -> list[_TableRows]:
    """Check the whole document; returns its rows converted to Python values, in dependency order."""

    def fail(message: Message) -> UserError:
        return UserError(_("{where}{problem}", where=where, problem=message))

    if not isinstance(document, dict):
        raise fail(
            _(
                "not a FLARE Monitor dump: the JSON is {json_kind}, not an object",
                json_kind=_json_kind(document),
            )
        )
    if document.get("format") != FORMAT_NAME:
        raise fail(
            _(
                'not a FLARE Monitor dump: "format" is {preview}, expected "{format_name}"',
                preview=_preview(document.get("format")),
                format_name=FORMAT_NAME,
            )
        )
    version = document.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise fail(
            _(
                "unsupported format_version {preview} (this FLARE Monitor reads version {format_version})",
                preview=_preview(version),
                format_version=FORMAT_VERSION,
            )
        )
    if version > FORMAT_VERSION:
        raise fail(
            _(
                "the dump is format version {version}, written by a newer version of FLARE "
                "Monitor (this one reads version {format_version}); install the newer version to "
                "load it",
                version=version,
                format_version=FORMAT_VERSION,
            )
        )
    head = migrate.head_revision()
    if document.get("schema_revision") != head:
        raise fail(_schema_problem(document.get("schema_revision"), head))
    tables = document.get("tables")
    if not isinstance(tables, dict):
        raise fail(_('"tables" is missing or not an object'))
    known = {t.name for t in _tables()}
    for name in tables:
        if name not in known:
            raise fail(_('unknown table {preview} in "tables"', preview=_preview(name)))
    result = []
    for table in _tables():
        rows = tables.get(table.name, [])
        if not isinstance(rows, list):
            raise fail(
                _(
                    "tables.{name} is {json_kind}, not a list of rows",
                    name=table.name,
                    json_kind=_json_kind(rows),
                )
            )
        result.append(_validate_rows(table, rows, fail))
    return result


def _json_kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _validate_rows(table: Table, rows: list, fail: Callable[[str], UserError]) -> _TableRows:
    specs = column_specs(table.name)
    required = [spec.name for spec in specs.values() if spec.required]
    pk = [c.name for c in table.primary_key.columns]
    seen: dict[tuple, int] = {}
    converted = []
    for index, row in enumerate(rows):
        at = f"tables.{table.name}[{index}]"
        if not isinstance(row, dict):
            raise fail(_("{at} is {json_kind}, not an object", at=at, json_kind=_json_kind(row)))
        out: dict[str, Any] = {}
        for name, value in row.items():
            spec = specs.get(name)
            if spec is None:
                raise fail(
                    _(
                        "{at}: unknown column {preview} in table {name}",
                        at=at,
                        preview=_preview(name),
                        name=table.name,
                    )
                )
            if value is None:
                if not spec.nullable:
                    raise fail(_("{at}.{name}: a value is required, got null", at=at, name=name))
                out[name] = null() if spec.is_json else None  # SQL NULL, not the JSON text 'null'
                continue
            try:
                out[name] = spec.convert(value)
            except _BadValue as exc:
                found = exc.found or _preview(value)
                raise fail(
                    _(
                        "{at}.{name}: expected {expected}, got {found}",
                        at=at,
                        name=name,
                        expected=exc.expected,
                        found=found,
                    )
                ) from None
            except RecursionError:
                raise fail(_("{at}.{name}: the value is nested too deeply", at=at, name=name)) from None
        for name in required:
            if name not in out:
                raise fail(_("{at}: the required column '{name}' is missing", at=at, name=str(name)))
        if all(name in out for name in pk):
            key = tuple(out[name] for name in pk)
            if key in seen:
                shown = ", ".join(f"{n}={out[n]}" for n in pk)
                raise fail(
                    _(
                        "{at}: duplicate primary key {shown} (also in row {seen})",
                        at=at,
                        shown=shown,
                        seen=seen[key],
                    )
                )
            seen[key] = index
        converted.append(out)
    return _TableRows(table, converted, list(range(len(converted))))


# -------------------------------------------------------------------------------------------- load


def _holds_records(session: Session) -> list[str]:
    ignored = set(REFERENCE_TABLES) | set(OVERWRITTEN_TABLES)
    return [
        table.name
        for table in _tables()
        if table.name not in ignored and session.execute(select(exists().select_from(table))).scalar()
    ]


def _existing_keys(session: Session, table: Table, columns: list[str]) -> set[tuple]:
    cols = [table.c[name] for name in columns]
    return {tuple(row) for row in session.execute(select(*cols).distinct())}


def _check_references(session: Session, data: list[_TableRows], replace: bool) -> None:
    """Every foreign key points at a row of the dump (or, when not replacing, of the database)."""
    by_name = {item.table.name: item for item in data}
    available: dict[tuple[str, tuple[str, ...]], set[tuple]] = {}

    def keys_of(table: Table, columns: tuple[str, ...]) -> set[tuple]:
        cache_key = (table.name, columns)
        if cache_key not in available:
            rows = by_name[table.name].rows if table.name in by_name else []
            keys = {tuple(row.get(c) for c in columns) for row in rows}
            if not replace:
                keys |= _existing_keys(session, table, list(columns))
            available[cache_key] = keys
        return available[cache_key]

    for item in data:
        for fk in item.table.foreign_key_constraints:
            local = [c.name for c in fk.columns]
            remote = tuple(element.column.name for element in fk.elements)
            target = fk.referred_table
            for row, index in zip(item.rows, item.indexes, strict=True):
                value = tuple(row.get(name) for name in local)
                if any(v is None for v in value):
                    continue
                if value not in keys_of(target, remote):
                    shown = value[0] if len(value) == 1 else value
                    where = (
                        "which is not in the dump"
                        if replace
                        else "which is neither in the dump nor in the database"
                    )
                    raise UserError(
                        _(
                            "tables.{name}[{index}].{local}: refers to {name2} {items} {shown}, {where}",
                            name=item.table.name,
                            index=index,
                            local=local[0],
                            name2=target.name,
                            items="/".join(remote),
                            shown=shown,
                            where=where,
                        )
                    )


def _parents_first(item: _TableRows) -> None:
    """Order rows of a self-referencing table (result.parent_id) so that parents are inserted first."""
    table = item.table
    self_fks = [fk for fk in table.foreign_key_constraints if fk.referred_table is table]
    if not self_fks or len(item.rows) < 2:
        return
    position: dict[tuple[str, tuple], int] = {}
    for fk in self_fks:
        remote = tuple(element.column.name for element in fk.elements)
        for i, row in enumerate(item.rows):
            position[(remote, tuple(row.get(c) for c in remote))] = i
    children: list[list[int]] = [[] for _ in item.rows]
    waiting = [0] * len(item.rows)
    for i, row in enumerate(item.rows):
        parents = set()
        for fk in self_fks:
            remote = tuple(element.column.name for element in fk.elements)
            value = tuple(row.get(c.name) for c in fk.columns)
            if any(v is None for v in value):
                continue
            parent = position.get((remote, value))
            if parent is not None:
                parents.add(parent)
        for parent in parents:
            children[parent].append(i)
        waiting[i] = len(parents)
    ready = deque(i for i, count in enumerate(waiting) if count == 0)
    order = []
    while ready:
        i = ready.popleft()
        order.append(i)
        for child in children[i]:
            waiting[child] -= 1
            if waiting[child] == 0:
                ready.append(child)
    if len(order) < len(item.rows):
        stuck = next(i for i, count in enumerate(waiting) if count > 0)
        raise UserError(
            _(
                "tables.{name}[{indexes}]: its parent chain loops back to itself",
                name=table.name,
                indexes=item.indexes[stuck],
            )
        )
    item.rows = [item.rows[i] for i in order]
    item.indexes = [item.indexes[i] for i in order]


def _integrity_reason(exc: Exception) -> str:
    detail = str(getattr(exc, "orig", exc)).strip().splitlines()
    detail_text = detail[0] if detail else exc.__class__.__name__
    lowered = detail_text.lower()
    if "foreign key" in lowered:
        kind = "a row refers to a record that does not exist"
    elif "unique" in lowered or "duplicate" in lowered:
        kind = "a value that must be unique appears twice"
    elif "check" in lowered:
        kind = "a value breaks a rule of the table (e.g. an end date before the start date)"
    elif "not null" in lowered:
        kind = "a required value is missing"
    else:
        kind = "the database refused a row"
    return f"{kind} ({detail_text})"


def _execute(session: Session, statement: Any, params: Any, table: str, doing: str) -> None:
    try:
        if params is None:
            session.execute(statement)
        else:
            session.execute(statement, params)
    except (IntegrityError, DataError) as exc:
        raise UserError(
            _(
                "Cannot {doing} table {table}: {integrity_reason}",
                doing=doing,
                table=table,
                integrity_reason=_integrity_reason(exc),
            )
        ) from exc


def load_dataset(session: Session, document: dict, *, replace: bool = False) -> dict[str, int]:
    """Insert a whole dump; returns rows inserted per table. Never commits (the caller does, once).

    Without `replace` the database must hold no records (countries, subdivisions and settings aside);
    with it, every row of every table is deleted first, in the same transaction.
    """
    data = validate_document(document)
    if not replace:
        busy = _holds_records(session)
        if busy:
            raise UserError(
                _(
                    "The database is not empty (it holds {items}); use --replace to delete "
                    "everything in it and load the dump instead",
                    items=", ".join(busy),
                )
            )
    _check_references(session, data, replace)
    for item in data:
        _parents_first(item)

    if replace:
        for table in reversed(_tables()):
            _execute(session, table.delete(), None, table.name, "empty")
    else:
        for item in data:
            pk = [c.name for c in item.table.primary_key.columns]
            if item.table.name in REFERENCE_TABLES:
                existing = _existing_keys(session, item.table, pk)
                kept = [i for i, row in enumerate(item.rows) if tuple(row.get(c) for c in pk) not in existing]
                item.rows = [item.rows[i] for i in kept]
                item.indexes = [item.indexes[i] for i in kept]
            elif item.table.name in OVERWRITTEN_TABLES and item.rows:
                keys = [tuple(row[c] for c in pk) for row in item.rows if all(c in row for c in pk)]
                cols = [item.table.c[c] for c in pk]
                for chunk in _chunks(keys, 500):
                    condition = (
                        cols[0].in_([k[0] for k in chunk]) if len(cols) == 1 else tuple_(*cols).in_(chunk)
                    )
                    _execute(session, item.table.delete().where(condition), None, item.table.name, "update")

    counts = {}
    # The locks go in last, after the rows they freeze (the guard of locks would refuse those rows once a
    # lock is in), with the figures they kept.
    frozen_last = ("period_lock", "period_figure")
    data = sorted(data, key=lambda item: item.table.name in frozen_last)  # stable: order kept otherwise
    for item in data:
        table = item.table
        # executemany needs the same columns in every row: group consecutive rows by their columns.
        for _columns, group in itertools.groupby(item.rows, key=lambda row: frozenset(row)):
            batch = list(group)
            _execute(session, table.insert(), batch, table.name, "load")
        counts[table.name] = len(item.rows)
    return counts


def _chunks(items: list, size: int) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
