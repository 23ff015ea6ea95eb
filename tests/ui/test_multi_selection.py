"""Several rows at once in every table where that makes sense: Ctrl/Shift+click selects them, Ctrl+C
copies them with their headings, and what acts on one record acts on one (greyed out, saying why, when
several are selected) while what can act on several does (the roster's Remove, a package's conflicts)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView

from ui.table_tools import visible_columns

SEVERAL = QAbstractItemView.SelectionMode.ExtendedSelection
ROWS = QAbstractItemView.SelectionBehavior.SelectRows


def select(view, rows) -> None:
    """Ctrl+click on each of `rows` (the first one becomes the current row)."""
    view.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for number in rows:
        view.selectionModel().select(view.model().index(number, 0), flags)
    view.selectionModel().setCurrentIndex(
        view.model().index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate
    )


def copies_several(qtbot, view, rows=(0, 1)) -> list[list[str]]:
    """`view` lets several rows be selected and Ctrl+C copies them, with the headings, as Excel reads
    them; returns the copied cells."""
    assert view.selectionMode() == SEVERAL and view.selectionBehavior() == ROWS, view.accessibleName()
    assert view.model().rowCount() > max(rows), view.accessibleName()
    QGuiApplication.clipboard().clear()
    select(view, list(rows))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    text = QGuiApplication.clipboard().text()
    assert text.endswith("\r\n"), view.accessibleName()
    copied = [line.split("\t") for line in text[:-2].split("\r\n")]
    model, columns = view.model(), visible_columns(view)
    heading = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns]
    shown = [[" ".join(str(model.index(r, c).data() or "").split()) for c in columns] for r in rows]
    assert copied == [heading, *shown], view.accessibleName()
    return copied


def test_the_pages_tables_take_several_rows_and_copy_them(qtbot, window):
    window.set_context("BRIDGE", None, "FY2024-Q3")
    window.show_page("participants")
    page = window.pages["participants"]
    qtbot.waitUntil(lambda: page.model.rowCount() > 3)
    copies_several(qtbot, page.table, (0, 2))

    # Project set-up: indicators are copied together; an edit acts on one and says so.
    window.show_page("project")
    page = window.pages["project"]
    qtbot.waitUntil(lambda: page.detail is not None)
    # (Each result of the demo has one indicator: the table is shown with two.)
    page.model.set_rows(list(page.detail.indicators[:2]))
    copies_several(qtbot, page.table)
    assert page.selected_indicator() is None
    for button in (page.edit_indicator_button, page.delete_indicator_button, page.targets_button):
        assert not button.isEnabled() and "Several indicators" in button.toolTip()
    select(page.table, [1])
    assert page.selected_indicator() == page.model.row_at(1).code
    assert "Several" not in page.edit_indicator_button.toolTip()

    # Results: the submissions of several countries copied; a review acts on one country.
    window.show_page("results")
    page = window.pages["results"]
    qtbot.waitUntil(lambda: page.submission_model.rowCount() > 1)
    copies_several(qtbot, page.submissions)
    assert page.selected_submission() is None
    for button in (page.submit_button, page.return_button, page.approve_button):
        assert not button.isEnabled() and "Several countries" in button.toolTip()
    assert "Several countries" in page.submission_text.text()
    select(page.submissions, [0])
    assert page.selected_submission() is not None and "Several" not in page.submission_text.text()


def test_the_roster_removes_several_people_at_once(qtbot, window, message_boxes):
    page = window.pages["activities"]
    window.show_page("activities")
    dialog = page.form_dialog("BR-PK-2024-TRN-APR")
    qtbot.addWidget(dialog)
    panel = dialog.roster_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() > 3)
    before = panel.model.rowCount()
    copied = copies_several(qtbot, panel.table, (0, 1, 2))
    names = {row[0] for row in copied[1:]}
    panel.remove_selected()
    assert "these 3 people" in message_boxes.texts("question")[-1]
    assert panel.model.rowCount() == before - 3
    assert names.isdisjoint(r.full_name for r in panel.model.rows())
    assert panel.is_dirty()


def test_the_report_history_and_the_translations_take_several_rows(qtbot, window, tmp_path):
    from ui.dialogs.project_form import ProjectDialog

    window.show_page("reports")
    page = window.pages["reports"]
    page.report_folder.setText(str(tmp_path))
    for language in ("en", "es"):
        page.language.setCurrentIndex(page.language.findData(language))
        page.generate()
        qtbot.waitUntil(lambda: page.generate_button.isEnabled())
    qtbot.waitUntil(lambda: page.history_model.rowCount() == 2)
    copies_several(qtbot, page.history)
    # With both selected, File › Print prints the current row's report.
    assert page.report_to_print().name == page.history_model.index(0, page.history_model.COL_FILE).data()

    dialog = ProjectDialog(window.db, "BRIDGE", window.pages["project"])
    qtbot.addWidget(dialog)
    copies_several(qtbot, dialog.translations.table, (1, 3))


def test_a_paste_preview_copies_its_rows(qtbot):
    from ui.entry_grid import PastedCell, PastePreview

    block = [PastedCell(0, c, f"Pakistan, cell {c}", "", str(c)) for c in range(3)]
    dialog = PastePreview(block)
    qtbot.addWidget(dialog)
    copies_several(qtbot, dialog.table, (0, 2))


def test_the_evidence_list_copies_several_files_and_acts_on_one(qtbot, demo_db, tmp_path):
    from PySide6.QtWidgets import QDialogButtonBox

    from flare_monitor.services.projects import list_projects
    from tests.ui.test_evidence_panel import APRIL, _drop, _files
    from ui.dialogs.activity_form import ActivityDialog

    with demo_db.session() as s:
        bridge = next(p for p in list_projects(s) if p.code == "BRIDGE")
    form = ActivityDialog(demo_db, bridge, APRIL)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitUntil(lambda: form.evidence_panel is not None)
    panel = form.evidence_panel
    form.tabs.setCurrentWidget(panel)
    _drop(panel, _files(tmp_path))
    panel.details_dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    copied = copies_several(qtbot, panel.view)
    assert copied[0] == ["Evidence files"] and copied[1][0].startswith("day one.jpg")
    assert panel.selected() is None
    for button in (panel.open_button, panel.save_button, panel.edit_button, panel.remove_button):
        assert not button.isEnabled() and "Several files" in button.toolTip()
    select(panel.view, [1])
    assert panel.selected().original_name == "signed sheet.pdf" and panel.remove_button.isEnabled()


def test_keep_mine_resolves_every_selected_conflict(qtbot, demo_db, tmp_path, message_boxes):
    from flare_monitor.db.migrate import open_database
    from flare_monitor.exchange import service
    from flare_monitor.services.activities import get_activity
    from ui.dialogs.package_import import ImportPackageDialog

    edited = ("BR-PK-2025-01", "BR-PK-2025-02", "BR-PK-2024-TRN-APR")
    first = tmp_path / "to-office.flarepkg"
    with demo_db.session() as session:
        service.export_package(session, first, "BRIDGE", "PK")
    office = open_database(str(tmp_path / "office.db"))
    try:
        service.import_package(office, first)
        with office.session() as session:
            for code in edited:
                get_activity(session, code).venue = "Office's venue"
        with demo_db.session() as session:
            for code in edited:
                get_activity(session, code).venue = "Headquarters' venue"
        answer = tmp_path / "from-office.flarepkg"
        with office.session() as session:
            service.export_package(session, answer, "BRIDGE", "PK")
    finally:
        office.dispose()

    dialog = ImportPackageDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(answer))
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.imported):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.conflicts.rowCount() == 3
    copies_several(qtbot, dialog.conflict_table, (0, 2))
    copies_several(qtbot, dialog.field_table, (0, 1))
    select(dialog.conflict_table, [0, 2])
    # The fields shown are the current conflict's; Keep mine acts on both selected.
    assert dialog.current_conflict() is dialog.conflicts.row_at(0)
    kept = {dialog.conflicts.row_at(r).id for r in (0, 2)}
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.conflicts.rowCount() == 1)
    assert dialog.conflicts.row_at(0).id not in kept
