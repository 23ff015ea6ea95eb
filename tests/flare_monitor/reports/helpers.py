"""Projects built through the ORM for the report tests, and PDF text helpers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from flare_monitor.db.enums import Calendar, OrganizationType
from flare_monitor.db.models import (
    Indicator,
    IndicatorTarget,
    Narrative,
    Organization,
    Project,
    ProjectCountry,
    Result,
    ResultLevel,
)
from flare_monitor.indicators.periods import parse_period
from flare_monitor.services.activities import ActivityIn, add_activity
from flare_monitor.services.attendance import AttendanceIn, add_attendance
from flare_monitor.services.geo import ensure_country
from flare_monitor.services.participants import ParticipantIn, add_participant

PEOPLE_TRAINED = {"kind": "distinct_participants", "activity_types": ["training", "workshop"]}


def pdf_pages(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def squash(text: str) -> str:
    """Text without any whitespace: table cells wrap, so compare texts with spaces removed."""
    return re.sub(r"\s+", "", text)


def pdf_fonts(path: Path) -> set[str]:
    """The /BaseFont names of every font used on any page (subset prefixes removed)."""
    names: set[str] = set()
    for page in PdfReader(str(path)).pages:
        resources = page.get("/Resources") or {}
        fonts = resources.get("/Font") or {}
        for ref in fonts.values():
            base = str(ref.get_object().get("/BaseFont", ""))
            names.add(base.split("+", 1)[-1].lstrip("/"))
    return names


@dataclass
class SmallProject:
    """The hand-counted fixture: 3 trainings in FY2024-Q3, 7 distinct people (4 women, 3 men), one of
    them at two trainings; a facilitator (not counted) and a victim (sensitive) at an awareness session."""

    code: str = "HANDS"
    title: str = "Hands-on project against forced labour"
    names: dict[str, str] = field(default_factory=lambda: {
        "A": "Amina Baloch", "B": "Bushra Khan", "C": "Chakar Rind", "D": "Dawood Marri",
        "E": "Erum Lehri", "F": "Fateh Thapa", "G": "Gita Rai", "S": "Sensitive Victimname",
        "X": "Xavier Facilitator",
    })  # fmt: skip
    org_names: dict[str, str] = field(default_factory=lambda: {
        "police": "Balochistan Police", "labour": "Department of Labour Balochistan", "np": "Nepal Police",
    })  # fmt: skip
    narrative: str = "The trainings went well in Quetta and Kathmandu."
    activity_title: str = "Training on forced labour"


def build_small_project(session, spec: SmallProject | None = None) -> Project:
    spec = spec or SmallProject()
    project = _project(session, spec.code, spec.title, ("PK", "NP"))
    outcome, output = _framework(session, project)
    ind = Indicator(project_id=project.id, result_id=output.id, code="1.1", is_key=True, cumulative=True,
                    name="Number of officials trained on forced labour (by sex)", computation=PEOPLE_TRAINED,
                    baseline_value=0)  # fmt: skip
    session.add(ind)
    session.add(Indicator(project_id=project.id, result_id=outcome.id, code="1", name="Manual indicator",
                          baseline_value=5))  # fmt: skip
    session.flush()
    _target(session, project, ind, "FY2024-Q3", 10)
    _target(session, project, ind, "LOP", 20)
    orgs = {
        "police": _org(session, spec.org_names["police"], OrganizationType.LAW_ENFORCEMENT, "PK"),
        "labour": _org(session, spec.org_names["labour"], OrganizationType.LABOUR_DEPARTMENT, "PK"),
        "np": _org(session, spec.org_names["np"], OrganizationType.LAW_ENFORCEMENT, "NP"),
    }
    people = {}
    for key, sex, org, country in [("A", "female", "police", "PK"), ("B", "female", "police", "PK"),
                                   ("C", "male", "labour", "PK"), ("D", "male", "police", "PK"),
                                   ("E", "female", "labour", "PK"), ("F", "male", "np", "NP"),
                                   ("G", "female", "np", "NP"), ("S", "female", None, "NP"),
                                   ("X", "male", None, "PK")]:  # fmt: skip
        people[key] = add_participant(session, ParticipantIn(
            full_name=spec.names[key], sex=sex, organization_id=orgs[org].id if org else None, country=country,
            phone="+92 300 1234567", email=f"{key.lower()}@example.org", sensitive=key == "S",
        ))  # fmt: skip
    code = spec.code
    _activity(
        session,
        code,
        f"{code}-T1",
        "PK",
        "training",
        date(2024, 4, 16),
        date(2024, 4, 17),
        spec.activity_title,
    )
    _activity(
        session, code, f"{code}-T2", "PK", "workshop", date(2024, 5, 10), date(2024, 5, 10), "Workshop Quetta"
    )
    _activity(
        session,
        code,
        f"{code}-T3",
        "NP",
        "training",
        date(2024, 6, 5),
        date(2024, 6, 6),
        "Training Kathmandu",
    )
    _activity(
        session,
        code,
        f"{code}-AW",
        "NP",
        "awareness_raising",
        date(2024, 6, 20),
        date(2024, 6, 20),
        "Awareness session",
    )
    _activity(
        session,
        code,
        f"{code}-NEXT",
        "PK",
        "training",
        date(2024, 8, 1),
        date(2024, 8, 2),
        "Planned refresher training",
        status="planned",
    )
    for activity, keys in [("T1", "ABC"), ("T2", "ADE"), ("T3", "FG"), ("AW", "S")]:
        for key in keys:
            add_attendance(session, f"{code}-{activity}", people[key].id)
    add_attendance(session, f"{code}-T1", people["X"].id, AttendanceIn(role="facilitator"))
    period = parse_period("FY2024-Q3")
    for section, text in [("highlights", spec.narrative), ("challenges", "Floods delayed travel."),
                          ("next_period_plan", "A refresher training in August.")]:  # fmt: skip
        session.add(Narrative(project_id=project.id, period=period.label, period_start=period.start,
                              period_end=period.end, section=section, text=text))  # fmt: skip
    session.add(Narrative(project_id=project.id, country_code="PK", period=period.label,
                          period_start=period.start, period_end=period.end, section="highlights",
                          text="Pakistan: " + spec.narrative))  # fmt: skip
    session.flush()
    return project


def _project(
    session, code: str, title: str, countries, start=date(2023, 10, 1), end=date(2025, 9, 30)
) -> Project:
    project = Project(
        code=code,
        title=title,
        donor="US Department of Labor",
        grant_number="IL-1234",
        start_date=start,
        end_date=end,
        calendar=Calendar.FISCAL,
        fiscal_year_start_month=10,
    )
    session.add(project)
    session.flush()
    for c in countries:
        ensure_country(session, c)
        session.add(ProjectCountry(project_id=project.id, country_code=c))
    for depth, name in [(1, "Outcome"), (2, "Output")]:
        session.add(ResultLevel(project_id=project.id, depth=depth, name=name))
    session.flush()
    return project


def _framework(session, project: Project) -> tuple[Result, Result]:
    outcome = Result(
        project_id=project.id, code="1", depth=1, statement="Officials act against forced labour."
    )
    session.add(outcome)
    session.flush()
    output = Result(project_id=project.id, code="1.1", depth=2, parent_id=outcome.id,
                    statement="Officials trained on forced labour.")  # fmt: skip
    session.add(output)
    session.flush()
    return outcome, output


def _target(session, project: Project, ind: Indicator, label: str, value: float, country=None) -> None:
    period = parse_period(label, fiscal_start_month=10, lop=(project.start_date, project.end_date))
    session.add(IndicatorTarget(indicator_id=ind.id, period=period.label, period_start=period.start,
                                period_end=period.end, value=value, country_code=country))  # fmt: skip


def _org(session, name: str, kind: OrganizationType, country: str) -> Organization:
    org = Organization(name=name, search_name=name.lower(), type=kind, country_code=country)
    session.add(org)
    session.flush()
    return org


def _activity(session, project, code, country, kind, start, end, title, status="completed"):
    return add_activity(
        session,
        ActivityIn(
            project=project,
            country=country,
            code=code,
            title=title,
            type=kind,
            start=start,
            end=end,
            status=status,
            venue="Venue " + country,
        ),
    )


def build_long_project(session, count: int = 60) -> Project:
    """One outcome with `count` manual indicators: the IPTT table runs over several pages."""
    project = _project(session, "LONG", "Long indicator table", ("PK",))
    outcome, _output = _framework(session, project)
    for i in range(1, count + 1):
        ind = Indicator(
            project_id=project.id,
            result_id=outcome.id,
            code=f"1.{i}",
            sort_order=i,
            name=f"Indicator number {i} with a fairly long name that wraps over two lines in the table",
        )
        session.add(ind)
        session.flush()
        _target(session, project, ind, "FY2024-Q3", i)
    session.flush()
    return project


def build_many_countries(session, countries: list[str]) -> Project:
    """A project in many countries, each with two trainings and a few participants."""
    project = _project(session, "WORLD", "Global project in twenty countries", countries)
    _outcome, output = _framework(session, project)
    ind = Indicator(
        project_id=project.id,
        result_id=output.id,
        code="1.1",
        is_key=True,
        cumulative=True,
        name="People trained (by sex)",
        computation=PEOPLE_TRAINED,
        baseline_value=0,
    )
    session.add(ind)
    session.flush()
    _target(session, project, ind, "FY2024-Q3", 100)
    _target(session, project, ind, "LOP", 400)
    for n, country in enumerate(countries):
        _target(session, project, ind, "FY2024-Q3", 5, country)
        org = _org(session, f"Labour Inspectorate {country}", OrganizationType.LABOUR_INSPECTORATE, country)
        people = [
            add_participant(session, ParticipantIn(full_name=f"Person {country} {i}", sex="female" if i % 2 else "male",
                                                   organization_id=org.id if i % 3 else None, country=country))
            for i in range(6)
        ]  # fmt: skip
        for t, month in enumerate((4, 5)):
            code = f"W-{country}-{t}"
            _activity(
                session,
                "WORLD",
                code,
                country,
                "training",
                date(2024, month, 3 + n % 20),
                date(2024, month, 4 + n % 20),
                f"Training {t + 1} in {country}",
            )
            for person in people[t * 2 : t * 2 + 4]:
                add_attendance(session, code, person.id)
    session.flush()
    return project
