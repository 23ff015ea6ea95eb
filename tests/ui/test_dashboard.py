"""Dashboard: figures computed in a worker behind a "calculating" state; late results of a context the
user has left are dropped; the grouped figures agree with counting activity by activity."""

from __future__ import annotations

import pytest

from flare_monitor.actions.figures import compute_period_figures
from flare_monitor.db.enums import ActivityStatus, ActivityType, AttendanceRole
from flare_monitor.indicators.periods import parse_period
from flare_monitor.services.activities import list_activities
from flare_monitor.services.attendance import roster
from ui import workers


class HeldPool:
    """Keeps the workers until the test runs them (a slow computation, under the test's control)."""

    def __init__(self):
        self.held: list = []

    def start(self, runnable) -> None:
        self.held.append(runnable)

    def run(self, index: int = 0) -> None:
        self.held.pop(index).run()


@pytest.fixture
def held(monkeypatch):
    pool = HeldPool()
    monkeypatch.setattr(workers, "thread_pool", lambda: pool)
    return pool


def test_window_paints_before_the_figures_and_says_it_is_calculating(qtbot, window, held):
    page = window.pages["dashboard"]
    window.set_context("BRIDGE", "PK", "FY2024-Q2")
    window.show_page("dashboard")
    assert page.figures is None and len(held.held) == 1
    assert page.busy.isVisible() and "Calculating" in page.busy.text()
    assert {card.value.text() for card in page.cards.values()} == {"…"}
    held.run()
    assert page.figures is not None and not page.busy.isVisible()
    assert page.cards["activities"].value.text() == str(page.figures.activity_count)
    assert len(page.canvases) == 3


def test_result_of_a_context_left_meanwhile_is_dropped(qtbot, window, held):
    page = window.pages["dashboard"]
    window.show_page("dashboard")
    held.held.clear()
    window.set_context("BRIDGE", "PK", "FY2024-Q2")  # the figures of Q2 are being calculated …
    window.set_context("BRIDGE", None, "FY2024-Q2")  # … when the user picks all countries
    assert len(held.held) == 2
    held.run(1)  # all countries arrive first
    people_everywhere = page.figures.people
    assert page.chart_data.country is None
    held.run(0)  # then the late Pakistan figures: ignored
    assert page.figures.people == people_everywhere and page.chart_data.country is None
    assert not page.busy.isVisible()


def test_a_failed_calculation_is_said_on_the_page(qtbot, window, held, monkeypatch):
    from flare_monitor.errors import EnvironmentProblem
    from ui.pages import dashboard

    def broken(*_args, **_kwargs):
        raise EnvironmentProblem("disk unplugged")

    page = window.pages["dashboard"]
    window.show_page("dashboard")
    held.held.clear()
    monkeypatch.setattr(dashboard, "load_dashboard", broken)
    window.set_context("BRIDGE", None, "FY2024-Q2")
    held.run()
    assert "disk unplugged" in page.busy.text() and page.busy.isVisible()


@pytest.mark.parametrize("country", ["PK", None])
def test_grouped_figures_match_counting_activity_by_activity(demo_db, country):
    with demo_db.session() as session:
        period = parse_period("FY2024-Q3", fiscal_start_month=10)
        figures = compute_period_figures(session, "BRIDGE", period, country, with_indicators=False)
        rows = [
            a for a in list_activities(session, project="BRIDGE", country=country) if period.contains(a.start)
        ]
        people: dict = {}
        for row in rows:
            if row.status == ActivityStatus.COMPLETED and row.type == ActivityType.TRAINING:
                for person in roster(session, row.code):
                    if person.role == AttendanceRole.PARTICIPANT:
                        people[person.participant_id] = person.sex
    assert figures.activity_count == len(rows) > 0
    assert figures.completed == sum(r.status == ActivityStatus.COMPLETED for r in rows)
    assert figures.trainings == sum(
        r.status == ActivityStatus.COMPLETED and r.type == ActivityType.TRAINING for r in rows
    )
    assert figures.people == len(people) > 0
    for sex, count in figures.people_by_sex.items():
        assert count == sum(1 for s in people.values() if s == sex)
    assert figures.by_status == {
        status: sum(r.status == status for r in rows) for status in {r.status for r in rows}
    }


def test_a_request_overtaken_before_it_starts_is_not_computed(qtbot, window, held, monkeypatch):
    """Its answer would be dropped; computing it would only take cores and the interpreter lock from the
    request the officer waits for."""
    from ui.pages import dashboard

    computed = []
    real = dashboard.figures_actions.dashboard
    monkeypatch.setattr(
        dashboard.figures_actions,
        "dashboard",
        lambda db, query, **k: computed.append(query) or real(db, query, **k),
    )
    window.show_page("dashboard")
    held.held.clear()
    window.set_context("BRIDGE", "PK", "FY2024-Q2")
    window.set_context("BRIDGE", None, "FY2024-Q2")
    held.run(0)  # Pakistan's request, overtaken while it waited for a thread
    assert computed == []
    held.run(0)
    assert len(computed) == 1 and computed[0].country is None
    assert window.pages["dashboard"].chart_data.country is None
