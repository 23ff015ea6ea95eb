"""Evidence attached to activities, reported indicator values and narrative sections.

Content is stored once per SHA-256 (`EvidenceBlob`, in `EvidenceChunk`s); each attachment
(`Evidence`) names what it proves. An attachment's id is derived from what it is attached to and its
content, so the same file attached to the same record at two offices is one record when they
exchange packages. Removing the last attachment of some content removes the content too.

Services take the session first and never commit.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, delete, func, insert, select, true
from sqlalchemy.orm import Session

from flare_monitor.db.audit_hook import current_user
from flare_monitor.db.enums import PERSONAL_EVIDENCE_TYPES, EvidenceType, NarrativeSection
from flare_monitor.db.evidence import CHUNK_BYTES, Evidence, EvidenceBlob, EvidenceChunk
from flare_monitor.db.figures import evidence_listing, readable_evidence_names
from flare_monitor.db.models import Activity, Indicator, IndicatorValue, Narrative, Project
from flare_monitor.errors import ConflictError, NotFoundError, UserError, ValidationError
from flare_monitor.evidence.detect import Detected, detect
from flare_monitor.i18n import Field, _, ngettext
from flare_monitor.indicators.actuals import activity_date
from flare_monitor.indicators.engine import period_dates
from flare_monitor.indicators.manual import Window
from flare_monitor.services import period_locks
from flare_monitor.services.common import lock_new_record, optional_text, parse_enum, project_by_code

# Attachments of the same record and content share an id in every office (uuid5 of the two).
_ID_NAMESPACE = uuid.UUID("6f1c3a52-0e3b-4b7e-9a55-1d4c2f9b7e10")
_CAPTION_MAX = 500


# ------------------------------------------------------------------------------------------ targets


@dataclass(frozen=True)
class SectionKey:
    """A narrative section, whether or not it has been written yet."""

    project: str
    period: str
    country: str | None
    section: str


@dataclass(frozen=True)
class Target:
    """What evidence is attached to: exactly one of them."""

    activity: str | None = None  # activity code
    value: uuid.UUID | None = None  # indicator value id
    narrative: uuid.UUID | None = None  # narrative id
    section: SectionKey | None = None  # a narrative section (created empty when it is not written yet)

    def __post_init__(self) -> None:
        given = [x for x in (self.activity, self.value, self.narrative, self.section) if x is not None]
        if len(given) != 1:
            raise ValidationError(_("say what the evidence is attached to: one activity, value or narrative"))


@dataclass(frozen=True)
class _Resolved:
    project_id: uuid.UUID
    column: str  # "activity_id", "indicator_value_id" or "narrative_id"
    record_id: uuid.UUID | None  # None: a narrative section not written yet
    label: str
    record: Any

    @property
    def kind(self) -> str:
        return {"activity_id": "activity", "indicator_value_id": "value", "narrative_id": "narrative"}[
            self.column
        ]


def _value_label(value: IndicatorValue, indicator: Indicator) -> str:
    parts = [value.country_code or "all countries"]
    if value.sex is not None:
        parts.append(str(getattr(value.sex, "value", value.sex)))
    return f"indicator {indicator.code}, {value.period} ({', '.join(parts)})"


def _narrative_label(narrative: Narrative) -> str:
    section = str(getattr(narrative.section, "value", narrative.section)).replace("_", " ")
    return f"the {section} of {narrative.period} ({narrative.country_code or 'whole project'})"


def _resolve(session: Session, target: Target, *, create: bool = False) -> _Resolved:
    if target.activity is not None:
        code = str(target.activity).strip().upper()
        activity = session.scalar(select(Activity).where(Activity.code == code))
        if activity is None:
            raise NotFoundError(_("Unknown activity '{activity}'", activity=target.activity))
        return _Resolved(
            activity.project_id, "activity_id", activity.id, f"activity {activity.code}", activity
        )
    if target.value is not None:
        value = session.get(IndicatorValue, _uuid(target.value, "value"))
        if value is None:
            raise NotFoundError(_("No reported indicator value has the id {value}", value=target.value))
        indicator = session.get(Indicator, value.indicator_id)
        return _Resolved(
            indicator.project_id, "indicator_value_id", value.id, _value_label(value, indicator), value
        )
    if target.narrative is not None:
        narrative = session.get(Narrative, _uuid(target.narrative, "narrative"))
        if narrative is None:
            raise NotFoundError(_("No narrative section has the id {narrative}", narrative=target.narrative))
        return _Resolved(
            narrative.project_id, "narrative_id", narrative.id, _narrative_label(narrative), narrative
        )
    return _resolve_section(session, target.section, create=create)


def _resolve_section(session: Session, key: SectionKey, *, create: bool) -> _Resolved:
    from flare_monitor.services.narratives import _country, _scope, project_period

    project = project_by_code(session, key.project)
    period = project_period(project, key.period)
    country = _country(project, key.country)
    kind = parse_enum(NarrativeSection, key.section, "section")
    query = select(Narrative).where(_scope(project, period, country), Narrative.section == kind)
    narrative = session.scalar(query)
    if narrative is None and create:
        lock_new_record(session, "narrative", project.id, period.label, country, kind.value)
        narrative = session.scalar(query)
        if narrative is None:  # an empty section, to hang the evidence on (the report skips empty text)
            narrative = Narrative(
                project_id=project.id,
                country_code=country,
                period=period.label,
                period_start=period.start,
                period_end=period.end,
                section=kind,
                text="",
            )
            session.add(narrative)
            session.flush()
    if narrative is None:
        section = kind.value.replace("_", " ")
        return _Resolved(project.id, "narrative_id", None, f"the {section} of {period.label}", None)
    return _Resolved(project.id, "narrative_id", narrative.id, _narrative_label(narrative), narrative)


def _uuid(value: Any, field: str) -> uuid.UUID:
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value).strip())
    except ValueError:
        raise ValidationError(
            _(
                "{field}: '{value}' is not an id (like 3f2b8c1e-6d1a-4f0b-9a57-2c4e8d9b1a01)",
                field=Field(field),
                value=value,
            ),
            field,
        ) from None


def attachment_id(column: str, record_id: uuid.UUID, sha256: str) -> uuid.UUID:
    return uuid.uuid5(_ID_NAMESPACE, f"{column}:{record_id}:{sha256}")


# ------------------------------------------------------------------------------------------ rows


@dataclass(frozen=True)
class EvidenceRow:
    """An attachment as plain data (the CLI, the desktop app, exports)."""

    id: uuid.UUID
    attached_to: str  # "activity", "value" or "narrative"
    record_id: uuid.UUID
    label: str  # "activity BR-PK-2024-TRN-APR", "indicator 2.1, FY2024-Q3 (PK, female)"…
    project: str
    original_name: str
    caption: str | None
    type: str
    personal: bool
    media_type: str
    size: int
    sha256: str
    added_by: str
    added_at: datetime
    version: int

    def as_json(self) -> dict:
        return {
            "id": str(self.id),
            "attached_to": self.attached_to,
            "record_id": str(self.record_id),
            "label": self.label,
            "project": self.project,
            "name": self.original_name,
            "caption": self.caption,
            "type": self.type,
            "personal": self.personal,
            "media_type": self.media_type,
            "size": self.size,
            "sha256": self.sha256,
            "added_by": self.added_by,
            "added_at": self.added_at.isoformat(timespec="seconds"),
        }


def _rows(session: Session, condition) -> list[EvidenceRow]:
    query = (
        select(Evidence, EvidenceBlob.media_type, EvidenceBlob.size, Project.code)
        .join(EvidenceBlob, EvidenceBlob.sha256 == Evidence.sha256)
        .join(Project, Project.id == Evidence.project_id)
        .where(condition)
        .order_by(Evidence.created_at, Evidence.original_name, Evidence.id)
    )
    found = session.execute(query).all()
    labels = _labels(session, [e for e, *_ in found])
    rows = []
    for evidence, media_type, size, project in found:
        column, record_id = _target_of(evidence)
        rows.append(
            EvidenceRow(
                id=evidence.id,
                attached_to={
                    "activity_id": "activity",
                    "indicator_value_id": "value",
                    "narrative_id": "narrative",
                }[column],
                record_id=record_id,
                label=labels.get(record_id, ""),
                project=project,
                original_name=evidence.original_name,
                caption=evidence.caption,
                type=str(getattr(evidence.type, "value", evidence.type)),
                personal=evidence.personal,
                media_type=media_type,
                size=size,
                sha256=evidence.sha256,
                added_by=evidence.added_by,
                added_at=evidence.created_at,
                version=evidence.version,
            )
        )
    return rows


def _target_of(evidence: Evidence) -> tuple[str, uuid.UUID]:
    if evidence.activity_id is not None:
        return "activity_id", evidence.activity_id
    if evidence.indicator_value_id is not None:
        return "indicator_value_id", evidence.indicator_value_id
    return "narrative_id", evidence.narrative_id


def _labels(session: Session, items: list[Evidence]) -> dict[uuid.UUID, str]:
    activities = {e.activity_id for e in items if e.activity_id}
    values = {e.indicator_value_id for e in items if e.indicator_value_id}
    narratives = {e.narrative_id for e in items if e.narrative_id}
    labels: dict[uuid.UUID, str] = {}
    if activities:
        for a_id, code in session.execute(
            select(Activity.id, Activity.code).where(Activity.id.in_(activities))
        ):
            labels[a_id] = f"activity {code}"
    if values:
        query = (
            select(IndicatorValue, Indicator)
            .join(Indicator, Indicator.id == IndicatorValue.indicator_id)
            .where(IndicatorValue.id.in_(values))
        )
        for value, indicator in session.execute(query):
            labels[value.id] = _value_label(value, indicator)
    if narratives:
        for narrative in session.scalars(select(Narrative).where(Narrative.id.in_(narratives))):
            labels[narrative.id] = _narrative_label(narrative)
    return labels


def list_evidence(
    session: Session,
    *,
    target: Target | None = None,
    project: str | None = None,
    activity_codes: list[str] | None = None,
) -> list[EvidenceRow]:
    """The attachments of one record (`target`), or of a project (every record), oldest first."""
    if target is not None:
        resolved = _resolve(session, target)
        if resolved.record_id is None:
            return []
        return _rows(session, getattr(Evidence, resolved.column) == resolved.record_id)
    conditions = []
    if project:
        conditions.append(Evidence.project_id == project_by_code(session, project).id)
    if activity_codes:
        ids = select(Activity.id).where(Activity.code.in_([c.strip().upper() for c in activity_codes]))
        conditions.append(Evidence.activity_id.in_(ids))
    return _rows(session, and_(*conditions) if conditions else true())


def get_row(session: Session, evidence_id: uuid.UUID | str) -> EvidenceRow:
    found = _rows(session, Evidence.id == _evidence_id(session, evidence_id))
    return found[0]


def _evidence_id(session: Session, value: uuid.UUID | str) -> uuid.UUID:
    """An attachment's id from its full text or its first characters (as `evidence list` shows them)."""
    text = str(value).strip().lower()
    if len(text) >= 32:
        evidence_id = _uuid(text, "evidence")
        if session.get(Evidence, evidence_id) is None:
            raise NotFoundError(_("No evidence has the id {text}", text=text))
        return evidence_id
    if len(text) < 6 or any(ch not in "0123456789abcdef-" for ch in text):
        raise ValidationError(
            _(
                "evidence: '{value}' is not an evidence id (give at least its first 6 characters)",
                value=value,
            ),
            "evidence",
        )
    # Ids are stored as text (SQLite) or uuid (PostgreSQL): compare in Python, evidence rows are few.
    matches = [i for i in session.scalars(select(Evidence.id)) if str(i).startswith(text)]
    if not matches:
        raise NotFoundError(_("No evidence has an id starting with {text}", text=text))
    if len(matches) > 1:
        raise ValidationError(
            ngettext(
                "evidence: {count} attachment has an id starting with {text}; give more of it",
                "evidence: {count} attachments have ids starting with {text}; give more of it",
                len(matches),
                text=text,
            ),
            "evidence",
        )
    return matches[0]


# ------------------------------------------------------------------------------------------ adding


@dataclass(frozen=True)
class NewEvidence:
    name: str  # the original file name (no folder)
    data: bytes
    caption: str | None = None
    type: str | None = None  # EvidenceType value; None: photo for images, other otherwise
    personal: bool | None = None  # None: attendance sheets and photos are personal, the rest not


@dataclass
class Added:
    row: EvidenceRow
    duplicate: bool  # the same file was already attached to this record: nothing was added
    warnings: list[str] = field(default_factory=list)


def store_content(session: Session, data: bytes, detected: Detected, sha256: str | None = None) -> str:
    """Keep `data` once per SHA-256; returns the hash. Two users storing the same content take turns."""
    digest = sha256 or hashlib.sha256(data).hexdigest()
    lock_new_record(session, "evidence_blob", digest)
    if session.get(EvidenceBlob, digest) is None:
        count = (len(data) + CHUNK_BYTES - 1) // CHUNK_BYTES
        session.execute(
            insert(EvidenceBlob),
            [{"sha256": digest, "size": len(data), "media_type": detected.media_type, "chunk_count": count}],
        )
        for seq in range(count):
            session.execute(
                insert(EvidenceChunk),
                [{"sha256": digest, "seq": seq, "data": data[seq * CHUNK_BYTES : (seq + 1) * CHUNK_BYTES]}],
            )
    return digest


def add_evidence(session: Session, target: Target, new: NewEvidence) -> Added:
    """Attach one file (already read, bounded in size) to a record; refuses what `detect` refuses."""
    from flare_monitor.evidence.files import display_name

    name = display_name(new.name) or "unnamed"
    detected = detect(new.data, name)
    caption = optional_text(new.caption, "caption", _CAPTION_MAX)
    kind = (
        parse_enum(EvidenceType, new.type, "type")
        if new.type
        else (EvidenceType.PHOTO if detected.is_image else EvidenceType.OTHER)
    )
    personal = kind in PERSONAL_EVIDENCE_TYPES if new.personal is None else bool(new.personal)
    resolved = _resolve(session, target, create=True)
    digest = store_content(session, new.data, detected)
    evidence_id = attachment_id(resolved.column, resolved.record_id, digest)
    existing = session.get(Evidence, evidence_id)
    if existing is None:
        existing = session.scalar(
            select(Evidence).where(
                getattr(Evidence, resolved.column) == resolved.record_id, Evidence.sha256 == digest
            )
        )
    if existing is not None:
        return Added(get_row(session, existing.id), True, list(detected.warnings))
    evidence = Evidence(
        id=evidence_id,
        project_id=resolved.project_id,
        sha256=digest,
        original_name=name,
        caption=caption,
        type=kind,
        personal=personal,
        added_by=session.info.get("user") or current_user(),
        **{resolved.column: resolved.record_id},
    )
    session.add(evidence)
    session.flush()
    return Added(get_row(session, evidence.id), False, list(detected.warnings))


# ------------------------------------------------------------------------------------------ reading


def iter_content(session: Session, sha256: str) -> Iterator[bytes]:
    """The content in its chunks, checked against its SHA-256 as it is read (damage is an error)."""
    blob = session.get(EvidenceBlob, sha256)
    if blob is None:
        raise UserError(
            _(
                "The content of this evidence ({sha256}…) is missing from the database; restore a backup",
                sha256=sha256[:12],
            )
        )
    digest, size = hashlib.sha256(), 0
    for seq in range(blob.chunk_count):
        chunk = session.scalar(
            select(EvidenceChunk.data).where(EvidenceChunk.sha256 == sha256, EvidenceChunk.seq == seq)
        )
        if chunk is None:
            raise UserError(
                _(
                    "The content of this evidence ({sha256}…) is incomplete in the database; restore "
                    "a backup",
                    sha256=sha256[:12],
                )
            )
        chunk = bytes(chunk)
        digest.update(chunk)
        size += len(chunk)
        yield chunk
    if digest.hexdigest() != sha256 or size != blob.size:
        raise UserError(
            _(
                "The content of this evidence ({sha256}…) is damaged in the database; restore a backup",
                sha256=sha256[:12],
            )
        )


def read_content(session: Session, evidence_id: uuid.UUID | str) -> tuple[EvidenceRow, bytes]:
    row = get_row(session, evidence_id)
    return row, b"".join(iter_content(session, row.sha256))


# ------------------------------------------------------------------------------------------ changing


def ensure_removable(session: Session, evidence: Evidence, what: str) -> None:
    """A submitted (locked) period keeps the evidence of its activities, values and narratives."""
    if evidence.activity_id is not None:
        activity = session.get(Activity, evidence.activity_id)
        try:
            period_locks.ensure_activity_unlocked(session, activity)
        except ConflictError as exc:
            raise ConflictError(_("Cannot remove {what}: {error}", what=what, error=exc)) from None
        return
    record = (
        session.get(IndicatorValue, evidence.indicator_value_id)
        if evidence.indicator_value_id is not None
        else session.get(Narrative, evidence.narrative_id)
    )
    label = (
        _value_label(record, session.get(Indicator, record.indicator_id))
        if isinstance(record, IndicatorValue)
        else _narrative_label(record)
    )
    try:
        period_locks.ensure_unlocked(
            session, evidence.project_id, record.period_start, label[:1].upper() + label[1:]
        )
    except ConflictError as exc:
        raise ConflictError(_("Cannot remove {what}: {error}", what=what, error=exc)) from None


def remove_evidence(session: Session, evidence_id: uuid.UUID | str) -> EvidenceRow:
    """Remove an attachment (audited); its content goes too when nothing else uses it."""
    row = get_row(session, evidence_id)
    evidence = session.get(Evidence, row.id, with_for_update=True)
    ensure_removable(session, evidence, f"{row.original_name} from {row.label}")
    session.delete(evidence)
    session.flush()
    forget_unused_content(session, [row.sha256])
    return row


def forget_unused_content(session: Session, hashes: list[str]) -> None:
    for digest in hashes:
        lock_new_record(session, "evidence_blob", digest)
        every = evidence_listing(session)  # also attachments this login may not read
        if session.scalar(select(func.count()).select_from(every).where(every.c.sha256 == digest)) == 0:
            session.execute(delete(EvidenceChunk).where(EvidenceChunk.sha256 == digest))
            session.execute(delete(EvidenceBlob).where(EvidenceBlob.sha256 == digest))
    session.expire_all()


def update_evidence(
    session: Session,
    evidence_id: uuid.UUID | str,
    *,
    caption: str | None,
    type: str,
    personal: bool,
    version: int | None = None,
) -> EvidenceRow:
    """Change an attachment's caption, type or personal mark (audited)."""
    from flare_monitor.services.common import concurrent_edit

    row = get_row(session, evidence_id)
    evidence = session.get(Evidence, row.id, with_for_update=True)
    if version is not None and evidence.version != version:
        raise concurrent_edit(
            session, _("the evidence {name}", name=row.original_name), "evidence", row.id, {}, {}
        )
    evidence.caption = optional_text(caption, "caption", _CAPTION_MAX)
    evidence.type = parse_enum(EvidenceType, type, "type")
    evidence.personal = bool(personal)
    session.flush()
    return get_row(session, row.id)


def ensure_no_evidence(session: Session, column: str, record_id: uuid.UUID, what: str) -> None:
    """Refuse deleting a record that evidence is attached to (remove the evidence first)."""
    count = session.scalar(select(func.count()).where(getattr(Evidence, column) == record_id))
    if count:
        raise ConflictError(
            ngettext(
                "{what} has {count} evidence file attached; remove it first",
                "{what} has {count} evidence files attached; remove them first",
                count,
                what=what,
            )
        )


def has_evidence(session: Session, column: str, record_id: uuid.UUID) -> bool:
    return bool(session.scalar(select(func.count()).where(getattr(Evidence, column) == record_id)))


def counts(session: Session, column: str, record_ids: list[uuid.UUID]) -> dict[uuid.UUID, int]:
    """How many attachments each record has (records without any are left out)."""
    found: dict[uuid.UUID, int] = {}
    target = getattr(Evidence, column)
    for start in range(0, len(record_ids), 500):
        chunk = record_ids[start : start + 500]
        query = select(target, func.count()).where(target.in_(chunk)).group_by(target)
        found.update({record_id: int(n) for record_id, n in session.execute(query)})
    return found


def stored_bytes(session: Session) -> int:
    """The size of all evidence content in the database (each content counted once)."""
    return int(session.scalar(select(func.coalesce(func.sum(EvidenceBlob.size), 0))) or 0)


# ------------------------------------------------------------------------------------------ annex


@dataclass(frozen=True)
class AnnexRow:
    """One line of a report's list of evidence (annex, TPR annex H). Personal evidence that was not
    chosen for the report keeps its type, date and hash, but not its file name or caption."""

    attached_to: str  # "activity", "value", "narrative"
    reference: str  # activity code, "2.1 FY2024-Q3", "highlights"
    country: str | None
    date: date  # the date of what it proves (activity start, period start)
    name: str | None  # None: withheld (personal data not chosen)
    caption: str | None
    type: str
    personal: bool
    media_type: str
    size: int
    sha256: str
    added_at: datetime
    added_by: str

    @property
    def withheld(self) -> bool:
        return self.name is None


def _inside(model, window: Window):
    start = model.period_end >= window.start if window.loose_start else model.period_start >= window.start
    return and_(start, model.period_end <= window.end)


def evidence_of_period(
    session: Session,
    project_code: str,
    period_label: str,
    countries: list[str] | None = None,
    *,
    include_personal: bool = False,
) -> list[AnnexRow]:
    """The evidence of a project's period (of some countries): of the activities dated in it, the values
    and narratives of it; sorted by date, what it is attached to, and name. Records of the whole
    project (no country) are listed when no country is chosen."""
    project, period = period_dates(session, project_code, period_label)
    window = Window(period.start, period.end, loose_start=period.kind == "lop")
    codes = [c.strip().upper() for c in countries] if countries else None

    def in_countries(column):
        return column.in_(codes) if codes else true()

    # Without personal data, every attachment is listed as the view shows it (on a server, also those this
    # login may not read): the same list whoever builds the report.
    ev = Evidence.__table__ if include_personal else evidence_listing(session)
    listed = (ev.c.original_name, ev.c.caption, ev.c.type, ev.c.personal, ev.c.sha256, ev.c.created_at,
              ev.c.added_by, EvidenceBlob.media_type, EvidenceBlob.size)  # fmt: skip
    activities = (
        select(*listed, Activity.code, Activity.country_code, activity_date())
        .join(EvidenceBlob, EvidenceBlob.sha256 == ev.c.sha256)
        .join(Activity, Activity.id == ev.c.activity_id)
        .where(
            ev.c.project_id == project.id,
            activity_date().between(window.start, window.end),
            in_countries(Activity.country_code),
        )
    )
    values = (
        select(
            *listed,
            Indicator.code,
            IndicatorValue.period,
            IndicatorValue.country_code,
            IndicatorValue.period_start,
        )
        .join(EvidenceBlob, EvidenceBlob.sha256 == ev.c.sha256)
        .join(IndicatorValue, IndicatorValue.id == ev.c.indicator_value_id)
        .join(Indicator, Indicator.id == IndicatorValue.indicator_id)
        .where(
            ev.c.project_id == project.id,
            _inside(IndicatorValue, window),
            _country_filter(IndicatorValue, codes),
        )
    )
    narratives = (
        select(*listed, Narrative.section, Narrative.country_code, Narrative.period_start)
        .join(EvidenceBlob, EvidenceBlob.sha256 == ev.c.sha256)
        .join(Narrative, Narrative.id == ev.c.narrative_id)
        .where(ev.c.project_id == project.id, _inside(Narrative, window), _country_filter(Narrative, codes))
    )
    rows: list[AnnexRow] = []
    width = len(listed)

    def add(kind: str, row, reference: str, country, day) -> None:
        name, caption, kind_of_file, personal, sha256, added_at, added_by, media_type, size = row[:width]
        shown = include_personal or not personal
        rows.append(
            AnnexRow(
                attached_to=kind,
                reference=reference,
                country=country,
                date=day,
                name=name if shown else None,
                caption=caption if shown else None,
                type=str(getattr(kind_of_file, "value", kind_of_file)),
                personal=personal,
                media_type=media_type,
                size=size,
                sha256=sha256,
                added_at=added_at,
                added_by=added_by,
            )
        )

    for row in session.execute(activities):
        code, country, day = row[width:]
        add("activity", row, code, country, day)
    for row in session.execute(values):
        code, label, country, day = row[width:]
        add("value", row, f"{code} {label}", country, day)
    for row in session.execute(narratives):
        section, country, day = row[width:]
        add("narrative", row, str(getattr(section, "value", section)), country, day)
    order = {"activity": 0, "value": 1, "narrative": 2}
    return sorted(rows, key=lambda r: (r.date, order[r.attached_to], r.reference, r.name or "", r.sha256))


# Images a report can print (as a success story's photo given as a file: narratives.PHOTO_SUFFIXES).
PRINTABLE_IMAGES = ("image/png", "image/jpeg")


@dataclass(frozen=True)
class SectionPhoto:
    """The photo a narrative section prints: its first PNG or JPEG image attached as evidence. Evidence
    marked personal (it shows people) is printed only when the report includes personal data; otherwise
    `data` is None and the report prints no photo for the section (and says so to whoever builds it)."""

    narrative_id: uuid.UUID
    name: str
    caption: str | None
    data: bytes | None  # None: withheld (personal data not chosen for the report)

    @property
    def withheld(self) -> bool:
        return self.data is None


def section_photos(
    session: Session, narrative_ids: list[uuid.UUID], *, include_personal: bool = False
) -> dict[uuid.UUID, SectionPhoto]:
    """{narrative id: its photo} for the sections among `narrative_ids` that have a PNG or JPEG attached:
    the first attached that may be printed (not personal, or personal data chosen), else the first one,
    withheld."""
    if not narrative_ids:
        return {}
    ev = Evidence.__table__ if include_personal else evidence_listing(session)
    query = (
        select(ev.c.narrative_id, ev.c.original_name, ev.c.caption, ev.c.personal, ev.c.sha256, ev.c.id)
        .join(EvidenceBlob, EvidenceBlob.sha256 == ev.c.sha256)
        .where(ev.c.narrative_id.in_(narrative_ids), EvidenceBlob.media_type.in_(PRINTABLE_IMAGES))
        .order_by(ev.c.created_at, ev.c.original_name, ev.c.sha256)
    )
    found: dict[uuid.UUID, SectionPhoto] = {}
    for narrative_id, name, caption, personal, sha256, evidence_id in session.execute(query):
        current = found.get(narrative_id)
        if current is not None and not current.withheld:
            continue
        if personal and not include_personal:
            if current is None:  # named to whoever builds the report, if this login may read the name
                name = name or readable_evidence_names(session, [evidence_id]).get(evidence_id, "")
                found[narrative_id] = SectionPhoto(narrative_id, name, None, None)
            continue
        data = b"".join(iter_content(session, sha256))
        found[narrative_id] = SectionPhoto(narrative_id, name, caption, data)
    return found


def _country_filter(model, codes: list[str] | None):
    return model.country_code.in_(codes) if codes else true()
