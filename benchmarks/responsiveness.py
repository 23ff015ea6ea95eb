"""How the desktop app feels at real size: `python -m benchmarks.responsiveness [--scale large] [--repeat 5]`.

The main window runs on the sample database with its real thread pools (nothing inline). A watchdog —
a QTimer beating every few milliseconds on the GUI thread — records the longest gap between two beats
while a scripted action runs: that is how long the window was frozen ("GUI blocked"). "Shown" is the time
from the action until the page has its content (no load waiting any more). Median of the repeats.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BEAT_MS = 2
TIMEOUT_S = 60


@dataclass
class Measure:
    action: str
    blocked_ms: list[float]
    working_ms: list[float]
    shown_ms: list[float]
    blocked_target: float
    shown_target: float

    def row(self) -> list[str]:
        blocked, shown = statistics.median(self.blocked_ms), statistics.median(self.shown_ms)
        ok = blocked <= self.blocked_target and shown <= self.shown_target
        return [
            self.action,
            f"{blocked:.0f} ms (≤ {self.blocked_target:.0f})",
            f"{shown:.0f} ms (≤ {self.shown_target:.0f})",
            f"{statistics.median(self.working_ms):.0f} ms",
            "met" if ok else "MISSED",
        ]


class Watchdog:
    """The longest gap between two beats of a GUI-thread timer, since `reset()`."""

    def __init__(self):
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(BEAT_MS)
        self.timer.timeout.connect(self._beat)
        self.last = time.perf_counter()
        self.last_cpu = time.thread_time()
        self.longest = 0.0
        # The GUI thread's own CPU time within the longest gap: a gap far longer than it was spent waiting
        # (for the interpreter lock held by a worker, or for a core), not working.
        self.longest_cpu = 0.0
        self.timer.start()

    def _beat(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        if now - self.last > self.longest:
            self.longest, self.longest_cpu = now - self.last, cpu - self.last_cpu
        self.last, self.last_cpu = now, cpu

    def reset(self) -> None:
        self.last, self.last_cpu = time.perf_counter(), time.thread_time()
        self.longest = self.longest_cpu = 0.0

    def gap_ms(self) -> float:
        return max(self.longest, time.perf_counter() - self.last) * 1000


class Sampler:
    """With --why: what the GUI thread was running while an action ran (a thread reads its stack every
    few ms). A stack that ends in processEvents with no Python above it is Qt's own work (layout,
    painting) or a wait for the GIL held by a worker."""

    def __init__(self):
        import threading
        from collections import Counter

        self.gui = threading.main_thread().ident
        self.action: str | None = None
        self.stacks: dict[str, Counter] = {}
        self._stop = threading.Event()
        threading.Thread(target=self._run, daemon=True).start()

    def _run(self) -> None:
        import traceback
        from collections import Counter

        while not self._stop.wait(0.002):
            frame = sys._current_frames().get(self.gui)
            if frame is None or self.action is None:
                continue
            lines = [f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in traceback.extract_stack(frame)]
            last = max((i for i, line in enumerate(lines) if "responsiveness.py" in line), default=-1)
            ours = lines[last + 1 :][-6:] or [f"(Qt's own work, a wait for the GIL, or idle: {lines[last]})"]
            self.stacks.setdefault(self.action, Counter())[" < ".join(reversed(ours))] += 1

    def report(self, names: set[str]) -> None:
        for name in names:
            counter = self.stacks.get(name)
            if not counter:
                continue
            total = sum(counter.values())
            print(f"\n{name}: {total} samples of the GUI thread")
            for stack, count in counter.most_common(8):
                print(f"  {count:4d}  {stack}")


SAMPLER: Sampler | None = None
SWITCH_INTERVAL: float | None = None


def _settle(app, done: Callable[[], bool]) -> float:
    """Process events until `done()`; seconds waited."""
    started = time.perf_counter()
    while not done():
        app.processEvents()
        time.sleep(0.001)
        if time.perf_counter() - started > TIMEOUT_S:
            raise TimeoutError("the page did not show its content")
    return time.perf_counter() - started


def _idle(*owners) -> Callable[[], bool]:
    """Nothing the owners show is still on its way, their charts included (drawn in workers too)."""
    from ui.chart_view import ChartView

    def done() -> bool:
        shown = [*owners, *(chart for o in owners for chart in o.findChildren(ChartView))]
        return all(not o.loads.waiting() for o in shown)

    return done


def measure(app, dog: Watchdog, action: Callable[[], object], done: Callable) -> tuple[float, float]:
    _settle(app, lambda: True)
    dog.reset()
    started = time.perf_counter()
    result = action()
    until = done if result is None else done(result)
    _settle(app, until)
    shown = (time.perf_counter() - started) * 1000
    # The last beat after the content arrived closes the measured window.
    end = time.perf_counter() + 0.02
    while time.perf_counter() < end:
        app.processEvents()
    return dog.gap_ms(), dog.longest_cpu * 1000, shown


def _compile_like_an_installed_app() -> None:
    """An installed app loads its modules as bytecode; a checkout run with PYTHONDONTWRITEBYTECODE would
    compile each one at its first import, in C and holding the interpreter lock, and charge that to
    whichever page imports it first."""
    import compileall

    root = Path(__file__).resolve().parent.parent
    for package in ("flare_monitor", "ui"):
        compileall.compile_dir(root / package, quiet=1)


def run(scale: str, repeat: int) -> list[Measure]:
    from PySide6.QtWidgets import QApplication

    from benchmarks.run import sample_database
    from flare_monitor.actions.projects import list_projects
    from flare_monitor.actions.setup import open_database
    from ui.context import project_quarters

    app = QApplication.instance() or QApplication(sys.argv[:1])
    _compile_like_an_installed_app()
    db = open_database(str(sample_database(scale)))
    project = list_projects(db)[0]
    quarters = [q.label for q in project_quarters(project)]
    period, other_period = quarters[len(quarters) // 2], quarters[len(quarters) // 2 + 1]
    dog = Watchdog()
    measures: dict[str, Measure] = {}

    def record(name: str, blocked_target: float, shown_target: float, action, done) -> None:
        entry = measures.setdefault(name, Measure(name, [], [], [], blocked_target, shown_target))
        if SAMPLER:
            SAMPLER.action = name
        blocked, working, shown = measure(app, dog, action, done)
        if SAMPLER:
            SAMPLER.action = None
        entry.blocked_ms.append(blocked)
        entry.working_ms.append(working)
        entry.shown_ms.append(shown)

    for number in range(repeat):
        one_round(app, db, project, number, periods=(period, other_period), record=record)
    db.dispose()
    return list(measures.values())


def one_round(app, db, project, number: int, *, periods: tuple[str, str], record) -> None:
    """One pass of every scripted action on a new main window."""
    from PySide6.QtCore import Qt

    from ui.main_window import PAGE_KEYS, MainWindow

    period, other_period = periods
    countries = list(project.countries)
    window = MainWindow(db)
    window.resize(1400, 900)
    window.show()
    # An officer's first click comes after the start-up's own background work (the warm-up imports).
    _settle(app, lambda: window.project_combo.count() > 0 and getattr(window, "warmed_up", False))
    if SWITCH_INTERVAL:  # instead of the window's own (ui/interpreter.py)
        sys.setswitchinterval(SWITCH_INTERVAL)
    window.set_context(project.code, countries[number % len(countries)], period)
    for key in PAGE_KEYS:
        page_target = 2000 if key == "dashboard" else 1000
        record(
            f"show {key} (first time)",
            50,
            page_target,
            lambda k=key: window.show_page(k),
            lambda k=key: _idle(window.pages[k])(),
        )
    results = window.pages["results"]
    window.show_page("results")
    _settle(app, _idle(results))
    record(
        "change period (Results)",
        50,
        1000,
        lambda: window.set_context(project.code, window.context.country, other_period),
        _idle(results),
    )
    record(
        "change country (Results)",
        50,
        1000,
        lambda: window.set_context(project.code, countries[(number + 1) % len(countries)], period),
        _idle(results),
    )
    record(
        "select another indicator",
        50,
        300,
        lambda: results.table.selectRow((number + 1) % max(results.proxy.rowCount(), 1)),
        _idle(results),
    )
    window.show_page("dashboard")
    dashboard = window.pages["dashboard"]
    _settle(app, _idle(dashboard))
    record(
        "change period (dashboard)",
        50,
        2000,
        lambda: window.set_context(project.code, window.context.country, other_period),
        _idle(dashboard),
    )
    activities = window.pages["activities"]
    window.show_page("activities")
    _settle(app, _idle(activities))
    record(
        "Activities, all countries",
        50,
        500,
        lambda: window.set_context(project.code, None, period),
        _idle(activities),
    )
    record(
        "Activities sorted by title",
        50,
        500,
        lambda: activities.table.sortByColumn(7, Qt.SortOrder.AscendingOrder),
        _idle(activities),
    )
    code = activities.model.row_at(0).code

    def open_form(code=code):
        dialog = activities.form_dialog(code)
        dialog.show()
        return dialog

    def form_done(dialog):
        def done() -> bool:
            ready = not dialog.loads.waiting() and (
                dialog.roster_panel is None or not dialog.roster_panel.loads.waiting()
            )
            if ready:
                dialog.close()
            return ready

        return done

    record("open an activity form", 50, 300, open_form, form_done)
    participants = window.pages["participants"]
    window.show_page("participants")
    _settle(app, _idle(participants))
    for column in range(1, 9):

        def sort(column: int = column) -> None:
            participants.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)

        def sorted_done() -> bool:
            return not participants.loads.waiting() and participants.model.cached_row(0) is not None

        record("participants sorted by a column", 50, 500, sort, sorted_done)

    def open_duplicates():
        dialog = participants.duplicates_dialog()
        dialog.show()
        return dialog

    def duplicates_done(dialog):
        def done() -> bool:
            ready = not dialog.loads.waiting()
            if ready:
                dialog.close()
            return ready

        return done

    record("open the duplicates review", 50, 300, open_duplicates, duplicates_done)
    window.close()
    window.deleteLater()
    app.processEvents()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.responsiveness")
    parser.add_argument("--scale", default="large", choices=["small", "medium", "large"])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--why", action="store_true", help="sample the GUI thread's stack during missed ones")
    parser.add_argument(
        "--switch-interval", type=float, help="switch interval instead of the window's (seconds)"
    )
    args = parser.parse_args(argv)
    global SWITCH_INTERVAL
    SWITCH_INTERVAL = args.switch_interval
    global SAMPLER
    SAMPLER = Sampler() if args.why else None
    rows = [m.row() for m in run(args.scale, args.repeat)]
    heading = ["action", "GUI blocked (median)", "content shown (median)", "GUI working in the gap", ""]
    widths = [max(len(r[i]) for r in [heading, *rows]) for i in range(5)]
    for row in [heading, *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
    if SAMPLER:
        SAMPLER.report({r[0] for r in rows if r[4] != "met"})
    return 0 if all(r[4] == "met" for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
