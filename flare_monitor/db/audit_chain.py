"""The audit trail as a hash chain: an entry changed or removed afterwards is found by `check`.

Each entry gets, when its transaction commits, the next number (`seq`), the hash of the entry before it
(`prev_hash`) and its own `hash`: SHA-256 over a canonical JSON array of its content and `prev_hash`
(`entry_hash`). The `audit_head` row (written with the first entry) names the last entry, so that
entries removed from the end show too. Changing an entry's content breaks its hash; recomputing that
hash breaks the next entry's `prev_hash`; removing an entry leaves a gap in the numbers. Only someone
who rewrites every later entry and the head can hide a change: on a server nobody but the owner may
change these tables at all, and the server itself checks that each new entry follows the head
(migration 0010).

Entries are numbered at commit time (`seal`), not when they are created: the head is locked only for
the moment between a transaction's last flush and its commit, so that writers take turns on the chain
without holding each other up while they work.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select, text, update
from sqlalchemy.orm import Session

from flare_monitor.db.audit import AuditEntry, AuditHead
from flare_monitor.db.base import utcnow
from flare_monitor.errors import UserError
from flare_monitor.i18n import Message, _, ngettext

GENESIS = "0" * 64  # the `prev_hash` of the first entry
HEAD_ID = 1
_CHAIN_LOCK_KEY = 0x464C_4155_4449_54  # "FLAUDIT"
_FORMAT = "flare-audit-1"


def canonical_changes(changes: Any) -> Any:
    """`changes` as it reads back from a JSON column (tuples become lists, keys strings)."""
    return json.loads(json.dumps(changes if changes is not None else {}, default=str))


def entry_hash(
    *,
    seq: int,
    prev_hash: str,
    entry_id: Any,
    at: datetime,
    user: str,
    entity: str,
    entity_id: str | None,
    action: Any,
    changes: Any,
    comment: str | None,
) -> str:
    """The hash of one entry: the same on SQLite and PostgreSQL, and in a dump of either."""
    payload = [
        _FORMAT,
        int(seq),
        prev_hash,
        str(entry_id),
        at.isoformat(sep=" ", timespec="microseconds"),
        user,
        entity,
        entity_id,
        getattr(action, "value", action),
        changes,
        comment,
    ]
    text = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(text.encode("ascii")).hexdigest()


def hash_of(entry: AuditEntry) -> str:
    return entry_hash(
        seq=entry.seq,
        prev_hash=entry.prev_hash,
        entry_id=entry.id,
        at=entry.at,
        user=entry.user,
        entity=entry.entity,
        entity_id=entry.entity_id,
        action=entry.action,
        changes=entry.changes,
        comment=entry.comment,
    )


def seal(session: Session, entries: list[AuditEntry]) -> None:
    """Number and chain `entries` after the head (locked until the commit) and add them to `session`."""
    if not entries:
        return
    server = session.get_bind().dialect.name == "postgresql"
    if server:
        # Writers take turns until their commit (a lock any login may take; the server's trigger also
        # locks the head row, but only the owner may lock it from here).
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _CHAIN_LOCK_KEY})
    else:
        # SQLite: take the write lock before reading the head, so two writers cannot read the same one.
        session.execute(update(AuditHead).where(AuditHead.id == HEAD_ID).values(seq=AuditHead.seq))
    head = session.execute(select(AuditHead.seq, AuditHead.hash).where(AuditHead.id == HEAD_ID)).first()
    if head is None:  # the first entry of the trail: the head row starts with it
        if session.scalar(select(AuditEntry.id).limit(1)) is not None:
            raise UserError(
                _(
                    "The audit trail of this database has lost its head record, so no change can be "
                    "recorded; nothing was changed. Run `flare-monitor check` and tell the person who looks "
                    "after the database."
                )
            )
        session.execute(insert(AuditHead).values(id=HEAD_ID, seq=0, hash=GENESIS))
        head = (0, GENESIS)
    seq, previous = head
    for entry in entries:
        seq += 1
        entry.id = entry.id or uuid.uuid4()
        entry.at = entry.at or utcnow()
        entry.changes = canonical_changes(entry.changes)
        entry.seq, entry.prev_hash = seq, previous
        entry.hash = previous = hash_of(entry)
        session.add(entry)
    session.flush()
    if not server:  # on a server, the trigger of each inserted entry moves the head (migration 0010)
        session.execute(update(AuditHead).where(AuditHead.id == HEAD_ID).values(seq=seq, hash=previous))


@dataclass(frozen=True)
class ChainReport:
    """What `verify` found: the number of entries read, and the first break (None when intact)."""

    entries: int
    problem: Message | None = None


def verify(session: Session) -> ChainReport:
    """Walk the whole trail in order and report the first entry changed or removed, in one line."""
    head = session.get(AuditHead, HEAD_ID)
    rows = session.scalars(select(AuditEntry).order_by(AuditEntry.seq).execution_options(yield_per=2000))
    try:
        count, last_seq, previous, problem = _walk(session, rows)
    finally:
        rows.close()
    if problem is not None:
        return ChainReport(count, problem)
    if head is None:
        return ChainReport(count, _("audit trail: its head record was removed") if count else None)
    if head.seq > last_seq:
        gone = head.seq - last_seq
        return ChainReport(
            count,
            ngettext(
                "audit trail: the last {count} entry (from {first}) removed",
                "audit trail: the last {count} entries (from {first}) removed",
                gone,
                first=_number(last_seq + 1),
            ),
        )
    if head.seq < last_seq or head.hash != previous:
        return ChainReport(
            count, _("audit trail: its head does not name the last entry ({seq})", seq=_number(last_seq))
        )
    return ChainReport(count)


def _walk(session: Session, rows) -> tuple[int, int, str, str | None]:
    """(entries read, last number, last hash, the first break or None)."""
    expected, previous, count = 1, GENESIS, 0
    for entry in rows:
        count += 1
        problem = None
        if entry.seq != expected:
            last_missing = entry.seq - 1
            if last_missing == expected:
                problem = _(
                    "audit trail: entry {seq} removed (the trail jumps to {next})",
                    seq=_number(expected),
                    next=_number(entry.seq),
                )
            else:
                problem = _(
                    "audit trail: entries {first} to {last} removed (the trail jumps to {next})",
                    first=_number(expected),
                    last=_number(last_missing),
                    next=_number(entry.seq),
                )
        elif entry.hash != hash_of(entry):
            problem = _(
                "audit trail: entry {seq} ({at}, {user}, {action} {entity}) was changed after it was written",
                seq=_number(entry.seq),
                at=entry.at.strftime("%Y-%m-%d %H:%M"),
                user=entry.user,
                action=getattr(entry.action, "value", entry.action),
                entity=entry.entity,
            )
        elif entry.prev_hash != previous:
            problem = _(
                "audit trail: entry {seq} was changed after it was written (and rehashed)",
                seq=_number(entry.seq - 1),
            )
        if problem is not None:
            return count, expected - 1, previous, problem
        expected, previous = entry.seq + 1, entry.hash
        session.expunge(entry)
    return count, expected - 1, previous, None


def _number(value: int) -> str:
    """An entry's number as it is stored (no digit grouping: it names the entry, it is not a quantity)."""
    return str(value)
