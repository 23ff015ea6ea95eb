"""Backups: verified copies, rotation over 400 simulated days, no backup without change, restore."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from flare_monitor.db import migrate
from flare_monitor.db.backup import integrity_ok
from flare_monitor.errors import DatabaseTooNewError, UserError
from flare_monitor.services import backups


def _touch_data(db, n: int) -> None:
    with db.engine.begin() as conn:
        conn.execute(
            text("INSERT INTO setting (key, value, updated_at) VALUES (:k, '1', '2024-01-01')"),
            {"k": f"change-{n}"},
        )


def _expected_kept(days: list[date]) -> set[date]:
    """Written independently of the code: newest backup day of the last 7 days, 4 ISO weeks, 12 months."""
    days = sorted(days, reverse=True)
    kept: set[date] = set(days[:7])
    for key, count in ((lambda d: d.isocalendar()[:2], 4), (lambda d: (d.year, d.month), 12)):
        newest_per_bucket: dict = {}
        for d in days:
            newest_per_bucket.setdefault(key(d), d)
        kept.update(sorted(newest_per_bucket.values(), reverse=True)[:count])
    return kept


@pytest.mark.sqlite_only
def test_rotation_over_400_days(db, tmp_path):
    folder = tmp_path / "backups"
    start = datetime(2024, 1, 1, 8, 30)
    backed_up_days = []
    for n in range(400):
        now = start + timedelta(days=n)
        if n % 5 != 4:  # four days in five the officer changes something
            _touch_data(db, n)
        made = backups.auto_backup_if_due(db, now=now, folder=folder)
        if n % 5 != 4:
            assert made is not None, f"day {n}: data changed but no backup was made"
            backed_up_days.append(now.date())
        else:
            assert made is None, f"day {n}: nothing changed, yet a backup was made"
        # A second start the same day never makes a second daily backup.
        assert backups.auto_backup_if_due(db, now=now + timedelta(hours=3), folder=folder) is None
    kept = {b.created.date() for b in backups.list_backups(folder, db.file) if b.automatic}
    assert kept == _expected_kept(backed_up_days)
    assert len(kept) <= 7 + 4 + 12


@pytest.mark.sqlite_only
def test_backup_is_verified_and_complete(demo_db, tmp_path):
    path = backups.backup_now(demo_db, "manual", folder=tmp_path)
    assert integrity_ok(path)
    summary = backups.summarize(path)
    assert summary.revision == migrate.head_revision()
    assert summary.counts["participant"] > 100 and summary.counts["attendance"] > 100
    assert not list(tmp_path.glob("*.partial"))


@pytest.mark.sqlite_only
def test_restore_backs_up_current_data_first(demo_db, tmp_path):
    folder = tmp_path / "backups"
    saved = backups.backup_now(demo_db, "manual", folder=folder)
    with demo_db.engine.begin() as conn:
        conn.execute(text("DELETE FROM attendance"))
    safety = backups.restore(demo_db, saved, folder=folder)
    with demo_db.engine.connect() as conn:
        assert (
            conn.scalar(text("SELECT count(*) FROM attendance"))
            == backups.summarize(saved).counts["attendance"]
        )
    assert backups.summarize(safety).counts["attendance"] == 0  # the data as it was just before


@pytest.mark.sqlite_only
def test_restore_refuses_newer_and_damaged_files(db, tmp_path):
    newer = tmp_path / "newer.db"
    backups.backup_now(db, "manual", out=newer)
    with closing(sqlite3.connect(newer)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
    with pytest.raises(DatabaseTooNewError):
        backups.restore(db, newer, folder=tmp_path)
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    with pytest.raises(UserError, match="damaged"):
        backups.restore(db, damaged, folder=tmp_path)
    assert not list(tmp_path.glob("*before-restore*"))  # refused before touching anything


def test_server_database_backups_are_the_servers_business(db, monkeypatch):
    if db.file is not None:  # the SQLite pass pretends; the PostgreSQL pass has a real server database
        monkeypatch.setattr(type(db), "file", property(lambda self: None))
    with pytest.raises(UserError, match="server's business"):
        backups.backup_now(db)
    with pytest.raises(UserError, match="server's business"):
        backups.restore(db, Path("any-backup.db"))
    assert backups.auto_backup_if_due(db) is None


@pytest.mark.sqlite_only
@pytest.mark.parametrize("spelling", ["same", "link", "dotdot"])
def test_restore_of_the_live_database_itself_is_refused_at_once(tmp_path, spelling):
    """It hung for ever in SQLite's backup retry loop (the same call serves Settings › Restore)."""
    import subprocess
    import sys

    db = tmp_path / "sub" / "live.db"
    db.parent.mkdir()
    root = Path(__file__).resolve().parents[2]
    run = [sys.executable, str(root / "main.py"), "--db", str(db)]
    assert subprocess.run([*run, "demo"], capture_output=True, timeout=300).returncode == 0
    source = {
        "same": db,
        "dotdot": tmp_path / "sub" / ".." / "sub" / "live.db",
        "link": tmp_path / "link.db",
    }[spelling]
    if spelling == "link":
        source.symlink_to(db)
    digest = db.read_bytes()
    done = subprocess.run([*run, "restore", str(source)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "is the database itself" in done.stderr
    assert db.read_bytes() == digest
