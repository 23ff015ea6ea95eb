"""Organizations: partners and the agencies participants come from.

An organization is matched by its normalised name (`organization_key`: case, accents and spacing
ignored) or its acronym, whatever route created it: the forms, an attendance import, a dump or a
package. One an import created from a name on a sheet is typed "other" and not confirmed until
someone checks its type; indicators restricted to organization types depend on those types.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from flare_monitor.db.audit_hook import add_entry
from flare_monitor.db.enums import AuditAction, OrganizationType
from flare_monitor.db.models import (
    Activity,
    ActivityPartner,
    Attendance,
    Indicator,
    Organization,
    Participant,
)
from flare_monitor.errors import ConflictError, NotFoundError, ValidationError
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


def organization_key(name: str | None) -> str:
    """The normalised name organizations are matched by (stored as `search_name`)."""
    return fold(name)[:300]  # folding may lengthen a name ("ß" → "ss")


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
        "search_name": organization_key(name),
        "acronym": optional_text(data.acronym, "acronym", 50),
        "type": parse_enum(OrganizationType, data.type, "organization type", OrganizationType.OTHER),
        "country_code": country,
        "subdivision_code": ensure_subdivision(session, data.subdivision, country),
    }


def add_organization(session: Session, data: OrganizationIn, *, type_confirmed: bool = True) -> Organization:
    organization = Organization(**_validated(session, data), type_confirmed=type_confirmed)
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
    values = _validated(session, data)
    if values["type"] != organization.type:
        ensure_type_change_unlocked(session, organization)
    for key, value in values.items():
        setattr(organization, key, value)
    organization.type_confirmed = True  # the person who saved the form has seen the type
    flush_edit(session, lambda: _refused_edit(session, organization_id, shown_name, seen))
    return organization


def get_organization(session: Session, organization_id: uuid.UUID) -> Organization:
    organization = session.get(Organization, organization_id)
    if organization is None:
        raise NotFoundError(_("Unknown organization {organization_id}", organization_id=organization_id))
    return organization


def find_organization(session: Session, name: str, country: str | None) -> Organization | None:
    """The organization with this name (ignoring case, accents, spacing) or acronym, in this country."""
    key = organization_key(name)
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
    """(organization, created): reuse a known organization rather than creating a near-duplicate. One
    created here from a name alone is marked "new — check the type" (type_confirmed False)."""
    existing = find_organization(session, name, country)
    if existing is not None:
        return existing, False
    data = OrganizationIn(name=name, country=country, type=type)
    return add_organization(session, data, type_confirmed=False), True


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
    type_confirmed: bool = True
    version: int = 1

    def as_json(self) -> dict:
        return {
            "id": str(self.id),
            "name": self.name,
            "acronym": self.acronym,
            "type": self.type,
            "type_confirmed": self.type_confirmed,
            "country": self.country,
            "subdivision": self.subdivision,
            "participants": self.participants,
        }


def list_organizations(
    session: Session, country: str | None = None, search: str | None = None, unconfirmed_only: bool = False
) -> list[OrganizationRow]:
    """Organizations with their number of participants; `search` matches the name or acronym (any case,
    accents ignored), `unconfirmed_only` keeps those whose type nobody has checked yet."""
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
    key = organization_key(search) if search else ""
    if key:
        pattern = "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        query = query.where(
            or_(
                Organization.search_name.like(pattern, escape="\\"),
                func.lower(Organization.acronym).like(pattern, escape="\\"),
            )
        )
    if unconfirmed_only:
        query = query.where(Organization.type_confirmed.is_(False))
    return [
        OrganizationRow(
            o.id,
            o.name,
            o.acronym,
            str(o.type),
            o.country_code,
            o.subdivision_code,
            n,
            bool(o.type_confirmed),
            o.version,
        )  # fmt: skip
        for o, n in session.execute(query)
    ]


def resolve_organization(session: Session, id_or_name: str) -> Organization:
    """The organization named on a command line: its id, or its name or acronym (one match only)."""
    text = str(id_or_name or "").strip()
    try:
        found = session.get(Organization, uuid.UUID(text))
    except ValueError:
        found = None
    if found is not None:
        return found
    key = organization_key(text)
    matches = session.scalars(
        select(Organization)
        .where((Organization.search_name == key) | (func.lower(Organization.acronym) == key))
        .order_by(Organization.country_code, Organization.name)
    ).all()
    if not matches:
        raise NotFoundError(f"No organization is called '{text}' (see: flare-monitor organizations list)")
    if len(matches) > 1:
        listed = ", ".join(f"{o.id} ({o.country_code or 'no country'})" for o in matches)
        raise ValidationError(f"'{text}' names {len(matches)} organizations; give the id of one: {listed}")
    return matches[0]


def confirm_types(session: Session, organization_ids: list[uuid.UUID]) -> int:
    """Mark organizations' types as checked (they keep their type); returns how many changed."""
    changed = 0
    for organization_id in organization_ids:
        organization = get_organization(session, organization_id)
        if not organization.type_confirmed:
            organization.type_confirmed = True
            changed += 1
    session.flush()
    return changed


# ---------------------------------------------------------------- locked periods


def activities_of(session: Session, organization: Organization) -> list[Activity]:
    """Activities whose figures this organization feeds: attended by its people, or it was a partner."""
    attended = (
        select(Attendance.activity_id)
        .join(Participant, Participant.id == Attendance.participant_id)
        .where(Participant.organization_id == organization.id)
    )
    partnered = select(ActivityPartner.activity_id).where(ActivityPartner.organization_id == organization.id)
    return list(
        session.scalars(select(Activity).where(or_(Activity.id.in_(attended), Activity.id.in_(partnered))))
    )


def _counts_by_type(session: Session, project_id: uuid.UUID) -> bool:
    """True when an indicator of the project counts people by organization type."""
    rules = session.scalars(
        select(Indicator.computation).where(
            Indicator.project_id == project_id, Indicator.computation.is_not(None)
        )
    )
    return any(isinstance(rule, dict) and rule.get("organization_types") for rule in rules)


def ensure_type_change_unlocked(session: Session, organization: Organization) -> None:
    """Refuse a new type for an organization whose people fed a locked period of a project that counts
    people by organization type (the submitted figure would change)."""
    from flare_monitor.services.period_locks import ensure_activity_unlocked

    by_project: dict[uuid.UUID, bool] = {}
    for activity in activities_of(session, organization):
        if activity.project_id not in by_project:
            by_project[activity.project_id] = _counts_by_type(session, activity.project_id)
        if by_project[activity.project_id]:
            ensure_activity_unlocked(session, activity)


# ---------------------------------------------------------------- merging duplicates

_MERGEABLE = ("acronym", "country_code", "subdivision_code")


@dataclass(frozen=True)
class MergeOutcome:
    kept: str
    merged: str
    participants_moved: int
    partnerships_moved: int


def merge_organizations(session: Session, keep_id: uuid.UUID, other_id: uuid.UUID) -> MergeOutcome:
    """Merge `other` into `keep`: its people and partnerships move to `keep`, blanks of `keep` are
    filled, the merge is written to the audit trail and `other` is deleted.

    Refused when it would change a locked period: an activity of `other`'s people or partnerships
    dated in a locked period (the people would count under another organization and type)."""
    from flare_monitor.services.period_locks import ensure_activity_unlocked

    keep, other = get_organization(session, keep_id), get_organization(session, other_id)
    if keep.id == other.id:
        raise ValidationError("An organization cannot be merged with itself.")
    for activity in activities_of(session, other):
        ensure_activity_unlocked(session, activity)
    people = session.scalars(select(Participant).where(Participant.organization_id == other.id)).all()
    for person in people:
        person.organization_id = keep.id
    kept_partners = set(
        session.scalars(select(ActivityPartner.activity_id).where(ActivityPartner.organization_id == keep.id))
    )
    moved_partners = 0
    for partner in session.scalars(
        select(ActivityPartner).where(ActivityPartner.organization_id == other.id)
    ):
        if partner.activity_id in kept_partners:
            session.delete(partner)  # both were partners of the same activity: one partnership
        else:
            partner.organization_id = keep.id
            moved_partners += 1
    filled = []
    for field in _MERGEABLE:
        if getattr(keep, field) in (None, "") and getattr(other, field) not in (None, ""):
            setattr(keep, field, getattr(other, field))
            filled.append(field)
    if not keep.type_confirmed and other.type_confirmed:
        keep.type, keep.type_confirmed = other.type, True
        filled.append("type")
    session.flush()
    add_entry(
        session,
        AuditAction.MERGE,
        "organization",
        keep.id,
        changes={
            "merged_organization": str(other.id),
            "merged_name": other.name,
            "participants_moved": len(people),
            "partnerships_moved": moved_partners,
            "fields_filled": filled,
        },
    )
    merged_name = other.name
    session.delete(other)
    session.flush()
    return MergeOutcome(keep.name, merged_name, len(people), moved_partners)
