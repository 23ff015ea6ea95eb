"""Activities page: table, filters, the form with inline validation, roster edits, delete."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from flare_monitor.services.activities import list_activities
from flare_monitor.services.attendance import roster
from ui.dialogs.activity_form import ActivityDialog
from ui.models.activities import ActivityTableModel, RosterModel


@pytest.fixture
def page(window):
    window.show_page("activities")
    return window.pages["activities"]


def test_lists_project_activities_in_country(page, demo_db, qtmodeltester):
    with demo_db.session() as s:
        expected = {a.code for a in list_activities(s, project="BRIDGE", country="PK")}
    codes = {page.model.row_at(r).code for r in range(page.model.rowCount())}
    assert codes == expected and "BR-PK-2024-TRN-APR" in codes
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)


def test_context_country_change_reloads(qtbot, window, page):
    window.country_combo.setCurrentIndex(window.country_combo.findData("NP"))
    countries = {page.model.row_at(r).country for r in range(page.model.rowCount())}
    assert countries == {"NP"}
    window.country_combo.setCurrentIndex(0)  # all countries
    countries = {page.model.row_at(r).country for r in range(page.model.rowCount())}
    assert {"PK", "NP"} <= countries


def test_filters(qtbot, page):
    total = page.proxy.rowCount()
    qtbot.keyClicks(page.search, "trn-apr")
    assert page.proxy.rowCount() == 1
    assert page.proxy.index(0, ActivityTableModel.COL_CODE).data() == "BR-PK-2024-TRN-APR"
    page.search.clear()
    assert page.proxy.rowCount() == total
    page.type_filter.setCurrentIndex(page.type_filter.findData("training"))
    trainings = page.proxy.rowCount()
    assert 0 < trainings < total
    assert all(
        page.proxy.index(r, ActivityTableModel.COL_TYPE).data() == "Training" for r in range(trainings)
    )
    page.status_filter.setCurrentIndex(page.status_filter.findData("planned"))
    assert all(
        page.proxy.index(r, ActivityTableModel.COL_STATUS).data() == "Planned"
        for r in range(page.proxy.rowCount())
    )
    assert "of" in page.count_label.text()


def _new_dialog(page) -> ActivityDialog:
    dialog = page.form_dialog(None)
    dialog.show()
    return dialog


def test_create_with_inline_validation_error_then_fix(qtbot, page, demo_db):
    dialog = _new_dialog(page)
    qtbot.addWidget(dialog)
    assert dialog.country.currentData() == "PK"
    assert dialog.code_edit.text().startswith("BR-PK-"), "a code is proposed in the project's style"
    dialog.code_edit.clear()
    qtbot.keyClicks(dialog.code_edit, "BR-PK-2024-WS-NEW")
    dialog.title_edit.setText("Atelier de validation — بلوچستان")  # non-ASCII through setText
    dialog.type.setCurrentIndex(dialog.type.findData("workshop"))
    dialog.start.setDate(QDate(2024, 5, 10))
    dialog.end.setDate(QDate(2024, 5, 9))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.isVisible(), "the dialog stays open on a validation error"
    message = dialog.errors.message("end")
    assert "before the start" in message
    end_label = dialog.errors.labels["end"]
    assert end_label.isVisible() and "b00020" in end_label.styleSheet()
    assert end_label.parentWidget() is dialog.end.parentWidget(), "the message sits with the end field"
    dialog.end.setDate(QDate(2024, 5, 11))
    assert not end_label.isVisible(), "cleared when the field changes"
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert saved.args == ["BR-PK-2024-WS-NEW"]
    assert not dialog.isVisible()
    assert page.model.find_code("BR-PK-2024-WS-NEW") >= 0
    assert page.selected_code() == "BR-PK-2024-WS-NEW"
    with demo_db.session() as s:
        row = next(a for a in list_activities(s, project="BRIDGE") if a.code == "BR-PK-2024-WS-NEW")
    assert (row.start, row.end, row.type) == (date(2024, 5, 10), date(2024, 5, 11), "workshop")


def test_edit_training_roster_inline(qtbot, page, demo_db, qtmodeltester):
    dialog = page.form_dialog("BR-PK-2024-TRN-APR")
    qtbot.addWidget(dialog)
    dialog.show()
    panel = dialog.roster_panel
    assert panel is not None and dialog.tabs.count() == 3  # details, attendance, evidence
    dialog.tabs.setCurrentWidget(panel)
    model = panel.model
    assert model.rowCount() > 0
    qtmodeltester.check(model)
    post = model.index(0, RosterModel.COL_POST)
    assert model.flags(post) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(post, "87.5")
    assert post.data() == "87.5"
    person = model.row_at(0).participant_id

    def stored():
        with demo_db.session() as s:
            return next(r for r in roster(s, "BR-PK-2024-TRN-APR") if r.participant_id == person)

    assert stored().post_test_score == 50.0, "a roster edit waits for the form's Save"
    # Out of range: refused, message shown under the roster, old value kept.
    with qtbot.waitSignal(model.errorOccurred):
        assert not model.setData(post, "140")
    assert "out of range" in panel.error.text() and not panel.error.isHidden()
    assert post.data() == "87.5"
    days = model.index(0, RosterModel.COL_DAYS)
    assert not model.setData(days, "9")  # the training lasted two days
    assert model.setData(days, "1")
    assert not panel.error.isVisible()
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert (stored().post_test_score, stored().days_attended) == (87.5, 1.0)


def test_cancel_drops_roster_edits(qtbot, page, demo_db):
    dialog = page.form_dialog("BR-PK-2024-TRN-APR")
    qtbot.addWidget(dialog)
    dialog.show()
    model = dialog.roster_panel.model
    person = model.row_at(0).participant_id
    assert model.setData(model.index(0, RosterModel.COL_POST), "99")
    dialog.reject()
    with demo_db.session() as s:
        saved = next(r for r in roster(s, "BR-PK-2024-TRN-APR") if r.participant_id == person)
    assert saved.post_test_score == 50.0


def test_roster_edit_through_the_view(qtbot, page, demo_db):
    dialog = page.form_dialog("BR-PK-2024-TRN-APR")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.roster_panel)
    view = dialog.roster_panel.table
    index = view.model().index(1, RosterModel.COL_PRE)
    view.setCurrentIndex(index)
    view.edit(index)
    from PySide6.QtWidgets import QLineEdit

    editor = view.viewport().findChild(QLineEdit)
    assert editor is not None
    editor.setText("55")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits through a queued call
    qtbot.waitUntil(lambda: index.data() == "55")
    assert dialog.roster_panel.error.text() == ""


def test_remove_from_roster_asks_first(qtbot, page, demo_db, message_boxes):
    from PySide6.QtWidgets import QMessageBox

    dialog = page.form_dialog("BR-PK-2024-TRN-APR")
    qtbot.addWidget(dialog)
    panel = dialog.roster_panel
    before = panel.model.rowCount()
    panel.table.selectRow(0)
    name = panel.model.row_at(0).full_name
    message_boxes.answer = QMessageBox.StandardButton.No
    panel.remove_selected()
    assert panel.model.rowCount() == before
    message_boxes.answer = QMessageBox.StandardButton.Yes
    panel.remove_selected()
    assert panel.model.rowCount() == before - 1
    assert any(name in text for text in message_boxes.texts("question"))
    with demo_db.session() as s:
        assert len(roster(s, "BR-PK-2024-TRN-APR")) == before, "removed when the form is saved"
    dialog.accept()
    with demo_db.session() as s:
        assert name not in {r.full_name for r in roster(s, "BR-PK-2024-TRN-APR")}


def test_delete_names_dependants_then_deletes_with_attendance(qtbot, page, demo_db, message_boxes):
    assert page.select_code("BR-PK-2024-TRN-APR")
    page.delete_selected()
    questions = message_boxes.texts("question")
    assert len(questions) == 2 and "attendance" in questions[1]
    assert page.model.find_code("BR-PK-2024-TRN-APR") < 0
    with demo_db.session() as s:
        assert "BR-PK-2024-TRN-APR" not in {a.code for a in list_activities(s, project="BRIDGE")}


def test_ctrl_n_opens_the_form(qtbot, window, page, monkeypatch):
    opened = []
    monkeypatch.setattr(page, "open_form", lambda code: opened.append(code))
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == [None]
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()


def test_a_training_with_ten_people_in_one_dialog(qtbot, page, demo_db, monkeypatch):
    """From New activity to Save without reopening: code proposed, dates from the period, the roster
    filled before the first save (five from the register, five entered as new people)."""
    from PySide6.QtWidgets import QDialog

    from flare_monitor.actions.participants import ParticipantQuery, search_participants
    from ui.dialogs.participant_form import ParticipantDialog

    steps = []
    dialog = _new_dialog(page)
    qtbot.addWidget(dialog)
    dialog.type.setCurrentIndex(dialog.type.findData("training"))
    steps.append("type")
    assert dialog.roster_panel is not None, "the Attendance tab is there before the first save"
    assert dialog.code_edit.text() == "BR-PK-2024-TRN-01", "proposed from project, country, year and type"
    start = dialog.start.date()
    assert (start.year(), start.month(), start.day()) == (2024, 4, 1), "dates from the chosen period"
    dialog.title_edit.setText("Training of labour inspectors, Quetta")
    steps.append("title")
    dialog.status.setCurrentIndex(dialog.status.findData("completed"))
    steps.append("status")
    assert dialog.actual_start.date() == dialog.start.date(), "actual dates copied from the planned ones"
    known = search_participants(demo_db, ParticipantQuery(text="", country="PK", limit=5))
    for person in known:
        dialog.roster_panel.add_person(person)
        steps.append("add from the register")

    def enter(new: ParticipantDialog) -> int:
        number = len(steps)
        new.name.setText(f"New inspector {number}")
        new.sex.setCurrentIndex(new.sex.findData("female" if number % 2 else "male"))
        new.organization.setEditText("Department of Labour, Quetta")
        new.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ParticipantDialog, "exec", enter)
    for _ in range(5):
        dialog.roster_panel.new_participant()
        steps.append("new participant")
    assert dialog.roster_panel.model.rowCount() == 10
    with qtbot.waitSignal(dialog.saved):
        dialog.accept()
        steps.append("save")
    assert len(steps) == 14, steps  # every step above is one action in this one dialog
    detail = __import__("flare_monitor.actions.activities", fromlist=["x"]).activity_detail(
        demo_db, "BR-PK-2024-TRN-01"
    )
    assert sum(detail.participants_by_sex.values()) == 10
def test_the_reason_of_a_postponed_activity_is_shown_kept_and_saved(qtbot, page, demo_db):
    dialog = page.form_dialog("BR-PK-2025-02")
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Sindh Labour and Human Resources Department" in dialog.reason.text()
    dialog.venue.setText("Hyderabad")  # an edit elsewhere keeps the reason
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    with demo_db.session() as s:
        row = next(a for a in list_activities(s, project="BRIDGE") if a.code == "BR-PK-2025-02")
    assert row.venue == "Hyderabad" and "Sindh" in (row.reason or "")
    dialog = page.form_dialog("BR-PK-2025-02")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reason.setText("New dates agreed for March 2026")
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    with demo_db.session() as s:
        row = next(a for a in list_activities(s, project="BRIDGE") if a.code == "BR-PK-2025-02")
    assert row.reason == "New dates agreed for March 2026"
