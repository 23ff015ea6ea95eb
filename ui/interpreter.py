"""How the window shares the Python interpreter with the workers that read and write its data.

Only one thread runs Python at a time. The GUI thread needs the interpreter lock for every call into
Python while it paints (a table's cells, a widget's events), and a worker busy in Python holds it:

- The lock changes hands every millisecond instead of every five when both threads want it. While a
  report is built in a worker, the window's longest freeze fell from 0.42–0.48 s to 0.17 s with no slower
  report (docs/PERFORMANCE.md).
- The cyclic garbage collector's full passes walk every object the collector tracks in one C call that
  holds the lock: with a large database open that is 30–150 ms, and Python starts one whenever enough
  objects have survived, which is exactly while a worker builds a page's rows. Once the warm-up has
  loaded the modules (they live as long as the app), what is alive then is frozen out of the passes (the
  first page's data too: a cycle among it that dies later is never collected, a one-off); full passes are
  no longer started by allocations, and the window takes one every few seconds when no worker is running.
  Young-generation passes (a few ms at most) run as before, and reference counting frees everything that
  is not in a cycle at once, as always.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, QTimer

from ui import workers

SWITCH_INTERVAL_S = 0.001
# Full passes are started only by `collect_when_idle`, once this many middle-generation passes ran.
NEVER = 1_000_000
FULL_PASS_AFTER = 10
IDLE_PASS_MS = 5000

_timer: QTimer | None = None


def share_with_workers() -> None:
    """Called when the main window is built."""
    sys.setswitchinterval(SWITCH_INTERVAL_S)


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
    """A full pass when one is due, as Python itself would start one (after ten middle-generation passes),
    unless a worker is running (its allocations and the GUI thread's paint would wait). With a large
    database open, after every page, a pass takes 10–30 ms."""
    if workers.running() or gc.get_count()[2] < FULL_PASS_AFTER:
        return False
    gc.collect()
    return True
