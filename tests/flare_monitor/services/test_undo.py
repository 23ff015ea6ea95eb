"""Undo and redo from the audit trail: a deleted training comes back with its attendance, a merge is
taken back, and an undo is refused when the record changed afterwards."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from flare_monitor.actions import activities, participants
from flare_monitor.actions.base import capture_changes
from flare_monitor.actions.undo import reverse
from flare_monitor.db.audit import AuditEntry
from flare_monitor.db.models import Activity, Attendance, Participant
from flare_monitor.errors import ConflictError
from flare_monitor.services import activities as activity_service

APRIL = "BR-PK-2024-TRN-APR"


def _state(db) -> dict:
    with db.session(audit=False) as s:
        return {
            "activities": s.scalar(select(func.count()).select_from(Activity)),
            "attendance": sorted(
                (str(a), str(p), d, post)
                for a, p, d, post in s.execute(
                    select(
                        Attendance.activity_id,
                        Attendance.participant_id,
                        Attendance.days_attended,
                        Attendance.post_test_score,
                    )
                )
            ),
            "people": sorted(
                (str(i), n, str(sex), phone)
                for i, n, sex, phone in s.execute(
                    select(Participant.id, Participant.full_name, Participant.sex, Participant.phone)
                )
            ),
        }


def test_a_deleted_training_comes_back_with_its_attendance(demo_db):
    before = _state(demo_db)
    with capture_changes() as done:
        activities.delete_activity(demo_db, activities.DeleteActivity(APRIL, with_attendance=True))
    assert _state(demo_db) != before
    undone = reverse(demo_db, tuple(done))
    assert _state(demo_db) == before
    with demo_db.session(audit=False) as s:
        deleted = s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.id.in_(done)))
    assert undone.rows == deleted > 40  # the activity, its partners and everyone on its roster
    with demo_db.session(audit=False) as s:
        comments = s.scalars(select(AuditEntry.comment).where(AuditEntry.id.in_(undone.entries))).all()
        assert comments and set(comments) == {"undo"}, "the trail shows the undo as such"
    # Redo: reversing the undo deletes the training again.
    reverse(demo_db, undone.entries)
    with demo_db.session(audit=False) as s:
        assert s.scalar(select(Activity.id).where(Activity.code == APRIL)) is None


def test_a_merge_is_taken_back(demo_db):
    with demo_db.session(audit=False) as s:
        keep, other = s.scalars(select(Participant.id).order_by(Participant.search_name).limit(2)).all()
    before = _state(demo_db)
    with capture_changes() as done:
        participants.merge_participants(demo_db, participants.MergeParticipants(keep, other))
    assert _state(demo_db) != before
    reverse(demo_db, tuple(done))
    assert _state(demo_db) == before


def test_refused_when_the_record_changed_afterwards(demo_db):
    with capture_changes() as done:
        code = activities.save_activity(
            demo_db,
            activities.SaveActivity(
                activities.ActivityIn(
                    project="BRIDGE", country="PK", code="BR-PK-UNDO", title="Planning meeting",
                    type="meeting", start="2024-05-02", end="2024-05-02",
                )
            ),
        )  # fmt: skip
    with demo_db.session(user="amina") as s:
        activity_service.get_activity(s, code).venue = "Quetta"
    with pytest.raises(ConflictError, match="changed afterwards by amina"):
        reverse(demo_db, tuple(done))
    with demo_db.session(audit=False) as s:
        assert s.scalar(select(Activity.venue).where(Activity.code == code)) == "Quetta"


def test_an_undo_of_an_edit_puts_the_values_back(demo_db):
    detail = activities.activity_detail(demo_db, APRIL)
    edited = detail.as_input()
    edited.venue, edited.title = "Serena Hotel, Quetta", "Training renamed"
    with capture_changes() as done:
        activities.save_activity(
            demo_db, activities.SaveActivity(edited, detail.row.id, detail.version, detail.as_input())
        )
    reverse(demo_db, tuple(done))
    again = activities.activity_detail(demo_db, APRIL)
    assert (again.row.venue, again.row.title) == (detail.row.venue, detail.row.title)
