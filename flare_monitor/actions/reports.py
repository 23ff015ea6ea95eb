"""The donor report, its history, and the indicator tables exported from the Reports page."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from flare_monitor import paths
from flare_monitor.actions.base import (
    Cancelled,
    Progress,
    action,
    never_cancelled,
    no_progress,
    reading,
    unit_of_work,
)
from flare_monitor.db.engine import Database
from flare_monitor.reports.assemble import PeriodOutsideProject, ReportCheck, check_report
from flare_monitor.reports.builder import ReportCancelled, ReportResult, build_report
from flare_monitor.reports.model import ReportOptions
from flare_monitor.reports.records import ReportRow, list_reports
from flare_monitor.reports.registry import ReportTemplate, templates

__all__ = [
    "PeriodOutsideProject",
    "ReportCancelled",
    "ReportCheck",
    "ReportOptions",
    "ReportResult",
    "ReportRow",
    "ReportTemplate",
]


@dataclass(frozen=True)
class ExportIndicatorTables:
    project: str
    period: str
    scopes: tuple[str | None, ...]  # one table per scope (None = all countries)
    folder: Path
    format: str  # "xlsx" or "csv"


def report_templates() -> list[ReportTemplate]:
    """The donor report templates of the registry, with their options (no database needed)."""
    return templates()


@action
def check_donor_report(db: Database, options: ReportOptions) -> ReportCheck:
    """What to say before building: the narrative sections the template prints that have no text; refuses
    a period outside the project's dates (unless `options.force`) and unknown countries."""
    with reading(db) as session:
        return check_report(session, options)


@action
def generate_report(
    db: Database,
    options: ReportOptions,
    *,
    user: str | None = None,
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
) -> ReportResult:
    """Build the report (PDF and, when asked, the Excel annex) and record it with its template and options
    in the report history, in one unit of work: nothing is written or recorded if it fails."""
    with unit_of_work(db, user=user) as session:
        return build_report(
            session, options, lambda fraction, _message: progress(int(fraction * 100), 100), cancelled
        )


@action
def report_history(db: Database, project: str | None) -> list[ReportRow]:
    with reading(db) as session:
        return list_reports(session, project)


@action
def export_indicator_tables(
    db: Database,
    request: ExportIndicatorTables,
    *,
    user: str | None = None,
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
) -> list[Path]:
    """One indicator table per scope; each file in its own short unit of work (audited as an export)."""
    from flare_monitor.io.exports import export_indicators

    written = []
    scopes = request.scopes
    for number, scope in enumerate(scopes):
        if cancelled():
            break
        progress(number, len(scopes))
        # Project codes such as "GLO/18/20/USA" hold characters no file name may have.
        name = paths.safe_filename(
            f"{request.project}_{request.period}_{scope or 'all-countries'}_indicators.{request.format}"
        )
        path = Path(request.folder) / name
        with unit_of_work(db, user=user) as session:
            export_indicators(session, path, request.project, request.period, scope)
        written.append(path)
    progress(len(scopes), len(scopes))
    return written
