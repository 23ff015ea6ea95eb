"""The work plan: an activity's status, dates and the reason for a delay, postponement or cancellation."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from flare_monitor.actions.base import unit_of_work
from flare_monitor.db.engine import Database
from flare_monitor.services import activities as service
from flare_monitor.services.activities import ActivityDetail

__all__ = ["ActivityDetail", "EditActivity", "edit_activity"]


@dataclass(frozen=True)
class EditActivity:
    """The fields to change of one activity; None leaves a field as it is ("" clears a text or date)."""

    code: str
    status: str | None = None
    reason: str | None = None
    title: str | None = None
    start: str | date | None = None  # planned dates
    end: str | date | None = None
    actual_start: str | date | None = None
    actual_end: str | date | None = None
    venue: str | None = None
    expected_version: int | None = None  # refused if someone else changed the activity since


def edit_activity(db: Database, request: EditActivity, *, user: str | None = None) -> ActivityDetail:
    """Apply the changes to the stored activity, validated as a whole (as the edit form saves it)."""
    with unit_of_work(db, user=user) as session:
        detail = service.activity_detail(session, request.code)
        shown = detail.as_input()
        changes = {
            key: (None if value == "" else value)
            for key in ("status", "reason", "title", "start", "end", "actual_start", "actual_end", "venue")
            if (value := getattr(request, key)) is not None
        }
        version = detail.version if request.expected_version is None else request.expected_version
        service.update_activity(session, detail.row.id, replace(shown, **changes), version, seen=shown)
        return service.activity_detail(session, detail.row.id)
