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
    # The file's name beside the folder field (a whole path does not fit the column), the path in the tooltip.
    assert result.path.name in reports.report_result.text()
    assert str(result.path) in reports.report_result.toolTip()
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
    # A TPR covers a half-year: its two periods are offered, the one holding the context's quarter chosen;
    # the period chosen above is offered too (a TPR of any period).
    presets = [reports.report_period.itemData(i) for i in range(reports.report_period.count())]
    quarter = window.context.period.label
    assert (
        presets == ["FY2024-S1", "FY2024-S2", quarter] and reports.report_period.currentData() == "FY2024-S2"
    )
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


@pytest.fixture
def dialogs(monkeypatch):
    """Dialogs opened with exec() are recorded instead of waiting for a click."""
    from PySide6.QtWidgets import QDialog

    opened: list[QDialog] = []
    monkeypatch.setattr(QDialog, "exec", lambda self: opened.append(self) or 0)
    return opened


def _generated(qtbot, reports):
    reports.generate()
    qtbot.waitUntil(lambda: reports.generate_button.isEnabled())
    assert reports.last_report is not None
    return reports.last_report


def test_ctrl_p_previews_and_prints_every_page_of_the_report(qtbot, reports, window, dialogs, tmp_path):
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget

    result = _generated(qtbot, reports)
    pages = len(PdfReader(str(result.path)).pages)
    assert pages > 1
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(dialogs))
    [preview] = dialogs
    assert isinstance(preview, QPrintPreviewDialog) and result.path.name in preview.windowTitle()
    # The paper is the report's own (A4 by default), painted whole.
    printer = preview.printer()
    assert printer.pageLayout().pageSize().id() == result_page_size(result.path)
    widget = preview.findChild(QPrintPreviewWidget)
    widget.updatePreview()
    assert widget.pageCount() == pages
    preview.resize(900, 1000)
    preview.show()
    qtbot.waitExposed(preview)
    widget.setCurrentPage(1)
    preview.grab().save(str(tmp_path / "preview.png"))
    # Printed (to a PDF here): as many sheets as the report has pages, in the same order.
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    preview.paintRequested.emit(printer)
    assert len(PdfReader(str(tmp_path / "printed.pdf")).pages) == pages
    preview.close()


def result_page_size(path):
    from pypdf import PdfReader
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QPageSize

    box = PdfReader(str(path)).pages[0].mediabox
    size = QSizeF(float(box.width), float(box.height))
    return QPageSize(size, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch).id()


def test_the_report_selected_in_the_history_is_the_one_printed(qtbot, reports, window, dialogs):
    first = _generated(qtbot, reports)
    reports.language.setCurrentIndex(reports.language.findData("fr"))
    second = _generated(qtbot, reports)
    assert reports.report_to_print() == second.path  # nothing selected: the last generated
    row = next(r for r in range(reports.history_model.rowCount())
               if reports.history_model.row_at(r).file_path == str(first.path))  # fmt: skip
    reports.history.selectRow(row)
    window.print_action.trigger()
    qtbot.waitUntil(lambda: bool(dialogs))
    assert first.path.name in dialogs[-1].windowTitle()


def test_a_moved_report_gives_one_line(qtbot, reports, window, dialogs, message_boxes):
    result = _generated(qtbot, reports)
    result.path.rename(result.path.with_name("elsewhere.pdf"))
    window.print_action.trigger()
    qtbot.waitUntil(lambda: bool(message_boxes.shown))
    [text] = message_boxes.texts("warning")
    assert "no longer there" in text and result.path.name in text and "\n" not in text
    assert dialogs == [] and reports.print_work.isHidden()


def test_nothing_to_print_before_a_report_is_generated(reports, window, dialogs):
    window.print_action.trigger()
    assert dialogs == []
    assert "generate one first" in window.statusBar().currentMessage()


@pytest.mark.parametrize("language", ["en", "es", "fr"])
def test_the_help_of_the_reports_page_says_how_to_print(language):
    from ui.help import help_file

    text = help_file("reports", language).read_text(encoding="utf-8")
    assert "Ctrl+P" in text and "Ctrl+C" in text


def test_a_success_story_photo_left_out_is_said_beside_the_report(qtbot, reports, window, tmp_path):
    """A photo showing people is not printed in a TPR; the page says which one and how to allow it."""
    from PIL import Image

    from flare_monitor.actions.evidence import AddEvidence, add_evidence
    from flare_monitor.services.evidence import SectionKey, Target

    photo = tmp_path / "kiln-visit.png"
    Image.new("RGB", (160, 90), (200, 120, 40)).save(photo)
    target = Target(section=SectionKey("BRIDGE", "FY2024-S2", None, "success_story"))
    assert add_evidence(window.db, AddEvidence(target, (photo,), personal=True)).added
    reports.template.setCurrentIndex(reports.template.findData("usdol-tpr"))
    reports.report_period.setCurrentIndex(reports.report_period.findData("FY2024-S2"))
    reports.generate()
    qtbot.waitUntil(lambda: reports.generate_button.isEnabled())
    assert reports.last_report.withheld_photos == ("kiln-visit.png",)
    text = reports.report_result.text()
    assert "kiln-visit.png" in text and "Shows or names people" in text
