"""Backups belong to the database they came from (its path and database id): two databases with the
same file name in different folders each get their own daily backup, list only their own backups, and
a damaged one is offered only its own; a database not ending in .db is backed up, listed and rotated."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest

from flare_monitor.db.migrate import open_database
from flare_monitor.paths import backups_dir
from flare_monitor.services import backups, startup
from main import main

pytestmark = pytest.mark.sqlite_only  # database files and their backups


def _open(path):
    return open_database(str(path))


def test_two_databases_named_alike_keep_their_own_backups(tmp_path, capsys):
    a, b = tmp_path / "A" / "flare.db", tmp_path / "B" / "flare.db"
    for path in (a, b):
        path.parent.mkdir()
    assert main(["--db", str(a), "demo"]) == 0
    assert main(["--db", str(b), "status"]) == 0  # empty, migrated
    now = datetime(2025, 3, 3, 9, 0, 0)
    for path in (b, a):  # B first: its backup must not count as A's
        db = _open(path)
        try:
            assert backups.auto_backup_if_due(db, now=now) is not None, path
        finally:
            db.dispose()
    listed_a = backups.list_backups(database=a)
    listed_b = backups.list_backups(database=b)
    assert len(listed_a) == 1 and len(listed_b) == 1
    assert listed_a[0].path != listed_b[0].path
    assert backups.summarize(listed_a[0].path).counts["participant"] > 0
    assert backups.summarize(listed_b[0].path).counts["participant"] == 0

    capsys.readouterr()
    assert main(["--db", str(a), "backups", "list", "--json"]) == 0
    assert [e["path"] for e in json.loads(capsys.readouterr().out)] == [str(listed_a[0].path)]

    # A is damaged: the backup offered is A's own, never B's empty one made a second later.
    later = backups.backup_now(_dispose_after(b), "manual", now=now + timedelta(seconds=1))
    a.write_bytes(b"SQLite format 3\x00" + b"\xa5" * 8000)
    with pytest.raises(startup.DamagedDatabaseError) as damaged:
        startup.check_file(a)
    assert damaged.value.backup is not None and damaged.value.backup.path == listed_a[0].path
    assert damaged.value.backup.path != later


def _dispose_after(path):
    db = _open(path)
    db.dispose()
    return db


def test_a_database_not_ending_in_db_is_backed_up_listed_and_rotated(tmp_path, capsys):
    office = tmp_path / "office.sqlite"
    assert main(["--db", str(office), "demo"]) == 0
    db = _open(office)
    try:
        start = datetime(2025, 1, 1, 9, 0, 0)
        made = []
        for day in range(12):
            with db.engine.begin() as conn:  # a change each day, so each day has a backup to take
                conn.exec_driver_sql("UPDATE project SET version = version + 1")
            made.append(backups.auto_backup_if_due(db, now=start + timedelta(days=day)))
    finally:
        db.dispose()
    assert all(made) and all(p.name.endswith(".sqlite") for p in made)
    listed = backups.list_backups(database=office)
    assert len(listed) == 7 + 1  # 7 daily kept, plus the week before's newest (weekly), rotated
    assert all(b.path.parent == backups_dir() for b in listed)


def test_backups_of_an_earlier_version_are_matched_by_database_id(tmp_path, capsys):
    """Their names carry no key: one of the same name counts only when it holds the same database id."""
    import shutil

    a, b = tmp_path / "A" / "flare.db", tmp_path / "B" / "flare.db"
    for path in (a, b):
        path.parent.mkdir()
        assert main(["--db", str(path), "package", "database-id"]) == 0  # gives each its id
    folder = backups_dir()
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(a, folder / "flare-20250101-090000-daily.db")
    shutil.copyfile(b, folder / "flare-20250102-090000-daily.db")
    assert [p.path.name for p in backups.list_backups(database=a)] == ["flare-20250101-090000-daily.db"]
    assert [p.path.name for p in backups.list_backups(database=b)] == ["flare-20250102-090000-daily.db"]
