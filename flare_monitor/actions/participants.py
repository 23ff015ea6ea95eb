"""The participant register: search, the form, duplicates and merges."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from flare_monitor.actions.base import action, reading, unit_of_work
from flare_monitor.db.engine import Database
from flare_monitor.services import backups, organizations, participants
from flare_monitor.services.organizations import OrganizationRow
from flare_monitor.services.participants import DuplicatePair, ParticipantIn, ParticipantRow

__all__ = [
    "DuplicatePair",
    "MergeParticipants",
    "OrganizationRow",
    "ParticipantForm",
    "ParticipantIn",
    "ParticipantQuery",
    "ParticipantRow",
    "SaveParticipant",
]


@dataclass(frozen=True)
class ParticipantQuery:
    text: str = ""
    country: str | None = None
    limit: int = 200
    offset: int = 0
    sort: str = "name"  # a column of ParticipantRow
    descending: bool = False


@dataclass(frozen=True)
class ParticipantForm:
    """What the participant form needs: the organizations to choose from and, to edit, the record."""

    organizations: list[OrganizationRow]
    existing: ParticipantIn | None
    version: int | None


@dataclass(frozen=True)
class SaveParticipant:
    data: ParticipantIn
    id: uuid.UUID | None = None
    version: int | None = None
    seen: ParticipantIn | None = None


@dataclass(frozen=True)
class MergeParticipants:
    keep: uuid.UUID
    other: uuid.UUID


@action
def search_participants(db: Database, query: ParticipantQuery) -> list[ParticipantRow]:
    with reading(db) as session:
        return participants.search_participants(
            session,
            query.text,
            country=query.country,
            limit=query.limit,
            offset=query.offset,
            sort=query.sort,
            descending=query.descending,
        )


@action
def count_participants(db: Database, query: ParticipantQuery) -> int:
    with reading(db) as session:
        return participants.count_participants(session, query.text, country=query.country)


@action
def participant_form(db: Database, participant_id: uuid.UUID | None) -> ParticipantForm:
    with reading(db) as session:
        orgs = organizations.list_organizations(session)
        if participant_id is None:
            return ParticipantForm(orgs, None, None)
        detail = participants.participant_detail(session, participant_id)
        return ParticipantForm(orgs, detail.as_input(), detail.version)


@action
def save_participant(db: Database, request: SaveParticipant, *, user: str | None = None) -> ParticipantRow:
    """Add or update; returns the person as the register lists them."""
    with unit_of_work(db, user=user) as session:
        if request.id is None:
            saved = participants.add_participant(session, request.data)
        else:
            saved = participants.update_participant(
                session, request.id, request.data, request.version, seen=request.seen
            )
        return participants.participant_row(session, saved.id)


@action
def find_duplicates(db: Database) -> list[DuplicatePair]:
    with reading(db) as session:
        return participants.find_duplicates(session)


@action
def merge_participants(db: Database, request: MergeParticipants, *, user: str | None = None) -> str:
    """Merge `other` into `keep`, after a verified backup of a database file (a merge rewrites history);
    returns the kept person's name."""
    with reading(db) as session:  # both must exist before a backup is taken for nothing
        participants.get_participant(session, request.keep)
        participants.get_participant(session, request.other)
    if db.file is not None:
        backups.backup_now(db, "before-merge")
    with unit_of_work(db, user=user) as session:
        return participants.merge_participants(session, request.keep, request.other).full_name


@action
def list_organizations(db: Database, country: str | None = None) -> list[OrganizationRow]:
    with reading(db) as session:
        return organizations.list_organizations(session, country=country)
