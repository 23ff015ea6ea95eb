"""Reading a package: every check passes before anything is written, or the package is refused.

In order: size; the whole file's SHA-256 (in the zip comment: a damaged, truncated or altered byte
anywhere is found here); the zip's entries (exactly the three known names and one evidence/<sha256>
per evidence file the manifest lists, no encryption, bounded sizes and compression ratios: no zip
bomb, no path); the manifest (format version, schema revision); each part's size and SHA-256 against
the manifest; each evidence file's size, SHA-256 and kind (what an office may not attach, a package may
not bring); then the records, value by value, as a dump is checked (docs/DATA_FORMAT.md), and the counts
and project against the manifest. Parts are read into memory, never extracted to disk; the file is read
in pieces, and evidence files one at a time.

The checksums find damage, not forgery: a package is not signed, so accept packages only from the
people you exchange with.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.sql.elements import Null

from flare_monitor.db import migrate
from flare_monitor.errors import UserError
from flare_monitor.exchange import manifest as mf
from flare_monitor.exchange import views
from flare_monitor.exchange.planner import Hashes
from flare_monitor.exchange.writer import file_digest
from flare_monitor.i18n import _
from flare_monitor.indicators.computation import parse_computation
from flare_monitor.io import dump

# Reading a package holds its parsed records in memory, about ten times their size in JSON: the records
# and bases of one package may expand to 30 MB together, so that importing any accepted package peaks
# under ~300 MB on an office laptop (about 75,000 records; a larger export is refused with the advice to
# split it by country or date). The checks run on the declared sizes and again while inflating. Evidence
# files travel beside the records, read and checked one at a time: they make the rest of the 4 GB.
MAX_EXPANDED_BYTES = 30 * 1024 * 1024
MAX_PACKAGE_BYTES = 4 * 1024 * 1024 * 1024
MAX_PART_BYTES = {mf.MANIFEST: 1024 * 1024, mf.RECORDS: MAX_EXPANDED_BYTES, mf.BASES: MAX_EXPANDED_BYTES}
MAX_RATIO = 200  # JSON compresses about 10:1; far more is a zip bomb
SPLIT_ADVICE = "export one country (--country) or only the records changed since a date (--since)"
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


@dataclass
class Package:
    """A verified package: its manifest, its records (Python values and encoded) and the bases it carries."""

    path: Path
    manifest: mf.Manifest
    values: dict[str, list[dict[str, Any]]]  # per table in dependency order: values ready to write
    encoded: dict[str, list[dict[str, Any]]]  # the same rows in the dump encoding (hashes, display)
    bases: dict[uuid.UUID, dict[uuid.UUID, Hashes]]  # peer database → record → hashes the sender saw

    @property
    def source(self) -> uuid.UUID:
        return self.manifest.source_database_id

    def evidence_content(self, digest: str) -> bytes:
        """The content of one evidence file of the package, checked again against its SHA-256 (the file
        may have changed on disk since it was verified)."""
        try:
            with zipfile.ZipFile(self.path) as archive:
                content = _evidence_entry(archive, digest, self.manifest.evidence.get(digest, 0))
        except (OSError, zipfile.BadZipFile) as exc:
            raise mf.PackageError(
                _(
                    "{name} could not be read again ({error}). Nothing was changed.",
                    name=self.path.name,
                    error=exc,
                )
            ) from None
        except mf.PackageError as exc:
            raise mf.PackageError(
                _("{name} is refused: {error}. Nothing was changed.", name=self.path.name, error=exc)
            ) from None
        return content


def _refuse(message: str) -> mf.PackageError:
    return mf.PackageError(message)


def _size(path: Path) -> int:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise UserError(_("No such file: {path}", path=path)) from None
    except OSError as exc:
        raise UserError(_("Cannot read {path}: {reason}", path=path, reason=exc.strerror or exc)) from exc
    if path.is_dir():
        raise UserError(_("{path} is a folder, not a package", path=path))
    if size > MAX_PACKAGE_BYTES:
        raise _refuse(
            f"it is {size // (1024 * 1024)} MB, more than the {MAX_PACKAGE_BYTES // (1024 * 1024)} "
            "MB a package may have"
        )
    return size


def check_expanded_size(parts: dict[str, bytes]) -> None:
    """Refuse to write a package this version would refuse to read (the export side of the cap)."""
    total = sum(len(parts[name]) for name in mf.PARTS)
    if total > MAX_EXPANDED_BYTES:
        raise mf.PackageError(
            _(
                "The package would hold {value} MB of records, more than the {value2} MB a "
                "package may hold; {split_advice}. Nothing was written.",
                value=total / (1024 * 1024),
                value2=MAX_EXPANDED_BYTES // (1024 * 1024),
                split_advice=SPLIT_ADVICE,
            )
        )


def _check_whole_file(path: Path, size: int) -> None:
    try:
        with path.open("rb") as handle:
            head = handle.read(4)
            handle.seek(max(size - mf.COMMENT_LENGTH, 0))
            tail = handle.read()
    except OSError as exc:
        raise UserError(_("Cannot read {path}: {reason}", path=path, reason=exc.strerror or exc)) from exc
    if size < mf.COMMENT_LENGTH or not tail.startswith(mf.COMMENT_PREFIX):
        if head != b"PK\x03\x04":
            raise _refuse("it is not a FLARE Monitor exchange package")
        raise _refuse("it is damaged or incomplete (truncated?): its checksum is missing")
    expected = tail[len(mf.COMMENT_PREFIX) :].decode("ascii", errors="replace")
    try:
        actual = file_digest(path, size - mf.COMMENT_LENGTH)
    except OSError as exc:
        raise UserError(_("Cannot read {path}: {reason}", path=path, reason=exc.strerror or exc)) from exc
    if actual != expected:
        raise _refuse("it is damaged or was altered: its checksum does not match its content")


def _check_entry(info: zipfile.ZipInfo, limit: int) -> None:
    if info.flag_bits & 0x1:
        raise _refuse(f"{info.filename} is encrypted")
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise _refuse(f"{info.filename} uses an unsupported compression")
    if info.file_size > limit:
        raise _refuse(f"{info.filename} is larger than {limit // (1024 * 1024)} MB")
    if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        raise _refuse(f"{info.filename} expands more than {MAX_RATIO} times (a zip bomb?)")


def _read_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    try:
        with archive.open(info) as handle:
            content = handle.read(limit + 1)  # what it really expands to, whatever the header says
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError) as exc:
        raise _refuse(f"{info.filename} is damaged ({exc})") from None
    if len(content) > limit:
        raise _refuse(f"{info.filename} is larger than {limit // (1024 * 1024)} MB")
    return content


def _evidence_entry(archive: zipfile.ZipFile, digest: str, size: int) -> bytes:
    """One evidence file: its size and SHA-256 as the manifest says, and a kind an office may attach."""
    from flare_monitor.evidence.detect import MAX_FILE_BYTES, EvidenceRefused, detect

    name = mf.EVIDENCE_PREFIX + digest
    try:
        info = archive.getinfo(name)
    except KeyError:
        raise _refuse(f"the evidence file {digest[:12]}… listed in the manifest is missing") from None
    _check_entry(info, MAX_FILE_BYTES)
    content = _read_entry(archive, info, MAX_FILE_BYTES)
    if len(content) != size or hashlib.sha256(content).hexdigest() != digest:
        raise _refuse(f"the evidence file {digest[:12]}… does not match its checksum (damaged or altered)")
    try:
        detect(content, f"evidence {digest[:12]}…")
    except EvidenceRefused as exc:
        raise _refuse(f"it carries a file that is not accepted as evidence ({exc})") from None
    return content


def _read_parts(path: Path) -> tuple[dict[str, bytes], set[str]]:
    """The manifest and record parts (in memory), and the names of the evidence entries."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, ValueError, EOFError) as exc:
        raise _refuse(f"it is not a readable zip file ({exc})") from None
    except OSError as exc:
        raise UserError(_("Cannot read {path}: {reason}", path=path, reason=exc.strerror or exc)) from exc
    with archive:
        infos = archive.infolist()
        names = [info.filename for info in infos]
        wanted = {mf.MANIFEST, *mf.PARTS}
        evidence = {
            n
            for n in names
            if n.startswith(mf.EVIDENCE_PREFIX) and _HEX64.match(n[len(mf.EVIDENCE_PREFIX) :])
        }
        unknown = [name for name in names if name not in wanted and name not in evidence]
        if unknown:
            raise _refuse(f"it holds unexpected files ({', '.join(repr(n) for n in unknown[:3])})")
        if len(names) != len(set(names)) or set(names) - evidence != wanted:
            raise _refuse(f"it must hold exactly {', '.join(sorted(wanted))}, once each")
        parts = {}
        expanded = 0  # records and bases together
        for info in infos:
            if info.filename in evidence:
                continue  # checked against the manifest, one at a time
            limit = MAX_PART_BYTES[info.filename]
            if info.filename != mf.MANIFEST:
                limit = min(limit, MAX_EXPANDED_BYTES - expanded)
            _check_entry(info, limit)
            parts[info.filename] = _read_entry(archive, info, limit)
            if info.filename != mf.MANIFEST:
                expanded += len(parts[info.filename])
    return parts, evidence


def _check_evidence(path: Path, manifest: mf.Manifest, entries: set[str]) -> None:
    listed = {mf.EVIDENCE_PREFIX + digest for digest in manifest.evidence}
    if listed != entries:
        raise _refuse("its evidence files do not match the list in its manifest")
    with zipfile.ZipFile(path) as archive:
        for digest, size in sorted(manifest.evidence.items()):
            _evidence_entry(archive, digest, size)


class _Constant(ValueError):
    pass


def _reject_constant(name: str) -> Any:
    raise _Constant(name)


def _json(data: bytes, name: str) -> Any:
    try:
        return json.loads(data.decode("utf-8-sig"), parse_constant=_reject_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise _refuse(f"{name} is not valid JSON ({exc})") from None


def _check_schema(found: str) -> None:
    head = migrate.head_revision()
    if found == head:
        return
    if migrate.is_known_revision(found):
        raise _refuse(
            f"it was written by an older version of FLARE Monitor (database schema {found}, this one uses "
            f"{head}); update FLARE Monitor where it was written, open it once, then export again"
        )
    raise _refuse(
        f"it was written by a newer version of FLARE Monitor (database schema {found}, this one uses "
        f"{head}); install that version here, then import it"
    )


def _records(document: Any, manifest: mf.Manifest) -> tuple[dict, dict]:
    if not isinstance(document, dict) or not isinstance(document.get("tables"), dict):
        raise _refuse(f"{mf.RECORDS} is not a dataset document")
    if document.get("schema_revision") != manifest.schema_revision:
        raise _refuse(f"{mf.RECORDS} and the manifest disagree on the schema revision")
    tables = document["tables"]
    foreign = sorted(name for name, rows in tables.items() if name not in views.EXCHANGED and rows)
    if foreign:
        raise _refuse(f"it holds records of tables that are never exchanged ({', '.join(foreign[:3])})")
    for name in views.EXCHANGED:
        columns = {c.name for c in views.table(name).columns}
        for index, row in enumerate(tables.get(name) or []):
            if isinstance(row, dict) and set(row) != columns:
                missing = sorted(columns - set(row))
                raise _refuse(
                    f"tables.{name}[{index}] lacks columns {', '.join(missing)}"
                    if missing
                    else f"tables.{name}[{index}] has unknown columns"
                )
    try:
        checked = dump.validate_document(document, f"{mf.RECORDS}: ")  # every value, as a dump is checked
    except UserError as exc:
        raise _refuse(str(exc)) from None
    values: dict[str, list[dict[str, Any]]] = {}
    encoded: dict[str, list[dict[str, Any]]] = {}
    for item in checked:
        if item.table.name == "indicator":
            _check_rules(item.rows, item.indexes)
        if item.table.name in _TYPED_CODES:  # stored as an officer's typing stores them, so they are found
            for row in item.rows:
                if isinstance(row.get("code"), str):
                    row["code"] = row["code"].strip().upper()
        if item.table.name not in views.EXCHANGED:
            continue
        rows = [{k: (None if isinstance(v, Null) else v) for k, v in row.items()} for row in item.rows]
        values[item.table.name] = rows
        encoded[item.table.name] = [views.encode_row(item.table, row) for row in rows]
    # Records are merged by id alone: one id naming records of two tables would merge one over the other.
    owner: dict[str, str] = {}
    for name, rows in encoded.items():
        for row in rows:
            other = owner.setdefault(row["id"], name)
            if other != name:
                raise _refuse(f"{row['id']} is the id of two of its records, in tables {other} and {name}")
    counts = {name: len(rows) for name, rows in values.items() if rows}
    if counts != {k: v for k, v in manifest.counts.items() if v}:
        raise _refuse("the number of records does not match the manifest")
    projects = encoded.get("project", [])
    if len(projects) != 1 or projects[0]["code"] != manifest.project.strip().upper():
        raise _refuse(f"its records are not those of project {manifest.project} named in the manifest")
    return values, encoded


# Codes the app upper-cases when typed and looks up in upper case (projects, activities).
_TYPED_CODES = ("project", "activity")


def _check_rules(rows: list[dict[str, Any]], indexes: list[int]) -> None:
    """Each computed indicator's rule is one the engine understands, as the editor requires: a typo would
    silently count nobody in a donor report."""
    for row, index in zip(rows, indexes, strict=True):
        rule = row.get("computation")
        if rule is None or isinstance(rule, Null):
            continue
        try:
            parse_computation(rule, row.get("unit"))
        except UserError as exc:
            raise _refuse(f"tables.indicator[{index}] ({row.get('code')}): {exc}") from None


def _bases(
    document: Any, manifest: mf.Manifest, ids: set[uuid.UUID]
) -> dict[uuid.UUID, dict[uuid.UUID, Hashes]]:
    if not isinstance(document, dict):
        raise _refuse(f"{mf.BASES} is not an object")
    result: dict[uuid.UUID, dict[uuid.UUID, Hashes]] = {}
    for peer, records in document.items():
        try:
            peer_id = uuid.UUID(peer)
        except (ValueError, TypeError, AttributeError):
            raise _refuse(f"{mf.BASES}: {peer!r} is not a database id") from None
        if not isinstance(records, dict):
            raise _refuse(f"{mf.BASES}: the entry of {peer} is not an object")
        book = result[peer_id] = {}
        for record, hashes in records.items():
            try:
                record_id = uuid.UUID(record)
            except (ValueError, TypeError, AttributeError):
                raise _refuse(f"{mf.BASES}: {record!r} is not a record id") from None
            if record_id not in ids:
                raise _refuse(f"{mf.BASES}: record {record} is not in the package")
            ok = (
                isinstance(hashes, list)
                and len(hashes) == 2
                and isinstance(hashes[0], str)
                and _HEX64.match(hashes[0])
                and (hashes[1] is None or (isinstance(hashes[1], str) and _HEX64.match(hashes[1])))
            )
            if not ok or (hashes[1] is not None and not manifest.personal_data):
                raise _refuse(f"{mf.BASES}: the hashes of record {record} are not valid")
            book[record_id] = Hashes(hashes[0], hashes[1])
    return result


def _check_merged(manifest: mf.Manifest, encoded: dict[str, list[dict[str, Any]]]) -> None:
    """A merge names a participant kept in the package, and one the sender no longer has."""
    people = {uuid.UUID(row["id"]) for row in encoded.get("participant", [])}
    for merged, kept in manifest.merged_participants.items():
        if kept not in people or merged in people:
            raise _refuse(
                f"the manifest merges participant {merged} into {kept}, which does not match its records"
            )


def _check_evidence_records(manifest: mf.Manifest, encoded: dict[str, list[dict[str, Any]]]) -> None:
    """Each evidence record's content is in the package, and no content is there for nothing."""
    needed = {row["sha256"] for row in encoded.get("evidence", [])}
    if needed != set(manifest.evidence):
        raise _refuse("its evidence records and evidence files do not match")


def read_package(path: Path) -> Package:
    """Verify a package completely; any problem is a PackageError naming the file and the reason."""
    path = Path(path)
    try:
        size = _size(path)
        _check_whole_file(path, size)
        parts, evidence = _read_parts(path)
        raw_manifest = _json(parts[mf.MANIFEST], mf.MANIFEST)
        mf.check_format(raw_manifest)
        if isinstance(raw_manifest.get("schema_revision"), str):
            _check_schema(raw_manifest["schema_revision"])
        manifest = mf.parse(raw_manifest)
        _check_schema(manifest.schema_revision)
        for name in mf.PARTS:
            info = manifest.parts[name]
            if len(parts[name]) != info.size or hashlib.sha256(parts[name]).hexdigest() != info.sha256:
                raise _refuse(f"{name} does not match the checksum in the manifest (damaged or altered)")
        values, encoded = _records(_json(parts[mf.RECORDS], mf.RECORDS), manifest)
        ids = {uuid.UUID(row["id"]) for rows in encoded.values() for row in rows}
        bases = _bases(_json(parts[mf.BASES], mf.BASES), manifest, ids)
        _check_merged(manifest, encoded)
        _check_evidence_records(manifest, encoded)
        _check_evidence(path, manifest, evidence)
    except mf.PackageError as exc:
        raise mf.PackageError(
            _("{name} is refused: {error}. Nothing was changed.", name=path.name, error=exc)
        ) from None
    except (OSError, zipfile.BadZipFile) as exc:  # the file changed or went away while it was read
        raise UserError(_("Cannot read {path}: {error}", path=path, error=exc)) from None
    return Package(path, manifest, values, encoded, bases)
