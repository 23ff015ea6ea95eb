"""Participants page: search in every script with debounce, the lazy 100,000-row register,
contact and sensitive columns, the form with inline validation, the duplicates review."""

from __future__ import annotations

import uuid
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import insert

from flare_monitor.db.models import Participant
from flare_monitor.services.participants import count_participants, find_duplicates, search_participants
from ui.models.participants import MASK, ParticipantsModel


@pytest.fixture
def page(window):
    window.country_combo.setCurrentIndex(0)  # all countries
    window.show_page("participants")
    return window.pages["participants"]


def _names(page) -> list[str]:
    return [page.model.index(r, ParticipantsModel.COL_NAME).data() for r in range(page.model.rowCount())]


def test_lists_register_and_model_is_sound(page, demo_db, qtmodeltester):
    with demo_db.session() as s:
        assert page.model.rowCount() == count_participants(s)
    assert page.model.rowCount() > 0
    qtmodeltester.check(page.model)


def test_search_non_ascii_with_debounce(qtbot, page):
    page.search.setText("ба")  # keyClicks with non-ASCII text aborts the process
    assert page.debounce.isActive()
    qtbot.waitUntil(lambda: not page.debounce.isActive())
    names = _names(page)
    assert names and any("Бат-Эрдэнэ" in name for name in names)
    assert "participants" in page.count_label.text()
    page.search.setText("")
    qtbot.waitUntil(lambda: page.model.rowCount() > len(names))


def test_search_typing_restarts_the_timer(qtbot, page, monkeypatch):
    calls = []
    monkeypatch.setattr(page.model, "set_query", lambda *a: calls.append(a))
    for text in ("a", "ab", "abc"):
        qtbot.keyClicks(page.search, text[-1])
    qtbot.waitUntil(lambda: calls != [])
    assert calls == [("abc", None)]


def test_contact_columns_hidden_until_toggled(qtbot, page):
    assert page.table.isColumnHidden(ParticipantsModel.COL_PHONE)
    assert page.table.isColumnHidden(ParticipantsModel.COL_EMAIL)
    page.show_contacts.setChecked(True)
    assert not page.table.isColumnHidden(ParticipantsModel.COL_PHONE)
    page.show_contacts.setChecked(False)
    assert page.table.isColumnHidden(ParticipantsModel.COL_EMAIL)


def test_sensitive_records_masked(qtbot, page, demo_db):
    with demo_db.session(audit=False) as s:
        from flare_monitor.services.participants import ParticipantIn, add_participant

        add_participant(
            s,
            ParticipantIn(
                full_name="Zarmina Qwertova", sex="female", phone="+92 300 1112223", sensitive=True
            ),
        )
    page.search.setText("qwertova")
    page.run_search()
    assert page.model.rowCount() == 1
    assert page.model.index(0, ParticipantsModel.COL_MARK).data() == "●"
    assert "Zarmina" not in page.model.index(0, ParticipantsModel.COL_NAME).data()
    assert page.model.index(0, ParticipantsModel.COL_PHONE).data() == MASK
    page.show_sensitive.setChecked(True)
    assert page.model.index(0, ParticipantsModel.COL_NAME).data() == "Zarmina Qwertova"


def test_new_participant_inline_validation(qtbot, page):
    dialog = page.participant_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Ганбаатар Тестов")
    qtbot.keyClicks(dialog.email, "not-an-address")
    dialog.accept()
    assert dialog.isVisible()
    assert "not an e-mail address" in dialog.errors.message("email")
    dialog.email.clear()
    qtbot.keyClicks(dialog.email, "g.ochir@example.org")
    assert dialog.errors.message("email") == ""
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(
            dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save),
            Qt.MouseButton.LeftButton,
        )
    page.search.setText("ганбаатар тестов")
    page.run_search()
    assert _names(page) == ["Ганбаатар Тестов"]


def test_edit_keeps_fields_the_form_does_not_show(qtbot, page, demo_db):
    with demo_db.session() as s:
        row = search_participants(s, "Бат-Эрдэнэ")[0]
    dialog = page.participant_dialog(row.id)
    qtbot.addWidget(dialog)
    assert dialog.name.text() == row.full_name
    dialog.position.setText("Inspector")
    dialog.accept()
    with demo_db.session() as s:
        again = search_participants(s, "Бат-Эрдэнэ")[0]
    assert again.position == "Inspector" and again.organization == row.organization


def test_duplicates_review_merges(qtbot, page, demo_db, message_boxes):
    with demo_db.session() as s:
        before = len(find_duplicates(s))
        total = count_participants(s)
    assert before > 0, "the demo data holds duplicate candidates"
    dialog = page.duplicates_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.model.rowCount() == before
    pair = dialog.current_pair()
    assert dialog.left["name"].text() == pair.first.full_name
    assert dialog.right["name"].text() == pair.second.full_name
    assert pair.reason in dialog.reason.text()
    with qtbot.waitSignal(dialog.merged):
        qtbot.mouseClick(dialog.merge_left, Qt.MouseButton.LeftButton)
    assert len(message_boxes.texts("question")) == 1
    assert dialog.model.rowCount() < before
    with demo_db.session() as s:
        assert count_participants(s) == total - 1
        kept = {r.id for r in search_participants(s, limit=total)}
    assert pair.first.id in kept and pair.second.id not in kept
    assert page.model.rowCount() == total - 1


def test_duplicates_model(qtbot, page, qtmodeltester):
    dialog = page.duplicates_dialog()
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)


def test_merge_cancelled_changes_nothing(qtbot, page, demo_db, message_boxes):
    from PySide6.QtWidgets import QMessageBox

    message_boxes.answer = QMessageBox.StandardButton.No
    dialog = page.duplicates_dialog()
    qtbot.addWidget(dialog)
    before = dialog.model.rowCount()
    dialog.merge(keep_left=False)
    assert dialog.model.rowCount() == before


def _bulk_participants(db, n: int) -> None:
    now = datetime(2024, 1, 1)
    rows = []
    for i in range(n):
        name = f"Person {i:06d}"
        rows.append(
            {
                "id": uuid.uuid4(),
                "created_at": now,
                "updated_at": now,
                "version": 1,
                "full_name": name,
                "search_name": name.lower(),
                "name_key": name.lower(),
                "sex": "female" if i % 2 else "male",
                "consent": True,
                "sensitive": False,
            }
        )
    with db.engine.begin() as conn:
        conn.execute(insert(Participant), rows)


@pytest.mark.slow
def test_register_of_100000_people_loads_lazily(qtbot, db):
    from ui.main_window import MainWindow

    _bulk_participants(db, 100_000)
    win = MainWindow(db)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    page = win.pages["participants"]
    win.show_page("participants")
    qtbot.waitUntil(lambda: page.model.rowCount() == 100_000)
    page.table.viewport().repaint()
    assert page.model.fetched_rows < 1000
    # Jump to the end, as a user dragging the scroll bar would.
    page.table.scrollToBottom()
    page.table.viewport().repaint()
    assert page.model.fetched_rows < 1000
    last = page.model.index(99_999, ParticipantsModel.COL_NAME).data()
    assert last == "Person 099999"
    page.search.setText("person 05")
    page.run_search()
    assert page.model.rowCount() == 10_000
    assert page.model.fetched_rows < 1000
