"""Start-up: the error dialog hook, one instance per database (a second start shows no window), a stale
lock reclaimed."""

from __future__ import annotations

import logging
import subprocess
import sys
import textwrap
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from flare_monitor import paths
from flare_monitor.db.engine import resolve_database_url
from tests.ui.app_runs import exec_with_watchdog
from ui import app as app_module
from ui.main_window import MainWindow


def test_excepthook_logs_and_shows_copyable_details(qtbot, monkeypatch, caplog):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError as exc:
        with caplog.at_level(logging.ERROR):
            app_module.show_unhandled(type(exc), exc, exc.__traceback__)
    assert len(shown) == 1
    box = shown[0]
    assert "boom in a slot" in box.text()
    assert "Traceback" in box.detailedText() and "RuntimeError" in box.detailedText()
    assert "Unhandled error" in caplog.text


def test_user_errors_from_slots_are_plain_messages(qtbot, message_boxes):
    from flare_monitor.errors import UserError

    exc = UserError("The file is open in Excel")
    app_module.show_unhandled(UserError, exc, None)
    assert message_boxes.texts("warning") == ["The file is open in Excel"]


def test_one_instance_per_database(qtbot, tmp_path):
    url = resolve_database_url(str(tmp_path / "a.db"))
    first = app_module.instance_lock(url)
    assert app_module.acquire(first)
    second = app_module.instance_lock(url)
    assert not app_module.acquire(second)
    other = app_module.instance_lock(resolve_database_url(str(tmp_path / "b.db")))
    assert app_module.acquire(other)
    first.unlock()
    assert app_module.acquire(second)
    second.unlock()
    other.unlock()


def test_stale_lock_after_a_crash_is_reclaimed(qtbot, tmp_path):
    url = resolve_database_url(str(tmp_path / "a.db"))
    lock = app_module.instance_lock(url)
    code = textwrap.dedent(f"""
        import os
        from PySide6.QtCore import QLockFile
        lock = QLockFile({lock.fileName()!r})
        assert lock.tryLock(100)
        os._exit(0)  # a crash: the lock file stays behind
    """)
    subprocess.run([sys.executable, "-c", code], check=True)
    assert (paths.data_dir()).exists()
    assert app_module.acquire(lock)
    lock.unlock()


def test_second_start_says_so(qtbot, tmp_path, monkeypatch, message_boxes):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(MainWindow, "show", lambda *args: pytest.fail("a second window was shown"))
    db_path = tmp_path / "c.db"
    held = app_module.instance_lock(resolve_database_url(str(db_path)))
    assert app_module.acquire(held)
    try:
        assert app_module.run_app(SimpleNamespace(db=str(db_path))) == 1
    finally:
        held.unlock()
    assert any("already open" in text for text in message_boxes.texts("information"))


def test_unusable_database_is_a_message(qtbot, tmp_path, monkeypatch, message_boxes):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(QApplication, "exec", exec_with_watchdog)  # the database opens inside the loop
    bad = tmp_path / "not-a-db.db"
    bad.write_bytes(b"this is not a database" * 100)
    assert app_module.run_app(SimpleNamespace(db=str(bad))) == 1
    assert message_boxes.texts("critical")
