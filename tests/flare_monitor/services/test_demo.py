"""The demo data: loads once, is deterministic, and holds the seed facts the rest of the app shows."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from sqlalchemy import func, select

from flare_monitor.db.enums import ActivityStatus, ActivityType, AttendanceRole, Calendar, Sex
from flare_monitor.db.migrate import open_database
from flare_monitor.db.models import (
    Activity,
    Attendance,
    Base,
    Indicator,
    IndicatorTarget,
    IndicatorValue,
    Narrative,
    Organization,
    Participant,
    Project,
    Subdivision,
)
from flare_monitor.errors import ConflictError
from flare_monitor.indicators.periods import parse_period
from flare_monitor.services.demo import DEMO_TIMESTAMP, demo_id, load_demo
from flare_monitor.services.geo import ensure_country
from flare_monitor.services.maintenance import check_database
from flare_monitor.text import fold, name_key, normalize_phone

APRIL = "BR-PK-2024-TRN-APR"
PILOT = "BR-PK-2024-03"
NANNING = "FL-CN-2014-NNG"
FOUR_AGENCIES = {
    "Department of Labour, Government of Balochistan",
    "Federal Investigation Agency",
    "Balochistan Police",
    "Mines and Minerals Development Department, Balochistan",
}
KEY_NAME = (
    "Number of law enforcement officials trained on forced labour, bonded labour and human "
    "trafficking (by sex)"
)
ALLOWED_COMPUTATION_KEYS = {
    "kind",
    "activity_types",
    "activity_statuses",
    "organization_types",
    "countries",
    "roles",
    "min_attendance_share",
    "completed_only",
}


def counts(db) -> dict[str, int]:
    with db.session(audit=False) as s:
        return {t.name: s.scalar(select(func.count()).select_from(t)) for t in Base.metadata.sorted_tables}


def dump(db) -> dict[str, list[tuple]]:
    with db.session(audit=False) as s:
        return {
            t.name: sorted((tuple(r) for r in s.execute(select(t)).all()), key=repr)
            for t in Base.metadata.sorted_tables
        }


@pytest.fixture
def loaded(db):
    """The demo loaded into the fresh database of the `db` fixture."""
    with db.session(audit=False) as s:
        assert load_demo(s) is True
    return db


@pytest.fixture(scope="module")
def demo(tmp_path_factory, databases):
    """One demo database shared by the tests that only read it (a load and a migration take ~1 s)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("FLARE_MONITOR_DATA_DIR", str(tmp_path_factory.mktemp("appdata")))
        database = open_database(databases.empty_url())
        with database.session(audit=False) as s:
            assert load_demo(s) is True
        yield database
        database.dispose()
        databases.drop(database.url)


def attendance_of(session, code: str) -> list[tuple[Attendance, Participant]]:
    return session.execute(
        select(Attendance, Participant)
        .join(Participant, Attendance.participant_id == Participant.id)
        .join(Activity, Attendance.activity_id == Activity.id)
        .where(Activity.code == code)
    ).all()


def test_second_load_changes_nothing(loaded):
    before = counts(loaded)
    assert before["participant"] > 300 and before["attendance"] > before["participant"]
    with loaded.session(audit=False) as s:
        assert load_demo(s) is False
    assert counts(loaded) == before


def test_returns_false_when_a_project_has_a_demo_code(db):
    with db.session(audit=False) as s:
        s.add(
            Project(
                code="FLARE",
                title="Someone's own FLARE",
                start_date=date(2020, 1, 1),
                end_date=date(2021, 1, 1),
            )
        )
    before = counts(db)
    with db.session(audit=False) as s:
        assert load_demo(s) is False
    assert counts(db) == before


def test_refuses_when_an_activity_code_is_taken(db):
    with db.session(audit=False) as s:
        project = Project(code="OTHER", title="Other", start_date=date(2020, 1, 1), end_date=date(2026, 1, 1))
        s.add(project)
        s.flush()
        s.add(
            Activity(
                project_id=project.id,
                country_code=ensure_country(s, "PK"),
                code="BR-PK-2024-01",
                title="Mine",
                type=ActivityType.MEETING,
                planned_start=date(2024, 1, 1),
                planned_end=date(2024, 1, 1),
            )
        )
    before = counts(db)
    with pytest.raises(ConflictError, match="BR-PK-2024-01"), db.session(audit=False) as s:
        load_demo(s)
    assert counts(db) == before


def test_projects_countries_and_calendars(demo):
    with demo.session(audit=False) as s:
        bridge = s.scalar(select(Project).where(Project.code == "BRIDGE"))
        flare = s.scalar(select(Project).where(Project.code == "FLARE"))
        assert bridge.id == demo_id("project", "BRIDGE")
        assert bridge.title == "From Protocol to Practice: A Bridge to Global Action on Forced Labour"
        assert bridge.donor == "United States Department of Labor"
        assert bridge.calendar is Calendar.FISCAL and bridge.fiscal_year_start_month == 10
        assert bridge.currency == "USD"
        assert {c.country_code for c in bridge.countries} == {"UZ", "PE", "NP", "MN", "PK"}
        assert [lv.name for lv in bridge.levels] == [
            "Long-term outcome",
            "Medium-term outcome",
            "Short-term outcome",
            "Output",
        ]
        assert flare.title == "Forced Labour Action in the Asian Region"
        assert flare.calendar is Calendar.CALENDAR
        assert {c.country_code for c in flare.countries} >= {"CN", "TH"} and len(flare.countries) >= 3
        assert [lv.name for lv in flare.levels] == ["Outcome", "Output"]


def test_framework_codes_and_parents(demo):
    with demo.session(audit=False) as s:
        for project in s.scalars(select(Project)):
            for result in project.results:
                assert result.depth == result.code.count(".") + 1
                if result.depth == 1:
                    assert result.parent is None
                else:
                    assert result.parent.code == result.code.rsplit(".", 1)[0]


def test_key_indicator_and_computations(demo):
    with demo.session(audit=False) as s:
        bridge_id = demo_id("project", "BRIDGE")
        key = s.scalar(select(Indicator).where(Indicator.project_id == bridge_id, Indicator.name == KEY_NAME))
        assert key is not None and key.is_key and key.cumulative and key.unit.value == "number"
        assert key.computation == {
            "kind": "distinct_participants",
            "activity_types": ["training"],
            "activity_statuses": ["completed"],
            "organization_types": [
                "law_enforcement",
                "labour_inspectorate",
                "labour_department",
                "judiciary",
            ],
            "roles": ["participant"],
            "min_attendance_share": 0.5,
        }
        indicators = s.scalars(select(Indicator)).all()
        kinds = Counter(i.computation["kind"] for i in indicators if i.computation)
        assert set(kinds) == {
            "distinct_participants",
            "activity_count",
            "test_improvement",
            "distinct_organizations",
        }
        assert any(i.computation is None for i in indicators)
        for ind in indicators:
            assert (
                "sex" in ind.disaggregations
                or ind.computation is None
                or ind.computation["kind"] in ("activity_count", "distinct_organizations")
            )
            if ind.computation:
                assert set(ind.computation) <= ALLOWED_COMPUTATION_KEYS
            if ind.computation and ind.computation["kind"] == "test_improvement":
                assert ind.unit.value == "percentage"
        per_project = Counter(i.project_id for i in indicators)
        assert 8 <= per_project[bridge_id] <= 12 and 5 <= per_project[demo_id("project", "FLARE")] <= 7


def test_targets_periods_match_their_labels(demo):
    with demo.session(audit=False) as s:
        projects = {p.id: p for p in s.scalars(select(Project))}
        targets = s.scalars(select(IndicatorTarget)).all()
        for t in targets:
            project = projects[t.indicator.project_id]
            period = parse_period(
                t.period,
                fiscal_start_month=project.fiscal_year_start_month,
                lop=(project.start_date, project.end_date),
            )
            assert (t.period_start, t.period_end) == (period.start, period.end), t.period
            assert t.period.startswith("FY") == (project.calendar is Calendar.FISCAL) or t.period == "LOP"
        apr = [
            t
            for t in targets
            if t.period == "FY2024-Q3" and t.country_code == "PK" and t.indicator.name == KEY_NAME
        ]
        assert len(apr) == 1 and apr[0].period_start == date(2024, 4, 1) and apr[0].value == 40
        key_lop = {t.country_code for t in targets if t.period == "LOP" and t.indicator.name == KEY_NAME}
        assert key_lop == {None, "UZ", "PE", "NP", "MN", "PK"}
        key_quarters = {t.period for t in targets if t.indicator.name == KEY_NAME and t.country_code == "MN"}
        assert len(key_quarters - {"LOP"}) == 12


def test_manual_values(demo):
    with demo.session(audit=False) as s:
        values = s.scalars(select(IndicatorValue)).all()
        statuses = Counter(v.status.value for v in values)
        assert statuses["approved"] > 0 and statuses["draft"] > 0
        percentages = [v for v in values if v.denominator]
        assert percentages
        for v in percentages:
            assert v.value == pytest.approx(100 * v.numerator / v.denominator, abs=0.05)
        for v in values:
            assert v.indicator.computation is None
            assert (v.approved_by is not None) == (v.status.value == "approved")


def test_april_training_has_40_officers_of_the_four_agencies(demo):
    with demo.session(audit=False) as s:
        activity = s.scalar(select(Activity).where(Activity.code == APRIL))
        assert activity.type is ActivityType.TRAINING and activity.status is ActivityStatus.COMPLETED
        assert (activity.planned_start, activity.planned_end) == (date(2024, 4, 16), date(2024, 4, 17))
        assert (activity.actual_start, activity.actual_end) == (date(2024, 4, 16), date(2024, 4, 17))
        assert activity.subdivision_code == "PK-BA" and activity.country_code == "PK"
        rows = attendance_of(s, APRIL)
        assert len(rows) == 40
        sexes = Counter(p.sex for _a, p in rows)
        assert sexes[Sex.FEMALE] > 0 and sexes[Sex.MALE] > 0
        assert sexes[Sex.FEMALE] + sexes[Sex.MALE] == 40 and sexes[Sex.NOT_RECORDED] == 0
        orgs = {s.get(Organization, p.organization_id).name for _a, p in rows}
        assert orgs == FOUR_AGENCIES
        for a, _p in rows:
            assert a.role is AttendanceRole.PARTICIPANT and a.completed
            assert a.days_attended in (1.5, 2.0)
            assert a.pre_test_score is not None and a.post_test_score is not None
        improved = sum(a.post_test_score > a.pre_test_score for a, _p in rows)
        assert improved > 20
        pilot = {p.id for _a, p in attendance_of(s, PILOT)}
        assert 5 <= len(pilot & {p.id for _a, p in rows}) < 20


def test_pakistan_sequence_from_the_seed(demo):
    with demo.session(audit=False) as s:
        acts = {a.code: a for a in s.scalars(select(Activity).where(Activity.country_code == "PK"))}
        assert acts["BR-PK-2024-01"].type is ActivityType.RESEARCH
        assert acts["BR-PK-2024-02"].type is ActivityType.TECHNICAL_ASSISTANCE
        pilot = acts[PILOT]
        assert pilot.type is ActivityType.TRAINING and pilot.actual_start == date(2024, 3, 12)
        assert pilot.subdivision_code == "PK-BA" and "Quetta" in pilot.venue
        assert 18 <= len(attendance_of(s, PILOT)) <= 22
        assert {a.status for a in acts.values()} >= {ActivityStatus.COMPLETED, ActivityStatus.PLANNED}


def test_nanning_workshop_and_visit(demo):
    with demo.session(audit=False) as s:
        workshop = s.scalar(select(Activity).where(Activity.code == NANNING))
        assert workshop.type is ActivityType.TRAINING and workshop.subdivision_code == "CN-GX"
        assert (workshop.actual_start, workshop.actual_end) == (date(2014, 4, 24), date(2014, 4, 25))
        rows = attendance_of(s, NANNING)
        assert len(rows) == 34
        org_subdivisions = {s.get(Organization, p.organization_id).subdivision_code for _a, p in rows}
        assert org_subdivisions == {"CN-HA", "CN-GD", "CN-GX", "CN-GZ", "CN-SD", "CN-YN", "CN-ZJ"}
        assert all(
            s.get(Organization, p.organization_id).type.value == "labour_inspectorate" for _a, p in rows
        )
        visit = s.scalars(
            select(Activity).where(
                Activity.project_id == workshop.project_id,
                Activity.type == ActivityType.MEETING,
                Activity.actual_start == date(2014, 4, 25),
            )
        ).all()
        assert len(visit) == 1 and "Nanning" in visit[0].title


def test_names_in_many_scripts(demo):
    def has(name: str, low: int, high: int) -> bool:
        return any(low <= ord(ch) <= high for ch in name)

    with demo.session(audit=False) as s:
        names = s.scalars(select(Participant.full_name)).all()
    assert any(has(n, 0x0400, 0x04FF) for n in names)  # Cyrillic
    assert any(has(n, 0x4E00, 0x9FFF) for n in names)  # CJK
    assert any(has(n, 0x0900, 0x097F) for n in names)  # Devanagari
    assert any(has(n, 0x0600, 0x06FF) for n in names)  # Arabic script (Urdu)
    assert any(has(n, 0x0E00, 0x0E7F) for n in names)  # Thai
    assert any("Бат-Эрдэнэ" in n for n in names)
    assert any(has(n, 0x00C0, 0x024F) for n in names)  # accented Latin: José, Nguyễn
    assert len(names) == len(set(names))


def test_participant_columns(demo):
    with demo.session(audit=False) as s:
        people = s.scalars(select(Participant)).all()
        for p in people:
            assert p.search_name == fold(p.full_name) and p.name_key == name_key(p.full_name)
            assert p.phone_normalized == (normalize_phone(p.phone) if p.phone else None)
            if p.organization_id:
                assert p.country_code == s.get(Organization, p.organization_id).country_code
        for org in s.scalars(select(Organization)):
            assert org.search_name == fold(org.name)
        sexes = Counter(p.sex for p in people)
        assert 0 < sexes[Sex.NOT_RECORDED] <= 10
        sensitive = [p for p in people if p.sensitive]
        assert sensitive and all(p.consent and p.phone is None and p.email is None for p in sensitive)
        for p in sensitive:
            types = {a.activity.type for a in p.attendance}
            assert types == {ActivityType.AWARENESS_RAISING}
        assert sum(p.consent for p in people) > 0.9 * len(people)


def test_people_attend_more_than_one_training(demo):
    with demo.session(audit=False) as s:
        rows = s.execute(
            select(Attendance.participant_id, Activity.actual_start, Activity.country_code)
            .join(Activity, Attendance.activity_id == Activity.id)
            .where(Activity.type == ActivityType.TRAINING, Attendance.role == AttendanceRole.PARTICIPANT)
        ).all()
    trainings = Counter(r.participant_id for r in rows)
    assert sum(1 for n in trainings.values() if n >= 2) >= 10
    peru = {}
    for r in rows:
        if r.country_code == "PE":
            peru.setdefault(r.participant_id, set()).add(
                (r.actual_start.year, (r.actual_start.month - 1) // 3)
            )
    assert any(len(quarters) >= 2 for quarters in peru.values())


def test_activities_codes_statuses_and_places(demo):
    with demo.session(audit=False) as s:
        acts = s.scalars(select(Activity)).all()
        subdivisions = {sub.code: sub.country_code for sub in s.scalars(select(Subdivision))}
        for a in acts:
            if a.subdivision_code:
                assert subdivisions[a.subdivision_code] == a.country_code, a.code
            if a.status is ActivityStatus.COMPLETED:
                assert a.actual_start and a.actual_end
            if a.status in (ActivityStatus.PLANNED, ActivityStatus.POSTPONED, ActivityStatus.CANCELLED):
                assert a.actual_start is None
                assert not a.attendance
        bridge = [a for a in acts if a.project_id == demo_id("project", "BRIDGE")]
        per_country = Counter(a.country_code for a in bridge)
        assert set(per_country) == {"UZ", "PE", "NP", "MN", "PK"}
        assert all(6 <= n <= 13 for n in per_country.values())
        statuses = Counter(a.status for a in bridge)
        assert statuses[ActivityStatus.POSTPONED] >= 1 and statuses[ActivityStatus.CANCELLED] >= 1
        assert any(
            a.status is ActivityStatus.PLANNED and a.planned_start >= date(2025, 10, 1) for a in bridge
        )
        flare = [a for a in acts if a.project_id == demo_id("project", "FLARE")]
        for country in ("CN", "TH", "VN"):
            assert any(a.country_code == country and a.planned_start.year >= 2023 for a in flare)
        for sub, country in s.execute(select(Participant.subdivision_code, Participant.country_code)):
            if sub:
                assert subdivisions[sub] == country


def test_narratives(demo):
    with demo.session(audit=False) as s:
        rows = s.scalars(select(Narrative)).all()
    overall = {n.section.value for n in rows if n.period == "FY2024-Q3" and n.country_code is None}
    assert overall == {"highlights", "challenges", "lessons_learned", "good_practices", "next_period_plan"}
    pk = [n for n in rows if n.period == "FY2024-Q3" and n.country_code == "PK"]
    assert len(pk) == 1 and "40 officers" in pk[0].text
    assert all(
        (n.period_start, n.period_end) == (date(2024, 4, 1), date(2024, 6, 30))
        for n in rows
        if n.period == "FY2024-Q3"
    )
    assert any(n.project_id == demo_id("project", "FLARE") for n in rows)


def test_timestamps_are_fixed(demo):
    with demo.session(audit=False) as s:
        for table in Base.metadata.sorted_tables:
            for column in ("created_at", "updated_at"):
                if column not in table.c:
                    continue
                stamps = set(s.scalars(select(table.c[column])))
                assert stamps <= {DEMO_TIMESTAMP}, (table.name, column)


def test_database_is_consistent_after_loading(loaded):
    assert check_database(loaded) == []  # on SQLite, integrity_check and foreign_key_check as well


def test_two_loads_give_identical_rows(loaded, new_db_url):
    other = open_database(new_db_url())
    try:
        with other.session(audit=False) as s:
            assert load_demo(s) is True
        first, second = dump(loaded), dump(other)
    finally:
        other.dispose()
    assert first.keys() == second.keys()
    for table in first:
        assert first[table] == second[table], table
    assert len(first["participant"]) > 300
