"""Small helpers shared by the services: parsing user input into typed values with clear errors."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from flare_monitor.db.models import Project
from flare_monitor.errors import NotFoundError, ValidationError

E = TypeVar("E", bound=StrEnum)


def parse_date(value: str | date | None, field: str, *, required: bool = True) -> date | None:
    if isinstance(value, date):
        return value
    if value is None or not str(value).strip():
        if required:
            raise ValidationError(f"{field}: a date is required (YYYY-MM-DD)", field)
        return None
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError(f"{field}: '{value}' is not a date in the form YYYY-MM-DD", field) from None


def parse_enum(enum: type[E], value: str | E | None, field: str, default: E | None = None) -> E:
    if value is None or (isinstance(value, str) and not value.strip()):
        if default is not None:
            return default
        raise ValidationError(f"{field}: a value is required ({', '.join(m.value for m in enum)})", field)
    key = str(value).strip().lower().replace(" ", "_").replace("-", "_")
    try:
        return enum(key)
    except ValueError:
        allowed = ", ".join(m.value for m in enum)
        raise ValidationError(f"{field}: '{value}' is not one of {allowed}", field) from None


def require_text(value: str | None, field: str, max_length: int) -> str:
    text = " ".join(str(value or "").split())
    if not text:
        raise ValidationError(f"{field}: must not be empty", field)
    if len(text) > max_length:
        raise ValidationError(f"{field}: longer than {max_length} characters", field)
    return text


def project_by_code(session: Session, code: str) -> Project:
    project = session.scalar(select(Project).where(Project.code == code.strip().upper()))
    if project is None:
        known = ", ".join(session.scalars(select(Project.code).order_by(Project.code))) or "none yet"
        raise NotFoundError(f"Unknown project '{code}' (known projects: {known})")
    return project
