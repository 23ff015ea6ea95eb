"""A project's details as a donor's cover sheet asks them: grantee, contacts, agreement number, funding.

`project_details` reads them as a plain row; `update_project_details` changes only the fields given (a
field given as "" is cleared). Services take the session first and never commit.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields
from datetime import date

from sqlalchemy.orm import Session

from flare_monitor.errors import ValidationError
from flare_monitor.i18n import _
from flare_monitor.services.common import optional_text, project_by_code, require_text


@dataclass(frozen=True)
class ProjectDetails:
    code: str
    title: str
    donor: str
    grant_number: str | None
    start_date: date
    end_date: date
    currency: str
    grantee: str | None
    grantee_uei: str | None
    hq_contact: str | None
    field_contact: str | None
    total_funding: float | None
    representative_name: str | None
    representative_title: str | None
    version: int

    def as_json(self) -> dict:
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["start_date"], data["end_date"] = self.start_date.isoformat(), self.end_date.isoformat()
        return data


@dataclass(frozen=True)
class ProjectChanges:
    """Fields to change: None leaves a field as it is, "" clears it (not the title and the donor)."""

    title: str | None = None
    donor: str | None = None
    grant_number: str | None = None
    grantee: str | None = None
    grantee_uei: str | None = None
    hq_contact: str | None = None
    field_contact: str | None = None
    total_funding: str | float | None = None
    representative_name: str | None = None
    representative_title: str | None = None


# column → maximum length (None: free text)
_TEXTS = {
    "grant_number": 100,
    "grantee": 300,
    "grantee_uei": 32,
    "representative_name": 200,
    "representative_title": 200,
}
_LONG_TEXTS = ("hq_contact", "field_contact")
MAX_CONTACT = 2000


def project_details(session: Session, code: str) -> ProjectDetails:
    project = project_by_code(session, code)
    return ProjectDetails(
        code=project.code,
        title=project.title,
        donor=project.donor,
        grant_number=project.grant_number,
        start_date=project.start_date,
        end_date=project.end_date,
        currency=project.currency,
        grantee=project.grantee,
        grantee_uei=project.grantee_uei,
        hq_contact=project.hq_contact,
        field_contact=project.field_contact,
        total_funding=project.total_funding,
        representative_name=project.representative_name,
        representative_title=project.representative_title,
        version=project.version,
    )


def _funding(value: str | float) -> float | None:
    if isinstance(value, str):
        text = value.strip().replace(",", "").replace(" ", "")
        if not text:
            return None
        try:
            number = float(text)
        except ValueError:
            raise ValidationError(
                _("total funding: '{value}' is not an amount (e.g. 13500000)", value=value), "total_funding"
            ) from None
    else:
        number = float(value)
    if not math.isfinite(number) or number < 0:
        raise ValidationError(
            _("total funding: '{value}' is not an amount of 0 or more", value=value), "total_funding"
        )
    return number


def _multiline(value: str, field: str) -> str | None:
    lines = [" ".join(line.split()) for line in value.replace("\r\n", "\n").split("\n")]
    text = "\n".join(line for line in lines if line)
    if len(text) > MAX_CONTACT:
        raise ValidationError(
            _(
                "{replace}: longer than {max_contact} characters",
                replace=field.replace("_", " "),
                max_contact=MAX_CONTACT,
            ),
            field,
        )
    return text or None


def update_project_details(session: Session, code: str, changes: ProjectChanges) -> ProjectDetails:
    """Change the fields given in `changes`; returns the project as stored after the change."""
    project = project_by_code(session, code)
    if changes.title is not None:
        project.title = require_text(changes.title, "title", 300)
    if changes.donor is not None:
        project.donor = require_text(changes.donor, "donor", 200)
    for name, length in _TEXTS.items():
        value = getattr(changes, name)
        if value is not None:
            setattr(project, name, optional_text(value, name.replace("_", " "), length))
    for name in _LONG_TEXTS:
        value = getattr(changes, name)
        if value is not None:
            setattr(project, name, _multiline(value, name))
    if changes.total_funding is not None:
        project.total_funding = _funding(changes.total_funding)
    session.flush()
    return project_details(session, project.code)


__all__ = ["ProjectChanges", "ProjectDetails", "project_details", "update_project_details"]
