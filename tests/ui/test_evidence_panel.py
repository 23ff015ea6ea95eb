"""The attachments panel: files dropped on an activity's form are attached, with their thumbnails drawn in
workers; refusals are listed without a dialog; a locked period keeps its evidence."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from flare_monitor.actions import evidence as actions
from flare_monitor.services import period_locks
from flare_monitor.services.projects import list_projects
from tests.flare_monitor.evidence import samples
from ui import workers
from ui.dialogs.activity_form import ActivityDialog
from ui.evidence_panel import EvidenceDialog, EvidencePanel

APRIL = "BR-PK-2024-TRN-APR"
SCREENSHOTS = Path("/tmp/flare-evidence-screens")


def _drop(widget, paths: list[Path]) -> None:
    """Drag files from a file manager and drop them on `widget` (Qt delivers a drop only after the drag
    entered and was accepted)."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    copy, left, none = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    try:  # Qt 6.12 takes a QPointF (a QPoint is deprecated); earlier versions only a QPoint
        enter = QDragEnterEvent(QPoint(20, 20).toPointF(), copy, data, left, none)
    except TypeError:
        enter = QDragEnterEvent(QPoint(20, 20), copy, data, left, none)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted(), "the panel refused the dragged files"
    QApplication.sendEvent(widget, QDropEvent(QPoint(20, 20).toPointF(), copy, data, left, none))


@pytest.fixture
def form(qtbot, demo_db):
    with demo_db.session() as s:
        bridge = next(p for p in list_projects(s) if p.code == "BRIDGE")
    dialog = ActivityDialog(demo_db, bridge, APRIL)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.evidence_panel is not None)
    return dialog


def _files(tmp_path) -> list[Path]:
    photo, sheet = tmp_path / "day one.jpg", tmp_path / "signed sheet.pdf"
    photo.write_bytes(samples.image("JPEG", (640, 480), (30, 140, 60)))
    sheet.write_bytes(samples.pdf("Signed attendance sheet"))
    return [photo, sheet]


def test_dropping_two_files_on_an_activity_attaches_them_with_thumbnails(qtbot, form, demo_db, tmp_path):
    panel: EvidencePanel = form.evidence_panel
    form.tabs.setCurrentWidget(panel)
    assert form.tabs.tabText(form.tabs.indexOf(panel)) == "Evidence (0)"
    _drop(panel, _files(tmp_path))
    dialog = panel.details_dialog
    assert dialog is not None and [p.name for p in dialog.paths] == ["day one.jpg", "signed sheet.pdf"]
    assert dialog.types[0].currentData() == "photo"
    dialog.types[1].setCurrentIndex(dialog.types[1].findData("attendance_sheet"))
    dialog.captions[1].setText("Signed by the 40 officers")
    SCREENSHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SCREENSHOTS / "attach-dialog.png"))
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    qtbot.waitUntil(lambda: panel.model.rowCount() == 2 and panel.thumbnail_count() == 2)
    rows = panel.model.rows()
    assert [(r.original_name, r.type, r.personal) for r in rows] == [
        ("day one.jpg", "photo", True),
        ("signed sheet.pdf", "attendance_sheet", True),
    ]
    assert rows[1].caption == "Signed by the 40 officers"
    assert form.tabs.tabText(form.tabs.indexOf(panel)) == "Evidence (2)"
    assert "Attached: day one.jpg, signed sheet.pdf." in panel.message.text()
    icon = panel.model.data(panel.model.index(0), Qt.ItemDataRole.DecorationRole)
    pixmap = icon.pixmap(96, 96)
    assert pixmap.toImage().pixelColor(pixmap.width() // 2, pixmap.height() // 2).green() > 100
    form.resize(760, 560)
    form.grab().save(str(SCREENSHOTS / "activity-evidence.png"))
    stored = actions.list_evidence(demo_db, actions.EvidenceQuery(activity=APRIL))
    assert [r.id for r in stored] == [r.id for r in rows]


def test_refused_files_are_listed_and_the_others_attached(qtbot, form, tmp_path):
    panel = form.evidence_panel
    program = tmp_path / "report.pdf"
    program.write_bytes(samples.windows_program())
    good = _files(tmp_path)[1]
    panel.attach([program, good])
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    text = panel.message.text()
    assert (
        "Attached: signed sheet.pdf." in text
        and "report.pdf: it is a Windows program (.exe or .dll), not a document" in text
    )
    assert panel.message.isVisibleTo(panel)


def test_removal_in_a_locked_period_is_refused_with_a_message(qtbot, form, demo_db, tmp_path, message_boxes):
    panel = form.evidence_panel
    panel.attach(_files(tmp_path)[1:])
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    with demo_db.session() as session:
        period_locks.lock_period(session, "BRIDGE", "FY2024-Q3", "report submitted to USDOL")
    panel.view.setCurrentIndex(panel.model.index(0))
    assert panel.remove_button.isEnabled()
    panel.remove_selected()
    assert any(
        "Cannot remove signed sheet.pdf" in t and "locked" in t for t in message_boxes.texts("warning")
    )
    panel.reload()
    assert panel.model.rowCount() == 1


def test_a_huge_image_gets_no_thumbnail_and_no_error(tmp_path):
    """6000 × 6000 pixels is accepted as evidence, but decoding it whole would take 144 MB: Qt's
    allocation limit refuses it, and the file keeps its plain icon."""
    from PIL import Image

    path = tmp_path / "big.png"
    Image.new("RGB", (6000, 6000), (0, 0, 0)).save(path)
    assert workers.thumbnail_image(path.read_bytes(), "image/png", 96) is None
    small = workers.thumbnail_image(samples.image("PNG", (400, 300)), "image/png", 96)
    assert (small.width(), small.height()) == (96, 72)


def test_the_dialog_for_a_narrative_section(qtbot, demo_db, tmp_path):
    target = actions.Target(section=actions.SectionKey("BRIDGE", "FY2024-Q3", "PK", "highlights"))
    dialog = EvidenceDialog(demo_db, target, "Highlights")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.panel.attach([_files(tmp_path)[0]])
    qtbot.waitUntil(lambda: dialog.panel.thumbnail_count() == 1)
    assert dialog.panel.model.rows()[0].label == "the highlights of FY2024-Q3 (PK)"


def test_the_narratives_page_opens_a_sections_evidence(qtbot, window, tmp_path):
    window.show_page("narratives")
    page = window.pages["narratives"]
    dialog = page.open_evidence("good_practices")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle().startswith("Evidence — Good practices — BRIDGE · FY2024-Q3")
    dialog.panel.attach([_files(tmp_path)[0]])
    qtbot.waitUntil(lambda: dialog.panel.model.rowCount() == 1)
    assert dialog.panel.model.rows()[0].label == "the good practices of FY2024-Q3 (PK)"
    dialog.resize(640, 420)
    dialog.grab().save(str(SCREENSHOTS / "narrative-evidence.png"))
    page.grab().save(str(SCREENSHOTS / "narratives-page.png"))
