"""Writing a package file: parts, their checksums in the manifest, the whole file's checksum last.

The file is written next to its target and renamed over it once complete and on disk, so a crash or a
full disk leaves either no package or a whole one. Like a dump it may hold personal data: it is
created readable by its owner only (on Linux and macOS).
"""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from flare_monitor.errors import UserError
from flare_monitor.exchange import manifest as mf
from flare_monitor.i18n import _
from flare_monitor.io.atomic import replace_atomically

_FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # entry times say nothing; the manifest has the real one
_HASH_BLOCK = 1 << 20


def encode_json(data: Any) -> bytes:
    try:
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    except ValueError as exc:
        raise UserError(
            _("Cannot write the package: the database holds a number that is not finite ({error})", error=exc)
        ) from exc
    return (text + "\n").encode("utf-8")


def part_info(data: bytes) -> mf.PartInfo:
    return mf.PartInfo(len(data), hashlib.sha256(data).hexdigest())


def _entry(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o600 << 16
    return info


def file_digest(path: Path, length: int) -> str:
    """SHA-256 of the first `length` bytes of a file."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        remaining = length
        while remaining > 0:
            block = handle.read(min(_HASH_BLOCK, remaining))
            if not block:
                break
            digest.update(block)
            remaining -= len(block)
    return digest.hexdigest()


Content = Callable[[], Iterable[bytes]]  # gives a file's content in pieces (read from the database)


def write_package(
    path: Path, manifest: mf.Manifest, parts: dict[str, bytes], evidence: dict[str, Content] | None = None
) -> None:
    """Write manifest and parts to `path` (replaced atomically); `manifest.parts` must describe `parts`,
    `manifest.evidence` the evidence files (each written as it is read: one piece in memory at a time)."""
    write_entries(
        path,
        {mf.MANIFEST: encode_json(manifest.as_json()), **{name: parts[name] for name in mf.PARTS}},
        streams=[(mf.EVIDENCE_PREFIX + digest, evidence[digest]) for digest in sorted(evidence or {})],
    )


def write_entries(
    path: Path,
    entries: dict[str, bytes] | list[tuple[str, bytes]],
    streams: list[tuple[str, Content]] | None = None,
) -> None:
    """Write zip entries as given (name, content), then `streams` (stored as they are: photos and
    documents are compressed already), then the whole file's checksum in the zip comment."""
    path = Path(path)
    if path.is_dir():
        raise UserError(
            _(
                "{path} is a folder; give the package a file name ending in {suffix}",
                path=path,
                suffix=mf.SUFFIX,
            )
        )

    def write(temp: Path) -> None:
        with open(temp, "w+b") as handle:
            with zipfile.ZipFile(handle, "w") as archive:
                for name, data in entries.items() if isinstance(entries, dict) else entries:
                    archive.writestr(_entry(name), data)
                for name, content in streams or []:
                    info = _entry(name)
                    info.compress_type = zipfile.ZIP_STORED
                    with archive.open(info, "w") as entry:
                        for piece in content():
                            entry.write(piece)
                archive.comment = mf.COMMENT_PREFIX + b"0" * 64  # the real digest is written below
            handle.flush()
            size = handle.seek(0, os.SEEK_END)
            digest = file_digest(temp, size - mf.COMMENT_LENGTH)
            handle.seek(size - 64)
            handle.write(digest.encode("ascii"))

    replace_atomically(path, write)
