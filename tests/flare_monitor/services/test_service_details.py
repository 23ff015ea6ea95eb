"""Plain details the desktop forms need: roster remarks, activity version, results, participant detail."""

from __future__ import annotations

from flare_monitor.db.models import Result, ResultLevel
from flare_monitor.services import activities as activity_service
from flare_monitor.services.activities import ActivityIn
from flare_monitor.services.attendance import AttendanceIn, add_attendance, roster, update_attendance
from flare_monitor.services.participants import ParticipantIn, add_participant, participant_detail
from flare_monitor.services.results import list_results

from .register_fixtures import make_organization, make_project, make_training


def test_roster_rows_carry_remarks(db):
    with db.session() as s:
        make_project(s)
        make_training(s, "T-1")
        person = add_participant(s, ParticipantIn(full_name="Ayesha Baloch", sex="female"))
        row = add_attendance(s, "T-1", person.id, AttendanceIn(remarks="  left early  "))
        attendance_id = row.id
    with db.session() as s:
        [entry] = roster(s, "T-1")
        assert entry.remarks == "left early"
        update_attendance(s, attendance_id, AttendanceIn(days_attended=1, remarks=entry.remarks))
    with db.session() as s:
        [entry] = roster(s, "T-1")
    assert (entry.days_attended, entry.remarks) == (1, "left early")


def test_activity_detail_has_the_version(db):
    with db.session() as s:
        make_project(s)
        make_training(s, "T-1")
    with db.session() as s:
        detail = activity_service.activity_detail(s, "T-1")
        assert detail.version == activity_service.get_activity(s, "T-1").version
        assert detail.as_json()["version"] == detail.version
        first = detail.version
        activity_service.update_activity(
            s,
            "T-1",
            ActivityIn(
                project="TEST",
                country="PK",
                code="T-1",
                title="Renamed",
                type="training",
                start="2024-04-16",
                end="2024-04-17",
                status="completed",
            ),
            expected_version=first,
        )
    with db.session() as s:
        assert activity_service.activity_detail(s, "T-1").version == first + 1


def test_list_results_parents_first_with_level_names(db):
    with db.session() as s:
        project = make_project(s)
        s.add_all(
            [
                ResultLevel(project_id=project.id, depth=1, name="Outcome"),
                ResultLevel(project_id=project.id, depth=2, name="Output"),
            ]
        )
        outcome = Result(project_id=project.id, code="2", statement="Second outcome", depth=1, sort_order=2)
        first = Result(project_id=project.id, code="1", statement="First outcome", depth=1, sort_order=1)
        s.add_all([outcome, first])
        s.flush()
        s.add_all(
            [
                Result(
                    project_id=project.id,
                    parent_id=first.id,
                    code="1.10",
                    statement="Tenth",
                    depth=2,
                    sort_order=0,
                ),
                Result(
                    project_id=project.id,
                    parent_id=first.id,
                    code="1.2",
                    statement="Second",
                    depth=2,
                    sort_order=0,
                ),
            ]
        )
    with db.session() as s:
        rows = list_results(s, "test")
    assert [r.code for r in rows] == ["1", "1.2", "1.10", "2"]
    by_code = {r.code: r for r in rows}
    assert by_code["1.2"].parent_id == by_code["1"].id
    assert by_code["1"].parent_id is None
    assert (by_code["1"].level, by_code["1.10"].level, by_code["1.10"].depth) == ("Outcome", "Output", 2)
    assert by_code["2"].statement == "Second outcome"


def test_participant_detail_has_every_editable_field(db):
    with db.session() as s:
        make_project(s)
        police = make_organization(s)
        data = ParticipantIn(
            full_name="José Quispe",
            sex="male",
            organization_id=police.id,
            position="Inspector",
            country="PK",
            phone="+92 300 1234567",
            email="jose@example.org",
            age_group="25-34",
            consent=True,
            sensitive=True,
        )
        person_id = add_participant(s, data).id
    with db.session() as s:
        detail = participant_detail(s, str(person_id))
    assert detail.id == person_id
    assert detail.organization_id == police.id
    assert detail.organization == "Balochistan Police"
    assert (detail.sex, detail.age_group, detail.consent, detail.sensitive) == ("male", "25-34", True, True)
    assert detail.version == 1
    assert detail.as_input() == data
