"""Exchange packages between offices and headquarters: export, check, import, and settle conflicts."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from flare_monitor.actions.base import Progress, action, no_progress, reading, unit_of_work
from flare_monitor.db.engine import Database
from flare_monitor.exchange import service
from flare_monitor.exchange.conflicts import (
    NOT_SENT,
    ConflictRow,
    FieldDiff,
    pending_conflicts,
    resolve_conflicts,
)
from flare_monitor.exchange.manifest import SUFFIX as PACKAGE_SUFFIX
from flare_monitor.exchange.service import ExportResult, ImportSummary

__all__ = [
    "NOT_SENT",
    "PACKAGE_SUFFIX",
    "ConflictRow",
    "ExportPackage",
    "ExportResult",
    "FieldDiff",
    "ImportSummary",
    "ResolveConflicts",
]


@dataclass(frozen=True)
class ExportPackage:
    path: Path
    project: str
    country: str | None = None
    since: date | None = None
    include_personal_data: bool = False


@dataclass(frozen=True)
class ResolveConflicts:
    choice: str  # "keep-mine" or "take-theirs"
    ids: tuple[uuid.UUID, ...] | None = None  # None: every pending conflict


@action
def export_package(
    db: Database, request: ExportPackage, *, user: str | None = None, progress: Progress = no_progress
) -> ExportResult:
    with unit_of_work(db, user=user) as session:
        return service.export_package(
            session,
            request.path,
            request.project,
            progress=progress,
            country=request.country,
            since=request.since,
            include_personal_data=request.include_personal_data,
        )


@action
def check_package(db: Database, path: Path, *, progress: Progress = no_progress) -> ImportSummary:
    """What importing the package would do; nothing is written."""
    return service.preview_import(db, Path(path), progress)


@action
def import_package(db: Database, path: Path, *, progress: Progress = no_progress) -> ImportSummary:
    return service.import_package(db, Path(path), progress)


@action
def conflicts(db: Database) -> list[ConflictRow]:
    with reading(db) as session:
        return pending_conflicts(session)


@action
def resolve(db: Database, request: ResolveConflicts, *, user: str | None = None) -> int:
    with unit_of_work(db, user=user) as session:
        return resolve_conflicts(session, request.ids, request.choice)


@action
def history(db: Database) -> list[service.ExchangeRow]:
    """Packages sent and received, newest first."""
    with reading(db) as session:
        return service.history(session)


@action
def database_id(db: Database, renew: bool = False) -> uuid.UUID:
    """This database's id in exchanges (renewed for a copy that must count as another office)."""
    if not renew:
        with reading(db) as session:
            return service.this_database(session)
    with unit_of_work(db) as session:
        return service.renew_database_id(session)
