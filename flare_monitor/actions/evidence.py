"""Evidence: attach files to an activity, a reported value or a narrative section; list, read, open,
save a copy, change, remove (the attachments panel of the desktop app and `evidence …`)."""

from __future__ import annotations

import logging
import shutil
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from flare_monitor.actions.base import action, reading, unit_of_work
from flare_monitor.db.engine import Database
from flare_monitor.errors import ConflictError, UserError
from flare_monitor.evidence import files
from flare_monitor.evidence.detect import EvidenceRefused, megabytes
from flare_monitor.i18n import _
from flare_monitor.services import evidence as service
from flare_monitor.services.evidence import AnnexRow, EvidenceRow, SectionKey, Target

log = logging.getLogger(__name__)

__all__ = [
    "AddEvidence",
    "AddOutcome",
    "AnnexQuery",
    "AnnexRow",
    "EvidenceContent",
    "EvidenceCounts",
    "EvidenceQuery",
    "EvidenceRow",
    "Refusal",
    "SaveCopy",
    "SectionKey",
    "Target",
    "UpdateEvidence",
    "add_evidence",
    "evidence_annex",
    "evidence_content",
    "evidence_counts",
    "list_evidence",
    "open_copy",
    "remove_evidence",
    "save_copy",
    "update_evidence",
]

# A warning when evidence takes more than this share of the disk that holds the database file, or
# (on a server, whose disk is not seen from here) more than SERVER_WARNING_BYTES.
DISK_SHARE_WARNING = 0.10
SERVER_WARNING_BYTES = 5 * 1024**3


class EvidenceCancelled(UserError):
    """The user stopped attaching files; nothing was attached."""


@dataclass(frozen=True)
class AddEvidence:
    """Files to attach to one record. `all_or_nothing`: one refused file refuses them all (the command
    line); otherwise the others are attached and the refusals listed (the desktop app)."""

    target: Target
    files: tuple[Path, ...]
    caption: str | None = None
    type: str | None = None  # None: photo for images, other otherwise
    personal: bool | None = None  # None: attendance sheets and photos are personal
    captions: dict[str, str] = field(default_factory=dict)  # per file path, overriding `caption`
    types: dict[str, str] = field(default_factory=dict)  # per file path, overriding `type`
    all_or_nothing: bool = True


@dataclass(frozen=True)
class Refusal:
    name: str
    message: str


@dataclass
class AddOutcome:
    added: list[EvidenceRow] = field(default_factory=list)
    duplicates: list[EvidenceRow] = field(default_factory=list)  # already attached: nothing changed
    refused: list[Refusal] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@action
def add_evidence(db: Database, request: AddEvidence, *, user=None, progress, cancelled) -> AddOutcome:
    """Read, check and store each file in turn (one in memory at a time), all in one transaction."""
    outcome = AddOutcome()
    sizes = {}
    for path in request.files:
        try:
            sizes[path] = files.file_size(path)
        except UserError as exc:
            if request.all_or_nothing:
                raise
            outcome.refused.append(Refusal(files.display_name(path), str(exc)))
    total, done = sum(sizes.values()) or 1, 0
    progress(0, total)
    with unit_of_work(db, user=user) as session:
        for path, size in sizes.items():
            if cancelled():
                raise EvidenceCancelled(_("Attaching was stopped; no file was attached."))
            key = str(path)
            try:
                data = files.read_candidate(path)
                added = service.add_evidence(
                    session,
                    request.target,
                    service.NewEvidence(
                        name=files.display_name(path),
                        data=data,
                        caption=request.captions.get(key, request.caption),
                        type=request.types.get(key, request.type),
                        personal=request.personal,
                    ),
                )
            except EvidenceRefused as exc:
                if request.all_or_nothing:
                    raise
                outcome.refused.append(Refusal(files.display_name(path), str(exc)))
            else:
                (outcome.duplicates if added.duplicate else outcome.added).append(added.row)
                outcome.warnings.extend(
                    _("{name}: {warning}", name=added.row.original_name, warning=w) for w in added.warnings
                )
            finally:
                data = None  # noqa: F841 - one file's bytes at a time
            done += size
            progress(done, total)
        stored = service.stored_bytes(session)
    outcome.warnings.extend(_space_warnings(db, stored))
    return outcome


def _space_warnings(db: Database, stored: int) -> list[str]:
    if db.file is None:
        if stored > SERVER_WARNING_BYTES:
            return [
                _(
                    "the database holds {size} of evidence files: ask whoever runs the server whether its "
                    "disk and backups have room for more",
                    size=megabytes(stored),
                )
            ]
        return []
    try:
        usage = shutil.disk_usage(db.file.parent)
    except OSError:
        return []
    if stored > DISK_SHARE_WARNING * usage.total:
        return [
            _(
                "evidence files take {size}, more than {share}% of this disk ({disk}; {free} free): attach "
                "only what a donor audit needs, and keep the originals elsewhere",
                size=megabytes(stored),
                share=round(DISK_SHARE_WARNING * 100),
                disk=megabytes(usage.total),
                free=megabytes(usage.free),
            )
        ]
    return []


@dataclass(frozen=True)
class EvidenceQuery:
    target: Target | None = None
    project: str | None = None
    activity: str | None = None


@action
def list_evidence(db: Database, query: EvidenceQuery) -> list[EvidenceRow]:
    with reading(db) as session:
        return service.list_evidence(
            session,
            target=query.target,
            project=query.project,
            activity_codes=[query.activity] if query.activity else None,
        )


@dataclass(frozen=True)
class EvidenceContent:
    row: EvidenceRow
    data: bytes


@action
def evidence_content(db: Database, evidence_id: uuid.UUID | str) -> EvidenceContent:
    """The attachment and its bytes (at most 25 MB), checked against its hash (thumbnails)."""
    with reading(db) as session:
        row, data = service.read_content(session, evidence_id)
    return EvidenceContent(row, data)


@dataclass(frozen=True)
class SaveCopy:
    evidence_id: uuid.UUID | str
    out: Path


@action
def save_copy(db: Database, request: SaveCopy) -> Path:
    """Write the file elsewhere (replaced atomically); its bytes are checked against its hash."""
    with reading(db) as session:
        row = service.get_row(session, request.evidence_id)
        return files.write_copy(Path(request.out), service.iter_content(session, row.sha256))


@action
def open_copy(db: Database, evidence_id: uuid.UUID | str) -> Path:
    """A read-only temporary copy to open with the system's viewer, named by what the file really is."""
    with reading(db) as session:
        row = service.get_row(session, evidence_id)
        return files.viewer_copy(row.original_name, row.media_type, service.iter_content(session, row.sha256))


@action
def remove_evidence(db: Database, evidence_id: uuid.UUID | str, *, user=None) -> EvidenceRow:
    """Remove an attachment (audited); refused when it proves something in a locked period."""
    with unit_of_work(db, user=user) as session:
        return service.remove_evidence(session, evidence_id)


@dataclass(frozen=True)
class UpdateEvidence:
    evidence_id: uuid.UUID
    caption: str | None
    type: str
    personal: bool
    version: int | None = None


@action
def update_evidence(db: Database, request: UpdateEvidence, *, user=None) -> EvidenceRow:
    with unit_of_work(db, user=user) as session:
        return service.update_evidence(
            session,
            request.evidence_id,
            caption=request.caption,
            type=request.type,
            personal=request.personal,
            version=request.version,
        )


@dataclass(frozen=True)
class AnnexQuery:
    project: str
    period: str
    countries: tuple[str, ...] | None = None
    include_personal: bool = False


@action
def evidence_annex(db: Database, query: AnnexQuery) -> list[AnnexRow]:
    """The evidence of a period as plain rows, for the report's annex and the TPR's annex H."""
    with reading(db) as session:
        return service.evidence_of_period(
            session,
            query.project,
            query.period,
            list(query.countries) if query.countries else None,
            include_personal=query.include_personal,
        )


@dataclass(frozen=True)
class EvidenceCounts:
    """Records whose attachments are counted (a grid of reported values shows a mark on those proved)."""

    values: tuple[uuid.UUID, ...] = ()
    activities: tuple[uuid.UUID, ...] = ()
    narratives: tuple[uuid.UUID, ...] = ()


@action
def evidence_counts(db: Database, request: EvidenceCounts) -> dict[uuid.UUID, int]:
    """Record id → number of attachments, for the records asked about that have any."""
    with reading(db) as session:
        result: dict[uuid.UUID, int] = {}
        for column, ids in (
            ("indicator_value_id", request.values),
            ("activity_id", request.activities),
            ("narrative_id", request.narratives),
        ):
            if ids:
                result.update(service.counts(session, column, list(ids)))
    return result


@dataclass(frozen=True)
class RemovalCheck:
    removable: bool
    reason: str | None


@action
def removal_check(db: Database, evidence_id: uuid.UUID | str) -> RemovalCheck:
    """Whether the attachment may be removed now (the panel greys its button out in a locked period)."""
    with reading(db) as session:
        try:
            row = service.get_row(session, evidence_id)
            service.ensure_removable(session, session.get(service.Evidence, row.id), row.original_name)
        except ConflictError as exc:
            return RemovalCheck(False, str(exc))
    return RemovalCheck(True, None)
