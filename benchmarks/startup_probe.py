"""Child process for the start-up benchmark: print "painted" once the first main window has painted.

`bare`: an empty QMainWindow, started the same way — the baseline. `app`: the real start path of
`flare-monitor --db FILE` (main.main: arguments, logging, the database check and migration check, the
instance lock, fonts, the main window with its first page), exactly as a user starts it.

Both watch the whole application for the first Paint event of a top-level QMainWindow and report on
the next turn of the event loop, i.e. after that window and all its children have painted. The parent
times from starting the process to reading the line (benchmarks.cases.bench_startup).
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    if len(sys.argv) > 3:  # a settings folder of its own: the user's saved page must not change the measure
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[3])

    def painted() -> None:
        print("painted", flush=True)
        app.quit()

    class FirstPaint(QObject):
        done = False

        def eventFilter(self, obj, event):  # noqa: N802 - Qt API
            if (
                not self.done
                and event.type() == QEvent.Type.Paint
                and isinstance(obj, QMainWindow)
                and obj.isWindow()
            ):
                self.done = True
                QTimer.singleShot(0, painted)  # after the children of this paint pass
            return False

    watcher = FirstPaint()
    app.installEventFilter(watcher)
    if sys.argv[1] == "bare":
        window = QMainWindow()
        window.resize(1200, 760)
        window.show()
        return app.exec()
    import main as flare_monitor_main

    return flare_monitor_main.main(["--db", sys.argv[2]])


if __name__ == "__main__":
    sys.exit(main())
