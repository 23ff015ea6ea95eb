"""The package dialogs: export from the File menu's dialog, check a package, import it, resolve the
conflict it leaves side by side."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from flare_monitor.db.enums import ActivityStatus
from flare_monitor.db.migrate import open_database
from flare_monitor.exchange import service
from flare_monitor.services.activities import get_activity
from ui.dialogs.package_export import ExportPackageDialog
from ui.dialogs.package_import import ImportPackageDialog
from ui.dialogs.package_models import FieldsModel

EDITED = "BR-PK-2025-01"


def _office_sends_a_conflict(demo_db, office, tmp_path, first_package):
    """The office imports headquarters' package; both edit the same training; the office answers."""
    service.import_package(office, first_package)
    with office.session() as session:
        get_activity(session, EDITED).status = ActivityStatus.CANCELLED
    with demo_db.session() as session:
        get_activity(session, EDITED).venue = "Serena Hotel, Quetta"
    answer = tmp_path / "from-office.flarepkg"
    with office.session() as session:
        service.export_package(session, answer, "BRIDGE", "PK")
    return answer


def test_export_check_import_and_resolve(qtbot, demo_db, tmp_path, message_boxes, qtmodeltester):
    export = ExportPackageDialog(demo_db, "BRIDGE", "PK")
    qtbot.addWidget(export)
    assert export.country.currentData() == "PK" and not export.personal.isChecked()
    export.path.setText(str(tmp_path / "to-office.flarepkg"))
    qtbot.mouseClick(export.export_button, Qt.MouseButton.LeftButton)
    assert export.result is not None and export.result.total > 300 and export.result.path.exists()
    assert "Package no. 1" in message_boxes.texts("information")[-1]

    office = open_database(str(tmp_path / "office.db"))
    try:
        answer = _office_sends_a_conflict(demo_db, office, tmp_path, export.result.path)
    finally:
        office.dispose()

    dialog = ImportPackageDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.conflicts.rowCount() == 0 and not dialog.take_all_button.isEnabled()
    dialog.path.setText(str(answer))
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert dialog.counts["conflict"].text() == "1" and dialog.counts["add"].text() == "0"
    assert dialog.import_button.isEnabled()
    assert dialog.conflicts.rowCount() == 1 and not dialog.take_button.isEnabled()  # nothing stored yet

    with qtbot.waitSignal(dialog.imported):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert not dialog.import_button.isEnabled() and "Imported." in dialog.origin.text()
    assert dialog.conflicts.rowCount() == 1 and dialog.take_button.isEnabled()
    differing = {
        dialog.fields.index(r, FieldsModel.COL_FIELD).data(): (
            dialog.fields.index(r, FieldsModel.COL_MINE).data(),
            dialog.fields.index(r, FieldsModel.COL_THEIRS).data(),
        )
        for r in range(dialog.fields.rowCount())
        if dialog.fields.index(r, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    }
    assert differing == {"Status": ("Completed", "Cancelled"), "Venue": ("Serena Hotel, Quetta", "Quetta")}
    qtmodeltester.check(dialog.conflicts)
    qtmodeltester.check(dialog.fields)
    dialog.resize(1150, 760)
    dialog.grab().save("/tmp/pkg_dialog.png")

    with qtbot.waitSignal(dialog.imported):
        qtbot.mouseClick(dialog.take_button, Qt.MouseButton.LeftButton)
    assert dialog.conflicts.rowCount() == 0 and not dialog.take_all_button.isEnabled()
    with demo_db.session() as session:
        assert get_activity(session, EDITED).status == ActivityStatus.CANCELLED

    # The same package again: checked, said to be imported already, nothing to import.
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert (
        "importing it again changes nothing" in dialog.origin.text() and not dialog.import_button.isEnabled()
    )


def test_a_damaged_package_is_refused_with_a_message(qtbot, demo_db, tmp_path, message_boxes):
    path = tmp_path / "damaged.flarepkg"
    path.write_bytes(b"PK\x03\x04 half a package")
    dialog = ImportPackageDialog(demo_db)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(path))
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert "damaged.flarepkg is refused" in message_boxes.texts("warning")[-1]
    assert not dialog.import_button.isEnabled()


def test_file_menu_opens_the_package_dialogs(window, monkeypatch):
    opened = []
    monkeypatch.setattr(QDialog, "exec", lambda self: opened.append(type(self).__name__) or 0)
    menu = next(a.menu() for a in window.menuBar().actions() if a.menu() is not None)
    assert {window.export_package_action, window.import_package_action} <= set(menu.actions())
    window.export_package_action.trigger()
    window.import_package_action.trigger()
    assert opened == ["ExportPackageDialog", "ImportPackageDialog"]


def test_after_an_import_the_window_reloads_and_keeps_its_context(window):
    before = (window.context.project_code, window.context.country, window.context.period_label)
    window._package_imported()
    assert (window.context.project_code, window.context.country, window.context.period_label) == before
    assert not any(page._stale for page in [window.current_page()])
