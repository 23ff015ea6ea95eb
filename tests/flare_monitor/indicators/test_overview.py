"""One definition of "trained": the dashboard's card (people trained), its chart (by agency type) and its
count of trainings all count participants of completed trainings and workshops, each person once."""

from __future__ import annotations

from flare_monitor.indicators.engine import project_by_code, project_period
from flare_monitor.indicators.overview import (
    PEOPLE_TRAINED,
    TRAINED_ACTIVITY_TYPES,
    period_overview,
    trained_by_agency,
    trained_by_agency_total,
)


def test_card_chart_and_trainings_count_by_one_definition(demo_db):
    with demo_db.session() as s:
        project = project_by_code(s, "FLARE")
        for label in ("2014-Q2", "LOP"):
            period = project_period(project, label)
            overview = period_overview(s, "FLARE", period)
            chart = trained_by_agency_total(s, project.id, period.start, period.end)
            per_country = trained_by_agency(s, project.id, period.start, period.end)
            assert overview.people == sum(sum(by_sex.values()) for by_sex in chart.values())
            assert (
                overview.people
                >= sum(sum(sum(b.values()) for b in kinds.values()) for kinds in per_country.values()) - 0
            )  # a person trained in two countries counts once overall
    # The Nanning workshop of April 2014 (34 labour inspectors) trained people: the card says so.
    with demo_db.session() as s:
        q2 = project_period(project_by_code(s, "FLARE"), "2014-Q2")
        overview = period_overview(s, "FLARE", q2)
    assert overview.people >= 34 and overview.trainings >= 1
    assert set(TRAINED_ACTIVITY_TYPES) == {"training", "workshop"}
    assert PEOPLE_TRAINED.activity_types == TRAINED_ACTIVITY_TYPES
