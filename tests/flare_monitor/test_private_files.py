"""The database, its backups and the folders holding them are owner-only (POSIX modes; the per-user
folder on Windows is private already), as dumps, exports and the log are; a backup killed midway
leaves no partial file for good."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import pytest

from flare_monitor.db.migrate import open_database
from flare_monitor.paths import backups_dir
from flare_monitor.services import backups
from main import main

pytestmark = pytest.mark.sqlite_only


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_database_backups_and_their_folders_are_owner_only(tmp_path, capsys):
    os.umask(0o022)
    db = tmp_path / "new" / "flare.db"
    assert main(["--db", str(db), "--create", "demo"]) == 0
    assert main(["--db", str(db), "backup"]) == 0
    made = backups.list_backups(database=db)[0].path
    assert _mode(db) == 0o600
    assert _mode(db.parent) == 0o700
    assert _mode(backups_dir()) == 0o700 and _mode(made) == 0o600
    url = f"sqlite:///file:{tmp_path / 'ro.db'}?mode=ro&uri=true"
    assert main(["--db", url, "status"]) == 1  # a read-only URI creates nothing anywhere
    assert not Path("file:").exists() and not (tmp_path / "ro.db").exists()


def test_a_partial_file_left_by_a_killed_backup_is_removed_at_the_next_start(tmp_path):
    folder = backups_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stale = folder / "flare-20250101-090000-manual.1a2b3c4d.db.partial"
    running = folder / "flare-20250101-090500-manual.1a2b3c4d.db.partial"
    for path in (stale, running):
        path.write_bytes(b"\0" * 4096)
    an_hour_ago = time.time() - 3600
    os.utime(stale, (an_hour_ago, an_hour_ago))
    db = open_database(str(tmp_path / "flare.db"))
    try:
        backups.auto_backup_if_due(db)
    finally:
        db.dispose()
    assert not stale.exists()
    assert running.exists()  # may belong to a backup still being written by another window
