"""Child process for the memory benchmark: open the app on a database, visit every page, print peak RSS.

Each page is shown through the window's own navigation and given time to finish what it loads in
workers before the next one, so every page's data has been in memory by the end.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def peak_rss_mb() -> float:
    try:
        import resource
    except ImportError:  # Windows: the benchmark documents this measure on Linux
        return float("nan")
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def settle(app) -> None:
    from PySide6.QtCore import QThreadPool

    for _ in range(3):
        app.processEvents()
        QThreadPool.globalInstance().waitForDone()
    app.processEvents()


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from flare_monitor.db.migrate import open_database
    from ui.main_window import PAGE_KEYS, MainWindow

    app = QApplication(sys.argv[:1])
    window = MainWindow(open_database(sys.argv[1]))
    window.resize(1400, 900)
    window.show()
    settle(app)
    for key in PAGE_KEYS:
        window.show_page(key)
        settle(app)
        if os.environ.get("FLARE_MEMORY_TRACE"):
            print(f"{key}: {peak_rss_mb():.1f}", file=sys.stderr, flush=True)
    print(f"{peak_rss_mb():.1f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
