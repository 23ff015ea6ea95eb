"""The data exports the app offers (File › Export…) and the command line's `export WHAT`: one registry of
outputs (io/export_outputs.py), written in one unit of work that audits the export."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from flare_monitor.actions.base import action, reading, unit_of_work
from flare_monitor.db.engine import Database
from flare_monitor.io.export_outputs import ExportOutput, export
from flare_monitor.reports.registry import output, outputs

__all__ = ["ExportOutput", "ExportRequest", "export_choices"]


def export_choices() -> list[ExportOutput]:
    """The exports on offer, with their options (no database needed)."""
    return list(outputs("export"))


@dataclass(frozen=True)
class ExportRequest:
    output: str  # the export's id: participants, activities, attendance, indicators, evidence
    path: Path
    project: str | None = None
    country: str | None = None
    period: str | None = None
    options: dict[str, Any] = field(default_factory=dict)


@action
def export_data(db: Database, request: ExportRequest, *, user: str | None = None) -> int:
    """Write the export; returns the number of rows written (the audit trail keeps who exported what)."""
    chosen = output(request.output)
    values = {"project": request.project, "country": request.country, "period": request.period}
    values.update(request.options)
    with unit_of_work(db, user=user) as session:
        return export(chosen, session, Path(request.path), **values)


@action
def victims_left_out(db: Database, request: ExportRequest) -> int:
    """Records of victims a participant export of this scope leaves out (they are never exported)."""
    from flare_monitor.io.exports import victims_left_out as count

    with reading(db) as session:
        return count(session, request.project, request.country)
