"""The import wizard on small generated sheets, with the real importer and inline workers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

pytest.importorskip("flare_monitor.io.attendance_import")

from flare_monitor.actions import imports  # noqa: E402
from flare_monitor.services.attendance import roster  # noqa: E402
from ui.import_wizard import ImportWizard  # noqa: E402
from ui.models.import_preview import ERROR_BG, PreviewModel  # noqa: E402

HEADER = ["No.", "Full name", "Sex", "Organization", "Position", "Days attended", "Pre-test", "Post-test"]
ROWS = [
    [1, "Nasreen Baloch", "F", "Department of Labour Balochistan", "Labour Inspector", 2, 40, 75],
    [2, "Imran Kakar", "M", "Balochistan Police", "Sub-Inspector", 2, 35, 70],
    [3, "Сабина Тестова", "F", "Federal Investigation Agency", "Assistant Director", 1, 50, 80],
]


def _xlsx(path, rows):
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Attendance")
    sheet.write_row(0, 0, ["Training on forced labour, Quetta"])
    sheet.write_row(2, 0, HEADER)
    for i, row in enumerate(rows, start=3):
        sheet.write_row(i, 0, row)
    book.add_worksheet("Notes").write(0, 0, "nothing here")
    book.close()
    return path


def _wizard(qtbot, window, path, code="BR-PK-2024-TRN-APR") -> ImportWizard:
    wizard = ImportWizard(window.db, "BRIDGE", code, "PK", window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    assert wizard.file_page.isComplete()
    wizard.next()  # → sheet: read in a worker (inline in tests)
    assert wizard.currentPage() is wizard.sheet_page
    qtbot.waitUntil(wizard.sheet_page.isComplete)
    if path.suffix == ".xlsx":
        assert wizard.sheet_page.sheet.currentText() == "Attendance"
        assert wizard.sheet_page.sheet.count() == 2
    wizard.next()  # → columns
    assert wizard.currentPage() is wizard.mapping_page
    return wizard


def test_import_through_the_wizard(qtbot, window, tmp_path, demo_db, qtmodeltester):
    window.show_page("activities")
    page = window.pages["activities"]
    with demo_db.session() as s:
        before = len(roster(s, "BR-PK-2024-TRN-APR"))
    wizard = _wizard(qtbot, window, _xlsx(tmp_path / "attendance.xlsx", ROWS))
    wizard.imported.connect(lambda _code: page.reload())
    mapping = wizard.mapping_page
    assert mapping.header_row.value() == 3
    fields = {col: combo.currentData() for col, combo in mapping.combos.items()}
    assert fields[1] == "name" and fields[2] == "sex" and fields[7] == "post_test"
    qtmodeltester.check(wizard.sheet_page.model)  # the raw rows shown on the sheet page
    wizard.next()  # → preview: planned in a worker
    preview = wizard.preview_page
    qtbot.waitUntil(preview.isComplete)
    assert preview.model.rowCount() == 3
    assert [preview.model.index(r, PreviewModel.COL_ROW).data() for r in range(3)] == ["4", "5", "6"]
    qtmodeltester.check(preview.model)
    wizard.next()  # commit: written in a worker with its own session
    qtbot.waitUntil(lambda: wizard.summary is not None)
    assert wizard.currentPage() is wizard.done_page
    assert "3 people added" in wizard.done_page.text.text()
    with demo_db.session() as s:
        names = {r.full_name for r in roster(s, "BR-PK-2024-TRN-APR")}
    assert len(names) == before + 3 and "Сабина Тестова" in names
    row = page.model.find_code("BR-PK-2024-TRN-APR")
    assert page.model.row_at(row).participants >= before + 3 - 1


def test_row_errors_are_highlighted_and_block_the_import(qtbot, window, tmp_path, demo_db):
    bad = ROWS + [[4, "Unknown Person", "X", "Balochistan Police", "", 5, 140, ""]]
    wizard = _wizard(qtbot, window, _xlsx(tmp_path / "bad.xlsx", bad))
    wizard.next()
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: wizard.plan is not None)
    assert not preview.isComplete()
    assert preview.only_problems.isChecked()
    assert preview.proxy.rowCount() == 1
    index = preview.proxy.index(0, PreviewModel.COL_MESSAGES)
    assert preview.proxy.index(0, PreviewModel.COL_ROW).data() == "7"
    assert index.data(Qt.ItemDataRole.BackgroundRole).color() == ERROR_BG
    assert preview.proxy.index(0, PreviewModel.COL_STATUS).data(Qt.ItemDataRole.DecorationRole) is not None
    assert "X" in index.data() or "sex" in index.data().lower()
    preview.only_problems.setChecked(False)
    assert preview.proxy.rowCount() == 4
    with demo_db.session() as s:
        assert "Unknown Person" not in {r.full_name for r in roster(s, "BR-PK-2024-TRN-APR")}


def test_csv_and_column_mapping_override(qtbot, window, tmp_path, demo_db):
    path = tmp_path / "sheet.csv"
    path.write_text(
        "Nombre completo;Sexo;Institución;Observaciones\nRosa Quispe Mamani;F;Policía Nacional;ok\n",
        encoding="utf-8-sig",
    )
    wizard = _wizard(qtbot, window, path, code=None)
    index = wizard.file_page.activity.findData("BR-PK-2024-TRN-APR")
    assert index >= 0
    mapping = wizard.mapping_page
    assert mapping.isComplete()
    name_combo = next(c for c in mapping.combos.values() if c.currentData() == "name")
    name_combo.setCurrentIndex(name_combo.findData("ignore"))
    assert not mapping.isComplete()
    name_combo.setCurrentIndex(name_combo.findData("name"))
    wizard.back()
    wizard.back()
    wizard.file_page.activity.setCurrentIndex(index)
    wizard.next()
    qtbot.waitUntil(wizard.sheet_page.isComplete)
    wizard.next()
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete)
    assert wizard.preview_page.model.row_at(0).values["name"] == "Rosa Quispe Mamani"


def test_unreadable_file_shows_message(qtbot, window, tmp_path):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"not a workbook at all")
    wizard = ImportWizard(window.db, "BRIDGE", "BR-PK-2024-TRN-APR", "PK", window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    wizard.next()
    assert not wizard.sheet_page.isComplete()
    assert "not an Excel workbook" in wizard.sheet_page.error.text()


@pytest.mark.slow
def test_window_stays_responsive_on_10000_rows(qtbot, window, tmp_path, monkeypatch):
    """Reading and planning a 10,000-row sheet run on the real thread pool; the event loop keeps going.

    Checked without timing: the planning waits until a timer on the GUI thread has fired, which only
    happens when the GUI thread is free; run on the GUI thread it would wait in vain and say so."""
    import threading

    from PySide6.QtCore import QThreadPool, QTimer

    from ui import workers

    monkeypatch.setattr(workers, "thread_pool", QThreadPool.globalInstance)
    path = tmp_path / "big.csv"
    lines = ["Full name,Sex,Organization,Days attended"]
    lines += [f"Person Number {i:05d},{'F' if i % 2 else 'M'},Balochistan Police,1" for i in range(10_000)]
    path.write_text("\n".join(lines), encoding="utf-8")
    beat = threading.Event()
    seen = {}
    real_plan = imports.plan

    def plan_once_the_window_has_beaten(*args, **kwargs):
        seen["thread"] = threading.get_ident()
        beat.clear()
        seen["window beat"] = beat.wait(timeout=30)
        return real_plan(*args, **kwargs)

    monkeypatch.setattr(imports, "plan", plan_once_the_window_has_beaten)
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(beat.set)
    timer.start()
    wizard = ImportWizard(window.db, "BRIDGE", "BR-PK-2024-TRN-APR", "PK", window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    wizard.next()
    qtbot.waitUntil(wizard.sheet_page.isComplete, timeout=20_000)
    wizard.next()
    wizard.next()
    assert wizard.preview_page.work.worker is not None, "planning runs in a worker"
    assert wizard.preview_page.work.isVisible()
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=90_000)
    timer.stop()
    assert seen["thread"] != threading.get_ident(), "the rows were checked on the GUI thread"
    assert seen["window beat"], "the GUI thread did not run while the rows were being checked"
    assert wizard.preview_page.model.rowCount() == 10_000
    assert wizard.preview_page.work.bar.maximum() == 10_000  # progress was reported
