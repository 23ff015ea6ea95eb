"""Each country's submission of a period: draft → submitted (by the country officer, with a note) →
returned (by the M&E officer at headquarters, with a comment the country sees) → submitted again →
approved; a locked period reads "locked" for every country.

One `PeriodStatus` row per project, country and period (found by its label or by the same dates under
another label, as values are). Every change is a row change in the audit trail (who, when, from which
status to which); the rows travel in exchange packages, so the country office sees a return and
headquarters sees a submission. While the period is locked the guard of locks refuses any change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from flare_monitor.db.audit_hook import current_user
from flare_monitor.db.base import utcnow
from flare_monitor.db.enums import SubmissionStatus
from flare_monitor.db.models import PeriodStatus, Project
from flare_monitor.errors import ConflictError, ValidationError
from flare_monitor.i18n import Field, Message, PeriodName, Term, _
from flare_monitor.indicators.engine import check_country, period_dates, project_countries
from flare_monitor.indicators.periods import Period
from flare_monitor.indicators.submitted import lock_of
from flare_monitor.services.common import lock_new_record

_TEXT_MAX = 4000
S = SubmissionStatus


@dataclass(frozen=True)
class CountryStatus:
    """A country's submission of a period as plain data (draft when nothing was ever submitted)."""

    country: str
    status: str
    note: str | None = None
    comment: str | None = None
    submitted_by: str | None = None
    submitted_at: datetime | None = None
    reviewed_by: str | None = None
    reviewed_at: datetime | None = None
    version: int = 0  # 0: no row yet

    def as_json(self) -> dict:
        def when(at: datetime | None) -> str | None:
            return at.isoformat(timespec="seconds") if at else None

        return {
            "country": self.country,
            "status": self.status,
            "note": self.note,
            "comment": self.comment,
            "submitted_by": self.submitted_by,
            "submitted_at": when(self.submitted_at),
            "reviewed_by": self.reviewed_by,
            "reviewed_at": when(self.reviewed_at),
        }


@dataclass(frozen=True)
class PeriodState:
    project: str
    period: str
    locked: bool
    locked_by: str | None
    locked_at: datetime | None
    countries: list[CountryStatus]

    def not_approved(self) -> list[str]:
        """Countries whose figures are not approved yet (what a report's cover must say)."""
        done = (S.APPROVED.value, S.LOCKED.value)
        return [c.country for c in self.countries if c.status not in done]

    def as_json(self) -> dict:
        return {
            "project": self.project,
            "period": self.period,
            "locked": self.locked,
            "locked_by": self.locked_by,
            "locked_at": self.locked_at.isoformat(timespec="seconds") if self.locked_at else None,
            "countries": [c.as_json() for c in self.countries],
            "not_approved": self.not_approved(),
        }


def _text(value: str | None, field: str, *, required: bool = False) -> str | None:
    text = str(value or "").strip()
    if required and not text:
        raise ValidationError(
            _("{field}: say why, so that the country knows what to change", field=Field(field)), field
        )
    if len(text) > _TEXT_MAX:
        raise ValidationError(
            _("{field}: longer than {limit} characters", field=Field(field), limit=_TEXT_MAX), field
        )
    return text or None


def _period(session: Session, project_code: str, period_label: str) -> tuple[Project, Period]:
    project, period = period_dates(session, project_code, period_label)
    if period.kind == "lop":
        raise ValidationError(
            _("period: figures are submitted per quarter, half or year, not for the LOP"), "period"
        )
    return project, period


def _row(session: Session, project: Project, period: Period, country: str) -> PeriodStatus | None:
    return session.scalars(
        select(PeriodStatus)
        .where(
            PeriodStatus.project_id == project.id,
            PeriodStatus.country_code == country,
            or_(
                PeriodStatus.period == period.label,
                (PeriodStatus.period_start == period.start) & (PeriodStatus.period_end == period.end),
            ),
        )
        .with_for_update()
    ).first()


def _plain(country: str, row: PeriodStatus | None, locked: bool) -> CountryStatus:
    if row is None:
        return CountryStatus(country, S.LOCKED.value if locked else S.DRAFT.value)
    status = S.LOCKED.value if locked else str(getattr(row.status, "value", row.status))
    return CountryStatus(
        country, status, row.note, row.comment, row.submitted_by, row.submitted_at, row.reviewed_by,
        row.reviewed_at, row.version,
    )  # fmt: skip


def period_state(session: Session, project_code: str, period_label: str) -> PeriodState:
    """Every country of the project with its submission of the period (draft where none was made)."""
    project, period = period_dates(session, project_code, period_label)
    lock = lock_of(session, project, period)
    rows = {}
    if period.kind != "lop":
        for row in session.scalars(
            select(PeriodStatus).where(
                PeriodStatus.project_id == project.id,
                PeriodStatus.period_start == period.start,
                PeriodStatus.period_end == period.end,
            )
        ):
            rows[row.country_code] = row
    return PeriodState(
        project=project.code,
        period=period.label,
        locked=lock is not None,
        locked_by=lock.changed_by if lock is not None else None,
        locked_at=lock.updated_at if lock is not None else None,
        countries=[_plain(c, rows.get(c), lock is not None) for c in project_countries(session, project)],
    )


def not_approved(session: Session, project_code: str, period_label: str) -> list[str]:
    """The countries whose figures of the period are not approved (nor locked): for a report's cover."""
    return period_state(session, project_code, period_label).not_approved()


def _change(
    session: Session,
    project_code: str,
    period_label: str,
    country: str,
    allowed_from: tuple[SubmissionStatus, ...],
    to: SubmissionStatus,
    verb: str,
    expected: str | None,
) -> tuple[PeriodStatus, str]:
    project, period = _period(session, project_code, period_label)
    code = check_country(session, project, country)
    if code is None:
        raise ValidationError(_("country: each country submits its own figures; name the country"), "country")
    lock_new_record(session, PeriodStatus.__tablename__, project.id, period.start, period.end, code)
    row = _row(session, project, period, code)
    current = S(getattr(row.status, "value", row.status)) if row is not None else S.DRAFT
    if expected is not None and current.value != expected:
        raise ConflictError(
            _(
                "{country} {period} is {status} now, no longer {expected} (someone changed it meanwhile); "
                "nothing was changed",
                country=code,
                period=PeriodName(period.label),
                status=Term(current.value, lower=True),
                expected=Term(expected, lower=True),
            )
        )
    if current not in allowed_from:
        raise ConflictError(_cannot(verb, code, period.label, current.value))
    if row is None:
        row = PeriodStatus(
            project_id=project.id,
            country_code=code,
            period=period.label,
            period_start=period.start,
            period_end=period.end,
        )
        session.add(row)
    row.status = to
    return row, session.info.get("user") or current_user()


def _cannot(verb: str, country: str, period: str, status: str) -> Message:
    """Why a submission cannot take this step from its status."""
    params = {"country": country, "period": PeriodName(period), "status": Term(status, lower=True)}
    if verb == "submitted":
        return _("{country} {period} is {status}, so it cannot be submitted", **params)
    if verb == "returned":
        return _("{country} {period} is {status}, so it cannot be returned", **params)
    return _("{country} {period} is {status}, so it cannot be approved", **params)


def submit(
    session: Session, project_code: str, period_label: str, country: str, note: str | None = None,
    *, expected: str | None = None,
) -> CountryStatus:  # fmt: skip
    """The country officer sends the country's figures of the period for review."""
    text = _text(note, "note")
    row, user = _change(
        session,
        project_code,
        period_label,
        country,
        (S.DRAFT, S.RETURNED),
        S.SUBMITTED,
        "submitted",
        expected,
    )
    row.note, row.submitted_by, row.submitted_at = text, user, utcnow()
    session.flush()
    return _plain(row.country_code, row, False)


def return_submission(
    session: Session, project_code: str, period_label: str, country: str, comment: str | None,
    *, expected: str | None = None,
) -> CountryStatus:  # fmt: skip
    """Headquarters sends the figures back with a comment the country sees (an approval may be taken back
    this way too, while the period is open)."""
    text = _text(comment, "comment", required=True)
    row, user = _change(
        session,
        project_code,
        period_label,
        country,
        (S.SUBMITTED, S.APPROVED),
        S.RETURNED,
        "returned",
        expected,
    )
    row.comment, row.reviewed_by, row.reviewed_at = text, user, utcnow()
    session.flush()
    return _plain(row.country_code, row, False)


def approve(
    session: Session, project_code: str, period_label: str, country: str, comment: str | None = None,
    *, expected: str | None = None,
) -> CountryStatus:  # fmt: skip
    """Headquarters approves the country's submitted figures."""
    text = _text(comment, "comment")
    row, user = _change(
        session, project_code, period_label, country, (S.SUBMITTED,), S.APPROVED, "approved", expected
    )
    row.comment, row.reviewed_by, row.reviewed_at = text, user, utcnow()
    session.flush()
    return _plain(row.country_code, row, False)


__all__ = [
    "CountryStatus",
    "PeriodState",
    "approve",
    "not_approved",
    "period_state",
    "return_submission",
    "submit",
]
