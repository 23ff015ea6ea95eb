"""An officer's own project from an empty database, through the UI alone.

The app starts on an empty database (the welcome panel), and every step is done with the app's own
widgets: the project form (two countries, picked by searching their names, with a province), the result
levels, the results framework editor, a computed and a reported indicator in the indicator form, their
targets on the Results page, a training in the activity form, its attendance sheet through the import
wizard, the type of the organization the import created confirmed on the Organizations page, and the
donor report. The report's figures equal `indicators --json`.
"""

from __future__ import annotations

import json
from datetime import date

import openpyxl
import pytest
import xlsxwriter
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from main import main

PERIOD = "FY2024-Q3"
TRAINED = "OTP 1"  # computed: law-enforcement officials trained (each person once)
LAWS = "LTO 1"  # reported: laws adopted


def _attendance_sheet(path):
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Attendance")
    sheet.write_row(0, 0, ["Training on forced labour for law enforcement, Quetta, 16-17 April 2024"])
    sheet.write_row(2, 0, ["No.", "Full name", "Sex", "Organization", "Days attended"])
    for number, row in enumerate(
        (
            [1, "Nasreen Baloch", "F", "Balochistan Levies Force", 2],
            [2, "Imran Kakar", "M", "Balochistan Levies Force", 2],
            [3, "Shazia Bibi", "female", "Balochistan Levies Force", 2],
            [4, "Abdul Qadir Marri", "M", "Balochistan Levies Force", 1],  # half the days: counted
            [5, "Gul Khan", "M", "Balochistan Levies Force", 0.5],  # a quarter: not counted
        ),
        start=3,
    ):
        sheet.write_row(number, 0, row)
    book.close()
    return path


class Officer:
    """What the officer does in each dialog the app opens (QDialog.exec is replaced: no modal loop)."""

    def __init__(self, qtbot, tmp_path):
        self.qtbot = qtbot
        self.tmp_path = tmp_path
        self.steps: list = []  # functions run, in order, on the dialogs the app opens
        self.opened: list[str] = []

    def exec(self, dialog) -> int:
        self.opened.append(type(dialog).__name__)
        assert self.steps, f"nobody expected {type(dialog).__name__}"
        step = self.steps.pop(0)
        step(dialog)
        return dialog.result()


def save(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


@pytest.fixture
def officer(qtbot, tmp_path, monkeypatch):
    person = Officer(qtbot, tmp_path)
    monkeypatch.setattr(QDialog, "exec", lambda self: person.exec(self))
    return person


@pytest.fixture
def empty_window(qtbot, db):
    from ui.main_window import MainWindow

    win = MainWindow(db)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def fill_project(dialog) -> None:
    qtbot_keys = dialog.code_edit
    qtbot_keys.setText("LEAP")
    dialog.title_edit.setText("Law Enforcement Against forced labour Project")
    dialog.donor.setText("United States Department of Labor")
    dialog.grant_number.setText("IL-35000-23-75-K")
    dialog.grantee.setText("International Labour Organization")
    from ui.dialogs.form import set_date

    set_date(dialog.start, date(2023, 10, 1))
    set_date(dialog.end, date(2026, 9, 30))
    dialog.calendar.setCurrentIndex(dialog.calendar.findData("fiscal"))
    assert dialog.fiscal_month.isEnabled() and dialog.fiscal_month.currentData() == 10
    picker = dialog.picker
    picker.search.setText("pakis")  # searched by name: only Pakistan is left
    visible = [
        picker.countries.item(i)
        for i in range(picker.countries.count())
        if not picker.countries.item(i).isHidden()
    ]
    assert [item.data(Qt.ItemDataRole.UserRole) for item in visible] == ["PK"]
    visible[0].setCheckState(Qt.CheckState.Checked)
    picker.tick_province("PK-BA")
    picker.search.setText("peru")
    picker.tick("PE")
    dialog.usdol_levels.linkActivated.emit("#")
    assert dialog.level_names() == (
        "Long-term outcome",
        "Medium-term outcome",
        "Short-term outcome",
        "Output",
    )
    save(dialog)


def result_step(code: str, statement: str, parent: str | None):
    def step(dialog) -> None:
        assert dialog.parent_combo.currentData() == parent, (code, dialog.parent_combo.currentData())
        dialog.code_edit.setText(code)
        dialog.statement.setPlainText(statement)
        save(dialog)

    return step


def computed_indicator(dialog) -> None:
    dialog.code_edit.setText(TRAINED)
    dialog.name.setText("Law-enforcement officials trained, by sex")
    assert dialog.result_combo.currentData() == "1.1.1.1"
    dialog.cumulative.setChecked(True)
    dialog.is_key.setChecked(True)
    dialog.baseline.setText("0")
    dialog.lop_target.setText("200")
    dialog.disaggregation["country"].setChecked(True)
    dialog.tabs.setCurrentIndex(1)
    dialog.computed.setChecked(True)
    dialog.kind.setCurrentIndex(dialog.kind.findData("distinct_participants"))
    items = {dialog.organization_types.item(i).data(Qt.ItemDataRole.UserRole): dialog.organization_types.item(i)
             for i in range(dialog.organization_types.count())}  # fmt: skip
    items["law_enforcement"].setCheckState(Qt.CheckState.Checked)
    dialog.share_box.setChecked(True)
    dialog.share.setValue(50)
    assert dialog.unit.currentData() == "number" and not dialog.unit.isEnabled()
    assert dialog.words.text().startswith("participants of completed trainings from law-enforcement agencies")
    dialog.refresh_preview()  # the live preview (nothing trained yet)
    assert dialog.preview.text().startswith(f"{PERIOD} (")
    save(dialog)


def reported_indicator(dialog) -> None:
    dialog.code_edit.setText(LAWS)
    dialog.name.setText("Laws and regulations on forced labour adopted")
    dialog.result_combo.setCurrentIndex(dialog.result_combo.findData("1"))
    dialog.lop_target.setText("2")
    dialog.disaggregation["sex"].setChecked(False)
    assert dialog.reported.isChecked()
    save(dialog)


def new_training(dialog) -> None:
    from ui import vocab
    from ui.dialogs.form import set_date

    vocab.select_data(dialog.country, "PK")
    vocab.select_data(dialog.type, "training")
    vocab.select_data(dialog.status, "completed")
    set_date(dialog.start, date(2024, 4, 16))
    set_date(dialog.end, date(2024, 4, 17))
    vocab.select_data(dialog.subdivision, "PK-BA")
    vocab.select_data(dialog.result_box, "1.1.1.1")  # picked from the framework set up above
    assert dialog.result_box.currentData() == "1.1.1.1"
    dialog.code_edit.setText("LEAP-PK-TRN-01")
    dialog.title_edit.setText("Training on forced labour for law enforcement, Quetta")
    save(dialog)


def import_step(path):
    def step(wizard) -> None:
        wizard.show()
        wizard.file_page.path.setText(str(path))
        wizard.next()  # sheet
        wizard.next()  # columns
        wizard.next()  # preview
        assert wizard.preview_page.model.rowCount() == 5
        wizard.next()  # commit
        assert "5 people added" in wizard.done_page.text.text()
        wizard.accept()

    return step


def confirm_type(dialog) -> None:
    from ui import vocab

    assert not dialog.unconfirmed.isHidden()  # "new — check the type"
    vocab.select_data(dialog.type, "law_enforcement")
    save(dialog)


def setup_page_sheet(page, code):
    page.refresh()
    return next(s for s in page.detail.indicators if s.code == code)


def test_an_officers_own_project_through_the_ui(
    qtbot, empty_window, officer, db_url, tmp_path, capsys, message_boxes
):
    window = empty_window

    # ---- an empty database opens on the welcome panel; what needs a project says why it is greyed out
    assert window.current_page() is window.pages["project"]
    page = window.pages["project"]
    assert page.stack.currentWidget() is page.welcome
    dashboard = window.nav.item(0)
    assert not dashboard.flags() & Qt.ItemFlag.ItemIsEnabled
    assert "Create a project first" in dashboard.toolTip()
    assert not window.export_package_action.isEnabled()
    assert "Create a project first" in window.export_package_action.toolTip()

    # ---- the project, from the welcome panel
    officer.steps.append(fill_project)
    page.welcome.buttons["new_project"].click()
    assert window.context.project_code == "LEAP"
    assert dashboard.flags() & Qt.ItemFlag.ItemIsEnabled
    assert (
        page.stack.currentIndex() == 1
        and "LEAP" in page.heading.text()
        and "Balochistan" in page.heading.text()
    )
    window.period_combo.setCurrentIndex(window.period_combo.findData(PERIOD))
    assert window.country_combo.currentData() is None  # all countries

    # ---- the results framework, level by level
    for code, statement, parent, under in (
        ("1", "Forced labour is prosecuted", None, False),
        ("1.1", "Law enforcement identifies cases of forced labour", "1", True),
        ("1.1.1", "Officers know the indicators of forced labour", "1.1", True),
        ("1.1.1.1", "Law-enforcement officers trained", "1.1.1", True),
    ):
        officer.steps.append(result_step(code, statement, parent))
        (page.add_under_button if under else page.add_result_button).click()
        assert page.selected_result() == code
    tree = [n.code for n in page.detail.flat_results()]
    assert tree == ["1", "1.1", "1.1.1", "1.1.1.1"]
    assert page.node("1.1.1.1").level == "Output"

    # ---- a computed indicator under the output, a reported one under the long-term outcome
    officer.steps.append(computed_indicator)
    page.add_indicator_button.click()
    assert page.selected_indicator() == TRAINED
    page.select_result("1")
    officer.steps.append(reported_indicator)
    page.add_indicator_button.click()
    assert {s.code: s.computed for s in page.detail.indicators} == {TRAINED: True, LAWS: False}

    # ---- their targets on the Results page (the indicator form's Targets… opens it on the indicator)
    page.select_result("1.1.1.1")
    page._result_chosen()
    page.select_indicator(TRAINED)
    page.targets_button.click()
    results = window.pages["results"]
    assert window.current_page() is results and results.selected_code() == TRAINED
    for code, target in ((TRAINED, "40"), (LAWS, "1")):
        assert results.select_indicator(code)
        grid = results.targets.model  # the targets grid: countries (and the project) down, periods across
        view = grid.view
        level = (results.context.country, None)  # the scope the page shows: here the whole project
        assert grid.setData(grid.index(view.rows.index(level), view.periods.index(PERIOD)), target)

    # ---- a training, and its attendance sheet through the import wizard
    window.show_page("activities")
    activities = window.pages["activities"]
    officer.steps.append(new_training)
    activities.new_button.click()
    assert activities.select_code("LEAP-PK-TRN-01")
    officer.steps.append(import_step(_attendance_sheet(tmp_path / "quetta.xlsx")))
    activities.import_button.click()

    # ---- the organization the import created is "new — check the type": confirmed on its page
    window.show_page("quality")
    quality = window.pages["quality"]
    rules = [f.rule for f in quality.model.rows()]
    assert "unconfirmed_organization_types" in rules
    window.show_page("organizations")
    organizations = window.pages["organizations"]
    organizations.all_countries.setChecked(True)
    assert organizations.select_name("Balochistan Levies Force")
    row = organizations.selected_rows()[0]
    assert not row.type_confirmed and row.participants == 5
    officer.steps.append(confirm_type)
    organizations.edit_button.click()

    def confirmed() -> bool:  # once the page has reloaded after the save
        if not organizations.select_name("Balochistan Levies Force"):
            return False
        rows = organizations.selected_rows()
        return bool(rows) and rows[0].type_confirmed

    qtbot.waitUntil(confirmed)

    # ---- the donor report, with its Excel annex
    window.show_page("reports")
    reports = window.pages["reports"]
    reports.report_folder.setText(str(tmp_path / "reports"))
    for i in range(reports.report_countries.count()):
        reports.report_countries.item(i).setCheckState(Qt.CheckState.Checked)
    assert sorted(reports.report_scope()) == ["PE", "PK"]
    reports.excel_annex.setChecked(True)
    reports.generate()
    qtbot.waitUntil(lambda: reports.generate_button.isEnabled())
    result = reports.last_report
    assert result is not None and result.path.is_file() and result.xlsx_path.is_file()
    assert not [t for t in message_boxes.texts() if "error" in t.lower()]

    # ---- the report's figures equal `indicators --json`
    code, out, err = 0, "", ""
    code = main(["--db", db_url, "indicators", "--project", "LEAP", "--period", PERIOD, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    figures = {f["code"]: f for f in json.loads(out)["indicators"]}
    trained = figures[TRAINED]
    assert trained["actual"] == 4 and trained["by_sex"]["female"] == 2 and trained["by_sex"]["male"] == 2
    assert trained["target"] == 40 and trained["lop_target"] == 200
    assert figures[LAWS]["target"] == 1 and figures[LAWS]["actual"] is None

    from flare_monitor.reports.words import text as words

    annex = openpyxl.load_workbook(result.xlsx_path)["IPTT"]
    periods = [c.value for c in annex[1]]  # the period labels over their groups of columns
    headers = [c.value for c in annex[2]]
    column = periods.index(PERIOD)  # its group: target, actual, female, male, other, not recorded
    cumulative = headers.index(words("en", "cumulative_actual"))
    lop = headers.index(words("en", "lop_target"))
    rows = {(cells[0], cells[2]): cells for cells in annex.iter_rows(min_row=3, values_only=True)}
    assert {key for key in rows} == {(i, scope) for i in figures for scope in ("PE", "PK", "Total")}
    for indicator, figure in figures.items():
        cells = rows[(indicator, "Total")]
        assert (cells[column], cells[column + 1]) == (figure["target"], figure["actual"]), indicator
        assert cells[cumulative] == figure["cumulative_actual"] and cells[lop] == figure["lop_target"]
        if figure["by_sex"]:
            assert (cells[column + 2], cells[column + 3]) == (
                figure["by_sex"]["female"],
                figure["by_sex"]["male"],
            )
    assert rows[(TRAINED, "Total")][column + 1] == 4

    from pypdf import PdfReader

    text = " ".join(p.extract_text() for p in PdfReader(str(result.path)).pages)
    assert "LEAP" in text and "Law-enforcement officials trained" in text
    # The footnote of the computed indicator is its rule in words, from the same core as the form's.
    from flare_monitor.indicators.rule_words import describe_rule

    sheet = setup_page_sheet(page, TRAINED)
    assert "".join(describe_rule(sheet.rule).split())[:80] in "".join(text.split())
    assert officer.opened == [
        "ProjectDialog", "ResultDialog", "ResultDialog", "ResultDialog", "ResultDialog", "IndicatorDialog",
        "IndicatorDialog", "ActivityDialog", "ImportWizard", "OrganizationDialog",
    ]  # fmt: skip
    assert QMessageBox  # every message box was recorded, none blocked
