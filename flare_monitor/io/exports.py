"""Exports of the register and the indicators to CSV or Excel, private by default.

Privacy rules (DOMAIN.md, "Personal data"):
- Without `include_personal_data` a participant is a pseudonymous id (12 hex characters of an
  HMAC-SHA256 of the participant's UUID, keyed with a secret kept in this database's `setting`
  table): stable from one export to the next, meaningless outside this database. No name, phone
  number or e-mail address is even read from the database.
- Participants marked `sensitive` (victims) are left out of participant and attendance exports unless
  BOTH `include_personal_data` and `include_sensitive` are given. The command line's
  --include-personal-data sets only the first, so it never exports victims.
- Aggregates (participants per activity, indicators) count everyone: a count names nobody.
- Every export writes one audit entry: what, where, how many rows, with or without personal data.

Services take a session and never commit. Each export is a fixed number of queries whatever the
number of rows (joins and GROUP BY, no query per row); rows stream from the database to the file.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from flare_monitor.db.audit_hook import add_entry
from flare_monitor.db.enums import AttendanceRole, AuditAction, Sex
from flare_monitor.db.models import Activity, Attendance, Organization, Participant, Project, Setting
from flare_monitor.errors import UserError, ValidationError
from flare_monitor.i18n import _
from flare_monitor.io.tabular import check_suffix, write_table
from flare_monitor.services.common import project_by_code
from flare_monitor.services.geo import validate_country

PSEUDONYM_KEY = "pseudonym_key"
PSEUDONYM_LENGTH = 12
SEX_COLUMNS = [s.value for s in Sex]  # female, male, other, not_recorded
_BATCH = 2000  # rows fetched at a time: 100,000 participants stream instead of sitting in memory


# --------------------------------------------------------------------------- pseudonyms


def _pseudonym_secret(session: Session) -> bytes:
    """The per-database HMAC key, created on first use (a Setting is not audited: the key stays secret)."""
    setting = session.get(Setting, PSEUDONYM_KEY)
    if setting is None:
        setting = Setting(key=PSEUDONYM_KEY, value=secrets.token_hex(32))
        session.add(setting)
        session.flush()
    try:
        return bytes.fromhex(str(setting.value))
    except ValueError:
        raise UserError(
            _(
                "The setting '{pseudonym_key}' of this database is damaged; it must be a hexadecimal key.",
                pseudonym_key=PSEUDONYM_KEY,
            )
        ) from None


def pseudonymizer(session: Session) -> Callable[[uuid.UUID], str]:
    """A function participant UUID → stable pseudonymous id for this database."""
    key = _pseudonym_secret(session)

    def pseudonym(participant_id: uuid.UUID) -> str:
        digest = hmac.new(key, str(participant_id).encode("ascii"), hashlib.sha256).hexdigest()
        return digest[:PSEUDONYM_LENGTH]

    return pseudonym


# --------------------------------------------------------------------------- shared helpers


def _filters(session: Session, project: str | None, country: str | None) -> tuple[Project | None, str | None]:
    """Check the filters before anything is written: an unknown project or country is the user's error."""
    found = project_by_code(session, project) if project else None
    code = validate_country(country) if country else None
    return found, code


def _check_sensitive(include_personal_data: bool, include_sensitive: bool) -> None:
    if include_sensitive and not include_personal_data:
        raise ValidationError(
            _(
                "Records of victims (sensitive) can only be exported together with personal "
                "data; ask for both or for neither."
            ),
            "include_sensitive",
        )


def _audit(
    session: Session, entity: str, path: Path, rows: int, personal_data: bool, filters: dict[str, Any]
) -> None:
    add_entry(
        session,
        AuditAction.EXPORT,
        entity,
        changes={
            "path": str(path),
            "rows": rows,
            "personal_data": personal_data,
            "filters": filters,
        },
    )
    session.flush()


def _value(enum_or_none: Any) -> Any:
    return None if enum_or_none is None else str(enum_or_none)


def _start():
    return func.coalesce(Activity.actual_start, Activity.planned_start)


# --------------------------------------------------------------------------- participants


def export_participants(
    session: Session,
    path: Path,
    project: str | None = None,
    country: str | None = None,
    include_personal_data: bool = False,
    include_sensitive: bool = False,
) -> int:
    """Participants who attended an activity of `project` and/or are linked to `country` (their own
    country or that of an activity they attended). Returns the number of rows written."""
    path = Path(path)
    check_suffix(path)
    _check_sensitive(include_personal_data, include_sensitive)
    found, country_code = _filters(session, project, country)
    pseudonym = pseudonymizer(session)

    # Only the columns that go into the file are read: no name in memory for a pseudonymous export.
    # The position is personal too (packages treat it so): "the only woman inspector in Quetta".
    columns = [
        Participant.id,
        Participant.sex,
        Participant.age_group,
        Organization.name,
        Organization.type,
        Participant.country_code,
        Participant.subdivision_code,
    ]
    headers = [
        "pseudonymous_id",
        "sex",
        "age_group",
        "organization",
        "organization_type",
        "country",
        "subdivision",
    ]
    if include_personal_data:
        columns += [
            Participant.full_name,
            Participant.phone,
            Participant.email,
            Participant.consent,
            Participant.position,
        ]
        headers[1:1] = ["full_name"]  # the name next to the id, where a reader looks for it
        headers[6:6] = ["position"]
        headers += ["phone", "email", "consent"]
    if include_sensitive:
        columns.append(Participant.sensitive)
        headers.append("sensitive")

    query = select(*columns).outerjoin(Organization, Organization.id == Participant.organization_id)
    if not include_sensitive:
        query = query.where(Participant.sensitive.is_(False))
    # IN (subquery) rather than a join: one row per person however many activities they attended.
    if found is not None:
        query = query.where(Participant.id.in_(_attendees(project_id=found.id)))
    if country_code is not None:
        query = query.where(
            or_(
                Participant.country_code == country_code,
                Participant.id.in_(_attendees(found.id if found else None, country_code)),
            )
        )
    # Pseudonymous files are not ordered by name: the order would hint at the names.
    if include_personal_data:
        query = query.order_by(Participant.full_name, Participant.id)
    else:
        query = query.order_by(Participant.country_code, Organization.name, Participant.id)

    def rows() -> Iterator[list[Any]]:
        for r in session.execute(query.execution_options(yield_per=_BATCH)):
            row = [pseudonym(r[0]), _value(r[1]), r[2], r[3], _value(r[4]), r[5], r[6]]
            if include_personal_data:
                row.insert(1, r[7])
                row.insert(6, r[11])
                row += [r[8], r[9], r[10]]
            if include_sensitive:
                row.append(r[-1])
            yield row

    count = write_table(path, headers, rows(), sheet_name="Participants")
    _audit(
        session,
        "participant",
        path,
        count,
        include_personal_data,
        {
            "project": found.code if found else None,
            "country": country_code,
            "include_sensitive": include_sensitive,
        },
    )
    return count


def victims_left_out(session: Session, project: str | None = None, country: str | None = None) -> int:
    """How many records of victims (sensitive) a participant export of this scope leaves out."""
    found, country_code = _filters(session, project, country)
    query = select(func.count()).select_from(Participant).where(Participant.sensitive.is_(True))
    if found is not None:
        query = query.where(Participant.id.in_(_attendees(project_id=found.id)))
    if country_code is not None:
        query = query.where(
            or_(
                Participant.country_code == country_code,
                Participant.id.in_(_attendees(found.id if found else None, country_code)),
            )
        )
    return int(session.scalar(query))


def _attendees(project_id: uuid.UUID | None = None, country_code: str | None = None):
    query = select(Attendance.participant_id).join(Activity, Activity.id == Attendance.activity_id)
    if project_id is not None:
        query = query.where(Activity.project_id == project_id)
    if country_code is not None:
        query = query.where(Activity.country_code == country_code)
    return query


# --------------------------------------------------------------------------- activities


def export_activities(
    session: Session, path: Path, project: str | None = None, country: str | None = None
) -> int:
    """Activities with their participants by sex (attendees in the participant role, as everywhere)."""
    path = Path(path)
    check_suffix(path)
    found, country_code = _filters(session, project, country)

    by_sex = (
        select(
            Attendance.activity_id,
            *[func.count(case((Participant.sex == sex, 1))).label(sex.value) for sex in Sex],
            func.count().label("total"),
        )
        .join(Participant, Participant.id == Attendance.participant_id)
        .where(Attendance.role == AttendanceRole.PARTICIPANT)
        .group_by(Attendance.activity_id)
        .subquery()
    )
    counts = [func.coalesce(by_sex.c[name], 0) for name in [*SEX_COLUMNS, "total"]]
    query = (
        select(
            Activity.code,
            Project.code,
            Activity.country_code,
            Activity.subdivision_code,
            Activity.title,
            Activity.type,
            Activity.status,
            Activity.planned_start,
            Activity.planned_end,
            Activity.actual_start,
            Activity.actual_end,
            Activity.venue,
            *counts,
        )
        .join(Project, Project.id == Activity.project_id)
        .outerjoin(by_sex, by_sex.c.activity_id == Activity.id)
        .order_by(_start(), Activity.code)
    )
    if found is not None:
        query = query.where(Activity.project_id == found.id)
    if country_code is not None:
        query = query.where(Activity.country_code == country_code)
    headers = [
        "code",
        "project",
        "country",
        "subdivision",
        "title",
        "type",
        "status",
        "planned_start",
        "planned_end",
        "actual_start",
        "actual_end",
        "venue",
        *[f"participants_{name}" for name in SEX_COLUMNS],
        "participants_total",
    ]

    def rows() -> Iterator[list[Any]]:
        for r in session.execute(query.execution_options(yield_per=_BATCH)):
            yield [r[0], r[1], r[2], r[3], r[4], _value(r[5]), _value(r[6]), *r[7:]]

    count = write_table(path, headers, rows(), sheet_name="Activities")
    _audit(
        session,
        "activity",
        path,
        count,
        False,
        {"project": found.code if found else None, "country": country_code},
    )
    return count


# --------------------------------------------------------------------------- attendance


def export_attendance(
    session: Session,
    path: Path,
    project: str | None = None,
    country: str | None = None,
    include_personal_data: bool = False,
    include_sensitive: bool = False,
) -> int:
    """Who attended what, filtered by the activity's project and country; victims left out as above."""
    path = Path(path)
    check_suffix(path)
    _check_sensitive(include_personal_data, include_sensitive)
    found, country_code = _filters(session, project, country)
    pseudonym = pseudonymizer(session)

    columns = [
        Activity.code,
        _start(),
        Participant.id,
        Participant.sex,
        Organization.name,
        Attendance.role,
        Attendance.days_attended,
        Attendance.completed,
        Attendance.pre_test_score,
        Attendance.post_test_score,
    ]
    headers = [
        "activity_code",
        "activity_date",
        "participant_id",
        "sex",
        "organization",
        "role",
        "days_attended",
        "completed",
        "pre_test_score",
        "post_test_score",
    ]
    if include_personal_data:
        columns.append(Participant.full_name)
        headers[3:3] = ["full_name"]
    query = (
        select(*columns)
        .select_from(Attendance)
        .join(Activity, Activity.id == Attendance.activity_id)
        .join(Participant, Participant.id == Attendance.participant_id)
        .outerjoin(Organization, Organization.id == Participant.organization_id)
        .order_by(_start(), Activity.code, Organization.name, Participant.id)
    )
    if not include_sensitive:
        query = query.where(Participant.sensitive.is_(False))
    if found is not None:
        query = query.where(Activity.project_id == found.id)
    if country_code is not None:
        query = query.where(Activity.country_code == country_code)

    def rows() -> Iterator[list[Any]]:
        for r in session.execute(query.execution_options(yield_per=_BATCH)):
            row = [r[0], r[1], pseudonym(r[2]), _value(r[3]), r[4], _value(r[5]), *r[6:10]]
            if include_personal_data:
                row.insert(3, r[10])
            yield row

    count = write_table(path, headers, rows(), sheet_name="Attendance")
    _audit(
        session,
        "attendance",
        path,
        count,
        include_personal_data,
        {
            "project": found.code if found else None,
            "country": country_code,
            "include_sensitive": include_sensitive,
        },
    )
    return count


# --------------------------------------------------------------------------- indicators

INDICATOR_HEADERS = [
    "code",
    "name",
    "unit",
    "computed",
    "baseline",
    "target",
    "actual",
    "actual_female",
    "actual_male",
    "actual_other",
    "actual_not_recorded",
    "cumulative_actual",
    "lop_target",
    "percent_of_target",
    "status",
    "values_status",
]


def indicator_rows(figures: list[dict[str, Any]]) -> Iterator[list[Any]]:
    """Flatten the engine's `as_json()` figures (by_sex becomes one column per sex)."""
    for f in figures:
        by_sex = f.get("by_sex") or {}
        yield [
            f.get("code"),
            f.get("name"),
            f.get("unit"),
            f.get("computed"),
            f.get("baseline"),
            f.get("target"),
            f.get("actual"),
            *[by_sex.get(sex) for sex in SEX_COLUMNS],
            f.get("cumulative_actual"),
            f.get("lop_target"),
            f.get("percent_of_target"),
            f.get("status"),
            f.get("values_status"),
        ]  # draft or approved: a reader must know which figures are final


def export_indicators(
    session: Session, path: Path, project: str, period: str | None = None, country: str | None = None
) -> int:
    """The indicator table of one project and reporting period, as the indicator engine computes it."""
    # Imported here: the engine depends on much of the application and is only needed for this export.
    from flare_monitor.indicators.engine import compute_indicators
    from flare_monitor.indicators.periods import parse_period

    path = Path(path)
    check_suffix(path)
    if not project:
        raise ValidationError(_("project: an indicator export needs a project"), "project")
    if not period or not str(period).strip():
        raise ValidationError(
            _("period: an indicator export needs a reporting period such as 2024-Q2, FY2024-Q3, 2024 or LOP"),
            "period",
        )
    found, country_code = _filters(session, project, country)
    label = parse_period(
        period, fiscal_start_month=found.fiscal_year_start_month, lop=(found.start_date, found.end_date)
    ).label

    report = compute_indicators(session, found.code, label, country=country_code)
    count = write_table(
        path,
        INDICATOR_HEADERS,
        indicator_rows([f.as_json() for f in report.figures]),
        sheet_name=f"Indicators {label}",
    )
    _audit(
        session,
        "indicator",
        path,
        count,
        False,
        {"project": found.code, "country": country_code, "period": label},
    )
    return count


# --------------------------------------------------------------------------- evidence


def export_evidence(session: Session, path: Path, project: str | None = None) -> int:
    """The list of evidence files, never their content: what each is attached to, its file name, type,
    size, SHA-256, who added it when. Files that show people (attendance sheets, photos) are listed by
    their name alone: their caption is left out."""
    from flare_monitor.services.evidence import list_evidence

    path = Path(path)
    check_suffix(path)
    found, _country = _filters(session, project, None)
    headers = [
        "id",
        "project",
        "attached_to",
        "record",
        "file_name",
        "type",
        "personal",
        "caption",
        "media_type",
        "size_bytes",
        "sha256",
        "added_by",
        "added_at",
    ]
    rows = [
        [
            str(r.id),
            r.project,
            r.attached_to,
            r.label,
            r.original_name,
            r.type,
            r.personal,
            None if r.personal else r.caption,
            r.media_type,
            r.size,
            r.sha256,
            r.added_by,
            r.added_at,
        ]
        for r in list_evidence(session, project=found.code if found else None)
    ]
    count = write_table(path, headers, rows, sheet_name="Evidence")
    _audit(session, "evidence", path, count, False, {"project": found.code if found else None})
    return count
