"""Starts the desktop application: QApplication, error dialog hook, database, main window."""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtWidgets import QApplication, QMessageBox

from flare_monitor import APP_NAME, __version__
from flare_monitor.db.migrate import open_database
from flare_monitor.errors import UserError

log = logging.getLogger(__name__)


def _show_error(exc_type, exc, tb) -> None:
    """Slots that raise only print in PySide6: log the error and show it with copyable details."""
    log.error("Unhandled error", exc_info=(exc_type, exc, tb))
    if QApplication.instance() is None:
        sys.__excepthook__(exc_type, exc, tb)
        return
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QApplication.translate("app", "Unexpected error"),
        str(exc) or exc_type.__name__,
    )
    box.setDetailedText("".join(traceback.format_exception(exc_type, exc, tb)))
    box.exec()


def run_app(args) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("FLARE Monitor")
    app.setApplicationVersion(__version__)
    sys.excepthook = _show_error
    try:
        db = open_database(args.db)
    except UserError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    from ui.main_window import MainWindow

    window = MainWindow(db)
    window.show()
    try:
        return app.exec()
    finally:
        db.dispose()
