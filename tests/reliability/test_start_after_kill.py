"""The desktop app's start-up after a killed import: the file left with a hot journal is not damaged.

SQLite rolls an unfinished transaction back from its journal the next time the file is opened for
writing; a read-only check cannot do that and failed, so the start-up declared the file damaged and set
it aside. Real processes, killed with SIGKILL while their journal holds pages.
"""

from __future__ import annotations

import os
import signal
import sqlite3
from contextlib import closing

import pytest

from flare_monitor.db.urls import resolve_database_url
from main import main
from tests.reliability.kill_helpers import ADD_ACTIVITY, import_command, kill_when_journal_is_hot, write_sheet
from ui.app import _check_beside_imports, _open_with_recovery

pytestmark = [
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX-only"),
    pytest.mark.sqlite_only,
]


def _counts(db) -> dict[str, int]:
    with closing(sqlite3.connect(db)) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def test_start_up_after_a_killed_import_keeps_the_database_and_its_data(tmp_path, capsys, qtbot, monkeypatch):
    db, sheet = tmp_path / "office.db", tmp_path / "attendance.xlsx"
    write_sheet(sheet, 20_000)
    assert main(["--db", str(db), "demo"]) == 0
    assert main(["--db", str(db), *ADD_ACTIVITY]) == 0
    capsys.readouterr()
    before = _counts(db)
    env = {**os.environ, "FLARE_MONITOR_DATA_DIR": str(tmp_path / "data")}
    assert kill_when_journal_is_hot(import_command(db, sheet), db, env)
    assert db.with_name(db.name + "-journal").exists()  # a crash-left (hot) journal

    def no_dialog(*args):
        raise AssertionError(f"the start-up asked or warned: {args[2]}")

    monkeypatch.setattr("ui.app.QMessageBox.question", no_dialog)
    monkeypatch.setattr("ui.app.QMessageBox.critical", no_dialog)
    # What the window does once it has painted: the quick check beside the imports, then the start-up check.
    sound = _check_beside_imports(resolve_database_url(str(db)))
    opened = _open_with_recovery(str(db), sound)
    assert opened is not None
    try:
        assert opened.file == db
    finally:
        opened.dispose()
    assert sorted(p.name for p in tmp_path.iterdir() if "damaged" in p.name) == []
    assert _counts(db) == before  # all the data, none of the killed import
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
