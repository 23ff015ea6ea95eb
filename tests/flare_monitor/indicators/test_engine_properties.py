"""Property test: the engine's distinct-participant counts equal a brute-force count over plain lists.

Each example draws a register (people with sexes and organization types, activities with dates in
2023–2025 in three countries, attendance with roles and days) and a period (quarter, half or year,
calendar or fiscal). The reference below counts from the generated lists only, never from the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, insert
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

from flare_monitor.db.models import (
    Activity,
    Attendance,
    Base,
    Country,
    Indicator,
    Organization,
    Participant,
    Project,
    ProjectCountry,
)
from flare_monitor.indicators.engine import compute_indicator
from flare_monitor.indicators.periods import parse_period

COUNTRIES = ("PK", "NP", "UZ")
SEXES = ("female", "male", "other", "not_recorded")
ORG_TYPES = (None, "law_enforcement", "labour_inspectorate", "ngo")
COUNTED_ORG_TYPES = ("law_enforcement", "labour_inspectorate")
FIRST_DAY, LAST_DAY = date(2023, 1, 1), date(2025, 12, 31)
SHARE = 0.5


@dataclass(frozen=True)
class Act:
    country: str
    start: date
    days: int  # length in days (planned)
    moved: int | None  # actual start = planned + moved days (None: not held yet / not recorded)
    type: str
    status: str

    @property
    def date(self) -> date:
        return self.start + timedelta(days=self.moved) if self.moved is not None else self.start

    @property
    def length(self) -> int:
        return self.days  # the actual dates keep the planned length


day_offsets = st.integers(0, (LAST_DAY - FIRST_DAY).days)
# Every period here starts on the 1st of Jan/Apr/Jul/Oct (fiscal years start in one of those): days
# close to one catch off-by-one mistakes and trainings held in another period than planned.
near_quarter_start = st.builds(
    lambda quarter, shift: date(2023 + quarter // 4, quarter % 4 * 3 + 1, 1) + timedelta(days=shift),
    st.integers(0, 11),
    st.integers(-3, 2),
)
any_day = day_offsets.map(lambda d: FIRST_DAY + timedelta(days=d))
activities = st.builds(
    Act,
    country=st.sampled_from(COUNTRIES),
    start=near_quarter_start | any_day,
    days=st.integers(1, 3),
    moved=st.none() | st.integers(-4, 4) | st.integers(-90, 90),
    type=st.sampled_from(("training", "training", "workshop")),
    status=st.sampled_from(("completed", "completed", "planned")),
)
people = st.lists(st.tuples(st.sampled_from(SEXES), st.sampled_from(ORG_TYPES)), min_size=1, max_size=12)


@st.composite
def registers(draw):
    persons = draw(people)
    acts = draw(st.lists(activities, min_size=1, max_size=8))
    pairs = st.tuples(st.integers(0, len(persons) - 1), st.integers(0, len(acts) - 1))
    chosen = draw(st.lists(pairs, max_size=40, unique=True))
    attendance = [
        (p, a, draw(st.sampled_from(("participant", "participant", "facilitator"))),
         draw(st.none() | st.sampled_from((0.0, 0.5, 1.0, 1.5, 2.0, 3.0))))
        for p, a in chosen
    ]  # fmt: skip
    return persons, acts, attendance


@st.composite
def periods(draw):
    kind = draw(st.sampled_from(("quarter", "half", "year")))
    fiscal = draw(st.booleans())
    year = draw(st.integers(2023, 2026 if fiscal else 2025))
    label = f"{'FY' if fiscal else ''}{year}"
    if kind == "quarter":
        label += f"-Q{draw(st.integers(1, 4))}"
    elif kind == "half":
        label += f"-S{draw(st.integers(1, 2))}"
    return label


def reference(persons, acts, attendance, start, end, country, use_orgs):
    """Brute force over the generated lists: {sex: count} of distinct qualifying people."""
    counted = set()
    for p, a, role, days in attendance:
        act = acts[a]
        if act.type != "training" or act.status != "completed" or role != "participant":
            continue
        if not start <= act.date <= end or (country is not None and act.country != country):
            continue
        if use_orgs and persons[p][1] not in COUNTED_ORG_TYPES:
            continue
        if days is not None and days < SHARE * act.length:
            continue
        counted.add(p)
    by_sex = dict.fromkeys(SEXES, 0)
    for p in counted:
        by_sex[persons[p][0]] += 1
    return len(counted), by_sex


def build(session: Session, persons, acts, attendance, fiscal_month, project_start, use_orgs):
    session.execute(insert(Country), [{"code": c, "alpha3": c + "X", "name": c} for c in COUNTRIES])
    project = Project(
        code="P",
        title="P",
        start_date=project_start,
        end_date=date(2026, 12, 31),
        fiscal_year_start_month=fiscal_month,
    )
    session.add(project)
    session.flush()
    session.execute(
        insert(ProjectCountry), [{"project_id": project.id, "country_code": c} for c in COUNTRIES]
    )
    org_ids = {}
    for kind in ORG_TYPES[1:]:
        org = Organization(name=kind, type=kind)
        session.add(org)
        session.flush()
        org_ids[kind] = org.id
    person_rows = [
        Participant(full_name=f"p{i}", sex=sex, organization_id=org_ids.get(org))
        for i, (sex, org) in enumerate(persons)
    ]
    act_rows = [
        Activity(
            project_id=project.id, country_code=a.country, code=f"A{i}", title="a", type=a.type, status=a.status,
            planned_start=a.start, planned_end=a.start + timedelta(days=a.days - 1),
            actual_start=a.date if a.moved is not None else None,
            actual_end=a.date + timedelta(days=a.days - 1) if a.moved is not None else None,
        )
        for i, a in enumerate(acts)
    ]  # fmt: skip
    session.add_all(person_rows + act_rows)
    session.flush()
    if attendance:  # an empty parameter list would run one INSERT without values
        session.execute(
            insert(Attendance),
            [
                {
                    "participant_id": person_rows[p].id,
                    "activity_id": act_rows[a].id,
                    "role": role,
                    "days_attended": days,
                }
                for p, a, role, days in attendance
            ],
        )
    computation = {
        "kind": "distinct_participants",
        "activity_types": ["training"],
        "min_attendance_share": SHARE,
    }
    if use_orgs:
        computation["organization_types"] = list(COUNTED_ORG_TYPES)
    indicator = Indicator(project_id=project.id, code="I", name="I", computation=computation, cumulative=True)
    session.add(indicator)
    session.flush()
    return indicator


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    register=registers(),
    label=periods(),
    fiscal_month=st.sampled_from((1, 4, 7, 10)),
    project_start=near_quarter_start.filter(lambda d: d.year < 2025) | any_day,
    use_orgs=st.booleans(),
)
def test_distinct_participants_match_brute_force(register, label, fiscal_month, project_start, use_orgs):
    persons, acts, attendance = register
    # A fresh in-memory database per example: no state leaks between examples.
    engine = create_engine("sqlite://", poolclass=StaticPool)
    Base.metadata.create_all(engine)
    try:
        with Session(engine) as session:
            indicator = build(session, persons, acts, attendance, fiscal_month, project_start, use_orgs)
            period = parse_period(label, fiscal_start_month=fiscal_month)
            for country in (*COUNTRIES, None):
                fig = compute_indicator(session, indicator, label, country)
                expected = reference(persons, acts, attendance, period.start, period.end, country, use_orgs)
                assert (fig.actual, fig.by_sex) == expected, (label, country)
                cumulative = reference(
                    persons, acts, attendance, project_start, period.end, country, use_orgs
                )
                assert (fig.cumulative_actual, fig.cumulative_by_sex) == cumulative, (
                    label,
                    country,
                    "cumulative",
                )
    finally:
        engine.dispose()
