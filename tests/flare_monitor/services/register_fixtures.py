"""A tiny register built through the services, for tests that must not depend on the demo data."""

from __future__ import annotations

from datetime import date

from flare_monitor.db.models import Project, ProjectCountry
from flare_monitor.services.activities import ActivityIn, add_activity
from flare_monitor.services.geo import ensure_country
from flare_monitor.services.organizations import OrganizationIn, add_organization


def make_project(session, code: str = "TEST", countries=("PK", "NP")) -> Project:
    project = Project(
        code=code,
        title=f"{code} project",
        donor="Donor",
        start_date=date(2023, 1, 1),
        end_date=date(2026, 12, 31),
        calendar="fiscal",
        fiscal_year_start_month=10,
    )
    session.add(project)
    for country in countries:
        project.countries.append(ProjectCountry(country_code=ensure_country(session, country)))
    session.flush()
    return project


def make_training(
    session,
    code: str = "T-1",
    country: str = "PK",
    start: str = "2024-04-16",
    end: str = "2024-04-17",
    project: str = "TEST",
    status: str = "completed",
):
    return add_activity(
        session,
        ActivityIn(
            project=project,
            country=country,
            code=code,
            title=f"Training {code}",
            type="training",
            start=start,
            end=end,
            status=status,
        ),
    )


def make_organization(
    session, name: str = "Balochistan Police", country: str = "PK", type: str = "law_enforcement"
):
    return add_organization(session, OrganizationIn(name=name, country=country, type=type))
