"""Projects as plain rows for the command line and the desktop app."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from flare_monitor.db.enums import Calendar
from flare_monitor.db.models import Project
from flare_monitor.services.geo import country_name


@dataclass(frozen=True)
class ProjectRow:
    code: str
    title: str
    donor: str
    grant_number: str | None
    start_date: date
    end_date: date
    countries: tuple[str, ...]
    calendar: str
    fiscal_year_start_month: int

    @property
    def calendar_description(self) -> str:
        if self.calendar == Calendar.FISCAL:
            return f"fiscal (year starts in month {self.fiscal_year_start_month})"
        return "calendar"

    def as_json(self) -> dict:
        return {
            "code": self.code,
            "title": self.title,
            "donor": self.donor,
            "grant_number": self.grant_number,
            "start": self.start_date.isoformat(),
            "end": self.end_date.isoformat(),
            "countries": [{"code": c, "name": country_name(c)} for c in self.countries],
            "calendar": str(self.calendar),
            "fiscal_year_start_month": self.fiscal_year_start_month,
        }


def list_projects(session: Session) -> list[ProjectRow]:
    projects = session.scalars(
        select(Project).options(selectinload(Project.countries)).order_by(Project.code)
    ).all()
    return [
        ProjectRow(
            code=p.code,
            title=p.title,
            donor=p.donor,
            grant_number=p.grant_number,
            start_date=p.start_date,
            end_date=p.end_date,
            countries=tuple(pc.country_code for pc in p.countries),
            calendar=str(p.calendar),
            fiscal_year_start_month=p.fiscal_year_start_month,
        )
        for p in projects
    ]
