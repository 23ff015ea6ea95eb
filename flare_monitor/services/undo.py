"""Undo a user action by reversing the changes the audit trail recorded for it.

Every create, update and delete of a record writes an audit entry holding the record's values (or the
fields' old and new values): that is all an undo needs. Undoing writes ordinary audit entries of its own
(so the trail shows the action and its undoing), and undoing those entries is a redo.

Refused, with the reason, when the record was changed again afterwards (by anyone), when the action
cannot be reversed from the trail (an import writes its rows in bulk), or when the write is refused
like any other (a locked period).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, DateTime, Uuid, select
from sqlalchemy.orm import Session

from flare_monitor.db.audit import AuditEntry
from flare_monitor.db.audit_hook import jsonable
from flare_monitor.db.base import Base, RecordMixin
from flare_monitor.db.enums import AuditAction
from flare_monitor.errors import ConflictError, NotFoundError
from flare_monitor.i18n import _
from flare_monitor.text import fold, name_key, normalize_phone

# Entries that record no row change: nothing to reverse, nothing that forbids reversing the rest.
_NOTES = {AuditAction.EXPORT, AuditAction.REPORT, AuditAction.MERGE, AuditAction.LOCK, AuditAction.UNLOCK}


def _models() -> dict[str, type]:
    return {
        mapper.class_.__tablename__: mapper.class_
        for mapper in Base.registry.mappers
        if issubclass(mapper.class_, RecordMixin)
    }


def _table_order() -> dict[str, int]:
    """Parents before children (foreign keys): re-created in this order, deleted in the reverse."""
    return {table.name: number for number, table in enumerate(Base.metadata.sorted_tables)}


def _value(column, value: Any) -> Any:
    """A value as the trail keeps it (JSON) back into the column's Python type."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, Uuid):
        return uuid.UUID(str(value))
    if isinstance(kind, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return date.fromisoformat(value)
    return value


def _derived(model: type, values: dict[str, Any]) -> dict[str, Any]:
    """Search columns are not kept in the trail (they follow from the name, phone): computed again."""
    columns = model.__table__.c
    derived = {}
    name = values.get("full_name") or values.get("name")
    if "search_name" in columns and name:
        derived["search_name"] = fold(name)
    if "name_key" in columns and name:
        derived["name_key"] = name_key(name)
    if "phone_normalized" in columns:
        derived["phone_normalized"] = normalize_phone(values["phone"]) if values.get("phone") else None
    return derived


def _later_change(session: Session, entries: Sequence[AuditEntry]) -> AuditEntry | None:
    """An entry about one of these records written after the action (and not part of it)."""
    ids = {e.id for e in entries}
    last = max(e.at for e in entries)
    for entry in entries:
        if entry.entity_id is None or entry.action in _NOTES:
            continue
        later = session.scalars(
            select(AuditEntry)
            .where(
                AuditEntry.entity == entry.entity,
                AuditEntry.entity_id == entry.entity_id,
                AuditEntry.at >= last,
                AuditEntry.id.not_in(ids),
                AuditEntry.action.in_([AuditAction.CREATE, AuditAction.UPDATE, AuditAction.DELETE]),
            )
            .order_by(AuditEntry.at)
            .limit(1)
        ).first()
        if later is not None:
            return later
    return None


def _what(entry: AuditEntry) -> str:
    label = entry.changes.get("code") or entry.changes.get("full_name") or entry.changes.get("name")
    if isinstance(label, list):  # an update keeps [old, new]
        label = label[0]
    return f"{entry.entity} {label}" if label and entry.entity != "participant" else entry.entity


def undo_entries(session: Session, entry_ids: Sequence[uuid.UUID | str]) -> int:
    """Reverse the row changes of these audit entries (one user action); returns how many rows changed.

    Never commits; the new changes are audited like any other.
    """
    wanted = [uuid.UUID(str(i)) for i in entry_ids]
    entries = list(session.scalars(select(AuditEntry).where(AuditEntry.id.in_(wanted))))
    if len(entries) != len(set(wanted)):
        raise NotFoundError(_("That change is no longer in the audit trail; nothing was undone."))
    if any(e.action == AuditAction.IMPORT for e in entries):
        raise ConflictError(
            _(
                "An import cannot be undone: its rows are written together. Remove them from the "
                "roster, or restore the backup taken before it."
            )
        )
    later = _later_change(session, entries)
    if later is not None:
        raise ConflictError(
            _(
                "Cannot undo: {what} was changed afterwards by {user} at {at} UTC. Undo that change first.",
                what=_what(later),
                user=later.user,
                at=later.at,
            )
        )
    models, order = _models(), _table_order()
    rows = [e for e in entries if e.action not in _NOTES and e.entity in models]
    changed = 0
    session.info["audit_comment"] = "undo"
    try:
        # Records that were deleted come back first, parents before children (a merge deleted a person
        # whose attendance the next step gives back to them).
        for entry in sorted(
            (e for e in rows if e.action == AuditAction.DELETE), key=lambda e: order[e.entity]
        ):
            model = models[entry.entity]
            if session.get(model, uuid.UUID(entry.entity_id)) is not None:
                raise ConflictError(_("Cannot undo: {what} exists again.", what=_what(entry)))
            columns = model.__table__.c
            values = {key: _value(columns[key], v) for key, v in entry.changes.items() if key in columns}
            session.add(model(id=uuid.UUID(entry.entity_id), **values, **_derived(model, values)))
            session.flush()
            changed += 1
        for entry in (e for e in rows if e.action == AuditAction.UPDATE):
            model = models[entry.entity]
            record = session.get(model, uuid.UUID(entry.entity_id))
            if record is None:
                raise ConflictError(_("Cannot undo: {what} no longer exists.", what=_what(entry)))
            columns = model.__table__.c
            old_values = {}
            for key, (old, new) in entry.changes.items():
                if key not in columns:
                    continue
                if jsonable(getattr(record, key)) != new:
                    raise ConflictError(
                        _("Cannot undo: {what} has changed since ({key}).", what=_what(entry), key=key)
                    )
                old_values[key] = _value(columns[key], old)
            for key, value in {**old_values, **_derived(model, {**_current(record), **old_values})}.items():
                setattr(record, key, value)
            session.flush()
            changed += 1
        for entry in sorted(
            (e for e in rows if e.action == AuditAction.CREATE), key=lambda e: -order[e.entity]
        ):
            record = session.get(models[entry.entity], uuid.UUID(entry.entity_id))
            if record is None:
                continue  # already gone with its parent
            session.delete(record)
            session.flush()
            changed += 1
    finally:
        session.info.pop("audit_comment", None)
    return changed


def _current(record) -> dict[str, Any]:
    return {key: getattr(record, key, None) for key in ("full_name", "name", "phone")}
