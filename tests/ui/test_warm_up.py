"""The warm-up imports the pages' modules in a worker while the officer looks at the first page."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_the_warm_up_imports_in_another_thread_without_qt_complaining():
    # The pages' modules are imported off the GUI thread: they must create no QObject while imported
    # (Qt would warn of an object made in one thread and used in another).
    script = (
        "import threading\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from ui import warm_up\n"
        "errors = []\n"
        "def run():\n"
        "    try:\n"
        "        warm_up.warm_up()\n"
        "    except BaseException as exc:\n"
        "        errors.append(exc)\n"
        "thread = threading.Thread(target=run)\n"
        "thread.start(); thread.join()\n"
        "import sys\n"
        "missing = [m for m in warm_up.MODULES if m not in sys.modules]\n"
        "print('errors', errors, 'missing', missing)\n"
        "sys.exit(1 if errors or missing else 0)\n"
    )
    root = Path(__file__).resolve().parents[2]
    run = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True, timeout=300,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})  # fmt: skip
    assert run.returncode == 0, run.stdout + run.stderr
    complaints = [line for line in run.stderr.splitlines() if "QObject" in line or "thread" in line.lower()]
    assert not complaints, complaints
