"""Importing an attendance sheet into an activity's roster: find the columns, plan, then apply.

Three steps the desktop wizard can show one by one: `detect_header` guesses the header row and what
each column holds (`apply_overrides` lets the user correct it); `plan_import` parses and validates
every row with the services and matches people to the register, writing nothing; `apply_plan` writes
the plan, all or nothing (it refuses a plan with errors and never commits: the caller's session does).

Matching: a row is a register entry with the same name key (case, accents, spacing and word order
ignored) and the same organization, or with the same phone number or e-mail when the two names share
a word (an office phone or a shared mailbox must not merge different people). People already on the
roster are left as they are, but blank days, scores and remarks are filled from the sheet (differing
values are kept and reported); so are blank fields of a matched person. Re-importing changes nothing.

Exports of KoboToolbox and ODK forms (io.form_exports, docs/IMPORTING.md) bring three more rules:
- Each roster row keeps the submission it came from and a hash of what was imported from it. A later
  download's row of a known submission is left alone when its hash is the same, and is a CHANGED row
  (each difference listed in the preview, then written) when the submission was edited meanwhile.
- A consent column, when the sheet has one, fills the participant's consent; a row whose answer is not
  yes keeps only what the indicators need (sex, age group, organization, province, days and scores): the
  name is replaced by a stand-in (`exchange.views.pseudonym`), and position, phone, e-mail, remarks and
  participant code are not kept.
- A form with a score but no sex question is a pre- or post-test: its rows are matched to the people on
  the roster (by participant code, else name and phone), never added; rows matching no one are shown as
  NOT_ON_ROSTER and not imported.
"""

from __future__ import annotations

import hashlib
import json
import math
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from flare_monitor.db.audit_hook import add_entry
from flare_monitor.db.base import utcnow
from flare_monitor.db.enums import AuditAction, Sex
from flare_monitor.db.models import Activity, Attendance, Organization, Participant
from flare_monitor.errors import ConflictError, NotFoundError, UserError, ValidationError
from flare_monitor.exchange.views import placeholder_values
from flare_monitor.i18n import Field, Message, Term, _, ngettext
from flare_monitor.io import attendance_columns as columns
from flare_monitor.io import form_exports, sheets
from flare_monitor.io.attendance_columns import HeaderGuess, apply_overrides, column_letter, detect_header
from flare_monitor.io.sheets import RawTable, SheetError
from flare_monitor.services import attendance, participants
from flare_monitor.services.activities import get_activity
from flare_monitor.services.common import lock_register
from flare_monitor.services.geo import ensure_country, ensure_subdivision
from flare_monitor.services.organizations import find_or_create_organization, organization_key
from flare_monitor.text import clean, fold

Progress = Callable[[int, int], None] | None
Cancelled = Callable[[], bool] | None
_STEP = 250  # rows between progress reports and cancel checks
_CHUNK = 500  # values per IN (...) query, below every database's parameter limit
_FLUSH_EVERY = 1000
_LENGTHS = {
    "organization": 300,
    "position": 200,
    "phone": 50,
    "email": 200,
    "age_group": 20,
    "participant_code": 50,
}
WITHHELD = _(
    "no consent to keep personal data: the name, position, phone, e-mail, remarks and participant code are "
    "not kept (a stand-in name is recorded; sex, age group, organization, days and scores are counted)"
)


def _row(number: int, message) -> Message:
    """A problem of one row of the sheet, as Excel numbers the row."""
    return _("row {row}: {problem}", row=str(number), problem=message)


class ImportCancelled(UserError):
    """The user cancelled; nothing was imported."""


class ImportRejected(UserError):
    """The sheet has row errors; nothing was imported. `plan` holds every error."""

    def __init__(self, plan: ImportPlan):
        errors = plan.error_lines()
        summary = ngettext(
            "{count} error in {source}; nothing was imported",
            "{count} errors in {source}; nothing was imported",
            len(errors),
            source=plan.source,
        )
        super().__init__(
            _("{summary} (first: {first})", summary=summary, first=errors[0]) if errors else summary
        )
        self.plan = plan


class RowStatus(StrEnum):
    NEW = "new"
    MATCHED = "matched"
    ALREADY_ON_ROSTER = "already_on_roster"
    DUPLICATE_IN_SHEET = "duplicate_in_sheet"
    CHANGED = "changed"  # a form submission imported before, edited since
    NOT_ON_ROSTER = "not_on_roster"  # a test form's row matching no one on the roster: not imported
    ERROR = "error"


@dataclass
class PlannedRow:
    excel_row: int  # the row number the user sees in Excel (title rows included)
    values: dict[str, Any] = field(default_factory=dict)
    status: RowStatus = RowStatus.NEW
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    participant_id: uuid.UUID | None = None
    duplicate_of: int | None = None

    @property
    def messages(self) -> list[str]:
        return [_row(self.excel_row, m) for m in self.errors + self.warnings]


@dataclass
class ImportPlan:
    activity_code: str
    activity_id: uuid.UUID
    country: str
    source: str
    sheet: str | None
    header_row: int
    columns: list[str]
    rows: list[PlannedRow] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)
    new_organizations: dict[str, str] = field(default_factory=dict)  # folded name → name as written
    organization_ids: dict[str, uuid.UUID] = field(default_factory=dict)
    known_people: set[uuid.UUID] = field(default_factory=set)  # register entries the matching considered
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    form: Any = None  # io.form_exports.FormSource of a KoboToolbox or ODK export
    scores_only: bool = False  # a test form: rows are matched to the roster, never added

    @property
    def has_errors(self) -> bool:
        return bool(self.errors) or any(r.errors for r in self.rows)

    def error_lines(self) -> list[str]:
        return self.errors + [_row(r.excel_row, m) for r in self.rows for m in r.errors]

    def warning_lines(self) -> list[str]:
        return self.warnings + [_row(r.excel_row, m) for r in self.rows for m in r.warnings]

    def count(self, status: RowStatus) -> int:
        return sum(r.status == status for r in self.rows)

    @property
    def counts(self) -> dict[str, int]:
        counts = {"rows_read": len(self.rows), **{s.value: self.count(s) for s in RowStatus}}
        counts.update(
            new_organizations=len(self.new_organizations),
            skipped=len(self.skipped),
            warnings=len(self.warning_lines()),
        )
        return counts


@dataclass
class ImportSummary:
    """What `apply_plan` wrote. Matched = register entries added to the roster (not already on it)."""

    participants_created: int = 0
    participants_matched: int = 0
    participants_updated: int = 0
    attendance_added: int = 0
    attendance_updated: int = 0
    submissions_changed: int = 0
    already_on_roster: int = 0
    duplicates_in_sheet: int = 0
    organizations_created: int = 0


@dataclass
class ImportOutcome:
    plan: ImportPlan
    summary: ImportSummary | None  # None for a dry run


def _tick(progress: Progress, cancelled: Cancelled, done: int, total: int) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled(_("Import cancelled; nothing was imported."))
    if progress is not None:
        progress(done, total)


# --- planning ------------------------------------------------------------------------------------


def plan_import(
    session: Session,
    activity_code: str,
    raw: RawTable,
    guess: HeaderGuess,
    progress: Progress = None,
    cancelled: Cancelled = None,
) -> ImportPlan:
    """What importing `raw` into the activity would do, row by row. Writes nothing."""
    activity = get_activity(session, activity_code)
    if guess.row_index is None:
        raise SheetError(
            _(
                "{source}: no header row found in the first {header_scan_rows} rows (expected "
                "headings such as Name, Sex, Organization); name the columns with --map "
                "'Heading=name'",
                source=raw.source,
                header_scan_rows=sheets.HEADER_SCAN_ROWS,
            )
        )
    if "name" not in guess.mapping.values():
        raise SheetError(
            _(
                "{source}: no column of names in the header row {excel_row} ({items}); use --map "
                "'Heading=name'",
                source=raw.source,
                excel_row=guess.excel_row,
                items=", ".join(guess.labels.values()),
            )
        )
    data = raw.rows[guess.row_index + 1 :]
    if len(data) > sheets.MAX_DATA_ROWS:
        raise SheetError(
            ngettext(
                "{source} has {count} row; at most {max_data_rows} per import",
                "{source} has {count} rows; at most {max_data_rows} per import",
                len(data),
                source=raw.source,
                max_data_rows=sheets.MAX_DATA_ROWS,
            )
        )
    plan = ImportPlan(
        activity.code,
        activity.id,
        activity.country_code,
        raw.source,
        raw.sheet,
        guess.excel_row,
        guess.describe(),
    )
    plan.form = getattr(raw, "form", None)
    quiet = columns.quiet_columns(guess.labels) if plan.form is not None else set()
    if quiet:
        plan.columns.append(
            ngettext(
                "{count} column of form metadata and choices is not imported",
                "{count} columns of form metadata and choices are not imported",
                len(quiet),
            )
        )
    plan.warnings += [
        _(
            "column {column} “{heading}” is not imported (heading not recognised; say what it holds: "
            "--map on the command line, the Columns step in the app)",
            column=column_letter(c),
            heading=guess.labels[c],
        )
        for c in guess.unrecognised
        if c not in quiet and c in guess.labels
    ]
    fields = set(guess.mapping.values())
    has_sex = "sex" in fields
    has_consent = "consent" in fields
    plan.scores_only = plan.form is not None and not has_sex and bool({"pre_test", "post_test"} & fields)
    if not has_sex and not plan.scores_only:  # one warning, not one per row
        plan.warnings.append(_("no sex column: everyone is recorded as 'not recorded'"))
    if plan.form is not None and not plan.form.choices:
        plan.errors += _coded_answers(guess, data)
    try:
        from flare_monitor.services.period_locks import ensure_activity_unlocked

        ensure_activity_unlocked(session, activity)
    except ConflictError as exc:
        plan.errors.append(exc.message)
    header_keys = {c: columns.header_key(label) for c, label in guess.labels.items()}
    footer = False
    for offset, row in enumerate(data):
        if offset % _STEP == 0:
            _tick(progress, cancelled, offset, len(data))
        excel_row = guess.row_index + 2 + offset
        cells = columns.by_field(row, guess.mapping)
        if not any(cells.values()):
            continue  # blank, or only a serial number / signature
        total = columns.total_row(row)
        if total or footer:  # a grand total ends the table: what follows is notes and signatures
            footer = footer or total == "total"
            plan.skipped.append((excel_row, _("total row") if total else _("below the total row")))
            if not total:
                plan.warnings.append(_row(excel_row, _("below the total row; not imported")))
            continue
        names = [
            header_keys.get(c) == columns.header_key(row[c])
            for c, f in guess.mapping.items()
            if f == "name" and c < len(row) and row[c] is not None
        ]
        if names and all(names):  # the header repeated on each printed page
            plan.skipped.append((excel_row, _("repeated header")))
            continue
        row = _parse_row(session, activity, excel_row, cells, has_sex, has_consent)
        if row is None:
            plan.skipped.append((excel_row, _("no consent and nothing to count")))
            continue
        plan.rows.append(row)
    _match(session, plan, activity)
    _tick(progress, cancelled, len(data), len(data))
    return plan


def _coded_answers(guess: HeaderGuess, data: list[list[Any]]) -> list[str]:
    """A form export downloaded as XML values without its form: the sex column holds the choices' codes
    ("1", "2"), which are never guessed. Said once, with what to do, above the rows' errors."""
    problems = []
    for col, fld in sorted(guess.mapping.items()):
        code = form_exports.coded_column(data, col) if fld == "sex" else None
        if code is not None:
            problems.append(
                _(
                    "column {column} “{heading}” holds the form's codes (such as “{code}”), not its answers: "
                    "give the form's definition (the XLSForm; in KoboToolbox, Form › Download XLS) to read "
                    "them — --form on the command line, “Form definition (XLSForm)” on the first step in "
                    "the app — or download the data with labels",
                    column=column_letter(col),
                    heading=guess.labels.get(col, ""),
                    code=code,
                )
            )
    return problems


def _parse_row(
    session: Session,
    activity: Activity,
    excel_row: int,
    cells: dict[str, list],
    has_sex: bool,
    has_consent: bool = False,
) -> PlannedRow | None:
    """The row's values checked by the services; None for a row without consent that holds nothing to
    count (no name, no sex: a form closed after the consent question)."""
    row = PlannedRow(excel_row)
    first = {
        f: next((t for v in vs if (t := columns.to_text(v)) and not columns.is_blank(t)), None)
        for f, vs in cells.items()
    }
    consent = None  # no consent column: the sheet says nothing about it
    if has_consent:
        consent, problem = columns.parse_consent(next(iter(cells.get("consent", [])), None))
        if problem:
            row.errors.append(problem)
    withheld = consent is False
    name = clean(" ".join(filter(None, (columns.to_text(v) for v in cells.get("name", []))))) or ""
    sex, problem = columns.parse_sex(next(iter(cells.get("sex", [])), None))
    if withheld and not name and sex == Sex.NOT_RECORDED:
        return None
    new_id = uuid.uuid4()
    if withheld:  # only what may be kept without consent (docs/IMPORTING.md)
        name = placeholder_values("participant", {"id": new_id})["full_name"]
        first.update(position=None, phone=None, email=None, remarks=None, participant_code=None)
        row.warnings.append(WITHHELD)
    if not name:
        row.errors.append(_("name is missing"))
    elif not any(ch.isalpha() for ch in name):
        row.errors.append(_("name: '{name}' is not a person's name", name=name))
    if sex is None:
        row.errors.append(problem)
    elif problem and has_sex:
        row.warnings.append(problem)
    phone, email = first.get("phone"), first.get("email")
    if phone and "@" in phone and not email:  # a "Contact" column holding an e-mail address
        phone, email = None, phone
    values = {
        "name": name,
        "sex": sex or Sex.NOT_RECORDED,
        "organization": first.get("organization"),
        "position": first.get("position"),
        "phone": phone,
        "email": email,
        "age_group": first.get("age_group"),
        "subdivision": None,
        "consent": consent,
        "withheld": withheld,
        "new_id": new_id,
        "participant_code": first.get("participant_code"),
        "submission_keys": (first.get("submission") or "").split(),
    }
    for fld, limit in _LENGTHS.items():
        if values[fld] and len(values[fld]) > limit:
            row.errors.append(_("{field}: longer than {limit} characters", field=Field(fld), limit=limit))
    if name and not row.errors:
        try:
            fields = participants.validated_fields(
                session,
                participants.ParticipantIn(
                    full_name=name,
                    sex=values["sex"].value,
                    position=values["position"],
                    phone=phone,
                    email=email,
                    age_group=values["age_group"],
                    consent=bool(consent),
                ),
            )
            email_key = fields["email"].lower() if fields["email"] else None
            values["participant"] = fields  # the new person's columns, if the row makes one
            values.update(
                name=fields["full_name"],
                name_key=fields["name_key"],
                phone_key=fields["phone_normalized"],
                email_key=email_key,
            )
        except ValidationError as exc:
            row.errors.append(str(exc))
    numbers = {f: columns.to_number(first.get(f)) for f in ("days", "pre_test", "post_test")}
    for fld in [f for f, n in numbers.items() if isinstance(n, float) and not math.isfinite(n)]:
        row.errors.append(
            _("{field}: '{value}' is not a number", field=Field(fld), value=first[fld])
        )  # "nan", "inf"
        numbers[fld] = None
    try:
        values["attendance"] = attendance.validated_fields(
            activity,
            attendance.AttendanceIn(
                days_attended=numbers["days"],
                pre_test_score=numbers["pre_test"],
                post_test_score=numbers["post_test"],
                remarks=first.get("remarks"),
            ),
        )
    except ValidationError as exc:
        row.errors.append(str(exc))
    if first.get("subdivision"):
        values["subdivision"] = columns.subdivision(activity.country_code, first["subdivision"], row.warnings)
    row.warnings += filter(None, (columns.date_warning(activity, cell) for cell in cells.get("date", [])))
    if values["submission_keys"] and not row.errors:
        values["submission_hash"] = _content_hash(values)
    row.values = values
    if row.errors:
        row.status = RowStatus.ERROR
    return row


def _content_hash(values: dict[str, Any]) -> str:
    """What a row brings, hashed: a later download of the same submission hashes the same unless it was
    edited. Only what is kept is hashed (nothing of a person who did not consent)."""
    visit = values.get("attendance") or {}
    content = [
        values["name"] if not values["withheld"] else None,
        values["sex"].value,
        fold(values["organization"]) or None,
        values["position"],
        values.get("phone_key"),
        values.get("email_key"),
        values["age_group"],
        values["subdivision"],
        values["consent"],
        values["participant_code"],
        *(visit.get(k) for k in ("days_attended", "pre_test_score", "post_test_score", "remarks")),
    ]
    return hashlib.sha256(json.dumps(content, ensure_ascii=False).encode()).hexdigest()


@dataclass(frozen=True)
class _Person:
    id: uuid.UUID
    full_name: str
    name_key: str
    organization_id: uuid.UUID | None
    phone_key: str | None
    email_key: str | None
    sex: Sex
    created_at: datetime


def _chunks(values: set) -> list[list]:
    ordered = sorted(values)
    return [ordered[i : i + _CHUNK] for i in range(0, len(ordered), _CHUNK)]


def _register(session: Session, rows: list[PlannedRow]) -> list[_Person]:
    """Register entries sharing a name key, phone or e-mail with the sheet: a few IN queries."""
    columns = (
        Participant.id,
        Participant.full_name,
        Participant.name_key,
        Participant.organization_id,
        Participant.phone_normalized,
        func.lower(Participant.email),
        Participant.sex,
        Participant.created_at,
    )
    found: dict[uuid.UUID, _Person] = {}
    for key, column in (
        ("name_key", Participant.name_key),
        ("phone_key", Participant.phone_normalized),
        ("email_key", func.lower(Participant.email)),
    ):
        for chunk in _chunks({r.values[key] for r in rows if r.values.get(key)}):
            for rec in session.execute(select(*columns).where(column.in_(chunk))):
                found[rec[0]] = _Person(*rec)
    return sorted(found.values(), key=lambda p: (p.created_at, p.id))  # the oldest record wins


def _organizations(session: Session, country: str) -> dict[str, tuple[uuid.UUID, str]]:
    """Folded name and acronym → organization, as `find_organization` matches them, in one query."""
    index: dict[str, tuple[uuid.UUID, str]] = {}
    query = (
        select(Organization.id, Organization.name, Organization.search_name, Organization.acronym)
        .where((Organization.country_code == country) | Organization.country_code.is_(None))
        .order_by(Organization.created_at)
    )
    for org_id, name, search_name, acronym in session.execute(query):
        # The same key whatever route created the organization (an old dump may have left it empty).
        index.setdefault(search_name or organization_key(name), (org_id, name))
        if acronym:
            index.setdefault(acronym.lower(), (org_id, name))
    return index


def _other_codes(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two rows a form gave different participant codes are two people, whatever their names."""
    first, second = a.get("participant_code"), b.get("participant_code")
    return bool(first and second and first.casefold() != second.casefold())


def _same_names(a: str, b: str) -> bool:
    return bool(set(a.split()) & set(b.split()))


def _match(session: Session, plan: ImportPlan, activity: Activity) -> None:
    rows = [r for r in plan.rows if not r.errors]
    orgs = _organizations(session, activity.country_code)
    claimed: dict[uuid.UUID, PlannedRow] = {}
    rows = _match_submissions(session, plan, activity, rows, orgs, claimed)
    if plan.scores_only:
        _match_roster(session, activity, rows, claimed)
    else:
        _match_register(session, plan, activity, rows, orgs, claimed)
    plan.organization_ids = {key: org_id for key, (org_id, _n) in orgs.items()}


def _match_register(
    session: Session,
    plan: ImportPlan,
    activity: Activity,
    rows: list[PlannedRow],
    orgs: dict[str, tuple[uuid.UUID, str]],
    claimed: dict[uuid.UUID, PlannedRow],
) -> None:
    """Rows matched to the register by name and organization, phone or e-mail; else new people."""
    people = _register(session, rows)
    plan.known_people = {p.id for p in people}
    by_email, by_phone, by_name, elsewhere = {}, {}, {}, {}
    for p in people:  # oldest first, so the oldest record wins every key
        by_email.setdefault(p.email_key, p)
        by_phone.setdefault(p.phone_key, p)
        by_name.setdefault((p.name_key, p.organization_id), p)
        elsewhere.setdefault(p.name_key, p)
    roster = {
        pid: (days, pre, post, remarks)
        for pid, days, pre, post, remarks in session.execute(
            select(
                Attendance.participant_id,
                Attendance.days_attended,
                Attendance.pre_test_score,
                Attendance.post_test_score,
                Attendance.remarks,
            ).where(Attendance.activity_id == activity.id)
        )
    }
    seen: dict[tuple, PlannedRow] = {}
    for row in rows:
        v = row.values
        org_key = organization_key(v["organization"]) or None
        v["org_key"] = org_key
        org_id = orgs[org_key][0] if org_key in orgs else None
        keys = [("name", v["name_key"], org_key)]
        keys += [("phone", v["phone_key"])] if v["phone_key"] else []
        keys += [("email", v["email_key"])] if v["email_key"] else []
        twin = next(
            (
                seen[k]
                for k in keys
                if k in seen
                and _same_names(seen[k].values["name_key"], v["name_key"])
                and not _other_codes(seen[k].values, v)
            ),
            None,
        )
        person = None
        if twin is None and (org_key is None or org_id is not None):
            person = by_name.get((v["name_key"], org_id))
        for key, index in (("email_key", by_email), ("phone_key", by_phone)):
            candidate = index.get(v[key]) if person is None and twin is None and v[key] else None
            if candidate is not None and _same_names(candidate.name_key, v["name_key"]):
                person = candidate
            elif candidate is not None:
                row.warnings.append(
                    _(
                        "{field} also belongs to {name} in the register; treated as another person",
                        field=Field(key[:-4]),
                        name=candidate.full_name,
                    )
                )
        if twin is None and person is not None and person.id in claimed:
            twin = claimed[person.id]
        if twin is not None:
            row.status, row.duplicate_of = RowStatus.DUPLICATE_IN_SHEET, twin.excel_row
            row.warnings.append(
                _(
                    "rows {first} and {second} are the same person ({name}); imported once",
                    first=str(twin.excel_row),
                    second=str(row.excel_row),
                    name=twin.values["name"],
                )
            )
            continue
        for key in keys:
            seen.setdefault(key, row)
        if person is None:
            row.status = RowStatus.NEW
            other = elsewhere.get(v["name_key"])
            if other is not None:
                row.warnings.append(
                    _(
                        "{full_name} in the register has the same name but another organization; a new "
                        "person is created (check for duplicates)",
                        full_name=other.full_name,
                    )
                )
            if org_key and org_id is None:
                plan.new_organizations.setdefault(org_key, v["organization"])
            continue
        claimed[person.id] = row
        row.participant_id = person.id
        row.status = RowStatus.ALREADY_ON_ROSTER if person.id in roster else RowStatus.MATCHED
        if person.organization_id is None and org_key and org_id is None:
            plan.new_organizations.setdefault(org_key, v["organization"])
        if v["sex"] != Sex.NOT_RECORDED and person.sex not in (Sex.NOT_RECORDED, v["sex"]):
            row.warnings.append(
                _(
                    "sex is {sheet} in the sheet but {register} in the register; the register is kept",
                    sheet=Term(v["sex"], lower=True),
                    register=Term(person.sex, lower=True),
                )
            )
        if person.id in roster:
            _compare_roster(row, roster[person.id])


# What a roster row that came from a form submission holds now, compared with a later download of it.
_COMPARED = (
    ("name", "full_name"),
    ("sex", "sex"),
    ("organization", "organization"),
    ("position", "position"),
    ("phone", "phone"),
    ("e-mail", "email"),
    ("age group", "age_group"),
    ("province", "subdivision_code"),
    ("consent", "consent"),
    ("days attended", "days_attended"),
    ("pre-test score", "pre_test_score"),
    ("post-test score", "post_test_score"),
    ("remarks", "remarks"),
    ("participant code", "participant_code"),
)


def _known_submissions(session: Session, activity: Activity) -> dict[str, dict[str, Any]]:
    """{submission key: the roster row and its person as they are now} for the activity, in one query."""
    query = (
        select(
            Attendance.submission_key,
            Attendance.submission_hash,
            Attendance.participant_id,
            Participant.full_name,
            Participant.sex,
            Organization.name.label("organization"),
            Participant.position,
            Participant.phone,
            Participant.email,
            Participant.age_group,
            Participant.subdivision_code,
            Participant.consent,
            Attendance.days_attended,
            Attendance.pre_test_score,
            Attendance.post_test_score,
            Attendance.remarks,
            Attendance.participant_code,
        )
        .join(Participant, Participant.id == Attendance.participant_id)
        .outerjoin(Organization, Organization.id == Participant.organization_id)
        .where(Attendance.activity_id == activity.id, Attendance.submission_key.is_not(None))
    )
    return {rec.submission_key: dict(rec._mapping) for rec in session.execute(query)}


def _match_submissions(
    session: Session,
    plan: ImportPlan,
    activity: Activity,
    rows: list[PlannedRow],
    orgs: dict[str, tuple[uuid.UUID, str]],
    claimed: dict[uuid.UUID, PlannedRow],
) -> list[PlannedRow]:
    """Rows of submissions imported before: unchanged (already on the roster) or CHANGED, each difference
    listed. Returns the other rows, for matching by name."""
    for row in rows:
        row.values["org_key"] = organization_key(row.values["organization"]) or None
    if plan.scores_only or not any(r.values["submission_keys"] for r in rows):
        return rows
    known = _known_submissions(session, activity)
    seen: dict[str, PlannedRow] = {}
    fresh = []
    for row in rows:
        v = row.values
        twin = next((seen[k] for k in v["submission_keys"] if k in seen), None)
        if twin is not None:
            row.status, row.duplicate_of = RowStatus.DUPLICATE_IN_SHEET, twin.excel_row
            row.warnings.append(
                _(
                    "rows {first} and {second} are the same submission; imported once",
                    first=str(twin.excel_row),
                    second=str(row.excel_row),
                )
            )
            continue
        for key in v["submission_keys"]:
            seen.setdefault(key, row)
        current = next((known[k] for k in v["submission_keys"] if k in known), None)
        if current is None:
            fresh.append(row)
            continue
        row.participant_id = current["participant_id"]
        claimed[row.participant_id] = row
        v["update_submission"] = (current["submission_key"], current["submission_hash"]) != (
            v["submission_keys"][0],
            v["submission_hash"],
        )
        changes = [] if current["submission_hash"] == v["submission_hash"] else _changes(row, current)
        if not changes:
            row.status = RowStatus.ALREADY_ON_ROSTER
            row.warnings = [w for w in row.warnings if w != WITHHELD]  # said when it was imported
            v["unchanged"] = True
            continue
        row.status = RowStatus.CHANGED
        row.warnings += changes
        if v["org_key"] and v["org_key"] not in orgs:
            plan.new_organizations.setdefault(v["org_key"], v["organization"])
    return fresh


def _new_values(row: PlannedRow, participant_id: uuid.UUID) -> dict[str, Any]:
    """What the row makes of the person's record and roster row (a stand-in name without consent)."""
    v = row.values
    person = dict(v["participant"])
    if v["withheld"]:
        person.update(placeholder_values("participant", {"id": participant_id}))
    if v["consent"] is None:
        person.pop("consent")  # no consent column: the record's consent is left as it is
    return (
        person
        | v["attendance"]
        | {
            "organization": v["organization"],
            "subdivision_code": v["subdivision"],
            "participant_code": v["participant_code"],
        }
    )


def _changes(row: PlannedRow, current: dict[str, Any]) -> list[str]:
    new = _new_values(row, current["participant_id"])
    changes = []
    for label, name in _COMPARED:
        if name not in new:
            continue
        old, value = current[name], new[name]
        if name == "organization" and fold(old) == fold(value):
            continue
        if old != value and not (old in (None, "") and value in (None, "")):
            changes.append(
                _(
                    "{field}: {old} → {new} (edited in the form since the last import)",
                    field=Field(label),
                    old=_shown(old),
                    new=_shown(value),
                )
            )
    return changes


def _shown(value: Any) -> Any:
    if value is None or value == "":
        return _("blank")
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, Sex):
        return Term(value, lower=True)
    if isinstance(value, float):
        return value
    return f"'{value}'"


def _match_roster(
    session: Session, activity: Activity, rows: list[PlannedRow], claimed: dict[uuid.UUID, PlannedRow]
) -> None:
    """A test form's rows matched to the people on the roster: by participant code, else by name (and
    phone when several share it), else by phone with a shared name word. Unmatched rows are not imported."""
    query = (
        select(
            Attendance.participant_id,
            Attendance.participant_code,
            Participant.name_key,
            Participant.phone_normalized,
            Attendance.days_attended,
            Attendance.pre_test_score,
            Attendance.post_test_score,
            Attendance.remarks,
        )
        .join(Participant, Participant.id == Attendance.participant_id)
        .where(Attendance.activity_id == activity.id)
    )
    entries = session.execute(query).all()
    by_code: dict[str, list] = {}
    by_name: dict[str, list] = {}
    by_phone: dict[str, list] = {}
    for entry in entries:
        if entry.participant_code:
            by_code.setdefault(entry.participant_code.casefold(), []).append(entry)
        by_name.setdefault(entry.name_key, []).append(entry)
        if entry.phone_normalized:
            by_phone.setdefault(entry.phone_normalized, []).append(entry)
    for row in rows:
        v = row.values
        code = (v["participant_code"] or "").casefold()
        found = by_code.get(code, []) if code else []
        if not found:
            found = by_name.get(v.get("name_key"), [])
            if len(found) > 1 and v.get("phone_key"):
                found = [e for e in found if e.phone_normalized == v["phone_key"]]
        if not found and v.get("phone_key"):
            found = [e for e in by_phone.get(v["phone_key"], []) if _same_names(e.name_key, v["name_key"])]
        if len(found) != 1:
            row.status = RowStatus.NOT_ON_ROSTER
            row.warnings.append(
                _(
                    "several people on the roster of {code} have this name; not imported (add their "
                    "participant code or phone to the form)",
                    code=activity.code,
                )
                if found
                else _(
                    "no one on the roster of {code} has this participant code, name or phone; not imported",
                    code=activity.code,
                )
            )
            continue
        entry = found[0]
        twin = claimed.get(entry.participant_id)
        if twin is not None:
            row.status, row.duplicate_of = RowStatus.DUPLICATE_IN_SHEET, twin.excel_row
            row.warnings.append(
                _(
                    "rows {first} and {second} are the same person ({name}); imported once",
                    first=str(twin.excel_row),
                    second=str(row.excel_row),
                    name=twin.values["name"],
                )
            )
            continue
        claimed[entry.participant_id] = row
        row.participant_id = entry.participant_id
        row.status = RowStatus.ALREADY_ON_ROSTER
        _compare_roster(row, tuple(entry)[4:])


def _compare_roster(row: PlannedRow, current: tuple) -> None:
    labels = {
        "days_attended": "days attended",
        "pre_test_score": "pre-test score",
        "post_test_score": "post-test score",
        "remarks": "remarks",
    }
    for (name, label), old in zip(labels.items(), current, strict=True):
        new = row.values["attendance"][name]
        if old is not None and new is not None and old != new:
            show = [x if isinstance(x, float) else f"'{x}'" for x in (new, old)]
            row.warnings.append(
                _(
                    "{field} is {sheet} in the sheet but {roster} on the roster; the roster is kept",
                    field=Field(label),
                    sheet=show[0],
                    roster=show[1],
                )
            )


# --- applying ------------------------------------------------------------------------------------


def apply_plan(
    session: Session, plan: ImportPlan, progress: Progress = None, cancelled: Cancelled = None
) -> ImportSummary:
    """Write the plan into the session (never commits). Refuses a plan with errors.

    New people and roster rows go in as bulk inserts (`_insert`), recorded by one IMPORT audit entry
    that names the file, the counts and the ids of the people created and added to the roster; changes
    to records that already existed (blank fields filled, edited submissions) go through the ORM and are
    audited one by one.
    """
    if plan.has_errors:
        raise ImportRejected(plan)
    activity = session.get(Activity, plan.activity_id)
    if activity is None:
        raise NotFoundError(_("Unknown activity '{activity_code}'", activity_code=plan.activity_code))
    summary = ImportSummary(duplicates_in_sheet=plan.count(RowStatus.DUPLICATE_IN_SHEET))
    writable = [
        r
        for r in plan.rows
        if r.status in (RowStatus.NEW, RowStatus.MATCHED, RowStatus.ALREADY_ON_ROSTER, RowStatus.CHANGED)
    ]
    ids = {r.participant_id for r in writable if r.participant_id}
    people = {
        p.id: p
        for chunk in _chunks(ids)
        for p in session.scalars(select(Participant).where(Participant.id.in_(chunk)))
    }
    if ids - people.keys():
        raise ConflictError(_("The register changed since this import was previewed; preview it again."))
    _refuse_people_added_since_preview(session, plan, writable)
    _refuse_submissions_added_since_preview(session, activity, writable)
    roster = {
        a.participant_id: a
        for a in session.scalars(select(Attendance).where(Attendance.activity_id == activity.id))
    }
    country = ensure_country(session, activity.country_code)
    org_ids = dict(plan.organization_ids)
    for key, name in plan.new_organizations.items():
        org, created = find_or_create_organization(session, name, activity.country_code, "other")
        org_ids[key] = org.id
        summary.organizations_created += created
    for code in {r.values["subdivision"] for r in writable if r.values["subdivision"]}:
        ensure_subdivision(session, code, activity.country_code)
    session.flush()  # the organizations and subdivisions the new rows refer to
    # Progress runs to 2n: n rows prepared (plain column values, changes to existing records), then n rows
    # written in batches. A cancel while writing leaves written rows that the caller's rollback removes
    # (the caller rolls back on any exception).
    total = 2 * len(writable)
    stamp = {"created_at": utcnow(), "version": 1}
    stamp["updated_at"] = stamp["created_at"]
    new_people: list[dict[str, Any]] = []
    new_visits: list[dict[str, Any]] = []
    added: list[uuid.UUID] = []  # people of the register added to the roster
    for i, row in enumerate(writable):
        if i % _STEP == 0:
            _tick(progress, cancelled, i, total)
        v = row.values
        org_id = org_ids.get(v["org_key"]) if v["org_key"] else None
        visit = _visit_fields(v) if not plan.scores_only else {}
        if row.status == RowStatus.CHANGED:
            summary.submissions_changed += 1
            summary.participants_updated += _update_person(people[row.participant_id], row, org_id)
            summary.attendance_updated += _update_visit(roster[row.participant_id], v["attendance"] | visit)
            continue
        if v.get("unchanged"):  # a submission imported before and not edited since: nothing to write
            summary.already_on_roster += 1
            if v["update_submission"]:
                _update_visit(roster[row.participant_id], visit)
            continue
        if row.status == RowStatus.NEW:
            person_id = v["new_id"]  # a stand-in name (no consent) is derived from it
            new_people.append(
                v["participant"]
                | {"id": person_id, "country_code": country, "organization_id": org_id}
                | {"subdivision_code": v["subdivision"], **stamp}
            )
        else:
            person_id = row.participant_id
            summary.participants_updated += _fill_person(people[person_id], v, org_id)
        current = roster.get(person_id)
        if current is None:
            new_visits.append(
                {"id": uuid.uuid4(), "activity_id": activity.id, "participant_id": person_id}
                | v["attendance"]
                | {"submission_key": None, "submission_hash": None, "participant_code": None}
                | visit
                | stamp
            )
            if row.status != RowStatus.NEW:
                added.append(person_id)
        else:
            summary.already_on_roster += 1
            summary.attendance_updated += _fill(
                current,
                v["attendance"] | visit,
                ("days_attended", "pre_test_score", "post_test_score", "remarks"),
            )
            if visit and current.submission_key is None:  # typed in before, now known from the form too
                _update_visit(current, visit)
    created = [person["id"] for person in new_people]
    session.flush()  # the filled-in blanks of existing records, audited one by one
    for start in range(0, max(len(new_people), len(new_visits)), _FLUSH_EVERY):
        _insert(session, Participant, new_people[start : start + _FLUSH_EVERY])
        _insert(session, Attendance, new_visits[start : start + _FLUSH_EVERY])
        _tick(progress, cancelled, len(writable) + min(start + _FLUSH_EVERY, len(writable)), total)
    summary.participants_created = len(created)
    summary.participants_matched = len(added)
    summary.attendance_added = len(created) + len(added)
    add_entry(
        session,
        AuditAction.IMPORT,
        "activity",
        activity.id,
        changes={
            "file": plan.source,
            "sheet": plan.sheet,
            **vars(summary),
            "created_participant_ids": [str(x) for x in created],
            "added_participant_ids": [str(x) for x in added],
        },
    )
    session.flush()
    _tick(progress, cancelled, total, total)
    return summary


def _visit_fields(v: dict[str, Any]) -> dict[str, Any]:
    """The form's part of a roster row: submission key and hash, participant code (only what is there)."""
    fields = {"participant_code": v["participant_code"]} if v["participant_code"] else {}
    if v["submission_keys"]:
        fields |= {"submission_key": v["submission_keys"][0], "submission_hash": v.get("submission_hash")}
    return fields


def _update_person(person: Participant, row: PlannedRow, org_id: uuid.UUID | None) -> int:
    """A person as an edited submission now describes them (audited by the ORM); 1 if anything changed."""
    new = _new_values(row, person.id)
    new |= {"organization_id": org_id}
    names = (
        "full_name",
        "search_name",
        "name_key",
        "sex",
        "position",
        "phone",
        "phone_normalized",
        "email",
        "age_group",
        "consent",
        "organization_id",
        "subdivision_code",
    )
    changed = 0
    for name in names:
        if name in new and getattr(person, name) != new[name]:
            setattr(person, name, new[name])
            changed = 1
    return changed


def _update_visit(visit: Attendance, values: dict[str, Any]) -> int:
    changed = 0
    for name in (
        "days_attended",
        "pre_test_score",
        "post_test_score",
        "remarks",
        "participant_code",
        "submission_key",
        "submission_hash",
    ):
        if name in values and getattr(visit, name) != values[name]:
            setattr(visit, name, values[name])
            changed = 1
    return changed


def _refuse_submissions_added_since_preview(
    session: Session, activity: Activity, writable: list[PlannedRow]
) -> None:
    """Two imports of the same download at once: the second must not add its submissions again."""
    keys = {
        k
        for r in writable
        if r.status in (RowStatus.NEW, RowStatus.MATCHED)
        for k in r.values["submission_keys"]
    }
    if keys and keys & _known_submissions(session, activity).keys():
        raise ConflictError(
            _(
                "Some of these form submissions were imported meanwhile, perhaps by another "
                "import; preview it again. Nothing was imported."
            )
        )


def _insert(session: Session, model: type, rows: list[dict[str, Any]]) -> None:
    """One executemany of `rows` into the model's table: no ORM objects, no audit entry per row."""
    if rows:
        session.execute(insert(model.__table__), rows)


def _refuse_people_added_since_preview(
    session: Session, plan: ImportPlan, writable: list[PlannedRow]
) -> None:
    """Two imports at once (shared server): the one that previewed first may have added a person this one
    would create again. Taking turns on the register, check, and ask for a new preview if so."""
    lock_register(session)
    new = [r for r in writable if r.status == RowStatus.NEW]
    added = [p for p in _register(session, new) if p.id not in plan.known_people]
    if added:
        raise ConflictError(
            _(
                "The register changed since this import was previewed ({full_name} was added "
                "meanwhile, perhaps by another import); preview it again so that they are "
                "matched. Nothing was imported.",
                full_name=added[0].full_name,
            )
        )


def _fill(record: Any, values: dict[str, Any], names: tuple[str, ...]) -> int:
    """Set the blank attributes of `record` from `values`; 1 if anything changed."""
    changed = 0
    for name in names:
        if getattr(record, name) in (None, "") and values.get(name) not in (None, ""):
            setattr(record, name, values[name])
            changed = 1
    return changed


def _fill_person(person: Participant, v: dict[str, Any], org_id: uuid.UUID | None) -> int:
    values = {
        "position": v["position"],
        "phone": v["phone"],
        "phone_normalized": v.get("phone_key"),
        "email": v["email"],
        "age_group": v["age_group"],
        "subdivision_code": v["subdivision"],
        "organization_id": org_id,
    }
    changed = _fill(person, values, tuple(values))
    if person.sex == Sex.NOT_RECORDED and v["sex"] != Sex.NOT_RECORDED:
        person.sex, changed = v["sex"], 1
    if v.get("consent") and not person.consent:
        person.consent, changed = True, 1
    return changed


def import_attendance(
    session: Session,
    path: str | Path,
    activity_code: str,
    *,
    sheet: str | None = None,
    overrides: dict[str, str] | None = None,
    dry_run: bool = False,
    form: str | Path | None = None,
    progress: Progress = None,
    cancelled: Cancelled = None,
) -> ImportOutcome:
    """Read, plan and (unless `dry_run`) apply; raises ImportRejected when any row has an error.

    `form` is the XLSForm of a KoboToolbox or ODK export, for answers exported as XML values.
    """
    raw = form_exports.read_export(path, sheet, form)
    guess = apply_overrides(detect_header(raw), raw, overrides or {})
    if not dry_run:  # match against what a concurrent import adds: wait for it before reading the register
        lock_register(session)
    plan = plan_import(session, activity_code, raw, guess, progress, cancelled)
    if dry_run:
        return ImportOutcome(plan, None)
    return ImportOutcome(plan, apply_plan(session, plan, progress, cancelled))
