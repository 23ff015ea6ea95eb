"""Edit dialogs when someone else saved the record meanwhile: the message says what changed, the form
stays open with the user's input, and nothing of theirs is written over the other save."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QDialog

from flare_monitor.db.migrate import open_database
from flare_monitor.services import activities, participants
from flare_monitor.services.projects import list_projects
from ui.dialogs.activity_form import ActivityDialog
from ui.dialogs.participant_form import ParticipantDialog

APRIL = "BR-PK-2024-TRN-APR"


@pytest.fixture
def colleague(db_url, demo_db):
    """A colleague's app on the same database (its own connections)."""
    database = open_database(db_url)
    yield database
    database.dispose()


def test_activity_form_refuses_a_stale_save_and_stays_open(qtbot, demo_db, colleague, message_boxes):
    with demo_db.session() as s:
        bridge = next(p for p in list_projects(s) if p.code == "BRIDGE")
    dialog = ActivityDialog(demo_db, bridge, APRIL)
    qtbot.addWidget(dialog)
    dialog.show()
    with colleague.session(user="amina") as s:
        detail = activities.activity_detail(s, APRIL)
        activities.update_activity(s, APRIL, replace(detail.as_input(), venue="Serena Hotel, Quetta"))

    dialog.title_edit.setText("My new title")
    dialog.accept()

    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    shown = dialog.general_error.text()
    assert not dialog.general_error.isHidden()
    assert shown.startswith("amina saved activity " + APRIL) and "venue" in shown and "Serena Hotel" in shown
    assert "Your changes were not saved" in shown
    assert dialog.title_edit.text() == "My new title"  # the user's input is still there to copy
    assert message_boxes.shown == []
    with demo_db.session() as s:
        stored = activities.activity_detail(s, APRIL).row
    assert stored.venue == "Serena Hotel, Quetta" and stored.title != "My new title"


def test_participant_form_refuses_a_stale_save(qtbot, demo_db, colleague):
    with demo_db.session() as s:
        person = participants.search_participants(s, "Бат-Эрдэнэ")[0]
    dialog = ParticipantDialog(demo_db, person.id)
    qtbot.addWidget(dialog)
    with colleague.session(user="amina") as s:
        detail = participants.participant_detail(s, person.id)
        participants.update_participant(s, person.id, replace(detail.as_input(), position="Senior inspector"))

    dialog.email.setText("inspector@example.org")
    dialog.accept()

    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "position" in dialog.general_error.text() and "Senior inspector" in dialog.general_error.text()
    with demo_db.session() as s:
        assert participants.participant_detail(s, person.id).email != "inspector@example.org"
