"""Figures that explain themselves, in both templates: provisional values marked or left out, narratives of a
country-limited report labelled, the next period's plan as planned, no operating-system user on the cover,
a period outside the project refused, countries by their name in the report's language, words never
broken across lines, and the other group's share of a percentage."""

from __future__ import annotations

import getpass
from datetime import date

import openpyxl
import pytest

import flare_monitor.cli as cli
from flare_monitor.db.models import Narrative
from flare_monitor.indicators.engine import IndicatorFigure
from flare_monitor.indicators.periods import parse_period
from flare_monitor.reports import story
from flare_monitor.reports.assemble import PeriodOutsideProject, by_name
from flare_monitor.reports.builder import build_report
from flare_monitor.reports.model import ReportOptions
from flare_monitor.reports.story import Cell, fit_widths, measure
from flare_monitor.services.activities import ActivityIn, activity_detail, update_activity
from flare_monitor.services.indicator_values import set_value
from flare_monitor.services.narratives import save_narrative

from .helpers import build_small_project, pdf_pages, squash


def _report(db, tmp_path, name="r.pdf", **options):
    with db.session() as session:
        options = {"project": "HANDS", "period": "FY2024-Q3", "out": tmp_path / name, **options}
        return build_report(session, ReportOptions(**options))


@pytest.fixture
def hands(db):
    with db.session() as session:
        build_small_project(session)
    return db


@pytest.mark.parametrize("template", ["ilo-quarterly", "usdol-tpr"])
def test_draft_values_are_marked_provisional_or_left_out(hands, tmp_path, template):
    with hands.session() as session:
        set_value(session, "HANDS", "1", "FY2024-Q3", value=7, comment="Counted by the ministry")
    result = _report(hands, tmp_path, template=template, xlsx=tmp_path / "r.xlsx")
    text = squash("".join(pdf_pages(result.path)))
    assert squash("Provisional figures (†): 1 count values not yet approved.") in text
    assert squash("7†") in text and squash("† Provisional") in text
    # The comment entered with the value, said to be on a provisional figure (the value is a draft).
    assert squash("1 — Comment on a provisional figure: Counted by the ministry") in text
    sheet = openpyxl.load_workbook(result.xlsx_path).worksheets[0]
    header = [c.value for c in sheet[2]]
    rows = [r for r in sheet.iter_rows(min_row=3, values_only=True) if r[0] == "1"]
    row = rows[-1]  # the project total (the quarterly annex lists each country first)
    assert row[header.index("Provisional")] == "FY2024-Q3"
    approved = _report(hands, tmp_path, "approved.pdf", template=template, approved_only=True)
    text = squash("".join(pdf_pages(approved.path)))
    assert squash("Only approved values are counted") in text and "7†" not in text


def test_a_country_limited_report_labels_the_project_wide_narratives(hands, tmp_path):
    with hands.session() as session:
        save_narrative(session, "HANDS", "FY2024-Q3", "NP", "highlights", "Nepal: the Kathmandu training.")
    text = "\n".join(pdf_pages(_report(hands, tmp_path, countries=("PK",)).path))
    assert "Whole project" in text and "The trainings went well in Quetta and Kathmandu." in text
    assert "Pakistan: The trainings went well" in text
    assert "Nepal: the Kathmandu training." not in text
    everywhere = "\n".join(pdf_pages(_report(hands, tmp_path, "all.pdf").path))
    assert "Nepal: the Kathmandu training." in everywhere and "Whole project" not in everywhere


def test_a_half_year_without_its_own_text_prints_its_quarters_labelled(hands, tmp_path):
    text = "\n".join(pdf_pages(_report(hands, tmp_path, period="FY2024-S2", template="usdol-tpr").path))
    assert "FY2024-Q3" in text and "The trainings went well in Quetta and Kathmandu." in text


def test_the_next_periods_plan_shows_activities_as_they_were_planned(hands, tmp_path):
    with hands.session() as session:
        detail = activity_detail(session, "HANDS-NEXT")
        changed = ActivityIn(**{**detail.as_input().__dict__, "status": "completed",
                                "actual_start": date(2024, 8, 5), "actual_end": date(2024, 8, 6)})  # fmt: skip
        update_activity(session, "HANDS-NEXT", changed)
    text = "\n".join(pdf_pages(_report(hands, tmp_path).path))
    plan = squash(text[text.index("Activities planned for FY2024-Q4") :])
    assert squash("HANDS-NEXT Planned refresher training Training 1 Aug 2024 – 2 Aug 2024 PK") in plan
    assert "5Aug" not in plan[: plan.index("HANDS-NEXT") + 200]


def test_prepared_by_is_a_name_or_a_line_never_the_computers_user(hands, tmp_path):
    cover = pdf_pages(_report(hands, tmp_path).path)[0]
    assert squash("Prepared by ____") in squash(cover)
    user = getpass.getuser()
    if len(user) > 3:
        assert user not in cover
    named = pdf_pages(_report(hands, tmp_path, "named.pdf", prepared_by="M&E officer").path)[0]
    assert "M&E officer" in named


def test_a_period_outside_the_project_is_refused_in_one_line_unless_forced(hands, tmp_path, capsys):
    with pytest.raises(PeriodOutsideProject, match="FY2030-Q1"):
        _report(hands, tmp_path, period="FY2030-Q1")
    assert _report(hands, tmp_path, "forced.pdf", period="FY2030-Q1", force=True).pages > 1
    url = hands.url
    code = cli.run(["--db", url, "report", "--project", "HANDS", "--period", "FY2031-Q2", "--out",
                    str(tmp_path / "x.pdf")])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 1 and "outside HANDS" in err and "--force" in err and err.count("\n") == 1
    assert not (tmp_path / "x.pdf").exists()


def test_narrative_sections_without_text_are_listed_before_building(hands, tmp_path, capsys):
    code = cli.run(["--db", hands.url, "report", "--project", "HANDS", "--period", "FY2024-Q3", "--out",
                    str(tmp_path / "r.pdf")])  # fmt: skip
    _out, err = capsys.readouterr()
    assert code == 0 and "2 narrative sections have no text: Lessons learned, Good practices" in err
    code = cli.run(["--db", hands.url, "report", "--template", "usdol-tpr", "--project", "HANDS", "--period",
                    "FY2024-S2", "--out", str(tmp_path / "t.pdf")])  # fmt: skip
    _out, err = capsys.readouterr()
    assert code == 0 and "Success story" in err and "progress towards 1" in err


def test_countries_are_sorted_by_their_name_in_the_reports_language():
    assert by_name(["AT", "DE"], "en") == ["AT", "DE"]  # Austria, Germany
    assert by_name(["AT", "DE"], "es") == ["DE", "AT"]  # Alemania, Austria
    assert by_name(["PE", "PK"], "en") == ["PK", "PE"] and by_name(["PE", "PK"], "es") == ["PK", "PE"]


def test_columns_are_as_wide_as_their_longest_word_and_codes_never_wrap():
    rows = [
        [story.head("Code"), story.head("Title"), story.head("Venue"), story.head("Country")],
        [Cell("BR-PK-2024-TRN-APR", "cell_small"), Cell("Training on forced labour " * 6), Cell("Kathmandu"),
         Cell("PK")],
    ]  # fmt: skip
    widths = fit_widths(300, rows, nowrap=(0,))
    assert widths[0] >= measure(rows[1][0])[1]  # the whole code
    assert widths[2] >= measure(rows[1][2])[0] and widths[3] >= measure(rows[0][3])[0]  # Kathmandu, Country
    assert round(sum(widths), 6) == 300


def test_annex_tables_break_no_word(hands, tmp_path):
    text = "\n".join(pdf_pages(_report(hands, tmp_path, annex_participants=True).path))
    annexes = text[text.index("Annex 1.") :]
    for word in ("Country", "Kathmandu", "HANDS-T1", "Training Kathmandu", "recorded"):
        assert word in annexes, word


def test_percentages_show_the_other_group_and_headings_say_f_m_o():
    figure = IndicatorFigure(
        indicator_id=None, code="2", name="Share", unit="percentage", direction="increase", cumulative=False,
        computed=True, result_code=None, is_key=False, period="Q", country=None, baseline=None, target=None,
        actual=60.0, by_sex={"female": 50.0, "male": 75.0, "other": None, "not_recorded": 50.0},
        cumulative_actual=None, cumulative_by_sex=None, cumulative_target=None, lop_target=None,
        percent_of_target=None, percent_of_cumulative_target=None, percent_of_lop_target=None, status="no_target",
        numerator_by_sex={"female": 1, "male": 3, "other": 0, "not_recorded": 1},
        denominator_by_sex={"female": 2, "male": 4, "other": 0, "not_recorded": 2},
    )  # fmt: skip
    assert story.figure_split(figure, "en") == "F\u00a050% / M\u00a075% / O\u00a050%"
    assert (
        story.sex_heading("period_actual", "en", other=True)
        == "Period actual (F\u00a0/\u00a0M\u00a0/\u00a0O)"
    )
    assert story.sex_heading("period_actual", "es", other=False) == "Logro del período (M\u00a0/\u00a0H)"


def test_the_demo_report_says_f_m_o_where_the_other_group_appears(demo_reports):
    _db, results = demo_reports
    text = squash("".join(pdf_pages(results["plain"].path)))
    assert squash("Period actual (F / M / O)") in text and squash("F 30 / M 75 / O 1") in text
    assert (
        squash("Status: for cumulative indicators the actual to date is compared with the target to date")
        in text
    )


def test_narratives_store_their_period_dates():
    period = parse_period("FY2024-Q3")
    assert (
        Narrative(period=period.label, period_start=period.start, period_end=period.end).period == "FY2024-Q3"
    )
