"""Child process for the memory benchmark: open the app on a database, visit every page, print peak RSS."""

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


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from flare_monitor.db.migrate import open_database
    from ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    window = MainWindow(open_database(sys.argv[1]))
    window.show()
    app.processEvents()
    pages = getattr(window, "pages", None) or getattr(window, "stack", None)
    count = pages.count() if hasattr(pages, "count") else 0
    for index in range(count):
        pages.setCurrentIndex(index)
        for _ in range(5):
            app.processEvents()
    print(f"{peak_rss_mb():.1f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
