"""Turn the database into a plain `ReportData` for one project, period and set of countries.

Every indicator figure comes from the indicator engine (`flare_monitor.indicators.engine`); the only
numbers made here are plain listings (activities, trainings, rosters) and one aggregation the engine
does not offer: people trained by sex and agency type (`trained_by_agency`, a SQL GROUP BY counting
distinct persons with the same rules as the engine's `distinct_participants` over trainings, which
the tests cross-check against the engine).

Scope: with all countries (the default) or exactly one, the IPTT and key figures are for that scope;
with a subset of several countries the IPTT stays project-wide (the engine computes one country or
all, and distinct people cannot be added up across countries), while the country sections and the
annexes cover the chosen countries only.
"""

from __future__ import annotations

import getpass
import uuid
from collections import Counter, defaultdict
from datetime import date

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from flare_monitor.db.enums import ActivityStatus, AttendanceRole
from flare_monitor.db.figures import figure_sources
from flare_monitor.db.models import (
    Activity,
    Attendance,
    Narrative,
    Organization,
    Participant,
    Result,
    ResultLevel,
)
from flare_monitor.errors import ValidationError
from flare_monitor.indicators import engine
from flare_monitor.indicators.engine import IndicatorFigure
from flare_monitor.indicators.periods import Period, next_period, previous
from flare_monitor.reports import i18n
from flare_monitor.reports.charts import IndicatorSeries
from flare_monitor.reports.model import (
    SEXES,
    ActivityItem,
    CountryInfo,
    CountrySection,
    KeyFigures,
    ParticipantItem,
    ProjectInfo,
    ReportData,
    ReportOptions,
    ResultGroup,
    TrainingItem,
)
from flare_monitor.services import activities as activity_service
from flare_monitor.services.geo import country_name

# Activity types whose participants are "trained" in the report's training tables.
TRAINING_TYPES = ("training", "workshop")
CHART_PERIODS = 8  # periods shown in the cumulative-vs-target charts
MAX_CHART_INDICATORS = 4
NO_ORGANIZATION = "no_organization"


# --------------------------------------------------------------------------- scope


def resolve_countries(session: Session, project, requested: tuple[str, ...] | None) -> list[str]:
    """The project's countries, or the requested ones (each checked to belong to the project)."""
    known = engine.project_countries(session, project)
    if not requested:
        return known
    chosen: list[str] = []
    for code in requested:
        checked = engine.check_country(session, project, code)
        if checked and checked not in chosen:
            chosen.append(checked)
    return sorted(chosen)


def country_label(code: str, lang: str) -> str:
    name = country_name(code)
    if lang != "en":
        try:
            import gettext

            import pycountry

            name = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]).gettext(name)
        except OSError:
            pass
    return name


# --------------------------------------------------------------------------- listings


def _activity_items(session: Session, project_code: str, countries: list[str]) -> list[ActivityItem]:
    wanted = set(countries)
    return [
        ActivityItem(r.code, r.title, r.type, r.status, r.start, r.end, r.venue, r.country, r.participants)
        for r in activity_service.list_activities(session, project=project_code)
        if r.country in wanted
    ]


def _trainings(session: Session, items: list[ActivityItem]) -> list[TrainingItem]:
    if not items:
        return []
    codes = [a.code for a in items]
    ids = dict(session.execute(select(Activity.code, Activity.id).where(Activity.code.in_(codes))).all())
    return [TrainingItem(a, activity_service.participants_by_sex(session, ids[a.code])) for a in items]


def _trained_by_agency_rows(
    session: Session,
    project_id: uuid.UUID,
    start: date,
    end: date,
    countries: list[str] | None,
    by_country: bool,
):
    # Counted from every person, whatever rows this login may read (db/figures.py).
    sources = figure_sources(session)
    attendance, person = sources.attendance, sources.participant
    agency = Organization.type  # NULL (no organization) is a group of its own
    keys = [Activity.country_code] if by_country else []
    query = (
        select(*keys, agency, person.sex, func.count(distinct(attendance.participant_id)))
        .select_from(attendance)
        .join(Activity, Activity.id == attendance.activity_id)
        .join(person, person.id == attendance.participant_id)
        .outerjoin(Organization, Organization.id == person.organization_id)
        .where(
            Activity.project_id == project_id,
            Activity.type.in_(TRAINING_TYPES),
            Activity.status == ActivityStatus.COMPLETED,
            attendance.role == AttendanceRole.PARTICIPANT,
            func.coalesce(Activity.actual_start, Activity.planned_start).between(start, end),
        )
        .group_by(*keys, agency, person.sex)
    )
    if countries is not None:
        query = query.where(Activity.country_code.in_(countries))
    for row in session.execute(query):
        *country, kind, sex, count = row
        yield (
            (country[0] if country else None),
            getattr(kind, "value", kind) or NO_ORGANIZATION,
            getattr(sex, "value", str(sex)),
            int(count),
        )


def trained_by_agency(
    session: Session, project_id: uuid.UUID, start: date, end: date, countries: list[str] | None = None
) -> dict[str, dict[str, dict[str, int]]]:
    """{country: {agency type: {sex: distinct people}}} trained in completed trainings dated start..end.

    Same rules as the engine's distinct_participants with activity_types training+workshop: an
    activity is dated by coalesce(actual_start, planned_start), only completed ones, role participant.
    A person has one organization and one sex, so the sum over agency types is the distinct count.
    """
    result: dict[str, dict[str, dict[str, int]]] = {}
    for country, kind, sex, count in _trained_by_agency_rows(
        session, project_id, start, end, countries, True
    ):
        by_sex = result.setdefault(country, {}).setdefault(kind, dict.fromkeys(SEXES, 0))
        by_sex[sex] = by_sex.get(sex, 0) + count
    return result


def trained_by_agency_total(
    session: Session, project_id: uuid.UUID, start: date, end: date, countries: list[str] | None = None
) -> dict[str, dict[str, int]]:
    """{agency type: {sex: distinct people}} over all `countries`: a person trained in two countries
    counts once (adding the per-country figures would count them twice)."""
    result: dict[str, dict[str, int]] = {}
    for _c, kind, sex, count in _trained_by_agency_rows(session, project_id, start, end, countries, False):
        by_sex = result.setdefault(kind, dict.fromkeys(SEXES, 0))
        by_sex[sex] = by_sex.get(sex, 0) + count
    return result


def participant_annex(
    session: Session, project_id: uuid.UUID, start: date, end: date, countries: list[str]
) -> list[ParticipantItem]:
    """Who attended the period's activities: never sensitive records, never phone or e-mail."""
    query = (
        select(
            Participant.id,
            Participant.full_name,
            Participant.sex,
            Organization.name,
            Organization.type,
            Participant.position,
            Activity.country_code,
            Activity.code,
        )
        .select_from(Attendance)
        .join(Activity, Activity.id == Attendance.activity_id)
        .join(Participant, Participant.id == Attendance.participant_id)
        .outerjoin(Organization, Organization.id == Participant.organization_id)
        .where(
            Activity.project_id == project_id,
            Participant.sensitive.is_(False),
            Attendance.role == AttendanceRole.PARTICIPANT,
            Activity.country_code.in_(countries),
            func.coalesce(Activity.actual_start, Activity.planned_start).between(start, end),
        )
        .order_by(Activity.country_code, Participant.search_name, Participant.id, Activity.code)
    )
    people: dict[tuple[str, uuid.UUID], list] = {}
    for pid, name, sex, org, org_type, position, country, code in session.execute(query):
        entry = people.setdefault((country, pid), [name, sex, org, org_type, position, country, []])
        if code not in entry[6]:
            entry[6].append(code)
    return [
        ParticipantItem(
            name=name,
            sex=getattr(sex, "value", str(sex)),
            organization=org,
            organization_type=getattr(org_type, "value", org_type),
            position=position,
            country=country,
            activities=", ".join(codes),
        )
        for name, sex, org, org_type, position, country, codes in people.values()
    ]


def read_narratives(session: Session, project, period: Period, country: str | None) -> dict[str, str]:
    """{section: text}: the narratives service when the label is in the project's calendar,
    otherwise the rows whose dates are the period's (a calendar label asked of a fiscal project)."""
    try:
        from flare_monitor.services.narratives import get_narratives

        return get_narratives(session, project.code, period.label, country)
    except (ImportError, ValidationError):
        pass
    query = select(Narrative.section, Narrative.text).where(
        Narrative.project_id == project.id,
        Narrative.period_start == period.start,
        Narrative.period_end == period.end,
        Narrative.country_code.is_(None) if country is None else Narrative.country_code == country,
    )
    return {getattr(s, "value", str(s)): t for s, t in session.execute(query)}


# --------------------------------------------------------------------------- results framework


def result_groups(session: Session, project, figures: list[IndicatorFigure], lang: str) -> list[ResultGroup]:
    """Outcomes in depth-first order, each with its indicators and those of its outputs (leaf children)."""
    levels = dict(session.execute(select(ResultLevel.depth, ResultLevel.name).where(
        ResultLevel.project_id == project.id)).all())  # fmt: skip
    results = session.execute(
        select(
            Result.id, Result.parent_id, Result.code, Result.statement, Result.depth, Result.sort_order
        ).where(Result.project_id == project.id)
    ).all()
    ids = {r.id for r in results}
    children: dict[uuid.UUID | None, list] = defaultdict(list)
    for r in results:
        children[r.parent_id if r.parent_id in ids else None].append(r)
    for kids in children.values():
        kids.sort(key=lambda r: (r.sort_order, engine.natural_key(r.code)))
    by_result: dict[str | None, list[IndicatorFigure]] = defaultdict(list)
    for fig in figures:
        by_result[fig.result_code].append(fig)

    def subtree_has_figures(node) -> bool:
        kids = children.get(node.id, [])
        return bool(by_result.get(node.code)) or any(subtree_has_figures(c) for c in kids)

    groups: list[ResultGroup] = []

    def level_of(node) -> str:
        return levels.get(node.depth, "")

    def visit(node) -> None:
        kids = children.get(node.id, [])
        leaves = [k for k in kids if not children.get(k.id)]
        if kids or node.parent_id not in ids:
            if subtree_has_figures(node):
                groups.append(ResultGroup(
                    node.code, level_of(node), node.statement, node.depth, by_result.get(node.code, []),
                    [(k.code, level_of(k), k.statement, by_result.get(k.code, [])) for k in leaves
                     if by_result.get(k.code)],
                ))  # fmt: skip
        for kid in kids:
            if children.get(kid.id):
                visit(kid)

    for root in children.get(None, []):
        visit(root)
    orphans = by_result.get(None, [])
    if orphans:
        groups.append(ResultGroup(None, "", i18n.text(lang, "other_indicators"), 1, orphans, []))
    return groups


# --------------------------------------------------------------------------- engine figures


def _chart_periods(project, period: Period) -> list[Period]:
    periods = [period]
    while len(periods) < CHART_PERIODS:
        try:
            before = previous(periods[0])
        except ValueError:
            break
        if before.end < project.start_date:
            break
        periods.insert(0, before)
    return periods


def _chart_indicators(session: Session, project) -> list:
    chosen = [
        ind for ind, _code in engine.project_indicators(session, project)
        if ind.is_key and str(getattr(ind.unit, "value", ind.unit)) in ("number", "percentage")
    ]  # fmt: skip
    return chosen[:MAX_CHART_INDICATORS]


def country_series(
    session: Session, indicators: list, periods: list[Period], country: str
) -> list[IndicatorSeries]:
    """Cumulative actual and target per period of the key indicators in one country (engine.series)."""
    result = []
    for ind in indicators:
        figs = engine.series(session, ind, periods, country)
        result.append(IndicatorSeries(
            title=f"{ind.code} {ind.name}", periods=[p.label for p in periods],
            actual=[f.cumulative_actual for f in figs], target=[f.cumulative_target for f in figs],
            unit=str(getattr(ind.unit, "value", ind.unit)),
        ))  # fmt: skip
    return result


def people_figures(figures: list[IndicatorFigure]) -> list[IndicatorFigure]:
    """Key indicators that count people (by sex) — the "people trained" of the key figures."""
    people = [f for f in figures if f.by_sex is not None and f.unit == "number"]
    key = [f for f in people if f.is_key]
    return key or people


# --------------------------------------------------------------------------- assembly


def assemble(session: Session, options: ReportOptions, step=None) -> ReportData:
    """Read everything the report shows. `step(message)` is called between stages (progress/cancel)."""
    lang = i18n.check_language(options.language)

    def tick(message: str) -> None:
        if step is not None:
            step(message)

    project = engine.project_by_code(session, options.project)
    period = engine.project_period(project, options.period)
    if period.kind == "lop":
        raise ValidationError("period: a donor report covers a quarter, half or year, not the LOP", "period")
    codes = resolve_countries(session, project, options.countries)
    all_codes = engine.project_countries(session, project)
    all_countries = codes == all_codes
    iptt_country = codes[0] if len(codes) == 1 and len(all_codes) > 1 else None
    try:
        following: Period | None = next_period(period)
    except ValueError:
        following = None

    tick("indicators")
    # One pass loads the targets and values once for the total and every country.
    reports = engine.figures_by_country(session, project.code, period, include_total=True)
    total_report = reports[iptt_country]
    per_country = {c: reports[c] for c in codes}
    iptt = total_report.figures

    tick("activities")
    items = _activity_items(session, project.code, codes)
    in_period = [a for a in items if period.start <= a.start <= period.end]
    completed = [a for a in in_period if a.status == ActivityStatus.COMPLETED.value]
    cumulative_done = [
        a for a in items
        if a.status == ActivityStatus.COMPLETED.value and project.start_date <= a.start <= period.end
    ]  # fmt: skip
    training_items = [a for a in in_period if a.type in TRAINING_TYPES]
    trainings = _trainings(session, training_items)
    completed_trainings = [t for t in trainings if t.activity.status == ActivityStatus.COMPLETED.value]
    planned = []
    if following is not None:
        planned_codes = set(session.scalars(select(Activity.code).where(
            Activity.project_id == project.id,
            Activity.planned_start.between(following.start, following.end),
            Activity.status != ActivityStatus.CANCELLED,
        )))  # fmt: skip
        planned = [a for a in items if a.code in planned_codes]

    key = KeyFigures(
        activities_completed=len(completed),
        activities_completed_cumulative=len(cumulative_done),
        trainings=len(completed_trainings),
        people=people_figures(iptt),
        status_counts=dict(Counter(f.status for f in iptt)),
    )

    tick("countries")
    agency = trained_by_agency(session, project.id, period.start, period.end, codes)
    chart_periods = _chart_periods(project, period)
    chart_inds = _chart_indicators(session, project)
    sections = []
    for code in codes:
        figs = per_country[code].figures
        sections.append(CountrySection(
            country=CountryInfo(code, country_label(code, lang)),
            figures=[f for f in figs if f.is_key] or figs,
            activities=[a for a in completed if a.country == code],
            trainings=[t for t in completed_trainings if t.activity.country == code],
            trained_by_agency=agency.get(code, {}),
            series=country_series(session, chart_inds, chart_periods, code),
            narratives=read_narratives(session, project, period, code),
        ))  # fmt: skip
        tick(f"country {code}")

    annex_people = None
    if options.annex_participants:
        annex_people = participant_annex(session, project.id, period.start, period.end, codes)

    report_date = options.report_date or (period.end if options.deterministic else date.today())
    return ReportData(
        options=options,
        project=ProjectInfo(
            project.id,
            project.code,
            project.title,
            project.donor or "",
            project.grant_number,
            project.start_date,
            project.end_date,
            str(getattr(project.calendar, "value", project.calendar)),
            project.fiscal_year_start_month,
        ),  # fmt: skip
        period=period,
        next_period=following,
        countries=[s.country for s in sections],
        all_countries=all_countries,
        iptt_country=iptt_country,
        prepared_by=options.prepared_by or _os_user(),
        report_date=report_date,
        key=key,
        iptt=iptt,
        results=result_groups(session, project, iptt, lang),
        country_sections=sections,
        narratives=read_narratives(session, project, period, None),
        planned=planned,
        annex_activities=in_period,
        annex_trainings=trainings,
        annex_participants=annex_people,
        level_names=dict(
            session.execute(
                select(ResultLevel.depth, ResultLevel.name).where(ResultLevel.project_id == project.id)
            ).all()
        ),  # fmt: skip
    )


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"
