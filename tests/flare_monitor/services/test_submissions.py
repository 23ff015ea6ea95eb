"""Each country's submission of a period: the steps allowed, notes and comments with who and when, the
audit trail, the countries not approved (for a report's cover), and the lock that reads "locked"."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from flare_monitor.db.models import AuditEntry, PeriodStatus
from flare_monitor.errors import ConflictError, ValidationError
from flare_monitor.services import period_locks, submissions

from .register_fixtures import make_project

Q3 = "FY2024-Q3"


@pytest.fixture
def project(db):
    with db.session() as s:
        make_project(s)
    return db


def test_draft_submitted_returned_submitted_approved(project):
    with project.session() as s:
        assert [(c.country, c.status) for c in submissions.period_state(s, "TEST", Q3).countries] == [
            ("NP", "draft"),
            ("PK", "draft"),
        ]
    with project.session(user="pk.officer") as s:
        submitted = submissions.submit(s, "TEST", Q3, "pk", "Figures of the April training")
    assert (submitted.status, submitted.note, submitted.submitted_by) == (
        "submitted",
        "Figures of the April training",
        "pk.officer",
    )
    with project.session(user="mne.hq") as s:
        with pytest.raises(ValidationError, match="comment"):
            submissions.return_submission(s, "TEST", Q3, "PK", "  ")
        returned = submissions.return_submission(
            s, "TEST", Q3, "PK", "Sex breakdown missing", expected="submitted"
        )
    assert (returned.status, returned.comment, returned.reviewed_by) == (
        "returned",
        "Sex breakdown missing",
        "mne.hq",
    )
    with (
        project.session() as s,
        pytest.raises(ConflictError, match="PK FY2024-Q3 is returned, so it cannot be approved"),
    ):
        submissions.approve(s, "TEST", Q3, "PK")
    with project.session(user="pk.officer") as s:
        submissions.submit(s, "TEST", "2024-q2", "PK", "Breakdown added")  # the same days, calendar label
    with project.session(user="mne.hq") as s:
        with pytest.raises(ConflictError, match="no longer returned"):
            submissions.approve(s, "TEST", Q3, "PK", expected="returned")  # what the screen showed is stale
        submissions.approve(s, "TEST", Q3, "PK", "Thank you")
        state = submissions.period_state(s, "TEST", Q3)
        assert state.not_approved() == ["NP"]
        assert submissions.not_approved(s, "TEST", Q3) == ["NP"]
        assert s.scalars(select(PeriodStatus)).one().period == Q3  # one row, whatever the label
    with project.session() as s:  # the audit trail is written when the session commits (it is chained then)
        changes = [
            e.changes.get("status")
            for e in s.scalars(
                select(AuditEntry).where(AuditEntry.entity == "period_status").order_by(AuditEntry.at)
            )
        ]
    assert changes == [
        "submitted",
        ["submitted", "returned"],
        ["returned", "submitted"],
        ["submitted", "approved"],
    ]


def test_each_country_submits_its_own_figures_per_quarter(project):
    with project.session() as s:
        with pytest.raises(ValidationError, match="country"):
            submissions.submit(s, "TEST", Q3, None)
        with pytest.raises(ValidationError, match="country"):
            submissions.submit(s, "TEST", Q3, "PE")  # not a country of the project
        with pytest.raises(ValidationError, match="LOP"):
            submissions.submit(s, "TEST", "LOP", "PK")


def test_a_locked_period_reads_locked_for_every_country_and_refuses_any_step(project):
    with project.session() as s:
        submissions.submit(s, "TEST", Q3, "PK")
    with project.session(user="mne.hq") as s:
        period_locks.lock_period(s, "TEST", Q3, "sent", acknowledge="no targets in the test project")
    with project.session() as s:
        state = submissions.period_state(s, "TEST", Q3)
        assert state.locked and state.locked_by == "mne.hq"
        assert {c.status for c in state.countries} == {"locked"} and state.not_approved() == []
    with pytest.raises(
        ConflictError, match=r"The submission of Pakistan for FY2024-Q3 is in FY2024-Q3 of TEST"
    ):
        with project.session() as s:
            submissions.approve(s, "TEST", Q3, "PK")
