"""Period locks: a submitted quarter cannot be changed until it is reopened with a reason."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from flare_monitor.db.audit import AuditEntry
from flare_monitor.db.enums import ActivityStatus, ActivityType, AuditAction
from flare_monitor.db.models import Activity, IndicatorValue
from flare_monitor.errors import ConflictError, ValidationError
from flare_monitor.services.indicator_values import set_target, set_value
from flare_monitor.services.period_locks import (
    ensure_activity_unlocked,
    ensure_unlocked,
    lock_period,
    locked_periods,
    unlock_period,
)
from tests.flare_monitor.indicators.test_engine import add_indicator, build_project

REASON = "Q3 report submitted to USDOL on 30 July 2024"


@pytest.fixture
def project(db):
    with db.session() as session:
        project = build_project(session)
        add_indicator(session, project, "NUM")
        set_value(session, "TEST", "NUM", "FY2024-Q3", 5, country="PK")
    return db


def _values(db):
    with db.session() as session:
        return sorted((v.period, v.country_code, v.value) for v in session.scalars(select(IndicatorValue)))


def test_locked_period_refuses_changes_and_changes_nothing(project):
    with project.session() as session:
        lock_period(session, "TEST", "FY2024-Q3", REASON)
    before = _values(project)
    with pytest.raises(
        ConflictError, match=r"is in FY2024-Q3, which was submitted on \d{1,2} \w+ \d{4} and is locked"
    ):
        with project.session() as session:
            set_value(session, "TEST", "NUM", "FY2024-Q3", 9, country="PK")
    with pytest.raises(ConflictError, match="unlock it with a reason first"):
        with project.session() as session:
            set_value(session, "TEST", "NUM", "FY2024-Q3", 3, country="NP")  # a new row is refused too
    with pytest.raises(ConflictError):
        with project.session() as session:
            set_target(session, "TEST", "NUM", "2024-Q2", 10)  # same days under the calendar label
    assert _values(project) == before == [("FY2024-Q3", "PK", 5.0)]
    # The quarter before is open.
    with project.session() as session:
        set_value(session, "TEST", "NUM", "FY2024-Q2", 4, country="PK")


def test_unlock_needs_a_reason_then_allows_changes(project):
    with project.session() as session:
        lock_period(session, "TEST", "FY2024-Q3", REASON)
    for empty in ("", "   ", None):
        with pytest.raises(ValidationError, match="reason"):
            with project.session() as session:
                unlock_period(session, "TEST", "FY2024-Q3", empty)
    with project.session() as session:
        assert [r.period for r in locked_periods(session, "TEST")] == ["FY2024-Q3"]
        unlock_period(session, "TEST", "fy2024-q3", "USDOL asked for a corrected figure")
        set_value(session, "TEST", "NUM", "FY2024-Q3", 9, country="PK")
        assert locked_periods(session, "TEST") == []
        rows = locked_periods(session, "TEST", include_unlocked=True)
    assert [(r.period, r.locked, r.reason) for r in rows] == [
        ("FY2024-Q3", False, "USDOL asked for a corrected figure")
    ]
    assert _values(project) == [("FY2024-Q3", "PK", 9.0)]


def test_lock_and_unlock_are_audited_with_their_reasons(project):
    with project.session(user="mne.officer") as session:
        lock = lock_period(session, "TEST", "FY2024-Q3", REASON)
        unlock_period(session, "TEST", "FY2024-Q3", "Correction requested")
        lock_period(session, "TEST", "FY2024-Q3", "Corrected report submitted")
        lock_id = str(lock.id)
    with project.session() as session:
        entries = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.action.in_([AuditAction.LOCK, AuditAction.UNLOCK]))
            .order_by(AuditEntry.at)
        ).all()
        rows = [
            (e.action, e.comment, e.entity, e.entity_id, e.user, e.changes.get("period")) for e in entries
        ]
    assert rows == [
        (AuditAction.LOCK, REASON, "period_lock", lock_id, "mne.officer", "FY2024-Q3"),
        (AuditAction.UNLOCK, "Correction requested", "period_lock", lock_id, "mne.officer", "FY2024-Q3"),
        (AuditAction.LOCK, "Corrected report submitted", "period_lock", lock_id, "mne.officer", "FY2024-Q3"),
    ]


def test_lock_twice_and_unlock_unlocked_are_conflicts(project):
    with project.session() as session:
        lock_period(session, "TEST", "FY2024-Q3", REASON)
        with pytest.raises(ConflictError, match="already locked"):
            lock_period(session, "TEST", "2024-Q2", REASON)  # the same days
        with pytest.raises(ConflictError, match="is not locked"):
            unlock_period(session, "TEST", "FY2024-Q2", "no reason to")
        with pytest.raises(ValidationError, match="reason"):
            lock_period(session, "TEST", "FY2024-Q4", " ")


def test_activity_guard_checks_the_activity_date_and_a_move_out_of_the_period(project):
    with project.session() as session:
        lock_period(session, "TEST", "FY2024-Q3", REASON)
        project_id = session.scalars(select(IndicatorValue)).first().indicator.project_id
        ensure_unlocked(session, project_id, date(2024, 3, 31), "A change")  # Q2: open
        with pytest.raises(ConflictError, match=r"^A change is in FY2024-Q3"):
            ensure_unlocked(session, project_id, date(2024, 4, 1), "A change")
        activity = Activity(
            project_id=project_id, country_code="PK", code="TRN", title="Training", type=ActivityType.TRAINING,
            status=ActivityStatus.COMPLETED, planned_start=date(2024, 3, 27), planned_end=date(2024, 3, 28),
            actual_start=date(2024, 4, 16), actual_end=date(2024, 4, 17),
        )  # fmt: skip
        session.add(activity)
        session.flush()
        with pytest.raises(ConflictError, match=r"Activity TRN \(16 Apr 2024\) is in FY2024-Q3"):
            ensure_activity_unlocked(session, activity)
        # Moving it back to March would take its people out of the submitted quarter: refused as well.
        activity.actual_start, activity.actual_end = date(2024, 3, 27), date(2024, 3, 28)
        with pytest.raises(ConflictError, match="FY2024-Q3"):
            ensure_activity_unlocked(session, activity)
        session.rollback()
