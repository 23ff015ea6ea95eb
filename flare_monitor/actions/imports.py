"""Importing an attendance sheet: read it, plan the import (a preview that writes nothing), apply it."""

from __future__ import annotations

from dataclasses import dataclass

from flare_monitor.actions.base import Cancelled, Progress, action, never_cancelled, no_progress, unit_of_work
from flare_monitor.db.engine import Database
from flare_monitor.io import form_exports
from flare_monitor.io.attendance_import import (
    ImportOutcome,
    ImportPlan,
    ImportRejected,
    ImportSummary,
    apply_plan,
    import_attendance,
    plan_import,
)

__all__ = ["ImportOutcome", "ImportPlan", "ImportRejected", "ImportSheet", "ImportSummary", "PlanImport"]


@dataclass(frozen=True)
class PlanImport:
    activity: str
    raw: object  # the sheet as read (io.sheets.RawTable)
    guess: object  # the columns as recognised (io.attendance_columns.HeaderGuess)


def read_sheet(path: str, sheet: str | None = None, form: str | None = None, **_worker):
    """The sheet's cells as read (no database involved); KoboToolbox and ODK exports as their forms
    give them (io/form_exports.py), with `form` (the XLSForm) turning coded answers into labels as
    `ImportSheet.form` does on the command line."""
    return form_exports.read_export(path, sheet, form)


@action
def plan(
    db: Database,
    request: PlanImport,
    *,
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
) -> ImportPlan:
    """Match every row against the register; nothing is written."""
    with unit_of_work(db, audit=False) as session:
        return plan_import(session, request.activity, request.raw, request.guess, progress, cancelled)


@action
def apply(
    db: Database,
    planned: ImportPlan,
    *,
    user: str | None = None,
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
) -> ImportSummary:
    """Write the planned rows, all or nothing."""
    with unit_of_work(db, user=user) as session:
        return apply_plan(session, planned, progress, cancelled)


@dataclass(frozen=True)
class ImportSheet:
    """A sheet imported in one go (the command line): read, matched and, unless a dry run, written."""

    path: str
    activity: str
    sheet: str | None = None
    overrides: dict | None = None  # column heading → field, where the headings are not recognised
    dry_run: bool = False
    form: str | None = None  # the XLSForm of a KoboToolbox/ODK export, for coded answers


@action
def import_sheet(
    db: Database,
    request: ImportSheet,
    *,
    user: str | None = None,
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
) -> ImportOutcome:
    """All or nothing: raises ImportRejected (with the plan) when any row has an error."""
    with unit_of_work(db, user=user, audit=not request.dry_run) as session:
        return import_attendance(
            session,
            request.path,
            request.activity,
            sheet=request.sheet,
            overrides=request.overrides,
            dry_run=request.dry_run,
            form=request.form,
            progress=progress,
            cancelled=cancelled,
        )
