"""The window as a Windows program: menus with the standard shortcuts, help for each page (F1), About,
Ctrl+C copying rows as Excel reads them, print preview, recent databases."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialog

from ui.main_window import PAGE_KEYS

STANDARD = {
    "new_action": QKeySequence.StandardKey.New,
    "open_action": QKeySequence.StandardKey.Open,
    "save_action": QKeySequence.StandardKey.Save,
    "print_action": QKeySequence.StandardKey.Print,
    "exit_action": QKeySequence.StandardKey.Quit,
    "undo_action": QKeySequence.StandardKey.Undo,
    "redo_action": QKeySequence.StandardKey.Redo,
    "find_action": QKeySequence.StandardKey.Find,
    "help_action": QKeySequence.StandardKey.HelpContents,
}


def test_every_menu_action_has_its_shortcut(window):
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles == ["File", "Edit", "View", "Help"]
    for name, key in STANDARD.items():
        action = getattr(window, name)
        assert action.shortcuts() == QKeySequence.keyBindings(key), name
        assert any(action in a.menu().actions() for a in window.menuBar().actions()), f"{name} is in a menu"
    view = window.menuBar().actions()[2].menu()
    # Ctrl+1 … Ctrl+9 for the first nine pages; the tenth (Organizations) from the menu only.
    assert [a.shortcut().toString() for a in view.actions()] == [f"Ctrl+{n}" for n in range(1, 10)] + [""]


@pytest.fixture
def dialogs(monkeypatch):
    """Dialogs opened with exec() are recorded instead of waiting for a click."""
    opened: list[QDialog] = []
    monkeypatch.setattr(QDialog, "exec", lambda self: opened.append(self) or 0)
    return opened


def test_f1_opens_the_help_of_the_current_page(qtbot, window, dialogs):
    for key in PAGE_KEYS:
        window.show_page(key)
        qtbot.keyClick(window, Qt.Key.Key_F1)
        text = dialogs[-1].browser.toPlainText()
        assert len(text) > 100 and "No help" not in text, key
    window.show_page("participants")
    window.show_help()
    assert "personal data" in dialogs[-1].browser.toPlainText()


def test_about_names_the_version_the_data_folder_and_the_licences(window, dialogs):
    from flare_monitor import __version__, paths

    window.about_action.trigger()
    text = dialogs[-1].browser.toPlainText()
    assert __version__ in text and str(paths.data_dir()) in text
    assert "SIL Open Font License" in text and "LGPL" in text


def test_ctrl_c_copies_the_selected_rows_as_excel_reads_them(qtbot, window):
    window.set_context("BRIDGE", "PK", "LOP")  # every activity listed (the Period box filters the list)
    window.show_page("activities")
    page = window.pages["activities"]
    table = page.table
    table.selectRow(0)
    table.selectionModel().select(
        page.proxy.index(2, 0),
        table.selectionModel().SelectionFlag.Select | table.selectionModel().SelectionFlag.Rows,
    )
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    text = QGuiApplication.clipboard().text()
    rows = [line.split("\t") for line in text.rstrip("\r\n").split("\r\n")]
    heading = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    assert rows[0] == heading
    shown = [[page.proxy.index(r, c).data() for c in range(page.proxy.columnCount())] for r in (0, 2)]
    assert rows[1:] == [[str(cell) for cell in row] for row in shown]


def test_print_preview_opens_offscreen_with_the_table(window, dialogs):
    window.show_page("activities")
    window.print_action.trigger()
    assert dialogs and type(dialogs[-1]).__name__ == "QPrintPreviewDialog"
    window.show_page("dashboard")
    window.print_action.trigger()
    assert "no table to print" in window.statusBar().currentMessage()


def test_open_database_remembers_it_and_starts_the_app_on_it(window, tmp_path, monkeypatch):
    from ui import recent

    started = []
    monkeypatch.setattr(recent, "start_app_on", lambda location: started.append(location) or True)
    other = str(tmp_path / "office.db")
    window.switch_to(other)
    assert started == [other] and recent.databases()[0] == other
    window._fill_recent()
    assert any(other in a.text() for a in window.recent_menu.actions())


def test_a_dropped_sheet_opens_the_import_wizard_on_it(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtCore import QMimeData, QPoint, QUrl
    from PySide6.QtGui import QDropEvent

    opened = []
    monkeypatch.setattr(QDialog, "exec", lambda self: opened.append(self) or 0)
    sheet = tmp_path / "attendance.xlsx"
    sheet.write_bytes(b"")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(sheet))])
    event = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    [wizard] = opened
    assert type(wizard).__name__ == "ImportWizard" and wizard.file_page.path.text() == str(sheet)
    assert window.current_page() is window.pages["activities"]


def test_file_import_attendance_opens_the_wizard_on_the_selected_training(qtbot, window, dialogs):
    file_menu = window.menuBar().actions()[0].menu()
    assert window.import_attendance_action in file_menu.actions()
    window.show_page("activities")
    page = window.pages["activities"]
    qtbot.waitUntil(lambda: page.model.find_code("BR-PK-2024-TRN-APR") >= 0)
    assert page.select_code("BR-PK-2024-TRN-APR")
    window.show_page("dashboard")
    assert window.import_attendance_action.isEnabled()
    window.import_attendance_action.trigger()
    [wizard] = dialogs
    assert type(wizard).__name__ == "ImportWizard"
    assert wizard.activity_code_selected() == "BR-PK-2024-TRN-APR"
    assert window.current_page() is page


def test_rows_pasted_into_the_roster_are_imported_after_the_preview(qtbot, window, demo_db, monkeypatch):
    from sqlalchemy import select

    from flare_monitor.db.models import Activity, Attendance, Participant

    window.show_page("activities")
    page = window.pages["activities"]
    opened = []
    monkeypatch.setattr(QDialog, "exec", lambda self: opened.append(self) or 0)
    dialog = page.form_dialog("BR-PK-2024-TRN-APR")
    qtbot.addWidget(dialog)
    QGuiApplication.clipboard().setText(
        "Name\tSex\tOrganization\r\nNasreen Baloch\tFemale\tDepartment of Labour\r\n"
        "Imran Kakar\tMale\tDepartment of Labour\r\n"
    )
    dialog.roster_panel.table.setFocus()
    dialog.roster_panel.paste_rows()
    [wizard] = opened
    assert wizard.file_page.path.text().endswith(".tsv")
    # Through the wizard's steps, as the officer clicks Next: preview, then import.
    wizard.show()
    for _step in range(4):
        wizard.next()
    with demo_db.session(audit=False) as s:
        april = s.scalar(select(Activity.id).where(Activity.code == "BR-PK-2024-TRN-APR"))
        names = set(
            s.scalars(select(Participant.full_name).join(Attendance).where(Attendance.activity_id == april))
        )
    assert {"Nasreen Baloch", "Imran Kakar"} <= names


def test_exports_from_the_app_as_the_command_line_writes_them(qtbot, window, tmp_path, message_boxes):
    from openpyxl import load_workbook

    from ui.dialogs.export_data import ExportDialog

    dialog = ExportDialog(window.db, window.context, window)
    qtbot.addWidget(dialog)
    assert {dialog.what.itemData(i) for i in range(dialog.what.count())} >= {
        "participants",
        "activities",
        "attendance",
        "indicators",
        "evidence",
    }
    dialog.what.setCurrentIndex(dialog.what.findData("participants"))
    assert dialog.personal.isVisibleTo(dialog)
    dialog.path.setText(str(tmp_path / "people.xlsx"))
    dialog.export()
    sheet = load_workbook(tmp_path / "people.xlsx").active
    headings = [c.value for c in sheet[1]]
    assert "pseudonymous_id" in headings and "full_name" not in headings, "no names unless asked"
    assert any("rows written" in t for t in message_boxes.texts("information"))
    again = ExportDialog(window.db, window.context, window)
    qtbot.addWidget(again)
    again.what.setCurrentIndex(again.what.findData("participants"))
    again.personal.setChecked(True)  # warned first
    assert any("personal" in t.lower() or "names" in t for t in message_boxes.texts("information"))
    again.path.setText(str(tmp_path / "named.csv"))
    again.format.setCurrentIndex(again.format.findData("csv"))
    again.export()
    assert "full_name" in (tmp_path / "named.csv").read_text(encoding="utf-8-sig").splitlines()[0]


def test_an_import_from_the_form_waits_until_the_rosters_edits_are_saved(qtbot, window, monkeypatch):
    """An import writes at once and the roster then shows what is stored: edits not saved yet would be lost."""
    from ui.models.activities import RosterModel

    window.show_page("activities")
    page = window.pages["activities"]
    opened = []
    monkeypatch.setattr(QDialog, "exec", lambda self: opened.append(self) or 0)
    dialog = page.form_dialog("BR-PK-2024-TRN-APR")
    qtbot.addWidget(dialog)
    panel = dialog.roster_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
    assert panel.model.setData(panel.model.index(0, RosterModel.COL_POST), "99")
    QGuiApplication.clipboard().setText("Name\tSex\r\nNasreen Baloch\tFemale\r\n")
    panel.paste_rows()
    panel.import_button.click()
    assert opened == [] and "Save the changes to the roster first" in panel.error.text()
    assert panel.model.index(0, RosterModel.COL_POST).data() == "99"  # the edit is still there
