"""The table of every period and scope (figures_table) gives the figures compute_indicators gives period by
period; the cumulative target to date and the status decided against it; nothing due, nothing done."""

from __future__ import annotations

from datetime import date

import pytest

from flare_monitor.indicators import achievement
from flare_monitor.indicators.engine import compute_indicators, figures_table, project_by_code
from flare_monitor.indicators.periods import periods_between
from flare_monitor.services.attendance import add_attendance
from flare_monitor.services.participants import ParticipantIn, add_participant
from tests.flare_monitor.reports.helpers import build_small_project


def _same(table, session, project, periods, scopes, own_only_before=None):
    for period in periods:
        for scope in scopes:
            expected = compute_indicators(session, project, period.label, scope).as_json()["indicators"]
            got = table[(period.label, scope)].as_json()["indicators"]
            if own_only_before is not None and period.start < own_only_before:
                keep = ("code", "target", "actual", "by_sex", "baseline", "lop_target", "values_status")
                expected = [{k: f[k] for k in keep} for f in expected]
                got = [{k: f[k] for k in keep} for f in got]
            assert got == expected, (period.label, scope)


def test_the_demo_table_equals_the_engine_period_by_period(demo_db):
    with demo_db.session() as session:
        project = project_by_code(session, "BRIDGE")
        periods = periods_between(date(2022, 10, 1), date(2025, 9, 30), "quarter", fiscal=True)
        scopes = ["PK", "NP", "PE", "MN", "UZ", None]
        table = figures_table(session, "BRIDGE", periods, scopes)
        _same(table, session, project.code, periods, scopes)
        halves = periods_between(date(2022, 10, 1), date(2025, 9, 30), "half", fiscal=True)
        _same(figures_table(session, "BRIDGE", halves, [None]), session, project.code, halves, [None])


def test_a_person_trained_in_two_countries_counts_once_in_all_and_once_in_each(db):
    with db.session() as session:
        build_small_project(session)
        # A Nepali officer also attends the Pakistan workshop: counted in PK, in NP, and once in total.
        traveller = add_participant(
            session, ParticipantIn(full_name="Travelling Officer", sex="male", country="NP")
        )
        add_attendance(session, "HANDS-T2", traveller.id)
        add_attendance(session, "HANDS-T3", traveller.id)
    with db.session() as session:
        periods = periods_between(date(2023, 10, 1), date(2024, 9, 30), "quarter", fiscal=True)
        table = figures_table(session, "HANDS", periods, ["PK", "NP", None])
        _same(table, session, "HANDS", periods, ["PK", "NP", None])
        q3 = periods[2].label
        assert table[(q3, None)].figure("1.1").actual == 8  # 7 + the traveller, once
        assert table[(q3, "PK")].figure("1.1").actual == 6 and table[(q3, "NP")].figure("1.1").actual == 3
        own = figures_table(session, "HANDS", periods, ["PK", None], cumulative_from=periods[2])
        _same(own, session, "HANDS", periods, ["PK", None], own_only_before=periods[2].start)
        assert own[(periods[0].label, None)].figure("1.1").cumulative_actual is None


def test_the_status_is_decided_against_the_target_to_date():
    to_date = dict(cumulative=True, on_track_tolerance=0.15, needs_attention_tolerance=0.35)
    # 40 this quarter against 40 due, but 60 to date against 100 due: off track to date.
    assert achievement.status_to_date(40, 40, 60, 100, **to_date) == "off_track"
    # Nothing due and nothing done this period: on track, whatever happened before.
    assert achievement.status_to_date(0, 0, 25, 30, **to_date) == "on_track"
    assert achievement.status_to_date(None, 0, 25, 30, **to_date) == "on_track"
    # Something done although nothing was due: judged to date as usual.
    assert achievement.status_to_date(5, 0, 25, 40, **to_date) == "off_track"
    per_period = dict(to_date, cumulative=False)
    assert achievement.status_to_date(9, 10, 9, 100, **per_period) == "on_track"


@pytest.mark.parametrize("code, basis", [("1.1.1.2", "cumulative"), ("1.1.1", "period")])
def test_figures_say_what_their_status_was_judged_against(demo_db, code, basis):
    with demo_db.session() as session:
        fig = compute_indicators(session, "BRIDGE", "FY2024-Q3").figure(code)
    assert fig.status_basis == basis
    if basis == "cumulative":
        assert fig.cumulative_target == 285 and fig.percent_of_cumulative_target == pytest.approx(
            100 * 244 / 285
        )
