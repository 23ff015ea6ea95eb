"""Where a database file lives: SQLite on a network share or in a sync folder corrupts databases.

Windows paths are classified from their text (UNC, mapped drives through an injectable drive-type
lookup), so the rules are tested on any machine.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from enum import StrEnum
from pathlib import PurePath, PureWindowsPath

from flare_monitor.errors import EnvironmentProblem
from flare_monitor.i18n import _

# Folder names of the sync clients officers use; a database inside them is copied half-written.
_SYNC_FOLDERS = (
    "onedrive",
    "dropbox",
    "google drive",
    "googledrive",
    "my drive",
    "icloud drive",
    "iclouddrive",
    "box",
    "box sync",
    "nextcloud",
    "owncloud",
    "sync.com",
    "mega",
)

DRIVE_REMOTE = 4  # GetDriveTypeW
_NETWORK_FILESYSTEMS = {"cifs", "smb3", "smbfs", "nfs", "nfs4", "fuse.sshfs", "afpfs", "9p"}


class Location(StrEnum):
    LOCAL = "local"
    NETWORK = "network"
    CLOUD_SYNC = "cloud_sync"


def _windows_drive_type(root: str) -> int:
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]


def _posix_fs_type(path: str, mounts: list[tuple[str, str]] | None) -> str | None:
    """File-system type of the mount holding `path`, from /proc/mounts (Linux) when available."""
    if mounts is None:
        try:
            with open("/proc/mounts", encoding="utf-8") as handle:
                mounts = [(f[1], f[2]) for f in (line.split() for line in handle) if len(f) > 2]
        except OSError:
            return None
    best, fs_type = "", None
    for mount_point, kind in mounts:
        inside = path == mount_point or path.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) > len(best):
            best, fs_type = mount_point, kind
    return fs_type


def classify(
    path: str,
    *,
    windows: bool | None = None,
    drive_type: Callable[[str], int] | None = None,
    mounts: list[tuple[str, str]] | None = None,
) -> Location:
    """Classify a database path as local, on a network share, or inside a cloud-sync folder."""
    windows = os.name == "nt" if windows is None else windows
    text = str(path)
    if windows or text.startswith(("\\\\", "//")):
        pure: PurePath = PureWindowsPath(text)
        if text.startswith(("\\\\", "//")) and not text.startswith(("\\\\?\\", "\\\\.\\")):
            return Location.NETWORK
        if text.startswith("\\\\?\\UNC\\"):
            return Location.NETWORK
        drive = pure.drive
        if windows and drive and len(drive) == 2 and drive[1] == ":":
            lookup = drive_type or _windows_drive_type
            if lookup(drive + "\\") == DRIVE_REMOTE:
                return Location.NETWORK
    else:
        pure = PurePath(text)
        if _posix_fs_type(text, mounts) in _NETWORK_FILESYSTEMS:
            return Location.NETWORK
    parts = [p.casefold() for p in pure.parts[:-1]]
    for part in parts:
        if part in _SYNC_FOLDERS or part.startswith(("onedrive - ", "onedrive-", "dropbox (")):
            return Location.CLOUD_SYNC
    return Location.LOCAL


def refuse_unsafe_location(path: str) -> None:
    """Raise when SQLite would be written at `path` where it corrupts; the message names the way out."""
    where = classify(path)
    if where is Location.NETWORK:
        raise EnvironmentProblem(
            _(
                "The database {path} is on a network share, where SQLite corrupts data. Copy it "
                "to this computer, or ask IT for the shared PostgreSQL mode (--db "
                "postgresql://…) for teams.",
                path=path,
            )
        )
    if where is Location.CLOUD_SYNC:
        raise EnvironmentProblem(
            _(
                "The database {path} is inside a cloud-sync folder, which copies it while it is "
                "being written. Keep it in the app's data folder and use exchange packages or "
                "the shared PostgreSQL mode to share data.",
                path=path,
            )
        )
