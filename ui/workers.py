"""Long work off the GUI thread: a QRunnable with a signals object, started on a thread pool.

A task is a plain function ``fn(*args, progress=..., cancelled=..., **kwargs)``: ``progress(done, total)``
reports how far it got, ``cancelled()`` says whether the user pressed Cancel. It must not touch widgets
and must open its own ``db.session()`` (sessions belong to one thread). The page connects the signals
before calling ``start``; tests replace ``thread_pool`` with ``InlinePool`` so the work runs at once.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QImage, QImageReader

log = logging.getLogger(__name__)
_local = threading.local()


def in_worker() -> bool:
    """True while a worker's function runs on this thread."""
    return getattr(_local, "active", False)


class WorkerSignals(QObject):
    progress = Signal(int, int)  # done, total (total 0 = unknown)
    result = Signal(object)
    error = Signal(object)  # the exception
    finished = Signal()  # after result or error


class Worker(QRunnable):
    def __init__(self, fn: Callable, *args, **kwargs):
        super().__init__()
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.signals = WorkerSignals()
        self._cancel = threading.Event()
        self._last_permille = -1

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int = 0) -> None:
        # At most ~1000 signals for any amount of work: a 10,000-row sheet must not flood the event loop.
        permille = int(done * 1000 / total) if total else done
        if permille != self._last_permille:
            self._last_permille = permille
            self.signals.progress.emit(int(done), int(total))

    def run(self) -> None:
        outer = in_worker()
        _local.active = True  # the GUI-thread guard lets workers (even inline ones in tests) open sessions
        try:
            value = self.fn(*self.args, progress=self._progress, cancelled=self.is_cancelled, **self.kwargs)
        except BaseException as exc:  # handed to the GUI thread, which shows it
            if not isinstance(exc, Exception):
                raise
            log.debug("worker failed: %s", "".join(traceback.format_tb(exc.__traceback__)))
            self.signals.error.emit(exc)
        else:
            self.signals.result.emit(value)
        finally:
            _local.active = outer
        self.signals.finished.emit()


class InlinePool:
    """Runs a worker at once on the calling thread (tests)."""

    def start(self, runnable: QRunnable) -> None:
        runnable.run()


_running: set[Worker] = set()


def running() -> bool:
    """True while any worker started here has not finished."""
    return bool(_running)


def thread_pool():
    return QThreadPool.globalInstance()


def start(worker: Worker, pool=None) -> Worker:
    """Start on `pool`, else ``thread_pool()`` (looked up at call time so tests can swap it); keeps the
    worker alive until it finished."""
    _running.add(worker)
    worker.signals.finished.connect(lambda: _running.discard(worker))
    worker.setAutoDelete(False)
    (pool or thread_pool()).start(worker)
    return worker


# ---------------------------------------------------------------- evidence thumbnails

# Decoding an image may take at most this much memory (a huge PNG is not decoded at all): Qt refuses the
# image instead of allocating more.
THUMBNAIL_ALLOCATION_MB = 128


def evidence_thumbnail(db, evidence_id, side: int = 96, **_worker) -> QImage | None:
    """The thumbnail of an attachment (images, first page of PDFs), made in a worker; None when the file
    has no picture or cannot be drawn (a thumbnail is a convenience, never an error)."""
    from flare_monitor.actions import evidence as actions

    content = actions.evidence_content(db, evidence_id)
    return thumbnail_image(content.data, content.row.media_type, side)


def thumbnail_image(data: bytes, media_type: str, side: int = 96) -> QImage | None:
    if media_type == "application/pdf":
        from flare_monitor.evidence.pdf import first_page

        page = first_page(data, side)
        if page is None:
            return None
        image = QImage(page.pixels, page.width, page.height, page.stride, QImage.Format.Format_RGB888)
        return image.copy()  # its own pixels: `page.pixels` goes away with this function
    if not media_type.startswith("image/"):
        return None
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAllocationLimit(THUMBNAIL_ALLOCATION_MB)
    reader.setAutoTransform(True)  # photos taken sideways stand up
    size = reader.size()
    if size.isValid() and (size.width() > side or size.height() > side):
        # JPEG decodes straight at this size; other formats decode whole (within the limit), then shrink.
        reader.setScaledSize(size.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        log.info("no thumbnail: %s", reader.errorString())
        return None
    if image.width() > side or image.height() > side:
        image = image.scaled(
            side, side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    return image
