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


def test_over_a_splitter_the_overlay_is_never_one_of_its_panes(qtbot):
    """A splitter takes each child widget for a pane: the overlay used to become a third pane, and the
    page kept a third of its width empty for it once hidden."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QSplitter, QVBoxLayout

    page = QWidget()
    qtbot.addWidget(page)
    splitter = QSplitter()
    splitter.addWidget(QWidget())
    splitter.addWidget(QWidget())
    QVBoxLayout(page).addWidget(splitter)
    page.resize(600, 400)
    page.show()
    qtbot.waitUntil(lambda: sum(splitter.sizes()) > 0, timeout=2000)
    sizes = splitter.sizes()
    overlay = jobs.BusyOverlay(splitter)
    overlay.start()
    qtbot.waitUntil(overlay.isVisible, timeout=2000)
    assert splitter.count() == 2
    assert overlay.geometry().topLeft() == splitter.mapTo(overlay.parentWidget(), QPoint(0, 0))
    assert overlay.size() == splitter.size()
    overlay.stop()
    qtbot.wait(20)
    assert splitter.count() == 2 and splitter.sizes() == sizes
