"""The shell: navigation by click and Ctrl+1..8, the context bar, settings remembered."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from flare_monitor.services.projects import ProjectRow
from ui.context import default_period, project_quarters
from ui.main_window import PAGE_KEYS


def _project(calendar="fiscal", start=date(2023, 1, 1), end=date(2026, 12, 31)):
    return ProjectRow("X", "X", "D", None, start, end, ("PK",), calendar, 10)


def test_quarters_in_the_project_calendar():
    fiscal = [q.label for q in project_quarters(_project("fiscal"))]
    assert fiscal[0] == "FY2023-Q2" and fiscal[-1] == "FY2027-Q1"
    calendar = [q.label for q in project_quarters(_project("calendar"))]
    assert calendar[0] == "2023-Q1" and calendar[-1] == "2026-Q4"
    assert default_period(_project("fiscal"), date(2024, 7, 15)) == "FY2024-Q3"
    assert default_period(_project("calendar"), date(2024, 6, 30)) == "2024-Q2"
    assert default_period(_project("calendar"), date(2020, 1, 1)) == "2023-Q1"  # nothing ended yet
    assert default_period(_project("calendar"), date(2030, 1, 1)) == "2026-Q4"


def test_navigation_by_click_and_shortcut(qtbot, window):
    assert window.nav.count() == 10
    for number, key in enumerate(PAGE_KEYS[:9], start=1):
        qtbot.keyClick(window, Qt.Key.Key_0 + number, Qt.KeyboardModifier.ControlModifier)
        assert window.stack.currentWidget() is window.pages[key]
    item = window.nav.item(2)
    rect = window.nav.visualItemRect(item)
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page() is window.pages["activities"]


def test_context_bar(qtbot, window):
    assert window.context.project_code == "BRIDGE"
    assert window.country_combo.itemText(0) == "All countries"
    assert window.country_combo.currentData() == "PK"
    assert "Pakistan" in window.country_combo.currentText()
    labels = [window.period_combo.itemData(i) for i in range(window.period_combo.count())]
    assert labels[-1] == "LOP" and "FY2024-Q3" in labels
    assert all(label.startswith("FY") for label in labels[:-1])
    with qtbot.waitSignal(window.contextChanged) as signal:
        window.country_combo.setCurrentIndex(window.country_combo.findData("NP"))
    assert signal.args[0].country == "NP"
    with qtbot.waitSignal(window.contextChanged) as signal:
        window.project_combo.setCurrentIndex(window.project_combo.findData("FLARE"))
    assert signal.args[0].project_code == "FLARE" and signal.args[0].country is None
    assert not signal.args[0].period_label.startswith("FY")


def test_context_remembered(qtbot, demo_db, window):
    from ui.main_window import MainWindow

    window.show_page("participants")
    window.period_combo.setCurrentIndex(window.period_combo.findData("FY2024-Q2"))
    window.close()
    again = MainWindow(demo_db)
    qtbot.addWidget(again)
    assert (again.context.project_code, again.context.country, again.context.period_label) == (
        "BRIDGE",
        "PK",
        "FY2024-Q2",
    )
    assert again.current_page() is again.pages["participants"]
    assert demo_db.display_location() in " ".join(
        w.text() for w in again.statusBar().findChildren(type(again.period_dates))
    )


def test_the_status_bar_says_who_is_signed_in_on_a_server(window, demo_db):
    from flare_monitor.actions.identity import who_is_signed_in

    label = window.signed_in_label
    if not demo_db.is_server:  # a file has one user: nothing to say
        assert label.isHidden() and label.text() == ""
        return
    assert not label.isHidden()
    assert label.text() == f"Signed in as {who_is_signed_in(demo_db).login} (database owner)"


def test_the_signed_in_line_names_the_role_and_an_officers_countries(window):
    from flare_monitor.actions.identity import Identity

    window._signed_in(Identity("anna", "officer", ("PE", "PK"), server=True))
    assert window.signed_in_label.text() == "Signed in as anna (officer: PE, PK)"
    assert not window.signed_in_label.isHidden()
    window._signed_in(Identity("donor", "viewer", (), server=True))
    assert window.signed_in_label.text() == "Signed in as donor (viewer)"
    window._signed_in(Identity("bob", None, (), server=True))
    assert window.signed_in_label.text() == "Signed in as bob (no team role)"
