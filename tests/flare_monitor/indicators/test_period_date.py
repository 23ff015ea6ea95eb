"""Which date places an activity in a period: its start (a training counts when it happens) or its end
(a six-month study counts when it is completed).

The study runs 15 January – 28 June 2024: by its start it is in 2024-Q1, by its end in 2024-Q2 (the
quarter of 28 June). Its two researchers are counted in the quarter the rule says, and an indicator
dated by start and one dated by end computed in the same report each keep their own quarter.
"""

from __future__ import annotations

from datetime import date

import pytest

from flare_monitor.db.enums import ActivityStatus, ActivityType, AttendanceRole, Sex
from flare_monitor.db.models import Activity, Attendance, Participant
from flare_monitor.errors import ValidationError
from flare_monitor.indicators.computation import parse_computation
from flare_monitor.indicators.engine import compute_indicators, series
from flare_monitor.indicators.rule_words import describe_rule
from tests.flare_monitor.indicators.test_engine import add_indicator, build_project

STUDY_BY_END = {"kind": "activity_count", "activity_types": ["research"], "period_date": "end"}
STUDY_BY_START = {"kind": "activity_count", "activity_types": ["research"]}
RESEARCHERS_BY_END = {"kind": "distinct_participants", "activity_types": ["research"], "period_date": "end"}
RESEARCHERS_BY_START = {"kind": "distinct_participants", "activity_types": ["research"]}


@pytest.fixture
def study(db):
    with db.session() as session:
        project = build_project(session)  # calendar quarters asked for by label: 2024-Q1, 2024-Q2
        study = Activity(
            project_id=project.id, country_code="PK", code="STUDY", title="Study of brick kilns",
            type=ActivityType.RESEARCH, status=ActivityStatus.COMPLETED,
            planned_start=date(2024, 1, 15), planned_end=date(2024, 6, 28),
        )  # fmt: skip
        session.add(study)
        people = [
            Participant(full_name=f"Researcher {i}", sex=sex) for i, sex in enumerate((Sex.FEMALE, Sex.MALE))
        ]
        session.add_all(people)
        session.flush()
        for person in people:
            session.add(
                Attendance(activity_id=study.id, participant_id=person.id, role=AttendanceRole.PARTICIPANT)
            )
        for code, rule in (
            ("END", STUDY_BY_END),
            ("START", STUDY_BY_START),
            ("PEOPLE_END", RESEARCHERS_BY_END),
            ("PEOPLE_START", RESEARCHERS_BY_START),
        ):
            add_indicator(session, project, code, computation=rule)
    return db


def test_a_study_counted_by_its_end_date_falls_in_the_quarter_of_28_june(study):
    with study.session() as session:
        q1 = compute_indicators(session, "TEST", "2024-Q1")
        q2 = compute_indicators(session, "TEST", "2024-Q2")
    assert q1.figure("END").actual == 0
    assert q2.figure("END").actual == 1
    assert q1.figure("START").actual == 1
    assert q2.figure("START").actual == 0
    # People counted through the grouped query: each definition keeps its own date in the same report.
    assert q2.figure("PEOPLE_END").actual == 2 and q2.figure("PEOPLE_END").by_sex["female"] == 1
    assert q1.figure("PEOPLE_END").actual == 0
    assert q1.figure("PEOPLE_START").actual == 2
    assert q2.figure("PEOPLE_START").actual == 0


def test_end_date_uses_the_actual_end_when_known(study):
    with study.session() as session:
        activity = session.query(Activity).filter_by(code="STUDY").one()
        activity.actual_start, activity.actual_end = date(2024, 1, 15), date(2024, 7, 3)
    with study.session() as session:
        from flare_monitor.db.models import Indicator

        indicator = session.query(Indicator).filter_by(code="END").one()
        figures = series(session, indicator, ["2024-Q2", "2024-Q3"])
    assert [f.actual for f in figures] == [0, 1]


def test_period_date_is_validated_and_kept():
    assert parse_computation(STUDY_BY_END).period_date == "end"
    assert parse_computation(STUDY_BY_START).period_date == "start"
    assert parse_computation(parse_computation(STUDY_BY_END).to_json()) == parse_computation(STUDY_BY_END)
    with pytest.raises(ValidationError, match="period_date must be start or end"):
        parse_computation({**STUDY_BY_END, "period_date": "middle"})


def test_the_rule_in_words_says_which_date():
    assert describe_rule(STUDY_BY_END).endswith("an activity counts in the period of its end date")
    assert describe_rule(STUDY_BY_START).endswith("an activity counts in the period of its start date")
    assert "fecha de finalización" in describe_rule(STUDY_BY_END, "es")
    assert "date de fin" in describe_rule(STUDY_BY_END, "fr")
