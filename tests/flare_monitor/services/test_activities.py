"""Activities: validation messages that name the field, dependants, roster counts."""

from __future__ import annotations

import pytest

from flare_monitor.errors import ConflictError, NotFoundError, ValidationError
from flare_monitor.services import activities as svc
from flare_monitor.services.activities import ActivityIn
from flare_monitor.services.attendance import AttendanceIn, add_attendance
from flare_monitor.services.participants import ParticipantIn, add_participant

from .register_fixtures import make_project, make_training


def _activity(**changes) -> ActivityIn:
    data = dict(
        project="TEST",
        country="PK",
        code="A-1",
        title="Training of police",
        type="training",
        start="2024-04-16",
        end="2024-04-17",
        subdivision="PK-BA",
        status="completed",
    )
    data.update(changes)
    return ActivityIn(**data)


@pytest.mark.parametrize(
    "changes, field, message",
    [
        ({"end": "2024-04-15"}, "end", "before the start"),
        ({"start": "16/04/2024"}, "start", "YYYY-MM-DD"),
        ({"subdivision": "PK-XX"}, "subdivision", "not a first-level"),
        ({"subdivision": "CN-GX"}, "subdivision", "not a subdivision of PK"),
        ({"country": "CN"}, "country", "not one of the countries"),
        ({"type": "party"}, "type", "not one of"),
        ({"status": "done"}, "status", "not one of"),
        ({"title": ""}, "title", "must not be empty"),
    ],
)
def test_validation_names_field_and_problem(db, changes, field, message):
    with db.session() as s:
        make_project(s)
    with db.session() as s, pytest.raises(ValidationError, match=message) as info:
        svc.add_activity(s, _activity(**changes))
    assert info.value.field == field


def test_duplicate_code_refused(db):
    with db.session() as s:
        make_project(s)
        svc.add_activity(s, _activity())
    with db.session() as s, pytest.raises(ValidationError, match="already exists"):
        svc.add_activity(s, _activity(code="a-1", title="Other"))


def test_unknown_project_names_the_known_ones(db):
    with db.session() as s:
        make_project(s)
    with db.session() as s, pytest.raises(NotFoundError, match="known projects: TEST"):
        svc.add_activity(s, _activity(project="NOPE"))


def test_completed_activity_gets_actual_dates(db):
    with db.session() as s:
        make_project(s)
        activity = svc.add_activity(s, _activity())
        assert (activity.actual_start.isoformat(), activity.actual_end.isoformat()) == (
            "2024-04-16",
            "2024-04-17",
        )


def test_detail_counts_participants_by_sex_and_leaves_out_facilitators(db):
    with db.session() as s:
        make_project(s)
        make_training(s, "T-1")
        sexes = ["female", "female", "male", "other", None]
        for i, sex in enumerate(sexes):
            person = add_participant(s, ParticipantIn(full_name=f"Person {i}", sex=sex))
            add_attendance(s, "T-1", person.id)
        trainer = add_participant(s, ParticipantIn(full_name="Trainer", sex="male"))
        add_attendance(s, "T-1", trainer.id, AttendanceIn(role="facilitator"))
    with db.session() as s:
        detail = svc.activity_detail(s, "t-1").as_json()
    assert detail["participants"] == {"total": 5, "female": 2, "male": 1, "other": 1, "not_recorded": 1}
    assert detail["facilitators_and_organizers"] == 1


def test_delete_with_attendance_needs_confirmation(db):
    with db.session() as s:
        make_project(s)
        make_training(s, "T-1")
        add_attendance(s, "T-1", add_participant(s, ParticipantIn(full_name="X")).id)
    with db.session() as s, pytest.raises(ConflictError, match="1 attendance record; delete it"):
        svc.delete_activity(s, "T-1")
    with db.session() as s:
        svc.delete_activity(s, "T-1", with_attendance=True)
    with db.session() as s, pytest.raises(NotFoundError):
        svc.get_activity(s, "T-1")


@pytest.mark.parametrize(
    "data, message",
    [
        (AttendanceIn(pre_test_score=101), "out of range"),
        (AttendanceIn(post_test_score=-1), "out of range"),
        (AttendanceIn(days_attended=3), "out of range \\(0 to 2"),
        (AttendanceIn(role="boss"), "not one of"),
    ],
)
def test_attendance_validation(db, data, message):
    with db.session() as s:
        make_project(s)
        make_training(s, "T-1")
        person = add_participant(s, ParticipantIn(full_name="X")).id
    with db.session() as s, pytest.raises(ValidationError, match=message):
        add_attendance(s, "T-1", person, data)
