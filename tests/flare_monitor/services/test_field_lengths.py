"""Text longer than its column is refused with the field named, on every backend (SQLite would keep it,
PostgreSQL would fail with a database error)."""

from __future__ import annotations

import pytest

from flare_monitor.errors import ValidationError
from flare_monitor.services.activities import ActivityIn, add_activity
from flare_monitor.services.organizations import OrganizationIn, add_organization
from flare_monitor.services.participants import ParticipantIn, add_participant, search_participants

from .register_fixtures import make_project


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"position": "p" * 201}, "position"),
        ({"email": "a" * 190 + "@example.org"}, "email"),
        ({"phone": "+92 " + "3" * 47}, "phone"),
        ({"phone": "+" + "3" * 31}, "phone"),  # fits the column, but no phone number is that long
        ({"age_group": "between 18 and 24 years"}, "age group"),
    ],
)
def test_participant_fields_longer_than_their_column(db, changes, field):
    with db.session() as s, pytest.raises(ValidationError, match="longer than|too many digits") as info:
        add_participant(s, ParticipantIn(full_name="Ayesha Baloch", **changes))
    assert info.value.field == field


def test_a_name_that_folding_makes_longer_still_fits(db):
    name = "Straße " * 42  # 294 characters; folded, "ß" becomes "ss"
    with db.session() as s:
        add_participant(s, ParticipantIn(full_name=name))
    with db.session() as s:
        assert [p.full_name for p in search_participants(s, "strasse")] == [name.strip()]


def test_organization_and_activity_fields(db):
    with db.session() as s:
        make_project(s)
    with db.session() as s, pytest.raises(ValidationError, match="acronym: longer than 50"):
        add_organization(s, OrganizationIn(name="Federal Investigation Agency", acronym="F" * 51))
    activity = ActivityIn(
        project="TEST",
        country="PK",
        code="A-1",
        title="Training",
        type="training",
        start="2024-04-16",
        end="2024-04-17",
        venue="V" * 301,
    )
    with db.session() as s, pytest.raises(ValidationError, match="venue: longer than 300") as info:
        add_activity(s, activity)
    assert info.value.field == "venue"
