"""The Qt binding the app runs on keeps Python's reference counts right.

PySide6 6.12.0 releases a reference to None it never took on every call of a static Qt function that
returns nothing (QTimer.singleShot, QCoreApplication.processEvents, sendPostedEvents…). On Python 3.11,
where None is not immortal, the app then aborts with "deallocating None" after a few thousand timers:
hours into an officer's day. pyproject.toml keeps that version out; this test fails if it comes back.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QCoreApplication, QTimer

CALLS = 2000


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_static_qt_calls_keep_none_alive(qapp):
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents()
        QTimer.singleShot(0, lambda: None)
    QCoreApplication.processEvents()
    # Other objects come and go meanwhile; a lost reference per call would show as thousands.
    assert sys.getrefcount(None) > before - CALLS // 2
