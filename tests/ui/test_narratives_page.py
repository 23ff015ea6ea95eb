"""Narratives page: five sections, save with Ctrl+S, reload, guard against losing unsaved text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from flare_monitor.services.narratives import get_narratives


@pytest.fixture
def page(window):
    window.show_page("narratives")
    return window.pages["narratives"]


def test_sections_and_key_figures(page):
    assert list(page.editors) == [
        "highlights",
        "challenges",
        "lessons_learned",
        "good_practices",
        "next_period_plan",
    ]
    assert "FY2024-Q3" in page.heading.text() and "Pakistan" in page.heading.text()
    text = page.figures.text()
    assert "People trained" in text and "Female" in text


def test_save_with_ctrl_s_and_reload(qtbot, window, page, demo_db):
    page.editors["highlights"].setPlainText("40 officers trained in Quetta — کوئٹہ میں تربیت")
    assert page.is_dirty() and page.save_button.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not page.is_dirty()
    with demo_db.session() as s:
        assert get_narratives(s, "BRIDGE", "FY2024-Q3", "PK")["highlights"].startswith("40 officers")
    window.period_combo.setCurrentIndex(window.period_combo.findData("FY2024-Q4"))
    assert page.editors["highlights"].toPlainText() == ""
    window.period_combo.setCurrentIndex(window.period_combo.findData("FY2024-Q3"))
    assert page.editors["highlights"].toPlainText() == "40 officers trained in Quetta — کوئٹہ میں تربیت"


def test_unsaved_changes_guard_on_context_change(qtbot, window, page, demo_db, message_boxes):
    page.editors["challenges"].setPlainText("Road closures")
    message_boxes.answer = QMessageBox.StandardButton.Cancel
    window.period_combo.setCurrentIndex(window.period_combo.findData("FY2024-Q4"))
    assert window.context.period_label == "FY2024-Q3"
    assert window.period_combo.currentData() == "FY2024-Q3"
    assert page.editors["challenges"].toPlainText() == "Road closures"

    message_boxes.answer = QMessageBox.StandardButton.Save
    window.period_combo.setCurrentIndex(window.period_combo.findData("FY2024-Q4"))
    assert window.context.period_label == "FY2024-Q4"
    assert page.editors["challenges"].toPlainText() == ""
    with demo_db.session() as s:
        assert get_narratives(s, "BRIDGE", "FY2024-Q3", "PK")["challenges"] == "Road closures"

    page.editors["challenges"].setPlainText("Draft to throw away")
    message_boxes.answer = QMessageBox.StandardButton.Discard
    window.country_combo.setCurrentIndex(0)
    assert window.context.country is None
    with demo_db.session() as s:
        assert get_narratives(s, "BRIDGE", "FY2024-Q4", "PK")["challenges"] == ""


def test_draft_survives_changes_on_other_pages(qtbot, window, page, demo_db):
    page.editors["lessons_learned"].setPlainText("Draft kept while editing elsewhere")
    window.show_page("activities")
    activities = window.pages["activities"]
    activities.dataChanged.emit()  # e.g. an activity was saved
    window.show_page("narratives")
    assert page.editors["lessons_learned"].toPlainText() == "Draft kept while editing elsewhere"
    assert page.is_dirty()


def test_other_pages_reload_after_a_change(qtbot, window, demo_db):
    from flare_monitor.services.participants import ParticipantIn, add_participant

    window.show_page("participants")
    participants = window.pages["participants"]
    before = participants.model.rowCount()
    with demo_db.session() as s:
        add_participant(s, ParticipantIn(full_name="Kamran Tareen", sex="male", country="PK"))
    window.show_page("activities")
    window.pages["activities"].dataChanged.emit()
    window.show_page("participants")
    assert participants.model.rowCount() == before + 1


def test_tab_order_follows_the_form(qtbot, window):
    window.show_page("activities")
    dialog = window.pages["activities"].form_dialog(None)
    qtbot.addWidget(dialog)
    order = dialog.errors.order
    assert order[0] is dialog.country and order[1] is dialog.subdivision and order[2] is dialog.code_edit
    assert all(w.accessibleName() for w in order)
    assert dialog.country.nextInFocusChain() is dialog.subdivision


def test_the_narrative_of_a_locked_period_is_read_only(window, demo_db):
    from flare_monitor.services.period_locks import lock_period

    with demo_db.session(user="mne.officer") as s:
        lock_period(s, "BRIDGE", "FY2024-Q3", "Report sent to USDOL", acknowledge="gaps known")
    window.show_page("narratives")
    page = window.pages["narratives"]
    assert all(edit.isReadOnly() for edit in page.editors.values())
    assert not page.error.isHidden()
    assert (
        "The narrative of FY2024-Q3 is in FY2024-Q3 of BRIDGE, which mne.officer locked on"
        in page.error.text()
    )
    window.period_combo.setCurrentIndex(window.period_combo.findData("FY2024-Q4"))
    assert not any(edit.isReadOnly() for edit in page.editors.values())
