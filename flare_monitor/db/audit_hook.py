"""Writes an AuditEntry for every create, update and delete flushed by a service session.

Entries made during a transaction wait in `session.info` and are written when it commits, numbered and
chained after the last entry of the trail (db/audit_chain.py); a rollback drops them with the changes
they describe.
"""

from __future__ import annotations

import getpass
import uuid
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, sessionmaker

from flare_monitor.db import audit_chain
from flare_monitor.db.audit import AuditEntry
from flare_monitor.db.base import RecordMixin, utcnow
from flare_monitor.db.enums import AuditAction

# Bookkeeping columns say nothing a reader of the audit trail needs.
_SKIPPED_COLUMNS = {
    "id",
    "created_at",
    "updated_at",
    "version",
    "search_name",
    "name_key",
    "phone_normalized",
}


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment (some services, containers)
        return "unknown"


def jsonable(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _columns(obj: RecordMixin) -> dict[str, Any]:
    # Read the instance dict directly: imports audit thousands of new rows in one flush.
    values = inspect(obj).dict
    keys = _column_keys(type(obj))
    return {key: jsonable(values[key]) for key in keys if values.get(key) is not None}


_COLUMN_KEYS: dict[type, tuple[str, ...]] = {}


def _column_keys(cls: type) -> tuple[str, ...]:
    keys = _COLUMN_KEYS.get(cls)
    if keys is None:
        mapper = inspect(cls)
        keys = tuple(a.key for a in mapper.column_attrs if a.key not in _SKIPPED_COLUMNS)
        _COLUMN_KEYS[cls] = keys
    return keys


def _changes(obj: RecordMixin) -> dict[str, list[Any]]:
    state = inspect(obj)
    changes = {}
    for attr in state.attrs:
        if attr.key not in state.mapper.columns or attr.key in _SKIPPED_COLUMNS:
            continue
        history = attr.load_history()
        if history.has_changes():
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if jsonable(old) != jsonable(new):
                changes[attr.key] = [jsonable(old), jsonable(new)]
    return changes


def add_entry(
    session: Session,
    action: AuditAction,
    entity: str,
    entity_id: Any = None,
    changes: dict[str, Any] | None = None,
    comment: str | None = None,
) -> AuditEntry:
    """An explicit entry for actions that are not row changes (export, lock, merge…), written at commit."""
    entry = AuditEntry(
        id=uuid.uuid4(),
        at=utcnow(),
        user=session.info.get("user") or current_user(),
        entity=entity,
        entity_id=None if entity_id is None else str(entity_id),
        action=action,
        changes=changes or {},
        comment=comment,
    )
    _pending(session).append(entry)
    written(session).append(entry.id)
    return entry


def written(session: Session) -> list[uuid.UUID]:
    """The ids of the audit entries this session wrote, in order (what an undo of it reverses); they
    exist in the trail once the session commits."""
    return session.info.setdefault("audit_ids", [])


_PENDING = "audit_pending"


def _pending(session: Session) -> list[AuditEntry]:
    return session.info.setdefault(_PENDING, [])


def enqueue(session: Session, entry: AuditEntry) -> None:
    """An entry made while the session flushes (the period guard's drift notes): it waits for the commit,
    which chains it with the others, and is no change an undo would reverse."""
    _pending(session).append(entry)


def _before_flush(session: Session, _context, _instances) -> None:
    # An entry added to the session directly waits for the commit too, to be chained with the others.
    for obj in [o for o in session.new if isinstance(o, AuditEntry) and o.seq is None]:
        session.expunge(obj)
        _pending(session).append(obj)
    if session.info.get("audit") is False:
        return
    user = session.info.get("user") or current_user()
    entries = []
    for obj in session.new:
        if isinstance(obj, RecordMixin):
            entries.append((AuditAction.CREATE, obj, _columns(obj)))
    for obj in session.dirty:
        if isinstance(obj, RecordMixin) and session.is_modified(obj, include_collections=False):
            changes = _changes(obj)
            if changes:
                entries.append((AuditAction.UPDATE, obj, changes))
    for obj in session.deleted:
        if isinstance(obj, RecordMixin):
            entries.append((AuditAction.DELETE, obj, _columns(obj)))
    comment = session.info.get("audit_comment")
    pending, ids = _pending(session), written(session)
    for action, obj, changes in entries:
        if obj.id is None:  # the default runs at INSERT; the audit entry needs the id now
            obj.id = uuid.uuid4()
        entry = AuditEntry(
            id=uuid.uuid4(),
            at=utcnow(),
            user=user,
            entity=obj.__tablename__,
            entity_id=str(obj.id),
            action=action,
            changes=changes,
            comment=comment,
        )
        pending.append(entry)
        ids.append(entry.id)


def _before_commit(session: Session) -> None:
    session.flush()  # the last changes first: their entries join the waiting ones
    if session.info.get(_PENDING):
        audit_chain.seal(session, session.info.pop(_PENDING))


def _after_rollback(session: Session) -> None:
    session.info.pop(_PENDING, None)


def install(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "before_commit", _before_commit)
    event.listen(factory, "after_rollback", _after_rollback)
