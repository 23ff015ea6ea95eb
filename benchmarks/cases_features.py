"""Benchmarks of the features on top of the register: the participants page, import, report."""

from __future__ import annotations

import time
from datetime import date

from benchmarks.harness import Result, median_time, summarize

IMPORT_ROWS = 10_000


def bench_participants_page(ctx) -> Result:
    """First rows painted and one filter keystroke, through the real page, model and view."""
    from PySide6.QtWidgets import QApplication

    from ui.context import Context as UiContext
    from ui.pages.participants import ParticipantsPage

    app = QApplication.instance() or QApplication([])
    firsts, keystrokes = [], []
    for _ in range(ctx.repeat):
        started = time.perf_counter()
        page = ParticipantsPage(ctx.db)
        page.resize(1200, 800)
        page.show()
        page.set_context(UiContext(project=ctx.project, country=None, period_label=None))
        page.run_search()
        page.table.viewport().repaint()  # paints the visible rows: data() for each visible cell
        firsts.append(time.perf_counter() - started)
        started = time.perf_counter()
        page.search.setText("ба")
        page.run_search()
        page.table.viewport().repaint()
        keystrokes.append(time.perf_counter() - started)
        page.close()
        page.deleteLater()
        app.processEvents()
    result = Result(
        "participants page: first rows shown",
        summarize(firsts),
        target="≤ 300 ms",
        runs=firsts,
        note=f"filter a keystroke: {summarize(keystrokes) * 1000:.0f} ms (target ≤ 100 ms)",
    )
    result.passed = result.seconds <= 0.3 and summarize(keystrokes) <= 0.1
    return result


def _sheet(path) -> None:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Attendance")
    sheet.write_row(0, 0, ["Training on forced labour"])
    sheet.write_row(2, 0, ["No.", "Name", "Sex", "Organization", "Position", "Pre-test", "Post-test"])
    for i in range(IMPORT_ROWS):
        sheet.write_row(
            3 + i,
            0,
            [
                i + 1,
                f"Bench Officer {i:05d}",
                "F" if i % 3 else "M",
                f"Bench station {i % 40}",
                "Inspector",
                40 + i % 30,
                60 + i % 40,
            ],
        )
    book.close()


def bench_import(ctx) -> Result:
    """A 10,000-row xlsx into the large register (matching against it), rolled back after each run."""
    from python_calamine import CalamineWorkbook
    from sqlalchemy import Column, Integer, MetaData, String, Table

    from flare_monitor.io.attendance_import import import_attendance
    from flare_monitor.services.activities import ActivityIn, add_activity, project_country_codes

    path = ctx.work / "import.xlsx"
    _sheet(path)
    with ctx.db.session() as session:
        country = project_country_codes(session, ctx.project.code)[0]

    def real_import() -> None:
        session = ctx.db.factory()
        try:
            add_activity(
                session,
                ActivityIn(
                    project=ctx.project.code,
                    country=country,
                    code="BENCH-IMPORT",
                    title="Benchmark",
                    type="training",
                    start=date(2025, 6, 2),
                    end=date(2025, 6, 3),
                    status="completed",
                ),
            )
            import_attendance(session, path, "BENCH-IMPORT")
            session.flush()
        finally:
            session.rollback()
            session.close()

    scratch = Table(
        "bench_rows", MetaData(), Column("n", Integer), *(Column(f"c{i}", String) for i in range(6))
    )

    def baseline() -> None:
        rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Attendance").to_python()[3:]
        with ctx.db.engine.connect() as conn:
            scratch.create(conn, checkfirst=True)
            conn.execute(
                scratch.insert(),
                [{"n": int(r[0]), **{f"c{i}": str(v) for i, v in enumerate(r[1:])}} for r in rows],
            )
            conn.rollback()

    runs = median_time(real_import, ctx.repeat)
    base = median_time(baseline, ctx.repeat)
    result = Result(
        "import a 10,000-row xlsx",
        summarize(runs),
        "calamine read + bare executemany",
        summarize(base),
        "≤ 3 × baseline",
        runs=runs,
    )
    result.passed = result.ratio <= 3
    return result


def bench_report(ctx) -> Result:
    """The quarterly report of the sample's 20 countries: the PDF and its Excel annex (every quarter)."""
    return _bench_report(ctx, "ilo-quarterly", "quarter", "quarterly report PDF + Excel annex")


def bench_tpr(ctx) -> Result:
    """The USDOL Technical Progress Report of the same project: PDF (with Annex A of every half-year to date)
    and the Excel Data Reporting Form."""
    return _bench_report(ctx, "usdol-tpr", "half", "TPR PDF + Excel annex")


def _bench_report(ctx, template: str, kind: str, name: str) -> Result:
    from flare_monitor.indicators.periods import period_containing
    from flare_monitor.reports.builder import build_report
    from flare_monitor.reports.model import ReportOptions

    project = ctx.project
    period = period_containing(
        date(2025, 5, 1),
        kind,
        fiscal=project.calendar == "fiscal",
        fiscal_start_month=project.fiscal_year_start_month,
    )
    targets = iter(range(1000))
    cpu: list[float] = []

    def build() -> None:
        number = next(targets)
        started = time.process_time()
        with ctx.db.session() as session:
            build_report(
                session,
                ReportOptions(
                    project=project.code,
                    period=period.label,
                    out=ctx.work / f"{template}-{number}.pdf",
                    xlsx=ctx.work / f"{template}-{number}.xlsx",
                    template=template,
                ),
            )
        cpu.append(time.process_time() - started)

    runs = median_time(build, max(1, min(ctx.repeat, 3)))
    countries = len(project.countries)
    result = Result(
        f"{name}, {countries} countries",
        summarize(runs),
        target="≤ 15 s",
        runs=runs,
        note=f"CPU {summarize(cpu):.1f} s",
    )
    result.passed = result.seconds <= 15
    return result
