"""Importing an attendance sheet: read it, plan the import (a preview that writes nothing), apply it."""

from __future__ import annotations

from dataclasses import dataclass

from flare_monitor.actions.base import Cancelled, Progress, action, never_cancelled, no_progress, unit_of_work
from flare_monitor.db.engine import Database
from flare_monitor.io import form_exports
from flare_monitor.io.attendance_import import ImportPlan, ImportSummary, apply_plan, plan_import

__all__ = ["ImportPlan", "ImportSummary", "PlanImport"]


@dataclass(frozen=True)
class PlanImport:
    activity: str
    raw: object  # the sheet as read (io.sheets.RawTable)
    guess: object  # the columns as recognised (io.attendance_columns.HeaderGuess)


def read_sheet(path: str, sheet: str | None = None, **_worker):
    """The sheet's cells as read (no database involved); KoboToolbox and ODK exports as their forms
    give them (io/form_exports.py)."""
    return form_exports.read_table(path, sheet)


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
