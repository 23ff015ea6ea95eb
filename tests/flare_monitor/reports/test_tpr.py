"""The USDOL Technical Progress Report of the demo's BRIDGE project for FY2024-S2, built by the command line
and read back: the cover sheet, the certification, the disclaimer with the agreement number, Annex A equal
to `indicators --json` for every reporting period, Annex B listing every activity of the period with its
reason, the TPR's narrative sections and the risk register."""

from __future__ import annotations

import json
from datetime import date, timedelta

import openpyxl
import pytest
from pypdf import PdfReader

import flare_monitor.cli as cli
from flare_monitor.db.migrate import open_database
from flare_monitor.reports.excel_annex import rounded

from .helpers import squash

PERIOD = "FY2024-S2"
START, END = date(2024, 4, 1), date(2024, 9, 30)


@pytest.fixture(scope="module")
def tpr(tmp_path_factory, databases):
    """(database URL, pdf pages, workbook, stdout) of `report --template usdol-tpr …` on the demo data."""
    from flare_monitor.services.demo import load_demo

    base = tmp_path_factory.mktemp("tpr")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("FLARE_MONITOR_DATA_DIR", str(base / "appdata"))
        url = databases.empty_url()
        db = open_database(url)
        with db.session(audit=False) as session:
            load_demo(session)
        db.dispose()
        pdf, xlsx = base / "tpr.pdf", base / "tpr.xlsx"
        code = cli.run(["--db", url, "report", "--template", "usdol-tpr", "--project", "BRIDGE", "--period", PERIOD,
                        "--out", str(pdf), "--xlsx", str(xlsx), "--deterministic"])  # fmt: skip
        assert code == 0
        pages = [page.extract_text() or "" for page in PdfReader(str(pdf)).pages]
        yield url, pages, openpyxl.load_workbook(xlsx), mp
    databases.drop(url)


def _json(capsys, url: str, *argv) -> object:
    capsys.readouterr()
    assert cli.run(["--db", url, *argv]) == 0
    return json.loads(capsys.readouterr().out)


def _section(pages: list[str], start: str, end: str | None) -> str:
    text = "\n".join(pages[2:])  # after the cover and the contents
    begin = text.index(start)
    return text[begin : text.index(end, begin + len(start)) if end else len(text)]


def test_the_cover_sheet_certification_and_disclaimer(tpr):
    _url, pages, _book, _mp = tpr
    cover = pages[0]
    for words in ("Technical Progress Report", "USDOL/ILAB/OCFT", "Cooperative agreement number",
                  "IL-27592-15-75-K", "Unique Entity ID", "Grantee", "International Labour Organization (ILO)",
                  "Mongolia, Nepal, Pakistan, Peru, Uzbekistan", "From Protocol to Practice",
                  "Headquarters contact", "Chief Technical Adviser, BRIDGE project", "Field contact",
                  "ILO Country Office for Pakistan", "Grant period", "1 December 2015 – 31 December 2026",
                  "End of the reporting period", "30 September 2024", "Final report", "Semi-annual",
                  "USD 13,500,000", "A Data Reporting Form", "B Work plan status", "G Major outputs",
                  "Certification", "I certify to the best of my knowledge", "Signature",
                  "Chief, Fundamental Principles and Rights at Work Branch"):  # fmt: skip
        assert squash(words) in squash(cover), words
    assert squash("Funding is provided by the United States Department of Labor under cooperative agreement "
                  "number IL-27592-15-75-K, for a total of USD 13,500,000.") in squash(cover)  # fmt: skip
    assert squash("does not necessarily reflect the views or policies of the United States Department of Labor") \
        in squash(cover)  # fmt: skip
    assert "E VAT exemption" not in cover  # nothing written about it: the annex is left out
    assert squash("12. Final report No") in squash(cover)


def test_annex_a_equals_indicators_json_for_every_period(tpr, capsys):
    url, pages, book, _mp = tpr
    sheet = book["Annex A - DRF"]
    periods = [v for v in (c.value for c in sheet[1]) if isinstance(v, str) and v.startswith("FY")]
    assert periods == ["FY2023-S1", "FY2023-S2", "FY2024-S1", "FY2024-S2"]  # from the first period with data
    header = [c.value for c in sheet[2]]
    assert header[4:10] == ["Period target", "Actual", "Female", "Male", "Other", "Not recorded"]
    rows = {r[0]: r for r in sheet.iter_rows(min_row=3, values_only=True) if r[0]}
    annex_a = squash(_section(pages, "Annex A. Data Reporting Form", "Annex B. Work plan status"))
    checked = 0
    for index, period in enumerate(periods):
        report = _json(capsys, url, "indicators", "--project", "BRIDGE", "--period", period, "--json")
        for fig in report["indicators"]:
            row = rows[fig["code"]]
            col = 4 + 6 * index
            unit = fig["unit"]
            assert row[col] == rounded(fig["target"], unit), (period, fig["code"], "target")
            assert row[col + 1] == rounded(fig["actual"], unit), (period, fig["code"], "actual")
            by_sex = fig["by_sex"] or {}
            for offset, sex in enumerate(("female", "male", "other", "not_recorded"), start=2):
                assert row[col + offset] == rounded(by_sex.get(sex), unit), (period, fig["code"], sex)
            # The PDF's row of the period: its label, target and actual, as the report prints them.
            from flare_monitor.reports import words

            printed = [words.format_value(fig[k], unit, "en") for k in ("target", "actual")]
            assert squash(period + "".join(printed)) in annex_a, (period, fig["code"])
            checked += 1
    assert checked >= 40
    last = _json(capsys, url, "indicators", "--project", "BRIDGE", "--period", PERIOD, "--json")
    for fig in last["indicators"]:
        assert rows[fig["code"]][4 + 6 * len(periods) + 1] == rounded(fig["cumulative_actual"], fig["unit"])


def test_annex_b_lists_every_activity_of_the_period_with_its_reason(tpr, capsys):
    url, pages, book, _mp = tpr
    activities = _json(capsys, url, "activity", "list", "--project", "BRIDGE", "--json")

    def of_period(a: dict) -> bool:
        """Counted day by day: a day planned or held in the period, or due before it and still open."""
        period = {START + timedelta(days=n) for n in range((END - START).days + 1)}

        def days(start, end) -> set[date]:
            first = date.fromisoformat(start)
            last = date.fromisoformat(end or start)
            return {first + timedelta(days=n) for n in range((last - first).days + 1)}

        held = days(a["start"], a["end"]) | days(a["planned_start"], a["planned_end"])
        still_owed = (
            a["status"] in ("planned", "ongoing", "postponed")
            and date.fromisoformat(a["planned_start"] or a["start"]) < START
        )
        return bool(held & period) or still_owed

    expected = {a["code"]: a for a in activities if of_period(a)}
    assert len(expected) >= 8
    assert any(a["status"] == "postponed" for a in expected.values())  # the Qashqadaryo training
    assert any(a["reason"] and a["status"] == "completed" for a in expected.values())  # the delayed workshop
    sheet = book["Annex B - Work plan"]
    listed = {r[0]: r for r in sheet.iter_rows(min_row=2, values_only=True) if r[0]}
    assert set(listed) == set(expected)
    for code, activity in expected.items():
        assert (listed[code][11] or None) == activity["reason"], code
    annex_b = squash(_section(pages, "Annex B. Work plan status", "Annex C."))
    for code, activity in expected.items():
        assert squash(code) in annex_b, code
        if activity["reason"]:
            assert squash(activity["reason"]) in annex_b, code
    assert "Postponed" in _section(pages, "Uzbekistan", "Challenges")  # in its country's section too


def test_the_tpr_sections_and_the_risk_register(tpr):
    _url, pages, book, _mp = tpr
    text = squash("\n".join(pages))
    from flare_monitor.services import demo_content

    written = {section: body for code, label, country, section, body in demo_content.NARRATIVES
               if code == "BRIDGE" and label == PERIOD and country is None}  # fmt: skip
    for section in ("success_story", "management_coordination", "donor_comments", "evaluation_follow_up",
                    "sustainability", "highlights"):  # fmt: skip
        assert squash(written[section]) in text, section
    for _code, _label, _country, result, body in demo_content.RESULT_NARRATIVES:
        assert squash(body) in text, result
    for _project, number, _country, risk, *_rest in demo_content.RISKS:
        assert squash(f"R{number}{risk}") in text
    for heading in ("Progress by outcome", "Success story", "Risks and assumptions", "Management and coordination",
                    "Annex A. Data Reporting Form", "Annex B. Work plan status",
                    "Annex C. Response to the donor's comments", "Annex D. Follow-up on evaluation recommendations",
                    "Annex F. Sustainability strategy", "Annex G. Major outputs and research products"):  # fmt: skip
        assert squash(heading) in text, heading
    assert "Annex E." not in "\n".join(pages)
    products = [r[0] for r in book["Annex G - Products"].iter_rows(min_row=2, values_only=True) if r[0]]
    assert "BR-PK-2024-02" in products and squash("Training manual on forced labour") in text


def test_the_history_records_the_template_and_its_options(tpr, capsys):
    url, _pages, _book, _mp = tpr
    from flare_monitor.reports.records import list_reports

    db = open_database(url)
    try:
        with db.session() as session:
            row = list_reports(session, "BRIDGE")[0]
    finally:
        db.dispose()
    assert row.period == PERIOD and row.scope["template"] == "usdol-tpr"
    assert row.scope["template_options"] == {"final_report": "auto"} and row.scope["approved_only"] is False


def test_annex_b_carries_what_runs_on_or_slipped_from_the_half_before(db_url, demo_db, tmp_path, capsys):
    """Hand-made: a training begun in March and ending in April, and a meeting planned for February and
    still not held, belong to the April–September work plan; a workshop held in February does not."""
    add = ["--db", db_url, "activity", "add", "--project", "BRIDGE", "--country", "PE", "--type"]
    for code, kind, start, end, status in (
        ("BR-PE-2024-X1", "training", "2024-03-25", "2024-04-05", "completed"),
        ("BR-PE-2024-X2", "meeting", "2024-02-10", "2024-02-10", "planned"),
        ("BR-PE-2024-X3", "workshop", "2024-02-01", "2024-02-02", "completed"),
    ):
        assert cli.run([*add, kind, "--code", code, "--title", f"Test {code}", "--start", start, "--end", end,
                        "--status", status]) == 0  # fmt: skip
    xlsx = tmp_path / "tpr.xlsx"
    assert cli.run(["--db", db_url, "report", "--template", "usdol-tpr", "--project", "BRIDGE", "--period", PERIOD,
                    "--out", str(tmp_path / "tpr.pdf"), "--xlsx", str(xlsx), "--deterministic"]) == 0  # fmt: skip
    sheet = openpyxl.load_workbook(xlsx)["Annex B - Work plan"]
    listed = {r[0] for r in sheet.iter_rows(min_row=2, values_only=True) if r[0]}
    assert {"BR-PE-2024-X1", "BR-PE-2024-X2"} <= listed
    assert "BR-PE-2024-X3" not in listed
