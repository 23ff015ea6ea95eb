"""Setting up a project: its reference data (code, title, donor, grant, dates, reporting calendar), its
countries and the provinces it works in, the names of its result levels, deleting it, and the whole
project as one plain description (`project_detail`, what `project show --json` prints).

Every change goes through the session's audit hook (one entry per changed row); deleting a project is
one explicit audit entry with what was removed, since it removes rows in bulk.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import Session

from flare_monitor.db.audit_hook import add_entry
from flare_monitor.db.enums import AuditAction, Calendar
from flare_monitor.db.lookups import project_by_code
from flare_monitor.db.models import (
    Activity,
    Attendance,
    Base,
    Indicator,
    IndicatorTarget,
    IndicatorValue,
    Narrative,
    Organization,
    Participant,
    PeriodLock,
    Project,
    ProjectCountry,
    Result,
    ResultLevel,
)
from flare_monitor.errors import ConflictError, ValidationError
from flare_monitor.indicators.computation import parse_computation
from flare_monitor.indicators.engine import natural_key, project_indicators
from flare_monitor.indicators.periods import LOP_LABEL
from flare_monitor.indicators.rule_words import describe_rule
from flare_monitor.services.common import (
    concurrent_edit,
    flush_edit,
    locked_for_edit,
    optional_text,
    parse_date,
    parse_enum,
    refused_edit,
    require_text,
)
from flare_monitor.services.geo import country_name, ensure_country, ensure_subdivision, validate_country
from flare_monitor.text import clean

PROJECT_CODE = re.compile(r"^[A-Z0-9][A-Z0-9_.-]*$")
US_FISCAL_YEAR_START = 10


# ---------------------------------------------------------------- input


@dataclass(frozen=True)
class ProjectIn:
    """A project as the form, the command line and the logframe workbook give it.

    `subdivisions` maps a country of the project to the ISO 3166-2 codes of the provinces or regions the
    project works in there. `fiscal_year_start_month` None: October for a fiscal calendar (the US
    government's), January for a calendar one."""

    code: str
    title: str
    donor: str
    start: date | str | None
    end: date | str | None
    countries: tuple[str, ...] = ()
    calendar: str = Calendar.CALENDAR.value
    fiscal_year_start_month: int | str | None = None
    grant_number: str | None = None
    grantee: str | None = None
    description: str | None = None
    subdivisions: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # What a donor's cover sheet asks besides (services.project_details): None or "" leaves them empty.
    grantee_uei: str | None = None
    hq_contact: str | None = None
    field_contact: str | None = None
    total_funding: float | str | None = None
    representative_name: str | None = None
    representative_title: str | None = None


COVER_FIELDS = (
    "grantee_uei", "hq_contact", "field_contact", "total_funding", "representative_name",
    "representative_title",
)  # fmt: skip


def _set_cover(session: Session, code: str, data: ProjectIn) -> None:
    """The cover-sheet details as given (empty ones cleared), validated as `project set` does."""
    from flare_monitor.services.project_details import ProjectChanges, update_project_details

    values = {}
    for name in COVER_FIELDS:
        value = getattr(data, name)
        values[name] = "" if value is None else (value if isinstance(value, str) else float(value))
    update_project_details(session, code, ProjectChanges(**values))


def _month(value: int | str | None, calendar: Calendar) -> int:
    if value is None or (isinstance(value, str) and not value.strip()):
        return US_FISCAL_YEAR_START if calendar == Calendar.FISCAL else 1
    try:
        month = int(str(value).strip())
    except ValueError:
        month = 0
    if not 1 <= month <= 12:
        raise ValidationError(
            f"fiscal year start month: '{value}' is not a month from 1 to 12 (10 = October, as the US "
            "government's fiscal year)",
            "fiscal year start month",
        )
    return month


def _code(value: str | None) -> str:
    code = require_text(value, "code", 32).upper()
    if not PROJECT_CODE.match(code):
        raise ValidationError(
            f"code: '{value}' may hold only letters, digits, '-', '_' and '.' (e.g. BRIDGE, FLARE-2)", "code"
        )
    return code


def _countries(session: Session, data: ProjectIn) -> list[str]:
    codes: list[str] = []
    for raw in data.countries:
        code = validate_country(raw, "countries")
        if code not in codes:
            codes.append(code)
    if not codes:
        raise ValidationError("countries: choose at least one country (ISO codes, e.g. PK,PE)", "countries")
    for code in codes:
        ensure_country(session, code, "countries")
    return codes


def _subdivisions(session: Session, data: ProjectIn, countries: list[str]) -> dict[str, list[str]]:
    chosen: dict[str, list[str]] = {code: [] for code in countries}
    for raw_country, codes in (data.subdivisions or {}).items():
        if not codes:
            continue
        country = validate_country(raw_country, "provinces")
        if country not in chosen:
            raise ValidationError(
                f"provinces: {country} is not one of the project's countries ({', '.join(countries)})",
                "provinces",
            )
        for raw in codes:
            code = ensure_subdivision(session, raw, country, "provinces")
            if code and code not in chosen[country]:
                chosen[country].append(code)
    return {country: sorted(codes) for country, codes in chosen.items()}


def _validated(session: Session, data: ProjectIn) -> dict[str, Any]:
    calendar = parse_enum(Calendar, data.calendar, "calendar", Calendar.CALENDAR)
    start = parse_date(data.start, "start date")
    end = parse_date(data.end, "end date")
    if end <= start:
        raise ValidationError(f"end date: {end} is not after the start date ({start})", "end date")
    countries = _countries(session, data)
    return {
        "code": _code(data.code),
        "title": require_text(data.title, "title", 300),
        "donor": require_text(data.donor, "donor", 200),
        "grant_number": optional_text(data.grant_number, "grant number", 100),
        "grantee": optional_text(data.grantee, "grantee", 300),
        "start_date": start,
        "end_date": end,
        "calendar": calendar,
        "fiscal_year_start_month": _month(data.fiscal_year_start_month, calendar),
        "description": clean(data.description),
        "_countries": countries,
        "_subdivisions": _subdivisions(session, data, countries),
    }


def _check_code_free(session: Session, code: str, own_id: uuid.UUID | None = None) -> None:
    query = select(Project.id).where(Project.code == code)
    if own_id is not None:
        query = query.where(Project.id != own_id)
    if session.scalar(query) is not None:
        raise ValidationError(f"code: a project called {code} already exists", "code")


def get_project(session: Session, code: str) -> Project:
    """The project with this code (db.lookups, the core's one way of finding it)."""
    return project_by_code(session, code or "")


def create_project(session: Session, data: ProjectIn) -> Project:
    values = _validated(session, data)
    countries, subdivisions = values.pop("_countries"), values.pop("_subdivisions")
    _check_code_free(session, values["code"])
    project = Project(**values)
    session.add(project)
    session.flush()
    for code in countries:
        session.add(ProjectCountry(project_id=project.id, country_code=code, subdivisions=subdivisions[code]))
    session.flush()
    _set_cover(session, project.code, data)
    return project


def project_input(session: Session, code: str) -> tuple[ProjectIn, int]:
    """The project as its form shows it, and the version to pass back to update_project."""
    p = get_project(session, code)
    rows = _country_rows(session, p.id)
    data = ProjectIn(
        code=p.code,
        title=p.title,
        donor=p.donor,
        start=p.start_date,
        end=p.end_date,
        countries=tuple(r.country_code for r in rows),
        calendar=str(getattr(p.calendar, "value", p.calendar)),
        fiscal_year_start_month=p.fiscal_year_start_month,
        grant_number=p.grant_number,
        grantee=p.grantee,
        description=p.description,
        subdivisions={r.country_code: tuple(r.subdivisions or ()) for r in rows},
        **{name: getattr(p, name) for name in COVER_FIELDS},
    )
    return data, p.version


def _country_rows(session: Session, project_id: uuid.UUID) -> list[ProjectCountry]:
    return list(
        session.scalars(
            select(ProjectCountry)
            .where(ProjectCountry.project_id == project_id)
            .order_by(ProjectCountry.country_code)
        )
    )


def _country_in_use(session: Session, project: Project, country: str) -> str | None:
    """What keeps a country in a project (its activities, targets, values, narratives), or None."""
    checks = (
        (
            "activities",
            select(func.count()).where(Activity.project_id == project.id, Activity.country_code == country),
        ),
        (
            "targets",
            select(func.count())
            .select_from(IndicatorTarget)
            .join(Indicator, Indicator.id == IndicatorTarget.indicator_id)
            .where(Indicator.project_id == project.id, IndicatorTarget.country_code == country),
        ),
        (
            "reported values",
            select(func.count())
            .select_from(IndicatorValue)
            .join(Indicator, Indicator.id == IndicatorValue.indicator_id)
            .where(Indicator.project_id == project.id, IndicatorValue.country_code == country),
        ),
        (
            "narratives",
            select(func.count()).where(Narrative.project_id == project.id, Narrative.country_code == country),
        ),
    )  # fmt: skip
    one = {"activities": "activity", "targets": "target", "reported values": "reported value",
           "narratives": "narrative"}  # fmt: skip
    used = [f"{n} {one[what] if n == 1 else what}" for what, query in checks if (n := session.scalar(query))]
    return ", ".join(used) or None


def _edit_view(data: ProjectIn) -> dict[str, Any]:
    return {
        "code": clean(data.code),
        "title": clean(data.title),
        "donor": clean(data.donor),
        "start": str(data.start or ""),
        "end": str(data.end or ""),
        "countries": ",".join(data.countries),
        "calendar": clean(data.calendar),
        "grant number": clean(data.grant_number),
        "grantee": clean(data.grantee),
    }


def update_project(
    session: Session,
    code: str,
    data: ProjectIn,
    expected_version: int | None = None,
    seen: ProjectIn | None = None,
) -> Project:
    """Save an edit of the project; a country keeps its place while activities or figures use it."""
    project = get_project(session, code)
    if expected_version is not None:
        project = locked_for_edit(session, select(Project).where(Project.id == project.id))
        if project is None:
            raise concurrent_edit(session, f"the project {code}", "project", None, None, None)
        if project.version != expected_version:
            raise _refused(session, project, seen)
    values = _validated(session, data)
    countries, subdivisions = values.pop("_countries"), values.pop("_subdivisions")
    _check_code_free(session, values["code"], project.id)
    rows = {r.country_code: r for r in _country_rows(session, project.id)}
    for country, row in rows.items():
        if country in countries:
            continue
        used = _country_in_use(session, project, country)
        if used:
            raise ValidationError(
                f"countries: {country} ({country_name(country)}) cannot be removed from {project.code}: "
                f"it has {used}",
                "countries",
            )
        session.delete(row)
    for country in countries:
        row = rows.get(country)
        if row is None:
            session.add(
                ProjectCountry(
                    project_id=project.id, country_code=country, subdivisions=subdivisions[country]
                )
            )
        elif list(row.subdivisions or []) != subdivisions[country]:
            row.subdivisions = subdivisions[country]
    for key, value in values.items():
        if getattr(project, key) != value:
            setattr(project, key, value)
    flush_edit(session, lambda: _refused(session, project, seen))
    _set_cover(session, project.code, data)
    return project


def _refused(session: Session, project: Project, seen: ProjectIn | None):
    project_id, code = project.id, project.code
    return refused_edit(
        session,
        Project,
        project_id,
        f"the project {code}",
        lambda: _edit_view(project_input(session, session.get(Project, project_id).code)[0]),
        _edit_view(seen) if seen is not None else None,
    )


# ---------------------------------------------------------------- result levels


def set_levels(session: Session, code: str, names: Iterable[str]) -> list[str]:
    """Name the depths of the results framework, top first (e.g. Outcome, Output)."""
    project = get_project(session, code)
    cleaned = [require_text(name, "levels", 100) for name in names]
    if not cleaned:
        raise ValidationError('levels: give at least one name, e.g. "Outcome,Output"', "levels")
    existing = {
        level.depth: level
        for level in session.scalars(select(ResultLevel).where(ResultLevel.project_id == project.id))
    }
    for depth, name in enumerate(cleaned, start=1):
        level = existing.pop(depth, None)
        if level is None:
            session.add(ResultLevel(project_id=project.id, depth=depth, name=name))
        elif level.name != name:
            level.name = name
    for level in existing.values():
        session.delete(level)
    session.flush()
    return cleaned


def level_names(session: Session, project_id: uuid.UUID) -> list[str]:
    return list(
        session.scalars(
            select(ResultLevel.name).where(ResultLevel.project_id == project_id).order_by(ResultLevel.depth)
        )
    )


# ---------------------------------------------------------------- deleting


@dataclass(frozen=True)
class DeletedProject:
    code: str
    rows: dict[str, int]  # table → rows deleted

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def ensure_deletable(session: Session, code: str) -> Project:
    """The project, if it may be deleted: never while a period of it is locked (submitted)."""
    project = get_project(session, code)
    locked = list(
        session.scalars(
            select(PeriodLock.period)
            .where(PeriodLock.project_id == project.id, PeriodLock.locked.is_(True))
            .order_by(PeriodLock.period_start)
        )
    )
    if locked:
        raise ConflictError(
            f"{project.code} cannot be deleted: {', '.join(locked)} "
            f"{'is' if len(locked) == 1 else 'are'} locked (submitted to the donor); unlock "
            f"{'it' if len(locked) == 1 else 'them'} with a reason first"
        )
    return project


def _owned(project_id: uuid.UUID) -> dict[str, Any]:
    """{table name: condition selecting its rows that belong to the project}, following every foreign
    key from the project down (activities, their attendance, indicators, their targets…), so that a
    table added later is deleted with the project too. The register's shared records (people,
    organizations) and reference data are not owned by one project."""
    tables = Base.metadata.sorted_tables
    owned: dict[str, Any] = {"project": Project.__table__.c.id == project_id}
    shared = {"participant", "organization", "country", "subdivision"}
    for table in tables:
        if table.name in owned or table.name in shared:
            continue
        conditions = []
        for fk in table.foreign_keys:
            parent = fk.column.table
            if parent.name == table.name or parent.name not in owned:
                continue
            conditions.append(fk.parent.in_(select(fk.column).where(owned[parent.name])))
        if conditions:
            owned[table.name] = or_(*conditions)
    return owned


def _unreferenced(session: Session, table_name: str, ids: set[uuid.UUID]) -> set[uuid.UUID]:
    """Those of `ids` (rows of `table_name`) that no row of any table refers to any more."""
    left = set(ids)
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table.name != table_name or not left:
                continue
            used = session.scalars(select(fk.parent).where(fk.parent.in_(list(left))).distinct())
            left -= set(used)
    return left


def delete_project(session: Session, code: str) -> DeletedProject:
    """Delete a project and everything that is its own: countries, levels, results, indicators,
    targets, values, narratives, activities and their attendance, reports and reopened periods.

    People who attended only this project's activities go with it (the demo leaves nobody behind);
    people who also attended another project's stay, and so do organizations someone still refers to.
    Refused while a period is locked (`ensure_deletable`)."""
    project = ensure_deletable(session, code)
    project_id, project_code = project.id, project.code
    activities = select(Activity.id).where(Activity.project_id == project_id)
    people = set(
        session.scalars(select(Attendance.participant_id).where(Attendance.activity_id.in_(activities)))
    )
    organizations = set(
        session.scalars(
            select(Participant.organization_id).where(
                Participant.id.in_(list(people)), Participant.organization_id.is_not(None)
            )
        )
    ) if people else set()  # fmt: skip
    from flare_monitor.db.models import ActivityPartner

    organizations |= set(
        session.scalars(
            select(ActivityPartner.organization_id).where(ActivityPartner.activity_id.in_(activities))
        )
    )
    from flare_monitor.db.models import Evidence

    files = list(session.scalars(select(Evidence.sha256).where(Evidence.project_id == project_id).distinct()))
    session.flush()
    owned = _owned(project_id)
    counts: dict[str, int] = {}
    session.execute(update(Result).where(Result.project_id == project_id).values(parent_id=None))
    for table in reversed(Base.metadata.sorted_tables):
        if table.name not in owned:
            continue
        result = session.execute(delete(table).where(owned[table.name]))
        if result.rowcount:
            counts[table.name] = result.rowcount
    gone_people = _unreferenced(session, "participant", people)
    if gone_people:
        session.execute(delete(Participant).where(Participant.id.in_(list(gone_people))))
        counts["participant"] = len(gone_people)
    gone_orgs = _unreferenced(session, "organization", organizations)
    if gone_orgs:
        session.execute(delete(Organization).where(Organization.id.in_(list(gone_orgs))))
        counts["organization"] = len(gone_orgs)
    if files:  # the files' content, unless another project's evidence holds the same bytes
        from flare_monitor.services.evidence import forget_unused_content

        forget_unused_content(session, files)
    session.expire_all()
    add_entry(
        session,
        AuditAction.DELETE,
        "project",
        project_id,
        changes={"code": project_code, "rows_deleted": dict(sorted(counts.items()))},
        comment=f"project {project_code} deleted with everything of its own",
    )
    session.flush()
    return DeletedProject(project_code, dict(sorted(counts.items())))


# ---------------------------------------------------------------- the whole project, described


def _number(value: float | None) -> float | int | None:
    if value is None:
        return None
    rounded = round(float(value), 6)
    return int(rounded) if rounded.is_integer() else rounded


@dataclass(frozen=True)
class ResultNode:
    code: str
    statement: str
    level: str
    depth: int
    parent: str | None
    children: tuple[ResultNode, ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "statement": self.statement,
            "level": self.level,
            "children": [child.as_json() for child in self.children],
        }


@dataclass(frozen=True)
class TargetLine:
    period: str
    country: str | None
    sex: str | None
    value: float

    def as_json(self) -> dict[str, Any]:
        return {"period": self.period, "country": self.country, "sex": self.sex, "value": _number(self.value)}


@dataclass(frozen=True)
class IndicatorSheet:
    """An indicator's reference sheet and rule as plain values."""

    code: str
    name: str
    result: str | None
    definition: str | None
    unit: str
    direction: str
    cumulative: bool
    is_key: bool
    disaggregations: tuple[str, ...]
    baseline: float | None
    baseline_date: date | None
    lop_target: float | None
    data_source: str | None
    means_of_verification: str | None
    collection_method: str | None
    frequency: str | None
    responsible: str | None
    rule: dict[str, Any] | None  # canonical JSON of the counting rule; None: reported
    rule_words: str | None
    targets: tuple[TargetLine, ...] = ()

    @property
    def computed(self) -> bool:
        return self.rule is not None

    def as_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "result": self.result,
            "definition": self.definition,
            "unit": self.unit,
            "direction": self.direction,
            "cumulative": self.cumulative,
            "key": self.is_key,
            "disaggregations": list(self.disaggregations),
            "baseline": _number(self.baseline),
            "baseline_date": self.baseline_date.isoformat() if self.baseline_date else None,
            "lop_target": _number(self.lop_target),
            "data_source": self.data_source,
            "means_of_verification": self.means_of_verification,
            "collection_method": self.collection_method,
            "frequency": self.frequency,
            "responsible": self.responsible,
            "actuals": "computed" if self.computed else "reported",
            "rule": self.rule,
            "rule_words": self.rule_words,
            "targets": [t.as_json() for t in self.targets],
        }


@dataclass(frozen=True)
class CountryLine:
    code: str
    name: str
    subdivisions: tuple[tuple[str, str], ...]  # (code, name)

    def as_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "subdivisions": [{"code": c, "name": n} for c, n in self.subdivisions],
        }


@dataclass(frozen=True)
class ProjectDetail:
    code: str
    title: str
    donor: str
    grant_number: str | None
    grantee: str | None
    start: date
    end: date
    calendar: str
    fiscal_year_start_month: int
    description: str | None
    cover: dict[str, Any]  # the cover-sheet details of donor reports (COVER_FIELDS, and the currency)
    countries: tuple[CountryLine, ...]
    levels: tuple[str, ...]
    results: tuple[ResultNode, ...]  # the roots; each holds its children
    indicators: tuple[IndicatorSheet, ...]
    version: int = 1

    def flat_results(self) -> list[ResultNode]:
        """Every result, parents before children, in the framework's order."""
        out: list[ResultNode] = []

        def visit(nodes: Iterable[ResultNode]) -> None:
            for node in nodes:
                out.append(node)
                visit(node.children)

        visit(self.results)
        return out

    def as_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "title": self.title,
            "donor": self.donor,
            "grant_number": self.grant_number,
            "grantee": self.grantee,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "calendar": self.calendar,
            "fiscal_year_start_month": self.fiscal_year_start_month,
            "description": self.description,
            **{name: _number(v) if isinstance(v, float) else v for name, v in self.cover.items()},
            "countries": [c.as_json() for c in self.countries],
            "levels": list(self.levels),
            "results": [r.as_json() for r in self.results],
            "indicators": [i.as_json() for i in self.indicators],
        }


def _subdivision_names(country: str) -> dict[str, str]:
    from flare_monitor.services.geo import subdivisions_of

    return dict(subdivisions_of(country))


def result_tree(session: Session, project: Project) -> tuple[ResultNode, ...]:
    levels = level_names(session, project.id)
    rows = session.execute(
        select(
            Result.id, Result.parent_id, Result.depth, Result.code, Result.statement, Result.sort_order
        ).where(Result.project_id == project.id)
    ).all()
    ids = {r.id: r for r in rows}
    children: dict[uuid.UUID | None, list] = {}
    for r in rows:
        children.setdefault(r.parent_id if r.parent_id in ids else None, []).append(r)

    def build(parent_id: uuid.UUID | None, parent_code: str | None, depth: int) -> tuple[ResultNode, ...]:
        nodes = []
        for r in sorted(children.get(parent_id, []), key=lambda r: (r.sort_order, natural_key(r.code))):
            level = levels[depth - 1] if depth - 1 < len(levels) else ""
            nodes.append(
                ResultNode(r.code, r.statement, level, depth, parent_code, build(r.id, r.code, depth + 1))
            )
        return tuple(nodes)

    return build(None, None, 1)


def _targets(
    session: Session, indicator_ids: list[uuid.UUID], lop_only: bool = False
) -> dict[uuid.UUID, list[TargetLine]]:
    found: dict[uuid.UUID, list[TargetLine]] = {i: [] for i in indicator_ids}
    if not indicator_ids:
        return found
    query = select(
        IndicatorTarget.indicator_id,
        IndicatorTarget.period,
        IndicatorTarget.period_start,
        IndicatorTarget.period_end,
        IndicatorTarget.country_code,
        IndicatorTarget.sex,
        IndicatorTarget.value,
    ).where(IndicatorTarget.indicator_id.in_(indicator_ids))
    if lop_only:
        query = query.where(
            IndicatorTarget.period == LOP_LABEL,
            IndicatorTarget.country_code.is_(None),
            IndicatorTarget.sex.is_(None),
        )
    rows = session.execute(query).all()
    for ind_id, period, _start, _end, country, sex, value in sorted(
        rows,
        key=lambda r: (
            r.period != LOP_LABEL,
            r.period_start,
            r.period_end,
            r.country_code or "",
            str(getattr(r.sex, "value", r.sex) or ""),
        ),
    ):
        sex_value = getattr(sex, "value", sex)
        found[ind_id].append(TargetLine(period, country, sex_value, float(value)))
    return found


def indicator_sheet(
    indicator: Indicator, result_code: str | None, targets: list[TargetLine]
) -> IndicatorSheet:
    rule = None
    words = None
    if indicator.computation:
        computation = parse_computation(indicator.computation, indicator.unit)
        rule, words = computation.to_json(), describe_rule(computation)
    lop = next(
        (t.value for t in targets if t.period == LOP_LABEL and t.country is None and t.sex is None), None
    )
    return IndicatorSheet(
        code=indicator.code,
        name=indicator.name,
        result=result_code,
        definition=indicator.definition,
        unit=str(getattr(indicator.unit, "value", indicator.unit)),
        direction=str(getattr(indicator.direction, "value", indicator.direction)),
        cumulative=bool(indicator.cumulative),
        is_key=bool(indicator.is_key),
        disaggregations=tuple(indicator.disaggregations or ()),
        baseline=indicator.baseline_value,
        baseline_date=indicator.baseline_date,
        lop_target=lop,
        data_source=indicator.data_source,
        means_of_verification=indicator.means_of_verification,
        collection_method=indicator.collection_method,
        frequency=indicator.frequency,
        responsible=indicator.responsible,
        rule=rule,
        rule_words=words,
        targets=tuple(targets),
    )


def project_detail(session: Session, code: str, *, every_target: bool = True) -> ProjectDetail:
    """The whole project as plain values: reference data, countries and provinces, levels, the
    results tree and every indicator's reference sheet, rule and targets. Without `every_target`, an
    indicator's targets are its life-of-project target alone (the set-up page shows no more; a large
    programme has a hundred thousand targets by quarter, country and sex)."""
    project = get_project(session, code)
    countries = tuple(
        CountryLine(
            row.country_code,
            country_name(row.country_code),
            tuple(
                (c, _subdivision_names(row.country_code).get(c, c)) for c in sorted(row.subdivisions or ())
            ),
        )
        for row in _country_rows(session, project.id)
    )
    indicators = project_indicators(session, project)
    targets = _targets(session, [i.id for i, _r in indicators], lop_only=not every_target)
    return ProjectDetail(
        code=project.code,
        title=project.title,
        donor=project.donor,
        grant_number=project.grant_number,
        grantee=project.grantee,
        start=project.start_date,
        end=project.end_date,
        calendar=str(getattr(project.calendar, "value", project.calendar)),
        fiscal_year_start_month=project.fiscal_year_start_month,
        description=project.description,
        cover={"currency": project.currency, **{name: getattr(project, name) for name in COVER_FIELDS}},
        countries=countries,
        levels=tuple(level_names(session, project.id)),
        results=result_tree(session, project),
        indicators=tuple(indicator_sheet(i, r, targets[i.id]) for i, r in indicators),
        version=project.version,
    )


def project_codes(session: Session) -> list[str]:
    return list(session.scalars(select(Project.code).order_by(Project.code)))


__all__ = [
    "CountryLine",
    "DeletedProject",
    "IndicatorSheet",
    "ProjectDetail",
    "ProjectIn",
    "ResultNode",
    "TargetLine",
    "create_project",
    "delete_project",
    "ensure_deletable",
    "get_project",
    "indicator_sheet",
    "project_detail",
    "project_input",
    "result_tree",
    "set_levels",
    "update_project",
]
