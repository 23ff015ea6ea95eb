"""The audit trail of an attendance import: one IMPORT entry names the file, the counts and every person
created or added to the roster; records that already existed keep their own UPDATE entries."""

from __future__ import annotations

from sqlalchemy import select

from flare_monitor.db.audit import AuditEntry
from flare_monitor.db.enums import AuditAction
from flare_monitor.db.models import Activity, Attendance, Participant
from flare_monitor.services import participants
from tests.flare_monitor.io.test_attendance_import import do_import, make_activity, write_xlsx


def test_one_import_entry_lists_the_people_it_wrote(db, tmp_path):
    code = make_activity(db)
    with db.session() as s:  # already in the register, with no position yet
        known = participants.add_participant(
            s, participants.ParticipantIn(full_name="Nadia Baloch", sex="female", country="PK")
        )
        known_id = known.id
    path = write_xlsx(
        tmp_path / "sheet.xlsx",
        [
            ["Name", "Sex", "Position"],
            ["Ahmed Khan", "M", "Inspector"],
            ["Sara Ali", "F", "Constable"],
            ["Nadia Baloch", "F", "Sub-inspector"],
        ],
    )
    with db.session() as s:
        before = s.scalar(select(AuditEntry.id).order_by(AuditEntry.at.desc()).limit(1))
    outcome = do_import(db, path, code)
    assert outcome.summary.participants_created == 2 and outcome.summary.participants_matched == 1

    with db.session() as s:
        activity_id = s.scalar(select(Activity.id).where(Activity.code == code))
        new_ids = set(
            s.scalars(select(Participant.id).where(Participant.full_name.in_(["Ahmed Khan", "Sara Ali"])))
        )
        roster = set(
            s.scalars(select(Attendance.participant_id).where(Attendance.activity_id == activity_id))
        )
        entries = [
            e
            for e in s.scalars(select(AuditEntry).order_by(AuditEntry.at))
            if before is None or e.id != before
        ]
    [entry] = [e for e in entries if e.action == AuditAction.IMPORT]
    assert entry.entity == "activity" and entry.entity_id == str(activity_id)
    assert entry.changes["file"].endswith("sheet.xlsx")
    assert entry.changes["participants_created"] == 2 and entry.changes["attendance_added"] == 3
    assert set(entry.changes["created_participant_ids"]) == {str(i) for i in new_ids}
    assert entry.changes["added_participant_ids"] == [str(known_id)]
    assert roster == new_ids | {known_id}  # every roster row is named by the entry
    # No entry per created row; the register entry that was filled in keeps its own UPDATE entry.
    assert not [
        e for e in entries if e.action == AuditAction.CREATE and e.entity in ("participant", "attendance")
    ]
    [update] = [e for e in entries if e.action == AuditAction.UPDATE and e.entity == "participant"]
    assert update.entity_id == str(known_id) and update.changes["position"] == [None, "Sub-inspector"]


def test_new_rows_carry_the_register_columns(db, tmp_path):
    code = make_activity(db)
    path = write_xlsx(tmp_path / "s.xlsx", [["Name", "Sex", "Phone"], ["José  Pérez", "M", "+51 1 555 0101"]])
    do_import(db, path, code)
    with db.session() as s:
        person = s.scalar(select(Participant).where(Participant.full_name == "José Pérez"))
        visit = s.scalar(select(Attendance).where(Attendance.participant_id == person.id))
    assert (person.search_name, person.name_key, person.country_code) == ("jose perez", "jose perez", "PK")
    assert person.phone_normalized == "+5115550101" and person.version == 1 and visit.version == 1
    assert person.created_at == person.updated_at == visit.created_at
    assert str(visit.role) == "participant" and visit.completed is True
