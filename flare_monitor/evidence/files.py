"""Evidence files on disk: reading one to attach (bounded, whatever it claims to be), writing a copy.

A file is measured before it is read: a 2 GB file (even a sparse one that takes no disk space) is
refused from its size alone, and a file that grows while it is read is cut off at the limit and
refused, so attaching never holds more than `MAX_FILE_BYTES` in memory.
"""

from __future__ import annotations

import os
import stat
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path, PurePath

from flare_monitor.errors import UserError
from flare_monitor.evidence import detect as dt
from flare_monitor.evidence.detect import EXTENSIONS, MAX_FILE_BYTES, EvidenceRefused, megabytes
from flare_monitor.i18n import _
from flare_monitor.io.atomic import replace_atomically
from flare_monitor.paths import safe_filename

_VIEWER_FOLDER = "flare-monitor-evidence"
_VIEWER_KEEP_SECONDS = 24 * 3600


def display_name(path: Path | str) -> str:
    """The file's own name (no folder), as it is stored and shown."""
    name = PurePath(str(path).replace("\\", "/")).name
    cleaned = "".join(ch for ch in name if ch.isprintable()).strip()
    return cleaned[:255] if len(cleaned) <= 255 else safe_filename(cleaned, max_length=255)


def file_size(path: Path) -> int:
    """The size of a regular file, or EvidenceRefused / UserError saying why it cannot be attached."""
    path = Path(path)
    name = display_name(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise UserError(_("No such file: {path}", path=path)) from None
    except OSError as exc:
        raise UserError(_("Cannot read {path}: {reason}", path=path, reason=exc.strerror or exc)) from None
    if stat.S_ISDIR(info.st_mode):
        raise EvidenceRefused(
            _("{name}: it is a folder; attach the files inside it; it was not attached.", name=name)
        )
    if not stat.S_ISREG(info.st_mode):
        raise EvidenceRefused(_("{name}: it is not a regular file; it was not attached.", name=name))
    if info.st_size > MAX_FILE_BYTES:
        raise EvidenceRefused(
            _(
                "{name}: it is {megabytes}; evidence files may be at most {megabytes2}; it was not attached.",
                name=name,
                megabytes=megabytes(info.st_size),
                megabytes2=megabytes(MAX_FILE_BYTES),
            )
        )
    return info.st_size


def read_candidate(path: Path) -> bytes:
    """The bytes of a file to attach, never more than `MAX_FILE_BYTES` (+1 to tell it was more)."""
    path = Path(path)
    file_size(path)
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise UserError(_("Cannot read {path}: {reason}", path=path, reason=exc.strerror or exc)) from None
    if len(data) > MAX_FILE_BYTES:
        raise EvidenceRefused(
            _(
                "{display_name}: it is larger than {megabytes}, the most an evidence file may "
                "be; it was not attached.",
                display_name=display_name(path),
                megabytes=megabytes(MAX_FILE_BYTES),
            )
        )
    return data


def write_copy(path: Path, chunks: Iterable[bytes]) -> Path:
    """Write content to `path`, replacing it atomically (a failure leaves no half-written copy)."""
    path = Path(path)
    if path.is_dir():
        raise UserError(_("{path} is a folder; give the copy a file name", path=path))

    def write(temp: Path) -> None:
        with open(temp, "wb") as handle:
            for chunk in chunks:
                handle.write(chunk)

    replace_atomically(path, write, in_use_hint=" Close the file if it is open in another program.")
    return path


# Other usual extensions of the same kinds: a copy keeps the original's when it names the same kind.
_ALIASES = {
    ".jpeg": dt.JPEG,
    ".jpe": dt.JPEG,
    ".tiff": dt.TIFF,
    ".heif": dt.HEIC,
    ".dotx": dt.DOCX,
    ".xltx": dt.XLSX,
    ".potx": dt.PPTX,
    ".ppsx": dt.PPTX,
    ".tsv": dt.CSV,
    ".md": dt.TEXT,
    ".log": dt.TEXT,
}


def copy_name(original_name: str, media_type: str) -> str:
    """A safe file name for a copy: the original name, with the extension of what the file really is."""
    original = PurePath(original_name or "evidence")
    suffix = original.suffix.lower()
    same_kind = EXTENSIONS.get(media_type) == suffix or _ALIASES.get(suffix) == media_type
    extension = original.suffix if same_kind else EXTENSIONS.get(media_type, ".bin")
    return safe_filename((original.stem or "evidence") + extension)


def viewer_folder() -> Path:
    """Where copies opened with the system's viewer go; copies older than a day are removed on each use
    (a viewer may still hold a recent one open)."""
    folder = Path(tempfile.gettempdir()) / _VIEWER_FOLDER
    folder.mkdir(mode=0o700, exist_ok=True)
    now = time.time()
    for old in folder.glob("*/*"):
        try:
            if now - old.stat().st_mtime > _VIEWER_KEEP_SECONDS:
                os.chmod(old, stat.S_IREAD | stat.S_IWRITE)  # Windows deletes no read-only file
                old.unlink()
                old.parent.rmdir()
        except OSError:  # still open in a viewer (Windows), or removed meanwhile
            continue
    return folder


def viewer_copy(original_name: str, media_type: str, chunks: Iterable[bytes]) -> Path:
    """A read-only temporary copy to open with the system's viewer, named by what the file really is
    (a program renamed .pdf would be written as .bin and never run)."""
    folder = Path(tempfile.mkdtemp(dir=viewer_folder()))
    path = folder / copy_name(original_name, media_type)
    write_copy(path, chunks)
    os.chmod(path, stat.S_IREAD)
    return path
