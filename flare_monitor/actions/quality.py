"""Data-quality findings of a period."""

from __future__ import annotations

from dataclasses import dataclass

from flare_monitor.actions.base import action, reading
from flare_monitor.db.engine import Database
from flare_monitor.indicators.quality import Finding, quality_findings

__all__ = ["Finding", "QualityQuery", "findings"]


@dataclass(frozen=True)
class QualityQuery:
    project: str
    period: str


@action
def findings(db: Database, query: QualityQuery) -> list[Finding]:
    with reading(db) as session:
        return quality_findings(session, query.project, query.period)
