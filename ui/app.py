"""Starts the desktop application: QApplication, error dialog hook, one instance per database, window.

The window paints first, as a shell, and the database is opened right after that first paint: the
check and migration of the data need SQLAlchemy and Alembic, whose imports alone take several times
as long as showing a window. Nothing reads the data before those checks have passed.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox, QWidget

from flare_monitor import APP_NAME, __version__, paths
from flare_monitor.errors import UserError
from ui import i18n
from ui.app_icon import app_icon

log = logging.getLogger(__name__)
_showing_error = False
# The day's automatic backup copies the whole file: it starts once the window is up and painted.
DAILY_BACKUP_DELAY_MS = 3000
# A window that is not painted (started minimized) still opens its database after this long.
OPEN_UNPAINTED_AFTER_MS = 2000


def show_unhandled(exc_type, exc, tb) -> None:
    """Slots that raise only print in PySide6: log the error, show it with copyable details, go on."""
    global _showing_error
    log.error("Unhandled error", exc_info=(exc_type, exc, tb))
    if QApplication.instance() is None or _showing_error:
        sys.__excepthook__(exc_type, exc, tb)
        return
    problem = _user_facing(exc)
    if problem is not None:  # a user error or an environment problem: one line, no traceback
        QMessageBox.warning(None, APP_NAME, i18n.text(problem))
        return
    _showing_error = True  # an error inside the dialog must not open dialogs forever
    try:
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("app", "Unexpected error"),
            QCoreApplication.translate(
                "app", "Something went wrong: %1\n\nThe app keeps running; the details are in the log."
            ).replace("%1", str(exc) or exc_type.__name__),
        )
        from flare_monitor.logsetup import safe_traceback

        box.setDetailedText(safe_traceback(exc.with_traceback(tb)))  # never a database error's values
        box.exec()
    finally:
        _showing_error = False


def _user_facing(exc: BaseException) -> UserError | None:
    """The one-line error for `exc` (as the command line prints it), or None for a bug."""
    if isinstance(exc, UserError):
        return exc
    if "sqlalchemy" not in sys.modules:  # no database opened yet: only a UserError can be one
        return None
    from flare_monitor.actions.base import user_facing

    return user_facing(exc)


def instance_lock(database_url: str) -> QLockFile:
    """A lock file in the data folder named after a hash of the database location (a file's resolved
    path: `sub/../x.db`, a link or another letter case is the same file)."""
    from flare_monitor.actions.where import plain_sqlite_file

    file = plain_sqlite_file(database_url)
    location = os.path.normcase(str(file.resolve())) if file is not None else database_url
    key = hashlib.sha256(location.encode("utf-8")).hexdigest()[:16]
    folder = paths.data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(folder / f"instance-{key}.lock"))
    # A lock left by a crashed app is reclaimed: QLockFile sees that its process no longer runs (tested).
    # Age alone never makes a lock stale (0): a lock written from another host is never taken over.
    lock.setStaleLockTime(0)
    return lock


def acquire(lock: QLockFile) -> bool:
    if lock.tryLock(100):
        return True
    if lock.error() == QLockFile.LockError.LockFailedError:
        if lock.removeStaleLockFile() and lock.tryLock(100):
            return True
    return False


def setup_fonts(app: QApplication) -> None:
    from ui.fonts import apply_font

    apply_font(app)


def _check_beside_imports(url: str) -> Callable[[], bool]:
    """Start SQLite's quick check of the file in a thread; the returned function waits for it (True: sound).

    The check reads every page (~0.2 s for 200 MB) without holding the GIL, so it runs while SQLAlchemy
    and Alembic load (after the first paint, which it would slow down on a busy machine). False (damaged,
    unreadable, no file) lets the start-up check run as usual.
    """
    from flare_monitor.actions.where import integrity_ok, plain_sqlite_file

    file = plain_sqlite_file(url)  # another form of SQLite URL: the start-up check runs in full
    if file is None or not file.exists():
        return lambda: False
    outcome: list[bool] = []
    thread = threading.Thread(
        target=lambda: outcome.append(integrity_ok(file, quick=True)), name="quick-check", daemon=True
    )
    thread.start()

    def sound() -> bool:
        thread.join()
        return outcome == [True]

    return sound


def _backup_when_shown(db) -> None:
    """Take the day's backup in a worker a moment after the window appeared (a failure is only logged)."""
    from ui import workers

    def start() -> None:
        from flare_monitor.actions.opening import take_daily_backup

        worker = workers.Worker(lambda **_worker: take_daily_backup(db))
        worker.signals.error.connect(lambda exc: log.warning("Daily backup failed: %s", exc))
        workers.start(worker)

    QTimer.singleShot(DAILY_BACKUP_DELAY_MS, start)


def database_arg(args) -> str | None:
    """`--db`, else FLARE_MONITOR_DB, else the PostgreSQL server chosen in Settings, else the local file."""
    from ui import settings

    chosen = getattr(args, "db", None) or os.environ.get(paths.DB_ENV_VAR)
    return chosen or settings.get("database/server") or None


def _shown_location(url: str) -> str:
    from flare_monitor.actions.opening import mask_url, sqlite_file

    return str(sqlite_file(url) or mask_url(url))


def _open_asking_password(open_it: Callable, db_arg, parent: QWidget | None = None):
    """A server that wants a password it was not given: ask for it (kept in memory for this session only)."""
    from flare_monitor.actions.opening import resolve_database_url, with_password
    from flare_monitor.errors import ServerConnectionError

    attempt = db_arg
    while True:
        try:
            return open_it(attempt)
        except ServerConnectionError as exc:
            if not exc.needs_password:
                raise
            prompt = QCoreApplication.translate("app", "%1\n\nPassword:").replace("%1", i18n.text(exc))
            password, ok = QInputDialog.getText(parent, APP_NAME, prompt, QLineEdit.EchoMode.Password)
            if not ok:
                return None
            attempt = with_password(resolve_database_url(db_arg), password)


def _local_file_instead(exc: UserError, args, parent: QWidget | None = None) -> bool:
    """The server chosen in Settings cannot be reached (a laptop away from the office): offer to open the
    local file for this session; the server stays chosen for the next start."""
    from flare_monitor.errors import ServerConnectionError

    if not isinstance(exc, ServerConnectionError) or exc.needs_password:
        return False
    if getattr(args, "db", None) or os.environ.get(paths.DB_ENV_VAR):  # chosen on purpose for this start
        return False
    question = QCoreApplication.translate(
        "app", "%1\n\nOpen the local file this time? The server stays chosen in Settings for the next start."
    ).replace("%1", i18n.text(exc))
    return QMessageBox.question(parent, APP_NAME, question) == QMessageBox.StandardButton.Yes


def _open_with_recovery(db_arg, sound: Callable[[], bool] = lambda: False, parent: QWidget | None = None):
    """Open with the start-up check; a damaged database is set aside and its newest backup offered."""
    from flare_monitor.actions import opening as startup

    try:
        return _open_asking_password(
            lambda arg: startup.open_for_app(arg, check=not sound(), daily_backup=False), db_arg, parent
        )
    except startup.DamagedDatabaseError as damaged:
        if damaged.backup is None:
            QMessageBox.critical(parent, APP_NAME, i18n.text(damaged))
            return None
        answer = QMessageBox.question(
            parent,
            APP_NAME,
            QCoreApplication.translate("app", "%1\n\nRestore that backup now?").replace(
                "%1", i18n.text(damaged)
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        db = startup.open_for_app(db_arg, daily_backup=False)
        startup.restore(db, damaged.backup.path)
        return db


def open_for_window(args, db_arg, sound: Callable[[], bool], parent: QWidget):
    """Check and open the database with the window up; None when it cannot be used (the user was told)."""
    try:
        return _open_with_recovery(db_arg, sound, parent)
    except UserError as exc:
        if not _local_file_instead(exc, args, parent):
            QMessageBox.critical(parent, APP_NAME, i18n.text(exc))
            return None
    try:
        return _open_with_recovery(str(paths.default_database_path()), parent=parent)
    except UserError as exc:
        QMessageBox.critical(parent, APP_NAME, i18n.text(exc))
        return None


class Opening(QObject):
    """Opens the database once the shell window has painted, then fills the window or ends the app.

    A child of the window, with timers of its own: nothing is opened for a window that is gone."""

    def __init__(self, app: QApplication, window, args, db_arg, url: str):
        super().__init__(window)
        self.app = app
        self.window = window
        self.args = args
        self.db_arg = db_arg
        self.url = url
        self.db = None
        self.started = False
        # The next turn of the event loop after the first paint: the window reaches the screen first.
        self.after_paint = QTimer(self, singleShot=True, interval=0, timeout=self.run)
        window.firstPainted.connect(self.after_paint.start)
        self.unpainted = QTimer(self, singleShot=True, interval=OPEN_UNPAINTED_AFTER_MS, timeout=self.run)
        self.unpainted.start()

    def stop(self) -> None:
        """The event loop has ended: nothing more is opened."""
        self.started = True
        self.after_paint.stop()
        self.unpainted.stop()

    def run(self) -> None:
        if self.started:
            return
        self.started = True
        self.window.show_busy()
        sound = _check_beside_imports(self.url)
        try:
            self.db = open_for_window(self.args, self.db_arg, sound, self.window)
        except Exception:  # a defect: shown like any other, and the app cannot go on without its data
            show_unhandled(*sys.exc_info())
        if self.db is None:
            self.app.exit(1)
            return
        if self.window.isVisible():  # else closed while a dialog of the opening was up: the app ends
            self.window.attach(self.db)
            _backup_when_shown(self.db)


def run_app(args) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("FLARE Monitor")
    app.setApplicationVersion(__version__)
    app.setStyle("Fusion")
    app.setWindowIcon(app_icon())
    setup_fonts(app)
    i18n.install(app)  # before any widget: the window takes its texts when built
    sys.excepthook = show_unhandled

    from flare_monitor.actions.where import early_location, resolve_database_url

    db_arg = database_arg(args)
    url = resolve_database_url(db_arg)
    lock = instance_lock(url)
    if not acquire(lock):
        QMessageBox.information(
            None,
            APP_NAME,
            QCoreApplication.translate(
                "app", "FLARE Monitor is already open with this database:\n%1\n\nSwitch to that window."
            ).replace("%1", _shown_location(url)),
        )
        return 1
    try:
        from ui.main_window import MainWindow

        window = MainWindow(None, early_location(url))
        opening = Opening(app, window, args, db_arg, url)
        window.show()
        try:
            return app.exec()
        finally:
            opening.stop()
            window.hide()  # still up when the opening failed and ended the app
            QThreadPool.globalInstance().waitForDone()  # a backup or a calculation still running
            if opening.db is not None:
                opening.db.dispose()
    finally:
        lock.unlock()
