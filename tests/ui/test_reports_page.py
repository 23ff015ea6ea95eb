"""Reports page: the donor report generated in a worker, its history, Open PDF and Cancel."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from ui import workers
from ui.pages.reports import ReportHistoryModel


@pytest.fixture
def reports(window, tmp_path):
    window.show_page("reports")
    page = window.pages["reports"]
    page.report_folder.setText(str(tmp_path / "reports"))
    return page


def test_generate_donor_report(qtbot, reports, tmp_path, monkeypatch, qtmodeltester):
    from pypdf import PdfReader

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    assert reports.report_scope() == ["PK"]
    assert reports.history_model.rowCount() == 0
    reports.generate()
    qtbot.waitUntil(lambda: reports.generate_button.isEnabled())
    result = reports.last_report
    assert result is not None and result.path.is_file()
    assert result.path.parent == tmp_path / "reports"
    assert "BRIDGE" in PdfReader(str(result.path)).pages[0].extract_text()
    assert not reports.open_button.isHidden()
    reports.open_button.click()
    assert opened == [str(result.path)]

    model = reports.history_model
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    assert model.index(0, ReportHistoryModel.COL_PERIOD).data() == "FY2024-Q3"
    assert model.index(0, ReportHistoryModel.COL_COUNTRIES).data() == "PK"
    assert model.index(0, ReportHistoryModel.COL_FILE).data() == result.path.name
    assert "SHA-256" not in [
        model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
    ]
    assert model.index(0, ReportHistoryModel.COL_PAGES).data() == str(result.pages)
    assert result.sha256 in model.index(0, ReportHistoryModel.COL_FILE).data(Qt.ItemDataRole.ToolTipRole)


def test_generate_with_excel_annex_in_spanish(qtbot, reports):
    reports.excel_annex.setChecked(True)
    reports.language.setCurrentIndex(reports.language.findData("es"))
    reports.generate()
    qtbot.waitUntil(lambda: reports.generate_button.isEnabled())
    result = reports.last_report
    assert result.path.name.endswith("_es.pdf")
    assert result.xlsx_path is not None and result.xlsx_path.is_file()


def test_cancel_writes_nothing(qtbot, reports, tmp_path, monkeypatch, message_boxes):
    monkeypatch.setattr(workers.Worker, "is_cancelled", lambda self: True)
    reports.generate()
    qtbot.waitUntil(lambda: reports.generate_button.isEnabled())
    assert reports.last_report is None
    assert list((tmp_path / "reports").iterdir()) == []
    assert "cancelled" in reports.report_result.text()
    assert reports.open_button.isHidden()
    assert reports.history_model.rowCount() == 0
    assert message_boxes.texts("critical") == []


def test_no_country_chosen(reports):
    for i in range(reports.report_countries.count()):
        reports.report_countries.item(i).setCheckState(Qt.CheckState.Unchecked)
    reports.generate()
    assert not reports.report_error.isHidden()
    assert reports.last_report is None


def test_templates_come_from_the_registry_with_their_options(qtbot, reports, window):
    from flare_monitor.reports.registry import templates

    ids = [reports.template.itemData(i) for i in range(reports.template.count())]
    assert ids == [t.id for t in templates()] and "usdol-tpr" in ids
    assert reports.report_period.isHidden() and reports.final_report.isHidden()
    assert not reports.annex_participants.isHidden()
    reports.template.setCurrentIndex(reports.template.findData("usdol-tpr"))
    # A TPR covers a half-year: its two periods are offered, the one holding the context's quarter chosen.
    presets = [reports.report_period.itemData(i) for i in range(reports.report_period.count())]
    assert presets == ["FY2024-S1", "FY2024-S2"] and reports.report_period.currentData() == "FY2024-S2"
    assert not reports.final_report.isHidden() and reports.annex_participants.isHidden()
    reports.final_report.setCurrentIndex(reports.final_report.findData("yes"))
    reports.approved_only.setChecked(True)
    options = reports.report_options()
    assert (options.template, options.period, dict(options.template_options)) == (
        "usdol-tpr", "FY2024-S2", {"final_report": "yes"})  # fmt: skip
    assert options.approved_only and not options.annex_participants
    reports.generate()
    qtbot.waitUntil(lambda: reports.generate_button.isEnabled())
    assert reports.last_report.template == "usdol-tpr"
    model = reports.history_model
    assert model.index(0, ReportHistoryModel.COL_TEMPLATE).data() == "USDOL Technical Progress Report (TPR)"
    assert model.index(0, ReportHistoryModel.COL_PERIOD).data() == "FY2024-S2"


def test_sections_without_text_are_listed_before_building(qtbot, reports, window):
    assert reports.empty_note.text() == ""  # the demo's FY2024-Q3 has every section
    window.set_context("BRIDGE", "PK", "FY2024-Q4")
    reports.reload()
    assert "Narrative sections without text:" in reports.empty_note.text()
    assert "Lessons learned" in reports.empty_note.text()
