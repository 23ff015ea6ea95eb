"""Two users on one database (two real connection pools, on SQLite and on PostgreSQL): the second save of
a record the first one changed is refused with what changed; two imports at once both succeed."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from flare_monitor.db.migrate import open_database
from flare_monitor.db.models import Attendance, IndicatorTarget, Narrative, Organization, Participant
from flare_monitor.errors import ConcurrentEditError, ConflictError
from flare_monitor.services import activities as svc
from flare_monitor.services import indicator_values, narratives, organizations, participants
from flare_monitor.services.participants import ParticipantIn

from .register_fixtures import make_organization, make_project, make_training


@pytest.fixture
def other(db_url):
    """The second user's app: its own engine and connections on the same database."""
    database = open_database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def training(db) -> str:
    with db.session() as s:
        make_project(s)
        make_training(s, code="T-1")
    return "T-1"


def _opened(db, code):
    """What an edit form holds after opening an activity: its id, version and the values shown."""
    with db.session() as s:
        detail = svc.activity_detail(s, code)
    return detail.row.id, detail.version, detail.as_input()


def test_second_save_of_an_activity_is_refused_and_names_the_fields(db, other, training):
    first_id, first_version, first_seen = _opened(db, training)
    second_id, second_version, second_seen = _opened(other, training)

    with db.session(user="amina") as s:
        edit = replace(first_seen, title="Training of labour inspectors", end="2024-04-18")
        svc.update_activity(s, first_id, edit, first_version, seen=first_seen)
    with other.session(user="bilal") as s, pytest.raises(ConcurrentEditError) as refused:
        svc.update_activity(
            s, second_id, replace(second_seen, venue="Quetta"), second_version, seen=second_seen
        )

    message = str(refused.value)
    assert message.startswith("amina saved activity T-1 at ")
    assert "title 'Training T-1' → 'Training of labour inspectors'" in message
    assert "planned end 17 Apr 2024 → 18 Apr 2024" in message
    assert message.endswith("Your changes were not saved; reopen it to see the current version.")
    assert set(refused.value.changes) == {"title", "planned end"} and not refused.value.deleted
    with db.session() as s:
        stored = svc.activity_detail(s, training)
    assert (stored.row.title, stored.row.venue) == ("Training of labour inspectors", None)  # amina's row
    assert stored.version == first_version + 1


def test_saving_an_activity_deleted_meanwhile_is_refused(db, other, training):
    activity_id, version, seen = _opened(other, training)
    with db.session(user="amina") as s:
        svc.delete_activity(s, training)
    with (
        other.session(user="bilal") as s,
        pytest.raises(ConcurrentEditError, match="amina deleted") as refused,
    ):
        svc.update_activity(s, activity_id, replace(seen, venue="Quetta"), version, seen=seen)
    assert refused.value.deleted
    with db.session() as s:
        assert svc.list_activities(s) == []  # not written back


def test_renamed_activity_is_followed_by_its_id(db, other, training):
    activity_id, version, seen = _opened(other, training)
    with db.session(user="amina") as s:
        svc.update_activity(s, training, replace(seen, code="T-1-RENAMED"))
    with other.session() as s, pytest.raises(ConcurrentEditError, match="code 'T-1' → 'T-1-RENAMED'"):
        svc.update_activity(s, activity_id, replace(seen, venue="Quetta"), version, seen=seen)


def test_a_save_landing_between_the_check_and_the_write_is_refused_too(db, other, training, monkeypatch):
    """The version column guards the UPDATE itself (SQLAlchemy's StaleDataError), not only the check."""
    activity_id, version, seen = _opened(other, training)

    def read_then_someone_saves(session, query):
        row = session.scalars(query).first()  # read without a lock, as SQLite does
        with db.session(user="amina") as s:
            svc.update_activity(s, training, replace(seen, title="Changed meanwhile"))
        return row

    monkeypatch.setattr(svc, "locked_for_edit", read_then_someone_saves)
    with (
        other.session() as s,
        pytest.raises(ConcurrentEditError, match="title 'Training T-1' → 'Changed meanwhile'"),
    ):
        svc.update_activity(s, activity_id, replace(seen, venue="Quetta"), version, seen=seen)
    with db.session() as s:
        assert svc.activity_detail(s, training).row.venue is None


def test_a_save_waits_for_one_in_progress_and_is_then_refused(db, other, training):
    """Two saves at the same moment: the second waits for the first's transaction, then sees its change."""
    activity_id, version, seen = _opened(db, training)
    outcome: dict = {}

    def amina_saves() -> None:
        try:
            with db.session(user="amina") as s:
                svc.update_activity(s, activity_id, replace(seen, venue="Islamabad"), version, seen=seen)
        except Exception as exc:  # handed to the test thread
            outcome["error"] = exc

    with other.session(user="bilal") as s:
        svc.update_activity(s, activity_id, replace(seen, title="Bilal's title"), version, seen=seen)
        worker = threading.Thread(target=amina_saves)
        worker.start()
        worker.join(timeout=0.5)
        assert worker.is_alive()  # waiting for bilal's transaction to end
    worker.join(timeout=30)
    assert not worker.is_alive()
    assert isinstance(outcome.get("error"), ConcurrentEditError), outcome
    assert "bilal saved activity T-1" in str(outcome["error"]) and "'Bilal's title'" in str(outcome["error"])
    with db.session() as s:
        stored = svc.activity_detail(s, training)
    assert (stored.row.title, stored.row.venue) == ("Bilal's title", None)


def test_participant_edited_by_two_users(db, other):
    with db.session() as s:
        person = participants.add_participant(s, ParticipantIn(full_name="Ayesha Baloch", sex="female"))
        person_id = person.id
    with db.session() as s:
        first = participants.participant_detail(s, person_id)
    with other.session() as s:
        second = participants.participant_detail(s, person_id)
    with db.session(user="amina") as s:
        participants.update_participant(
            s,
            person_id,
            replace(first.as_input(), phone="+92 300 1234567"),
            first.version,
            seen=first.as_input(),
        )
    with other.session() as s, pytest.raises(ConcurrentEditError) as refused:
        participants.update_participant(
            s,
            person_id,
            replace(second.as_input(), position="Inspector"),
            second.version,
            seen=second.as_input(),
        )
    assert "amina saved the participant Ayesha Baloch" in str(refused.value)
    assert refused.value.changes == {"phone": (None, "+92 300 1234567")}
    with db.session() as s:
        assert participants.participant_detail(s, person_id).position is None


def test_organization_edited_by_two_users(db, other):
    with db.session() as s:
        make_project(s)
        org_id = make_organization(s).id
    with db.session() as s:
        first, first_version = organizations.organization_input(s, org_id)
    with other.session() as s:
        second, second_version = organizations.organization_input(s, org_id)
    with db.session(user="amina") as s:
        organizations.update_organization(s, org_id, replace(first, acronym="BP"), first_version, seen=first)
    with other.session() as s, pytest.raises(ConcurrentEditError, match="acronym \\(empty\\) → 'BP'"):
        organizations.update_organization(
            s, org_id, replace(second, name="Police"), second_version, seen=second
        )
    with db.session() as s:
        assert s.get(Organization, org_id).name == "Balochistan Police"


def _numeric_indicator(db) -> None:
    from flare_monitor.db.models import Indicator

    with db.session() as s:
        project = make_project(s)
        s.add(
            Indicator(
                project_id=project.id,
                code="N1",
                name="Officials trained",
                unit="number",
                direction="increase",
                cumulative=False,
                disaggregations=["sex"],
                is_key=False,
                sort_order=1,
            )
        )


def test_target_typed_into_an_empty_cell_someone_just_filled(db, other):
    _numeric_indicator(db)
    cell = ("TEST", "N1", "FY2024-Q3")
    with db.session(user="amina") as s:
        indicator_values.set_target(s, *cell, 120, country="PK", expected_version=0)
    with other.session() as s, pytest.raises(ConcurrentEditError, match="value \\(empty\\) → 120"):
        indicator_values.set_target(s, *cell, 100, country="PK", expected_version=0)
    with other.session() as s, pytest.raises(ConcurrentEditError, match="value 80 → 120"):
        indicator_values.set_target(s, *cell, 100, country="PK", seen={"value": 80.0})
    with other.session() as s:  # what is stored is what the user saw: saved
        indicator_values.set_target(s, *cell, 100, country="PK", seen={"value": 120.0})
        indicator_values.clear_target(s, *cell, country="PK", seen={"value": 100.0})


def test_manual_value_changed_meanwhile(db, other):
    _numeric_indicator(db)
    cell = ("TEST", "N1", "FY2024-Q3")
    with db.session() as s:
        version = indicator_values.set_value(s, *cell, 10, country="PK").version
    with db.session(user="amina") as s:
        indicator_values.set_value(s, *cell, 12, country="PK", expected_version=version)
    with (
        other.session() as s,
        pytest.raises(ConcurrentEditError, match="amina saved the value of N1") as refused,
    ):
        indicator_values.set_value(s, *cell, 11, country="PK", expected_version=version)
    assert refused.value.changes == {"value": (None, 12.0), "status": (None, "draft")}


def test_narrative_saved_by_two_users(db, other):
    with db.session() as s:
        make_project(s)
    scope = ("TEST", "FY2024-Q3", "PK", "highlights")
    with db.session(user="amina") as s:
        narratives.save_narrative(s, *scope, "Forty officers trained in Quetta.", seen="")
    with other.session() as s, pytest.raises(ConcurrentEditError, match="amina saved “Highlights” of TEST"):
        narratives.save_narrative(s, *scope, "Training held.", seen="")
    with other.session() as s:
        narratives.save_narrative(
            s, *scope, "Forty officers trained.", seen="Forty officers trained in Quetta."
        )
    with db.session() as s:
        assert (
            narratives.get_narratives(s, "TEST", "FY2024-Q3", "PK")["highlights"] == "Forty officers trained."
        )


def _while_bilal_saves(db, other, amina_saves, bilal_saves) -> dict:
    """Bilal saves and, before his transaction ends, Amina saves too: what happened to Amina's save."""
    outcome: dict = {}

    def amina() -> None:
        try:
            with db.session(user="amina") as s:
                amina_saves(s)
        except Exception as exc:  # handed to the test thread
            outcome["error"] = exc

    with other.session(user="bilal") as s:
        bilal_saves(s)
        worker = threading.Thread(target=amina)
        worker.start()
        worker.join(timeout=0.5)
    worker.join(timeout=30)
    assert not worker.is_alive()
    return outcome


def test_two_users_writing_the_same_empty_whole_project_section_at_once(db, other):
    """No row to lock yet, and a unique constraint lets a NULL country repeat: the second writer must
    still wait and be refused, not add a second row for the same section."""
    with db.session() as s:
        make_project(s)
    scope = ("TEST", "FY2024-Q3", None, "highlights")
    outcome = _while_bilal_saves(
        db,
        other,
        lambda s: narratives.save_narrative(s, *scope, "Amina's highlights.", seen=""),
        lambda s: narratives.save_narrative(s, *scope, "Bilal's highlights.", seen=""),
    )
    assert isinstance(outcome.get("error"), ConcurrentEditError), outcome
    assert "bilal saved “Highlights” of TEST FY2024-Q3 (whole project)" in str(outcome["error"])
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Narrative)) == 1
        assert narratives.get_narratives(s, "TEST", "FY2024-Q3")["highlights"] == "Bilal's highlights."


def test_two_users_typing_into_the_same_empty_all_countries_cell_at_once(db, other):
    _numeric_indicator(db)
    cell = ("TEST", "N1", "FY2024-Q3")
    outcome = _while_bilal_saves(
        db,
        other,
        lambda s: indicator_values.set_target(s, *cell, 100, expected_version=0),
        lambda s: indicator_values.set_target(s, *cell, 120, expected_version=0),
    )
    assert isinstance(outcome.get("error"), ConcurrentEditError), outcome
    assert "value (empty) → 120" in str(outcome["error"])
    with db.session() as s:
        assert s.scalars(select(IndicatorTarget.value)).all() == [120.0]


@pytest.mark.parametrize("reopened", [False, True], ids=["never-locked", "reopened"])
def test_two_users_locking_the_same_period_at_once(db, other, reopened):
    """The second is told the period is already locked, not shown a database error."""
    from flare_monitor.services import period_locks

    with db.session() as s:
        make_project(s)
    if reopened:
        with db.session() as s:
            period_locks.lock_period(s, "TEST", "FY2024-Q3", "submitted")
        with db.session() as s:
            period_locks.unlock_period(s, "TEST", "FY2024-Q3", "a late correction")
    outcome = _while_bilal_saves(
        db,
        other,
        lambda s: period_locks.lock_period(s, "TEST", "FY2024-Q3", "report sent"),
        lambda s: period_locks.lock_period(s, "TEST", "FY2024-Q3", "report submitted"),
    )
    assert isinstance(outcome.get("error"), ConflictError), outcome
    assert "FY2024-Q3 of TEST is already locked" in str(outcome["error"])
    with db.session() as s:
        [lock] = period_locks.locked_periods(s, "TEST")
    assert lock.reason == "report submitted"


def _roster_row(database, code="T-1"):
    from flare_monitor.services import attendance

    with database.session() as s:
        return attendance.roster(s, code)[0]


def _as_shown(row):
    from flare_monitor.services.attendance import AttendanceIn

    return AttendanceIn(
        row.role, row.days_attended, row.completed, row.pre_test_score, row.post_test_score, row.remarks
    )


def test_roster_cell_edit_does_not_write_back_a_score_someone_changed_meanwhile(db, other, training):
    """The roster saves a whole attendance record when one cell changes: what the others showed must
    still be what is stored, or the save is refused."""
    from flare_monitor.services import attendance

    with db.session() as s:
        person = participants.add_participant(s, ParticipantIn(full_name="Ayesha Baloch", sex="female"))
        attendance.add_attendance(s, training, person.id)
    first, second = _roster_row(db), _roster_row(other)
    with db.session(user="amina") as s:
        attendance.update_attendance(
            s, first.attendance_id, replace(_as_shown(first), post_test_score=75), seen=_as_shown(first)
        )
    with other.session(user="bilal") as s, pytest.raises(ConcurrentEditError) as refused:
        attendance.update_attendance(
            s, second.attendance_id, replace(_as_shown(second), days_attended=2), seen=_as_shown(second)
        )
    assert "amina saved the attendance of Ayesha Baloch at T-1" in str(refused.value)
    assert "post-test score (empty) → 75" in str(refused.value)
    assert (_roster_row(db).post_test_score, _roster_row(db).days_attended) == (75.0, None)

    with db.session(user="amina") as s:
        attendance.remove_attendance(s, first.attendance_id)
    with other.session(user="bilal") as s, pytest.raises(ConcurrentEditError, match="amina deleted"):
        attendance.update_attendance(
            s, second.attendance_id, replace(_as_shown(second), days_attended=2), seen=_as_shown(second)
        )


# ------------------------------------------------------------------ two imports at the same moment


def _sheet(path, names: list[str]):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Name", "Sex", "Organization"])
    for name in names:
        sheet.append([name, "F", "Quetta Labour Department"])
    book.save(path)
    return path


def test_two_imports_at_once_into_different_activities_both_succeed(db, other, tmp_path):
    """Both sheets hold the same new person and the same new organization: created once, attended twice."""
    from flare_monitor.io.attendance_import import import_attendance

    with db.session() as s:
        make_project(s)
        make_training(s, code="T-1")
        make_training(s, code="T-2", start="2024-05-06", end="2024-05-07")
    shared = "Mahnoor Kakar"
    jobs = {
        "T-1": (db, _sheet(tmp_path / "t1.xlsx", [shared] + [f"First Person{i:02d}" for i in range(30)])),
        "T-2": (other, _sheet(tmp_path / "t2.xlsx", [shared] + [f"Second Person{i:02d}" for i in range(30)])),
    }
    start = threading.Barrier(len(jobs))
    outcome: dict = {}

    def run(code: str) -> None:
        database, path = jobs[code]
        try:
            start.wait(timeout=10)
            with database.session() as s:
                outcome[code] = import_attendance(s, path, code).summary
        except Exception as exc:  # handed to the test thread
            outcome[code] = exc

    threads = [threading.Thread(target=run, args=(code,)) for code in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(t.is_alive() for t in threads)
    for code in jobs:
        assert not isinstance(outcome[code], Exception), outcome[code]
        assert outcome[code].attendance_added == 31
    created = sorted(outcome[code].participants_created for code in jobs)
    assert created == [30, 31]  # whichever came second matched the shared person
    assert sorted(outcome[code].organizations_created for code in jobs) == [0, 1]
    with db.session() as s:
        people = s.scalars(select(Participant).where(Participant.full_name == shared)).all()
        assert len(people) == 1
        assert s.scalar(select(func.count()).where(Attendance.participant_id == people[0].id)) == 2
        assert s.scalar(select(func.count()).select_from(Organization)) == 1


def test_an_import_previewed_before_another_one_added_its_people_asks_for_a_new_preview(db, other, tmp_path):
    from flare_monitor.io import sheets
    from flare_monitor.io.attendance_columns import detect_header
    from flare_monitor.io.attendance_import import apply_plan, import_attendance, plan_import

    with db.session() as s:
        make_project(s)
        make_training(s, code="T-1")
        make_training(s, code="T-2", start="2024-05-06", end="2024-05-07")
    raw = sheets.read_table(_sheet(tmp_path / "t2.xlsx", ["Mahnoor Kakar", "Zarina Rind"]))
    with other.session() as s:  # the wizard's preview
        plan = plan_import(s, "T-2", raw, detect_header(raw))
    with db.session() as s:  # meanwhile another office imports the same person
        import_attendance(s, _sheet(tmp_path / "t1.xlsx", ["Mahnoor Kakar"]), "T-1")
    with other.session() as s, pytest.raises(ConflictError, match="Mahnoor Kakar was added meanwhile"):
        apply_plan(s, plan)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Participant)) == 1  # nothing of the second import
