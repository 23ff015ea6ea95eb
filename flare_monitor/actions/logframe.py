"""The donor's Excel logframe: the empty template, importing a workbook into a project (with the
preview of what it creates or changes), and exporting a project in the same layout
(`project template|import-logframe|export-logframe`, File › Import logframe…)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from flare_monitor.actions.base import action, reading, unit_of_work
from flare_monitor.db.engine import Database
from flare_monitor.io import logframe
from flare_monitor.io.logframe import LogframePlan, LogframeRejected, Problem

__all__ = [
    "ExportLogframe",
    "ImportLogframe",
    "LogframePlan",
    "LogframeRejected",
    "Problem",
    "export_logframe",
    "import_logframe",
    "write_template",
]


@dataclass(frozen=True)
class ImportLogframe:
    path: Path
    dry_run: bool = False


@dataclass(frozen=True)
class ExportLogframe:
    project: str
    path: Path


def write_template(path: Path, **_worker) -> Path:
    """An empty, documented logframe workbook (no database needed)."""
    return logframe.write_template(path)


@action
def import_logframe(db: Database, request: ImportLogframe, *, user: str | None = None) -> LogframePlan:
    """Create or update the workbook's project, all or nothing; with `dry_run`, the same checks and the
    preview of what would be created or changed, and nothing written."""
    content = logframe.read_logframe(request.path)
    with unit_of_work(db, user=user) as session:
        plan = logframe.import_logframe(session, content, Path(request.path).name, dry_run=request.dry_run)
        if request.dry_run:
            session.rollback()
        return plan


@action
def export_logframe(db: Database, request: ExportLogframe) -> Path:
    with reading(db) as session:
        return logframe.export_logframe(session, request.project, request.path)
