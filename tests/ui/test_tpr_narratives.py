"""The Narratives page's Technical Progress Report tab (progress per outcome, the TPR's sections, the success
story with its photo) and the risk register: typed through the widgets, then found in the TPR's PDF."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QGroupBox, QMessageBox

from flare_monitor.services.narratives import period_texts
from flare_monitor.services.risks import list_risks

SCREENSHOTS = Path(tempfile.gettempdir()) / "flare-tpr-screenshots"  # looked at by hand


@pytest.fixture
def page(window):
    window.set_context("BRIDGE", None, "FY2024-Q3")  # the whole project's texts: the TPR prints them
    window.show_page("narratives")
    page = window.pages["narratives"]
    page.tabs.setCurrentIndex(1)
    return page


@pytest.fixture(autouse=True)
def _screenshots_folder():
    SCREENSHOTS.mkdir(exist_ok=True)


def _photo(path: Path) -> Path:
    image = QImage(320, 240, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a6f97"))
    assert image.save(str(path))
    return path


def _type(qtbot, edit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def _pdf(path: Path) -> tuple[list[str], PdfReader]:
    reader = PdfReader(str(path))
    return [" ".join((p.extract_text() or "").split()) for p in reader.pages], reader


def _build_tpr(db, out: Path) -> None:
    from flare_monitor.actions.reports import generate_report
    from flare_monitor.reports.model import ReportOptions

    generate_report(db, ReportOptions(project="BRIDGE", period="FY2024-S2", out=out, template="usdol-tpr",
                                      deterministic=True))  # fmt: skip


def test_the_tpr_tab_shows_the_half_years_texts_per_outcome(page):
    assert "FY2024-S2" in page.tpr_note.text() and "FY2024-Q3" in page.tpr_note.text()
    codes = [o.code for o in page.outcomes]
    assert codes == ["1", "1.1", "1.1.1", "1.1.2", "1.1.3", "1.2", "1.2.1", "1.2.2"]  # outcomes, no outputs
    assert page.outcome_editor("1").toPlainText().startswith("Two more target countries")
    assert page.tpr.editors["donor_comments"].toPlainText().startswith("USDOL asked")
    assert page.outcome_editor("1.1.1").toPlainText() == ""
    titles = [box.title() for box in page.outcomes_box.findChildren(QGroupBox)]
    assert titles[0].endswith(" 1") and titles[2].endswith(" 1.1.1")
    assert not page.is_dirty() and not page.save_button.isEnabled()


def test_texts_a_photo_and_a_risk_typed_in_the_app_reach_the_tpr(qtbot, window, page, demo_db, tmp_path,
                                                                 monkeypatch):  # fmt: skip
    _type(qtbot, page.outcome_editor("1.1.1"), "Forty officers in Quetta now use the case checklist.")
    _type(qtbot, page.tpr.editors["donor_comments"], "We answered the grant officer about sex ratios.")
    story = page.tpr.editors["success_story"]
    _type(qtbot, story, "Saima, an inspector, freed nine families from a kiln debt near Quetta.")
    photo = _photo(tmp_path / "kiln visit.png")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(photo), ""))
    qtbot.mouseClick(page.photo_button, Qt.MouseButton.LeftButton)
    assert page.photo_name.text() == "kiln visit.png" and not page.photo_preview.pixmap().isNull()
    assert page.remove_photo_button.isEnabled()
    qtbot.keyClicks(page.caption, "Inspector Saima at the kiln, May 2024")
    assert page.is_dirty() and page.state.text() == "Unsaved changes"
    QApplication.processEvents()  # the layout takes in the "Unsaved changes" line
    page.grab().save(str(SCREENSHOTS / "tpr-tab.png"))
    page.tabs.currentWidget().ensureWidgetVisible(page.caption)  # the tab is a scroll area
    QApplication.processEvents()
    page.grab().save(str(SCREENSHOTS / "tpr-tab-story.png"))
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not page.is_dirty(), page.error.text()

    with demo_db.session() as s:
        stored = period_texts(s, "BRIDGE", "FY2024-S2")
    assert stored["outcome_progress:1.1.1"].text.startswith("Forty officers")
    assert stored["success_story"].photo_path == str(photo)
    assert stored["success_story"].photo_caption == "Inspector Saima at the kiln, May 2024"
    assert stored["highlights"].text.startswith("In April–September 2024")  # the other sections untouched

    dialog = page.open_risks()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 5)
    form = dialog.add()
    qtbot.keyClicks(form.risk, "Floods close the roads to the brick kilns in July")
    form.likelihood.setCurrentIndex(form.likelihood.findData("high"))
    qtbot.keyClicks(form.mitigation, "Move field visits to the dry months")
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 6)
    assert dialog.selected().label == "R6" and dialog.selected().likelihood == "high"

    out = tmp_path / "tpr.pdf"
    _build_tpr(demo_db, out)
    pages, reader = _pdf(out)
    text = " ".join(pages)
    for written in ("Forty officers in Quetta now use the case checklist.",
                    "We answered the grant officer about sex ratios.",
                    "Saima, an inspector, freed nine families from a kiln debt near Quetta.",
                    "Inspector Saima at the kiln, May 2024",
                    "Floods close the roads to the brick kilns in July", "Move field visits to the dry months"):  # fmt: skip
        assert written in text, written
    story_page = next(n for n, p in enumerate(pages) if "Saima, an inspector" in p)
    assert reader.pages[story_page].images, "the success story's photo is on its page"


def test_a_countrys_tpr_tab_holds_its_progress_per_outcome(qtbot, window, page, demo_db):
    assert page.sections.isVisibleTo(page) and page.sections_note.isHidden()
    window.set_context("BRIDGE", "PK", "FY2024-Q3")
    assert page.sections.isHidden() and page.sections_note.isVisibleTo(page)  # the TPR prints them once
    assert page.outcome_editor("1").toPlainText() == ""  # Pakistan's own texts
    _type(qtbot, page.outcome_editor("1.1.1"), "Balochistan police trained")
    assert page.save()
    with demo_db.session() as s:
        assert period_texts(s, "BRIDGE", "FY2024-S2", "PK")["outcome_progress:1.1.1"].text == (
            "Balochistan police trained"
        )
        assert "outcome_progress:1.1.1" not in period_texts(s, "BRIDGE", "FY2024-S2")


def test_a_photo_without_its_story_is_refused(qtbot, page, tmp_path):
    page.tpr.editors["success_story"].clear()
    page.set_photo(str(_photo(tmp_path / "p.png")))
    assert not page.save()
    assert "Success story" in page.error.text() and page.is_dirty()


def test_editing_and_deleting_a_risk(qtbot, window, page, demo_db, message_boxes, qtmodeltester):
    dialog = page.open_risks()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 5)
    qtmodeltester.check(dialog.model)
    assert not dialog.edit_button.isEnabled() and dialog.edit_button.toolTip() == "Select a risk first"
    assert dialog.select_number(2)
    form = dialog.edit_selected()
    assert form.risk.toPlainText().startswith("The security situation in Balochistan")
    assert form.country.currentData() == "PK"
    form.status.setCurrentIndex(form.status.findData("closed"))
    _type(qtbot, form.mitigation, "Trainings held in Quetta only")
    form.adjustSize()
    form.grab().save(str(SCREENSHOTS / "risk-form.png"))
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    with demo_db.session() as s:
        r2 = next(r for r in list_risks(s, "BRIDGE") if r.number == 2)
    assert (r2.status, r2.mitigation) == ("closed", "Trainings held in Quetta only")
    qtbot.waitUntil(lambda: dialog.model.row_at(1).status == "closed")
    dialog.grab().save(str(SCREENSHOTS / "risk-register.png"))

    assert dialog.select_number(5)
    message_boxes.answer = QMessageBox.StandardButton.No
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert "Delete the risk R5" in message_boxes.texts("question")[-1]
    assert dialog.model.rowCount() == 5
    message_boxes.answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 4)
    with demo_db.session() as s:
        assert [r.label for r in list_risks(s, "BRIDGE")] == ["R1", "R2", "R3", "R4"]

    window.undo_action.trigger()  # Edit › Undo brings the risk back, under its own number
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 5)
    with demo_db.session() as s:
        assert [r.label for r in list_risks(s, "BRIDGE")] == ["R1", "R2", "R3", "R4", "R5"]


def test_a_locked_half_years_tpr_texts_are_read_only(window, demo_db):
    from flare_monitor.services.period_locks import lock_period

    with demo_db.session(user="mne.officer") as s:
        lock_period(s, "BRIDGE", "FY2024-S2", "TPR sent to USDOL", acknowledge="gaps known")
    window.set_context("BRIDGE", None, "FY2024-Q4")
    window.show_page("narratives")
    page = window.pages["narratives"]
    assert all(edit.isReadOnly() for edit in page.tpr.editors.values())
    assert page.caption.isReadOnly() and not page.photo_button.isEnabled()
    assert (
        "The narrative of FY2024-S2 is in FY2024-S2 of BRIDGE, which mne.officer locked" in page.error.text()
    )
    assert "locked" in page.outcome_editor("1").toolTip()

    window.period_combo.setCurrentIndex(window.period_combo.findData("FY2025-Q1"))  # the next half-year
    assert not any(edit.isReadOnly() for edit in page.tpr.editors.values())
    assert page.photo_button.isEnabled() and page.error.isHidden()


def test_the_success_storys_evidence_is_the_half_years(qtbot, page, monkeypatch):
    """The photo the TPR prints first is one attached to the success story of the half-year (it travels in
    packages): its Evidence files… button opens that section's attachments, not the quarter's."""
    from ui.evidence_panel import EvidenceDialog

    opened = []
    monkeypatch.setattr(EvidenceDialog, "open", lambda dialog: opened.append(dialog))
    [button] = [b for b in page.evidence_buttons if page.tabs.widget(1).isAncestorOf(b)]
    button.click()
    [dialog] = opened
    qtbot.addWidget(dialog)
    section = dialog.panel._target.section
    assert (section.period, section.section, section.country) == ("FY2024-S2", "success_story", None)
    assert "FY2024-S2" in dialog.windowTitle()
