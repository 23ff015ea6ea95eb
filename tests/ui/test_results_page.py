"""The quarter's data work on the Results page: reported values typed and pasted into the grid, a variance
explained, Peru's figures submitted, returned with a comment, submitted again, approved, and the quarter
locked; the same grid for targets; what is locked looks read-only."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from flare_monitor.db.models import IndicatorValue, PeriodStatus
from flare_monitor.services.period_locks import locked_periods
from ui.dialogs.lock_period import LockDialog
from ui.models.indicators import IndicatorTableModel
from ui.models.table import ROW_ROLE

QUARTER = "FY2024-Q3"
PLANS = "1.1"  # national or provincial action plans: a reported (manual) indicator
SHOTS = (
    Path(os.environ.get("FLARE_TEST_SCREENSHOTS", "")) if os.environ.get("FLARE_TEST_SCREENSHOTS") else None
)


@pytest.fixture
def results(window):
    window.set_context("BRIDGE", "PE", QUARTER)
    window.show_page("results")
    page = window.pages["results"]
    assert page.select_indicator(PLANS)
    return page


def shot(widget, name: str) -> None:
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / f"{name}.png"))


def cell(grid, country, sex, period):
    model = grid.model
    return model.index(model.view.rows.index((country, sex)), model.view.periods.index(period))


def type_into(qtbot, grid, index, text: str) -> None:
    """Select the cell and type, as a person would: the first key opens the editor, Enter saves."""
    grid.table.setFocus()
    grid.table.setCurrentIndex(index)
    qtbot.keyClicks(grid.table, text[0])  # opens the editor with that key
    editor = grid.table.focusWidget()
    assert editor is not grid.table
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def stored_values(db, country="PE", code=PLANS):
    """{(period, country, sex): (value, explanation, status)} of one indicator's reported values."""
    with db.session() as s:
        rows = s.query(IndicatorValue).filter(IndicatorValue.country_code == country)
        return {
            (v.period, v.country_code, getattr(v.sex, "value", v.sex)): (
                v.value,
                v.explanation,
                v.status.value,
            )
            for v in rows
            if v.indicator.code == code
        }


def test_a_quarter_entered_explained_submitted_returned_approved_and_locked(
    qtbot, window, results, demo_db, monkeypatch
):
    values, targets = results.values, results.targets
    assert values.model.view.kind == "values" and not values.model.view.computed

    # A target for Peru's quarter, typed into the targets grid: the same widget, with an LOP column.
    assert targets.model.view.periods[-1] == "LOP"
    type_into(qtbot, targets, cell(targets, "PE", None, QUARTER), "2")
    assert cell(results.targets, "PE", None, QUARTER).data() == "2"

    # The reported value, typed: Enter saves it and moves to the row below.
    index = cell(values, "PE", None, QUARTER)
    type_into(qtbot, values, index, "0")
    assert stored_values(demo_db)[(QUARTER, "PE", None)] == (0.0, None, "draft")
    assert cell(values, "PE", None, QUARTER).data(Qt.ItemDataRole.BackgroundRole) is not None  # draft
    figure = results.model.rows()[[f.code for f in results.model.rows()].index(PLANS)]
    assert figure.status == "off_track"

    # Off track and unexplained: the quality rule says so; the explanation is written in the notes panel.
    window.show_page("quality")
    quality = window.pages["quality"]
    assert "unexplained_variance" in {f.rule for f in quality.model.rows()}
    assert quality.summary.text().endswith(f"{QUARTER} (Peru).")
    window.show_page("results")
    values.table.setCurrentIndex(cell(values, "PE", None, QUARTER))
    details = values.details
    assert details.explanation.isEnabled() and details.source.isVisible()
    details.explanation.setPlainText("The Ministry postponed its plan to 2025")
    details.source.setText("Ministry of Labour, letter of 2 July 2024")
    details.save_button.click()
    assert stored_values(demo_db)[(QUARTER, "PE", None)] == (
        0.0,
        "The Ministry postponed its plan to 2025",
        "draft",
    )
    window.show_page("quality")
    assert "unexplained_variance" not in {f.rule for f in quality.model.rows()}
    window.show_page("results")
    shot(window, "results-grid")

    # Peru submits with a note; headquarters returns it with a comment Peru sees.
    results.select_country("PE")
    assert results.submit_button.isEnabled() and not results.approve_button.isEnabled()
    answers = iter(
        [
            ("Q3 figures checked by the Lima office", True),
            ("Please attach the Ministry's letter", True),
            ("Letter attached", True),
            ("Thank you", True),
        ]
    )
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: next(answers))
    results.submit_button.click()
    assert results.selected_submission().status == "submitted"
    assert "Q3 figures checked" in results.submission_text.text()
    results.return_button.click()
    returned = results.selected_submission()
    assert returned.status == "returned" and returned.comment == "Please attach the Ministry's letter"
    assert "Please attach the Ministry's letter" in results.submission_text.text()
    shot(window, "results-returned")
    results.submit_button.click()
    assert results.approve_button.isEnabled()
    results.approve_button.click()
    assert results.selected_submission().status == "approved"
    with demo_db.session() as s:
        row = s.query(PeriodStatus).filter_by(country_code="PE").one()
        assert (row.status.value, row.note, row.comment) == ("approved", "Letter attached", "Thank you")

    # The dashboard shows where the quarter stands.
    window.show_page("dashboard")
    dashboard = window.pages["dashboard"]
    qtbot.waitUntil(lambda: dashboard.figures is not None)
    assert "Peru approved" in dashboard.submission.text()
    window.show_page("results")

    # Locking needs the open findings acknowledged.
    seen = {}

    def fill_and_accept(dialog: LockDialog):
        seen["open"] = dialog.needs_acknowledgement()
        dialog.reason.setText("Q3 report sent to USDOL on 30 July 2024")
        assert not dialog.lock_button.isEnabled() or not dialog.needs_acknowledgement()
        dialog.acknowledge.setText("Targets of the other countries are set with the next work plan")
        assert dialog.lock_button.isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(LockDialog, "exec", fill_and_accept)
    results.toggle_lock()
    assert seen["open"]
    with demo_db.session() as s:
        assert [lock.period for lock in locked_periods(s, "BRIDGE")] == [QUARTER]
    assert "is locked" in results.lock_state.text()
    assert results.selected_submission().status == "locked"
    assert not any(
        b.isEnabled() for b in (results.submit_button, results.return_button, results.approve_button)
    )
    locked_cell = cell(results.values, "PE", None, QUARTER)
    assert not results.values.model.flags(locked_cell) & Qt.ItemFlag.ItemIsEditable
    results.values.table.setCurrentIndex(locked_cell)
    assert not results.values.details.save_button.isEnabled()
    assert all(f.submitted for f in results.model.rows())
    shot(window, "results-locked")


def test_a_pasted_block_is_previewed_and_written_only_when_every_cell_is_right(
    qtbot, results, demo_db, monkeypatch
):
    values = results.values
    previews = []

    def preview(block):
        dialog = type(results).paste_preview(results, block)
        previews.append(dialog)
        dialog.exec = lambda: (
            QDialog.DialogCode.Accepted if dialog.write_button.isEnabled() else QDialog.DialogCode.Rejected
        )
        return dialog

    monkeypatch.setattr(results, "paste_preview", preview)
    start = cell(values, "PE", None, "FY2024-Q2")
    values.table.setCurrentIndex(start)
    before = stored_values(demo_db)
    # Peru's FY2024-Q2, Q3 and Q4 as copied from Excel: a count with a decimal is refused, "x" too.
    values.table.paste("1\t2,5\tx\n")
    [dialog] = previews
    problems = {c.name: c.problem for c in dialog.block if c.problem}
    assert len(problems) == 2 and not dialog.write_button.isEnabled()
    assert any("whole number" in p for p in problems.values()) and any(
        "not a number" in p for p in problems.values()
    )
    assert stored_values(demo_db) == before  # nothing written
    shot(dialog, "paste-preview")
    QGuiApplication.clipboard().setText("1\t2\t3\n")
    values.table.setFocus()
    values.table.setCurrentIndex(cell(values, "PE", None, "FY2024-Q2"))
    from PySide6.QtGui import QKeySequence

    qtbot.keySequence(values.table, QKeySequence.StandardKey.Paste)
    assert previews[-1].write_button.isEnabled()
    now = stored_values(demo_db)
    assert [now[(p, "PE", None)][0] for p in ("FY2024-Q2", "FY2024-Q3", "FY2024-Q4")] == [1.0, 2.0, 3.0]
    # Delete clears the selected cells.
    values.table.setCurrentIndex(cell(values, "PE", None, "FY2024-Q4"))
    qtbot.keyClick(values.table, Qt.Key.Key_Delete)
    assert (("FY2024-Q4", "PE", None)) not in stored_values(demo_db)


def test_enter_saves_and_moves_down_tab_moves_right(qtbot, window, demo_db):
    window.set_context("BRIDGE", None, QUARTER)  # every country: a row per country
    window.show_page("results")
    results = window.pages["results"]
    results.select_indicator(PLANS)
    values = results.values
    start = cell(values, "NP", None, QUARTER)
    type_into(qtbot, values, start, "1")
    assert values.table.currentIndex().row() == start.row() + 1  # Peru's row, below Nepal's
    assert stored_values(demo_db, "NP")[(QUARTER, "NP", None)][0] == 1.0
    values.table.setCurrentIndex(cell(values, "PE", None, QUARTER))
    qtbot.keyClicks(values.table, "2")
    qtbot.keyClick(values.table.focusWidget(), Qt.Key.Key_Tab)
    assert stored_values(demo_db)[(QUARTER, "PE", None)][0] == 2.0
    assert values.model.view.periods[values.table.currentIndex().column()] == "FY2024-Q4"


def test_numbers_are_read_the_way_the_language_writes_them(qtbot, results, demo_db, monkeypatch):
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Peru))
    try:
        results.select_indicator("1.1.3")  # a percentage
        values = results.values
        type_into(qtbot, values, cell(values, "PE", None, QUARTER), "72,5")
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    with demo_db.session() as s:
        [stored] = [
            v
            for v in s.query(IndicatorValue).filter_by(country_code="PE", period=QUARTER)
            if v.indicator.code == "1.1.3"
        ]
    assert stored.value == 72.5


def test_lock_on_an_empty_database_does_nothing_harmful(qtbot, db, message_boxes):
    from ui.main_window import MainWindow

    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    window.show_page("results")
    page = window.pages["results"]
    assert not page.lock_button.isEnabled()
    page.toggle_lock()  # a shortcut or a stale click: nothing happens, no error
    for key in ("dashboard", "activities", "quality", "narratives", "reports", "participants"):
        window.show_page(key)
    window.pages["activities"].new_record()
    window.pages["narratives"].save()
    assert message_boxes.shown == []
    window.close()


def test_locking_a_quarter_that_has_not_ended_is_asked_twice(
    qtbot, window, demo_db, monkeypatch, message_boxes
):
    from datetime import date

    from flare_monitor.indicators.periods import period_containing

    current = period_containing(date.today(), fiscal=True).label  # BRIDGE reports in US fiscal quarters
    window.set_context("BRIDGE", None, current)
    window.show_page("results")
    results = window.pages["results"]

    def fill_and_accept(dialog: LockDialog):
        dialog.reason.setText("Closing the quarter early")
        dialog.acknowledge.setText("Known gaps")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(LockDialog, "exec", fill_and_accept)
    message_boxes.answer = QMessageBox.StandardButton.No
    results.toggle_lock()
    [question] = message_boxes.texts("question")
    assert "has not ended yet" in question
    with demo_db.session() as s:
        assert locked_periods(s, "BRIDGE") == []  # No: nothing locked
    message_boxes.answer = QMessageBox.StandardButton.Yes
    results.toggle_lock()
    with demo_db.session() as s:
        assert [lock.period for lock in locked_periods(s, "BRIDGE")] == [current]


def test_a_reported_values_evidence_is_reached_from_its_cell(qtbot, window, demo_db, tmp_path):
    # A signed plan attached to Peru's reported figure: the cell says so and the notes panel opens the files.
    from flare_monitor.actions.evidence import AddEvidence, Target, add_evidence
    from tests.flare_monitor.evidence.samples import pdf

    window.set_context("BRIDGE", "PE", QUARTER)
    window.show_page("results")
    results = window.pages["results"]
    results.select_indicator(PLANS)
    values = results.values
    index = cell(values, "PE", None, QUARTER)
    type_into(qtbot, values, index, "3")  # a saved value has an id evidence can hang on
    values.table.setCurrentIndex(index)
    button = values.details.evidence_button
    assert button.isVisible() and button.isEnabled() and "(0)" in button.text()
    record = values.model.cell(index).record
    plan = tmp_path / "action-plan-signed.pdf"
    plan.write_bytes(pdf("Provincial action plan, signed"))
    add_evidence(demo_db, AddEvidence(Target(value=record), (plan,), caption="Signed plan"))
    results.select_indicator(PLANS)  # the grid reads its cells again
    values.table.setCurrentIndex(cell(values, "PE", None, QUARTER))
    assert "(1)" in values.details.evidence_button.text()
    assert "1" in values.model.data(cell(values, "PE", None, QUARTER), Qt.ItemDataRole.ToolTipRole)
    dialog = results.open_evidence(values.model.cell(cell(values, "PE", None, QUARTER)), "Peru")
    qtbot.waitUntil(lambda: dialog.panel.model.rowCount() == 1)
    dialog.close()
    # A counted indicator proves itself from the register: no evidence button there.
    results.select_indicator("1.1.1.2")
    assert not results.values.details.evidence_button.isVisible()


def test_the_page_and_its_grids_arrive_in_one_answer(qtbot, window, monkeypatch):
    """Showing the page or changing the country paints the table and both grids from one worker's answer:
    a grid read on its own while the window paints would compete with that paint."""
    from flare_monitor.actions import indicators

    asked_alone = []
    real = indicators.entry_view
    monkeypatch.setattr(indicators, "entry_view", lambda *a, **k: asked_alone.append(a) or real(*a, **k))
    window.set_context("BRIDGE", "PE", QUARTER)
    window.show_page("results")
    page = window.pages["results"]
    code = page.selected_code()
    assert code is not None
    for grid in (page.values, page.targets):
        assert grid.model.view is not None and grid.model.view.rows
        assert grid.model.view.kind == grid.kind
    window.set_context("BRIDGE", "PK", QUARTER)
    assert page.selected_code() == code  # the indicator stays selected
    assert {country for country, _sex in page.values.model.view.rows} == {"PK"}
    assert asked_alone == []
    page.select_indicator(PLANS)  # another indicator: its grids are read on their own
    assert len(asked_alone) == 2 and page.values.model.view.rows


def test_the_indicator_selected_is_kept_else_the_first_with_a_target():
    from types import SimpleNamespace

    from flare_monitor.actions.results import indicator_to_select

    figures = [SimpleNamespace(code="1", target=None), SimpleNamespace(code="2", target=5)]
    assert indicator_to_select(figures, "1") == "1"
    assert indicator_to_select(figures, "gone") == "2"
    assert indicator_to_select(figures[:1], None) == "1"
    assert indicator_to_select([], "1") is None


def test_the_result_chosen_in_the_tree_stays_chosen_when_the_period_changes(qtbot, window):
    window.set_context("BRIDGE", "PE", QUARTER)
    window.show_page("results")
    page = window.pages["results"]
    root = page.tree_model.index(0, 0)
    chosen = page.tree_model.index(0, 0, page.tree_model.index(0, 0, root))  # an outcome under the goal
    page.tree.setCurrentIndex(chosen)
    code = chosen.data(Qt.ItemDataRole.UserRole)
    shown = page.proxy.rowCount()
    assert 0 < shown < page.model.rowCount()
    window.set_context("BRIDGE", "PE", "FY2024-Q2")
    assert page.tree.currentIndex().data(Qt.ItemDataRole.UserRole) == code
    assert page.proxy.rowCount() == shown


def test_no_figure_is_cut_off_when_another_indicator_is_chosen(qtbot, window, demo_db):
    """Each grid fits the figures of the indicator shown, not those of the one shown before (a life-of-
    project target is often the widest number, under the narrowest heading)."""
    from flare_monitor.actions.indicators import CellChange, set_target

    for code in (PLANS, "1.1.2"):  # two reported indicators, shown one after the other
        set_target(
            demo_db,
            CellChange("BRIDGE", code, "LOP", value=3 if code == PLANS else 123_456_789, country="PE"),
        )
    # and a quarter's target wider than the table's heading "Target"
    set_target(demo_db, CellChange("BRIDGE", "1.1.2", QUARTER, value=123_456_789_012, country="PE"))
    window.set_context("BRIDGE", "PE", QUARTER)
    window.show_page("results")
    page = window.pages["results"]
    codes = [page.proxy.index(row, 0).data(ROW_ROLE).code for row in range(page.proxy.rowCount())]
    table = page.table
    for column in range(page.proxy.columnCount()):  # the indicators' own table, on its first answer
        if column != IndicatorTableModel.COL_NAME:
            assert table.columnWidth(column) >= table.sizeHintForColumn(column), column
    for code in [PLANS, "1.1.2", *codes]:
        assert page.select_indicator(code)
        for grid in (page.values, page.targets):
            table = grid.table
            for column in range(grid.model.columnCount()):
                assert table.columnWidth(column) >= table.sizeHintForColumn(column), (code, grid.kind, column)
