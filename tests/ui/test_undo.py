"""Edit › Undo (Ctrl+Z) takes back the officer's last actions; Redo does them again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from flare_monitor.db.audit import AuditEntry
from flare_monitor.db.models import Activity, Attendance

APRIL = "BR-PK-2024-TRN-APR"


def _roster(db) -> int:
    with db.session(audit=False) as s:
        activity = s.scalar(select(Activity.id).where(Activity.code == APRIL))
        if activity is None:
            return -1
        return s.scalar(
            select(func.count()).select_from(Attendance).where(Attendance.activity_id == activity)
        )


def test_ctrl_z_brings_back_a_deleted_training_with_its_attendance(qtbot, window, demo_db, message_boxes):
    window.show_page("activities")
    page = window.pages["activities"]
    assert page.select_code(APRIL)
    people = _roster(demo_db)
    assert people > 0 and not window.undo_action.isEnabled()
    page.delete_selected()  # asked twice (the activity, then with its attendance): answered Yes
    assert _roster(demo_db) == -1 and page.model.find_code(APRIL) < 0
    assert window.undo_action.isEnabled() and APRIL in window.undo_action.text()

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _roster(demo_db) == people
    assert page.model.find_code(APRIL) >= 0, "the page shows it again"
    with demo_db.session(audit=False) as s:
        trail = s.execute(
            select(AuditEntry.action, AuditEntry.comment).where(AuditEntry.entity == "activity")
        ).all()
    assert ("delete", None) in [(str(a), c) for a, c in trail] and ("create", "undo") in [
        (str(a), c) for a, c in trail
    ], "the trail shows the delete and the undo"

    assert window.redo_action.isEnabled()
    window.redo_action.trigger()
    assert _roster(demo_db) == -1
    assert window.undo_action.isEnabled() and not window.redo_action.isEnabled()


def test_an_undo_refused_says_why_and_keeps_the_history(qtbot, window, demo_db, message_boxes):
    from flare_monitor.services import activities as service

    window.show_page("activities")
    page = window.pages["activities"]
    dialog = page.form_dialog(APRIL)
    qtbot.addWidget(dialog)
    dialog.venue.setText("Serena Hotel, Quetta")
    dialog.accept()
    assert window.undo_action.isEnabled()
    with demo_db.session(user="amina") as s:
        service.get_activity(s, APRIL).title = "Renamed by a colleague"
    window.undo_action.trigger()
    assert any("amina" in text for text in message_boxes.texts("warning"))
    assert window.undo_action.isEnabled(), "still there to try again"
