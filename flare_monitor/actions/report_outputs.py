"""Donor reports from the output registry: the templates on offer, the checks before building (narrative
sections without text, a period outside the project), and the build itself."""

from __future__ import annotations

from flare_monitor.actions.base import (
    Cancelled,
    Progress,
    never_cancelled,
    no_progress,
    reading,
    unit_of_work,
)
from flare_monitor.db.engine import Database
from flare_monitor.reports.assemble import PeriodOutsideProject, ReportCheck, check_report
from flare_monitor.reports.builder import ReportCancelled, ReportResult, build_report
from flare_monitor.reports.model import ReportOptions
from flare_monitor.reports.registry import ReportTemplate, templates

__all__ = [
    "PeriodOutsideProject",
    "ReportCancelled",
    "ReportCheck",
    "ReportOptions",
    "ReportResult",
    "ReportTemplate",
    "build_donor_report",
    "check_donor_report",
    "report_templates",
]


def report_templates() -> list[ReportTemplate]:
    """The donor report templates of the registry, with their options (no database needed)."""
    return templates()


def check_donor_report(db: Database, options: ReportOptions) -> ReportCheck:
    """What to say before building: the narrative sections the template prints that have no text; refuses
    a period outside the project's dates (unless `options.force`) and unknown countries."""
    with reading(db) as session:
        return check_report(session, options)


def build_donor_report(
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
