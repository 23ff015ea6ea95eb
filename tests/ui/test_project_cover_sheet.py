"""The project form's donor cover sheet: what the TPR's cover and certification print, entered in the app."""

from __future__ import annotations

import pytest

from flare_monitor.actions.project_details import show_project


@pytest.fixture
def page(window):
    window.show_page("project")
    return window.pages["project"]


def test_the_cover_sheet_is_shown_saved_and_cleared_from_the_form(qtbot, page, window):
    from ui.dialogs.project_form import ProjectDialog

    before = show_project(window.db, "BRIDGE")
    dialog = ProjectDialog(window.db, "BRIDGE", page)
    qtbot.addWidget(dialog)
    assert dialog.uei.text() == (before.grantee_uei or "")
    assert dialog.representative_name.text() == (before.representative_name or "")
    dialog.uei.setText("ZQGGHJH74DW7")
    dialog.hq_contact.setPlainText("Ana Pérez, Chief Technical Adviser\nperez@ilo.org")
    dialog.field_contact.setPlainText("")
    dialog.funding.setText("13,500,000")
    dialog.representative_name.setText("María López")
    dialog.representative_title.setText("Director, Partnerships")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    after = show_project(window.db, "BRIDGE")
    assert after.grantee_uei == "ZQGGHJH74DW7"
    assert after.hq_contact == "Ana Pérez, Chief Technical Adviser\nperez@ilo.org"
    assert after.field_contact is None
    assert after.total_funding == 13_500_000
    assert (after.representative_name, after.representative_title) == (
        "María López",
        "Director, Partnerships",
    )
    assert (after.title, after.grant_number) == (before.title, before.grant_number)  # the rest as it was

    dialog = ProjectDialog(window.db, "BRIDGE", page)  # reopened: shown as stored
    qtbot.addWidget(dialog)
    assert dialog.funding.text() == "13500000" and dialog.uei.text() == "ZQGGHJH74DW7"


def test_a_bad_amount_is_shown_beside_its_field_on_the_cover_tab(qtbot, page, window):
    from ui.dialogs.project_form import ProjectDialog

    before = show_project(window.db, "BRIDGE")
    dialog = ProjectDialog(window.db, "BRIDGE", page)
    qtbot.addWidget(dialog)
    dialog.funding.setText("about a million")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.tabs.currentWidget() is dialog.cover_tab
    assert "not an amount" in dialog.errors.message("total_funding")
    assert show_project(window.db, "BRIDGE").total_funding == before.total_funding


def test_the_forms_tab_order_is_set_once_they_are_in_their_dialog(qtbot, page, window, qtlog):
    """Rows added to a layout not yet placed in the dialog get their Tab order once it is (Qt refused it
    before, with a warning at every form)."""
    from PySide6.QtCore import Qt

    from ui.dialogs.project_form import ProjectDialog

    dialog = ProjectDialog(window.db, "BRIDGE", page)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.cover_tab)

    def after(widget, count: int = 2) -> list:
        found = []
        while len(found) < count:
            widget = widget.nextInFocusChain()
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(dialog):
                found.append(widget)
        return found

    qtbot.waitUntil(lambda: after(dialog.uei) == [dialog.hq_contact, dialog.field_contact])
    assert not [r.message for r in qtlog.records if "setTabOrder" in r.message]
