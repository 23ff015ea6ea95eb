"""Small widgets shared by pages: the progress panel of a step that runs in a worker."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from ui import workers


class WorkPanel(QWidget):
    """Progress bar, message and Cancel for the step running in a worker."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.message = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.bar, 2)
        layout.addWidget(self.cancel_button)
        self.worker: workers.Worker | None = None
        self.cancel_button.clicked.connect(self.cancel)
        self.hide()

    def run(self, text: str, fn, *args, on_result, on_error, write_to=None) -> workers.Worker:
        """Run `fn(*args)` in a worker (behind the other writes of `write_to` when it writes)."""
        from ui import jobs

        self.message.setText(text)
        self.bar.setRange(0, 0)
        self.show()
        worker = workers.Worker(fn, *args)
        self.worker = worker
        worker.signals.progress.connect(self._progress)
        worker.signals.result.connect(on_result)
        worker.signals.error.connect(on_error)
        worker.signals.finished.connect(self._finished)
        workers.start(worker, jobs.write_pool(write_to) if write_to is not None else None)
        return worker

    def _progress(self, done: int, total: int) -> None:
        if total:
            self.bar.setRange(0, total)
            self.bar.setValue(done)

    def _finished(self) -> None:
        self.worker = None
        self.hide()

    def busy(self) -> bool:
        return self.worker is not None

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()


# Column widths fitted to the content look at this many rows (Qt's default, 1,000, measures every cell of
# a 1,000-row table through Python: a third of a second on the GUI thread).
FIT_ROWS = 60


def compact_rows(view) -> None:
    """Rows one line high, fixed (the view never measures rows it does not show); column widths fitted
    to the first rows only."""
    from PySide6.QtWidgets import QHeaderView

    header = view.verticalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header.setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setResizeContentsPrecision(FIT_ROWS)
    from ui.table_tools import make_copyable

    make_copyable(view, multi=False)  # Ctrl+C copies the selected rows with their headings


def explain(target, enabled: bool, why: str = "") -> None:
    """Enable or grey out a button or action; greyed out, its tooltip says why ("Create a project first")
    and, enabled again, it gets back the tooltip it had."""
    if not hasattr(target, "_usual_tooltip"):
        target._usual_tooltip = target.toolTip()
    target.setEnabled(enabled)
    target.setToolTip(target._usual_tooltip if enabled or not why else why)


def explain_first(target, *checks: tuple[bool, str]) -> None:
    """Like `explain`, for several conditions (ok, why): enabled when all hold, else the tooltip gives
    the reason of the first that does not (e.g. "Select an activity first", then the role's reason)."""
    for ok, why in checks:
        if not ok:
            explain(target, False, why)
            return
    explain(target, True)


def refused(reason: str) -> tuple[bool, str]:
    """A check for `explain_first` from a permission's reason ("" when allowed)."""
    return (not reason, reason)
