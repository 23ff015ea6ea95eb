"""Reports of projects built in the tests: hand-counted figures, long tables, scripts, hostile text,
determinism, many countries, the Excel annex, the record of each report, progress and cancel."""

from __future__ import annotations

import hashlib
from datetime import date

import openpyxl
import pycountry
import pytest
from pypdf import PdfReader

from flare_monitor.db.models import ReportRecord
from flare_monitor.errors import UserError
from flare_monitor.indicators.engine import compute_indicators, project_by_code
from flare_monitor.indicators.overview import trained_by_agency
from flare_monitor.reports.assemble import ReportOptions
from flare_monitor.reports.builder import ReportCancelled, build_report
from flare_monitor.reports.records import list_reports

from .helpers import (
    SmallProject,
    build_long_project,
    build_many_countries,
    build_small_project,
    pdf_fonts,
    pdf_pages,
    squash,
)

HOSTILE = ["<b>X</b> & <font size=30>", '<img src="/etc/passwd"/>', "<i>unclosed", "&amp;"]


def _build(db, tmp_path, name="report.pdf", spec=None, **options):
    with db.session() as session:
        if spec is not False:
            build_small_project(session, spec)
    code = options.pop("project", (spec or SmallProject()).code if spec is not False else "HANDS")
    with db.session() as session:
        return build_report(
            session,
            ReportOptions(
                project=code, period=options.pop("period", "FY2024-Q3"), out=tmp_path / name, **options
            ),
        )


def test_hand_counted_people_are_in_the_pdf(db, tmp_path):
    """3 trainings, 8 attendances, 7 distinct people (one twice): 4 women, 3 men; PK 5 (3 F, 2 M)."""
    result = _build(db, tmp_path, deterministic=True)
    text = squash("".join(pdf_pages(result.path)))
    # IPTT row: code with its footnote, name, baseline 0, period target 10, actual 7 (F 4 / M 3), target to
    # date 10, actual to date 7 (F 4 / M 3), 70% of the period target, 70% of the target to date, LoP 20,
    # 35% of the LoP target, needs attention (70 % is within 35 %); the footnote gives the counting rule.
    assert (
        squash(
            "1.1 (1) Number of officials trained on forced labour (by sex) 0 10 7 F 4 / M 3 10 7 F 4 / M 3"
            " 70% 70% 20 35% Needs attention"
        )
        in text
    )
    assert (
        squash("(1) 1.1: participants of completed trainings or workshops; each person counted once") in text
    )
    # Pakistan: the agency table (law enforcement 2 F + 1 M, labour department 1 F + 1 M, total 3 F 2 M)
    assert squash("Law enforcement 2 1 0 3") in text and squash("Labour department 1 1 0 2") in text
    assert squash("Total 3 2 0 5") in text and squash("Total 1 1 0 2") in text
    # the facilitator and the victim at the awareness session are not counted
    with db.session() as session:
        fig = compute_indicators(session, "HANDS", "FY2024-Q3").figure("1.1")
        assert (fig.actual, fig.by_sex["female"], fig.by_sex["male"]) == (7, 4, 3)
        project = project_by_code(session, "HANDS")
        groups = trained_by_agency(session, project.id, date(2024, 4, 1), date(2024, 6, 30))
    assert {k: sum(sum(c.values()) for c in v.values()) for k, v in groups.items()} == {"PK": 5, "NP": 2}
    assert "Planned refresher training" in "".join(pdf_pages(result.path))  # next period's plan


def test_calendar_label_of_a_fiscal_project_works(db, tmp_path):
    result = _build(db, tmp_path, period="2024-Q2")
    text = "\n".join(pdf_pages(result.path))
    assert "2024-Q2" in text and squash("F 4 / M 3") in squash(text)


def test_long_iptt_repeats_its_header_on_every_page(db, tmp_path):
    with db.session() as session:
        build_long_project(session, 60)
    result = _build(db, tmp_path, spec=False, project="LONG")
    pages = pdf_pages(result.path)
    iptt = [p for p in pages if "Indicator number" in p]
    assert len(iptt) >= 2
    for page in iptt:
        assert "Periodtarget" in squash(page) and "LoPtarget" in squash(page)
    assert "Indicator number 60" in "".join(pages)


def test_deterministic_builds_are_byte_identical(db, tmp_path):
    first = _build(db, tmp_path, "a.pdf", deterministic=True)
    with db.session() as session:
        second = build_report(
            session,
            ReportOptions(project="HANDS", period="FY2024-Q3", out=tmp_path / "b.pdf", deterministic=True),
        )
    assert first.path.read_bytes() == second.path.read_bytes()
    assert first.sha256 == second.sha256


def test_report_record_holds_the_real_checksum(db, tmp_path):
    result = _build(db, tmp_path, countries=("PK",), annex_participants=True)
    digest = hashlib.sha256(result.path.read_bytes()).hexdigest()
    assert result.sha256 == digest
    with db.session() as session:
        record = session.get(ReportRecord, result.record_id)
        assert record.sha256 == digest and record.file_path == str(result.path.absolute())
        assert record.period == "FY2024-Q3" and record.scope["countries"] == ["PK"]
        assert record.scope["annex_participants"] is True and record.generated_by
        rows = list_reports(session, "HANDS")
    assert [r.sha256 for r in rows] == [digest] and rows[0].exists


def test_hostile_markup_is_printed_literally(db, tmp_path):
    spec = SmallProject(
        title="Project " + HOSTILE[0],
        narrative="Narrative " + " ".join(HOSTILE),
        activity_title="Training " + HOSTILE[1],
    )
    spec.names["A"] = "Amina " + HOSTILE[2] + " " + HOSTILE[3]
    spec.names["B"] = "Bushra " + HOSTILE[1]
    spec.org_names["police"] = "Police " + HOSTILE[0] + " " + HOSTILE[2]
    result = _build(db, tmp_path, spec=spec, annex_participants=True)
    text = squash("".join(pdf_pages(result.path)))
    for hostile in HOSTILE:
        assert squash(hostile) in text, hostile
    for literal in (
        spec.title,
        spec.narrative,
        spec.names["A"],
        spec.names["B"],
        spec.org_names["police"],
        spec.activity_title,
    ):
        assert squash(literal) in text, literal


def test_names_in_five_scripts_use_the_right_fonts(db, tmp_path):
    spec = SmallProject()
    spec.names.update(
        {"A": "Ana María Flores", "B": "Бат-Эрдэнэ Дорж", "C": "王伟", "D": "राम बहादुर थापा", "E": "بلال خان"}
    )
    result = _build(db, tmp_path, spec=spec, annex_participants=True)
    fonts = pdf_fonts(result.path)
    for name in (
        "NotoSans-Regular",
        "NotoSansDevanagari-Regular",
        "NotoNaskhArabic-Regular",
        "DroidSansFallback",
    ):
        assert name in fonts, (name, fonts)
    text = "\n".join(pdf_pages(result.path))
    for name in ("Ana María Flores", "Бат-Эрдэнэ Дорж", "王伟"):
        assert name in text, name


def test_sensitive_records_never_appear_even_with_the_annex(db, tmp_path):
    result = _build(db, tmp_path, annex_participants=True, xlsx=tmp_path / "annex.xlsx")
    text = "\n".join(pdf_pages(result.path))
    assert "Annex 3. Participants of the period" in text and "Gita Rai" in text
    assert "Sensitive Victimname" not in text
    assert "+92 300 1234567" not in text and "@example.org" not in text
    book = openpyxl.load_workbook(result.xlsx_path, read_only=True)
    cells = [str(c) for row in book["Participants"].iter_rows(values_only=True) for c in row]
    assert "Gita Rai" in cells and "Sensitive Victimname" not in cells
    assert not any("@example.org" in c for c in cells)


def test_excel_annex_has_every_period_and_the_engines_totals(db, tmp_path):
    spec = SmallProject(activity_title="=1+2")
    spec.names["A"] = '=HYPERLINK("http://evil.example","click")'
    result = _build(db, tmp_path, spec=spec, annex_participants=True, xlsx=tmp_path / "annex.xlsx",
                    period="FY2024-Q4")  # fmt: skip
    book = openpyxl.load_workbook(result.xlsx_path)
    sheet = book["IPTT"]
    labels = [v for v in (c.value for c in sheet[1]) if isinstance(v, str) and v.startswith("FY")]
    # From the project's first period with data (its targets and trainings start in FY2024-Q3, not at the
    # project's start on 1 Oct 2023) to the report's period.
    assert labels == ["FY2024-Q3", "FY2024-Q4"]
    header = [c.value for c in sheet[2]]
    assert header[5:11] == ["Period target", "Actual", "Female", "Male", "Other", "Not recorded"]
    rows = list(sheet.iter_rows(min_row=3, values_only=True))
    with db.session() as session:
        for index, label in enumerate(labels):
            report = compute_indicators(session, "HANDS", label)
            for fig in report.figures:
                total = next(r for r in rows if r[0] == fig.code and r[2] == "Total")
                col = 5 + 6 * index
                assert total[col] == fig.target and total[col + 1] == fig.actual, (label, fig.code)
                if fig.by_sex:
                    parts = total[col + 2 : col + 6]
                    assert parts == tuple(fig.by_sex[s] for s in ("female", "male", "other", "not_recorded"))
                    assert sum(parts) == total[col + 1]  # actual = F + M + O + NR
    q3 = next(r for r in rows if r[0] == "1.1" and r[2] == "Total")
    assert q3[5:11] == (10, 7, 4, 3, 0, 0)
    assert all(isinstance(v, int) for v in q3[5:11])  # whole numbers, no "7." in Excel
    assert next(r for r in rows if r[0] == "1.1" and r[2] == "PK")[6] == 5
    # Texts that look like formulas reach the donor as text (the quarter of the trainings).
    result = _build(db, tmp_path, "q3.pdf", spec=False, annex_participants=True, xlsx=tmp_path / "q3.xlsx")
    book = openpyxl.load_workbook(result.xlsx_path)
    titles = [c for c in book["Activities"]["B"]]
    hostile = next(c for c in titles if c.value and "1+2" in str(c.value))
    assert hostile.data_type == "s" and hostile.value == "'=1+2"
    names = [c for c in book["Participants"]["A"] if c.value and "HYPERLINK" in str(c.value)]
    assert names and names[0].data_type == "s" and names[0].value.startswith("'=")


def test_twenty_countries_build(db, tmp_path):
    codes = sorted(c.alpha_2 for c in pycountry.countries)[:40:2]
    with db.session() as session:
        build_many_countries(session, codes)
    # How fast it builds is measured by benchmarks/, not here.
    result = _build(db, tmp_path, spec=False, project="WORLD", annex_participants=True)
    text = "\n".join(pdf_pages(result.path))
    assert len(codes) == 20 and result.pages >= 20
    for code in codes:
        assert f"W-{code}-0" in text


def test_letter_page_size_and_a_logo_on_the_cover(db, tmp_path):
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 120), (30, 45, 90)).save(logo)
    result = _build(db, tmp_path, page_size="letter", logo_path=logo, prepared_by="M&E officer")
    reader = PdfReader(str(result.path))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    assert "/XObject" in reader.pages[0]["/Resources"]  # the logo
    assert "M&E officer" in reader.pages[0].extract_text()


def test_progress_is_reported_and_cancel_writes_nothing(db, tmp_path):
    seen: list[tuple[float, str]] = []
    with db.session() as session:
        build_small_project(session)
    with db.session() as session:
        result = build_report(
            session,
            ReportOptions(project="HANDS", period="FY2024-Q3", out=tmp_path / "p.pdf"),
            progress=lambda f, m: seen.append((f, m)),
        )
    fractions = [f for f, _m in seen]
    assert fractions == sorted(fractions) and fractions[0] == 0.0 and fractions[-1] == 1.0 and len(seen) > 5
    assert result.path.exists()
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 4

    with db.session() as session:
        with pytest.raises(ReportCancelled):
            build_report(
                session,
                ReportOptions(project="HANDS", period="FY2024-Q3", out=tmp_path / "c.pdf"),
                cancelled=cancelled,
            )
    assert not (tmp_path / "c.pdf").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_bad_requests_are_user_errors(db, tmp_path):
    with db.session() as session:
        build_small_project(session)
    bad = [
        {"project": "NOPE"},
        {"period": "2024-Q7"},
        {"period": "LOP"},
        {"countries": ("FR",)},
        {"out": tmp_path / "missing" / "r.pdf"},
        {"language": "de"},
        {"page_size": "a3"},
    ]
    for changes in bad:
        options = {"project": "HANDS", "period": "FY2024-Q3", "out": tmp_path / "r.pdf", **changes}
        with db.session() as session, pytest.raises(UserError):
            build_report(session, ReportOptions(**options))
    assert not (tmp_path / "r.pdf").exists()
