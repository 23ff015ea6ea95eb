"""Small helpers shared by the services: parsing user input into typed values with clear errors,
and the optimistic-locking check of edits."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import select, text
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from flare_monitor.db.audit import AuditEntry
from flare_monitor.db.lookups import project_by_code  # noqa: F401 - where the services take it from
from flare_monitor.errors import ConcurrentEditError, ValidationError, ValidationErrors
from flare_monitor.i18n import Field, Message, _
from flare_monitor.i18n.params import Joined, Time
from flare_monitor.text import clean

E = TypeVar("E", bound=StrEnum)
T = TypeVar("T")


class Problems:
    """Checks of a form's fields that are all run, so that every problem is told at once."""

    def __init__(self) -> None:
        self.errors: list[ValidationError] = []

    def check(self, check: Callable[[], T], default: T | None = None) -> T | None:
        try:
            return check()
        except ValidationError as exc:
            self.errors.append(exc)
            return default

    def add(self, error: ValidationError) -> None:
        self.errors.append(error)

    def raise_any(self) -> None:
        if len(self.errors) == 1:
            raise self.errors[0]
        if self.errors:
            raise ValidationErrors(self.errors)


def parse_date(value: str | date | None, field: str, *, required: bool = True) -> date | None:
    if isinstance(value, date):
        return value
    if value is None or not str(value).strip():
        if required:
            raise ValidationError(_("{field}: a date is required (YYYY-MM-DD)", field=Field(field)), field)
        return None
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError(
            _("{field}: '{value}' is not a date in the form YYYY-MM-DD", field=Field(field), value=value),
            field,
        ) from None


def parse_enum(enum: type[E], value: str | E | None, field: str, default: E | None = None) -> E:
    if value is None or (isinstance(value, str) and not value.strip()):
        if default is not None:
            return default
        raise ValidationError(
            _(
                "{field}: a value is required ({items})",
                field=Field(field),
                items=", ".join(m.value for m in enum),
            ),
            field,
        )
    key = str(value).strip().lower().replace(" ", "_").replace("-", "_")
    try:
        return enum(key)
    except ValueError:
        allowed = ", ".join(m.value for m in enum)
        raise ValidationError(
            _("{field}: '{value}' is not one of {allowed}", field=Field(field), value=value, allowed=allowed),
            field,
        ) from None


def require_text(value: str | None, field: str, max_length: int) -> str:
    text = " ".join(str(value or "").split())
    if not text:
        raise ValidationError(_("{field}: must not be empty", field=Field(field)), field)
    if len(text) > max_length:
        raise ValidationError(
            _("{field}: longer than {max_length} characters", field=Field(field), max_length=max_length),
            field,
        )
    return text


def optional_text(value: str | None, field: str, max_length: int) -> str | None:
    """Cleaned text or None; longer than its column is refused here (PostgreSQL would refuse it later,
    SQLite would keep it)."""
    text = clean(value)
    if text and len(text) > max_length:
        raise ValidationError(
            _("{field}: longer than {max_length} characters", field=Field(field), max_length=max_length),
            field,
        )
    return text


# ---------------------------------------------------------------- optimistic locking
#
# An edit dialog remembers the version of the record it showed (and what it showed). When the user
# saves, the service checks that the stored record is still that version; if someone else saved or
# deleted it meanwhile, nothing is written and the message says who, when and what differs.


def locked_for_edit(session: Session, query):
    """The record a user is about to change, locked on a server until the commit (SQLite ignores it)."""
    return session.scalars(query.with_for_update()).first()


def _shown(value: Any, skip: int = 0) -> Any:
    """A value as a message shows it; `skip` leaves out a beginning both versions of a text share."""
    if value is None or value == "":
        return _("(empty)")
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, float | date):
        return value  # written as the language writes numbers and dates
    text = str(getattr(value, "value", value))
    text = "…" + text[skip:] if skip else text
    return f"'{text if len(text) <= 60 else text[:57] + '…'}'"


def _change(label: str, old: Any, new: Any) -> Message:
    """field 'old' → 'new', starting near the first difference when two long texts share their beginning."""
    skip = 0
    if isinstance(old, str) and isinstance(new, str) and max(len(old), len(new)) > 60:
        shared = next(
            (i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b), min(len(old), len(new))
        )
        skip = max(shared - 20, 0)
    return _("{field} {old} → {new}", field=Field(label), old=_shown(old, skip), new=_shown(new, skip))


def _last_change(session: Session, entity: str, entity_id: Any) -> AuditEntry | None:
    return session.scalars(
        select(AuditEntry)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == str(entity_id))
        .order_by(AuditEntry.at.desc())
        .limit(1)
    ).first()


def _when(at: datetime) -> Any:
    """Audit times are naive UTC: shown in the user's local time, with the date unless it is today."""
    local = at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
    return Time(local) if local.date() == datetime.now().date() else local


def differences(seen: dict[str, Any], stored: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    """Fields whose stored value is not what the user saw: {label: (seen, stored)}."""
    return {
        label: (seen.get(label), stored.get(label)) for label in seen if seen.get(label) != stored.get(label)
    }


def concurrent_edit(
    session: Session,
    what: str,
    entity: str,
    entity_id: Any,
    seen: dict[str, Any] | None,
    stored: dict[str, Any] | None,
) -> ConcurrentEditError:
    """The error for a record someone else saved (`stored` is its values now) or deleted (`stored` None)."""
    change = _last_change(session, entity, entity_id) if entity_id is not None else None
    who = change.user if change is not None else _("Someone else")
    if stored is None:
        if change is not None:
            message = _(
                "{who} deleted {what} at {when}. Your changes were not saved.",
                who=who,
                what=what,
                when=_when(change.at),
            )
        else:
            message = _("{who} deleted {what}. Your changes were not saved.", who=who, what=what)
        return ConcurrentEditError(message, deleted=True)
    changes = differences(seen, stored) if seen is not None else {}
    listed = Joined([_change(label, old, new) for label, (old, new) in changes.items()], "; ")
    params = {"who": who, "what": what}
    if change is not None and changes:
        message = _(
            "{who} saved {what} at {when}: {changes}. Your changes were not saved; reopen it to see the "
            "current version.",
            **params,
            when=_when(change.at),
            changes=listed,
        )
    elif change is not None:
        message = _(
            "{who} saved {what} at {when}. Your changes were not saved; reopen it to see the current "
            "version.",
            **params,
            when=_when(change.at),
        )
    elif changes:
        message = _(
            "{who} saved {what}: {changes}. Your changes were not saved; reopen it to see the current "
            "version.",
            **params,
            changes=listed,
        )
    else:
        message = _(
            "{who} saved {what}. Your changes were not saved; reopen it to see the current version.", **params
        )
    return ConcurrentEditError(message, changes)


def refused_edit(
    session: Session,
    model: type,
    record_id: Any,
    what: str,
    current: Callable[[], dict[str, Any]],
    shown: dict[str, Any] | None,
) -> ConcurrentEditError:
    """The error for an edit form's save that found its record saved (`current()`: what the form would
    show now) or deleted by someone else meanwhile; `shown` is what the form showed."""
    entity = model.__tablename__
    if session.get(model, record_id, populate_existing=True) is None:
        return concurrent_edit(session, what, entity, record_id, None, None)
    return concurrent_edit(session, what, entity, record_id, shown, current())


def flush_edit(session: Session, conflict: Callable[[], ConcurrentEditError]) -> None:
    """Flush an edit; if the row changed between our read and our write (the version column no longer
    matches), raise `conflict()` instead of SQLAlchemy's StaleDataError."""
    try:
        session.flush()
    except StaleDataError:
        # The failed flush has doomed this transaction: roll it back to read what is stored now.
        session.rollback()
        raise conflict() from None


# Imports that may create people and organizations take turns on a server, so that a person two
# offices import at the same moment is matched by the second import instead of created twice.
_REGISTER_LOCK_KEY = 0x464C52_5245_47  # "FLR" "REG"


def lock_register(session: Session) -> None:
    """Wait until no other transaction is adding to the register; held until this one ends.

    PostgreSQL: a transaction-scoped advisory lock. SQLite has one writer at a time: a write that changes
    nothing starts this transaction's write now, so a second import waits for the first (busy timeout)."""
    _take_turns(session, _REGISTER_LOCK_KEY)


def lock_new_record(session: Session, *scope: Any) -> None:
    """Wait until no other transaction is writing the record of `scope` (a narrative section, a cell).

    A record that does not exist yet has no row to lock, and a unique constraint lets a NULL country or
    sex repeat: without this, two users filling the same empty section would both add a row."""
    digest = hashlib.blake2b(repr(scope).encode(), digest_size=8).digest()
    _take_turns(session, int.from_bytes(digest, "big", signed=True))


def _take_turns(session: Session, key: int) -> None:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})
    else:
        session.execute(text("UPDATE setting SET key = key WHERE 1 = 0"))
