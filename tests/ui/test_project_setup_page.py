"""The Project set-up page, the Organizations page, the logframe dialog and the demo database, on the
demo data and on empty databases, with inline workers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog

from flare_monitor import paths


@pytest.fixture
def setup_page(window):
    window.show_page("project")
    return window.pages["project"]


@pytest.fixture
def dialogs(monkeypatch):
    """Dialogs opened with exec() are recorded and answered by the test (`answer(dialog)`)."""

    class Recorder(list):
        answer = staticmethod(lambda dialog: 0)

    opened = Recorder()

    def exec_(dialog):
        opened.append(dialog)
        return opened.answer(dialog)

    monkeypatch.setattr(QDialog, "exec", exec_)
    return opened


def test_the_framework_tree_moves_and_refuses_deletes_with_the_reason(
    qtbot, setup_page, message_boxes, monkeypatch
):
    page = setup_page
    assert [n.code for n in page.detail.results] == ["1"]
    assert page.select_result("1.1.1.2")
    page._result_chosen()
    assert page.model.rowCount() == 1 and page.model.row_at(0).code == "1.1.1.2"
    assert not page.down_button.isEnabled() and page.down_button.toolTip() == "Already the last at its level"
    page.up_button.click()
    assert [c.code for c in page.node("1.1.1").children] == ["1.1.1.2", "1.1.1.1"]
    assert page.selected_result() == "1.1.1.2"
    # Under another result: chosen in a list
    monkeypatch.setattr(
        QInputDialog, "getItem", lambda *a, **k: (next(c for c in a[3] if c.startswith("1.1.2 ")), True)
    )
    page.move_button.click()
    assert page.node("1.1.1.2").parent == "1.1.2" and page.node("1.1.1.2").level == "Output"
    # A result with activities and an indicator stays (after Yes to the question), and the message says why
    page.delete_result_button.click()
    assert page.node("1.1.1.2") is not None
    assert any("Result 1.1.1.2 cannot be deleted: it has" in t for t in message_boxes.texts("warning")), (
        message_boxes.shown
    )


def test_the_indicator_form_shows_the_rule_and_what_it_gives(qtbot, setup_page, window):
    page = setup_page
    page.select_result("1.1.1.2")
    page._result_chosen()
    page.table.selectRow(0)
    dialog = page.indicator_dialog(page.selected_indicator())
    qtbot.addWidget(dialog)
    assert dialog.computed.isChecked() and dialog.kind.currentData() == "distinct_participants"
    dialog.refresh_preview()
    results = window.pages["results"]
    window.show_page("results")
    results.select_indicator("1.1.1.2")
    figure = next(f for f in results.model.rows() if f.code == "1.1.1.2")
    assert dialog.preview.text().startswith(f"FY2024-Q3 (Pakistan): {figure.actual:g} — F ")
    before = dialog.words.text()
    dialog.period_date.setCurrentIndex(dialog.period_date.findData("end"))
    assert dialog.words.text() != before and dialog.words.text().endswith("of its end date")
    dialog.reported.setChecked(True)
    assert not dialog.rule_box.isEnabled() and dialog.rule() is None
    assert "choose Computed" in dialog.rule_box.toolTip()


def test_deleting_a_project_asks_for_its_code_and_respects_locks(
    qtbot, setup_page, window, monkeypatch, message_boxes
):
    from flare_monitor.services.period_locks import lock_period

    with window.db.session() as session:
        lock_period(session, "FLARE", "2023-Q4", "report submitted")
    window.set_context("FLARE")
    page = setup_page
    page.refresh()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("FLARE", True))
    page.delete_project_button.click()
    assert any("FLARE cannot be deleted" in t for t in message_boxes.texts("warning"))
    assert window.project_combo.findData("FLARE") >= 0
    window.set_context("BRIDGE")
    page.refresh()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("bridg", True))
    page.delete_project_button.click()
    assert any("type the project's code (BRIDGE)" in t for t in message_boxes.texts("warning"))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("bridge", True))
    page.delete_project_button.click()
    assert window.project_combo.findData("BRIDGE") < 0
    assert window.context.project_code == "FLARE"


def test_the_organizations_page_merges_duplicates(qtbot, window, dialogs, message_boxes):
    window.show_page("organizations")
    page = window.pages["organizations"]
    assert not page.merge_button.isEnabled()
    assert page.merge_button.toolTip() == "Select the two organizations that are one (Ctrl+click)"
    rows = {r.name: n for n, r in enumerate(page.model.rows())}
    selection = page.table.selectionModel()
    for name in ("Balochistan Police", "Federal Investigation Agency"):
        selection.select(
            page.model.index(rows[name], 0), selection.SelectionFlag.Select | selection.SelectionFlag.Rows
        )
    assert page.merge_button.isEnabled()
    dialogs.answer = lambda dialog: 1  # keep the one with more people (the default choice)
    page.merge_button.click()
    assert [type(d).__name__ for d in dialogs] == ["MergeDialog"]
    names = [r.name for r in page.model.rows()]
    assert "Balochistan Police" in names and "Federal Investigation Agency" not in names
    assert (
        "Merged Federal Investigation Agency into Balochistan Police" in window.statusBar().currentMessage()
    )


def test_a_logframe_imports_into_an_empty_database_after_its_preview(qtbot, window, db, new_db_url, tmp_path):
    from flare_monitor.db.migrate import open_database
    from ui.dialogs.logframe_import import LogframeDialog
    from ui.main_window import MainWindow

    window.show_page("project")
    book = tmp_path / "flare.xlsx"
    window.set_context("FLARE")
    window.pages["project"].refresh()
    window.pages["project"].export_logframe(str(book))
    assert book.is_file()

    empty = open_database(new_db_url())
    try:
        other = MainWindow(empty)
        qtbot.addWidget(other)
        dialog = LogframeDialog(empty, str(book), other)
        qtbot.addWidget(dialog)
        assert dialog.import_button.isEnabled()
        lines = [dialog.lines.item(i).text() for i in range(dialog.lines.count())]
        assert lines[0].startswith("Create the project FLARE")
        assert other.project_combo.count() == 0  # the check wrote nothing
        dialog.imported.connect(other._projects_changed)
        dialog.import_button.click()
        assert other.project_combo.findData("FLARE") >= 0
        assert other.current_page() is other.pages["project"]
        # A workbook with problems: listed with their places, nothing to import
        import openpyxl

        wb = openpyxl.load_workbook(book)
        wb["Results"].append(["9.9", "8.8", "An orphan"])
        wb.save(book)
        dialog = LogframeDialog(empty, str(book), other)
        qtbot.addWidget(dialog)
        assert not dialog.import_button.isEnabled()
        assert dialog.import_button.toolTip() == "Check the workbook first"
        assert any(
            "Results row" in dialog.lines.item(i).text() and "(Parent code)" in dialog.lines.item(i).text()
            for i in range(dialog.lines.count())
        )
        other.close()
    finally:
        empty.dispose()


def test_the_demo_opens_in_a_database_of_its_own(qtbot, db, monkeypatch):
    from ui import recent
    from ui.main_window import MainWindow

    started = []
    monkeypatch.setattr(recent, "start_app_on", lambda location: started.append(location) or True)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    page = window.pages["project"]
    assert window.current_page() is page and page.stack.currentWidget() is page.welcome
    page.welcome.buttons["try_demo"].click()
    demo = paths.demo_database_path()
    assert started == [str(demo)] and demo.is_file()
    with db.session() as session:  # the officer's database received nothing
        from flare_monitor.db.models import Project

        assert session.query(Project).count() == 0

    from flare_monitor.db.migrate import open_database

    demo_db = open_database(str(demo))
    try:
        shown = MainWindow(demo_db)
        qtbot.addWidget(shown)
        assert "DEMO" in shown.windowTitle()
        assert shown.database_label.text().startswith("Demo database:")
        assert shown.project_combo.findData("BRIDGE") >= 0
        shown.leave_demo_button.click()
        assert started[-1] == db.display_location()
        shown.close()
    finally:
        demo_db.dispose()
    window.close()


def test_greyed_out_buttons_say_why(qtbot, window):
    window.show_page("activities")
    page = window.pages["activities"]
    page.table.clearSelection()
    assert not page.edit_button.isEnabled() and page.edit_button.toolTip() == "Select an activity first"
    page.table.selectRow(0)
    assert page.edit_button.isEnabled() and page.edit_button.toolTip() == ""
    window.show_page("project")
    setup = window.pages["project"]
    setup.table.clearSelection()
    assert not setup.edit_indicator_button.isEnabled()
    assert setup.edit_indicator_button.toolTip() == "Select an indicator first"
    assert setup.heading.text().count("BRIDGE") >= 1
    assert Qt  # the page's tree and table use the Qt item roles
