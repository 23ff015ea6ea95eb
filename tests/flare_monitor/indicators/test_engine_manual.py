"""Manual indicators, target selection, percent of target and status boundaries.

Values and targets are entered through the services on the TEST project of test_engine (fiscal, FY
from 1 October, countries PK and NP); every expected figure is worked out in the comment beside it.
"""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from flare_monitor.errors import NotFoundError, UserError, ValidationError
from flare_monitor.indicators.achievement import percent_of, status_of
from flare_monitor.services.indicator_values import approve_value, set_target, set_value
from tests.flare_monitor.indicators.test_engine import add_indicator, build_project, figure

# --------------------------------------------------------------------------- manual indicators


@pytest.fixture
def manual(db):
    """Values and targets entered through the services (PK and NP, FY2024 quarters)."""
    with db.session() as session:
        project = build_project(session)
        add_indicator(session, project, "NUM")
        add_indicator(session, project, "PCT", unit="percentage")
        add_indicator(session, project, "YN", unit="yes_no")
        put = partial(set_value, session, "TEST")
        put("NUM", "FY2024-Q1", 10, country="PK")
        put("NUM", "FY2024-Q1", 4, country="PK", sex="female")
        put("NUM", "FY2024-Q1", 5, country="PK", sex="male")
        put("NUM", "FY2024-Q1", 3, country="NP", sex="female")
        put("NUM", "FY2024-Q1", 2, country="NP", sex="male")
        put("NUM", "FY2024-Q1", 1)  # project level, no country
        put("NUM", "FY2024-Q2", 6, country="PK")
        put("NUM", "FY2024", 30, country="PK")
        put("PCT", "FY2024-Q1", numerator=30, denominator=40, country="PK")
        put("PCT", "FY2024-Q1", numerator=12, denominator=16, country="PK", sex="female")
        put("PCT", "FY2024-Q1", numerator=10, denominator=20, country="NP")
        put("PCT", "FY2024-Q2", 80, country="PK")
        put("YN", "FY2024-Q1", 0, country="PK")
        put("YN", "FY2024-Q2", "yes", country="PK")
        put("YN", "FY2024-Q2", 0, country="NP")
        target = partial(set_target, session, "TEST", "NUM")
        target("FY2024", 40, country="PK")
        for q in range(1, 5):
            target(f"FY2024-Q{q}", 10, country="PK")
        target("FY2024-Q1", 25)  # project level
        target("FY2024-Q1", 12, country="NP")
        target("FY2024-Q2", 8, country="NP")
        target("LOP", 100, country="PK")
        target("LOP", 50, country="NP")
    return db


@pytest.mark.parametrize(
    ("period", "country", "actual", "by_sex"),
    [
        ("FY2024-Q1", "PK", 10, (4, 5, 0, 0)),  # the total row wins over its (partial) breakdown
        ("FY2024-Q1", "NP", 5, (3, 2, 0, 0)),  # no total row: female 3 + male 2
        ("FY2024-Q1", None, 16, (7, 7, 0, 0)),  # PK 10 + NP 5 + project level 1
        ("FY2024-Q2", "PK", 6, None),  # no breakdown entered
        ("FY2024-S1", "PK", 16, (4, 5, 0, 0)),  # Q1 10 + Q2 6 (the FY2024 row is not inside S1)
        ("FY2024", "PK", 30, None),  # the year row; its quarters lie inside it and are not added
    ],
)
def test_manual_numbers_sum(manual, period, country, actual, by_sex):
    with manual.session() as session:
        fig = figure(session, "NUM", period, country)
    expected = (
        None
        if by_sex is None
        else dict(zip(("female", "male", "other", "not_recorded"), by_sex, strict=True))
    )
    assert (fig.actual, fig.by_sex, fig.computed) == (actual, expected, False)


def test_manual_cumulative_and_status_of_values(manual):
    with manual.session() as session:
        all_q2 = figure(session, "NUM", "FY2024-Q2")
        pk_q2 = figure(session, "NUM", "FY2024-Q2", "PK")
        assert all_q2.values_status == "draft"
        for sex in (None, "female", "male"):
            approve_value(session, "TEST", "NUM", "FY2024-Q1", country="PK", sex=sex)
        assert figure(session, "NUM", "FY2024-Q1", "PK").values_status == "approved"
    assert all_q2.cumulative_actual == 22  # 16 in Q1 + 6 in Q2
    assert pk_q2.cumulative_actual == 16


def test_manual_percentages_recompute_the_ratio(manual):
    with manual.session() as session:
        pk = figure(session, "PCT", "FY2024-Q1", "PK")
        total = figure(session, "PCT", "FY2024-Q1")
        pk_q2 = figure(session, "PCT", "FY2024-Q2", "PK")
    assert (pk.actual, pk.by_sex["female"], pk.by_sex["male"]) == (75.0, 75.0, None)
    # (30 + 10) / (40 + 20) = 66.7 %, not the average of 75 % and 50 %.
    assert total.actual == pytest.approx(200 / 3)
    assert (total.numerator, total.denominator) == (40, 60)
    assert pk_q2.actual == 80  # a single row without numerator/denominator keeps its value
    assert pk_q2.cumulative_actual is None  # 30/40 and a bare 80 % cannot be combined


def test_manual_yes_no_takes_the_latest(manual):
    with manual.session() as session:
        assert figure(session, "YN", "FY2024-Q1", "PK").actual == 0
        assert figure(session, "YN", "FY2024-S1", "PK").actual == 1  # Q2's answer is the latest
        assert figure(session, "YN", "FY2024-Q2", "NP").actual == 0
        assert figure(session, "YN", "FY2024-Q2").cumulative_actual == 1


@pytest.mark.parametrize(
    ("period", "country", "target", "cumulative_target", "lop"),
    [
        ("FY2024", "PK", 40, 40, 100),  # the row matching the period's dates
        ("FY2024-S1", "PK", 20, 20, 100),  # no S1 row: Q1 10 + Q2 10
        ("FY2024-Q1", "PK", 10, 10, 100),
        ("FY2024-Q1", None, 25, 25, 150),  # the project-level row; LOP: PK 100 + NP 50
        ("FY2024-Q2", None, 18, 43, 150),  # no project-level row: PK 10 + NP 8; cumulative 25 + 18
        ("FY2024-Q2", "NP", 8, 20, 50),
    ],
)
def test_target_selection(manual, period, country, target, cumulative_target, lop):
    with manual.session() as session:
        fig = figure(session, "NUM", period, country)
    assert (fig.target, fig.cumulative_target, fig.lop_target) == (target, cumulative_target, lop)


def test_project_level_lop_target_wins_and_percentages(manual):
    with manual.session() as session:
        set_target(session, "TEST", "NUM", "LOP", 140)
        fig = figure(session, "NUM", "FY2024-Q1", "PK")
        total = figure(session, "NUM", "LOP")
    assert total.lop_target == 140 and total.target == 140
    # PK Q1: 10 of 10 → 100 %; cumulative 10 of 10; 10 of the LOP's 100 → 10 %.
    assert (fig.percent_of_target, fig.percent_of_cumulative_target, fig.percent_of_lop_target) == (
        100,
        100,
        10,
    )
    assert fig.status == "on_track"


@pytest.mark.parametrize(
    ("direction", "actual", "status"),
    [
        ("increase", 850, "on_track"),  # exactly 85 % of 1000
        ("increase", 849, "needs_attention"),
        ("increase", 650, "needs_attention"),
        ("increase", 649, "off_track"),
        ("increase", 1400, "on_track"),
        ("decrease", 1150, "on_track"),  # 15 % above a "decrease" target is still on track
        ("decrease", 1151, "needs_attention"),
        ("decrease", 1350, "needs_attention"),
        ("decrease", 1351, "off_track"),
        ("decrease", 400, "on_track"),
    ],
)
def test_status_boundaries(db, direction, actual, status):
    """Counts are whole numbers: a target of 1000 puts the boundaries a tenth of a percent apart."""
    with db.session() as session:
        project = build_project(session)
        add_indicator(session, project, "S", direction=direction)
        set_target(session, "TEST", "S", "FY2024-Q2", 1000, country="PK")
        set_value(session, "TEST", "S", "FY2024-Q2", actual, country="PK")
        fig = figure(session, "S", "FY2024-Q2", "PK")
    assert fig.percent_of_target == pytest.approx(actual / 10)
    assert fig.status == status


def test_status_without_target_or_actual():
    assert status_of(10, None) == "no_target"
    assert status_of(None, 10) == "off_track"
    # Nothing planned and nothing done: there is no target to be on or off track with.
    assert status_of(0, 0) == "no_target" and status_of(None, 0) == "no_target" and percent_of(0, 0) is None
    assert status_of(0, 0, "decrease") == "no_target"
    assert status_of(3, 0) == "on_track"  # an "increase" target of 0 is met by anything done


# --------------------------------------------------------------------------- entering values


def test_one_row_per_cell_whatever_the_label(db):
    with db.session() as session:
        project = build_project(session)
        ind = add_indicator(session, project, "NUM")
        set_value(session, "TEST", "NUM", "FY2024-Q3", 5)
        set_value(session, "TEST", "NUM", "FY2024-Q3", 6)  # NULL country and sex: still the same cell
        set_value(session, "TEST", "NUM", "2024-Q2", 7)  # the same days under the calendar label
        set_value(session, "TEST", "NUM", "FY2024-Q3", 2, country="PK", sex="female")
        rows = sorted((v.period, v.country_code, v.sex, v.value) for v in ind.values)
    assert rows == [("2024-Q2", None, None, 7.0), ("FY2024-Q3", "PK", "female", 2.0)]


@pytest.mark.parametrize(
    ("code", "kwargs", "field"),
    [
        ("PCT", {"numerator": 5, "denominator": 4}, "numerator"),
        ("PCT", {"numerator": 1, "denominator": 0}, "denominator"),
        ("PCT", {"numerator": 1}, "denominator"),
        ("PCT", {"value": 101}, "value"),
        ("PCT", {"value": 40, "numerator": 1, "denominator": 2}, "value"),
        ("YN", {"value": 2}, "value"),
        ("NUM", {"value": -1}, "value"),
        ("NUM", {"value": "many"}, "value"),
        ("NUM", {"numerator": 1, "denominator": 2}, "numerator"),
        ("NUM", {"value": 1, "country": "UZ"}, "country"),
        ("NUM", {"value": 1, "sex": "woman"}, "sex"),
        ("COMPUTED", {"value": 1}, "indicator"),
    ],
)
def test_set_value_validation_names_the_field(db, code, kwargs, field):
    with db.session() as session:
        project = build_project(session)
        add_indicator(session, project, "NUM")
        add_indicator(session, project, "PCT", unit="percentage")
        add_indicator(session, project, "YN", unit="yes_no")
        add_indicator(session, project, "COMPUTED", computation={"kind": "activity_count"})
        with pytest.raises(ValidationError) as error:
            set_value(session, "TEST", code, "FY2024-Q3", **kwargs)
    assert error.value.field == field


def test_periods_indicators_and_lop(db):
    with db.session() as session:
        project = build_project(session)
        add_indicator(session, project, "NUM")
        with pytest.raises(NotFoundError, match="no indicator 'NOPE'"):
            set_value(session, "TEST", "NOPE", "FY2024-Q3", 1)
        with pytest.raises(UserError, match="not a valid period"):
            set_value(session, "TEST", "NUM", "Q3-2024", 1)
        with pytest.raises(ValidationError, match="outside TEST"):
            set_value(session, "TEST", "NUM", "FY2030-Q1", 1)
        with pytest.raises(ValidationError, match="not for the LOP"):
            set_value(session, "TEST", "NUM", "LOP", 1)
        assert set_target(session, "TEST", "NUM", "LOP", 200).period_end == date(2025, 9, 30)
        row = set_value(session, "TEST", "NUM", "FY2024-Q3", 3, status="approved")
        assert row.approved_by and row.approved_at
        row = set_value(session, "TEST", "NUM", "FY2024-Q3", 4)  # a changed figure needs approving again
        assert (row.status, row.approved_by) == ("draft", None)
