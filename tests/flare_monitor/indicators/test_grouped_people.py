"""Property test of the grouped counting of people: several definitions, windows and countries asked in
one or two queries (figures_by_country, compute_indicators, series) give what a brute-force count over
the generated lists gives, for every definition, country and period."""

from __future__ import annotations

import uuid
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

from flare_monitor.db.models import Base, Indicator
from flare_monitor.indicators.actuals import distinct_people_query
from flare_monitor.indicators.computation import parse_computation
from flare_monitor.indicators.engine import compute_indicators, figures_by_country, series
from flare_monitor.indicators.periods import parse_period, periods_between
from tests.flare_monitor.indicators.test_engine_properties import (
    COUNTRIES,
    SEXES,
    build,
    near_quarter_start,
    periods,
    registers,
)

# The property test's own definition (training, half the days, maybe organization types) plus these.
OTHERS = {
    "BOTH": {"kind": "distinct_participants", "activity_types": ["training", "workshop"]},
    "AGENCIES": {
        "kind": "distinct_participants",
        "activity_types": ["workshop"],
        "organization_types": ["law_enforcement", "ngo"],
        "activity_statuses": ["completed", "planned"],
    },
    "FACILITATORS": {"kind": "distinct_participants", "roles": ["facilitator"], "countries": ["PK", "NP"]},
}


def brute_force(definition: dict, persons, acts, attendance, start, end, country):
    """{sex: distinct people} qualifying for `definition` over the generated lists only."""
    counted = set()
    for p, a, role, days in attendance:
        act = acts[a]
        if act.type not in definition.get("activity_types", [act.type]):
            continue
        if act.status not in definition.get("activity_statuses", ["completed"]):
            continue
        if role not in definition.get("roles", ["participant"]):
            continue
        if act.country not in definition.get("countries", [act.country]):
            continue
        if not start <= act.date <= end or (country is not None and act.country != country):
            continue
        if "organization_types" in definition and persons[p][1] not in definition["organization_types"]:
            continue
        share = definition.get("min_attendance_share")
        if share is not None and days is not None and days < share * act.length:
            continue
        counted.add(p)
    by_sex = dict.fromkeys(SEXES, 0)
    for p in counted:
        by_sex[persons[p][0]] += 1
    return len(counted), by_sex


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    register=registers(),
    label=periods(),
    fiscal_month=st.sampled_from((1, 4, 7, 10)),
    project_start=near_quarter_start.filter(lambda d: d.year < 2025),
    use_orgs=st.booleans(),
)
def test_grouped_counts_match_brute_force(register, label, fiscal_month, project_start, use_orgs):
    persons, acts, attendance = register
    engine = create_engine("sqlite://", poolclass=StaticPool)
    Base.metadata.create_all(engine)
    try:
        with Session(engine) as session:
            first = build(session, persons, acts, attendance, fiscal_month, project_start, use_orgs)
            definitions = {"I": first.computation, **OTHERS}
            for code, data in OTHERS.items():
                session.add(
                    Indicator(
                        project_id=first.project_id, code=code, name=code, computation=data, cumulative=True
                    )
                )
            session.flush()
            period = parse_period(label, fiscal_start_month=fiscal_month)
            reports = figures_by_country(session, "P", label, include_total=True)
            assert set(reports) == {*COUNTRIES, None}
            for country, report in reports.items():
                alone = compute_indicators(session, "P", label, country)
                for code, data in definitions.items():
                    fig = report.figure(code)
                    expected = brute_force(data, persons, acts, attendance, period.start, period.end, country)
                    assert (fig.actual, fig.by_sex) == expected, (code, country)
                    cumulative = brute_force(
                        data, persons, acts, attendance, project_start, period.end, country
                    )
                    assert (fig.cumulative_actual, fig.cumulative_by_sex) == cumulative, (code, country)
                    assert alone.figure(code) == fig
            if period.end < project_start:
                return  # nothing to chart before the project started
            quarters = periods_between(
                project_start, period.end, "quarter", fiscal=True, fiscal_start_month=fiscal_month
            )[-6:]
            for country in ("PK", None):
                figures = series(session, first, quarters, country)
                for quarter, fig in zip(quarters, figures, strict=True):
                    expected = brute_force(
                        first.computation, persons, acts, attendance, project_start, quarter.end, country
                    )
                    assert (fig.cumulative_actual, fig.cumulative_by_sex) == expected, (
                        quarter.label,
                        country,
                    )
    finally:
        engine.dispose()


def test_grouped_query_is_portable_to_postgresql():
    comps = [
        parse_computation(d)
        for d in (*OTHERS.values(), {"kind": "distinct_participants", "min_attendance_share": 0.5})
    ]
    windows = [(date(2024, 1, 1), date(2024, 3, 31)), (date(2023, 1, 1), date(2024, 3, 31))]
    for by_country in (False, True):
        query, pairs = distinct_people_query(uuid.uuid4(), comps, windows, by_country=by_country)
        assert len(pairs) == len(comps) * len(windows)
        pg = str(query.compile(dialect=postgresql.dialect())).lower()
        lite = str(query.compile(dialect=sqlite.dialect())).lower()
        assert "julianday" not in pg and "julianday" in lite
        assert "coalesce(activity.actual_end, activity.planned_end) - coalesce(" in pg
