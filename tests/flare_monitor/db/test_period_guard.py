"""A locked period lets nothing through: every write route, enumerated, against the one guard.

BRIDGE FY2024-Q3 is locked on the demo data. Each route that writes what the quarter is made of (the
services, the attendance importer's bulk insert, a package import, a dump load, a bulk statement) is
refused with the guard's one line and changes nothing. Each register correction (a person's sex, an
organization's type, two records merged — here or through a package) goes through, changes no figure as
submitted, and appears in `period drift`.

The routes are checked against the services' public functions, so a new write function that nobody
classified fails here. The guard is the only check: with it removed (`db/period_guard.install`), the
refused routes write and this module fails.
"""

from __future__ import annotations

import dataclasses
import inspect as pyinspect
import json
from datetime import date

import pytest
from sqlalchemy import select, update

from flare_monitor import cli
from flare_monitor.actions import periods
from flare_monitor.db.migrate import open_database
from flare_monitor.db.models import Activity, Participant, PeriodLock
from flare_monitor.errors import PeriodLocked
from flare_monitor.exchange import merge as exchange_merge
from flare_monitor.io import attendance_import, dump, sheets
from flare_monitor.services import (
    activities,
    attendance,
    indicator_values,
    narratives,
    organizations,
    participants,
    period_locks,
    submissions,
)
from tests.flare_monitor.exchange.helpers import send, snapshot

PROJECT, LOCKED, APRIL = "BRIDGE", "FY2024-Q3", "BR-PK-2024-TRN-APR"  # the April training: 40 officers
REFUSAL = r"is in FY2024-Q3 of BRIDGE, which mne\.officer locked on \d{1,2} \w+ \d{4}; unlock it with a reason first"


@pytest.fixture
def locked(demo_db):
    """FY2024-Q3 locked, Pakistan's figures submitted before (Nepal's never were)."""
    with demo_db.session(user="pk.officer") as s:
        submissions.submit(s, PROJECT, LOCKED, "PK", "Figures of the April training")
    with demo_db.session(user="mne.officer") as s:
        period_locks.lock_period(s, PROJECT, LOCKED, "Q3 report sent to USDOL", acknowledge="gaps known")
    return demo_db


@pytest.fixture
def office(tmp_path, locked):
    """A country office holding what headquarters sent it (before any change at either end)."""
    path = tmp_path / "office.db"
    db = open_database(str(path))
    send(locked, db, tmp_path)
    yield db
    db.dispose()


def _april(session) -> Activity:
    return activities.get_activity(session, APRIL)


def _attendee(session, index: int = 0) -> Participant:
    rows = sorted(_april(session).attendance, key=lambda a: str(a.participant_id))
    return rows[index].participant


def _edit_april(**changes):
    def route(db, _tmp):
        with db.session() as s:
            detail = activities.activity_detail(s, APRIL)
            data = dataclasses.replace(detail.as_input(), **changes)
            activities.update_activity(s, APRIL, data, detail.version, seen=detail.as_input())

    return route


def _add_activity(db, _tmp):
    with db.session() as s:
        activities.add_activity(s, activities.ActivityIn(
            project=PROJECT, country="PK", code="BR-PK-2024-LATE", title="A training entered late",
            type="training", status="completed", start=date(2024, 5, 20), end=date(2024, 5, 21),
        ))  # fmt: skip


def _delete_activity(db, _tmp):
    with db.session() as s:
        activities.delete_activity(s, APRIL, with_attendance=True)


def _add_attendance(db, _tmp):
    with db.session() as s:
        person = participants.add_participant(s, participants.ParticipantIn("Naila Baloch", sex="female"))
        attendance.add_attendance(s, APRIL, person.id)


def _update_attendance(db, _tmp):
    with db.session() as s:
        row = _april(s).attendance[0]
        attendance.update_attendance(s, row.id, attendance.AttendanceIn(days_attended=0.5))


def _remove_attendance(db, _tmp):
    with db.session() as s:
        attendance.remove_attendance(s, _april(s).attendance[0].id)


def _delete_participant(db, _tmp):
    with db.session() as s:
        participants.delete_participant(s, _attendee(s).id, with_attendance=True)


def _value(fn, *args, **kwargs):
    def route(db, _tmp):
        with db.session() as s:
            fn(s, PROJECT, "1.1", LOCKED, *args, **kwargs)

    return route


def _target(fn, *args, **kwargs):
    def route(db, _tmp):
        with db.session() as s:
            fn(s, PROJECT, "1.1.1.2", LOCKED, *args, **kwargs)

    return route


def _narrative(db, _tmp):
    with db.session() as s:
        narratives.save_narrative(s, PROJECT, LOCKED, "PK", "highlights", "Written after the lock")


def _submission(step, country, text=None):
    def route(db, _tmp):
        with db.session() as s:
            step(s, PROJECT, LOCKED, country, text)

    return route


def _import_sheet(db, tmp_path):
    """An attendance sheet previewed before a colleague locked the quarter, applied after: the bulk insert
    of the new roster rows meets the guard (the preview's own warning is not what stops it)."""
    sheet = tmp_path / "late.csv"
    sheet.write_text("Name,Sex,Organization\nNaila Baloch,F,Balochistan Police\n", encoding="utf-8")
    with db.session() as s:
        raw = sheets.read_table(sheet)
        guess = attendance_import.apply_overrides(attendance_import.detect_header(raw), raw, {})
        plan = attendance_import.plan_import(s, APRIL, raw, guess)
        assert plan.errors and "locked" in plan.errors[0]  # the preview says so…
        plan.errors.clear()  # …but it was shown before the lock
        attendance_import.apply_plan(s, plan)


def _bulk_update(db, _tmp):
    with db.session() as s:
        s.execute(update(Activity).where(Activity.code == APRIL).values(status="cancelled"))


def _load_replace(db, tmp_path):
    path = tmp_path / "other.json"
    with db.session() as s:
        document = dump.dump_dataset(s)
    # A dump without the lock must not wipe the locked quarter.
    document["tables"]["period_lock"] = document["tables"]["period_figure"] = []
    path.write_text(json.dumps(document), encoding="utf-8")
    with db.session() as s:
        dump.load_dataset(s, json.loads(path.read_text(encoding="utf-8")), replace=True)


def _merge_organizations(db, _tmp):
    """An organization whose people attended the April training merged into another: its people would
    count under another organization (and type), and its partnerships move."""
    with db.session() as s:
        other = next(
            a.participant.organization_id for a in _april(s).attendance if a.participant.organization_id
        )
        keep = organizations.add_organization(s, organizations.OrganizationIn("Merged Police", type="ngo"))
        organizations.merge_organizations(s, keep.id, other)


def _delete_lock(db, _tmp):
    with db.session() as s:
        s.delete(s.scalars(select(PeriodLock)).one())


REFUSED = {
    "activities.add_activity": _add_activity,
    "activities.update_activity (date)": _edit_april(
        actual_start=date(2024, 3, 26), actual_end=date(2024, 3, 27)
    ),
    "activities.update_activity (type)": _edit_april(type="workshop"),
    "activities.update_activity (status)": _edit_april(status="cancelled"),
    "activities.update_activity (country)": _edit_april(country="NP", subdivision=None),
    "activities.update_activity (title)": _edit_april(title="Renamed after the lock"),
    "activities.delete_activity": _delete_activity,
    "attendance.add_attendance": _add_attendance,
    "attendance.update_attendance": _update_attendance,
    "attendance.remove_attendance": _remove_attendance,
    "participants.delete_participant": _delete_participant,
    "indicator_values.set_value": _value(indicator_values.set_value, 2, country="PK"),
    "indicator_values.set_target": _target(indicator_values.set_target, 130),
    "indicator_values.clear_target": _target(indicator_values.clear_target, country="PK"),
    "indicator_values.annotate_value": _target(
        indicator_values.annotate_value, country="PK", explanation="Written after the lock"
    ),
    "narratives.save_narrative": _narrative,
    "submissions.submit": _submission(submissions.submit, "NP", "late figures"),
    "submissions.return_submission": _submission(submissions.return_submission, "PK", "please check"),
    "submissions.approve": _submission(submissions.approve, "PK"),
    "attendance_import.apply_plan (bulk insert)": _import_sheet,
    "a bulk UPDATE statement": _bulk_update,
    "dump.load_dataset --replace": _load_replace,
    "deleting the lock": _delete_lock,
    "organizations.merge_organizations": _merge_organizations,
}


@pytest.mark.parametrize("route", list(REFUSED))
def test_every_write_route_is_refused_and_changes_nothing(locked, route, tmp_path):
    before = snapshot(locked)
    with pytest.raises(PeriodLocked, match=r"FY2024-Q3 of BRIDGE|is locked") as refused:
        REFUSED[route](locked, tmp_path)
    message = str(refused.value)
    assert "\n" not in message and "mne.officer" in message and "FY2024-Q3" in message
    assert snapshot(locked) == before


def test_values_and_targets_already_entered_are_refused_with_the_guards_message(locked):
    """approve_value and clear_value need an entered value: one is entered before the lock."""
    with locked.session(user="mne.officer") as s:
        period_locks.unlock_period(s, PROJECT, LOCKED, "a value to add")
        indicator_values.set_value(s, PROJECT, "1.1", LOCKED, 1, country="PK")
        period_locks.lock_period(s, PROJECT, LOCKED, "sent again", acknowledge="gaps known")
    before = snapshot(locked)
    for fn in (indicator_values.approve_value, indicator_values.clear_value):
        with pytest.raises(PeriodLocked, match=REFUSAL):
            with locked.session() as s:
                fn(s, PROJECT, "1.1", LOCKED, country="PK")
    assert snapshot(locked) == before


def test_a_package_holds_back_what_the_locked_quarter_is_made_of(locked, office, tmp_path):
    with office.session() as s:
        _april(s).venue = "Quetta Serena"
    summary = send(office, locked, tmp_path)
    assert summary.counts["skipped"] == 1 and summary.counts["update"] == 0
    with locked.session() as s:
        assert _april(s).venue != "Quetta Serena"


def test_without_the_planners_hold_back_the_guard_refuses_the_package(locked, office, tmp_path, monkeypatch):
    with office.session() as s:
        _april(s).venue = "Quetta Serena"
    monkeypatch.setattr(exchange_merge, "locked_records", lambda _session, _records: set())
    before = snapshot(locked)
    with pytest.raises(PeriodLocked, match=r"Activity BR-PK-2024-TRN-APR \(16 Apr 2024\) " + REFUSAL):
        send(office, locked, tmp_path)
    assert snapshot(locked) == before


# ------------------------------------------------------------------------------------ corrections


def _correct_sex(db, _tmp):
    with db.session(user="anna") as s:
        person = _attendee(s)
        detail = participants.participant_detail(s, person.id)
        data = dataclasses.replace(detail.as_input(), sex="male" if detail.sex == "female" else "female")
        participants.update_participant(s, person.id, data, detail.version, seen=detail.as_input())


def _correct_organization_type(db, _tmp):
    with db.session(user="anna") as s:
        org_id = next(
            a.participant.organization_id for a in _april(s).attendance if a.participant.organization_id
        )
        data, version = organizations.organization_input(s, org_id)
        organizations.update_organization(
            s, org_id, dataclasses.replace(data, type="ngo"), version, seen=data
        )


def _merge(db, _tmp):
    with db.session(user="anna") as s:
        participants.merge_participants(s, _attendee(s, 0).id, _attendee(s, 1).id)


def _correct_sex_through_a_package(db, tmp_path):
    office = open_database(str(tmp_path / "office.db"))
    try:
        send(db, office, tmp_path)
        with office.session() as s:
            person = _attendee(s)
            person.sex = "male" if str(person.sex) == "female" else "female"
        summary = send(office, db, tmp_path)
        assert summary.counts["update"] >= 1
    finally:
        office.dispose()


CORRECTIONS = {
    "participants.update_participant (sex)": (_correct_sex, "a participant's sex corrected"),
    "organizations.update_organization (type)": (
        _correct_organization_type,
        "an organization's type corrected",
    ),
    "participants.merge_participants": (_merge, "two participant records merged"),
    "package import (a participant's sex)": (_correct_sex_through_a_package, "(package "),
}


def _indicators_json(db_url, capsys, country=None) -> list[dict]:
    capsys.readouterr()
    args = ["--db", db_url, "indicators", "--project", PROJECT, "--period", LOCKED, "--json"]
    assert cli.run(args + (["--country", country] if country else [])) == 0
    return json.loads(capsys.readouterr().out)["indicators"]


SUBMITTED_KEYS = ("actual", "by_sex", "cumulative_actual", "cumulative_by_sex", "target", "status")


def _as_submitted(figures: list[dict]) -> list[tuple]:
    return [tuple([f["code"]] + [json.dumps(f[k], sort_keys=True) for k in SUBMITTED_KEYS]) for f in figures]


@pytest.mark.parametrize("route", list(CORRECTIONS))
def test_register_corrections_pass_change_no_submitted_figure_and_appear_in_drift(
    locked, db_url, route, tmp_path, capsys
):
    correct, cause = CORRECTIONS[route]
    before = {c: _indicators_json(db_url, capsys, c) for c in (None, "PK")}
    correct(locked, tmp_path)
    after = {c: _indicators_json(db_url, capsys, c) for c in (None, "PK")}
    for country in before:
        assert _as_submitted(after[country]) == _as_submitted(before[country])
        assert all(f["submitted"] for f in after[country])
    drifted = [f for f in after["PK"] if f["today"] is not None]
    assert drifted, "today's figures differ from those submitted"
    assert all(any(cause in why for why in f["drift"]) for f in drifted)
    report = periods.drift(locked, periods.PeriodQuery(PROJECT, LOCKED))
    assert report.locked and report.rows and any(cause in c.text for c in report.causes)
    capsys.readouterr()
    assert cli.run(["--db", db_url, "period", "drift", "--project", PROJECT, "--period", LOCKED]) == 0
    assert cause in capsys.readouterr().out


def test_submitted_figures_survive_a_sex_correction_and_a_merge(locked, db_url, capsys):
    """The figures of the locked quarter, through the engine and `indicators --json`, are those at
    locking after a participant's sex is corrected and two duplicates are merged; today's figures and
    the causes stand beside them."""
    from flare_monitor.indicators.engine import compute_indicators, figures_by_country

    with locked.session() as s:
        at_lock = {
            c: r.figures for c, r in figures_by_country(s, PROJECT, LOCKED, include_total=True).items()
        }
    json_at_lock = _indicators_json(db_url, capsys, "PK")
    _correct_sex(locked, None)
    _merge(locked, None)
    with locked.session() as s:
        now = {c: r.figures for c, r in figures_by_country(s, PROJECT, LOCKED, include_total=True).items()}
        live = compute_indicators(s, PROJECT, LOCKED, "PK", submitted=False).figure("1.1.1.2")
    for country, figures in at_lock.items():
        for was, is_ in zip(figures, now[country], strict=True):
            assert (is_.actual, is_.by_sex, is_.cumulative_actual) == (
                was.actual,
                was.by_sex,
                was.cumulative_actual,
            )
    officials = next(f for f in now["PK"] if f.code == "1.1.1.2")
    assert officials.today is not None and officials.today.actual == live.actual == officials.actual - 1
    assert any("merged" in why for why in officials.drift) and any(
        "sex corrected" in why for why in officials.drift
    )
    assert _as_submitted(_indicators_json(db_url, capsys, "PK")) == _as_submitted(json_at_lock)


# ------------------------------------------------------------------------------------ enumeration


# Service functions that write but not what a period is made of: registering people and organizations
# (corrections of those are above), and the lock itself.
NOT_PERIOD_DATA = {
    "participants.add_participant",
    "participants.mark_distinct",
    "organizations.add_organization",
    "organizations.find_or_create_organization",
    "organizations.delete_organization",
    "organizations.confirm_types",
    "period_locks.lock_period",
    "period_locks.unlock_period",
}
# Read-only functions (their names say so, or they only check ahead).
_READERS = ("list_", "get_", "find_", "search_", "count_", "participant_", "activity_", "organization_",
            "trainings_", "roster", "locked_", "project_", "ensure_", "lock_holding", "period_state", "not_approved",
            "open_findings", "unusual", "validated_", "parse_", "participants_by_sex", "narratives_within",
            "activities_of", "propose_code", "resolve_", "outcome_results", "period_texts")  # fmt: skip
MODULES = (activities, attendance, participants, organizations, indicator_values, narratives, submissions,
           period_locks)  # fmt: skip


def test_every_write_function_of_the_services_is_enumerated():
    """A write function added to a service is classified here (refused on a locked period, a correction,
    or not period data) before the suite passes again."""
    found = set()
    for module in MODULES:
        for name, fn in vars(module).items():
            if name.startswith("_") or not pyinspect.isfunction(fn) or fn.__module__ != module.__name__:
                continue
            params = list(pyinspect.signature(fn).parameters)
            if params[:1] != ["session"] or name.startswith(_READERS):
                continue
            found.add(f"{module.__name__.rsplit('.', 1)[1]}.{name}")
    covered = {r.split(" ")[0] for r in [*REFUSED, *CORRECTIONS]} | NOT_PERIOD_DATA
    covered |= {"indicator_values.approve_value", "indicator_values.clear_value"}  # test above
    assert found - covered == set()


def test_a_dump_with_a_locked_period_loads_into_an_empty_database(locked, tmp_path, new_db_url):
    with locked.session() as s:
        document = dump.dump_dataset(s)
    other = open_database(new_db_url())
    try:
        with other.session(audit=False) as s:
            dump.load_dataset(s, document)
        with other.session() as s:
            assert [lock.period for lock in period_locks.locked_periods(s, PROJECT)] == [LOCKED]
        with pytest.raises(PeriodLocked), other.session() as s:
            activities.delete_activity(s, APRIL, with_attendance=True)
    finally:
        other.dispose()


def test_the_guard_is_installed_with_every_session_factory(locked):
    from sqlalchemy import event

    from flare_monitor.db import period_guard

    assert event.contains(locked.factory, "before_flush", period_guard._before_flush)
    assert event.contains(locked.factory, "do_orm_execute", period_guard._on_execute)


def test_a_merge_where_only_the_kept_record_attended_in_the_locked_quarter(locked, db_url, capsys):
    """The issue's case: KEEP attended the April training, OTHER only the March pilot (the quarter
    before). The merge goes through; the quarter's cumulative figures as submitted stay; today's count one
    person less, and the merge is named as the cause."""
    from flare_monitor.services.merge_preview import merge_preview

    with locked.session() as s:
        april = {a.participant_id for a in _april(s).attendance}
        march = [a.participant_id for a in activities.get_activity(s, "BR-PK-2024-03").attendance]
        keep = _attendee(s).id
    for other in (p for p in march if p not in april):  # one the quarter's cumulative figures count
        with locked.session() as s:
            changes = merge_preview(s, keep, other)
            s.rollback()
        if any(c.period == LOCKED and c.measure == "cumulative" and c.locked for c in changes):
            break
    else:
        pytest.fail("no March participant counted in the quarter's cumulative figures")
    before = _indicators_json(db_url, capsys, "PK")
    with locked.session(user="anna") as s:
        participants.merge_participants(s, keep, other)
    after = _indicators_json(db_url, capsys, "PK")
    assert _as_submitted(after) == _as_submitted(before)
    changed = [f for f in after if f["today"] is not None]
    assert changed and all(
        any("two participant records merged by anna" in why for why in f["drift"]) for f in changed
    )
    assert any(f["today"]["cumulative_actual"] == f["cumulative_actual"] - 1 for f in changed)


# ------------------------------------------------------------------------------------ end dates


def _edge_activity(db) -> None:
    """A training from 30 March to 2 April 2024: begun in FY2024-Q2, ended in the locked FY2024-Q3."""
    with db.session() as s:
        activities.add_activity(s, activities.ActivityIn(
            project=PROJECT, country="PK", code="BR-PK-2024-EDGE", title="A training across the quarters",
            type="training", status="completed", start=date(2024, 3, 30), end=date(2024, 4, 2),
        ))  # fmt: skip


def _count_by_end(db) -> None:
    """One counting rule of the project places activities by their end date."""
    from flare_monitor.db.models import Indicator

    with db.session() as s:
        indicator = s.scalars(select(Indicator).where(Indicator.code == "1.1.1.2")).one()
        indicator.computation = {**indicator.computation, "period_date": "end"}


def _retitle_edge(db, title: str) -> None:
    with db.session() as s:
        detail = activities.activity_detail(s, "BR-PK-2024-EDGE")
        data = dataclasses.replace(detail.as_input(), title=title)
        activities.update_activity(s, "BR-PK-2024-EDGE", data, detail.version, seen=detail.as_input())


def test_an_activity_ending_in_a_locked_period_is_guarded_where_a_rule_counts_by_the_end(locked):
    """Started in the quarter before the lock and ended in it: no figure of the locked quarter counts it
    while every rule places activities by their start, so it may change; once a rule places them by their
    end, the locked quarter counts it and the guard refuses it (and its attendance), by its end date."""
    _edge_activity(locked)
    _retitle_edge(locked, "Renamed")  # only start dates count: the activity is in FY2024-Q2, which is open
    _count_by_end(locked)
    before = snapshot(locked)
    edge = r"Activity BR-PK-2024-EDGE \(30 Mar 2024\) " + REFUSAL
    with pytest.raises(PeriodLocked, match=edge):
        _retitle_edge(locked, "Renamed again")
    with pytest.raises(PeriodLocked, match=r"The attendance at BR-PK-2024-EDGE " + REFUSAL):
        with locked.session() as s:
            person = participants.add_participant(s, participants.ParticipantIn("Naila Baloch", sex="female"))
            attendance.add_attendance(s, "BR-PK-2024-EDGE", person.id)
    with pytest.raises(PeriodLocked, match=edge):
        with locked.session() as s:
            activities.delete_activity(s, "BR-PK-2024-EDGE", with_attendance=True)
    assert snapshot(locked) == before
    # The check ahead (forms, import previews) says the same before anything is written.
    with locked.session() as s, pytest.raises(PeriodLocked, match=edge):
        period_locks.ensure_activity_unlocked(s, activities.get_activity(s, "BR-PK-2024-EDGE"))
