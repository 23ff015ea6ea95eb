"""Organizations: partners and the agencies participants come from."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from flare_monitor.db.enums import OrganizationType
from flare_monitor.db.models import ActivityPartner, Organization, Participant
from flare_monitor.errors import ConflictError, NotFoundError
from flare_monitor.i18n import _, ngettext
from flare_monitor.services.common import (
    concurrent_edit,
    flush_edit,
    locked_for_edit,
    optional_text,
    parse_enum,
    refused_edit,
    require_text,
)
from flare_monitor.services.geo import ensure_country, ensure_subdivision
from flare_monitor.text import clean, fold


@dataclass
class OrganizationIn:
    name: str
    type: str | None = None
    acronym: str | None = None
    country: str | None = None
    subdivision: str | None = None


def _validated(session: Session, data: OrganizationIn) -> dict:
    country = ensure_country(session, data.country) if data.country else None
    name = require_text(data.name, "name", 300)
    return {
        "name": name,
        "search_name": fold(name)[:300],  # folding may lengthen a name ("ß" → "ss")
        "acronym": optional_text(data.acronym, "acronym", 50),
        "type": parse_enum(OrganizationType, data.type, "organization type", OrganizationType.OTHER),
        "country_code": country,
        "subdivision_code": ensure_subdivision(session, data.subdivision, country),
    }


def add_organization(session: Session, data: OrganizationIn) -> Organization:
    organization = Organization(**_validated(session, data))
    session.add(organization)
    session.flush()
    return organization


def organization_input(session: Session, organization_id: uuid.UUID) -> tuple[OrganizationIn, int]:
    """An organization as an edit form shows it, and the version to pass back to update_organization."""
    o = get_organization(session, organization_id)
    data = OrganizationIn(o.name, str(o.type), o.acronym, o.country_code, o.subdivision_code)
    return data, o.version


def _edit_view(data: OrganizationIn) -> dict:
    return {
        "name": clean(data.name),
        "type": clean(data.type),
        "acronym": clean(data.acronym),
        "country": clean(data.country),
        "subdivision": clean(data.subdivision),
    }


def _refused_edit(session: Session, organization_id: uuid.UUID, name: str, seen: OrganizationIn | None):
    return refused_edit(
        session,
        Organization,
        organization_id,
        _("the organization {name}", name=name),
        lambda: _edit_view(organization_input(session, organization_id)[0]),
        _edit_view(seen) if seen is not None else None,
    )


def update_organization(
    session: Session,
    organization_id: uuid.UUID,
    data: OrganizationIn,
    expected_version: int | None = None,
    seen: OrganizationIn | None = None,
) -> Organization:
    """Save an edit; with `expected_version` an edit of a record someone else saved or deleted meanwhile
    is refused with a ConcurrentEditError (listing what differs from `seen`, what the form showed)."""
    if expected_version is None:
        organization = get_organization(session, organization_id)
    else:
        query = select(Organization).where(Organization.id == organization_id)
        organization = locked_for_edit(session, query)
        name = seen.name if seen is not None else "this organization"
        if organization is None:
            raise concurrent_edit(
                session, _("the organization {name}", name=name), "organization", organization_id, None, None
            )
        if organization.version != expected_version:
            raise _refused_edit(session, organization_id, organization.name, seen)
    shown_name = organization.name
    for key, value in _validated(session, data).items():
        setattr(organization, key, value)
    flush_edit(session, lambda: _refused_edit(session, organization_id, shown_name, seen))
    return organization


def get_organization(session: Session, organization_id: uuid.UUID) -> Organization:
    organization = session.get(Organization, organization_id)
    if organization is None:
        raise NotFoundError(_("Unknown organization {organization_id}", organization_id=organization_id))
    return organization


def find_organization(session: Session, name: str, country: str | None) -> Organization | None:
    """The organization with this name (ignoring case, accents, spacing) or acronym, in this country."""
    key = fold(name)
    if not key:
        return None
    query = select(Organization).where(
        (Organization.search_name == key) | (func.lower(Organization.acronym) == key)
    )
    if country:
        in_country = Organization.country_code == country.upper()
        query = query.where(in_country | Organization.country_code.is_(None))
    return session.scalars(query.order_by(Organization.created_at)).first()


def find_or_create_organization(
    session: Session, name: str, country: str | None, type: str | None = None
) -> tuple[Organization, bool]:
    """(organization, created): reuse a known organization rather than creating a near-duplicate."""
    existing = find_organization(session, name, country)
    if existing is not None:
        return existing, False
    return add_organization(session, OrganizationIn(name=name, country=country, type=type)), True


def delete_organization(session: Session, organization_id: uuid.UUID) -> None:
    """Delete an organization nobody depends on; otherwise say who does."""
    organization = get_organization(session, organization_id)
    people = session.scalar(select(func.count()).where(Participant.organization_id == organization.id))
    partnerships = session.scalar(
        select(func.count()).where(ActivityPartner.organization_id == organization.id)
    )
    if people or partnerships:
        raise ConflictError(
            _(
                "{name} cannot be deleted: {people} and {partnerships} refer to it. Move them to another "
                "organization first.",
                name=organization.name,
                people=ngettext("{count} participant", "{count} participants", people),
                partnerships=ngettext(
                    "{count} activity partnership", "{count} activity partnerships", partnerships
                ),
            )
        )
    session.delete(organization)
    session.flush()


@dataclass(frozen=True)
class OrganizationRow:
    id: uuid.UUID
    name: str
    acronym: str | None
    type: str
    country: str | None
    subdivision: str | None
    participants: int


def list_organizations(session: Session, country: str | None = None) -> list[OrganizationRow]:
    counts = (
        select(Participant.organization_id, func.count().label("n"))
        .group_by(Participant.organization_id)
        .subquery()
    )
    query = (
        select(Organization, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.organization_id == Organization.id)
        .order_by(Organization.country_code, Organization.name)
    )
    if country:
        query = query.where(Organization.country_code == country.upper())
    return [
        OrganizationRow(o.id, o.name, o.acronym, str(o.type), o.country_code, o.subdivision_code, n)
        for o, n in session.execute(query)
    ]
