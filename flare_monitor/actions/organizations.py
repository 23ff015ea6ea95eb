"""The Organizations page and `organizations list|edit|merge`: search, edit (name, type, country),
confirm types an import guessed, and merge duplicates."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from flare_monitor.actions.base import action, reading, unit_of_work
from flare_monitor.db.engine import Database
from flare_monitor.services import backups
from flare_monitor.services import organizations as service
from flare_monitor.services.organizations import MergeOutcome, OrganizationIn, OrganizationRow

__all__ = [
    "ConfirmTypes",
    "EditOrganization",
    "MergeOrganizations",
    "MergeOutcome",
    "OrganizationForm",
    "OrganizationIn",
    "OrganizationQuery",
    "OrganizationRow",
    "confirm_types",
    "edit_organization",
    "merge_organizations",
    "organization_form",
    "list_organizations",
]


@dataclass(frozen=True)
class OrganizationQuery:
    search: str = ""
    country: str | None = None
    unconfirmed_only: bool = False


@dataclass(frozen=True)
class OrganizationForm:
    id: uuid.UUID
    data: OrganizationIn
    version: int
    type_confirmed: bool


@dataclass(frozen=True)
class EditOrganization:
    """From the form: `data` with `id`, `version` and `seen`. From the command line: `who` (an id, a
    name or an acronym) and only the `changes` given (name, type, country, acronym, subdivision)."""

    id: uuid.UUID | None = None
    data: OrganizationIn | None = None
    version: int | None = None
    seen: OrganizationIn | None = None
    who: str | None = None
    changes: dict | None = None


@dataclass(frozen=True)
class MergeOrganizations:
    keep: str  # id, name or acronym
    other: str


@dataclass(frozen=True)
class ConfirmTypes:
    ids: tuple[uuid.UUID, ...]


@action
def list_organizations(db: Database, query: OrganizationQuery) -> list[OrganizationRow]:
    with reading(db) as session:
        return service.list_organizations(
            session, country=query.country, search=query.search, unconfirmed_only=query.unconfirmed_only
        )


@action
def organization_form(db: Database, organization_id: uuid.UUID) -> OrganizationForm:
    with reading(db) as session:
        data, version = service.organization_input(session, organization_id)
        confirmed = service.get_organization(session, organization_id).type_confirmed
    return OrganizationForm(organization_id, data, version, bool(confirmed))


@action
def edit_organization(db: Database, request: EditOrganization, *, user: str | None = None) -> str:
    """Save an edit (its type is then confirmed); returns the organization's name as stored."""
    import dataclasses

    with unit_of_work(db, user=user) as session:
        if request.data is not None:
            organization_id, data, version = request.id, request.data, request.version
        else:
            organization_id = service.resolve_organization(session, request.who or "").id
            data, version = service.organization_input(session, organization_id)
            data = dataclasses.replace(data, **(request.changes or {}))
        saved = service.update_organization(session, organization_id, data, version, request.seen)
        return saved.name


@action
def confirm_types(db: Database, request: ConfirmTypes, *, user: str | None = None) -> int:
    with unit_of_work(db, user=user) as session:
        return service.confirm_types(session, list(request.ids))


@action
def merge_organizations(
    db: Database, request: MergeOrganizations, *, user: str | None = None
) -> MergeOutcome:
    """Merge `other` into `keep` after a verified backup of a database file (a merge rewrites history);
    refused where it would change a locked period."""
    from flare_monitor.services.period_locks import ensure_activity_unlocked

    with reading(db) as session:  # both must exist, and no lock stands in the way, before a backup
        keep = service.resolve_organization(session, request.keep)
        other = service.resolve_organization(session, request.other)
        keep_id, other_id = keep.id, other.id
        if keep_id != other_id:
            for activity in service.activities_of(session, other):
                ensure_activity_unlocked(session, activity)
    if db.file is not None and keep_id != other_id:
        backups.backup_now(db, "before-merge")
    with unit_of_work(db, user=user) as session:
        return service.merge_organizations(session, keep_id, other_id)
