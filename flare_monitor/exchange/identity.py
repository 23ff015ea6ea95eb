"""This database's identity in exchanges: a UUID created on first use, and a package counter.

The id names the database in every package it writes and in what other databases remember of it.
A database copied as a file carries the same id as its original: `renew_database_id` gives the copy
its own, so the two are told apart from then on.
"""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from flare_monitor.db.models import Setting
from flare_monitor.errors import UserError
from flare_monitor.i18n import _

DATABASE_ID_KEY = "database_id"
SEQUENCE_KEY = "exchange_sequence"


def database_id(session: Session) -> uuid.UUID:
    """The id of this database, created (in the caller's transaction) the first time it is asked for."""
    setting = session.get(Setting, DATABASE_ID_KEY)
    if setting is None:
        setting = Setting(key=DATABASE_ID_KEY, value=str(uuid.uuid4()))
        session.add(setting)
        session.flush()
    try:
        return uuid.UUID(str(setting.value))
    except ValueError:
        raise UserError(
            _(
                "The setting '{database_id_key}' of this database is damaged; it must be a UUID. "
                "Run `flare-monitor package database-id --renew` to give the database a new id.",
                database_id_key=DATABASE_ID_KEY,
            )
        ) from None


def renew_database_id(session: Session) -> uuid.UUID:
    """Give this database a new id (for a copy of another office's database file)."""
    new = uuid.uuid4()
    setting = session.get(Setting, DATABASE_ID_KEY)
    if setting is None:
        session.add(Setting(key=DATABASE_ID_KEY, value=str(new)))
    else:
        setting.value = str(new)
    session.flush()
    return new


def next_sequence(session: Session) -> int:
    """1, 2, 3… for the packages this database writes: a receiver applies them in that order."""
    setting = session.get(Setting, SEQUENCE_KEY)
    current = setting.value if setting is not None else 0
    if not isinstance(current, int) or isinstance(current, bool) or current < 0:
        current = 0
    value = current + 1
    if setting is None:
        session.add(Setting(key=SEQUENCE_KEY, value=value))
    else:
        setting.value = value
    session.flush()
    return value
