"""Screenshots of every page and the main dialogs with the demo data:
``python -m ui.screenshots OUTDIR [--language es|fr] [--docs]``.

Runs offscreen in a temporary folder (database, settings), so it never touches the user's data. With
``--language`` the translations are compiled from the .ts files first, so the pictures show them as
they are now; ``--docs`` also copies the dashboard and the import steps to docs/ under the names the
README links (docs/screenshot-dashboard-es.png, docs/screenshot-import-3-columns-fr.png …).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SAMPLE_ROWS = [
    ["No.", "Full name", "Sex", "Organization", "Position", "Days attended", "Pre-test", "Post-test"],
    [1, "Nasreen Baloch", "F", "Department of Labour Balochistan", "Labour Inspector", 2, 40, 75],
    [2, "Imran Kakar", "M", "Balochistan Police", "Sub-Inspector", 2, 35, 70],
    [3, "Abdul Qadir Marri", "M", "Balochistan Police", "Station House Officer", 2, 30, 60],
    [4, "Shazia Bibi", "female", "Federal Investigation Agency", "Assistant Director", 1, 50, 80],
    [5, "Unknown Officer", "X", "Mines Department", "", 3, 120, ""],
]


def write_sample_sheet(path: Path) -> Path:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Attendance")
    sheet.write(0, 0, "Training on forced labour for law enforcement, Quetta, 16-17 April 2024")
    for number, row in enumerate(SAMPLE_ROWS, start=2):
        sheet.write_row(number, 0, row)
    book.close()
    return path


DOCS_PICTURES = {
    "01-dashboard": "screenshot-dashboard",
    "11-import-file": "screenshot-import-1-file",
    "12-import-sheet": "screenshot-import-2-sheet",
    "13-import-columns": "screenshot-import-3-columns",
    "14-import-preview": "screenshot-import-4-preview",
}


def copy_to_docs(out: Path, language: str) -> None:
    import shutil

    docs = Path(__file__).resolve().parent.parent / "docs"
    for shot, name in DOCS_PICTURES.items():
        shutil.copyfile(out / f"{shot}.png", docs / f"{name}-{language}.png")
        print(docs / f"{name}-{language}.png")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.screenshots")
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--language", choices=("en", "es", "fr"), default="en")
    parser.add_argument("--docs", action="store_true", help="copy the dashboard and import steps to docs/")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    out = args.outdir
    out.mkdir(parents=True, exist_ok=True)
    temp = Path(tempfile.mkdtemp(prefix="flare-shots-"))
    os.environ["FLARE_MONITOR_DATA_DIR"] = str(temp / "data")

    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(temp / "settings"))
    app = QApplication.instance() or QApplication(["flare-monitor-screenshots"])
    app.setApplicationName("FLARE Monitor")
    app.setOrganizationName("FLARE Monitor")
    app.setStyle("Fusion")
    from ui import workers
    from ui.fonts import apply_font, missing_scripts

    apply_font(app)
    if args.language != "en":
        from ui import i18n, i18n_build

        i18n_build.compile_all(out=temp / "translations")
        i18n.install(app, args.language, folder=temp / "translations")
    from ui import jobs

    workers.thread_pool = lambda: workers.InlinePool()  # one step at a time, deterministic pictures
    jobs.write_pool = lambda _db: workers.InlinePool()

    from flare_monitor.actions.setup import load_demo, open_database
    from ui.main_window import PAGE_KEYS, MainWindow

    db = open_database(str(temp / "demo.db"))
    load_demo(db)

    def settle() -> None:
        import time

        end = time.monotonic() + 0.3  # timers too: a chart drawn again at its final size
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    def save(widget, name: str) -> None:
        settle()
        widget.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")

    window = MainWindow(db)
    window.resize(1400, 900)
    window.set_context("BRIDGE", "PK", "FY2024-Q3")
    window.show()
    for number, key in enumerate(PAGE_KEYS, start=1):
        window.show_page(key)
        if key == "reports":
            # A donor report generated (inline worker), so the history has a row and Open PDF shows.
            reports = window.pages["reports"]
            reports.report_folder.setText(str(temp / "reports"))
            reports.generate()
        save(window, f"{number:02d}-{key}")

    # The menus, one by one, opened under the menu bar; then the help of the Results page and the shortcuts.
    window.show_page("dashboard")
    for number, menu_action in enumerate(window.menuBar().actions(), start=1):
        menu = menu_action.menu()
        menu.popup(window.mapToGlobal(window.menuBar().actionGeometry(menu_action).bottomLeft()))
        save(menu, f"20-menu-{number}")
        menu.hide()
    from ui.help import HelpDialog
    from ui.main_window import page_title

    for name, key, title in (
        ("21-help-results", "results", page_title("results")),
        ("22-help-shortcuts", "shortcuts", QCoreApplication.translate("MainWindow", "Keyboard shortcuts")),
    ):
        help_dialog = HelpDialog(key, title, window)
        help_dialog.show()
        save(help_dialog, name)
        help_dialog.close()

    # The Reports page with the USDOL Technical Progress Report chosen: its period and options, generated.
    window.show_page("reports")
    reports = window.pages["reports"]
    reports.template.setCurrentIndex(reports.template.findData("usdol-tpr"))
    reports.excel_annex.setChecked(True)
    reports.generate()
    save(window, "19-reports-tpr")
    reports.template.setCurrentIndex(reports.template.findData("ilo-quarterly"))

    # The activity form of the April training, on its Attendance tab.
    activities = window.pages["activities"]
    window.show_page("activities")
    form = activities.form_dialog("BR-PK-2024-TRN-APR")
    form.resize(980, 640)
    form.show()
    save(form, "09-activity-form-details")
    form.tabs.setCurrentWidget(form.roster_panel)
    save(form, "10-activity-form-attendance")
    form.close()

    # The import wizard on a small generated sheet: columns, then the preview with a row in error.
    from ui.import_wizard import ImportWizard

    sheet = write_sample_sheet(temp / "attendance-quetta.xlsx")
    wizard = ImportWizard(db, "BRIDGE", "BR-PK-2024-TRN-APR", "PK", window)
    wizard.show()
    wizard.file_page.path.setText(str(sheet))
    save(wizard, "11-import-file")
    wizard.next()
    save(wizard, "12-import-sheet")
    wizard.next()
    save(wizard, "13-import-columns")
    wizard.next()
    save(wizard, "14-import-preview")
    wizard.reject()

    # The duplicates review of Peru, with what the first merge would change.
    window.set_context("BRIDGE", "PE", "FY2024-Q3")
    participants = window.pages["participants"]
    window.show_page("participants")
    duplicates = participants.duplicates_dialog()
    duplicates.show()
    duplicates.preview()
    save(duplicates, "15-duplicates-review")
    duplicates.close()
    window.set_context("BRIDGE", "PK", "FY2024-Q3")

    # Search in another script, across all countries.
    window.country_combo.setCurrentIndex(0)
    participants.search.setText("ба")
    participants.run_search()
    save(window, "16-participants-search-cyrillic")

    # Names in Chinese, Devanagari and Urdu: the FLARE workshop in China, then BRIDGE in Nepal.
    participants.search.setText("")
    window.set_context("FLARE", "CN", None)
    participants.run_search()
    save(window, "17-participants-china")
    window.set_context("BRIDGE", "NP", "FY2024-Q3")
    window.show_page("narratives")
    highlights = window.pages["narratives"].editors["highlights"]
    written = highlights.toPlainText()
    highlights.setPlainText(
        "तालिम सम्पन्न भयो — 30 श्रम निरीक्षक। کوئٹہ میں تربیت مکمل ہوئی۔ 南宁劳动监察培训。 Обучение завершено."
    )
    save(window, "18-narratives-mixed-scripts")
    highlights.setPlainText(written)  # unsaved text would ask "Save?" on close, forever with no one to answer

    # The whole project's Technical Progress Report tab, its risk register and a risk's form.
    window.set_context("BRIDGE", None, "FY2024-Q3")
    narratives = window.pages["narratives"]
    narratives.tabs.setCurrentIndex(1)
    save(window, "23-narratives-tpr")
    register = narratives.open_risks()
    save(register, "24-risk-register")
    register.select_number(2)
    risk_form = register.edit_selected()
    save(risk_form, "25-risk-form")
    risk_form.close()
    register.close()
    narratives.tabs.setCurrentIndex(0)

    window.close()
    db.dispose()
    if args.docs and args.language != "en":
        copy_to_docs(out, args.language)
    missing = missing_scripts()
    if missing:
        print("no installed font for: " + ", ".join(missing), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
