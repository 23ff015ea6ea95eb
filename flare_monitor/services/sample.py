"""Deterministic sample registers at real sizes, for benchmarks and load tests.

`large` is the size of a big multi-country programme: 20 countries, 2 projects, 5,000 activities,
100,000 participants, 300,000 attendance rows, 80 indicators with quarterly targets per country over
2020–2025. Rows go in with bulk Core inserts (executemany), never one ORM object at a time.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from flare_monitor.db.enums import (
    ActivityStatus,
    ActivityType,
    IndicatorUnit,
    NarrativeSection,
    OrganizationType,
)
from flare_monitor.db.models import (
    Activity,
    Attendance,
    Indicator,
    IndicatorTarget,
    Narrative,
    Organization,
    Participant,
    Project,
    ProjectCountry,
    Result,
    ResultLevel,
)
from flare_monitor.errors import UserError
from flare_monitor.i18n import _
from flare_monitor.indicators.periods import periods_between
from flare_monitor.services.geo import ensure_country, ensure_subdivision, subdivisions_of
from flare_monitor.text import fold, name_key


@dataclass(frozen=True)
class Scale:
    countries: int
    activities: int
    participants: int
    attendance: int
    indicators: int


SCALES = {
    "small": Scale(countries=3, activities=60, participants=1_000, attendance=3_000, indicators=8),
    "medium": Scale(countries=8, activities=800, participants=15_000, attendance=45_000, indicators=30),
    "large": Scale(countries=20, activities=5_000, participants=100_000, attendance=300_000, indicators=80),
}
COUNTRIES = [
    "PK",
    "NP",
    "UZ",
    "MN",
    "PE",
    "CN",
    "TH",
    "KH",
    "VN",
    "MM",
    "LA",
    "ID",
    "PH",
    "BD",
    "IN",
    "LK",
    "KG",
    "TJ",
    "BO",
    "CO",
]
FIRST = [
    "Ayesha",
    "Bilal",
    "Sita",
    "Ram",
    "Dilnoza",
    "Sherzod",
    "Bat-Erdene",
    "Oyunaa",
    "José",
    "María",
    "Wei",
    "Fang",
    "Somchai",
    "Anong",
    "Sokha",
    "Linh",
    "Aung",
    "Thandar",
    "Rahim",
    "Farida",
    "Бат-Эрдэнэ",
    "Шерзод",
    "李",
    "王",
    "सीता",
    "राम",
    "محمد",
    "فاطمہ",
]
LAST = [
    "Khan",
    "Baloch",
    "Sharma",
    "Thapa",
    "Karimova",
    "Rakhimov",
    "Dorj",
    "Quispe",
    "Rojas",
    "Zhang",
    "Chen",
    "Suksai",
    "Chan",
    "Nguyen",
    "Win",
    "Kyaw",
    "Hossain",
    "Должин",
    "伟",
    "芳",
    "शर्मा",
    "علی",
]
_SEXES = ["female", "male", "female", "male", "male", "female", "other", "not_recorded"]
_ORG_TYPES = [t.value for t in OrganizationType]
_ACTIVITY_TYPES = [ActivityType.TRAINING.value] * 5 + [t.value for t in ActivityType]
_STATUSES = [ActivityStatus.COMPLETED.value] * 6 + [t.value for t in ActivityStatus]
STAMP = datetime(2025, 12, 31, 12, 0)
# A programme counts people a few different ways; indicators sharing a definition are realistic too.
_COMPUTATIONS = [
    {"kind": "distinct_participants", "activity_types": ["training"]},
    {
        "kind": "distinct_participants",
        "activity_types": ["training", "workshop"],
        "organization_types": ["law_enforcement", "labour_inspectorate", "judiciary"],
    },
    {"kind": "distinct_participants", "activity_types": ["training"], "min_attendance_share": 0.5},
    {"kind": "distinct_participants", "activity_types": ["awareness_raising", "workshop"]},
]


def _common(rng: random.Random) -> dict:
    return {
        "id": uuid.UUID(int=rng.getrandbits(128), version=4),
        "created_at": STAMP,
        "updated_at": STAMP,
        "version": 1,
    }


def _bulk(session: Session, model, rows: list[dict], chunk: int = 20_000) -> None:
    for start in range(0, len(rows), chunk):
        session.execute(insert(model), rows[start : start + chunk])


def generate_sample(
    session: Session, scale: str = "small", seed: int = 1, progress: Callable[[str], None] | None = None
) -> dict[str, int]:
    """Fill an empty database with a deterministic sample of the given scale; returns row counts."""
    if scale not in SCALES:
        raise UserError(
            _("Unknown scale '{scale}'; choose one of {items}", scale=scale, items=", ".join(SCALES))
        )
    if session.scalar(select(Project.id).limit(1)) is not None:
        raise UserError(_("generate-sample fills an empty database; this one already holds projects."))
    size, rng = SCALES[scale], random.Random(seed)
    say = progress or (lambda _message: None)
    countries = COUNTRIES[: size.countries]
    subdivisions = {}
    for code in countries:
        ensure_country(session, code)
        subs = [c for c, _n in subdivisions_of(code)][:6]
        subdivisions[code] = [ensure_subdivision(session, s, code) for s in subs] or [None]
    session.flush()

    projects = []
    for index, (code, calendar) in enumerate((("SAMPLE-A", "fiscal"), ("SAMPLE-B", "calendar"))):
        row = {
            **_common(rng),
            "code": code,
            "title": f"Sample programme {index + 1}",
            "donor": "Sample donor",
            "grant_number": f"SMP-{index + 1:03d}",
            "start_date": date(2020, 1, 1),
            "end_date": date(2025, 12, 31),
            "currency": "USD",
            "calendar": calendar,
            "fiscal_year_start_month": 10,
            "on_track_tolerance": 0.15,
            "needs_attention_tolerance": 0.35,
        }
        projects.append(row)
    _bulk(session, Project, projects)
    _bulk(
        session,
        ProjectCountry,
        [{**_common(rng), "project_id": p["id"], "country_code": c} for p in projects for c in countries],
    )
    say("projects")

    levels, results, indicators, targets = [], [], [], []
    per_project = size.indicators // len(projects)
    for project in projects:
        levels += [
            {**_common(rng), "project_id": project["id"], "depth": 1, "name": "Outcome"},
            {**_common(rng), "project_id": project["id"], "depth": 2, "name": "Output"},
        ]
        outcomes = [
            {
                **_common(rng),
                "project_id": project["id"],
                "parent_id": None,
                "depth": 1,
                "code": str(i + 1),
                "statement": f"Outcome {i + 1}",
                "sort_order": i,
            }
            for i in range(4)
        ]
        results += outcomes
        quarters = periods_between(
            project["start_date"], project["end_date"], "quarter", fiscal=project["calendar"] == "fiscal"
        )
        for i in range(per_project):
            outcome = outcomes[i % len(outcomes)]
            output = {
                **_common(rng),
                "project_id": project["id"],
                "parent_id": outcome["id"],
                "depth": 2,
                "code": f"{outcome['code']}.{i // len(outcomes) + 1}",
                "statement": f"Output {i + 1}",
                "sort_order": i,
            }
            results.append(output)
            computed = i % 2 == 0
            indicator = {
                **_common(rng),
                "project_id": project["id"],
                "result_id": output["id"],
                "code": f"{output['code']}.1",
                "name": f"Sample indicator {i + 1}",
                "unit": IndicatorUnit.NUMBER.value,
                "direction": "increase",
                "cumulative": computed,
                "disaggregations": ["sex", "country"],
                "is_key": i < 4,
                "sort_order": i,
                "computation": _COMPUTATIONS[i // 2 % len(_COMPUTATIONS)] if computed else None,
            }
            indicators.append(indicator)
            for quarter in quarters:
                for country in countries:
                    targets.append(
                        {
                            **_common(rng),
                            "indicator_id": indicator["id"],
                            "period": quarter.label,
                            "period_start": quarter.start,
                            "period_end": quarter.end,
                            "country_code": country,
                            "sex": None,
                            "value": float(rng.randint(5, 60)),
                        }
                    )
    _bulk(session, ResultLevel, levels)
    _bulk(session, Result, sorted(results, key=lambda r: r["depth"]))
    _bulk(session, Indicator, indicators)
    _bulk(session, IndicatorTarget, targets)
    say("indicators")

    organizations = []
    for country in countries:
        for i in range(25):
            name = f"{country} {rng.choice(_ORG_TYPES).replace('_', ' ')} office {i + 1}"
            organizations.append(
                {
                    **_common(rng),
                    "name": name,
                    "search_name": fold(name),
                    "acronym": None,
                    "type": rng.choice(_ORG_TYPES),
                    "country_code": country,
                    "subdivision_code": rng.choice(subdivisions[country]),
                }
            )
    _bulk(session, Organization, organizations)

    people = []
    for i in range(size.participants):
        organization = rng.choice(organizations)
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}"
        people.append(
            {
                **_common(rng),
                "full_name": name,
                "search_name": fold(name),
                "name_key": name_key(name),
                "sex": rng.choice(_SEXES),
                "organization_id": organization["id"],
                "country_code": organization["country_code"],
                "subdivision_code": organization["subdivision_code"],
                "position": "Officer",
                "consent": True,
                "sensitive": rng.random() < 0.01,
                "age_group": None,
                "phone": None,
                "phone_normalized": None,
                "email": None,
            }
        )
    _bulk(session, Participant, people)
    say("participants")

    activities = []
    span = (date(2025, 12, 31) - date(2020, 1, 1)).days
    for i in range(size.activities):
        project, country = projects[i % 2], rng.choice(countries)
        start = date(2020, 1, 1) + timedelta(days=rng.randrange(span - 5))
        end = start + timedelta(days=rng.randint(0, 3))
        status = rng.choice(_STATUSES)
        started = status in ("completed", "ongoing")
        activities.append(
            {
                **_common(rng),
                "project_id": project["id"],
                "country_code": country,
                "subdivision_code": rng.choice(subdivisions[country]),
                "result_id": None,
                "code": f"S-{country}-{i:05d}",
                "title": f"Sample activity {i}",
                "type": rng.choice(_ACTIVITY_TYPES),
                "status": status,
                "planned_start": start,
                "planned_end": end,
                "actual_start": start if started else None,
                "actual_end": end if started else None,
                "venue": None,
                "description": None,
            }
        )
    _bulk(session, Activity, activities)

    attendance, seen = [], set()
    while len(attendance) < size.attendance:
        activity, person = rng.randrange(len(activities)), rng.randrange(len(people))
        if (activity, person) in seen:
            continue
        seen.add((activity, person))
        pre = rng.randint(20, 80)
        attendance.append(
            {
                **_common(rng),
                "participant_id": people[person]["id"],
                "activity_id": activities[activity]["id"],
                "role": "participant",
                "days_attended": 1.0,
                "completed": True,
                "pre_test_score": float(pre),
                "post_test_score": float(min(100, pre + rng.randint(-10, 30))),
                "remarks": None,
            }
        )
    _bulk(session, Attendance, attendance)
    say("attendance")

    narratives = []
    for project in projects:
        for year in range(2020, 2026):
            quarter = periods_between(
                date(year, 4, 1), date(year, 6, 30), "quarter", fiscal=project["calendar"] == "fiscal"
            )[0]
            for section in NarrativeSection:
                narratives.append(
                    {
                        **_common(rng),
                        "project_id": project["id"],
                        "country_code": None,
                        "period": quarter.label,
                        "period_start": quarter.start,
                        "period_end": quarter.end,
                        "section": section.value,
                        "text": f"Sample {section.value.replace('_', ' ')} for {quarter.label}.",
                    }
                )
    _bulk(session, Narrative, narratives)
    return {
        "countries": len(countries),
        "projects": len(projects),
        "indicators": len(indicators),
        "targets": len(targets),
        "organizations": len(organizations),
        "participants": len(people),
        "activities": len(activities),
        "attendance": len(attendance),
        "narratives": len(narratives),
    }
