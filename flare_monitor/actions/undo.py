"""Undo and redo of the officer's own recent actions, from the audit trail."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from flare_monitor.actions.base import action, capture_changes, unit_of_work
from flare_monitor.db.engine import Database
from flare_monitor.services.undo import undo_entries

__all__ = ["Reversal", "reverse"]


@dataclass(frozen=True)
class Reversal:
    """An undo done: the audit entries it wrote (reversing them is the redo)."""

    entries: tuple[uuid.UUID, ...]
    rows: int


@action
def reverse(db: Database, entries: tuple[uuid.UUID, ...], *, user: str | None = None) -> Reversal:
    """Reverse the changes recorded by these audit entries (one action), in one unit of work."""
    with capture_changes() as written:
        with unit_of_work(db, user=user) as session:
            rows = undo_entries(session, entries)
    return Reversal(tuple(written), rows)
