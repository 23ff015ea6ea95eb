"""The indicator engine on a small register whose every figure was counted by hand.

Project TEST: fiscal (FY starts 1 October), 1 Oct 2023 – 30 Sep 2025, countries PK and NP.
FY2024-Q1 = Oct–Dec 2023, FY2024-Q2 = Jan–Mar 2024, FY2024-Q3 = Apr–Jun 2024.

Organizations: police (law_enforcement, PK), dol (labour_department, PK), insp (labour_inspectorate, NP),
ngo (ngo), union (workers_organization).

People (sex, organization):
  P1 F police · P2 M police · P3 M insp (trained in PK in Q1 AND in NP in Q2) · P4 F dol · P5 M ngo ·
  P6 F no organization · P7 F insp · P8 not recorded, insp · P9 M police (facilitator only) ·
  P10 M police (half a day of a two-day training) · P11 M union · P12 other, insp

Activities:
  A1 training, completed, PK, 14–15 Nov 2023 (FY2024-Q1)
     P1 (2 days, 40→70) · P2 (2 days, 50→50) · P3 (2 days, 60→80) · P5 (2 days, 20→30) · P6 (2 days)
     · P9 facilitator (10→90) · P10 (0.5 day)
  A2 training, completed, NP, 6–8 Feb 2024 (Q2): P3 (3 days, 50→90) · P7 (2 days, 30→60)
     · P8 (days not recorded, 70→65) · P12 (3 days)
  A3 training, completed, PK, planned 27–28 Mar 2024 but held 2–3 Apr 2024 → FY2024-Q3 (actual wins):
     P1 (60→90) · P4 (50→40)
  A4 workshop, completed, PK, 10 Jan 2024 (Q2): P4
  A5 training, PLANNED, PK, 20 Feb 2024 (Q2): P2
  A6 training, completed, NP, 15–16 May 2024 (Q3): P7 (40→40) · P11 (50→70)

Indicators:
  TRAINED   distinct_participants: training, completed, organization types law_enforcement /
            labour_department / labour_inspectorate, role participant, min_attendance_share 0.5; cumulative
  EVENTS    activity_count: training or workshop, completed
  LEARNING  test_improvement: training, completed (any organization, role participant)
  AGENCIES  distinct_organizations: training, completed, role participant
"""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy.dialects import postgresql, sqlite

from flare_monitor.db.enums import ActivityStatus, ActivityType, AttendanceRole, OrganizationType, Sex
from flare_monitor.db.models import (
    Activity,
    Attendance,
    Country,
    Indicator,
    IndicatorTarget,
    Organization,
    Participant,
    Project,
    ProjectCountry,
    Result,
)
from flare_monitor.errors import NotFoundError, UserError, ValidationError
from flare_monitor.indicators.actuals import _build
from flare_monitor.indicators.computation import parse_computation
from flare_monitor.indicators.engine import compute_indicator, compute_indicators, figures_by_country, series
from flare_monitor.indicators.periods import parse_period

D = date
TRAINED = {
    "kind": "distinct_participants",
    "activity_types": ["training"],
    "activity_statuses": ["completed"],
    "organization_types": ["law_enforcement", "labour_department", "labour_inspectorate"],
    "roles": ["participant"],
    "min_attendance_share": 0.5,
}
EVENTS = {"kind": "activity_count", "activity_types": ["training", "workshop"]}
LEARNING = {"kind": "test_improvement", "activity_types": ["training"]}
AGENCIES = {"kind": "distinct_organizations", "activity_types": ["training"]}


def build_project(session, code: str = "TEST", countries=("PK", "NP")) -> Project:
    for iso, alpha3, name in (("PK", "PAK", "Pakistan"), ("NP", "NPL", "Nepal"), ("UZ", "UZB", "Uzbekistan")):
        if session.get(Country, iso) is None:
            session.add(Country(code=iso, alpha3=alpha3, name=name))
    project = Project(
        code=code, title="Test project", start_date=D(2023, 10, 1), end_date=D(2025, 9, 30),
        calendar="fiscal", fiscal_year_start_month=10,
    )  # fmt: skip
    session.add(project)
    session.flush()
    for iso in countries:
        session.add(ProjectCountry(project_id=project.id, country_code=iso))
    session.flush()
    return project


def add_indicator(session, project, code, name=None, computation=None, unit="number", **extra) -> Indicator:
    ind = Indicator(
        project_id=project.id, code=code, name=name or f"Indicator {code}", unit=unit, computation=computation,
        **extra,
    )  # fmt: skip
    session.add(ind)
    session.flush()
    return ind


def build_register(session) -> dict:
    """The register of the module docstring; returns the named objects."""
    project = build_project(session)
    orgs = {
        key: Organization(name=key, type=kind, country_code=country)
        for key, kind, country in (
            ("police", OrganizationType.LAW_ENFORCEMENT, "PK"),
            ("dol", OrganizationType.LABOUR_DEPARTMENT, "PK"),
            ("insp", OrganizationType.LABOUR_INSPECTORATE, "NP"),
            ("ngo", OrganizationType.NGO, "PK"),
            ("union", OrganizationType.WORKERS_ORGANIZATION, "NP"),
        )
    }
    session.add_all(orgs.values())
    people_spec = {
        "P1": (Sex.FEMALE, "police"), "P2": (Sex.MALE, "police"), "P3": (Sex.MALE, "insp"),
        "P4": (Sex.FEMALE, "dol"), "P5": (Sex.MALE, "ngo"), "P6": (Sex.FEMALE, None),
        "P7": (Sex.FEMALE, "insp"), "P8": (Sex.NOT_RECORDED, "insp"), "P9": (Sex.MALE, "police"),
        "P10": (Sex.MALE, "police"), "P11": (Sex.MALE, "union"), "P12": (Sex.OTHER, "insp"),
    }  # fmt: skip
    session.flush()
    people = {
        key: Participant(full_name=key, sex=sex, organization_id=orgs[org].id if org else None)
        for key, (sex, org) in people_spec.items()
    }
    session.add_all(people.values())

    def activity(code, country, kind, status, planned, actual=None):
        a = Activity(
            project_id=project.id, country_code=country, code=code, title=code, type=kind, status=status,
            planned_start=planned[0], planned_end=planned[1],
            actual_start=actual[0] if actual else None, actual_end=actual[1] if actual else None,
        )  # fmt: skip
        session.add(a)
        return a

    done, training = ActivityStatus.COMPLETED, ActivityType.TRAINING
    acts = {
        "A1": activity("A1", "PK", training, done, (D(2023, 11, 14), D(2023, 11, 15))),
        "A2": activity("A2", "NP", training, done, (D(2024, 2, 6), D(2024, 2, 8))),
        "A3": activity(
            "A3", "PK", training, done, (D(2024, 3, 27), D(2024, 3, 28)), (D(2024, 4, 2), D(2024, 4, 3))
        ),
        "A4": activity("A4", "PK", ActivityType.WORKSHOP, done, (D(2024, 1, 10), D(2024, 1, 10))),
        "A5": activity("A5", "PK", training, ActivityStatus.PLANNED, (D(2024, 2, 20), D(2024, 2, 20))),
        "A6": activity("A6", "NP", training, done, (D(2024, 5, 15), D(2024, 5, 16))),
    }
    session.flush()

    def attend(act, person, days=None, pre=None, post=None, role=AttendanceRole.PARTICIPANT):
        session.add(
            Attendance(
                activity_id=acts[act].id,
                participant_id=people[person].id,
                role=role,
                days_attended=days,
                pre_test_score=pre,
                post_test_score=post,
            )  # fmt: skip
        )

    attend("A1", "P1", 2, 40, 70)
    attend("A1", "P2", 2, 50, 50)
    attend("A1", "P3", 2, 60, 80)
    attend("A1", "P5", 2, 20, 30)
    attend("A1", "P6", 2)
    attend("A1", "P9", 2, 10, 90, role=AttendanceRole.FACILITATOR)
    attend("A1", "P10", 0.5)
    attend("A2", "P3", 3, 50, 90)
    attend("A2", "P7", 2, 30, 60)
    attend("A2", "P8", None, 70, 65)
    attend("A2", "P12", 3)
    attend("A3", "P1", None, 60, 90)
    attend("A3", "P4", None, 50, 40)
    attend("A4", "P4")
    attend("A5", "P2")
    attend("A6", "P7", None, 40, 40)
    attend("A6", "P11", None, 50, 70)
    result = Result(project_id=project.id, code="1", statement="Capacity built", depth=1)
    session.add(result)
    session.flush()
    indicators = {
        "TRAINED": add_indicator(
            session, project, "TRAINED", computation=TRAINED, cumulative=True, result_id=result.id
        ),
        "EVENTS": add_indicator(
            session, project, "EVENTS", computation=EVENTS, result_id=result.id, sort_order=1
        ),
        "LEARNING": add_indicator(
            session,
            project,
            "LEARNING",
            computation=LEARNING,
            unit="percentage",
            result_id=result.id,
            sort_order=2,
        ),
        "AGENCIES": add_indicator(
            session, project, "AGENCIES", computation=AGENCIES, result_id=result.id, sort_order=3
        ),
    }
    return {"project": project, "people": people, "activities": acts, "indicators": indicators}


@pytest.fixture
def register(db):
    with db.session() as session:
        build_register(session)
    return db


def figure(session, code, period, country=None):
    return compute_indicators(session, "TEST", period, country=country).figure(code)


# --------------------------------------------------------------------------- distinct participants


@pytest.mark.parametrize(
    ("period", "country", "actual", "by_sex"),
    [
        # Q1: A1 only. P1 F, P2 M, P3 M count; P5 (ngo), P6 (no organization), P9 (facilitator) and
        # P10 (0.5 of 2 days < 0.5 share) do not.
        ("FY2024-Q1", None, 3, (1, 2, 0, 0)),
        ("FY2024-Q1", "PK", 3, (1, 2, 0, 0)),
        ("FY2024-Q1", "NP", 0, (0, 0, 0, 0)),
        # Q2: A2 in NP: P3 M, P7 F (2 of 3 days ≥ 1.5), P8 not recorded (days unknown), P12 other.
        # A4 is a workshop and A5 is only planned; A3 was moved to April.
        ("FY2024-Q2", None, 4, (1, 1, 1, 1)),
        ("FY2024-Q2", "PK", 0, (0, 0, 0, 0)),
        ("FY2024-Q2", "NP", 4, (1, 1, 1, 1)),
        # Q3: A3 (held in April) P1 F, P4 F; A6 P7 F (P11's union is not a counted type).
        ("FY2024-Q3", None, 3, (3, 0, 0, 0)),
        ("FY2024-Q3", "PK", 2, (2, 0, 0, 0)),
        ("FY2024-Q3", "NP", 1, (1, 0, 0, 0)),
        # Calendar 2024-Q2 (Apr–Jun) is the same days as FY2024-Q3.
        ("2024-Q2", None, 3, (3, 0, 0, 0)),
        # Calendar 2024-Q1 (Jan–Mar) = FY2024-Q2.
        ("2024-Q1", "NP", 4, (1, 1, 1, 1)),
        # FY2024-S1 (Oct–Mar): {P1, P2, P3} ∪ {P3, P7, P8, P12} = 6 people; P3 once.
        ("FY2024-S1", None, 6, (2, 2, 1, 1)),
        # FY2024 (Oct 2023–Sep 2024): everyone of Q1–Q3: P1 P2 P3 P4 P7 P8 P12 = 7.
        ("FY2024", None, 7, (3, 2, 1, 1)),
        # Calendar 2023: only A1 (November).
        ("2023", None, 3, (1, 2, 0, 0)),
    ],
)
def test_distinct_participants_per_period(register, period, country, actual, by_sex):
    with register.session() as session:
        fig = figure(session, "TRAINED", period, country)
    assert fig.actual == actual
    assert fig.by_sex == dict(zip(("female", "male", "other", "not_recorded"), by_sex, strict=True))
    assert sum(fig.by_sex.values()) == fig.actual


def test_distinct_participants_cumulative_counts_each_person_once(register):
    with register.session() as session:
        total = figure(session, "TRAINED", "FY2024-Q3")
        pk = figure(session, "TRAINED", "FY2024-Q3", "PK")
        np_ = figure(session, "TRAINED", "FY2024-Q3", "NP")
    # Project start to 30 Jun 2024: {P1,P2,P3} ∪ {P3,P7,P8,P12} ∪ {P1,P4,P7} = P1 P2 P3 P4 P7 P8 P12.
    assert total.cumulative_actual == 7
    assert total.cumulative_by_sex == {"female": 3, "male": 2, "other": 1, "not_recorded": 1}
    # PK: A1 {P1,P2,P3} ∪ A3 {P1,P4} = 4 (P1 trained twice, once counted).
    assert pk.cumulative_actual == 4
    assert pk.cumulative_by_sex == {"female": 2, "male": 2, "other": 0, "not_recorded": 0}
    # NP: A2 {P3,P7,P8,P12} ∪ A6 {P7} = 4.
    assert np_.cumulative_actual == 4
    # P3 was trained in both countries: once in each country, once in the total (4 + 4 = 7 + 1).
    assert pk.cumulative_actual + np_.cumulative_actual == total.cumulative_actual + 1


# --------------------------------------------------------------------------- other kinds


@pytest.mark.parametrize(
    ("period", "country", "actual", "cumulative"),
    [
        ("FY2024-Q1", None, 1, 1),  # A1
        ("FY2024-Q2", None, 2, 3),  # A2 and the workshop A4 (A5 is planned); cumulative A1 A2 A4
        ("FY2024-Q2", "PK", 1, 2),  # A4; cumulative A1 A4
        ("FY2024-Q3", None, 2, 5),  # A3 and A6; cumulative A1 A2 A4 A3 A6
        ("FY2024-Q3", "NP", 1, 2),  # A6; cumulative A2 A6
    ],
)
def test_activity_count(register, period, country, actual, cumulative):
    with register.session() as session:
        fig = figure(session, "EVENTS", period, country)
    assert (fig.actual, fig.cumulative_actual, fig.by_sex) == (actual, cumulative, None)


def test_test_improvement_is_a_ratio_of_counts(register):
    with register.session() as session:
        q1 = figure(session, "LEARNING", "FY2024-Q1")
        q2_pk = figure(session, "LEARNING", "FY2024-Q2", "PK")
        q3 = figure(session, "LEARNING", "FY2024-Q3")
        q3_np = figure(session, "LEARNING", "FY2024-Q3", "NP")
    # Q1, A1 rows with both scores: P1 40→70 ✓, P2 50→50 ✗, P3 60→80 ✓, P5 20→30 ✓ (any organization);
    # P9 is a facilitator. 3 of 4 = 75 %. Women: P1 1/1; men: P2 ✗, P3 ✓, P5 ✓ = 2/3.
    assert (q1.numerator, q1.denominator, q1.actual) == (3, 4, 75.0)
    assert q1.by_sex["female"] == 100.0
    assert q1.by_sex["male"] == pytest.approx(200 / 3)
    assert q1.by_sex["other"] is None
    assert q1.numerator_by_sex["male"] == 2 and q1.denominator_by_sex["male"] == 3
    # Nobody was tested in PK in Q2: no denominator, no percentage.
    assert (q2_pk.actual, q2_pk.denominator) == (None, 0)
    # Q3: A3 P1 60→90 ✓, P4 50→40 ✗; A6 P7 40→40 ✗, P11 50→70 ✓ → 2/4 = 50 %; NP 1/2.
    assert (q3.numerator, q3.denominator, q3.actual) == (2, 4, 50.0)
    assert q3_np.actual == 50.0
    # Cumulative: (3 + 2 + 2) / (4 + 3 + 4) — Q2 is A2: P3 ✓ P7 ✓ P8 ✗ — recomputed, not averaged.
    assert q3.cumulative_actual == pytest.approx(700 / 11)


def test_distinct_organizations(register):
    with register.session() as session:
        q1 = figure(session, "AGENCIES", "FY2024-Q1")
        q3 = figure(session, "AGENCIES", "FY2024-Q3")
        q3_pk = figure(session, "AGENCIES", "FY2024-Q3", "PK")
    # Q1, A1 participants: police (P1 P2 P10), insp (P3), ngo (P5); P6 has none; P9 facilitates.
    assert q1.actual == 3
    # Q3: A3 police + dol; A6 insp + union.
    assert (q3.actual, q3_pk.actual, q3.by_sex) == (4, 2, None)
    # Cumulative: police, insp, ngo, dol, union.
    assert q3.cumulative_actual == 5


# --------------------------------------------------------------------------- report shape and order


def test_report_orders_and_serialises(register):
    with register.session() as session:
        report = compute_indicators(session, "TEST", "fy2024-q3", country="pk")
        by_country = figures_by_country(session, "TEST", "FY2024-Q3", include_total=True)
    assert [f.code for f in report.figures] == ["TRAINED", "EVENTS", "LEARNING", "AGENCIES"]
    data = report.as_json()
    assert data["project"] == "TEST" and data["country"] == "PK"
    assert data["period"] == {"label": "FY2024-Q3", "start": "2024-04-01", "end": "2024-06-30"}
    first = data["indicators"][0]
    for key in ("code", "name", "unit", "computed", "baseline", "target", "actual", "by_sex",
                "cumulative_actual", "lop_target", "percent_of_target", "status"):  # fmt: skip
        assert key in first
    assert first["actual"] == 2 and first["computed"] is True and first["status"] == "no_target"
    assert set(by_country) == {"NP", "PK", None}
    assert by_country["NP"].figure("TRAINED").actual == 1


def test_series_gives_one_figure_per_period(register):
    with register.session() as session:
        ind = session.query(Indicator).filter_by(code="TRAINED").one()
        figures = series(session, ind, ["FY2024-Q1", "FY2024-Q2", "FY2024-Q3"])
        single = compute_indicator(session, ind, "FY2024-Q2", "NP")
    assert [f.actual for f in figures] == [3, 4, 3]
    assert [f.cumulative_actual for f in figures] == [3, 6, 7]  # 3, then +P7 P8 P12, then +P4
    assert single.actual == 4


def test_bad_requests_are_user_errors(register):
    with register.session() as session:
        with pytest.raises(UserError, match="not a valid period"):
            compute_indicators(session, "TEST", "2024-Q5")
        with pytest.raises(NotFoundError, match="Unknown project"):
            compute_indicators(session, "NOPE", "2024-Q2")
        with pytest.raises(ValidationError, match="UZ is not one of the countries"):
            compute_indicators(session, "TEST", "2024-Q2", country="UZ")


# --------------------------------------------------------------------------- computation parsing


def test_parse_computation_defaults_and_round_trip():
    comp = parse_computation({"kind": "distinct_participants", "activity_types": ["Training"]})
    assert comp.activity_statuses == ("completed",) and comp.roles == ("participant",)
    assert comp.activity_types == ("training",)
    assert parse_computation(comp.to_json()) == comp
    assert parse_computation(TRAINED).min_attendance_share == 0.5


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"kind": "people"}, "kind 'people' is not one of"),
        ({"kind": "activity_count", "activity_type": ["training"]}, "unknown key 'activity_type'"),
        ({"kind": "activity_count", "activity_types": ["trainning"]}, "'trainning', which is not one of"),
        ({"kind": "distinct_participants", "roles": []}, "roles is an empty list"),
        ({"kind": "distinct_participants", "roles": "participant"}, "roles must be a list"),
        ({"kind": "distinct_participants", "min_attendance_share": 1.5}, "from 0 to 1"),
        ({"kind": "distinct_participants", "completed_only": "yes"}, "true or false"),
        ({"kind": "distinct_participants", "countries": ["XX"]}, "not an ISO 3166-1 code"),
        ({"kind": "distinct_participants", "organization_types": ["police"]}, "'police'"),
        ({"kind": "activity_count", "roles": ["participant"]}, "does not apply to activity_count"),
        ("distinct_participants", "expected a JSON object"),
    ],
)
def test_parse_computation_refuses_with_readable_messages(data, message):
    with pytest.raises(ValidationError, match=message):
        parse_computation(data)


def test_computation_must_suit_the_unit():
    with pytest.raises(ValidationError, match="gives a percentage"):
        parse_computation(LEARNING, unit="number")


# --------------------------------------------------------------------------- targets and status


def test_cumulative_indicator_status_follows_the_cumulative_ratio(register):
    with register.session() as session:
        trained = session.query(Indicator).filter_by(code="TRAINED").one()
        for label, value in (("FY2024-Q1", 10), ("FY2024-Q3", 2)):
            period = parse_period(label)
            session.add(
                IndicatorTarget(
                    indicator_id=trained.id,
                    period=label,
                    period_start=period.start,
                    period_end=period.end,
                    country_code="PK",
                    value=value,
                )  # fmt: skip
            )
        session.flush()
        fig = figure(session, "TRAINED", "FY2024-Q3", "PK")
    # Q3 in PK: 2 trained against 2 → 100 %; cumulative 4 against 10 + 2 = 12 → 33 %, off track.
    assert (fig.target, fig.percent_of_target) == (2, 100.0)
    assert fig.cumulative_target == 12
    assert fig.percent_of_cumulative_target == pytest.approx(100 * 4 / 12)
    assert fig.status == "off_track"


@pytest.mark.parametrize("data", [TRAINED, EVENTS, LEARNING, AGENCIES])
def test_queries_are_portable_to_postgresql(data):
    """No SQLite-only function reaches PostgreSQL: the day count renders as date subtraction there."""
    query = _build(
        parse_computation(data), uuid.uuid4(), D(2024, 1, 1), D(2024, 3, 31), "PK", by_country=True
    )
    pg = str(query.compile(dialect=postgresql.dialect()))
    lite = str(query.compile(dialect=sqlite.dialect()))
    assert "julianday" not in pg.lower()
    if "min_attendance_share" in data:
        assert "coalesce(activity.actual_end, activity.planned_end) - coalesce(" in pg
        assert "julianday(coalesce(activity.actual_end" in lite
