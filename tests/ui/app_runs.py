"""Running `ui.app.run_app` in a test: the real event loop (the database is opened inside it, after the
window's first paint), ended by a watchdog if the app would never end."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

REAL_EXEC = QApplication.exec
WATCHDOG_MS = 30_000
WATCHDOG_EXIT = 99  # what exec returns when the watchdog had to end it


def exec_with_watchdog(*_args) -> int:
    """QApplication.exec in place of the real one (monkeypatched): the real loop, never forever.

    The real exec also clears Qt's "quit now" flag when it returns; an app.exit() outside it would make
    every later local event loop of the test session return at once."""
    watchdog = QTimer()
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(lambda: QApplication.exit(WATCHDOG_EXIT))
    watchdog.start(WATCHDOG_MS)
    try:
        return REAL_EXEC()
    finally:
        watchdog.stop()
