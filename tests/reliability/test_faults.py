"""Faults: a full disk, a read-only database, a locked database, a damaged file. Real SQLite files."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from contextlib import closing

import pytest
from sqlalchemy import event

from flare_monitor.db import engine as engine_module
from flare_monitor.db.backup import integrity_ok
from flare_monitor.services import backups, startup
from main import main

pytestmark = pytest.mark.sqlite_only  # full disk, read-only and locked files, damaged files


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def counts(capsys, path) -> dict:
    code, out, _ = run(capsys, "--db", str(path), "status", "--json")
    assert code == 0
    return json.loads(out)["counts"]


@pytest.fixture
def demo_file(tmp_path, capsys):
    path = tmp_path / "demo.db"
    assert run(capsys, "--db", str(path), "demo")[0] == 0
    return path


def test_full_disk_changes_nothing_and_says_so(demo_file, capsys, monkeypatch):
    before = counts(capsys, demo_file)
    real_make_engine = engine_module.make_engine

    def cramped_engine(url):
        engine = real_make_engine(url)

        @event.listens_for(engine, "connect")
        def _no_room(dbapi_connection, _record):
            pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
            dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 2}")

        return engine

    monkeypatch.setattr("flare_monitor.db.migrate.make_engine", cramped_engine)
    code, _, err = run(capsys, "--db", str(demo_file), "generate-sample", "--scale", "small")
    assert code == 1
    assert "generate-sample fills an empty database" in err  # refused before writing anything
    empty = demo_file.with_name("empty.db")
    monkeypatch.undo()
    run(capsys, "--db", str(empty), "status")
    monkeypatch.setattr("flare_monitor.db.migrate.make_engine", cramped_engine)
    code, _, err = run(capsys, "--db", str(empty), "generate-sample", "--scale", "small")
    assert code == 1 and "disk is full" in err and err.count("\n") == 1
    monkeypatch.undo()
    assert sum(counts(capsys, empty).values()) == 0  # all or nothing
    assert counts(capsys, demo_file) == before
    assert run(capsys, "--db", str(empty), "check")[0] == 0


def test_read_only_database_is_readable_and_refuses_writes(demo_file, capsys):
    digest = hashlib.sha256(demo_file.read_bytes()).hexdigest()
    url = f"sqlite:///file:{demo_file}?mode=ro&uri=true"
    code, out, _ = run(capsys, "--db", url, "activity", "show", "BR-PK-2024-TRN-APR", "--json")
    assert code == 0 and json.loads(out)["participants"]["total"] == 40
    code, _, err = run(
        capsys,
        "--db",
        url,
        "activity",
        "add",
        "--project",
        "BRIDGE",
        "--country",
        "PK",
        "--code",
        "RO-1",
        "--title",
        "T",
        "--type",
        "training",
        "--start",
        "2025-01-01",
        "--end",
        "2025-01-01",
    )
    assert code == 1 and "read-only" in err and err.count("\n") == 1
    assert hashlib.sha256(demo_file.read_bytes()).hexdigest() == digest


def test_locked_database_gives_a_clear_message(demo_file, capsys):
    holder = sqlite3.connect(demo_file, check_same_thread=False)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        code, _, err = run(
            capsys,
            "--db",
            str(demo_file),
            "activity",
            "add",
            "--project",
            "BRIDGE",
            "--country",
            "PK",
            "--code",
            "LOCK-1",
            "--title",
            "T",
            "--type",
            "training",
            "--start",
            "2025-01-01",
            "--end",
            "2025-01-01",
        )
    finally:
        holder.rollback()
        holder.close()
    assert code == 1 and "locked" in err and err.count("\n") == 1
    code, out, _ = run(capsys, "--db", str(demo_file), "activity", "show", "LOCK-1")
    assert code == 1  # nothing was written


def test_damaged_database_is_set_aside_and_newest_backup_offered(demo_file, tmp_path, capsys):
    folder = tmp_path / "backups"
    db = startup.open_for_app(str(demo_file), backups_folder=folder)
    db.dispose()
    made = backups.list_backups(folder, demo_file)
    assert len(made) == 1 and made[0].reason == "daily"  # the first start of the day took one
    size = demo_file.stat().st_size
    with demo_file.open("r+b") as handle:  # scribble over the middle of the file
        handle.seek(size // 2)
        handle.write(b"\xde\xad\xbe\xef" * 4096)
    assert not integrity_ok(demo_file, quick=True)
    with pytest.raises(startup.DamagedDatabaseError) as info:
        startup.open_for_app(str(demo_file), backups_folder=folder)
    error = info.value
    assert not demo_file.exists() and error.moved_to.exists() and "damaged" in error.moved_to.name
    assert error.backup is not None and error.backup.path == made[0].path
    assert error.backup.counts["attendance"] > 0
    assert "newest verified backup" in str(error)
    # Restoring the offered backup brings the data back.
    fresh = startup.open_for_app(str(demo_file), backups_folder=folder)
    safety = backups.restore(fresh, error.backup.path, folder=folder)
    assert safety.exists()
    fresh.dispose()
    code, out, _ = run(capsys, "--db", str(demo_file), "activity", "show", "BR-PK-2024-TRN-APR", "--json")
    assert code == 0 and json.loads(out)["participants"]["total"] == 40


def test_concurrent_reader_does_not_see_a_half_written_import(demo_file, capsys):
    """A reader during a long write sees the old data (one transaction per action)."""
    before = counts(capsys, demo_file)["participant"]
    seen = []

    def reader():
        with closing(sqlite3.connect(demo_file, timeout=30)) as conn:
            seen.append(conn.execute("SELECT count(*) FROM participant").fetchone()[0])

    thread = threading.Thread(target=reader)
    thread.start()
    empty = demo_file.with_name("other.db")
    assert run(capsys, "--db", str(empty), "generate-sample", "--scale", "small")[0] == 0
    thread.join()
    assert seen == [before]


def _immutable(folder, on: bool) -> bool:
    """chattr +i makes a folder unwritable even for root (tests here often run as root)."""
    import shutil
    import subprocess

    if shutil.which("chattr") is None:
        return False
    return subprocess.run(["chattr", "+i" if on else "-i", str(folder)], capture_output=True).returncode == 0


def test_read_only_folder_keeps_data_readable_and_refuses_writes(tmp_path, capsys):
    import os

    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "demo.db"
    assert run(capsys, "--db", str(path), "demo")[0] == 0
    old = folder / "old.db"  # a database at the first schema revision, which would need migrating
    url = f"sqlite:///{old}"
    old_db = engine_module.Database(url, engine_module.make_engine(url))
    from flare_monitor.db import migrate

    migrate.upgrade(old_db)
    migrate.downgrade(old_db, "0002")
    old_db.dispose()
    if not _immutable(folder, True):
        if os.geteuid() == 0:
            pytest.skip("chattr is not available here and root ignores folder permissions")
        folder.chmod(0o555)
    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        code, out, _ = run(capsys, "--db", str(path), "activity", "show", "BR-PK-2024-TRN-APR", "--json")
        assert code == 0 and json.loads(out)["participants"]["total"] == 40
        code, _, err = run(
            capsys,
            "--db",
            str(path),
            "activity",
            "add",
            "--project",
            "BRIDGE",
            "--country",
            "PK",
            "--code",
            "RO-3",
            "--title",
            "T",
            "--type",
            "training",
            "--start",
            "2025-01-01",
            "--end",
            "2025-01-01",
        )
        assert code == 1 and "read-only" in err and err.count("\n") == 1 and "Traceback" not in err
        assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
        old_digest = hashlib.sha256(old.read_bytes()).hexdigest()
        code, _, err = run(capsys, "--db", str(old), "status")
        assert code == 1 and "needs updating" in err and err.count("\n") == 1
        assert hashlib.sha256(old.read_bytes()).hexdigest() == old_digest
    finally:
        _immutable(folder, False)
        folder.chmod(0o755)
