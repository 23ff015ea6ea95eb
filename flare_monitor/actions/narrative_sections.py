"""Narrative sections of a period, including progress per result and the Technical Progress Report's."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from flare_monitor.actions.base import reading, unit_of_work
from flare_monitor.db.engine import Database
from flare_monitor.services import narratives as service
from flare_monitor.services.common import project_by_code
from flare_monitor.services.narratives import NarrativeRow

__all__ = ["ListNarratives", "NarrativeRow", "SetNarrative", "list_narratives", "set_narrative"]


@dataclass(frozen=True)
class SetNarrative:
    project: str
    period: str
    section: str
    text: str
    country: str | None = None
    result: str | None = None  # the result's code, for the section outcome_progress
    photo: str | Path | None = None  # a PNG or JPEG file; "" removes the photo; None keeps it
    photo_caption: str | None = None
    seen: str | None = None  # the text the form started from: refused if someone changed it since


@dataclass(frozen=True)
class ListNarratives:
    project: str
    period: str


def set_narrative(db: Database, request: SetNarrative, *, user: str | None = None) -> NarrativeRow | None:
    """Store one section's text (an empty text removes the section); returns what is stored."""
    with unit_of_work(db, user=user) as session:
        row = service.save_narrative(
            session, request.project, request.period, request.country, request.section, request.text,
            seen=request.seen, result=request.result, photo=request.photo,
            photo_caption=request.photo_caption,
        )  # fmt: skip
        if row is None:
            return None
        rows = service.narratives_within(session, request.project, row.period_start, row.period_end)
        return next(
            r for r in rows
            if (r.section, r.period, r.country) == (str(row.section), row.period, row.country_code)
            and r.result == (request.result.strip() if request.result else None)
        )  # fmt: skip


def list_narratives(db: Database, request: ListNarratives) -> list[NarrativeRow]:
    """Every text written for the period or for periods within it (a half-year's quarters)."""
    with reading(db) as session:
        project = project_by_code(session, request.project)
        period = service.project_period(project, request.period)
        return service.narratives_within(session, project.code, period.start, period.end)
