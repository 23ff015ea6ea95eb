"""The narrative of a period: its sections as saved, the period's figures beside them, and saving."""

from __future__ import annotations

from dataclasses import dataclass

from flare_monitor.actions.base import action, reading, unit_of_work
from flare_monitor.actions.figures import PeriodFigures, compute_period_figures
from flare_monitor.db.engine import Database
from flare_monitor.indicators.periods import Period
from flare_monitor.services import narratives
from flare_monitor.services.narratives import NARRATIVE_SECTIONS

__all__ = ["NARRATIVE_SECTIONS", "NarrativeQuery", "NarrativeView", "SaveNarrative"]


@dataclass(frozen=True)
class NarrativeQuery:
    project: str
    period: Period
    country: str | None  # None: the whole project


@dataclass
class NarrativeView:
    texts: dict[str, str]  # section → text
    figures: PeriodFigures


@dataclass(frozen=True)
class SaveNarrative:
    project: str
    period: str
    country: str | None
    texts: dict[str, str]  # the sections to save
    seen: dict[str, str]  # each section as the page last loaded it (a colleague's save is refused)


@action
def narrative_view(db: Database, query: NarrativeQuery) -> NarrativeView:
    with reading(db) as session:
        texts = narratives.get_narratives(session, query.project, query.period.label, query.country)
        figures = compute_period_figures(session, query.project, query.period, query.country)
    return NarrativeView(texts, figures)


@action
def save_narratives(db: Database, request: SaveNarrative, *, user: str | None = None) -> None:
    """Every changed section in one transaction: all are saved, or none."""
    with unit_of_work(db, user=user) as session:
        for section, text in request.texts.items():
            seen = request.seen.get(section, "")
            if text != seen:
                narratives.save_narrative(
                    session, request.project, request.period, request.country, section, text, seen=seen
                )
