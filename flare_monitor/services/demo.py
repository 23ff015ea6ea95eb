"""Demo data: the BRIDGE and FLARE projects with their frameworks, indicators, targets and register.

`load_demo(session)` fills an empty (or any) database with the two demo projects, modelled on the seed
documents (see `demo_content`). The load is deterministic: every id is a UUID5 of a stable key, every
timestamp is `DEMO_TIMESTAMP`, and the only randomness is a `random.Random` with a fixed seed consumed
in a fixed order, so two loads into two empty databases give identical rows. The caller commits.
"""

from __future__ import annotations

import random
import re
import uuid
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from flare_monitor.db.enums import (
    ActivityStatus,
    ActivityType,
    AttendanceRole,
    Calendar,
    Direction,
    IndicatorUnit,
    NarrativeSection,
    OrganizationType,
    RiskLevel,
    RiskStatus,
    Sex,
    ValueStatus,
)
from flare_monitor.db.models import (
    Activity,
    ActivityPartner,
    Attendance,
    Indicator,
    IndicatorTarget,
    IndicatorValue,
    Narrative,
    Organization,
    Participant,
    Project,
    ProjectCountry,
    ProjectRisk,
    Result,
    ResultLevel,
)
from flare_monitor.errors import ConflictError
from flare_monitor.i18n import _
from flare_monitor.indicators.periods import Period, life_of_project, parse_period, quarter
from flare_monitor.services import demo_content as content
from flare_monitor.services.geo import ensure_country, ensure_subdivision
from flare_monitor.text import fold, name_key, normalize_phone

__all__ = ["DEMO_NAMESPACE", "DEMO_PROJECT_CODES", "DEMO_SEED", "DEMO_TIMESTAMP", "demo_id", "load_demo"]

DEMO_NAMESPACE = uuid.UUID("3f0d6c2e-8a4b-5e71-9c3d-2b6f4a8e1d57")
DEMO_SEED = 20240416
# "Now" for the demo: mid-October 2025, after FY2025-Q4 / 2025-Q3 closed, before the planned activities.
DEMO_TIMESTAMP = datetime(2025, 10, 15, 9, 0)
DEMO_PROJECT_CODES = tuple(p["code"] for p in content.PROJECTS)

# Quarters with per-country targets: FY2023-Q1..FY2025-Q4 (fiscal) or 2023-Q1..2025-Q4 (calendar).
_TARGET_YEARS = (2023, 2024, 2025)


def demo_id(kind: str, key: str) -> uuid.UUID:
    """The id of a demo row: the same in every database the demo is loaded into."""
    return uuid.uuid5(DEMO_NAMESPACE, f"{kind}:{key}")


def load_demo(session: Session) -> bool:
    """Load the demo projects; False (nothing changed) if they are already there. Never commits."""
    ids = [demo_id("project", code) for code in DEMO_PROJECT_CODES]
    found = session.scalars(
        select(Project.id).where(or_(Project.code.in_(DEMO_PROJECT_CODES), Project.id.in_(ids)))
    ).first()
    if found is not None:
        return False
    codes = [a.code for acts in content.ACTIVITIES.values() for a in acts]
    clash = session.scalars(
        select(Activity.code).where(Activity.code.in_(codes)).order_by(Activity.code)
    ).first()
    if clash is not None:
        raise ConflictError(
            _("Cannot load the demo: an activity with code {clash} already exists.", clash=clash)
        )
    _Loader(session).run()
    return True


class _Loader:
    def __init__(self, session: Session):
        self.session = session
        self.rng = random.Random(DEMO_SEED)
        self.pending: list[Any] = []
        self.projects: dict[str, Project] = {}
        self.results: dict[tuple[str, str], Result] = {}
        self.indicators: dict[tuple[str, str], Indicator] = {}
        self.orgs: dict[str, Organization] = {}
        # activity code → [(participant, organization key)] of its participants (role participant)
        self.attendees: dict[str, list[tuple[Participant, str | None]]] = {}
        self.facilitators: dict[str, list[Participant]] = {}
        self.used_names: set[str] = set()
        self.fixed_names = {k: list(v) for k, v in content.FIXED_NAMES.items()}
        self.person_count = 0

    # ------------------------------------------------------------------ helpers

    def new(self, cls: type, key: str, **fields: Any) -> Any:
        obj = cls(
            id=demo_id(cls.__tablename__, key), created_at=DEMO_TIMESTAMP, updated_at=DEMO_TIMESTAMP, **fields
        )
        self.pending.append(obj)
        return obj

    def flush(self) -> None:
        """Insert what is pending; stages keep parents ahead of children for SQLite's foreign keys."""
        self.session.add_all(self.pending)
        self.pending = []
        self.session.flush()

    def run(self) -> None:
        self.geography()
        for spec in content.PROJECTS:
            self.project(spec)
        self.flush()
        for spec in content.PROJECTS:
            self.framework(spec)
        for spec in content.PROJECTS:
            self.indicators_of(spec)
        self.flush()
        for spec in content.PROJECTS:
            self.targets_and_values(spec)
        self.narratives()
        self.organizations()
        self.flush()
        for spec in content.PROJECTS:
            for act in content.ACTIVITIES[spec["code"]]:
                self.activity(spec["code"], act)
        self.flush()
        for spec in content.PROJECTS:
            for act in content.ACTIVITIES[spec["code"]]:
                self.attendance(act)
        self.flush()

    def geography(self) -> None:
        countries = [c for p in content.PROJECTS for c in p["countries"]]
        countries += [o[3] for o in content.ORGANIZATIONS.values() if o[3]]
        for code in dict.fromkeys(countries):
            ensure_country(self.session, code)
        subdivisions = [o[4] for o in content.ORGANIZATIONS.values() if o[4]]
        subdivisions += [a.subdivision for acts in content.ACTIVITIES.values() for a in acts if a.subdivision]
        for code in dict.fromkeys(subdivisions):
            ensure_subdivision(self.session, code)
        self.session.flush()

    # ------------------------------------------------------------------ projects and frameworks

    def project(self, spec: dict) -> None:
        code = spec["code"]
        self.projects[code] = self.new(
            Project,
            code,
            code=code,
            title=spec["title"],
            donor=spec["donor"],
            grant_number=spec["grant_number"],
            start_date=spec["start_date"],
            end_date=spec["end_date"],
            currency=spec["currency"],
            calendar=Calendar(spec["calendar"]),
            fiscal_year_start_month=spec["fiscal_year_start_month"],
            description=spec["description"],
            **spec.get("details", {}),
        )

    def framework(self, spec: dict) -> None:
        code = spec["code"]
        project = self.projects[code]
        for country in spec["countries"]:
            self.new(ProjectCountry, f"{code}|{country}", project_id=project.id, country_code=country)
        for depth, name in enumerate(spec["levels"], start=1):
            self.new(ResultLevel, f"{code}|{depth}", project_id=project.id, depth=depth, name=name)
        # Parents first, one depth per flush: rows of one table are inserted in the order added.
        by_depth: dict[int, list[tuple[int, str, str]]] = {}
        for order, (rcode, statement) in enumerate(content.RESULTS[code]):
            by_depth.setdefault(rcode.count(".") + 1, []).append((order, rcode, statement))
        self.flush()
        for depth in sorted(by_depth):
            for order, rcode, statement in by_depth[depth]:
                parent = self.results[(code, rcode.rsplit(".", 1)[0])] if depth > 1 else None
                self.results[(code, rcode)] = self.new(
                    Result,
                    f"{code}|{rcode}",
                    project_id=project.id,
                    parent_id=parent.id if parent else None,
                    depth=depth,
                    code=rcode,
                    statement=statement,
                    sort_order=order,
                )
            self.flush()

    def indicators_of(self, spec: dict) -> None:
        code = spec["code"]
        project = self.projects[code]
        for order, ind in enumerate(content.INDICATORS[code]):
            baseline = ind.get("baseline")
            self.indicators[(code, ind["code"])] = self.new(
                Indicator,
                f"{code}|{ind['code']}",
                project_id=project.id,
                result_id=self.results[(code, ind["result"])].id,
                code=ind["code"],
                name=ind["name"],
                definition=ind["definition"],
                unit=IndicatorUnit(ind["unit"]),
                direction=Direction(ind["direction"]),
                cumulative=ind["cumulative"],
                disaggregations=list(ind["disaggregations"]),
                data_source=ind["data_source"],
                means_of_verification=ind["means_of_verification"],
                collection_method=ind["collection_method"],
                frequency=ind["frequency"],
                responsible=ind["responsible"],
                baseline_value=float(baseline[0]) if baseline else None,
                baseline_date=baseline[1] if baseline else None,
                computation=_copy(ind.get("computation")),
                is_key=ind.get("is_key", False),
                sort_order=order,
            )

    def _period(self, spec: dict, label: str) -> Period:
        return parse_period(
            label,
            fiscal_start_month=spec["fiscal_year_start_month"],
            lop=(spec["start_date"], spec["end_date"]),
        )

    def _quarters(self, spec: dict) -> list[Period]:
        fiscal = spec["calendar"] == "fiscal"
        return [
            quarter(year, q, fiscal=fiscal, fiscal_start_month=spec["fiscal_year_start_month"])
            for year in _TARGET_YEARS
            for q in range(1, 5)
        ]

    def _target(
        self, project: str, ind: Indicator, period: Period, country: str | None, value: float
    ) -> None:
        self.new(
            IndicatorTarget,
            f"{project}|{ind.code}|{period.label}|{country or '*'}|*",
            indicator_id=ind.id,
            period=period.label,
            period_start=period.start,
            period_end=period.end,
            country_code=country,
            sex=None,
            value=float(value),
        )

    def targets_and_values(self, spec: dict) -> None:
        code = spec["code"]
        lop = life_of_project(spec["start_date"], spec["end_date"])
        quarters = self._quarters(spec)
        for ind_spec in content.INDICATORS[code]:
            ind = self.indicators[(code, ind_spec["code"])]
            for country, value in ind_spec["lop"].items():
                self._target(code, ind, lop, country, value)
            for country, values in ind_spec.get("quarterly", {}).items():
                assert len(values) == len(quarters), (code, ind_spec["code"], country)
                for period, value in zip(quarters, values, strict=True):
                    self._target(code, ind, period, country, value)
            for label, country, value in ind_spec.get("extra", ()):
                self._target(code, ind, self._period(spec, label), country, value)
        for ind_code, label, country, amount, approver, approved_on, comment in content.VALUES[code]:
            ind = self.indicators[(code, ind_code)]
            period = self._period(spec, label)
            numerator = denominator = None
            if isinstance(amount, tuple):
                numerator, denominator = float(amount[0]), float(amount[1])
                value = round(100.0 * numerator / denominator, 1)
            else:
                value = float(amount)
            self.new(
                IndicatorValue,
                f"{code}|{ind_code}|{label}|{country or '*'}|*",
                indicator_id=ind.id,
                period=period.label,
                period_start=period.start,
                period_end=period.end,
                country_code=country,
                sex=None,
                value=value,
                numerator=numerator,
                denominator=denominator,
                comment=comment,
                status=ValueStatus.APPROVED if approver else ValueStatus.DRAFT,
                approved_by=approver,
                approved_at=datetime.combine(approved_on, time(10, 0)) if approved_on else None,
            )

    def narratives(self) -> None:
        specs = {p["code"]: p for p in content.PROJECTS}
        for code, label, country, section, text in content.NARRATIVES:
            period = self._period(specs[code], label)
            self.new(
                Narrative,
                f"{code}|{label}|{country or '*'}|{section}",
                project_id=self.projects[code].id,
                country_code=country,
                period=period.label,
                period_start=period.start,
                period_end=period.end,
                section=NarrativeSection(section),
                text=text,
            )
        for code, label, country, result, text in content.RESULT_NARRATIVES:
            period = self._period(specs[code], label)
            self.new(
                Narrative,
                f"{code}|{label}|{country or '*'}|outcome_progress|{result}",
                project_id=self.projects[code].id,
                country_code=country,
                result_id=self.results[(code, result)].id,
                period=period.label,
                period_start=period.start,
                period_end=period.end,
                section=NarrativeSection.OUTCOME_PROGRESS,
                text=text,
            )
        for code, number, country, risk, likelihood, impact, mitigation, status in content.RISKS:
            self.new(
                ProjectRisk,
                f"{code}|R{number}",
                project_id=self.projects[code].id,
                number=number,
                country_code=country,
                risk=risk,
                likelihood=RiskLevel(likelihood),
                impact=RiskLevel(impact),
                mitigation=mitigation,
                status=RiskStatus(status),
            )

    # ------------------------------------------------------------------ register

    def organizations(self) -> None:
        for key, (name, acronym, kind, country, subdivision, _positions) in content.ORGANIZATIONS.items():
            self.orgs[key] = self.new(
                Organization,
                key,
                name=name,
                search_name=fold(name),
                acronym=acronym,
                type=OrganizationType(kind),
                country_code=country,
                subdivision_code=subdivision,
            )

    def activity(self, project: str, act: content.Act) -> None:
        actual: tuple[date | None, date | None] = (None, None)
        if act.actual is not None:
            actual = act.actual
        elif act.status == "completed":
            actual = act.planned
        activity = self.new(
            Activity,
            act.code,
            project_id=self.projects[project].id,
            country_code=act.country,
            subdivision_code=act.subdivision,
            result_id=self.results[(project, act.result)].id if act.result else None,
            code=act.code,
            title=act.title,
            type=ActivityType(act.type),
            status=ActivityStatus(act.status),
            planned_start=act.planned[0],
            planned_end=act.planned[1],
            actual_start=actual[0],
            actual_end=actual[1],
            venue=act.venue,
            description=act.description,
            reason=act.reason,
        )
        for org in act.partners:
            self.new(
                ActivityPartner,
                f"{act.code}|{org}",
                activity_id=activity.id,
                organization_id=self.orgs[org].id,
            )

    def attendance(self, act: content.Act) -> None:
        activity_id = demo_id("activity", act.code)
        start, end = act.actual or act.planned
        duration = float(((end or start) - start).days + 1)
        present: list[tuple[Participant, str | None]] = []
        seen: set[uuid.UUID] = set()
        for group in act.groups:
            if isinstance(group, content.Facilitator):
                for person in self._facilitators(act, group):
                    if person.id not in seen:
                        seen.add(person.id)
                        self._attend(act, activity_id, person, AttendanceRole.FACILITATOR, duration)
                continue
            if isinstance(group, content.Return):
                pool = [
                    (p, org)
                    for p, org in self.attendees[group.source]
                    if p.id not in seen and (not group.orgs or org in group.orgs)
                ]
                if len(pool) < group.count:
                    raise ValueError(f"{act.code}: only {len(pool)} people of {group.source} can return")
                people = self.rng.sample(pool, group.count)
            else:
                people = self._new_people(act, group)
            for person, org in people:
                seen.add(person.id)
                present.append((person, org))
                self._attend(act, activity_id, person, AttendanceRole.PARTICIPANT, duration)
        self.attendees[act.code] = present

    def _attend(
        self,
        act: content.Act,
        activity_id: uuid.UUID,
        person: Participant,
        role: AttendanceRole,
        duration: float,
    ) -> None:
        rng = self.rng
        days, completed, remarks = duration, True, None
        pre = post = None
        if role is AttendanceRole.PARTICIPANT:
            draw = rng.random()
            if act.full_days:
                if draw < 0.15 and duration > 1:
                    days = duration - 0.5
            elif draw < 0.06 and duration > 1:
                days, completed, remarks = 0.5, False, rng.choice(content.EARLY_LEAVE_REMARKS)
            elif draw < 0.2 and duration > 1:
                days = duration - 0.5
            if act.type == "training" and act.tests:
                pre = 5.0 * rng.randint(5, 14)
                if completed:
                    if rng.random() < 0.82:
                        post = min(100.0, pre + 5.0 * rng.randint(1, 7))
                    else:
                        post = max(0.0, pre - 5.0 * rng.randint(0, 2))
        self.new(
            Attendance,
            f"{act.code}|{person.id}",
            participant_id=person.id,
            activity_id=activity_id,
            role=role,
            days_attended=days,
            completed=completed,
            pre_test_score=pre,
            post_test_score=post,
            remarks=remarks,
        )

    def _facilitators(self, act: content.Act, group: content.Facilitator) -> list[Participant]:
        people = self.facilitators.setdefault(group.org, [])
        while len(people) < group.count:
            sex = self.rng.choice(["female", "male"])
            people.append(
                self._person(
                    f"facilitator|{group.org}|{len(people) + 1}",
                    act,
                    group.org,
                    sex,
                    sensitive=False,
                    position=None,
                    script=None,
                )
            )
        return people[: group.count]

    def _new_people(self, act: content.Act, group: content.New) -> list[tuple[Participant, str | None]]:
        sexes = (
            ["female"] * group.female
            + ["not_recorded"] * group.unknown
            + ["male"] * (group.count - group.female - group.unknown)
        )
        self.rng.shuffle(sexes)
        people = []
        for sex in sexes:
            self.person_count += 1
            key = f"{act.code}|{self.person_count:04d}"
            people.append(
                (
                    self._person(
                        key,
                        act,
                        group.org,
                        sex,
                        sensitive=group.sensitive,
                        position=group.position,
                        script=group.script,
                    ),
                    group.org,
                )
            )
        return people

    def _person(
        self,
        key: str,
        act: content.Act,
        org_key: str | None,
        sex: str,
        *,
        sensitive: bool,
        position: str | None,
        script: str | None,
    ) -> Participant:
        rng = self.rng
        org = content.ORGANIZATIONS[org_key] if org_key else None
        country = org[3] if org else act.country
        subdivision = org[4] if org and org[4] else (act.subdivision if country == act.country else None)
        name = self._name(country, sex, script)
        if position is None and org is not None:
            position = rng.choice(org[5])
        phone = email = age_group = None
        if not sensitive and rng.random() < (0.6 if org else 0.3):
            phone = _digits(rng, rng.choice(content.PHONE_FORMATS[country]))
        if org and rng.random() < 0.5:
            email = _email(name, len(self.used_names))
        if org is None:
            age_group = rng.choice(content.AGE_GROUPS)
        elif rng.random() < 0.3:
            age_group = rng.choice(content.AGE_GROUPS[1:])
        consent = True if sensitive else rng.random() < 0.95
        return self.new(
            Participant,
            key,
            full_name=name,
            search_name=fold(name),
            name_key=name_key(name),
            sex=Sex(sex),
            age_group=age_group,
            organization_id=self.orgs[org_key].id if org_key else None,
            position=position,
            country_code=country,
            subdivision_code=subdivision,
            phone=phone,
            phone_normalized=normalize_phone(phone) if phone else None,
            email=email,
            consent=consent,
            sensitive=sensitive,
        )

    def _name(self, country: str, sex: str, script: str | None) -> str:
        rng = self.rng
        fixed = self.fixed_names.get((country, sex))
        if fixed and script is None:
            name = fixed.pop(0)
            self.used_names.add(name)
            return name
        if script is None:
            choices = content.COUNTRY_SCRIPTS[country]
            script = rng.choices([s for s, _ in choices], weights=[w for _, w in choices])[0]
        pool = content.SCRIPTS[script]
        name_sex = sex if sex in ("female", "male") else rng.choice(["female", "male"])
        for _attempt in range(500):
            given = rng.choice(pool[name_sex])
            family = rng.choice(pool["family"])
            if name_sex == "female":
                family += pool.get("female_suffix", "")
            style = pool["style"]
            if style == "gss":
                second = rng.choice([f for f in pool["family"] if f != family])
                name = f"{given} {family} {second}"
            elif style == "sg":
                name = f"{family} {given}"
            elif style == "sg0":
                name = f"{family}{given}"
            else:
                name = f"{given} {family}"
            if name not in self.used_names:
                self.used_names.add(name)
                return name
        raise ValueError(f"the demo name pool {script} is too small")


def _copy(value: Any) -> Any:
    """A fresh copy of a JSON-like value, so rows never share the module's lists."""
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy(v) for v in value]
    return value


def _digits(rng: random.Random, pattern: str) -> str:
    return "".join(str(rng.randint(0, 9)) if ch == "#" else ch for ch in pattern)


def _email(name: str, serial: int) -> str | None:
    """A made-up address at example.org for names written in Latin letters; None for other scripts."""
    folded = fold(name)
    if not folded.isascii():
        return None
    words = [w for w in (re.sub(r"[^a-z]", "", w) for w in folded.split()) if w]
    return f"{words[0]}.{words[-1]}{serial % 97}@example.org" if words else None
