"""Office ↔ headquarters round trips: the issue's acceptance scenario.

Headquarters is the standard `demo_db` (PostgreSQL on the PostgreSQL pass); the country office is
always a SQLite file. Headquarters sends Pakistan's part of BRIDGE, the office records a training,
both edit the same activity, the next package reports exactly that conflict, and once it is resolved
either way the indicator figures for Pakistan are the same on both sides.
"""

from __future__ import annotations

from datetime import date

import pytest

from flare_monitor.db.enums import ActivityStatus
from flare_monitor.db.models import Activity, Participant
from flare_monitor.errors import UserError
from flare_monitor.exchange import service
from flare_monitor.services.activities import ActivityIn, add_activity, get_activity
from tests.flare_monitor.exchange.helpers import (
    attend,
    export,
    figures,
    pending,
    person,
    send,
    shared_content,
    snapshot,
)

EDITED = "BR-PK-2025-01"  # a completed training with 26 participants, in FY2025-Q2
PERIODS = ("LOP", "FY2025-Q2", "FY2024-Q3")


def _pk_figures(db) -> dict[str, list[dict]]:
    return {period: figures(db, "BRIDGE", period, "PK") for period in PERIODS}


def _record_a_training(office) -> None:
    with office.session() as session:
        add_activity(
            session,
            ActivityIn(
                project="BRIDGE",
                country="PK",
                code="BR-PK-2025-QTA",
                title="Quetta refresher",
                type="training",
                start="2025-03-04",
                end="2025-03-05",
                status="completed",
            ),
        )
    for name, sex in (("Sadia Baloch", "female"), ("Imran Kakar", "male")):
        attend(office, "BR-PK-2025-QTA", person(office, name, sex, phone="+92 300 1234567"), days_attended=2)


@pytest.mark.parametrize("choice", ["take_theirs", "keep_mine"])
def test_office_and_headquarters_round_trip(demo_db, office, tmp_path, choice):
    hq = demo_db
    first = send(hq, office, tmp_path)
    assert first.applied and first.counts["add"] > 300 and first.counts["conflict"] == 0
    assert _pk_figures(office) == _pk_figures(hq)

    _record_a_training(office)
    second = send(office, hq, tmp_path)
    assert (second.counts["add"], second.counts["update"], second.counts["conflict"]) == (5, 0, 0)
    assert second.counts["unchanged"] == first.counts["add"]
    assert _pk_figures(office) == _pk_figures(hq)

    # Both edit the same activity: the office cancels it (fewer people trained), headquarters moves it.
    with office.session() as session:
        get_activity(session, EDITED).status = ActivityStatus.CANCELLED
    with hq.session() as session:
        get_activity(session, EDITED).venue = "Serena Hotel, Quetta"
    third = send(office, hq, tmp_path)
    assert third.counts["conflict"] == 1
    assert third.counts["add"] == third.counts["update"] == third.counts["skipped"] == 0
    [conflict] = pending(hq)
    assert (conflict.table, conflict.label.split(" — ")[0]) == ("activity", EDITED)
    differing = {f.name: (f.mine, f.theirs) for f in conflict.differing()}
    assert differing == {"status": ("completed", "cancelled"), "venue": ("Serena Hotel, Quetta", "Quetta")}
    assert _pk_figures(office) != _pk_figures(hq)  # the conflict is real: the figures disagree

    with hq.session() as session:
        assert service.resolve_conflicts(session, None, choice) == 1
    assert pending(hq) == []
    back = send(hq, office, tmp_path)
    assert back.counts["conflict"] == 0
    assert back.counts["update"] == (1 if choice == "keep_mine" else 0)

    assert _pk_figures(office) == _pk_figures(hq)
    assert shared_content(office) == shared_content(hq)
    with hq.session() as session:
        status = get_activity(session, EDITED).status
    assert status == (ActivityStatus.COMPLETED if choice == "keep_mine" else ActivityStatus.CANCELLED)

    # Quiet from then on: another exchange each way changes nothing and asks nothing.
    for source, target in ((office, hq), (hq, office)):
        again = send(source, target, tmp_path)
        assert again.counts["add"] == again.counts["update"] == again.counts["conflict"] == 0


def test_the_same_package_twice_changes_nothing(demo_db, office, tmp_path):
    path = export(demo_db, tmp_path)
    assert service.import_package(office, path).applied
    before = snapshot(office)
    again = service.import_package(office, path)
    assert not again.applied and again.already_imported is not None
    assert snapshot(office) == before


def test_a_new_package_of_unchanged_records_rewrites_nothing(demo_db, office, tmp_path):
    send(demo_db, office, tmp_path)
    with office.engine.connect() as conn:
        versions = conn.execute(
            Activity.__table__.select().with_only_columns(Activity.id, Activity.version)
        ).all()
    summary = send(demo_db, office, tmp_path)
    assert summary.changes == 0 and summary.counts["unchanged"] == sum(summary.counts.values())
    with office.engine.connect() as conn:
        assert (
            conn.execute(Activity.__table__.select().with_only_columns(Activity.id, Activity.version)).all()
            == versions
        )


def test_changes_on_one_side_only_travel_without_questions(demo_db, office, tmp_path):
    send(demo_db, office, tmp_path)
    with office.session() as session:
        get_activity(session, EDITED).venue = "Labour Department, Quetta"
    with demo_db.session() as session:
        get_activity(session, "BR-PK-2024-03").venue = "Police Training College, Quetta"
    to_hq = send(office, demo_db, tmp_path)
    assert (to_hq.counts["update"], to_hq.counts["kept"], to_hq.counts["conflict"]) == (1, 1, 0)
    to_office = send(demo_db, office, tmp_path)
    assert (to_office.counts["update"], to_office.counts["kept"], to_office.counts["conflict"]) == (1, 0, 0)
    with office.session() as session:
        venues = {code: get_activity(session, code).venue for code in (EDITED, "BR-PK-2024-03")}
    assert venues == {EDITED: "Labour Department, Quetta", "BR-PK-2024-03": "Police Training College, Quetta"}


def test_since_sends_what_changed_and_what_it_needs(demo_db, office, tmp_path):
    from flare_monitor.exchange.reader import read_package

    send(demo_db, office, tmp_path)
    with demo_db.session() as session:
        activity = get_activity(session, EDITED)
        activity.venue = "Quetta Serena"
        activity.updated_at = activity.updated_at.replace(year=2031)  # the only change "since 2030"
    path = export(demo_db, tmp_path, since="2030-01-01")
    # The project's frame always travels whole, so the package is complete in itself.
    frame = {"project": 1, "project_country": 5, "project_risk": 5, "result_level": 4, "result": 15,
             "indicator": 12}  # fmt: skip
    assert read_package(path).manifest.counts == {**frame, "activity": 1}
    summary = service.import_package(office, path)
    assert (summary.counts["update"], summary.counts["unchanged"]) == (1, sum(frame.values()))


def test_records_in_a_period_locked_here_are_held_back(demo_db, office, tmp_path):
    from flare_monitor.services.period_locks import lock_period, unlock_period

    send(demo_db, office, tmp_path)
    with office.session() as session:
        get_activity(session, EDITED).venue = "Quetta Serena"
    with demo_db.session() as session:
        lock_period(session, "BRIDGE", "FY2025-Q2", "report submitted to USDOL")
    held = send(office, demo_db, tmp_path)
    assert held.counts["skipped"] == 1 and held.counts["update"] == 0
    assert [s.reason for s in held.skipped] == ["in a reporting period locked here"]
    with demo_db.session() as session:
        unlock_period(session, "BRIDGE", "FY2025-Q2", "correction requested by the donor")
    assert send(office, demo_db, tmp_path).counts["update"] == 1


def test_a_record_deleted_here_does_not_come_back(demo_db, office, tmp_path):
    from flare_monitor.services.activities import delete_activity

    send(demo_db, office, tmp_path)
    with demo_db.session() as session:
        delete_activity(session, "BR-PK-2024-03", with_attendance=True)
    summary = send(office, demo_db, tmp_path)
    assert summary.counts["add"] == summary.counts["conflict"] == 0
    assert {s.reason for s in summary.skipped} == {"deleted in this database"}
    skipped = {s.table for s in summary.skipped}
    assert {"activity", "attendance"} <= skipped and summary.counts["skipped"] >= 1 + 21
    with demo_db.session() as session:
        assert session.query(Activity).filter(Activity.code == "BR-PK-2024-03").count() == 0


def test_packages_from_one_office_are_applied_in_order(demo_db, office, tmp_path):
    send(demo_db, office, tmp_path)
    older, newer = export(office, tmp_path), export(office, tmp_path)
    assert service.import_package(demo_db, newer).applied
    before = snapshot(demo_db)
    with pytest.raises(UserError, match="older than no. 2 already imported"):
        service.import_package(demo_db, older)
    assert snapshot(demo_db) == before


def test_activity_codes_created_twice_refuse_the_package(demo_db, office, tmp_path):
    from flare_monitor.exchange.manifest import PackageError

    send(demo_db, office, tmp_path)
    for db in (demo_db, office):
        with db.session() as session:
            add_activity(
                session,
                ActivityIn(
                    project="BRIDGE",
                    country="PK",
                    code="BR-PK-2025-NEW",
                    title="Twin",
                    type="meeting",
                    start=date(2025, 5, 5),
                    end=date(2025, 5, 5),
                ),
            )
    before = snapshot(demo_db)
    with pytest.raises(PackageError, match="BR-PK-2025-NEW already exists here"):
        send(office, demo_db, tmp_path)
    assert snapshot(demo_db) == before


def _two_people_of(db, activity_code: str) -> tuple:
    with db.session() as session:
        return tuple(row.participant_id for row in get_activity(session, activity_code).attendance[:2])


@pytest.mark.parametrize("where", ["office", "headquarters"])
def test_people_merged_on_one_side_are_merged_on_the_other(demo_db, office, tmp_path, where):
    """Two records of one person who attended the same training: merging them deletes one attendance,
    and the other side must count that person once too, not keep the duplicate for ever."""
    from flare_monitor.services.participants import merge_participants

    hq = demo_db
    send(hq, office, tmp_path)
    merging, other_side = (office, hq) if where == "office" else (hq, office)
    keep, duplicate = _two_people_of(merging, EDITED)
    with merging.session() as session:
        merge_participants(session, keep, duplicate)
    assert _pk_figures(merging) != _pk_figures(other_side)

    summary = send(merging, other_side, tmp_path)
    assert summary.merged == 1 and summary.counts["conflict"] == 0
    assert _pk_figures(office) == _pk_figures(hq)
    with other_side.session() as session:
        assert session.get(Participant, duplicate) is None
    # Quiet from then on, both ways, and the merge is not applied twice.
    for source, target in ((office, hq), (hq, office)):
        again = send(source, target, tmp_path)
        assert again.changes == again.counts["conflict"] == again.merged == 0
    assert _pk_figures(office) == _pk_figures(hq)
    assert shared_content(office) == shared_content(hq)


def test_a_merge_touching_a_period_locked_here_is_held_back(demo_db, office, tmp_path):
    from flare_monitor.services.participants import merge_participants
    from flare_monitor.services.period_locks import lock_period, unlock_period

    send(demo_db, office, tmp_path)
    keep, duplicate = _two_people_of(office, EDITED)
    with office.session() as session:
        merge_participants(session, keep, duplicate)
    with demo_db.session() as session:
        lock_period(session, "BRIDGE", "FY2025-Q2", "report submitted to USDOL")
    held = send(office, demo_db, tmp_path)
    assert (held.merged, held.merges_held) == (0, 1)
    with demo_db.session() as session:
        assert session.get(Participant, duplicate) is not None
        unlock_period(session, "BRIDGE", "FY2025-Q2", "correction requested by the donor")
    assert send(office, demo_db, tmp_path).merged == 1
    assert _pk_figures(office) == _pk_figures(demo_db)
