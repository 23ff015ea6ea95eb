"""Files the Reports page names after a project are valid on Windows, whatever the project code holds."""

from __future__ import annotations

from sqlalchemy import update

from flare_monitor.actions.reports import ExportIndicatorTables, export_indicator_tables
from flare_monitor.db.models import Project

CODE = "GLO/18/20/USA"  # ILO project codes are written like this


def _rename_bridge(db) -> None:
    with db.session() as session:
        session.execute(update(Project).where(Project.code == "BRIDGE").values(code=CODE))


def test_indicator_exports_of_a_project_code_with_slashes(demo_db, tmp_path):
    _rename_bridge(demo_db)
    written = export_indicator_tables(
        demo_db, ExportIndicatorTables(CODE, "FY2024-Q3", (None, "PK"), tmp_path, "csv")
    )
    assert [p.name for p in written] == [
        "GLO-18-20-USA_FY2024-Q3_all-countries_indicators.csv",
        "GLO-18-20-USA_FY2024-Q3_PK_indicators.csv",
    ]
    assert all(p.parent == tmp_path and p.is_file() for p in written)


def test_donor_report_file_of_a_project_code_with_slashes(window, tmp_path):
    _rename_bridge(window.db)
    window.load_projects()
    window.set_context(CODE, "PK", "FY2024-Q3")
    window.show_page("reports")
    page = window.pages["reports"]
    page.report_folder.setText(str(tmp_path))
    page.excel_annex.setChecked(True)
    options = page.report_options()
    assert options.out == tmp_path / "GLO-18-20-USA_FY2024-Q3_PK_en.pdf"
    assert options.xlsx == tmp_path / "GLO-18-20-USA_FY2024-Q3_PK_en_annex.xlsx"
