"""The "Loading…" over the part of a page that waits: only after a short delay, covering that part and
following its size while shown, and watching the part's events only while shown."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from ui import jobs


def test_the_overlay_appears_late_covers_its_part_and_lets_it_go(qtbot):
    part = QWidget()
    qtbot.addWidget(part)
    part.resize(400, 300)
    part.show()
    overlay = jobs.BusyOverlay(part)
    overlay.start()
    assert overlay.waiting() and not overlay.isVisible()  # a fast answer never shows it
    qtbot.waitUntil(overlay.isVisible, timeout=2000)
    assert overlay.geometry() == part.rect()
    part.resize(500, 350)
    qtbot.waitUntil(lambda: overlay.geometry() == part.rect(), timeout=2000)
    overlay.stop()
    assert not overlay.isVisible() and not overlay.waiting()
    seen = []
    original = overlay.eventFilter
    overlay.eventFilter = lambda watched, event: seen.append(event.type()) or original(watched, event)
    part.resize(300, 200)
    QWidget.update(part)
    qtbot.wait(50)
    assert QEvent.Type.Resize not in seen  # no longer watching the part


def test_a_stopped_overlay_never_appears(qtbot):
    part = QWidget()
    qtbot.addWidget(part)
    part.show()
    overlay = jobs.BusyOverlay(part)
    overlay.start()
    overlay.stop()
    qtbot.wait(jobs.BUSY_DELAY_MS + 100)
    assert not overlay.isVisible()
