"""How the desktop app runs the application layer: always in a worker, never on the GUI thread.

Reads run on the shared thread pool; writes of one database run one at a time, in the order they were
asked for (a pool of one thread per database), so two saves never overlap. A page asks for data with
`Loads.load(slot, fn, …)`: when it asks again for the same slot before the first answer arrived (the
user changed the period meanwhile), the older answer is dropped, and the part of the page that waits
shows a busy state.

While the app runs, `guard_sessions()` makes the core call back before every database session opens;
a session opened on the GUI thread outside a worker is recorded (and, in tests, fails the test).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, Qt, QThread, QThreadPool, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QSplitter, QWidget

from flare_monitor.actions import base as actions
from ui import workers

log = logging.getLogger(__name__)

# A wait shorter than this shows no busy state at all (no flicker on fast answers).
BUSY_DELAY_MS = 150

_write_pools: dict[str, QThreadPool] = {}


def write_pool(db) -> QThreadPool:
    """The one-thread pool that runs the writes of `db`, in order (looked up at call time: tests swap it)."""
    pool = _write_pools.get(db.url)
    if pool is None:
        pool = QThreadPool()
        pool.setMaxThreadCount(1)
        pool.setExpiryTimeout(-1)
        _write_pools[db.url] = pool
    return pool


def run(
    fn: Callable,
    *args,
    on_result: Callable | None = None,
    on_error: Callable | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    write_to=None,
    undo_label: str | None = None,
    **kwargs,
) -> workers.Worker:
    """Run `fn(*args, progress=…, cancelled=…, **kwargs)` in a worker and hand its outcome back.

    `write_to=db` queues it behind the other writes of that database; reads leave it None. With
    `undo_label`, the changes it writes can be undone from Edit › Undo.
    """
    if undo_label is not None and write_to is not None:
        fn, on_result = _undoable(fn, write_to, undo_label, on_result)
    worker = workers.Worker(fn, *args, **kwargs)
    if on_progress is not None:
        worker.signals.progress.connect(on_progress)
    if on_result is not None:
        worker.signals.result.connect(on_result)
    if on_error is not None:
        worker.signals.error.connect(on_error)
    workers.start(worker, write_pool(write_to) if write_to is not None else None)
    return worker


def run_and_wait(fn: Callable, *args, write_to=None, **kwargs):
    """Run `fn` in a worker and wait for it while the window keeps painting (a local event loop); for
    the few steps whose caller needs the outcome at once (saving before leaving a page). Returns the
    result, or the exception it raised."""
    from PySide6.QtCore import QEventLoop

    outcome: list = []
    loop = QEventLoop()

    def done(value) -> None:
        outcome.append(value)
        loop.quit()

    worker = run(fn, *args, on_result=done, on_error=done, write_to=write_to, **kwargs)
    if not outcome:  # a worker run inline (tests) has already answered
        worker.signals.finished.connect(loop.quit)
        if not outcome:
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    return outcome[0] if outcome else None


def _undoable(fn: Callable, db, label: str, on_result: Callable | None):
    """`fn` that also hands back the audit entries it wrote, recorded in the database's undo history."""

    def captured(*args, **kwargs):
        with actions.capture_changes() as entries:
            value = fn(*args, **kwargs)
        return value, tuple(entries)

    def recorded(outcome) -> None:
        from ui.undo import history

        value, entries = outcome
        history(db).record(label, entries)
        if on_result is not None:
            on_result(value)

    return captured, recorded


class BusyOverlay(QLabel):
    """A quiet "Loading…" over the part of a page that waits (after a short delay, so fast answers
    never flicker)."""

    def __init__(self, target: QWidget):
        # A splitter takes every child widget for one of its panes (the page kept a third of its width
        # for a hidden one): over a splitter, the overlay belongs to the nearest parent that is not one.
        host = target
        while isinstance(host, QSplitter) and host.parentWidget() is not None:
            host = host.parentWidget()
        super().__init__(host)
        self._target = target
        self.setText(self.tr("Loading…"))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # A palette, not a style sheet: it appears while a worker holds the interpreter lock, and a
        # style sheet's polish on every show costs the window tens of milliseconds then.
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.Dark))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.setAccessibleName(self.tr("Loading"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(BUSY_DELAY_MS)
        self._timer.timeout.connect(self._appear)
        self.hide()

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        # Watched only while shown: every event of the page part would otherwise pass through Python.
        self._target.removeEventFilter(self)
        self.hide()

    def waiting(self) -> bool:
        return self._timer.isActive() or self.isVisible()

    def _appear(self) -> None:
        self._target.installEventFilter(self)
        self._place()
        self.raise_()
        self.show()

    def _place(self) -> None:
        host = self.parentWidget()
        corner = self._target.mapTo(host, QPoint(0, 0)) if host is not self._target else QPoint(0, 0)
        self.setGeometry(QRect(corner, self._target.size()))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move) and self.isVisible():
            self._place()
        return False


class Loads(QObject):
    """The data a page waits for, by slot: only the newest request of each slot is delivered."""

    def __init__(self, owner: QWidget):
        super().__init__(owner)
        self._owner = owner
        self._generation: dict[str, int] = {}
        self._overlays: dict[QWidget, BusyOverlay] = {}
        self._pending: dict[str, QWidget] = {}  # slot → the widget that shows it waits
        self._waiting: set[str] = set()  # slots whose answer has not arrived

    def load(
        self,
        slot: str,
        fn: Callable,
        *args,
        on_result: Callable,
        on_error: Callable | None = None,
        busy: QWidget | None = None,
        **kwargs,
    ) -> workers.Worker:
        generation = self._generation.get(slot, 0) + 1
        self._generation[slot] = generation
        self._set_busy(slot, busy, waiting=True)

        def current() -> bool:
            return self._generation.get(slot) == generation

        def delivered(value) -> None:
            if current():
                self._set_busy(slot, None)
                on_result(value)

        def unless_stale(*args, cancelled, **kwargs):
            # A request overtaken while it waited for a thread is not run at all (its answer would be
            # dropped), and one overtaken while running may stop early: it would compete with the newest
            # one for the cores and the interpreter lock.
            if not current():
                return None
            return fn(*args, cancelled=lambda: cancelled() or not current(), **kwargs)

        def failed(exc) -> None:
            if current():
                self._set_busy(slot, None)
                (on_error or self._show_error)(exc)

        return run(unless_stale, *args, on_result=delivered, on_error=failed, **kwargs)

    def cancel(self, slot: str) -> None:
        """Forget what `slot` waits for (its answer, when it comes, is dropped)."""
        self._generation[slot] = self._generation.get(slot, 0) + 1
        self._set_busy(slot, None)

    def waiting(self, slot: str | None = None) -> bool:
        if slot is not None:
            return slot in self._waiting
        return bool(self._waiting)

    def _set_busy(self, slot: str, widget: QWidget | None, *, waiting: bool = False) -> None:
        self._waiting.discard(slot)
        previous = self._pending.pop(slot, None)
        if previous is not None and previous not in self._pending.values():
            self._overlay(previous).stop()
        if waiting:
            self._waiting.add(slot)
        if widget is not None:
            self._pending[slot] = widget
            self._overlay(widget).start()

    def _overlay(self, widget: QWidget) -> BusyOverlay:
        overlay = self._overlays.get(widget)
        if overlay is None:
            overlay = self._overlays[widget] = BusyOverlay(widget)
        return overlay

    def _show_error(self, exc: BaseException) -> None:
        from ui.messages import show_error

        show_error(self._owner, exc)


# ---------------------------------------------------------------- the GUI-thread guard

violations: list[str] = []


def _caller_in_ui() -> str | None:
    """The first frame of the desktop app's own code on the stack (None: a test or a tool reads directly)."""
    frame = sys._getframe(2)
    while frame is not None:
        module = frame.f_globals.get("__name__", "")
        if module.startswith("ui.") and module not in ("ui.jobs", "ui.workers"):
            return f"{module}:{frame.f_lineno} ({frame.f_code.co_name})"
        frame = frame.f_back
    return None


def _on_gui_thread() -> bool:
    app = QCoreApplication.instance()
    return app is not None and QThread.currentThread() is app.thread()


def guard_sessions(*, strict: bool) -> None:
    """From now on a session opened by the app's code on the GUI thread, outside a worker, is a defect:
    logged (and, with `strict`, raised so that a test fails)."""

    def guard() -> None:
        if workers.in_worker() or not _on_gui_thread():
            return
        where = _caller_in_ui()
        if where is None:
            return
        violations.append(where)
        message = f"database session opened on the GUI thread by {where}"
        log.warning(message)
        if strict:
            raise AssertionError(message)

    actions.set_session_guard(guard)


def unguard_sessions() -> None:
    actions.set_session_guard(None)
