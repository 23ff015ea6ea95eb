"""The cyclic garbage collector's full passes, taken when no worker runs rather than in the middle of one.

A full pass walks every object the collector tracks in one C call that holds the interpreter lock: with a
large database open that is 30–150 ms, and Python starts one whenever enough objects have survived, which
is exactly while a worker builds a page's rows. The window then cannot paint for that long. So, once the
start-up's modules are loaded (they live as long as the app), they are frozen out of the passes; full
passes are no longer started by allocations, and the window takes one itself every few seconds when no
worker is running. Young-generation passes (a few ms at most) run as before, and reference counting frees
everything that is not in a cycle at once, as always.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

from ui import workers

# Full passes are started only by `collect_when_idle`.
NEVER = 1_000_000
IDLE_PASS_MS = 5000

_timer: QTimer | None = None


def after_start_up(parent: QObject) -> None:
    """Called once the warm-up has imported what the pages need; idempotent."""
    global _timer
    gc.freeze()
    if _timer is not None:
        return
    young, middle, _full = gc.get_threshold()
    gc.set_threshold(young, middle, NEVER)
    _timer = QTimer(parent)
    _timer.setInterval(IDLE_PASS_MS)
    _timer.timeout.connect(collect_when_idle)
    _timer.start()


def collect_when_idle() -> bool:
    """A full pass unless a worker is running (its allocations and the GUI thread's paint would wait)."""
    if workers.running():
        return False
    gc.collect()
    return True
