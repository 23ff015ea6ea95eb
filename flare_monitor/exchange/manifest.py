"""The manifest of a package: what it holds, where from, and the checksum of each part.

Layout of a package (a zip file, usually named `*.flarepkg`; docs/DATA_FORMAT.md):

- `manifest.json`  this manifest;
- `records.json`   the records, a dataset document in the dump format (only the exchanged tables);
- `bases.json`     per database the sender has exchanged with, the hashes of that database's
                   versions of these records as the sender last saw them;
- `evidence/<sha256>`  the content of each evidence file the records attach, once per SHA-256 (the
                   manifest's "evidence" lists them with their sizes; absent when there is none);
- the zip comment  `flare-monitor-package sha256=<hex>`: the SHA-256 of every byte of the file before
                   the comment, so any damaged or missing byte is found before anything is read.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from flare_monitor.errors import UserError
from flare_monitor.i18n import _

FORMAT_NAME = "flare-monitor-package"
FORMAT_VERSION = 1
SUFFIX = ".flarepkg"
MANIFEST = "manifest.json"
RECORDS = "records.json"
BASES = "bases.json"
PARTS = (RECORDS, BASES)
COMMENT_PREFIX = b"flare-monitor-package sha256="
COMMENT_LENGTH = len(COMMENT_PREFIX) + 64
EVIDENCE_PREFIX = "evidence/"

_HEX64 = re.compile(r"^[0-9a-f]{64}$")


class PackageError(UserError):
    """A package that cannot be applied; nothing was written."""


@dataclass(frozen=True)
class PartInfo:
    size: int
    sha256: str

    def as_json(self) -> dict[str, Any]:
        return {"size": self.size, "sha256": self.sha256}


@dataclass(frozen=True)
class Manifest:
    package_id: uuid.UUID
    sequence: int
    source_database_id: uuid.UUID
    schema_revision: str
    created_at: datetime
    created_by: str
    app_version: str
    project: str
    country: str | None
    since: date | None
    personal_data: bool
    counts: dict[str, int]
    time_range: dict[str, str | None] = field(default_factory=dict)
    parts: dict[str, PartInfo] = field(default_factory=dict)
    format_version: int = FORMAT_VERSION
    # Participants merged at the sender as duplicates: merged (deleted) id → id of the record kept.
    merged_participants: dict[uuid.UUID, uuid.UUID] = field(default_factory=dict)
    # The evidence files it carries: SHA-256 → size in bytes (each in the entry evidence/<sha256>).
    evidence: dict[str, int] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        evidence = {"evidence": dict(sorted(self.evidence.items()))} if self.evidence else {}
        return {
            "format": FORMAT_NAME,
            "format_version": self.format_version,
            "schema_revision": self.schema_revision,
            "package_id": str(self.package_id),
            "sequence": self.sequence,
            "source_database_id": str(self.source_database_id),
            "created_at": self.created_at.isoformat(),
            "created_by": self.created_by,
            "app_version": self.app_version,
            "project": self.project,
            "country": self.country,
            "since": self.since.isoformat() if self.since else None,
            "personal_data": self.personal_data,
            "time_range": dict(self.time_range),
            "counts": dict(self.counts),
            "parts": {name: info.as_json() for name, info in self.parts.items()},
            "merged_participants": {str(k): str(v) for k, v in sorted(self.merged_participants.items())},
            **evidence,
        }

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _fail(message: str) -> PackageError:
    return PackageError(_("the manifest is not valid: {message}", message=message))


def _get(data: dict, key: str, kind: type | tuple[type, ...], optional: bool = False) -> Any:
    value = data.get(key)
    if value is None and optional:
        return None
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise _fail(f'"{key}" is missing or of the wrong type')
    return value


def _uuid(data: dict, key: str) -> uuid.UUID:
    try:
        return uuid.UUID(_get(data, key, str))
    except ValueError:
        raise _fail(f'"{key}" is not a UUID') from None


def _datetime(text: str, key: str) -> datetime:
    try:
        value = datetime.fromisoformat(text)
        return value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo else value
    except ValueError:
        raise _fail(f'"{key}" is not a date-time') from None
    except OverflowError:  # 0001-01-01T00:00+05:00 is before the first day there is in UTC
        raise _fail(f'"{key}" is out of range') from None


def _merged(data: dict) -> dict[uuid.UUID, uuid.UUID]:
    raw = data.get("merged_participants") or {}  # absent in packages of the first release
    if not isinstance(raw, dict):
        raise _fail('"merged_participants" is not an object')
    try:
        merged = {uuid.UUID(k): uuid.UUID(v) for k, v in raw.items()}
    except (ValueError, TypeError, AttributeError):
        raise _fail('"merged_participants" must map participant ids to participant ids') from None
    if any(k == v for k, v in merged.items()):
        raise _fail('"merged_participants" merges a participant with itself')
    return merged


def _evidence(data: dict) -> dict[str, int]:
    raw = data.get("evidence") or {}  # absent: no evidence in the package
    if not isinstance(raw, dict):
        raise _fail('"evidence" is not an object')
    for digest, size in raw.items():
        if not isinstance(digest, str) or not _HEX64.match(digest):
            raise _fail('"evidence" must map SHA-256 digests (64 hexadecimal digits) to sizes')
        if not isinstance(size, int) or isinstance(size, bool) or size <= 0:
            raise _fail(f"the size of evidence {digest[:12]}… is not a number of bytes")
    return dict(raw)


def check_format(data: Any) -> None:
    """Is it a package manifest, of a format version this app reads?"""
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise PackageError(_("it is not a FLARE Monitor exchange package (no package manifest)"))
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _fail(f"unsupported format_version {version!r}")
    if version > FORMAT_VERSION:
        raise PackageError(
            _(
                "it is package format version {version}, written by a newer version of FLARE "
                "Monitor (this one reads version {format_version}); install the newer version "
                "here to import it",
                version=version,
                format_version=FORMAT_VERSION,
            )
        )


def parse(data: Any) -> Manifest:
    """Check and read a manifest (its format first, then every field)."""
    check_format(data)
    counts = _get(data, "counts", dict)
    if not all(
        isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool) and v >= 0
        for k, v in counts.items()
    ):
        raise _fail('"counts" must map table names to numbers of records')
    parts: dict[str, PartInfo] = {}
    raw_parts = _get(data, "parts", dict)
    for name in PARTS:
        info = raw_parts.get(name)
        if not isinstance(info, dict):
            raise _fail(f'"parts" does not describe {name}')
        size, digest = info.get("size"), info.get("sha256")
        if not isinstance(size, int) or isinstance(size, bool) or size < 0:
            raise _fail(f"the size of {name} is not a number of bytes")
        if not isinstance(digest, str) or not _HEX64.match(digest):
            raise _fail(f"the SHA-256 of {name} is not 64 hexadecimal digits")
        parts[name] = PartInfo(size, digest)
    if set(raw_parts) - set(PARTS):
        raise _fail(f'"parts" names unknown parts: {", ".join(sorted(set(raw_parts) - set(PARTS)))}')
    sequence = _get(data, "sequence", int)
    if sequence < 1:
        raise _fail('"sequence" must be a positive number')
    since_text = _get(data, "since", str, optional=True)
    try:
        since = date.fromisoformat(since_text) if since_text else None
    except ValueError:
        raise _fail('"since" is not a date') from None
    time_range = data.get("time_range") or {}
    if not isinstance(time_range, dict):
        raise _fail('"time_range" is not an object')
    return Manifest(
        merged_participants=_merged(data),
        evidence=_evidence(data),
        package_id=_uuid(data, "package_id"),
        sequence=sequence,
        source_database_id=_uuid(data, "source_database_id"),
        schema_revision=_get(data, "schema_revision", str),
        created_at=_datetime(_get(data, "created_at", str), "created_at"),
        created_by=_get(data, "created_by", str)[:100],
        app_version=str(data.get("app_version") or "")[:40],
        project=_get(data, "project", str),
        country=_get(data, "country", str, optional=True),
        since=since,
        personal_data=_get(data, "personal_data", bool),
        counts=dict(counts),
        time_range={str(k): (None if v is None else str(v)) for k, v in time_range.items()},
        parts=parts,
        format_version=data["format_version"],
    )
