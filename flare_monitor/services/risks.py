"""A project's risk register: risks and assumptions, how likely and how serious, the mitigation, the status.

Risks are numbered within their project (R1, R2…) in the order they are added; a number is never reused,
not even a deleted risk's (the donor may have read it in an earlier report, and undoing the delete brings the
risk back under its own number). Services take the session first and never commit.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from flare_monitor.db.audit import AuditEntry
from flare_monitor.db.enums import AuditAction, RiskLevel, RiskStatus
from flare_monitor.db.models import ProjectRisk
from flare_monitor.errors import NotFoundError, ValidationError
from flare_monitor.i18n import Field, _
from flare_monitor.services.common import (
    concurrent_edit,
    flush_edit,
    lock_new_record,
    parse_enum,
    project_by_code,
)

MAX_TEXT = 4000


@dataclass(frozen=True)
class RiskIn:
    """A new risk, or (with `update_risk`) the fields to change: None leaves a field as it is."""

    risk: str | None = None
    likelihood: str | None = None
    impact: str | None = None
    mitigation: str | None = None
    status: str | None = None
    country: str | None = None  # "" = the whole project


@dataclass(frozen=True)
class RiskRow:
    id: uuid.UUID
    project: str
    number: int
    country: str | None
    risk: str
    likelihood: str
    impact: str
    mitigation: str | None
    status: str
    version: int

    @property
    def label(self) -> str:
        return f"R{self.number}"

    def as_json(self) -> dict:
        return {
            "id": str(self.id),
            "project": self.project,
            "number": self.number,
            "label": self.label,
            "country": self.country,
            "risk": self.risk,
            "likelihood": self.likelihood,
            "impact": self.impact,
            "mitigation": self.mitigation,
            "status": self.status,
            "version": self.version,
        }


def _text(value: str | None, field: str, *, required: bool = False) -> str | None:
    text = "\n".join(" ".join(line.split()) for line in str(value or "").replace("\r\n", "\n").split("\n"))
    text = text.strip()
    if not text:
        if required:
            raise ValidationError(_("{field}: must not be empty", field=Field(field)), field)
        return None
    if len(text) > MAX_TEXT:
        raise ValidationError(
            _("{field}: longer than {max_text} characters", field=Field(field), max_text=MAX_TEXT), field
        )
    return text


def _country(project, code: str | None) -> str | None:
    if code is None or not str(code).strip():
        return None
    value = str(code).strip().upper()
    allowed = {pc.country_code for pc in project.countries}
    if value not in allowed:
        raise ValidationError(
            _(
                "country: {code} is not one of the countries of {project} ({known})",
                code=value,
                project=project.code,
                known=", ".join(sorted(allowed)),
            ),
            "country",
        )
    return value


def _row(risk: ProjectRisk, project_code: str) -> RiskRow:
    return RiskRow(
        id=risk.id,
        project=project_code,
        number=risk.number,
        country=risk.country_code,
        risk=risk.risk,
        likelihood=str(risk.likelihood),
        impact=str(risk.impact),
        mitigation=risk.mitigation,
        status=str(risk.status),
        version=risk.version,
    )


def add_risk(session: Session, project_code: str, data: RiskIn) -> RiskRow:
    project = project_by_code(session, project_code)
    text = _text(data.risk, "risk", required=True)
    lock_new_record(session, "project_risk", project.id)  # two users adding at once get two numbers
    number = (
        max(
            session.scalar(select(func.max(ProjectRisk.number)).where(ProjectRisk.project_id == project.id))
            or 0,
            _highest_deleted(session, project.id),
        )
        + 1
    )
    risk = ProjectRisk(
        project_id=project.id,
        number=number,
        country_code=_country(project, data.country),
        risk=text,
        likelihood=parse_enum(RiskLevel, data.likelihood, "likelihood", RiskLevel.MEDIUM),
        impact=parse_enum(RiskLevel, data.impact, "impact", RiskLevel.MEDIUM),
        mitigation=_text(data.mitigation, "mitigation"),
        status=parse_enum(RiskStatus, data.status, "status", RiskStatus.OPEN),
    )
    session.add(risk)
    session.flush()
    return _row(risk, project.code)


def _highest_deleted(session: Session, project_id: uuid.UUID) -> int:
    """The highest number of the project's deleted risks, as the audit trail recorded them (0: none)."""
    deleted = session.scalars(
        select(AuditEntry.changes).where(
            AuditEntry.entity == ProjectRisk.__tablename__, AuditEntry.action == AuditAction.DELETE
        )
    )
    numbers = [
        int(values.get("number") or 0)
        for values in deleted
        if isinstance(values, dict) and values.get("project_id") == str(project_id)
    ]
    return max(numbers, default=0)


def _number(value: int | str) -> int:
    text = str(value).strip().upper().removeprefix("R")
    if not text.isdigit():
        raise ValidationError(_("risk: '{value}' is not a risk number such as 3 or R3", value=value), "risk")
    return int(text)


def get_risk(session: Session, project_code: str, number: int | str) -> ProjectRisk:
    project = project_by_code(session, project_code)
    n = _number(number)
    risk = session.scalar(
        select(ProjectRisk).where(ProjectRisk.project_id == project.id, ProjectRisk.number == n)
    )
    if risk is None:
        raise NotFoundError(_("{code} has no risk R{n}", code=project.code, n=n))
    return risk


def update_risk(
    session: Session,
    project_code: str,
    number: int | str,
    changes: RiskIn,
    expected_version: int | None = None,
) -> RiskRow:
    """Change the fields given; with `expected_version` a risk someone else changed meanwhile is refused."""
    project = project_by_code(session, project_code)
    risk = get_risk(session, project.code, number)
    what = _("risk R{number} of {project}", number=str(risk.number), project=project.code)
    shown = _row(risk, project.code)

    def refused():
        stored = session.get(ProjectRisk, shown.id, populate_existing=True)
        current = None if stored is None else {"risk": stored.risk, "status": str(stored.status)}
        return concurrent_edit(session, what, "project_risk", shown.id, {"risk": shown.risk,
                               "status": shown.status}, current)  # fmt: skip

    if expected_version is not None and risk.version != expected_version:
        raise refused()
    if changes.risk is not None:
        risk.risk = _text(changes.risk, "risk", required=True)
    if changes.mitigation is not None:
        risk.mitigation = _text(changes.mitigation, "mitigation")
    if changes.likelihood is not None:
        risk.likelihood = parse_enum(RiskLevel, changes.likelihood, "likelihood")
    if changes.impact is not None:
        risk.impact = parse_enum(RiskLevel, changes.impact, "impact")
    if changes.status is not None:
        risk.status = parse_enum(RiskStatus, changes.status, "status")
    if changes.country is not None:
        risk.country_code = _country(project, changes.country)
    flush_edit(session, refused)
    return _row(risk, project.code)


def delete_risk(
    session: Session, project_code: str, number: int | str, expected_version: int | None = None
) -> RiskRow:
    """Remove a risk from the register (its number is not given again); with `expected_version` a risk
    someone else changed meanwhile is refused. Returns the risk as it was."""
    project = project_by_code(session, project_code)
    risk = get_risk(session, project.code, number)
    shown = _row(risk, project.code)
    what = _("risk R{number} of {project}", number=str(risk.number), project=project.code)

    def refused():
        stored = session.get(ProjectRisk, shown.id, populate_existing=True)
        current = None if stored is None else {"risk": stored.risk, "status": str(stored.status)}
        return concurrent_edit(session, what, "project_risk", shown.id, {"risk": shown.risk,
                               "status": shown.status}, current)  # fmt: skip

    if expected_version is not None and risk.version != expected_version:
        raise refused()
    session.delete(risk)
    flush_edit(session, refused)
    return shown


def list_risks(
    session: Session, project_code: str, countries: tuple[str, ...] | None = None, *, open_only: bool = False
) -> list[RiskRow]:
    """The register in number order; with `countries`, the whole-project risks and those countries' ones."""
    project = project_by_code(session, project_code)
    query = select(ProjectRisk).where(ProjectRisk.project_id == project.id).order_by(ProjectRisk.number)
    if countries is not None:
        query = query.where(ProjectRisk.country_code.is_(None) | ProjectRisk.country_code.in_(countries))
    if open_only:
        query = query.where(ProjectRisk.status != RiskStatus.CLOSED)
    return [_row(r, project.code) for r in session.scalars(query)]


__all__ = ["RiskIn", "RiskRow", "add_risk", "delete_risk", "get_risk", "list_risks", "update_risk"]
