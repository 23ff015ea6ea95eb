"""Turn the database into a plain `ReportData` for one project, period and set of countries: the one dataset
every report template and the Excel annex are drawn from.

Every indicator figure comes from the indicator engine (`flare_monitor.indicators.engine`): the IPTT of the
period, the countries' figures, the charts' series and the tables of every reporting period to date
(`ReportData.table`, for the donor's data reporting form and the Excel annex) are one `engine.figures_table`
over the periods and scopes the report needs. The only numbers made here are plain listings (activities,
trainings, rosters); people trained by sex and agency type come from the one definition of "trained"
(`flare_monitor.indicators.overview`: TRAINED_ACTIVITY_TYPES, trained_by_agency), which the dashboard
shares and the tests cross-check against the engine.

For a locked period the figures are those submitted: the engine gives the indicators' (with today's
beside them where the register was corrected since), and `indicators.submitted` the training tables'
(people trained by agency type, and each training's participants by sex), with the corrections noted.

Scope: with all countries (the default) or exactly one, the IPTT and key figures are for that scope;
with a subset of several countries the IPTT stays project-wide (the engine computes one country or
all, and distinct people cannot be added up across countries), while the country sections, the
narratives and the annexes cover the chosen countries only.
"""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from flare_monitor.db.enums import ActivityStatus, AttendanceRole, NarrativeSection
from flare_monitor.db.models import (
    Activity,
    Attendance,
    Indicator,
    IndicatorTarget,
    IndicatorValue,
    Organization,
    Participant,
    Result,
    ResultLevel,
)
from flare_monitor.errors import ValidationError
from flare_monitor.i18n import Translator, _, formatting
from flare_monitor.indicators import engine
from flare_monitor.indicators.engine import IndicatorFigure
from flare_monitor.indicators.overview import (
    TRAINED_ACTIVITY_TYPES,
    trained_by_agency,
    training_participants,
)
from flare_monitor.indicators.periods import LOP_LABEL, Period, next_period, periods_between, previous
from flare_monitor.indicators.rule_words import rule_in_words
from flare_monitor.indicators.submitted import TrainedAsSubmitted, lock_of, trained_as_submitted
from flare_monitor.reports import words
from flare_monitor.reports.charts import IndicatorSeries
from flare_monitor.reports.model import (
    SEXES,
    ActivityItem,
    Correction,
    CountryInfo,
    CountrySection,
    KeyFigures,
    LockInfo,
    NarrativeText,
    ParticipantItem,
    ProjectInfo,
    ReportData,
    ReportOptions,
    ResultGroup,
    RiskItem,
    TrainingItem,
)
from flare_monitor.services import activities as activity_service
from flare_monitor.services.evidence import evidence_of_period, section_photos
from flare_monitor.services.narratives import NarrativeRow, narrative_key, narratives_within
from flare_monitor.services.project_texts import Shown, texts_for
from flare_monitor.services.risks import list_risks
from flare_monitor.services.submissions import not_approved

# Activity types whose completion is a product of the project (studies; manuals, curricula and tools):
# the "outputs and research products" of a donor's progress report.
PRODUCT_TYPES = ("research", "technical_assistance")
CHART_PERIODS = 8  # periods shown in the cumulative-vs-target charts
UNTRANSLATED = "‡"  # after a project text printed as written, for want of a translation
MAX_CHART_INDICATORS = 4
NOT_HELD = (ActivityStatus.POSTPONED.value, ActivityStatus.CANCELLED.value)


class PeriodOutsideProject(ValidationError):
    """The report's period lies outside the project's dates (built anyway with `force`)."""


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
    """A country's name in the report's language (flare_monitor.i18n.formatting)."""
    return formatting.country_name(code, lang)


def by_name(codes: list[str], lang: str) -> list[str]:
    """Country codes in the order of their names in the report's language (Perú after Pakistán, Égypte
    among the E): collation, not code order."""
    return formatting.sorted_countries(codes, lang)


def check_period(project, period: Period, force: bool = False) -> None:
    """Refuse a period outside the project's dates (a typo in the year), unless `force`."""
    if period.kind == "lop":
        raise ValidationError(
            _("period: a donor report covers a quarter, half or year, not the LOP"), "period"
        )
    if force or (period.end >= project.start_date and period.start <= project.end_date):
        return
    raise PeriodOutsideProject(
        _(
            "period: {label} ({start} to {end}) is outside {code}, which runs {start_date} to {end_date}",
            label=period.label,
            start=period.start,
            end=period.end,
            code=project.code,
            start_date=project.start_date,
            end_date=project.end_date,
        ),
        "period",
    )


def first_period_with_data(session: Session, project, period: Period) -> Period:
    """The first period (of the report's kind and calendar) holding a target, an entered value or an
    activity of the project, not before the project's start: where the tables of every period begin."""
    indicators = select(Indicator.id).where(Indicator.project_id == project.id)
    starts = [
        session.scalar(select(func.min(IndicatorTarget.period_start)).where(
            IndicatorTarget.indicator_id.in_(indicators), IndicatorTarget.period != LOP_LABEL)),
        session.scalar(select(func.min(IndicatorValue.period_start)).where(
            IndicatorValue.indicator_id.in_(indicators))),
        session.scalar(select(func.min(func.coalesce(Activity.actual_start, Activity.planned_start))).where(
            Activity.project_id == project.id)),
    ]  # fmt: skip
    known = [d if isinstance(d, date) else date.fromisoformat(str(d)[:10]) for d in starts if d is not None]
    first = max(min(known, default=project.start_date), project.start_date)
    first = min(first, period.start)
    return periods_between(first, first, period.kind, fiscal=period.fiscal,
                           fiscal_start_month=project.fiscal_year_start_month)[0]  # fmt: skip


def periods_to(project, first: Period, period: Period) -> list[Period]:
    return periods_between(first.start, period.end, period.kind, fiscal=period.fiscal,
                           fiscal_start_month=project.fiscal_year_start_month)  # fmt: skip


def chart_periods(first: Period, period: Period) -> list[Period]:
    """Up to CHART_PERIODS periods ending with the report's, from the first period with data."""
    periods = [period]
    while len(periods) < CHART_PERIODS:
        try:
            before = previous(periods[0])
        except ValueError:
            break
        if before.start < first.start:
            break
        periods.insert(0, before)
    return periods


# --------------------------------------------------------------------------- listings

OPEN = (ActivityStatus.PLANNED.value, ActivityStatus.ONGOING.value, ActivityStatus.POSTPONED.value)


def in_work_plan(a: ActivityItem, period: Period) -> bool:
    """An activity of the period's work plan: planned or held (even in part) in the period, or due before
    it and still not done (running on, slipped or postponed: the plan still owes it)."""

    def overlaps(start: date | None, end: date | None) -> bool:
        return start is not None and start <= period.end and (end or start) >= period.start

    due_before = (a.planned_start or a.start) < period.start
    return (
        overlaps(a.start, a.end)
        or overlaps(a.planned_start, a.planned_end)
        or (due_before and a.status in OPEN)
    )


def _activity_items(session: Session, project_code: str, countries: list[str]) -> list[ActivityItem]:
    wanted = set(countries)
    return [
        ActivityItem(r.code, r.title, r.type, r.status, r.start, r.end, r.venue, r.country, r.participants,
                     planned_start=r.planned_start, planned_end=r.planned_end, actual_start=r.actual_start,
                     actual_end=r.actual_end, reason=r.reason)
        for r in activity_service.list_activities(session, project=project_code) if r.country in wanted
    ]  # fmt: skip


def _trainings(session: Session, project, period: Period, items: list[ActivityItem]) -> list[TrainingItem]:
    """Each training's participants by sex (one grouped query, by the one definition of trained)."""
    if not items:
        return []
    found = training_participants(
        session, project.id, period.start, period.end, sorted({a.country for a in items})
    )
    return [
        TrainingItem(a, dict(found.get(a.country, {}).get(a.code) or dict.fromkeys(SEXES, 0))) for a in items
    ]


def _differences(table: str, row: str, submitted: dict, today: dict, causes: tuple) -> list[Correction]:
    return [
        Correction(table, row, sex, int(submitted.get(sex) or 0), int(today.get(sex) or 0), causes)
        for sex in SEXES
        if int(submitted.get(sex) or 0) != int(today.get(sex) or 0)
    ]


def as_submitted(
    trainings: list[TrainingItem], agency: dict[str, dict], kept: TrainedAsSubmitted, countries: list[str]
) -> tuple[list[TrainingItem], dict[str, dict], dict[str, list[Correction]]]:
    """A locked period's training tables as submitted: each training's participants and the people trained
    by agency type as kept at the lock, and, where today's register gives other figures, the corrections
    (what, submitted, today and the causes noted since the lock) — never today's figure silently beside a
    submitted one."""
    corrections: dict[str, list[Correction]] = defaultdict(list)
    shown = []
    for item in trainings:
        country, code = item.activity.country, item.activity.code
        submitted = kept.of(country)["trainings"].get(code) or dict.fromkeys(SEXES, 0)
        corrections[country] += _differences(
            "trainings", code, submitted, item.by_sex, kept.causes_in(country)
        )
        shown.append(TrainingItem(item.activity, {sex: int(submitted.get(sex) or 0) for sex in SEXES}))
    by_agency = {}
    for country in countries:
        submitted = kept.of(country)["by_agency"]
        today = agency.get(country, {})
        for kind in sorted(set(submitted) | set(today)):
            corrections[country] += _differences(
                "agency", kind, submitted.get(kind, {}), today.get(kind, {}), kept.causes_in(country)
            )
        by_agency[country] = {
            kind: {sex: int(n or 0) for sex, n in row.items()} for kind, row in submitted.items()
        }
    return shown, by_agency, corrections


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


# --------------------------------------------------------------------------- narratives


@dataclass
class _Narratives:
    """The period's narratives, read once: a section's texts for a scope, with their labels."""

    rows: list[NarrativeRow]
    period: Period
    lang: str
    limited: bool  # the report covers some of the project's countries only
    photos: dict = field(default_factory=dict)  # narrative id → services.evidence.SectionPhoto

    def texts(self, section: str, country: str | None = None, result: str | None = None,
              label_scope: str | None = None) -> list[NarrativeText]:  # fmt: skip
        """The period's own text of the section (country None: the whole project); without one, the texts
        of the periods within it (a half-year's quarters), each labelled with its period."""
        rows = [r for r in self.rows if r.section == section and r.country == country and r.result == result]
        own = [r for r in rows if (r.start, r.end) == (self.period.start, self.period.end)]
        chosen = own or rows
        texts = []
        for r in chosen:
            parts = [label_scope] if label_scope else []
            if r not in own:
                parts.append(r.period)
            texts.append(self._text(r, ", ".join(parts) or None))
        return texts

    def _text(self, row: NarrativeRow, scope: str | None) -> NarrativeText:
        """A text with its photo: the image attached to the section as evidence, else the file given with
        the text. A photo that shows people and may not be printed is left out, file and all."""
        photo = self.photos.get(row.id)
        if photo is None:
            return NarrativeText(row.text, scope, row.photo_path, row.photo_caption)
        if photo.withheld:
            return NarrativeText(row.text, scope, photo_withheld=photo.name)
        caption = row.photo_caption or photo.caption
        return NarrativeText(row.text, scope, None, caption, photo_data=photo.data, photo_name=photo.name)

    def project_texts(self, section: str, result: str | None = None) -> list[NarrativeText]:
        whole = words.text(self.lang, "whole_project") if self.limited else None
        return self.texts(section, None, result, whole)


def _narrative_rows(session: Session, project_code: str, period: Period, countries: list[str]) -> list:
    return narratives_within(session, project_code, period.start, period.end, tuple(countries))


# --------------------------------------------------------------------------- results framework


def result_groups(
    session: Session, project, figures: list[IndicatorFigure], lang: str, shown=None, own=None
) -> list[ResultGroup]:
    """Outcomes in depth-first order, each with its indicators and those of its outputs (leaf children);
    statements and level names in the report's language when the project gives them in it (`own`)."""
    levels = dict(session.execute(select(ResultLevel.depth, ResultLevel.name).where(
        ResultLevel.project_id == project.id)).all())  # fmt: skip
    if own is not None:
        levels = {depth: shown(own.level(depth, name)) for depth, name in levels.items()}

    def statement(node) -> str:
        return shown(own.statement(node.code, node.statement)) if own is not None else node.statement

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
                    node.code, level_of(node), statement(node), node.depth, by_result.get(node.code, []),
                    [(k.code, level_of(k), statement(k), by_result.get(k.code, [])) for k in leaves
                     if by_result.get(k.code)],
                ))  # fmt: skip
        for kid in kids:
            if children.get(kid.id):
                visit(kid)

    for root in children.get(None, []):
        visit(root)
    orphans = by_result.get(None, [])
    if orphans:
        groups.append(ResultGroup(None, "", words.text(lang, "other_indicators"), 1, orphans, []))
    return groups


# --------------------------------------------------------------------------- engine figures


def _chart_indicators(session: Session, project) -> list:
    chosen = [
        ind for ind, _code in engine.project_indicators(session, project)
        if ind.is_key and str(getattr(ind.unit, "value", ind.unit)) in ("number", "percentage")
    ]  # fmt: skip
    return chosen[:MAX_CHART_INDICATORS]


def series_from_table(
    table: dict, indicators: list, periods: list[Period], scope: str | None, own=None
) -> list:
    """Cumulative actual and target per period of the key indicators in one scope, from the table."""
    result = []
    for ind in indicators:
        figs = [table[(p.label, scope)].figure(ind.code) for p in periods]
        name = own.indicator_name(ind.code, ind.name).text if own is not None else ind.name
        shown = [words.period_name(p, own.language) if own is not None else p.label for p in periods]
        result.append(IndicatorSeries(
            title=f"{ind.code} {name}", periods=shown,
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


def _project_info(project) -> ProjectInfo:
    return ProjectInfo(
        project.id, project.code, project.title, project.donor or "", project.grant_number,
        project.start_date, project.end_date, str(getattr(project.calendar, "value", project.calendar)),
        project.fiscal_year_start_month, currency=project.currency or "USD", grantee=project.grantee,
        grantee_uei=project.grantee_uei, hq_contact=project.hq_contact, field_contact=project.field_contact,
        total_funding=project.total_funding, representative_name=project.representative_name,
        representative_title=project.representative_title,
        on_track_tolerance=project.on_track_tolerance if project.on_track_tolerance is not None else 0.15,
        needs_attention_tolerance=(project.needs_attention_tolerance
                                   if project.needs_attention_tolerance is not None else 0.35),
    )  # fmt: skip


def _template(options: ReportOptions):
    from flare_monitor.reports.registry import template

    return template(options.template)


def assemble(session: Session, options: ReportOptions, step=None) -> ReportData:
    """Read everything the report shows. `step(message)` is called between stages (progress/cancel)."""
    lang = words.check_language(options.language)
    layout = _template(options)

    def tick(message: str) -> None:
        if step is not None:
            step(message)

    project = engine.project_by_code(session, options.project)
    period = engine.project_period(project, options.period)
    check_period(project, period, options.force)
    codes = by_name(resolve_countries(session, project, options.countries), lang)
    all_codes = engine.project_countries(session, project)
    all_countries = set(codes) == set(all_codes)
    iptt_country = codes[0] if len(codes) == 1 and len(all_codes) > 1 else None
    try:
        following: Period | None = next_period(period)
    except ValueError:
        following = None

    tick("indicators")
    first = first_period_with_data(session, project, period)
    charted = chart_periods(first, period)
    every = periods_to(project, first, period)
    whole_table = bool(options.xlsx) or layout.needs_table
    scopes: list[str | None] = list(dict.fromkeys([*codes, iptt_country]))
    if layout.needs_table:
        # Every period to date with its cumulative figures, for the report's scope (a TPR's Annex A); the
        # countries' figures for the report's period only.
        table_periods = every
        table = engine.figures_table(session, project.code, every, [iptt_country],
                                     approved_only=options.approved_only)  # fmt: skip
        table.update(engine.figures_table(session, project.code, [period], codes,
                                          approved_only=options.approved_only))  # fmt: skip
    else:
        # The Excel annex shows each period's own figures per country and in total; the charts the
        # cumulative ones of the last periods.
        table_periods = every if whole_table else charted
        if whole_table and len(codes) > 1:
            scopes = list(dict.fromkeys([*scopes, None]))
        table = engine.figures_table(
            session, project.code, table_periods, scopes, approved_only=options.approved_only,
            cumulative_from=charted[0],
        )  # fmt: skip
    # The project's own texts in the report's language; an untranslated one is printed as written, marked.
    own = texts_for(session, project, lang)
    untranslated: set[str] = set()

    def shown(text: Shown) -> str:
        if text.translated:
            return text.text
        untranslated.add(own.original_language)
        return f"{text.text} {UNTRANSLATED}"

    for scope_table in table.values():
        scope_table.figures[:] = [
            replace(f, name=shown(own.indicator_name(f.code, f.name))) for f in scope_table.figures
        ]
    iptt = table[(period.label, iptt_country)].figures
    indicators = engine.project_indicators(session, project)
    rules = {ind.code: rule_in_words(ind.computation, lang) for ind, _r in indicators if ind.computation}

    tick("activities")
    items = _activity_items(session, project.code, codes)
    in_period = [a for a in items if period.start <= a.start <= period.end]
    completed = [a for a in in_period if a.status == ActivityStatus.COMPLETED.value]
    cumulative_done = [
        a for a in items
        if a.status == ActivityStatus.COMPLETED.value and project.start_date <= a.start <= period.end
    ]  # fmt: skip
    training_items = [a for a in in_period if a.type in TRAINED_ACTIVITY_TYPES]
    trainings = _trainings(session, project, period, training_items)
    agency = trained_by_agency(session, project.id, period.start, period.end, codes)
    corrections: dict[str, list[Correction]] = {}
    lock = lock_of(session, project, period)
    kept = trained_as_submitted(session, project, period) if lock is not None else None
    if kept is not None:  # a locked period: the training tables as submitted, corrections noted
        trainings, agency, corrections = as_submitted(trainings, agency, kept, codes)
    completed_trainings = [t for t in trainings if t.activity.status == ActivityStatus.COMPLETED.value]
    # The next period's plan: what was planned for it, as planned (today's status may have moved on).
    planned = []
    if following is not None:
        planned = sorted(
            (a for a in items if a.planned_start and following.start <= a.planned_start <= following.end),
            key=lambda a: (a.planned_start, a.code),
        )

    def of_period(a: ActivityItem) -> bool:
        planned_in = a.planned_start is not None and period.start <= a.planned_start <= period.end
        return planned_in or period.start <= a.start <= period.end

    order = {code: i for i, code in enumerate(codes)}
    work_plan = sorted((a for a in items if in_work_plan(a, period)),
                       key=lambda a: (order[a.country], a.planned_start or a.start, a.code))  # fmt: skip
    not_held = [a for a in work_plan if a.status in NOT_HELD and of_period(a)]
    # Studies, manuals and tools the project has completed to date (those of the period are marked).
    products = sorted(
        (a for a in items if a.type in PRODUCT_TYPES and a.status == ActivityStatus.COMPLETED.value
         and a.end <= period.end),
        key=lambda a: (a.end, a.code),
    )  # fmt: skip

    key = KeyFigures(
        activities_completed=len(completed),
        activities_completed_cumulative=len(cumulative_done),
        trainings=len(completed_trainings),
        people=people_figures(iptt),
        status_counts=dict(Counter(f.status for f in iptt)),
    )

    tick("narratives")
    texts = _Narratives(
        _narrative_rows(session, project.code, period, codes), period, lang, not all_countries
    )
    # A success story prints the photo attached to it as evidence; one that shows people only when the
    # report includes personal data (the participant annex chosen), as the evidence annex names them.
    stories = [r.id for r in texts.rows if r.section == NarrativeSection.SUCCESS_STORY.value and r.id]
    texts.photos = section_photos(session, stories, include_personal=options.annex_participants)

    tick("countries")
    chart_inds = _chart_indicators(session, project) if layout.country_charts else []
    sections = []
    for code in codes:
        figs = table[(period.label, code)].figures
        sections.append(CountrySection(
            country=CountryInfo(code, country_label(code, lang)),
            figures=[f for f in figs if f.is_key] or figs,
            activities=[a for a in completed if a.country == code],
            trainings=[t for t in completed_trainings if t.activity.country == code],
            trained_by_agency=agency.get(code, {}),
            series=series_from_table(table, chart_inds, charted, code, own),
            narratives={s.value: texts.texts(s.value, code) for s in NarrativeSection
                        if s != NarrativeSection.OUTCOME_PROGRESS},
            not_held=[a for a in not_held if a.country == code],
            corrections=list(corrections.get(code, [])),
        ))  # fmt: skip
        tick(f"country {code}")

    names = {code: country_label(code, lang) for code in codes}
    outcome_texts: dict[str, list[NarrativeText]] = {}
    for row in texts.rows:
        if row.section == NarrativeSection.OUTCOME_PROGRESS.value and row.result not in outcome_texts:
            found = texts.project_texts(row.section, row.result)
            for code in codes:
                found += texts.texts(row.section, code, row.result, names[code])
            outcome_texts[row.result] = found
    narratives = {s.value: texts.project_texts(s.value) for s in NarrativeSection}
    risks = [
        RiskItem(r.label, r.country, r.risk, r.likelihood, r.impact, r.mitigation, r.status)
        for r in list_risks(session, project.code, None if all_countries else tuple(codes))
    ]

    annex_people = None
    if options.annex_participants:
        annex_people = participant_annex(session, project.id, period.start, period.end, codes)

    report_date = options.report_date or (period.end if options.deterministic else date.today())
    data = ReportData(
        options=options,
        project=_project_info(project),
        period=period,
        next_period=following,
        countries=[s.country for s in sections],
        all_countries=all_countries,
        iptt_country=iptt_country,
        prepared_by=(options.prepared_by or "").strip() or None,
        report_date=report_date,
        key=key,
        iptt=iptt,
        results=result_groups(session, project, iptt, lang, shown, own),
        country_sections=sections,
        narratives=narratives,
        planned=planned,
        annex_activities=in_period,
        annex_trainings=trainings,
        annex_participants=annex_people,
        # Documents that show people keep their names only when the personal-data annex was chosen.
        evidence=evidence_of_period(
            session, project.code, period.label, codes, include_personal=options.annex_participants
        ),
        table=table if whole_table else {},
        table_periods=table_periods if whole_table else [],
        rules=rules,
        outcome_narratives=outcome_texts,
        work_plan=work_plan,
        products=products,
        risks=risks,
        locked=LockInfo(lock.changed_by, lock.updated_at) if lock is not None else None,
        # Whose figures the period's report carries before they are approved (a locked period: none).
        not_approved=[c for c in codes if c in set(not_approved(session, project.code, period.label))],
    )
    data.untranslated_from = next(iter(untranslated), None)
    data.section_titles = {
        s.value: own.section_title(s.value) for s in NarrativeSection if own.section_title(s.value)
    }
    top = [g.code for g in data.results if g.code and g.depth == 1]
    data.empty_sections = missing_narratives(layout, texts, top, lang)
    return data


# --------------------------------------------------------------------------- before building


@dataclass(frozen=True)
class ReportCheck:
    """What to tell the user before a report is built (none of it stops the build)."""

    project: str
    period: str
    template: str
    empty_sections: list[str]  # labels of narrative sections with no text for the period
    empty_keys: tuple[str, ...] = ()  # the same as keys: a section, or "outcome_progress:<result code>"

    def message(self, lang: str = "en") -> str | None:
        if not self.empty_sections:
            return None
        return Translator(lang).ngettext(
            "{count} narrative section has no text: {sections}",
            "{count} narrative sections have no text: {sections}",
            len(self.empty_sections),
            sections=", ".join(self.empty_sections),
        )


def check_report(session: Session, options: ReportOptions) -> ReportCheck:
    """The checks of a report's request that need no figures: project, period (refused outside the project's
    dates unless forced), countries, and the narrative sections the template prints that have no text."""
    lang = words.check_language(options.language)
    layout = _template(options)
    project = engine.project_by_code(session, options.project)
    period = engine.project_period(project, options.period)
    check_period(project, period, options.force)
    codes = resolve_countries(session, project, options.countries)
    all_codes = engine.project_countries(session, project)
    texts = _Narratives(_narrative_rows(session, project.code, period, codes), period, lang,
                        set(codes) != set(all_codes))  # fmt: skip
    top = session.execute(
        select(Result.code).where(Result.project_id == project.id, Result.parent_id.is_(None))
        .order_by(Result.sort_order, Result.code)
    ).scalars().all()  # fmt: skip
    labels = missing_narratives(layout, texts, list(top), lang)
    keys = tuple(missing_narratives(layout, texts, list(top), lang, keys=True))
    return ReportCheck(project.code, period.label, layout.id, labels, keys)


def missing_narratives(
    layout, texts: _Narratives, outcomes: list[str], lang: str, keys: bool = False
) -> list[str]:
    """The narrative sections the template prints that have no text for the period (labels in the report's
    language, or with `keys` the section keys, in the template's order); with per-outcome narratives, each
    top-level outcome without one ("outcome_progress:<code>")."""
    missing = [
        s if keys else words.text(lang, s) for s in layout.narrative_sections if not texts.project_texts(s)
    ]
    if layout.outcome_narratives:
        written = {r.result for r in texts.rows if r.section == NarrativeSection.OUTCOME_PROGRESS.value}
        missing += [
            narrative_key(NarrativeSection.OUTCOME_PROGRESS.value, code) if keys
            else words.text(lang, "progress_towards", code=code)
            for code in outcomes if code not in written
        ]  # fmt: skip
    return missing
