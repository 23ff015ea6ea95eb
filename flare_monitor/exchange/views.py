"""What travels, how a record looks in a package, and the content hashes that compare two versions.

Records travel in the dataset dump encoding (docs/DATA_FORMAT.md). Two versions of a record are
compared by hashes of their content, not by `version` or `updated_at` (each database counts its own
versions, and clocks differ), so a record edited back to what the other side holds is not a change.

Each record has a **shared** part (everything but bookkeeping and personal fields) and, for
participants and attendance, a **personal** part. They are hashed separately: a pseudonymised
package carries only the shared part, and the personal part of the receiving side is left alone.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Mapping
from functools import cache
from typing import Any

from sqlalchemy import Table
from sqlalchemy.sql.elements import Null

from flare_monitor.db.models import Base
from flare_monitor.io.dump import encode_value
from flare_monitor.text import fold, name_key

# Records of a project that travel, in no particular order (`tables()` gives dependency order).
# Not travelling: the audit trail, settings, report records and period locks (each database keeps its
# own), countries and subdivisions (ISO data, created from their codes on arrival).
EXCHANGED = frozenset(
    {
        "project",
        "project_country",
        "project_risk",
        "result_level",
        "result",
        "indicator",
        "indicator_target",
        "indicator_value",
        "narrative",
        "organization",
        "activity",
        "activity_partner",
        "participant",
        "attendance",
        "evidence",  # attachments; their content travels beside the records (manifest "evidence")
    }
)
# Each database counts its own versions and times its own changes: not part of a record's content.
BOOKKEEPING = ("created_at", "updated_at", "version")
# What names or describes a person. Pseudonymised packages carry none of it; the indicators need none.
PERSONAL_FIELDS: Mapping[str, tuple[str, ...]] = {
    "participant": ("full_name", "search_name", "name_key", "position", "phone", "phone_normalized", "email"),
    # Free text about a person ("arrived late, ill"); a code a form built from initials and phone; a hash of
    # what a form submission said of the person (docs/IMPORTING.md).
    "attendance": ("remarks", "participant_code", "submission_hash"),
}
PSEUDONYM_PREFIX = "pseudonym "
_PSEUDONYM_SALT = b"flare-monitor participant pseudonym\x00"


@cache
def tables() -> tuple[Table, ...]:
    """The exchanged tables, parents before children."""
    return tuple(t for t in Base.metadata.sorted_tables if t.name in EXCHANGED)


def table(name: str) -> Table:
    return Base.metadata.tables[name]


# --------------------------------------------------------------------------- pseudonyms


def pseudonym(participant_id: uuid.UUID | str) -> str:
    """A stable stand-in name for a participant: the same in every office, for the same UUID.

    The UUID travels anyway (it is the person's identity, so a person trained in two offices is
    counted once), so an unkeyed hash hides nothing more and lets any office recognise a stand-in.
    """
    key = uuid.UUID(str(participant_id)).bytes
    return PSEUDONYM_PREFIX + hashlib.sha256(_PSEUDONYM_SALT + key).hexdigest()[:12]


def placeholder_values(table_name: str, row: Mapping[str, Any]) -> dict[str, Any]:
    """The personal fields of a record as a pseudonymised package carries them."""
    if table_name == "participant":
        name = pseudonym(row["id"])
        return {
            "full_name": name,
            "search_name": fold(name),
            "name_key": name_key(name),
            "position": None,
            "phone": None,
            "phone_normalized": None,
            "email": None,
        }
    return dict.fromkeys(PERSONAL_FIELDS.get(table_name, ()))


def pseudonymised(table_name: str, row: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of an encoded row with its personal fields replaced by stand-ins."""
    return {**row, **placeholder_values(table_name, row)}


def is_placeholder(table_name: str, row: Mapping[str, Any]) -> bool:
    """True when the row's personal fields are stand-ins (or empty), not real personal data."""
    if table_name not in PERSONAL_FIELDS:
        return False
    if table_name == "participant":
        return row.get("full_name") == pseudonym(row["id"])
    return all(row.get(name) in (None, "") for name in PERSONAL_FIELDS[table_name])


# --------------------------------------------------------------------------- encoding and hashes


@cache
def _column_types(tbl: Table) -> tuple[tuple[str, Any], ...]:
    return tuple((column.name, column.type) for column in tbl.columns)


def encode_row(tbl: Table, values: Mapping[str, Any]) -> dict[str, Any]:
    """Python values of a row → the dump encoding (JSON-ready), in column order."""
    out = {}
    for name, kind in _column_types(tbl):
        value = values.get(name)
        out[name] = None if value is None or isinstance(value, Null) else encode_value(kind, value)
    return out


def _digest(parts: list[Any]) -> str:
    text = json.dumps(parts, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@cache
def shared_fields(table_name: str) -> tuple[str, ...]:
    skipped = set(BOOKKEEPING) | set(PERSONAL_FIELDS.get(table_name, ()))
    return tuple(c.name for c in table(table_name).columns if c.name not in skipped)


def record_hash(table_name: str, row: Mapping[str, Any]) -> str:
    """Hash of the shared part of an encoded row (the table and id included, so equal rows of two
    records never share a hash)."""
    return _digest([table_name, {name: row.get(name) for name in shared_fields(table_name)}])


def personal_hash(table_name: str, row: Mapping[str, Any]) -> str | None:
    """Hash of the personal part of an encoded row; None for tables without personal fields."""
    fields = PERSONAL_FIELDS.get(table_name)
    if not fields:
        return None
    return _digest([table_name, "personal", str(row["id"]), {name: row.get(name) for name in fields}])
