"""Conflicts left by imports: both versions side by side, and the user's choice applied.

"Keep mine" leaves this database's record as it is and remembers that the other office's version was
seen (so the next package from there does not ask again, and the next package sent there carries
ours as the newer one). "Take theirs" writes the other office's version over ours (a record in a
locked reporting period must be unlocked first). Both leave an audit entry.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from flare_monitor.db.audit_hook import add_entry, current_user
from flare_monitor.db.base import utcnow
from flare_monitor.db.enums import AuditAction
from flare_monitor.db.exchange import ExchangeConflict
from flare_monitor.db.models import Activity, Indicator, Organization, Participant, Project, Result
from flare_monitor.errors import ConflictError, NotFoundError, ValidationError
from flare_monitor.exchange import merge, views
from flare_monitor.exchange.planner import Hashes, Incoming
from flare_monitor.exchange.selection import rows_by_id
from flare_monitor.i18n import _, ngettext
from flare_monitor.io.dump import column_specs

KEEP_MINE = "keep_mine"
TAKE_THEIRS = "take_theirs"
CHOICES = (KEEP_MINE, TAKE_THEIRS)
PENDING = "pending"
NOT_SENT = "(not in the package)"
EMPTY = "—"
# Derived columns (search forms of a name, the normalised phone): shown through their source.
_HIDDEN = {"search_name", "name_key", "phone_normalized", *views.BOOKKEEPING}
_LABEL_OF = {
    "project_id": (Project, "code"),
    "result_id": (Result, "code"),
    "parent_id": (Result, "code"),
    "indicator_id": (Indicator, "code"),
    "activity_id": (Activity, "code"),
    "participant_id": (Participant, "full_name"),
    "organization_id": (Organization, "name"),
}


@dataclass(frozen=True)
class FieldDiff:
    name: str
    mine: str
    theirs: str
    differs: bool


@dataclass(frozen=True)
class ConflictRow:
    """A conflict as plain data for the command line and the desktop app."""

    id: uuid.UUID | None  # None in a dry run (nothing stored)
    table: str
    record_id: uuid.UUID
    label: str
    peer: uuid.UUID
    package_id: uuid.UUID
    arrived: datetime | None
    fields: tuple[FieldDiff, ...]
    missing_here: bool = False  # deleted here after the conflict arose

    @property
    def short_id(self) -> str:
        return str(self.id)[:8] if self.id else ""

    def differing(self) -> list[FieldDiff]:
        return [f for f in self.fields if f.differs]

    def as_json(self) -> dict[str, Any]:
        return {
            "id": str(self.id) if self.id else None,
            "table": self.table,
            "record_id": str(self.record_id),
            "label": self.label,
            "from_database": str(self.peer),
            "package_id": str(self.package_id),
            "arrived": self.arrived.isoformat(timespec="seconds") if self.arrived else None,
            "missing_here": self.missing_here,
            "fields": [
                {"field": f.name, "mine": f.mine, "theirs": f.theirs, "differs": f.differs}
                for f in self.fields
            ],
        }


# --------------------------------------------------------------------------- display


def _text(value: Any) -> str:
    if value is None or value == "":
        return EMPTY
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _labels(session: Session, rows: Iterable[dict[str, Any] | None]) -> dict[str, str]:
    """Readable names of the records that rows refer to (codes, names) by id text."""
    wanted: dict[str, set[uuid.UUID]] = {}
    for row in rows:
        for column, value in (row or {}).items():
            if column in _LABEL_OF and value:
                wanted.setdefault(column, set()).add(uuid.UUID(str(value)))
    labels: dict[str, str] = {}
    for column, ids in wanted.items():
        model, attr = _LABEL_OF[column]
        query = select(model.id, getattr(model, attr)).where(model.id.in_(list(ids)))
        labels.update({str(i): str(name) for i, name in session.execute(query)})
    return labels


def label(table: str, row: dict[str, Any], labels: dict[str, str]) -> str:
    """A short name for a record: its code and title, a person's name, a target's cell…"""

    def ref(column: str) -> str:
        value = row.get(column)
        return labels.get(str(value), str(value)[:8]) if value else ""

    if table == "activity":
        return f"{row['code']} — {row['title']}"
    if table == "participant":
        return row["full_name"]
    if table in ("indicator_target", "indicator_value"):
        return " ".join(
            p
            for p in (ref("indicator_id"), row["period"], row.get("country_code") or "", row.get("sex") or "")
            if p
        )
    if table == "narrative":
        return " ".join(p for p in (row["period"], row.get("country_code") or "", row["section"]) if p)
    if table == "attendance":
        return f"{ref('participant_id')} @ {ref('activity_id')}"
    if table == "activity_partner":
        return f"{ref('organization_id')} @ {ref('activity_id')}"
    if table == "evidence":
        return str(row["original_name"])
    if table == "project_country":
        return f"{ref('project_id')} {row['country_code']}"
    for key in ("code", "name"):
        if row.get(key):
            return str(row[key])
    return str(row["id"])


def _shown(row: dict[str, Any] | None, name: str, labels: dict[str, str]) -> str:
    if row is None:
        return EMPTY
    value = row.get(name)
    return labels.get(str(value), _text(value)) if name in _LABEL_OF and value else _text(value)


def compare(
    session: Session, table: str, mine: dict[str, Any] | None, theirs: dict[str, Any], personal_sent: bool
) -> tuple[str, tuple[FieldDiff, ...]]:
    """(label, fields side by side) of two encoded versions of a record."""
    labels = _labels(session, [mine, theirs])
    personal = set(views.PERSONAL_FIELDS.get(table, ()))
    fields = []
    for column in views.table(table).columns:
        name = column.name
        if name in _HIDDEN or name == "id":
            continue

        mine_text = _shown(mine, name, labels)
        if name in personal and not personal_sent:
            fields.append(FieldDiff(name, mine_text, NOT_SENT, False))
            continue
        theirs_text = _shown(theirs, name, labels)
        fields.append(
            FieldDiff(name, mine_text, theirs_text, mine is None or mine.get(name) != theirs.get(name))
        )
    return label(table, mine or theirs, labels), tuple(fields)


UNREADABLE = "(unreadable: the other office's version is not a record of this table; keep-mine)"


def _readable(conflict: ExchangeConflict) -> bool:
    """The stored version is a record of its table (a damaged or hand-edited database may hold anything)."""
    if conflict.table_name not in views.EXCHANGED or not isinstance(conflict.theirs, dict):
        return False
    return {c.name for c in views.table(conflict.table_name).columns} <= set(conflict.theirs)


def _row(session: Session, conflict: ExchangeConflict, mine: dict[str, Any] | None) -> ConflictRow:
    if _readable(conflict):
        name, fields = compare(
            session, conflict.table_name, mine, conflict.theirs, conflict.their_personal_hash is not None
        )
    else:
        name, fields = UNREADABLE, ()
    return ConflictRow(
        conflict.id,
        conflict.table_name,
        conflict.record_id,
        name,
        conflict.peer_database_id,
        conflict.package_id,
        conflict.created_at,
        fields,
        missing_here=mine is None,
    )


def _mine(session: Session, conflicts: list[ExchangeConflict]) -> dict[uuid.UUID, dict[str, Any]]:
    found: dict[uuid.UUID, dict[str, Any]] = {}
    by_table: dict[str, list[uuid.UUID]] = {}
    for conflict in conflicts:
        by_table.setdefault(conflict.table_name, []).append(conflict.record_id)
    for table, ids in by_table.items():
        for row in rows_by_id(session, views.table(table), ids):
            found[uuid.UUID(row["id"])] = row
    return found


def pending_conflicts(session: Session, package_id: uuid.UUID | None = None) -> list[ConflictRow]:
    """Conflicts waiting for a choice (of one package, or all), oldest first."""
    query = select(ExchangeConflict).where(ExchangeConflict.status == PENDING)
    if package_id is not None:
        query = query.where(ExchangeConflict.package_id == package_id)
    conflicts = list(
        session.scalars(query.order_by(ExchangeConflict.created_at, ExchangeConflict.table_name))
    )
    mine = _mine(session, conflicts)
    return [_row(session, c, mine.get(c.record_id)) for c in conflicts]


# --------------------------------------------------------------------------- resolving


def parse_choice(choice: str) -> str:
    key = str(choice).strip().lower().replace("-", "_").replace(" ", "_")
    if key not in CHOICES:
        raise ValidationError(
            _("choice: '{choice}' is not keep-mine or take-theirs", choice=choice), "choice"
        )
    return key


def _find(session: Session, ids: Iterable[str | uuid.UUID] | None) -> list[ExchangeConflict]:
    pending = list(
        session.scalars(
            select(ExchangeConflict)
            .where(ExchangeConflict.status == PENDING)
            .order_by(ExchangeConflict.created_at, ExchangeConflict.id)
        )
    )
    if ids is None:
        return pending
    chosen = []
    for wanted in ids:
        text = str(wanted).strip().lower()
        matches = [c for c in pending if str(c.id) == text or str(c.id).startswith(text)] if text else []
        if not matches:
            raise NotFoundError(
                _(
                    "No pending conflict with id {wanted} (see `flare-monitor package conflicts`)",
                    wanted=wanted,
                )
            )
        if len(matches) > 1:
            raise ValidationError(
                ngettext(
                    "The id {wanted} matches {count} conflict; give more of it",
                    "The id {wanted} matches {count} conflicts; give more of it",
                    len(matches),
                    wanted=wanted,
                ),
                "id",
            )
        if matches[0] not in chosen:
            chosen.append(matches[0])
    return chosen


def _decode(table: str, encoded: dict[str, Any]) -> dict[str, Any]:
    specs = column_specs(table)
    return {name: (None if value is None else specs[name].convert(value)) for name, value in encoded.items()}


def _take_theirs(
    session: Session, conflict: ExchangeConflict, mine: dict[str, Any] | None
) -> dict[str, list]:
    table = conflict.table_name
    if not _readable(conflict):
        raise ConflictError(
            _(
                "Conflict {id}: the other office's version is unreadable, so it cannot be taken; "
                "resolve it with keep-mine",
                id=str(conflict.id)[:8],
            )
        )
    personal_sent = conflict.their_personal_hash is not None
    incoming = Incoming(table, conflict.record_id, Hashes(conflict.their_hash, conflict.their_personal_hash))
    record = merge.Record(
        table, conflict.record_id, _decode(table, conflict.theirs), conflict.theirs, incoming, mine
    )
    if merge.locked_records(session, [record]):
        name = label(table, conflict.theirs, _labels(session, [conflict.theirs]))
        raise ConflictError(
            _(
                "{name}: this {replace} is in a reporting period locked here; unlock the period "
                "with a reason first, or keep yours",
                name=name,
                replace=table.replace("_", " "),
            )
        )
    merge.ensure_places(session, [record])
    merge.write_records(session, [(record, True, personal_sent or mine is None)])
    personal = set(views.PERSONAL_FIELDS.get(table, ()))
    return {
        name: [(mine or {}).get(name), value]
        for name, value in conflict.theirs.items()
        if name not in _HIDDEN and (mine or {}).get(name) != value and (personal_sent or name not in personal)
    }


def resolve_conflicts(session: Session, ids: Iterable[str | uuid.UUID] | None, choice: str) -> int:
    """Apply keep-mine or take-theirs to the given pending conflicts (ids or unique prefixes), or to all
    of them when `ids` is None. Returns how many were resolved. Never commits."""
    choice = parse_choice(choice)
    conflicts = _find(session, None if ids is None else list(ids))
    mine = _mine(session, conflicts)
    user = session.info.get("user") or current_user()
    now = utcnow()
    for conflict in conflicts:
        current = mine.get(conflict.record_id)
        changes: dict[str, Any] = {}
        if choice == TAKE_THEIRS:
            changes = _take_theirs(session, conflict, current)
        known = merge.seen_hashes(session, conflict.peer_database_id, [conflict.record_id])
        merge.remember(
            session,
            conflict.peer_database_id,
            [
                (
                    conflict.table_name,
                    conflict.record_id,
                    Hashes(conflict.their_hash, conflict.their_personal_hash),
                )
            ],
            known,
        )
        merge.close_conflict(conflict, choice, now, user)
        add_entry(
            session,
            AuditAction.IMPORT,
            conflict.table_name,
            conflict.record_id,
            changes={
                "resolution": choice,
                "package": str(conflict.package_id),
                "from_database": str(conflict.peer_database_id),
                "fields": changes,
            },
            comment="exchange conflict resolved: "
            + ("kept this database's version" if choice == KEEP_MINE else "took the other office's version"),
        )
    session.flush()
    return len(conflicts)
