"""Narratives: upsert per project/period/country/section, periods in the project's own calendar."""

from __future__ import annotations

from datetime import date

import pytest

from flare_monitor.db.models import Narrative
from flare_monitor.errors import NotFoundError, ValidationError
from flare_monitor.services.narratives import NARRATIVE_SECTIONS, get_narratives, save_narrative

from .register_fixtures import make_project


def _all_rows(db):
    with db.session() as s:
        return s.query(Narrative).all()


def test_sections_in_report_order():
    assert [s.value for s in NARRATIVE_SECTIONS] == [
        "highlights",
        "challenges",
        "lessons_learned",
        "good_practices",
        "next_period_plan",
    ]


def test_empty_period_has_every_section_blank(db):
    with db.session() as s:
        make_project(s)
    with db.session() as s:
        texts = get_narratives(s, "TEST", "FY2024-Q3", "PK")
    assert list(texts) == [s.value for s in NARRATIVE_SECTIONS]
    assert set(texts.values()) == {""}


def test_save_then_reload_and_upsert(db):
    with db.session() as s:
        make_project(s)
    with db.session() as s:
        save_narrative(s, "test", "fy2024-q3", "pk", "highlights", "  40 officers trained in Quetta ")
    with db.session() as s:
        save_narrative(s, "TEST", "FY2024-Q3", "PK", "highlights", "40 officers trained — کوئٹہ")
        save_narrative(s, "TEST", "FY2024-Q3", "PK", "challenges", "Security in Balochistan")
    with db.session() as s:
        texts = get_narratives(s, "TEST", "FY2024-Q3", "PK")
    assert texts["highlights"] == "40 officers trained — کوئٹہ"
    assert texts["challenges"] == "Security in Balochistan"
    rows = _all_rows(db)
    assert len(rows) == 2
    highlight = next(r for r in rows if r.section == "highlights")
    # The period is stored with its label and the dates of the project's fiscal calendar.
    assert (highlight.period, highlight.period_start, highlight.period_end) == (
        "FY2024-Q3",
        date(2024, 4, 1),
        date(2024, 6, 30),
    )
    assert highlight.country_code == "PK"


def test_country_and_project_wide_texts_are_separate(db):
    with db.session() as s:
        make_project(s)
    with db.session() as s:
        save_narrative(s, "TEST", "FY2024-Q3", None, "highlights", "Whole project")
        save_narrative(s, "TEST", "FY2024-Q3", "NP", "highlights", "Nepal")
        save_narrative(s, "TEST", "FY2024-Q4", None, "highlights", "Next quarter")
    with db.session() as s:
        assert get_narratives(s, "TEST", "FY2024-Q3")["highlights"] == "Whole project"
        assert get_narratives(s, "TEST", "FY2024-Q3", "NP")["highlights"] == "Nepal"
        assert get_narratives(s, "TEST", "FY2024-Q3", "PK")["highlights"] == ""
        assert get_narratives(s, "TEST", "FY2024-Q4")["highlights"] == "Next quarter"


def test_empty_text_removes_the_section(db):
    with db.session() as s:
        make_project(s)
    with db.session() as s:
        save_narrative(s, "TEST", "LOP", None, "lessons_learned", "Train trainers first")
    with db.session() as s:
        assert save_narrative(s, "TEST", "LOP", None, "lessons_learned", "   ") is None
    assert _all_rows(db) == []


@pytest.mark.parametrize(
    "period, country, section, field",
    [
        ("FY2024-Q5", "PK", "highlights", "period"),
        ("2024-Q2", "PK", "highlights", "period"),  # the project reports in fiscal quarters
        ("FY2024-Q3", "CN", "highlights", "country"),
        ("FY2024-Q3", "PK", "gossip", "section"),
    ],
)
def test_validation_names_the_field(db, period, country, section, field):
    with db.session() as s:
        make_project(s)
    with db.session() as s, pytest.raises(ValidationError) as info:
        save_narrative(s, "TEST", period, country, section, "text")
    assert info.value.field == field


def test_unknown_project(db):
    with db.session() as s, pytest.raises(NotFoundError):
        get_narratives(s, "NOPE", "2024-Q2")
