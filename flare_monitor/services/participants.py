"""The participant register: validation, search in every script, duplicates and merging."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, aliased

from flare_monitor.db.audit_hook import add_entry
from flare_monitor.db.enums import AuditAction, Sex
from flare_monitor.db.models import Activity, Attendance, Organization, Participant
from flare_monitor.errors import ConflictError, NotFoundError, ValidationError
from flare_monitor.i18n import Message, _, ngettext
from flare_monitor.i18n.params import Joined
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
from flare_monitor.text import clean, fold, name_key, normalize_phone

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_MERGEABLE_FIELDS = (
    "organization_id",
    "position",
    "country_code",
    "subdivision_code",
    "phone",
    "phone_normalized",
    "email",
    "age_group",
)


@dataclass
class ParticipantIn:
    full_name: str
    sex: str | None = None
    organization_id: uuid.UUID | None = None
    position: str | None = None
    country: str | None = None
    subdivision: str | None = None
    phone: str | None = None
    email: str | None = None
    age_group: str | None = None
    consent: bool = False
    sensitive: bool = False
    organization_name: str | None = None  # a new organization typed in the form (created when saved)


def _organization(session: Session, data: ParticipantIn) -> uuid.UUID | None:
    """The organization chosen, or the one typed: found by its name, else created (its type left for
    someone to check)."""
    if data.organization_id is not None or not (data.organization_name or "").strip():
        return data.organization_id
    from flare_monitor.services.organizations import find_or_create_organization

    organization, _created = find_or_create_organization(
        session, data.organization_name.strip(), data.country
    )
    return organization.id


def validated_fields(session: Session, data: ParticipantIn) -> dict:
    """Column values for a participant, or a ValidationError naming the field."""
    name = require_text(data.full_name, "name", 300)
    email = optional_text(data.email, "email", 200)
    if email and not _EMAIL.match(email):
        raise ValidationError(_("e-mail: '{email}' is not an e-mail address", email=email), "email")
    phone = optional_text(data.phone, "phone", 50)
    if phone and len(normalize_phone(phone).lstrip("+")) < 6:
        raise ValidationError(
            _("phone: '{phone}' has too few digits for a phone number", phone=phone), "phone"
        )
    if phone and len(normalize_phone(phone)) > 30:
        raise ValidationError(
            _("phone: '{phone}' has too many digits for a phone number", phone=phone), "phone"
        )
    if data.organization_id is not None and session.get(Organization, data.organization_id) is None:
        raise ValidationError(_("organization: unknown organization"), "organization")
    organization_id = _organization(session, data)
    country = ensure_country(session, data.country) if data.country else None
    return {
        "full_name": name,
        "search_name": fold(name)[:300],  # folding may lengthen a name ("ß" → "ss")
        "name_key": name_key(name)[:300],
        "sex": parse_enum(Sex, data.sex, "sex", Sex.NOT_RECORDED),
        "organization_id": organization_id,
        "position": optional_text(data.position, "position", 200),
        "country_code": country,
        "subdivision_code": ensure_subdivision(session, data.subdivision, country),
        "phone": phone,
        "phone_normalized": normalize_phone(phone) or None,
        "email": email,
        "age_group": optional_text(data.age_group, "age group", 20),
        "consent": bool(data.consent),
        "sensitive": bool(data.sensitive),
    }


def add_participant(session: Session, data: ParticipantIn) -> Participant:
    participant = Participant(**validated_fields(session, data))
    session.add(participant)
    session.flush()
    return participant


def get_participant(session: Session, participant_id: uuid.UUID | str) -> Participant:
    try:
        key = participant_id if isinstance(participant_id, uuid.UUID) else uuid.UUID(str(participant_id))
    except ValueError:
        raise NotFoundError(
            _("'{participant_id}' is not a participant id", participant_id=participant_id)
        ) from None
    participant = session.get(Participant, key)
    if participant is None:
        raise NotFoundError(_("Unknown participant {participant_id}", participant_id=participant_id))
    return participant


@dataclass(frozen=True)
class ParticipantDetail:
    """Every editable field of a participant (what a form shows and sends back) and its version."""

    id: uuid.UUID
    full_name: str
    sex: str
    organization_id: uuid.UUID | None
    organization: str | None
    position: str | None
    country: str | None
    subdivision: str | None
    phone: str | None
    email: str | None
    age_group: str | None
    consent: bool
    sensitive: bool
    version: int

    def as_input(self) -> ParticipantIn:
        return ParticipantIn(
            full_name=self.full_name,
            sex=self.sex,
            organization_id=self.organization_id,
            position=self.position,
            country=self.country,
            subdivision=self.subdivision,
            phone=self.phone,
            email=self.email,
            age_group=self.age_group,
            consent=self.consent,
            sensitive=self.sensitive,
        )


def participant_detail(session: Session, participant_id: uuid.UUID | str) -> ParticipantDetail:
    p = get_participant(session, participant_id)
    organization = session.get(Organization, p.organization_id) if p.organization_id else None
    return ParticipantDetail(
        id=p.id,
        full_name=p.full_name,
        sex=str(getattr(p.sex, "value", p.sex)),
        organization_id=p.organization_id,
        organization=organization.name if organization is not None else None,
        position=p.position,
        country=p.country_code,
        subdivision=p.subdivision_code,
        phone=p.phone,
        email=p.email,
        age_group=p.age_group,
        consent=bool(p.consent),
        sensitive=bool(p.sensitive),
        version=p.version,
    )


def _edit_view(session: Session, data: ParticipantIn) -> dict:
    """What the edit form shows, by the labels a message names them with."""
    organization = session.get(Organization, data.organization_id) if data.organization_id else None
    return {
        "name": clean(data.full_name),
        "sex": str(getattr(data.sex, "value", data.sex)) if data.sex else None,
        "organization": organization.name if organization is not None else None,
        "position": clean(data.position),
        "country": clean(data.country),
        "subdivision": clean(data.subdivision),
        "phone": clean(data.phone),
        "e-mail": clean(data.email),
        "age group": clean(data.age_group),
        "consent": bool(data.consent),
        "sensitive": bool(data.sensitive),
    }


def _refused_edit(session: Session, participant_id: uuid.UUID, name: str, seen: ParticipantIn | None):
    return refused_edit(
        session,
        Participant,
        participant_id,
        _("the participant {name}", name=name),
        lambda: _edit_view(session, participant_detail(session, participant_id).as_input()),
        _edit_view(session, seen) if seen is not None else None,
    )


def update_participant(
    session: Session,
    participant_id: uuid.UUID,
    data: ParticipantIn,
    expected_version: int | None = None,
    seen: ParticipantIn | None = None,
) -> Participant:
    """Save an edit; with `expected_version` (and `seen`, what the form showed) an edit of a record
    someone else saved or deleted meanwhile is refused with a ConcurrentEditError naming the changes."""
    if expected_version is None:
        participant = get_participant(session, participant_id)
    else:
        participant = locked_for_edit(session, select(Participant).where(Participant.id == participant_id))
        name = seen.full_name if seen is not None else "this participant"
        if participant is None:
            raise concurrent_edit(
                session, _("the participant {name}", name=name), "participant", participant_id, None, None
            )
        if participant.version != expected_version:
            raise _refused_edit(session, participant.id, participant.full_name, seen)
    shown_name = participant.full_name
    for key, value in validated_fields(session, data).items():
        setattr(participant, key, value)
    flush_edit(session, lambda: _refused_edit(session, participant_id, shown_name, seen))
    return participant


def delete_participant(session: Session, participant_id: uuid.UUID, *, with_attendance: bool = False) -> None:
    participant = get_participant(session, participant_id)
    rows = session.scalars(select(Attendance).where(Attendance.participant_id == participant.id)).all()
    if rows and not with_attendance:
        raise ConflictError(
            ngettext(
                "{name} attended {count} activity; delete the attendance first or confirm deleting it "
                "with the person.",
                "{name} attended {count} activities; delete the attendance first or confirm deleting it "
                "with the person.",
                len(rows),
                name=participant.full_name,
            )
        )
    _guard_locked(session, rows)
    for row in rows:
        session.delete(row)
    session.delete(participant)
    session.flush()


def _guard_locked(session: Session, attendance: list[Attendance]) -> None:
    from flare_monitor.services.period_locks import ensure_activity_unlocked

    for activity_id in {row.activity_id for row in attendance}:
        ensure_activity_unlocked(session, session.get(Activity, activity_id))


@dataclass(frozen=True)
class ParticipantRow:
    id: uuid.UUID
    full_name: str
    sex: str
    organization: str | None
    organization_type: str | None
    position: str | None
    country: str | None
    subdivision: str | None
    phone: str | None
    email: str | None
    sensitive: bool


def _row_query():
    return select(
        Participant.id,
        Participant.full_name,
        Participant.sex,
        Organization.name,
        Organization.type,
        Participant.position,
        Participant.country_code,
        Participant.subdivision_code,
        Participant.phone,
        Participant.email,
        Participant.sensitive,
    ).outerjoin(Organization, Organization.id == Participant.organization_id)


def _to_row(r) -> ParticipantRow:
    return ParticipantRow(r[0], r[1], str(r[2]), r[3], str(r[4]) if r[4] else None, *r[5:10], bool(r[10]))


# The columns the register can be sorted by (each ends with the id, so pages never overlap).
SORT_COLUMNS = {
    "name": (Participant.search_name,),
    "sex": (Participant.sex, Participant.search_name),
    "organization": (Organization.search_name, Participant.search_name),
    "organization_type": (Organization.type, Participant.search_name),
    "position": (Participant.position, Participant.search_name),
    "country": (Participant.country_code, Participant.search_name),
    "phone": (Participant.phone_normalized, Participant.search_name),
    "email": (Participant.email, Participant.search_name),
    "sensitive": (Participant.sensitive, Participant.search_name),
}


def search_participants(
    session: Session,
    text: str = "",
    *,
    country: str | None = None,
    limit: int = 200,
    offset: int = 0,
    sort: str = "name",
    descending: bool = False,
) -> list[ParticipantRow]:
    """Participants whose name, phone or e-mail contains `text`, in any script ("ба" finds "Бат-Эрдэнэ"),
    one page of them in the order of `sort`."""
    if sort not in SORT_COLUMNS:
        raise ValidationError(
            _("sort: '{sort}' is not one of {items}", sort=sort, items=", ".join(SORT_COLUMNS)), "sort"
        )
    columns = (*SORT_COLUMNS[sort], Participant.id)
    order = [c.desc() if descending else c.asc() for c in columns]
    query = _row_query().order_by(*order).limit(limit).offset(offset)
    return [_to_row(r) for r in session.execute(_filtered(query, text, country))]


def participant_row(session: Session, participant_id: uuid.UUID) -> ParticipantRow:
    row = session.execute(_row_query().where(Participant.id == participant_id)).first()
    if row is None:
        raise NotFoundError(_("Unknown participant {participant_id}", participant_id=participant_id))
    return _to_row(row)


def count_participants(session: Session, text: str = "", *, country: str | None = None) -> int:
    query = select(func.count()).select_from(Participant)
    return int(session.scalar(_filtered(query, text, country)))


def _filtered(query, text: str, country: str | None):
    folded = fold(text)
    if folded:
        # The pattern is folded like the stored column, so the match ignores case and accents everywhere.
        pattern = "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        condition = Participant.search_name.like(pattern, escape="\\")
        digits = normalize_phone(text)
        if len(digits.lstrip("+")) >= 4:
            condition = condition | Participant.phone_normalized.like(f"%{digits.lstrip('+')}%")
        if "@" in text:
            condition = condition | (func.lower(Participant.email) == text.strip().lower())
        query = query.where(condition)
    if country:
        query = query.where(Participant.country_code == country.upper())
    return query


@dataclass(frozen=True)
class DuplicatePair:
    first: ParticipantRow
    second: ParticipantRow
    reason: str

    def as_json(self) -> dict:
        def person(row: ParticipantRow) -> dict:
            return {
                "id": str(row.id),
                "name": row.full_name,
                "sex": row.sex,
                "organization": row.organization,
                "phone": row.phone,
                "email": row.email,
            }

        return {"first": person(self.first), "second": person(self.second), "reason": self.reason}


def find_duplicates(session: Session, limit: int = 1000) -> list[DuplicatePair]:
    """Candidate pairs of records that may be the same person, each with the reason it was flagged."""
    a, b = aliased(Participant), aliased(Participant)
    rules = [
        (a.name_key == b.name_key, "name"),
        (
            and_(a.phone_normalized == b.phone_normalized, a.phone_normalized.is_not(None)),
            "phone",
        ),
        (and_(func.lower(a.email) == func.lower(b.email), a.email.is_not(None)), "email"),
    ]
    reasons: dict[tuple[uuid.UUID, uuid.UUID], list[Message]] = {}
    for condition, reason in rules:
        pairs = session.execute(
            select(a.id, b.id, a.organization_id == b.organization_id)
            .join(b, and_(condition, a.id < b.id))
            .limit(limit)
        ).all()
        for first, second, same_org in pairs:
            if reason == "name" and same_org:
                text = _("same name (ignoring case, accents, spacing and word order), same organization")
            elif reason == "name":
                text = _("same name (ignoring case, accents, spacing and word order)")
            else:
                text = _("same phone number") if reason == "phone" else _("same e-mail address")
            reasons.setdefault((first, second), []).append(text)
    if not reasons:
        return []
    ids = {i for pair in reasons for i in pair}
    rows = {r[0]: _to_row(r) for r in session.execute(_row_query().where(Participant.id.in_(ids)))}
    pairs = [
        DuplicatePair(rows[x], rows[y], Message("{reasons}", {"reasons": Joined(why)}))
        for (x, y), why in reasons.items()
    ]
    return sorted(pairs, key=lambda p: (fold(p.first.full_name), str(p.first.id)))[:limit]


def merge_participants(session: Session, keep_id: uuid.UUID | str, other_id: uuid.UUID | str) -> Participant:
    """Merge `other` into `keep`: every attendance is kept, blanks are filled, the trail is written."""
    keep, other = get_participant(session, keep_id), get_participant(session, other_id)
    if keep.id == other.id:
        raise ValidationError(_("A participant cannot be merged with itself."))
    moved, combined = 0, 0
    kept_by_activity = {row.activity_id: row for row in keep.attendance}
    _guard_locked(session, list(other.attendance))
    for row in list(other.attendance):
        twin = kept_by_activity.get(row.activity_id)
        if twin is None:
            # The column itself, not only the relationship: the audit trail records column changes
            # before the flush (a relationship sets the column only during it).
            row.participant_id = keep.id
            row.participant = keep
            moved += 1
            continue
        # Both records attended the same activity: one person, one attendance, keep the fuller data.
        twin.days_attended = max(filter(None, [twin.days_attended, row.days_attended]), default=None)
        twin.completed = twin.completed or row.completed
        twin.pre_test_score = twin.pre_test_score if twin.pre_test_score is not None else row.pre_test_score
        twin.post_test_score = (
            twin.post_test_score if twin.post_test_score is not None else row.post_test_score
        )
        session.delete(row)
        combined += 1
    filled = []
    for field in _MERGEABLE_FIELDS:
        if getattr(keep, field) in (None, "") and getattr(other, field) not in (None, ""):
            setattr(keep, field, getattr(other, field))
            filled.append(field)
    if keep.sex == Sex.NOT_RECORDED and other.sex != Sex.NOT_RECORDED:
        keep.sex = other.sex
        filled.append("sex")
    keep.consent = keep.consent or other.consent
    keep.sensitive = keep.sensitive or other.sensitive
    session.flush()
    add_entry(
        session,
        AuditAction.MERGE,
        "participant",
        keep.id,
        changes={
            "merged_participant": str(other.id),
            "merged_name": other.full_name,
            "attendance_moved": moved,
            "attendance_combined": combined,
            "fields_filled": filled,
        },
    )
    session.delete(other)
    session.flush()
    return keep
