"""Child process for the start-up benchmark: print "painted" when the first window has painted.

`bare`: an empty QMainWindow, started the same way — the baseline. `app`: the FLARE Monitor start
path (open and migrate the database, build the main window with its first page).
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    if sys.argv[1] == "bare":
        window = QMainWindow()
        window.resize(1200, 760)
    else:
        from flare_monitor.db.migrate import open_database
        from ui.main_window import MainWindow

        window = MainWindow(open_database(sys.argv[2]))

    class PaintWatcher(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.Paint:
                print("painted", flush=True)
                app.quit()
            return False

    watcher = PaintWatcher()
    window.installEventFilter(watcher)
    window.show()
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main())
