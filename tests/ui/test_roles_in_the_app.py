"""The app follows the signed-in login's role on a shared server: what the role may not do is greyed out,
with the reason in its tooltip, on the pages and in the menus. Needs the PostgreSQL test server
(FLARE_TEST_POSTGRES_URL); skipped without it. On a database file nothing is greyed out for a role."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from flare_monitor.db.migrate import open_database
from tests.backends import postgres_url

SERVER = pytest.mark.skipif(
    postgres_url() is None, reason="needs the PostgreSQL test server (FLARE_TEST_POSTGRES_URL)"
)
PK_ACTIVITY, PE_ACTIVITY = "BR-PK-2024-TRN-APR", "BR-PE-2024-02"  # both in FY2024-Q3 (the Period box)
VIEWER_MAY_NOT = "Only officers, M&E officers and administrators may do this (you are signed in as "
HQ_ONLY = "Only M&E officers and administrators may do this"
SCREENSHOTS = Path(__import__("tempfile").gettempdir()) / "flare-role-screenshots"


@pytest.fixture
def signed_in(qtbot, team_db):
    """`signed_in(role, country)`: the main window of the team database, signed in with that role's login."""
    opened = []

    def open_as(role: str, country: str | None = "PK", period: str = "FY2024-Q3"):
        from ui.main_window import MainWindow

        db = open_database(team_db.urls[role])
        window = MainWindow(db)
        qtbot.addWidget(window)
        window.set_context("BRIDGE", country, period)
        window.show()
        qtbot.waitExposed(window)
        opened.append((window, db))
        return window

    yield open_as
    for window, db in opened:
        window.close()
        db.dispose()


def _select(page, code: str) -> None:
    assert page.select_code(code), code


def _screenshot(qtbot, window, name: str) -> None:
    """The window as the role sees it, for a person to look at (after the layout caught up)."""
    qtbot.wait(50)
    SCREENSHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SCREENSHOTS / f"{name}.png"))


def _greyed(widget, because: str) -> bool:
    return not widget.isEnabled() and because in widget.toolTip()


@SERVER
def test_a_viewer_sees_every_write_greyed_out_with_the_reason(qtbot, signed_in, team_db):
    window = signed_in("viewer")
    login = team_db.logins["viewer"]
    assert window.signed_in_label.text() == f"Signed in as {login} (viewer)"
    because = VIEWER_MAY_NOT + f"{login} (viewer))."

    window.show_page("activities")
    activities = window.pages["activities"]
    activities.reload()
    _select(activities, PK_ACTIVITY)
    for button in (activities.new_button, activities.edit_button, activities.delete_button,
                   activities.import_button):  # fmt: skip
        assert _greyed(button, because), button.text()
    _screenshot(qtbot, window, "viewer-activities")

    # The register of people is closed to a viewer: its page is greyed out and cannot be shown.
    participants = window.nav.item(3)
    assert not participants.flags() & Qt.ItemFlag.ItemIsEnabled and because in participants.toolTip()
    window.show_page("participants")
    assert window.current_page() is activities

    window.show_page("results")
    results = window.pages["results"]
    assert _greyed(results.lock_button, HQ_ONLY)
    for grid in (results.values, results.targets):
        assert grid.model.read_only.startswith(VIEWER_MAY_NOT) and because in grid.table.toolTip()

    window.show_page("narratives")
    narratives = window.pages["narratives"]
    assert _greyed(narratives.save_button, because)
    assert all(edit.isReadOnly() for edit in narratives.editors.values())
    assert all(_greyed(button, because) for button in narratives.evidence_buttons)

    window.show_page("organizations")
    organizations = window.pages["organizations"]
    organizations.table.selectRow(0)
    assert _greyed(organizations.edit_button, because)

    window.show_page("project")
    project = window.pages["project"]
    assert _greyed(project.add_result_button, HQ_ONLY) and _greyed(project.new_button, HQ_ONLY)
    assert project.export_button.isEnabled()  # reading the logframe is everybody's

    window.show_page("reports")
    reports = window.pages["reports"]
    assert _greyed(reports.annex_participants, because) and not reports.annex_participants.isChecked()
    _screenshot(qtbot, window, "viewer-reports")

    for entry in (window.new_project_action, window.import_logframe_action, window.import_package_action):
        assert _greyed(entry, HQ_ONLY), entry.text()
    assert _greyed(window.export_package_action, because)


@SERVER
def test_an_officer_writes_their_own_countrys_rows_not_anothers(qtbot, signed_in, team_db):
    window = signed_in("officer", "PK")
    assert window.signed_in_label.text() == f"Signed in as {team_db.logins['officer']} (officer: PE)"
    window.show_page("activities")
    activities = window.pages["activities"]
    activities.reload()
    _select(activities, PK_ACTIVITY)
    assert _greyed(activities.edit_button, "You work on PE, not on PK.")
    assert _greyed(activities.new_button, "You work on PE, not on PK.")
    _screenshot(qtbot, window, "officer-activities-pk")
    window.show_page("narratives")  # Pakistan's texts and their files: read, not changed
    narratives = window.pages["narratives"]
    assert _greyed(narratives.save_button, "You work on PE, not on PK.")
    dialog = narratives.open_evidence("highlights")
    assert _greyed(dialog.panel.add_button, "You work on PE, not on PK.") and not dialog.panel.acceptDrops()
    dialog.close()

    window.set_context("BRIDGE", "PE", "FY2024-Q3")
    activities.reload()
    _select(activities, PE_ACTIVITY)
    assert activities.edit_button.isEnabled() and activities.delete_button.isEnabled()
    assert activities.new_button.isEnabled() and activities.import_button.isEnabled()

    window.show_page("results")
    results = window.pages["results"]
    assert _greyed(results.lock_button, HQ_ONLY)  # locking is headquarters'
    assert results.targets.model.read_only == results.values.model.read_only == ""  # Peru's own
    window.show_page("narratives")
    assert narratives.why_not_write() == "" and not narratives.editors["highlights"].isReadOnly()

    project_wide = "Project-wide values, targets and narratives are for M&E officers."
    window.set_context("BRIDGE", None, "FY2024-Q3")  # the whole project's texts and values are M&E's
    assert _greyed(narratives.save_button, project_wide) and narratives.editors["highlights"].isReadOnly()
    window.show_page("results")
    assert results.targets.model.read_only == results.values.model.read_only == project_wide
    assert window.nav.item(3).flags() & Qt.ItemFlag.ItemIsEnabled  # the people of Peru are theirs


@SERVER
def test_only_an_administrator_reopens_a_locked_period(signed_in, team_db):
    lock = ["period", "lock", "--project", "BRIDGE", "--period", "FY2024-Q3", "--reason", "sent",
            "--acknowledge", "demo findings reviewed"]  # fmt: skip
    assert team_db.run("me", *lock) == 0
    me = signed_in("me")
    me.show_page("results")
    assert _greyed(me.pages["results"].lock_button, "Only administrators may do this")
    assert me.import_package_action.isEnabled() and me.new_project_action.isEnabled()
    admin = signed_in("admin")
    admin.show_page("results")
    assert admin.pages["results"].lock_button.isEnabled()
    assert admin.pages["results"].lock_button.text() == "&Unlock period…"


def test_on_a_database_file_or_as_the_owner_nothing_is_greyed_out_for_a_role(window):
    assert not window.permissions.restricted  # a file's one user, or the owner of a server's tables
    window.show_page("activities")
    activities = window.pages["activities"]
    _select(activities, PK_ACTIVITY)
    for button in (activities.new_button, activities.edit_button, activities.delete_button):
        assert button.isEnabled() and "may do this" not in button.toolTip()
    window.show_page("results")
    assert window.pages["results"].lock_button.isEnabled()
    assert window.import_package_action.isEnabled() and window.nav.item(3).flags() & Qt.ItemFlag.ItemIsEnabled
