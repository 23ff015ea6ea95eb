"""Qt fixtures: isolated QSettings, inline workers, message boxes that never block, the main window."""

from __future__ import annotations

import gc
import sys

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMessageBox

from ui import interpreter, jobs, workers


@pytest.fixture(autouse=True)
def collector_as_found(monkeypatch):
    """A window's start-up tunes the interpreter for the whole process (ui/interpreter.py); each test
    starts and ends with it as the test run had it, so cyclic garbage never piles up across tests."""
    thresholds, switch = gc.get_threshold(), sys.getswitchinterval()
    monkeypatch.setattr(interpreter, "_timer", None)
    yield
    if interpreter._timer is not None:
        interpreter._timer.stop()
        interpreter._timer.deleteLater()
    gc.set_threshold(*thresholds)
    gc.unfreeze()
    sys.setswitchinterval(switch)


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path, qapp):
    qapp.setOrganizationName("FLARE Monitor Tests")
    qapp.setApplicationName("FLARE Monitor")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield
    QSettings().clear()


@pytest.fixture(autouse=True)
def inline_workers(monkeypatch):
    """Workers run at once on the test thread (reads and each database's queue of writes)."""
    monkeypatch.setattr(workers, "thread_pool", lambda: workers.InlinePool())
    monkeypatch.setattr(jobs, "write_pool", lambda _db: workers.InlinePool())


@pytest.fixture(autouse=True)
def no_session_on_the_gui_thread():
    """The app's code opens database sessions only in workers: a session opened by ui/ code on the GUI
    thread outside a worker fails the test (tests themselves may read the database directly)."""
    jobs.violations.clear()
    jobs.guard_sessions(strict=True)
    yield
    jobs.unguard_sessions()
    assert not jobs.violations, f"database sessions opened on the GUI thread: {jobs.violations}"


class MessageBoxes:
    """Records the message boxes a test triggers; `answer` is what question() returns."""

    def __init__(self):
        self.shown: list[tuple[str, str, str]] = []
        self.answer = QMessageBox.StandardButton.Yes

    def record(self, kind):
        def show(_parent, title, text, *args, **kwargs):
            self.shown.append((kind, title, text))
            return self.answer if kind == "question" else QMessageBox.StandardButton.Ok

        return show

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, _title, text in self.shown if kind is None or k == kind]


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch) -> MessageBoxes:
    boxes = MessageBoxes()
    for kind in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, boxes.record(kind))
    return boxes


@pytest.fixture
def window(qtbot, demo_db):
    from ui.main_window import MainWindow

    win = MainWindow(demo_db)
    qtbot.addWidget(win)
    win.set_context("BRIDGE", "PK", "FY2024-Q3")
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def tr(text: str) -> str:
    return QCoreApplication.translate("tests", text)
