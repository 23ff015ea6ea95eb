"""Exchange packages for the command line and the desktop app: export, check, import, conflicts, history.

Functions taking a `Session` never commit (the caller does, once). `preview_import` and
`import_package` take the `Database`: a preview runs in a transaction that is rolled back, and an
import first backs up a SQLite database (on a server the server's backups apply) and then writes
everything in one transaction, so a failure leaves the database as it was.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from flare_monitor import __version__
from flare_monitor.db import migrate
from flare_monitor.db.audit_hook import add_entry, current_user
from flare_monitor.db.base import utcnow
from flare_monitor.db.engine import Database
from flare_monitor.db.enums import AuditAction
from flare_monitor.db.errors import classify
from flare_monitor.db.exchange import ExchangeBase, ExchangeRecord
from flare_monitor.errors import UserError
from flare_monitor.exchange import identity, reader, selection, writer
from flare_monitor.exchange import manifest as mf
from flare_monitor.exchange.conflicts import (
    ConflictRow,
    compare,
    label,
    pending_conflicts,
    resolve_conflicts,
)
from flare_monitor.exchange.merge import ImportPlan, apply_import, plan_import
from flare_monitor.exchange.planner import Kind, Reason
from flare_monitor.exchange.reader import Package, read_package
from flare_monitor.i18n import _
from flare_monitor.io import dump
from flare_monitor.services.common import parse_date, project_by_code
from flare_monitor.services.geo import validate_country

Progress = Callable[[int, int], None]

__all__ = [
    "ConflictRow",
    "ExportResult",
    "ImportSummary",
    "export_package",
    "history",
    "import_package",
    "pending_conflicts",
    "preview_import",
    "resolve_conflicts",
]

_REASONS = {
    Reason.LOCKED: "in a reporting period locked here",
    Reason.DELETED_HERE: "deleted in this database",
    Reason.NEEDS_SKIPPED: "needs a record that was skipped",
}


def _nothing(_done: int, _total: int) -> None:
    pass


# --------------------------------------------------------------------------------------------- export


@dataclass(frozen=True)
class ExportResult:
    path: Path
    package_id: uuid.UUID
    sequence: int
    counts: dict[str, int]
    personal_data: bool

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _since(value: str | date | None) -> datetime | None:
    day = parse_date(value, "since", required=False)
    return datetime.combine(day, time.min) if day else None


def _carried_bases(
    session: Session, records: dict[str, list[dict[str, Any]]], personal_data: bool
) -> dict[str, dict[str, list]]:
    """What this database last saw of each peer's version of these records (personal hashes only in a
    package with personal data: hashes of names must not travel where names do not)."""
    ids = [uuid.UUID(row["id"]) for rows in records.values() for row in rows]
    bases: dict[str, dict[str, list]] = {}
    for start in range(0, len(ids), 500):
        query = select(
            ExchangeBase.peer_database_id,
            ExchangeBase.record_id,
            ExchangeBase.record_hash,
            ExchangeBase.personal_hash,
        ).where(ExchangeBase.record_id.in_(ids[start : start + 500]))
        for peer, record, record_hash, personal in session.execute(query):
            bases.setdefault(str(peer), {})[str(record)] = [record_hash, personal if personal_data else None]
    return {peer: dict(sorted(book.items())) for peer, book in sorted(bases.items())}


def _time_range(since: datetime | None, records: dict[str, list[dict[str, Any]]], until: datetime) -> dict:
    changes = [row["updated_at"] for rows in records.values() for row in rows if row.get("updated_at")]
    return {
        "since": since.isoformat() if since else None,
        "until": until.isoformat(),
        "oldest_change": min(changes, default=None),
        "newest_change": max(changes, default=None),
    }


def _evidence_sizes(session: Session, records: dict[str, list[dict[str, Any]]]) -> dict[str, int]:
    """SHA-256 → size of the content of the evidence records that travel."""
    from flare_monitor.db.evidence import EvidenceBlob

    digests = sorted({row["sha256"] for row in records.get("evidence", [])})
    sizes: dict[str, int] = {}
    for start in range(0, len(digests), 500):
        query = select(EvidenceBlob.sha256, EvidenceBlob.size).where(
            EvidenceBlob.sha256.in_(digests[start : start + 500])
        )
        sizes.update({digest: size for digest, size in session.execute(query)})
    return sizes


def _content(session: Session, digest: str) -> writer.Content:
    from flare_monitor.services.evidence import iter_content

    return lambda: iter_content(session, digest)


def export_package(
    session: Session,
    out: Path,
    project: str,
    country: str | None = None,
    since: str | date | None = None,
    include_personal_data: bool = False,
    progress: Progress = _nothing,
) -> ExportResult:
    """Write a package of a project's records (one country's, records changed since a date); never commits."""
    out = Path(out)
    found = project_by_code(session, project)
    country_code = validate_country(country) if country else None
    since_at = _since(since)
    progress(0, 3)
    records = selection.select_records(session, found, country_code, since_at, include_personal_data)
    evidence = _evidence_sizes(session, records)
    progress(1, 3)
    documents = {
        mf.RECORDS: writer.encode_json(
            {
                "format": dump.FORMAT_NAME,
                "format_version": dump.FORMAT_VERSION,
                "schema_revision": migrate.head_revision(),
                "tables": records,
            }
        ),
        mf.BASES: writer.encode_json(_carried_bases(session, records, include_personal_data)),
    }
    reader.check_expanded_size(documents)  # a package the receiver would refuse is never written
    now = utcnow()
    manifest = mf.Manifest(
        package_id=uuid.uuid4(),
        sequence=identity.next_sequence(session),
        source_database_id=identity.database_id(session),
        schema_revision=migrate.head_revision(),
        created_at=now,
        created_by=session.info.get("user") or current_user(),
        app_version=__version__,
        project=found.code,
        country=country_code,
        since=since_at.date() if since_at else None,
        personal_data=include_personal_data,
        counts={name: len(rows) for name, rows in records.items() if rows},
        time_range=_time_range(since_at, records, now),
        parts={name: writer.part_info(data) for name, data in documents.items()},
        merged_participants=selection.merged_participants(
            session, (row["id"] for row in records.get("participant", []))
        ),
        evidence=evidence,
    )
    session.add(
        ExchangeRecord(
            package_id=manifest.package_id,
            direction="export",
            user=manifest.created_by,
            manifest=manifest.as_json(),
        )
    )
    add_entry(
        session,
        AuditAction.EXPORT,
        "package",
        manifest.package_id,
        changes={
            "path": str(out),
            "project": found.code,
            "country": country_code,
            "since": manifest.since.isoformat() if manifest.since else None,
            "personal_data": include_personal_data,
            "records": manifest.total,
            "evidence_files": len(evidence),
        },
    )
    session.flush()
    progress(2, 3)
    contents = {digest: _content(session, digest) for digest in evidence}
    writer.write_package(out, manifest, documents, contents)  # last: a failure above writes no file
    progress(3, 3)
    return ExportResult(
        out, manifest.package_id, manifest.sequence, dict(manifest.counts), include_personal_data
    )


# --------------------------------------------------------------------------------------------- import


@dataclass(frozen=True)
class SkippedRow:
    table: str
    label: str
    reason: str


@dataclass
class ImportSummary:
    """What a package holds and what importing it does (or did)."""

    file: str
    package_id: uuid.UUID
    source: uuid.UUID
    sequence: int
    project: str
    country: str | None
    since: date | None
    personal_data: bool
    written_at: datetime
    written_by: str
    counts: dict[str, int] = field(default_factory=dict)  # add, update, unchanged, kept, conflict, skipped
    conflicts: list[ConflictRow] = field(default_factory=list)
    skipped: list[SkippedRow] = field(default_factory=list)
    already_imported: datetime | None = None
    merged: int = 0  # duplicates merged here as the other office merged them
    merges_held: int = 0  # merges not done here: the duplicate attended in a period locked here
    applied: bool = False
    backup: Path | None = None

    @property
    def changes(self) -> int:
        return self.counts.get(Kind.ADD, 0) + self.counts.get(Kind.UPDATE, 0)

    def as_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "package_id": str(self.package_id),
            "from_database": str(self.source),
            "sequence": self.sequence,
            "project": self.project,
            "country": self.country,
            "since": self.since.isoformat() if self.since else None,
            "personal_data": self.personal_data,
            "written_at": self.written_at.isoformat(timespec="seconds"),
            "written_by": self.written_by,
            "already_imported": self.already_imported.isoformat(timespec="seconds")
            if self.already_imported
            else None,
            "applied": self.applied,
            "backup": str(self.backup) if self.backup else None,
            "counts": dict(self.counts),
            "merged_participants": self.merged,
            "merges_held": self.merges_held,
            "conflicts": [c.as_json() for c in self.conflicts],
            "skipped": [{"table": s.table, "record": s.label, "reason": s.reason} for s in self.skipped],
        }


def _summary(package: Package) -> ImportSummary:
    m = package.manifest
    return ImportSummary(
        package.path.name,
        m.package_id,
        m.source_database_id,
        m.sequence,
        m.project,
        m.country,
        m.since,
        m.personal_data,
        m.created_at,
        m.created_by,
    )


def _describe(session: Session, prepared: ImportPlan, summary: ImportSummary, with_conflicts: bool) -> None:
    summary.counts = prepared.plan.counts()
    summary.merged = len(prepared.merges)
    for decision in prepared.plan.of_kind(Kind.SKIPPED):
        record = prepared.records[decision.id]
        summary.skipped.append(
            SkippedRow(record.table, label(record.table, record.encoded, {}), _REASONS[decision.reason])
        )
    if with_conflicts:
        for decision in prepared.plan.of_kind(Kind.CONFLICT):
            record = prepared.records[decision.id]
            name, fields = compare(
                session,
                record.table,
                record.local,
                record.encoded,
                record.incoming.hashes.personal is not None,
            )
            summary.conflicts.append(
                ConflictRow(
                    None,
                    record.table,
                    record.id,
                    name,
                    prepared.package.source,
                    prepared.package.manifest.package_id,
                    None,
                    fields,
                )
            )


def _already(session: Session, package: Package) -> datetime | None:
    return session.scalar(
        select(ExchangeRecord.at).where(
            ExchangeRecord.package_id == package.manifest.package_id, ExchangeRecord.direction == "import"
        )
    )


def preview_import(db: Database, path: Path, progress: Progress = _nothing) -> ImportSummary:
    """Verify a package and say what importing it would do; writes nothing (a dry run)."""
    progress(0, 2)
    package = read_package(Path(path))
    summary = _summary(package)
    progress(1, 2)
    session = db.factory()
    try:
        summary.already_imported = _already(session, package)
        if summary.already_imported is None:
            prepared = plan_import(session, package)
            _describe(session, prepared, summary, with_conflicts=True)
            # The import itself, rolled back below: the dry run refuses whatever the import would refuse
            # (dates, scores, loops, codes the database's own rules reject), with the same message.
            apply_import(session, prepared)
            session.flush()
    except (DBAPIError, sqlite3.Error) as exc:
        problem = classify(exc)
        if problem is None:
            raise
        raise problem from None
    finally:
        session.rollback()
        session.close()
    progress(2, 2)
    return summary


def _backup(db: Database, folder: Path | None) -> Path:
    """A verified backup before the import writes (two imports in one second get distinct names)."""
    from flare_monitor import paths
    from flare_monitor.db.backup import timestamped_name
    from flare_monitor.services import backups

    folder = folder or paths.backups_dir()
    folder.mkdir(parents=True, exist_ok=True)
    now = datetime.now()
    for number in range(1, 100):
        reason = "before-import" if number == 1 else f"before-import-{number}"
        target = folder / timestamped_name(db.file, reason, now)
        if not target.exists():
            return backups.backup_now(db, reason, out=target, now=now, folder=folder)
    raise UserError(_("Too many backups in {folder} this second; try again.", folder=folder))


def import_package(
    db: Database, path: Path, progress: Progress = _nothing, backup_folder: Path | None = None
) -> ImportSummary:
    """Verify, plan, back up (SQLite, when something will change) and merge, all in one transaction;
    conflicts stay pending for `resolve_conflicts`. A package imported before changes nothing (its
    summary says when it was imported)."""
    progress(0, 4)
    package = read_package(Path(path))
    summary = _summary(package)
    progress(1, 4)
    with db.session() as session:
        summary.already_imported = _already(session, package)
        if summary.already_imported is not None:
            progress(4, 4)
            return summary
        prepared = plan_import(session, package)
        progress(2, 4)
        _describe(session, prepared, summary, with_conflicts=False)
        counts = prepared.plan.counts()
        writes = counts[Kind.ADD] or counts[Kind.UPDATE] or counts[Kind.CONFLICT] or prepared.merges
        if db.file is not None and writes:
            # Nothing of the import is committed yet: the backup (another connection) holds the data
            # as it was before it, and a failed backup rolls the import back.
            summary.backup = _backup(db, backup_folder)
        progress(3, 4)
        apply_import(session, prepared)
        summary.merged, summary.merges_held = len(prepared.merges), len(prepared.merges_held)
        summary.conflicts = pending_conflicts(session, package.manifest.package_id)
    summary.applied = True
    progress(4, 4)
    return summary


# --------------------------------------------------------------------------------------------- history


@dataclass(frozen=True)
class ExchangeRow:
    direction: str
    at: datetime
    user: str
    peer: uuid.UUID | None
    package_id: uuid.UUID
    sequence: int | None
    project: str | None
    country: str | None
    personal_data: bool
    records: int

    def as_json(self) -> dict[str, Any]:
        return {
            "direction": self.direction,
            "at": self.at.isoformat(timespec="seconds"),
            "user": self.user,
            "peer_database": str(self.peer) if self.peer else None,
            "package_id": str(self.package_id),
            "sequence": self.sequence,
            "project": self.project,
            "country": self.country,
            "personal_data": self.personal_data,
            "records": self.records,
        }


def history(session: Session) -> list[ExchangeRow]:
    """Packages written and imported by this database, newest first."""
    rows = []
    for r in session.scalars(select(ExchangeRecord).order_by(ExchangeRecord.at.desc())):
        m = r.manifest if isinstance(r.manifest, dict) else {}
        counts = m.get("counts") if isinstance(m.get("counts"), dict) else {}
        rows.append(
            ExchangeRow(
                r.direction,
                r.at,
                r.user,
                r.peer_database_id,
                r.package_id,
                m.get("sequence"),
                m.get("project"),
                m.get("country"),
                bool(m.get("personal_data")),
                sum(v for v in counts.values() if isinstance(v, int)),
            )
        )
    return rows


def this_database(session: Session) -> uuid.UUID:
    return identity.database_id(session)


def renew_database_id(session: Session) -> uuid.UUID:
    add_entry(
        session,
        AuditAction.UPDATE,
        "setting",
        identity.DATABASE_ID_KEY,
        comment="new database id for exchange packages",
    )
    return identity.renew_database_id(session)
