"""Dashboard, results & indicators, data quality, reports and settings with the demo data."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from flare_monitor.services.period_locks import locked_periods
from ui.models.indicators import IndicatorGridModel, IndicatorTableModel


def test_dashboard_cards_and_charts(qtbot, window):
    page = window.pages["dashboard"]
    window.show_page("dashboard")
    qtbot.waitUntil(lambda: page.figures is not None)
    assert int(page.cards["activities"].value.text()) == page.figures.activity_count > 0
    assert page.figures.people > 0
    assert page.cards["people"].value.text() == f"{page.figures.people:,}"
    assert len(page.canvases) == 3
    page.cards["completed"].clicked.emit()
    activities = window.pages["activities"]
    assert window.current_page() is activities
    assert activities.status_filter.currentData() == "completed"


def test_dashboard_draws_the_report_charts(qtbot, window):
    page = window.pages["dashboard"]
    window.show_page("dashboard")
    qtbot.waitUntil(lambda: page.figures is not None)
    people, cumulative, status = page.canvases
    for canvas in page.canvases:
        canvas.draw()
        assert len(canvas.axes_with_data()) == 1
    # people trained by sex and agency type: bars with a width; the status bars match the cards
    [ax] = people.axes_with_data()
    assert sum(bar.get_width() for bar in ax.patches) > 0
    [ax] = status.axes_with_data()
    assert sum(bar.get_width() for bar in ax.patches) == page.figures.activity_count
    assert {bar.get_gid() for bar in ax.patches} == set(page.figures.by_status)
    # cumulative actual against target: two lines with the periods as x
    [ax] = cumulative.axes_with_data()
    assert len(ax.lines) >= 2 and ax.lines[0].get_xdata().size > 1
    assert page.indicator.count() > 1

    def picture():
        return [
            (
                axes.get_title(loc="left"),
                [t.get_text() for t in axes.texts],
                [list(ln.get_ydata()) for ln in axes.lines],
            )
            for axes in cumulative.figure.axes
        ]

    before = picture()
    assert before[0][0].startswith(page.indicator.currentData())
    other = 1 if page.indicator.currentIndex() != 1 else 0
    page.indicator.setCurrentIndex(other)
    after = picture()
    assert after != before
    assert page.chart_data.series.title.startswith(page.indicator.itemData(other))


def test_dashboard_chart_click_opens_activities(qtbot, window):
    page = window.pages["dashboard"]
    window.show_page("dashboard")
    qtbot.waitUntil(lambda: page.figures is not None)

    status = page.canvases[2]
    rect, gid = next(hit for hit in status.rendered.hits if hit[1] == "completed")
    ratio = status.devicePixelRatioF()
    qtbot.mouseClick(status, Qt.MouseButton.LeftButton, pos=(rect.center() / ratio).toPoint())
    assert window.current_page() is window.pages["activities"]
    assert window.pages["activities"].status_filter.currentData() == gid == "completed"


@pytest.fixture
def results(window):
    window.show_page("results")
    return window.pages["results"]


def test_results_tree_and_indicator_table(qtbot, results, qtmodeltester):
    assert results.tree_model.rowCount() == 1 and results.tree_model.item(0).rowCount() > 0
    assert results.model.rowCount() > 0
    qtmodeltester.check(results.model)
    qtmodeltester.check(results.grid_model)
    total = results.proxy.rowCount()
    first_result = results.tree_model.item(0).child(0)
    results.tree.setCurrentIndex(first_result.index())
    assert 0 < results.proxy.rowCount() <= total
    assert results.grid_model.rowCount() > 4  # quarters of the project + LOP
    assert results.grid_model.row_at(results.grid_model.rowCount() - 1).period == "LOP"


def test_edit_target_and_actuals_read_only(qtbot, results, demo_db):
    grid = results.grid_model
    row = next(i for i in range(grid.rowCount()) if grid.row_at(i).period == "FY2024-Q4")
    target = grid.index(row, IndicatorGridModel.COL_TARGET_F)
    actual = grid.index(row, IndicatorGridModel.COL_ACTUAL)
    assert not grid.flags(actual) & Qt.ItemFlag.ItemIsEditable
    assert actual.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert grid.setData(target, "12")
    assert target.data() == "12"
    assert not grid.setData(target, "lots")
    assert not results.grid_error.isHidden()
    code = results.selected_code()
    results.refresh()
    assert results.selected_code() == code
    row = next(i for i in range(grid.rowCount()) if grid.row_at(i).period == "FY2024-Q4")
    assert grid.index(row, IndicatorGridModel.COL_TARGET_F).data() == "12"


def test_lock_and_unlock_period_with_reason(qtbot, window, results, demo_db, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Report sent to USDOL", True))
    results.toggle_lock()
    with demo_db.session() as s:
        assert "FY2024-Q3" in {lock.period for lock in locked_periods(s, "BRIDGE")}
    assert "locked" in results.lock_state.text()
    grid = results.grid_model
    row = next(i for i in range(grid.rowCount()) if grid.row_at(i).period == "FY2024-Q3")
    assert not grid.flags(grid.index(row, IndicatorGridModel.COL_TARGET)) & Qt.ItemFlag.ItemIsEditable
    results.toggle_lock()
    with demo_db.session() as s:
        assert locked_periods(s, "BRIDGE") == []


def test_quality_findings_open_the_record(qtbot, window, qtmodeltester):
    page = window.pages["quality"]
    window.show_page("quality")
    assert page.model.rowCount() > 0, "the demo data has findings to show"
    qtmodeltester.check(page.model)
    rows = page.model.rows()
    with_indicator = next((i for i, f in enumerate(rows) if f.indicator and not f.activity), None)
    if with_indicator is not None:
        page.table.selectRow(with_indicator)
        page.open_selected()
        assert window.current_page() is window.pages["results"]
        assert window.pages["results"].selected_code() == rows[with_indicator].indicator


def test_indicator_table_columns(results):
    figure = results.model.row_at(0)
    assert results.model.index(0, IndicatorTableModel.COL_CODE).data() == figure.code


def test_reports_export_in_worker(qtbot, window, tmp_path):
    page = window.pages["reports"]
    window.show_page("reports")
    out = tmp_path / "exports"
    page.folder.setText(str(out))
    assert page.scopes() == ["PK"]
    page.countries.item(0).setCheckState(Qt.CheckState.Checked)
    page.export()
    qtbot.waitUntil(lambda: page.export_button.isEnabled())
    files = sorted(p.name for p in out.iterdir())
    assert files == ["BRIDGE_FY2024-Q3_PK_indicators.xlsx", "BRIDGE_FY2024-Q3_all-countries_indicators.xlsx"]
    assert "Written" in page.result.text()


def test_settings_page(qtbot, window, demo_db):
    page = window.pages["settings"]
    window.show_page("settings")
    assert page.location.text() == demo_db.display_location()
    assert "participant" in page.counts.text()
    page.report_format.setCurrentIndex(page.report_format.findData("csv"))
    from ui import settings

    assert settings.get("reports/format") == "csv"
