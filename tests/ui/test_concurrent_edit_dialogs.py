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


# ------------------------------------------------------------------ in the officer's language


@pytest.fixture
def speaking(qapp, tmp_path, monkeypatch):
    """Install a UI language from the .ts files as they are now (compiled into a temporary folder)."""
    from ui import i18n, i18n_build

    i18n_build.compile_all(out=tmp_path)
    monkeypatch.setattr(i18n, "translation_file", lambda language: tmp_path / f"flare_monitor_{language}.qm")
    yield lambda language: i18n.install(qapp, language)
    i18n.install(qapp, "en")


def _refusals(demo_db, colleague) -> list[str]:
    """What the services say when a save is refused: changed (with and without a trail), deleted."""
    from flare_monitor.errors import ConcurrentEditError

    with demo_db.session() as s:
        detail = activities.activity_detail(s, APRIL)
    with colleague.session(user="amina") as s:
        activities.update_activity(s, APRIL, replace(detail.as_input(), venue="Serena Hotel, Quetta"))
    messages = []
    for seen in (detail.as_input(), None):
        with demo_db.session() as s, pytest.raises(ConcurrentEditError) as refused:
            activities.update_activity(s, detail.row.id, detail.as_input(), detail.version, seen=seen)
        messages.append(refused.value.message)
    with colleague.session(user="amina") as s:
        activities.delete_activity(s, APRIL, with_attendance=True)
    with demo_db.session() as s, pytest.raises(ConcurrentEditError) as refused:
        activities.update_activity(
            s, detail.row.id, detail.as_input(), detail.version, seen=detail.as_input()
        )
    return [*messages, refused.value.message]


@pytest.mark.parametrize(
    "lang, saved, deleted",
    [
        ("es", "Sus cambios no se guardaron", "eliminó"),
        ("fr", "Vos modifications n’ont pas été enregistrées", "a supprimé"),
    ],
)
def test_a_refused_save_is_explained_in_the_ui_language(demo_db, colleague, speaking, lang, saved, deleted):
    from ui import i18n

    changed, untracked, removed = _refusals(demo_db, colleague)
    assert "venue 'Quetta, Balochistan' → 'Serena Hotel, Quetta'" in changed and "deleted" in removed
    speaking(lang)
    for message in (changed, untracked, removed):
        shown = i18n.text(message)
        assert shown != message and shown.startswith("amina ") and "activity" not in shown, shown
        assert APRIL in shown or "activity at" in message  # a deleted record is "this activity"
    assert saved in i18n.text(changed) and "'Serena Hotel, Quetta'" in i18n.text(changed)
    assert saved in i18n.text(untracked) and deleted in i18n.text(removed)


def test_locking_a_period_a_colleague_just_locked_says_so_and_shows_it_locked(
    window, colleague, message_boxes, monkeypatch
):
    from PySide6.QtWidgets import QInputDialog

    from flare_monitor.services import period_locks

    results = window.pages["results"]
    window.show_page("results")
    assert "open for changes" in results.lock_state.text()
    with colleague.session(user="amina") as s:
        period_locks.lock_period(s, "BRIDGE", "FY2024-Q3", "Report sent to USDOL")

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Report submitted", True))
    results.toggle_lock()

    [shown] = message_boxes.texts("warning")
    assert "FY2024-Q3 of BRIDGE is already locked" in shown
    assert "is locked" in results.lock_state.text()  # the page now shows what is stored
    assert results.lock_button.text().replace("&", "") == "Unlock period…"
