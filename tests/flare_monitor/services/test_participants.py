"""Participants: validation, search in every script, duplicates and merging."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from flare_monitor.db.models import Attendance, AuditEntry, Participant
from flare_monitor.errors import ConflictError, ValidationError
from flare_monitor.services import participants as svc
from flare_monitor.services.attendance import AttendanceIn, add_attendance
from flare_monitor.services.participants import ParticipantIn

from .register_fixtures import make_organization, make_project, make_training


@pytest.fixture
def register(db):
    with db.session() as s:
        make_project(s)
        police = make_organization(s)
        people = {
            name: svc.add_participant(
                s, ParticipantIn(full_name=name, sex=sex, organization_id=police.id, phone=phone)
            ).id
            for name, sex, phone in [
                ("Бат-Эрдэнэ Должин", "male", None),
                ("José Quispe Huamán", "male", "+51 987 654 321"),
                ("Ayesha Baloch", "female", "0300-1234567"),
                ("BALOCH  Ayesha", "female", None),
                ("李伟", "male", None),
                ("सीता शर्मा", "female", None),
                ("Maria Rojas", "female", "0051 987-654-321"),
            ]
        }
    return people


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ба", {"Бат-Эрдэнэ Должин"}),
        ("БАТ", {"Бат-Эрдэнэ Должин"}),
        ("jose", {"José Quispe Huamán"}),
        ("HUAMAN", {"José Quispe Huamán"}),
        ("李", {"李伟"}),
        ("सीता", {"सीता शर्मा"}),
        ("ayesha", {"Ayesha Baloch", "BALOCH Ayesha"}),  # stored with its spaces collapsed
        ("1234567", {"Ayesha Baloch"}),
        ("50%", set()),
    ],
)
def test_search_folds_case_and_accents_in_every_script(db, register, text, expected):
    with db.session() as s:
        found = {row.full_name for row in svc.search_participants(s, text)}
        assert found == expected
        assert svc.count_participants(s, text) == len(expected)


def test_duplicates_found_with_reasons(db, register):
    with db.session() as s:
        pairs = svc.find_duplicates(s)
    by_names = {frozenset((p.first.full_name, p.second.full_name)): p.reason for p in pairs}
    assert "same name" in by_names[frozenset(("Ayesha Baloch", "BALOCH Ayesha"))]
    assert "same organization" in by_names[frozenset(("Ayesha Baloch", "BALOCH Ayesha"))]
    # "+51 987 654 321" and "0051 987-654-321" are the same number once normalised.
    assert "same phone" in by_names[frozenset(("José Quispe Huamán", "Maria Rojas"))]
    assert len(pairs) == 2


def test_merge_keeps_every_attendance_and_writes_the_trail(db, register):
    keep, other = register["Ayesha Baloch"], register["BALOCH  Ayesha"]
    with db.session() as s:
        make_training(s, "T-1")
        make_training(s, "T-2", start="2024-06-01", end="2024-06-02")
        add_attendance(s, "T-1", keep, AttendanceIn(days_attended=1))
        add_attendance(s, "T-1", other, AttendanceIn(days_attended=2, pre_test_score=40, post_test_score=70))
        add_attendance(s, "T-2", other, AttendanceIn(days_attended=2))
    with db.session() as s:
        svc.merge_participants(s, keep, other)
    with db.session() as s:
        assert s.get(Participant, other) is None
        rows = s.scalars(select(Attendance).where(Attendance.participant_id == keep)).all()
        assert len(rows) == 2  # T-1 once (combined) and T-2 moved over
        t1 = next(r for r in rows if r.days_attended == 2 and r.pre_test_score == 40)
        assert t1.post_test_score == 70
        merge = s.scalars(select(AuditEntry).where(AuditEntry.action == "merge")).one()
        assert merge.entity_id == str(keep)
        assert merge.changes["merged_participant"] == str(other)
        assert merge.changes["attendance_moved"] == 1 and merge.changes["attendance_combined"] == 1


def test_merge_with_itself_is_refused(db, register):
    with db.session() as s, pytest.raises(ValidationError):
        svc.merge_participants(s, register["李伟"], register["李伟"])


@pytest.mark.parametrize(
    "data, field",
    [
        (ParticipantIn(full_name="  "), "name"),
        (ParticipantIn(full_name="A", sex="maybe"), "sex"),
        (ParticipantIn(full_name="A", email="not-an-address"), "email"),
        (ParticipantIn(full_name="A", phone="12"), "phone"),
        (ParticipantIn(full_name="A", country="XX"), "country"),
        (ParticipantIn(full_name="A", country="PK", subdivision="CN-GX"), "subdivision"),
    ],
)
def test_validation_names_the_field(db, data, field):
    with db.session() as s, pytest.raises(ValidationError) as info:
        svc.add_participant(s, data)
    assert info.value.field == field


def test_delete_says_what_depends_on_it(db, register):
    person = register["李伟"]
    with db.session() as s:
        make_training(s, "T-1")
        add_attendance(s, "T-1", person)
    with db.session() as s, pytest.raises(ConflictError, match="attended 1 activity;"):
        svc.delete_participant(s, person)
    with db.session() as s:
        svc.delete_participant(s, person, with_attendance=True)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Attendance)) == 0


def test_not_the_same_person_is_remembered_audited_and_not_proposed_again(db, register):
    with db.session(user="anna") as s:
        svc.mark_distinct(s, register["BALOCH  Ayesha"], register["Ayesha Baloch"])  # either order
        svc.mark_distinct(s, register["Ayesha Baloch"], register["BALOCH  Ayesha"])  # twice: one row
    with db.session() as s:
        names = {frozenset((p.first.full_name, p.second.full_name)) for p in svc.find_duplicates(s)}
        entries = s.scalars(select(AuditEntry).where(AuditEntry.entity == "participant_distinct")).all()
    assert frozenset(("Ayesha Baloch", "BALOCH  Ayesha")) not in names and len(names) == 1
    assert [(e.action.value, e.user) for e in entries] == [("create", "anna")]


def test_duplicates_of_one_country(db, register):
    with db.session() as s:
        make_training(s, "T-NP", country="NP")
        add_attendance(s, "T-NP", register["José Quispe Huamán"])
        in_nepal = {
            frozenset((p.first.full_name, p.second.full_name)) for p in svc.find_duplicates(s, country="NP")
        }
        in_peru = svc.find_duplicates(s, country="PE")
    assert in_nepal == {frozenset(("José Quispe Huamán", "Maria Rojas"))}  # one of them attended in Nepal
    assert in_peru == []


def test_merge_takes_the_chosen_fields_from_the_other_record(db, register):
    keep, other = register["Ayesha Baloch"], register["BALOCH  Ayesha"]
    with db.session() as s:
        s.get(Participant, other).position = "Inspector"
        s.get(Participant, keep).position = "Clerk"
    with db.session() as s:
        svc.merge_participants(s, keep, other, take=("full_name", "position"))
    with db.session() as s:
        kept = s.get(Participant, keep)
        assert (kept.full_name, kept.position, kept.phone) == ("BALOCH Ayesha", "Inspector", "0300-1234567")
        merge = s.scalars(select(AuditEntry).where(AuditEntry.action == "merge")).one()
        assert merge.changes["fields_taken"] == ["full_name", "position"]
    with db.session() as s, pytest.raises(ValidationError, match="take"):
        svc.merge_participants(s, register["李伟"], register["सीता शर्मा"], take=("consent",))


def test_the_merge_preview_lists_the_figures_it_changes_and_writes_nothing(db, register):
    from flare_monitor.indicators.computation import DISTINCT_PARTICIPANTS
    from flare_monitor.services.common import project_by_code
    from flare_monitor.services.merge_preview import merge_preview
    from tests.flare_monitor.indicators.test_engine import add_indicator

    keep, other = register["Ayesha Baloch"], register["BALOCH  Ayesha"]
    with db.session() as s:
        project = project_by_code(s, "TEST")
        add_indicator(
            s, project, "TRAINED", computation={"kind": DISTINCT_PARTICIPANTS, "activity_types": ["training"]}
        )
        make_training(s, "T-1")
        add_attendance(s, "T-1", keep)
        add_attendance(s, "T-1", other)
    with db.session() as s:
        changes = merge_preview(s, keep, other)
        s.rollback()
    trained = {
        (c.period, c.country, c.measure): (c.before, c.after) for c in changes if c.indicator == "TRAINED"
    }
    assert trained[("FY2024-Q3", "PK", "actual")] == (2, 1)
    assert trained[("FY2024-Q3", None, "actual female")] == (2, 1)
    assert not any(c.locked for c in changes)
    with db.session() as s:
        assert s.get(Participant, other) is not None  # nothing was merged
