"""The pictures of docs/SETTING_UP.md: a new project set up from an empty database, step by step, with
the app's own dialogs: ``python -m ui.setup_screenshots OUTDIR [--docs]``.

Runs offscreen in a temporary folder (databases, settings), so it never touches the user's data; with
``--docs`` the pictures are copied to docs/setting-up-*.png.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SHEET = [
    ["No.", "Full name", "Sex", "Organization", "Position", "Days attended"],
    [1, "Nasreen Baloch", "F", "Balochistan Levies Force", "Naib Risaldar", 2],
    [2, "Imran Kakar", "M", "Balochistan Levies Force", "Sepoy", 2],
    [3, "Shazia Bibi", "F", "Federal Investigation Agency", "Assistant Director", 2],
    [4, "Abdul Qadir Marri", "M", "Balochistan Police", "Sub-Inspector", 1],
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.setup_screenshots")
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--docs", action="store_true", help="copy the pictures to docs/setting-up-*.png")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    out = args.outdir
    out.mkdir(parents=True, exist_ok=True)
    temp = Path(tempfile.mkdtemp(prefix="flare-setup-shots-"))
    os.environ["FLARE_MONITOR_DATA_DIR"] = str(temp / "data")

    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(temp / "settings"))
    app = QApplication.instance() or QApplication(["flare-monitor-screenshots"])
    app.setApplicationName("FLARE Monitor")
    app.setOrganizationName("FLARE Monitor")
    app.setStyle("Fusion")
    from ui import jobs, vocab, workers
    from ui.fonts import apply_font

    apply_font(app)
    workers.thread_pool = lambda: workers.InlinePool()  # one step at a time, deterministic pictures
    jobs.write_pool = lambda _db: workers.InlinePool()

    from flare_monitor.actions.setup import open_database
    from ui.dialogs.form import set_date
    from ui.main_window import MainWindow

    written: list[Path] = []

    def settle() -> None:
        import time

        end = time.monotonic() + 0.3
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    def save(widget, name: str) -> None:
        settle()
        path = out / f"setting-up-{name}.png"
        widget.grab().save(str(path))
        written.append(path)
        print(path)

    db = open_database(str(temp / "office.db"))
    window = MainWindow(db)
    window.resize(1300, 820)
    window.show()
    save(window, "1-welcome")

    # ---- the project form
    from ui.dialogs.project_form import ProjectDialog

    form = ProjectDialog(db, None, window)
    form.resize(1100, 720)
    form.show()
    form.code_edit.setText("LEAP")
    form.title_edit.setText("Law Enforcement Against forced labour in Pakistan and Peru")
    form.donor.setText("United States Department of Labor (USDOL)")
    form.grant_number.setText("IL-35000-23-75-K")
    form.grantee.setText("International Labour Organization")
    set_date(form.start, date(2023, 10, 1))
    set_date(form.end, date(2026, 9, 30))
    vocab.select_data(form.calendar, "fiscal")
    form.picker.tick("PE")
    form.picker.search.setText("pak")
    form.picker.tick("PK")
    for province in ("PK-BA", "PK-PB"):
        form.picker.tick_province(province)
    form.usdol_levels.linkActivated.emit("#")
    save(form, "2-project-form")
    form.saved.connect(window._projects_changed)
    form.accept()
    settle()
    page = window.pages["project"]
    window.period_combo.setCurrentIndex(window.period_combo.findData("FY2024-Q3"))

    # ---- the results framework, one result in its dialog
    from flare_monitor.actions import framework

    for code, statement, parent in (
        ("1", "Forced labour cases are identified and prosecuted", None),
        ("1.1", "Law enforcement applies the law on forced labour", "1"),
        ("1.1.1", "Officers know the indicators of forced labour", "1.1"),
    ):
        framework.add_result(db, framework.AddResult("LEAP", code, statement, parent))
    page.refresh()
    page.select_result("1.1.1")
    result_dialog = page.result_dialog(parent_code="1.1.1")
    result_dialog.show()
    result_dialog.code_edit.setText("1.1.1.1")
    result_dialog.statement.setPlainText("Law-enforcement officers trained on forced labour and trafficking")
    save(result_dialog, "3-result")
    result_dialog.saved.connect(lambda code: page._changed(code))
    result_dialog.accept()
    settle()
    framework.add_result(
        db, framework.AddResult("LEAP", "1.1.1.2", "Studies on forced labour published", "1.1.1")
    )
    page.refresh()
    page.select_result("1.1.1.1")

    # ---- a computed indicator: its reference sheet, then its counting rule with the live preview
    dialog = page.indicator_dialog()
    dialog.resize(920, 800)
    dialog.show()
    dialog.code_edit.setText("OTP 1")
    dialog.name.setText("Law-enforcement officials trained on forced labour, by sex")
    dialog.definition.setPlainText(
        "Officials of law-enforcement agencies who attended at least half of a completed training."
    )
    dialog.cumulative.setChecked(True)
    dialog.is_key.setChecked(True)
    dialog.baseline.setText("0")
    dialog.lop_target.setText("400")
    dialog.disaggregation["country"].setChecked(True)
    dialog.data_source.setText("Attendance sheets of the trainings")
    dialog.means.setText("Signed attendance sheets kept in the project files")
    dialog.collection.setText("Attendance sheets imported after each training")
    dialog.responsible.setText("M&E officer")
    save(dialog, "4-indicator-sheet")
    dialog.tabs.setCurrentIndex(1)
    dialog.computed.setChecked(True)
    items = {
        dialog.organization_types.item(i).data(Qt.ItemDataRole.UserRole): dialog.organization_types.item(i)
        for i in range(dialog.organization_types.count())
    }
    for kind in ("law_enforcement", "labour_inspectorate"):
        items[kind].setCheckState(Qt.CheckState.Checked)
    dialog.share_box.setChecked(True)
    dialog.refresh_preview()
    save(dialog, "5-indicator-rule")
    dialog.saved.connect(lambda code: page._changed("1.1.1.1", code))
    dialog.accept()
    settle()
    framework.save_indicator(
        db,
        framework.SaveIndicator(
            "LEAP",
            framework.IndicatorIn(
                "OTP 2", "Studies on forced labour completed", "1.1.1.2", lop_target=3,
                disaggregations=("country",),
                rule={"kind": "activity_count", "activity_types": ["research"], "period_date": "end"},
            ),
        ),
    )  # fmt: skip
    framework.save_indicator(
        db,
        framework.SaveIndicator(
            "LEAP",
            framework.IndicatorIn("LTO 1", "Forced labour cases prosecuted", "1", baseline=12, lop_target=60),
        ),
    )
    page.refresh()
    page.select_result("1.1.1.1")
    page._result_chosen()
    page.select_indicator("OTP 1")
    save(window, "6-project-page")

    # ---- targets on the Results page
    page.open_targets("OTP 1")
    results = window.pages["results"]
    grid = results.grid_model
    for label, value in (("FY2024-Q2", "20"), ("FY2024-Q3", "40"), ("FY2024-Q4", "40")):
        row = next(i for i, r in enumerate(grid.rows()) if r.period == label)
        grid.setData(grid.index(row, grid.COL_TARGET), value)
    results.reload(then=lambda: results.select_indicator("OTP 1"))
    save(window, "7-targets")

    # ---- a training and its attendance sheet; the organizations the import created
    from flare_monitor.actions import activities as activity_actions

    activity_actions.save_activity(
        db,
        activity_actions.SaveActivity(
            activity_actions.ActivityIn(
                project="LEAP", country="PK", code="LEAP-PK-2024-01",
                title="Training on forced labour, Quetta",
                type="training", start=date(2024, 4, 16), end=date(2024, 4, 17), status="completed",
                subdivision="PK-BA", result_code="1.1.1.1",
            )
        ),
    )  # fmt: skip
    import xlsxwriter

    sheet = temp / "quetta.xlsx"
    book = xlsxwriter.Workbook(str(sheet))
    ws = book.add_worksheet("Attendance")
    for number, row in enumerate(SHEET):
        ws.write_row(number, 0, row)
    book.close()
    from ui.import_wizard import ImportWizard

    wizard = ImportWizard(db, "LEAP", "LEAP-PK-2024-01", "PK", window)
    wizard.show()
    wizard.file_page.path.setText(str(sheet))
    for _step in range(4):  # sheet, columns, preview, import
        wizard.next()
        settle()
    wizard.accept()
    window._data_changed(page)
    window.show_page("organizations")
    organizations = window.pages["organizations"]
    organizations.all_countries.setChecked(True)
    settle()
    organizations.select_name("Balochistan Levies Force")
    save(window, "8-organizations")
    edit = organizations.form_dialog(organizations.selected_rows()[0].id)
    edit.show()
    vocab.select_data(edit.type, "law_enforcement")
    save(edit, "9-organization-type")
    edit.accept()
    settle()

    # ---- the logframe: exported, then previewed for import into another office's empty database
    book_path = temp / "LEAP-logframe.xlsx"
    window.show_page("project")
    page.export_logframe(str(book_path))
    other = open_database(str(temp / "other-office.db"))
    from ui.dialogs.logframe_import import LogframeDialog

    preview = LogframeDialog(other, str(book_path))
    preview.resize(820, 560)
    preview.show()
    save(preview, "10-logframe-preview")
    preview.close()
    other.dispose()

    window.close()
    db.dispose()
    if args.docs:
        docs = Path(__file__).resolve().parent.parent / "docs"
        for path in written:
            shutil.copyfile(path, docs / path.name)
            print(docs / path.name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
