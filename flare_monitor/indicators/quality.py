"""Data-quality rules run before a report is sent: each rule is one SQL query, not a loop over rows.

Rules about one period look at the values dated inside it (as the engine counts them) and at the
activities and attendance of the period. Rules about dates (values outside the project, dates that
do not match their label) look at all of the project's values and targets, because such a row is
wrong in every period. Errors would put a wrong number in the report; warnings are gaps to explain.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, and_, case, exists, func, or_, select, true
from sqlalchemy.orm import Session, aliased

from flare_monitor.db.enums import (
    ActivityStatus,
    ActivityType,
    EvidenceType,
    IndicatorUnit,
    Sex,
    SubmissionStatus,
    ValueStatus,
)
from flare_monitor.db.figures import evidence_listing, figure_sources, readable_names
from flare_monitor.db.models import (
    Activity,
    Indicator,
    IndicatorTarget,
    IndicatorValue,
    Organization,
    PeriodStatus,
)
from flare_monitor.errors import ValidationError
from flare_monitor.i18n import N_, Country, Message, PeriodName, Term, _, ngettext
from flare_monitor.i18n.params import Joined, Scope
from flare_monitor.indicators.achievement import OFF_TRACK
from flare_monitor.indicators.actuals import activity_date
from flare_monitor.indicators.computation import parse_computation
from flare_monitor.indicators.engine import check_country, period_dates, project_countries, project_indicators
from flare_monitor.indicators.manual import Window
from flare_monitor.indicators.periods import PeriodError, parse_period
from flare_monitor.indicators.targets import load_targets, resolve_target

ERROR = "error"
WARNING = "warning"
_SLACK = 1e-9  # sums of floats: 0.1 + 0.2 must not "exceed" 0.3


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: str
    message: str
    entity: str
    entity_id: str | None
    indicator: str | None = None
    activity: str | None = None

    def as_json(self) -> dict:
        return {
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
            "entity": self.entity,
            "entity_id": self.entity_id,
            "indicator": self.indicator,
            "activity": self.activity,
        }


def _inside(model, window: Window):
    """The engine's rule for a row counting in a window (see indicators.manual.Window)."""
    start = model.period_end >= window.start if window.loose_start else model.period_start >= window.start
    return and_(start, model.period_end <= window.end)


def _values(project_id) -> Select:
    v = IndicatorValue
    return (
        select(v.id, Indicator.code, v.period, v.country_code, v.sex, v.value, v.numerator, v.denominator)
        .join(Indicator, Indicator.id == v.indicator_id)
        .where(Indicator.project_id == project_id)
    )


def _where(country: str | None, sex=None) -> Scope:
    return Scope(country, sex)


def _n(value):
    """A figure of a finding, written as the reader's language writes numbers (None: a dash)."""
    return value


def _in_country(column, country: str | None):
    """A condition on a row's country: one country's rows, or every row (None)."""
    return true() if country is None else column == country


def _sex_exceeds_total(session: Session, project_id, window: Window, country: str | None) -> list[Finding]:
    total, part = aliased(IndicatorValue), aliased(IndicatorValue)
    sums = (
        select(
            part.indicator_id,
            part.period_start,
            part.period_end,
            part.country_code,
            func.sum(part.value).label("value"),
            func.sum(part.numerator).label("numerator"),
            func.sum(part.denominator).label("denominator"),
        )
        .where(part.sex.is_not(None))
        .group_by(part.indicator_id, part.period_start, part.period_end, part.country_code)
        .subquery()
    )
    number_over = and_(Indicator.unit == IndicatorUnit.NUMBER, sums.c.value > total.value + _SLACK)
    ratio_over = and_(
        Indicator.unit == IndicatorUnit.PERCENTAGE,
        or_(sums.c.numerator > total.numerator + _SLACK, sums.c.denominator > total.denominator + _SLACK),
    )
    query = (
        select(
            total.id,
            Indicator.code,
            total.period,
            total.country_code,
            total.value,
            sums.c.value,
            Indicator.unit,
        )
        .join(Indicator, Indicator.id == total.indicator_id)
        .join(
            sums,
            and_(
                sums.c.indicator_id == total.indicator_id,
                sums.c.period_start == total.period_start,
                sums.c.period_end == total.period_end,
                sums.c.country_code.is_not_distinct_from(total.country_code),
            ),
        )
        .where(Indicator.project_id == project_id, total.sex.is_(None), _inside(total, window))
        .where(or_(number_over, ratio_over), _in_country(total.country_code, country))
    )
    findings = []
    for row_id, code, period, country, value, by_sex, unit in session.execute(query):
        detail = (
            _("the values by sex add up to {by_sex}, more than the total {total}", by_sex=by_sex, total=value)
            if unit == IndicatorUnit.NUMBER
            else _("the numerators or denominators by sex add up to more than the total's")
        )
        findings.append(
            Finding(
                "sex_exceeds_total",
                ERROR,
                _(
                    "Indicator {code}, {period} ({where}): {detail}",
                    code=code,
                    period=PeriodName(period),
                    where=_where(country),
                    detail=detail,
                ),
                "indicator_value",
                str(row_id),
                indicator=code,
            )
        )
    return findings


def _percentage_out_of_range(
    session: Session, project_id, window: Window, country: str | None
) -> list[Finding]:
    v = IndicatorValue
    bad = or_(
        v.value < 0,
        v.value > 100,
        v.numerator < 0,
        v.numerator > v.denominator,
        v.denominator <= 0,
    )
    query = _values(project_id).where(
        Indicator.unit == IndicatorUnit.PERCENTAGE,
        _inside(v, window),
        bad,
        _in_country(v.country_code, country),
    )
    return [
        Finding(
            "percentage_out_of_range",
            ERROR,
            _(
                "Indicator {code}, {period} ({where}): {n} % ({n2}/{n3}) is not a percentage "
                "from 0 to 100 with 0 ≤ numerator ≤ denominator",
                code=code,
                period=PeriodName(period),
                where=_where(country, sex),
                n=_n(value),
                n2=_n(num),
                n3=_n(den),
            ),
            "indicator_value",
            str(row_id),
            indicator=code,
        )
        for row_id, code, period, country, sex, value, num, den in session.execute(query)
    ]


def _negative(session: Session, project_id, window: Window, country: str | None) -> list[Finding]:
    v, t = IndicatorValue, IndicatorTarget
    negative = or_(v.value < 0, v.numerator < 0, v.denominator < 0)
    query = _values(project_id).where(
        Indicator.unit != IndicatorUnit.PERCENTAGE,
        _inside(v, window),
        negative,
        _in_country(v.country_code, country),
    )
    findings = [
        Finding(
            "negative_value",
            ERROR,
            _(
                "Indicator {code}, {period} ({where}): negative figure (value {n}, numerator "
                "{n2}, denominator {n3})",
                code=code,
                period=PeriodName(period),
                where=_where(country, sex),
                n=_n(value),
                n2=_n(num),
                n3=_n(den),
            ),
            "indicator_value",
            str(row_id),
            indicator=code,
        )
        for row_id, code, period, country, sex, value, num, den in session.execute(query)
    ]
    targets = (
        select(t.id, Indicator.code, t.period, t.country_code, t.sex, t.value)
        .join(Indicator, Indicator.id == t.indicator_id)
        .where(Indicator.project_id == project_id, _inside(t, window), t.value < 0)
        .where(_in_country(t.country_code, country))
    )
    findings += [
        Finding(
            "negative_value",
            ERROR,
            _(
                "Indicator {code}: the target for {period} ({where}) is negative ({n})",
                code=code,
                period=PeriodName(period),
                where=_where(country, sex),
                n=_n(value),
            ),
            "indicator_target",
            str(row_id),
            indicator=code,
        )
        for row_id, code, period, country, sex, value in session.execute(targets)
    ]
    return findings


_OUTSIDE = {
    "value": N_(
        "Indicator {code}: the value for {period} ({start} to {end}, {where}) is outside {project}, which "
        "runs {start_date} to {end_date}"
    ),
    "target": N_(
        "Indicator {code}: the target for {period} ({start} to {end}, {where}) is outside {project}, which "
        "runs {start_date} to {end_date}"
    ),
}
_MISDATED = {
    "value": N_("Indicator {code}: the value for {label} ({where}) is dated {start} to {end}, but {detail}"),
    "target": N_(
        "Indicator {code}: the target for {label} ({where}) is dated {start} to {end}, but {detail}"
    ),
}


def _dates(session: Session, project, model, entity: str, what: str, country: str | None) -> list[Finding]:
    """Rows outside the project, and rows whose dates are not those of their period label."""
    base = (
        select(
            model.id, Indicator.code, model.period, model.period_start, model.period_end, model.country_code
        )
        .join(Indicator, Indicator.id == model.indicator_id)
        .where(Indicator.project_id == project.id, _in_country(model.country_code, country))
    )
    outside = base.where(or_(model.period_end < project.start_date, model.period_start > project.end_date))
    findings = [
        Finding(
            "outside_project",
            ERROR,
            Message(
                _OUTSIDE[what],
                {
                    "code": code,
                    "period": PeriodName(period),
                    "start": start,
                    "end": end,
                    "where": _where(country),
                    "project": project.code,
                    "start_date": project.start_date,
                    "end_date": project.end_date,
                },
            ),
            entity,
            str(row_id),
            indicator=code,
        )
        for row_id, code, period, start, end, country in session.execute(outside)
    ]
    # Labels are few: parse each distinct (label, start, end) once, then fetch the rows of bad ones.
    combos = session.execute(
        select(model.period, model.period_start, model.period_end)
        .join(Indicator, Indicator.id == model.indicator_id)
        .where(Indicator.project_id == project.id, _in_country(model.country_code, country))
        .distinct()
    ).all()
    bad = []
    for label, start, end in combos:
        try:
            period = parse_period(
                label,
                fiscal_start_month=project.fiscal_year_start_month,
                lop=(project.start_date, project.end_date),
            )
            if (period.start, period.end) != (start, end):
                bad.append(
                    (
                        label,
                        start,
                        end,
                        _(
                            "{label} runs {start} to {end}",
                            label=PeriodName(label),
                            start=period.start,
                            end=period.end,
                        ),
                    )
                )
        except PeriodError:
            bad.append((label, start, end, _("“{label}” is not a period label", label=label)))
    for label, start, end, detail in bad:
        rows = session.execute(
            base.where(model.period == label, model.period_start == start, model.period_end == end)
        )
        findings += [
            Finding(
                "period_mismatch",
                ERROR,
                Message(
                    _MISDATED[what],
                    {
                        "code": code,
                        "label": PeriodName(label),
                        "where": _where(country),
                        "start": start,
                        "end": end,
                        "detail": detail,
                    },
                ),
                entity,
                str(row_id),
                indicator=code,
            )
            for row_id, code, _p, _s, _e, country in rows
        ]
    return findings


def _missing_targets(session: Session, project, window: Window, country: str | None, book) -> list[Finding]:
    """One finding per indicator without a target for the period in the scope: for all countries, the
    countries lacking one are listed (a project with twenty countries gets one line per indicator, not one
    per cell)."""
    indicators = [ind for ind, _r in project_indicators(session, project)]
    cumulative = Window(project.start_date, window.end, loose_start=True)
    countries = project_countries(session, project)
    findings = []

    def has_target(ind, scope: str | None) -> bool:
        if resolve_target(book[ind.id], ind.unit, window, scope) is not None:
            return True
        return bool(ind.cumulative) and resolve_target(book[ind.id], ind.unit, cumulative, scope) is not None

    for ind in indicators:
        if has_target(ind, country):
            continue
        lacking = [c for c in countries if not has_target(ind, c)] if country is None else []
        if country is None and lacking and len(lacking) < len(countries):
            params = {"code": ind.code, "countries": [Country(c) for c in lacking]}
            message = (
                _(
                    "Indicator {code} (computed) has no target for this period in {countries}, so its "
                    "achievement cannot be shown there",
                    **params,
                )
                if ind.computation
                else _(
                    "Indicator {code} (reported) has no target for this period in {countries}, so its "
                    "achievement cannot be shown there",
                    **params,
                )
            )
        else:
            message = (
                _(
                    "Indicator {code} (computed) has no target for this period, so its achievement "
                    "cannot be shown",
                    code=ind.code,
                )
                if ind.computation
                else _(
                    "Indicator {code} (reported) has no target for this period, so its achievement "
                    "cannot be shown",
                    code=ind.code,
                )
            )
        findings.append(
            Finding("missing_target", WARNING, message, "indicator", str(ind.id), indicator=ind.code)
        )
    return findings


def _in_period(window: Window):
    return activity_date().between(window.start, window.end)


def _trainings_without_attendance(
    session: Session, project_id, window: Window, country: str | None
) -> list[Finding]:
    attendance = figure_sources(session).attendance  # every row, also those this login may not read
    attended = exists().where(attendance.activity_id == Activity.id)
    query = select(Activity.id, Activity.code, Activity.title, Activity.type).where(
        Activity.project_id == project_id,
        Activity.status == ActivityStatus.COMPLETED,
        Activity.type.in_([ActivityType.TRAINING, ActivityType.WORKSHOP]),
        _in_period(window),
        ~attended,
        _in_country(Activity.country_code, country),
    )
    return [
        Finding(
            "activity_without_attendance",
            WARNING,
            _(
                "Activity {code} ({kind}, “{title}”) is completed but has no attendance "
                "recorded, so its participants are not counted",
                code=code,
                kind=Term(kind, lower=True),
                title=title,
            ),
            "activity",
            str(activity_id),
            activity=code,
        )
        for activity_id, code, title, kind in session.execute(query)
    ]


def _trainings_without_attendance_sheet(
    session: Session, project_id, window: Window, country: str | None
) -> list[Finding]:
    evidence = evidence_listing(session)  # every sheet, also those this login may not read
    sheet = exists().where(
        evidence.c.activity_id == Activity.id, evidence.c.type == EvidenceType.ATTENDANCE_SHEET
    )
    query = select(Activity.id, Activity.code, Activity.title, Activity.type).where(
        Activity.project_id == project_id,
        Activity.status == ActivityStatus.COMPLETED,
        Activity.type.in_([ActivityType.TRAINING, ActivityType.WORKSHOP]),
        _in_period(window),
        ~sheet,
        _in_country(Activity.country_code, country),
    )
    return [
        Finding(
            "activity_without_attendance_sheet",
            WARNING,
            _(
                "Activity {code} ({kind}, “{title}”) is completed but has no signed "
                "attendance sheet attached as evidence",
                code=code,
                kind=Term(kind, lower=True),
                title=title,
            ),
            "activity",
            str(activity_id),
            activity=code,
        )
        for activity_id, code, title, kind in session.execute(query.order_by(Activity.code))
    ]


def _values_without_evidence(
    session: Session, project_id, window: Window, country: str | None
) -> list[Finding]:
    """Reported values (one finding per indicator, period and country: the figure and its breakdown by
    sex are proved by the same documents) with no evidence attached to any of them."""
    v = IndicatorValue
    evidence = evidence_listing(session)  # every file, also those this login may not read
    proved = (
        select(v.indicator_id, v.period_start, v.period_end, v.country_code)
        .join(evidence, evidence.c.indicator_value_id == v.id)
        .distinct()
        .subquery()
    )
    query = (
        select(Indicator.id, Indicator.code, v.period, v.country_code, func.min(v.period_start))
        .join(Indicator, Indicator.id == v.indicator_id)
        .outerjoin(
            proved,
            and_(
                proved.c.indicator_id == v.indicator_id,
                proved.c.period_start == v.period_start,
                proved.c.period_end == v.period_end,
                proved.c.country_code.is_not_distinct_from(v.country_code),
            ),
        )
        .where(
            Indicator.project_id == project_id,
            _inside(v, window),
            or_(v.value.is_not(None), v.numerator.is_not(None)),
            proved.c.indicator_id.is_(None),
            _in_country(v.country_code, country),
        )
        .group_by(Indicator.id, Indicator.code, v.period, v.country_code)
        .order_by(Indicator.code, func.min(v.period_start), v.country_code)
    )
    return [
        Finding(
            "value_without_evidence",
            WARNING,
            _(
                "Indicator {code}, {period} ({where}): the reported value has no evidence "
                "attached (its means of verification)",
                code=code,
                period=PeriodName(period),
                where=_where(country),
            ),
            "indicator",
            str(indicator_id),
            indicator=code,
        )
        for indicator_id, code, period, country, _start in session.execute(query)
    ]


def _sex_not_recorded(session: Session, project_id, window: Window, country: str | None) -> list[Finding]:
    # Everybody is checked; a person is named only where this login may read names (db/figures.py).
    sources = figure_sources(session)
    attendance, person = sources.attendance, sources.participant
    query = (
        select(person.id, func.min(Activity.code), func.count(Activity.id))
        .join(attendance, attendance.participant_id == person.id)
        .join(Activity, Activity.id == attendance.activity_id)
        .where(Activity.project_id == project_id, _in_period(window), person.sex == Sex.NOT_RECORDED)
        .where(_in_country(Activity.country_code, country))
        .group_by(person.id)
    )
    rows = session.execute(query).all()
    names = readable_names(session, [pid for pid, _code, _count in rows])

    def who(pid, code: str, count: int) -> Message:
        name = names.get(pid)
        if name:
            return ngettext(
                "Participant {name} attended {count} activity in the period ({code}) without their sex "
                "recorded; reports need the breakdown by sex",
                "Participant {name} attended {count} activities in the period (e.g. {code}) without their "
                "sex recorded; reports need the breakdown by sex",
                count,
                name=name,
                code=code,
            )
        return ngettext(
            "A participant whose name you may not read (id {id}) attended {count} activity in the period "
            "({code}) without their sex recorded; reports need the breakdown by sex",
            "A participant whose name you may not read (id {id}) attended {count} activities in the period "
            "(e.g. {code}) without their sex recorded; reports need the breakdown by sex",
            count,
            id=str(pid)[:8],
            code=code,
        )

    rows.sort(key=lambda row: (row[0] not in names, names.get(row[0], ""), str(row[0])))
    return [
        Finding(
            "sex_not_recorded",
            WARNING,
            who(pid, code, count),
            "participant",
            str(pid),
            activity=code,
        )
        for pid, code, count in rows
    ]


def _percentages_without_ratio(
    session: Session, project_id, window: Window, country: str | None
) -> list[Finding]:
    v = IndicatorValue
    missing = case((or_(v.numerator.is_(None), v.denominator.is_(None)), 1), else_=0)
    cells = (
        select(v.indicator_id, func.sum(missing).label("missing"))
        .join(Indicator, Indicator.id == v.indicator_id)
        .where(
            Indicator.project_id == project_id, Indicator.unit == IndicatorUnit.PERCENTAGE, _inside(v, window)
        )
        .where(v.value.is_not(None), _in_country(v.country_code, country))  # not explanation-only rows
        .group_by(v.indicator_id, v.country_code, v.period_start, v.period_end)
        .subquery()
    )
    query = (
        select(Indicator.id, Indicator.code, func.count(), func.sum(cells.c.missing))
        .join(cells, cells.c.indicator_id == Indicator.id)
        .group_by(Indicator.id, Indicator.code)
        .having(and_(func.count() > 1, func.sum(cells.c.missing) > 0))
    )
    return [
        Finding(
            "percentage_without_ratio",
            WARNING,
            ngettext(
                "Indicator {code}: {count} value in this period has no numerator and denominator, so the "
                "{cells} figures cannot be combined into one percentage",
                "Indicator {code}: {count} values in this period have no numerator and denominator, so the "
                "{cells} figures cannot be combined into one percentage",
                int(n_missing),
                code=code,
                cells=n_cells,
            ),
            "indicator",
            str(ind_id),
            indicator=code,
        )
        for ind_id, code, n_cells, n_missing in session.execute(query)
    ]


def _figures(session: Session, project, period, country: str | None) -> dict:
    from flare_monitor.indicators.engine import figures_by_country, figures_table

    if country is None:
        return figures_by_country(session, project.code, period, include_total=True)
    # One country's findings need its figures only (the twenty countries' took a second).
    return {country: figures_table(session, project.code, [period], [country])[(period.label, country)]}


def _missing_values(
    session: Session, project, window: Window, country: str | None, reports, book
) -> list[Finding]:
    """Reported indicators with a target in the period and no value, one finding per indicator."""
    indicators = [ind for ind, _r in project_indicators(session, project) if not ind.computation]
    scopes = [country] if country is not None else project_countries(session, project)
    findings = []
    for ind in indicators:
        lacking = []
        for scope in scopes:
            target = resolve_target(book[ind.id], ind.unit, window, scope)
            if target and reports[scope].figure(ind.code).actual is None:
                lacking.append(scope)
        if country is None and not lacking and None in reports:
            # Targets set for the project only (none per country): the project-level figure is reported.
            total = reports[None].figure(ind.code)
            per_country = [resolve_target(book[ind.id], ind.unit, window, s) for s in scopes]
            if total.target and total.actual is None and all(t is None for t in per_country):
                lacking.append(None)
        if lacking:
            where = [Country(c) if c is not None else _("project level") for c in lacking]
            findings.append(Finding(
                "missing_value", WARNING,
                _("Indicator {code} has a target for this period but no value reported in {where}",
                  code=ind.code, where=where),
                "indicator", str(ind.id), indicator=ind.code,
            ))  # fmt: skip
    return findings


def _draft_in_approved(
    session: Session, project, period, window: Window, country: str | None
) -> list[Finding]:
    """Countries whose submission of the period is approved while values of theirs are still draft."""
    v = IndicatorValue
    query = (
        select(PeriodStatus.id, PeriodStatus.country_code, func.count(v.id), func.min(Indicator.code))
        .join(Indicator, Indicator.project_id == PeriodStatus.project_id)
        .join(v, and_(v.indicator_id == Indicator.id, v.country_code == PeriodStatus.country_code))
        .where(
            PeriodStatus.project_id == project.id,
            PeriodStatus.period_start == period.start,
            PeriodStatus.period_end == period.end,
            PeriodStatus.status == SubmissionStatus.APPROVED,
            v.status == ValueStatus.DRAFT,
            v.value.is_not(None),
            _inside(v, window),
            _in_country(PeriodStatus.country_code, country),
        )
        .group_by(PeriodStatus.id, PeriodStatus.country_code)
    )
    return [
        Finding(
            "draft_in_approved",
            WARNING,
            ngettext(
                "{country} {period} is approved but {count} of its values is still draft (e.g. indicator "
                "{first})",
                "{country} {period} is approved but {count} of its values are still draft (e.g. indicator "
                "{first})",
                count,
                country=Country(code),
                period=PeriodName(period.label),
                first=first,
            ),
            "period_status",
            str(status_id),
            indicator=first,
        )  # fmt: skip
        for status_id, code, count, first in session.execute(query)
    ]


def _unexplained_variance(
    session: Session, project, window: Window, country: str | None, reports
) -> list[Finding]:
    """Indicators off track (by the project's status rule) where no value row of the scope explains why."""
    v = IndicatorValue
    explained = {
        (code, scope)
        for code, scope in session.execute(
            select(Indicator.code, v.country_code)
            .join(Indicator, Indicator.id == v.indicator_id)
            .where(Indicator.project_id == project.id, _inside(v, window), v.explanation.is_not(None))
        )
    }
    scopes = [country] if country is not None else [c for c in reports if c is not None]
    findings = []
    for ind, _r in project_indicators(session, project):
        # A figure not reported at all is a missing value (its own rule), not a variance to explain.
        per_scope = {s: reports[s].figure(ind.code) for s in scopes}
        off = [
            s for s, f in per_scope.items()
            if f.status == OFF_TRACK and f.actual is not None and (ind.code, s) not in explained
        ]  # fmt: skip
        if country is None and None in reports and all(f.target is None for f in per_scope.values()):
            total = reports[None].figure(ind.code)  # targets set for the project only
            if total.status == OFF_TRACK and total.actual is not None and (ind.code, None) not in explained:
                off = [None]
        if off:
            where = [Country(c) if c is not None else _("all countries") for c in off]
            findings.append(
                Finding(
                    "unexplained_variance",
                    WARNING,
                    _(
                        "Indicator {code} is off track in {where} and no variance explanation is given",
                        code=ind.code,
                        where=where,
                    ),
                    "indicator",
                    str(ind.id),
                    indicator=ind.code,
                )
            )
    return findings


def _drift(reports, period) -> list[Finding]:
    """A locked period whose figures today differ from those submitted: what differs and why."""
    findings = []
    for scope, report in reports.items():
        for f in report.figures:
            if f.today is None:
                continue
            causes = Joined(list(f.drift), "; ")
            params = {
                "code": f.code,
                "period": PeriodName(period.label),
                "where": _where(scope),
                "causes": causes,
            }
            if _num_key(f.actual) != _num_key(f.today.actual):
                message = _(
                    "Indicator {code}, {period} ({where}): submitted {was}, today {now} — {causes}",
                    was=_n(f.actual),
                    now=_n(f.today.actual),
                    **params,
                )
            elif _num_key(f.cumulative_actual) != _num_key(f.today.cumulative_actual):
                message = _(
                    "Indicator {code}, {period} ({where}): cumulative submitted {was}, today {now} — "
                    "{causes}",
                    was=_n(f.cumulative_actual),
                    now=_n(f.today.cumulative_actual),
                    **params,
                )
            else:
                message = _(
                    "Indicator {code}, {period} ({where}): the figures by sex submitted differ from today's "
                    "— {causes}",
                    **params,
                )
            findings.append(Finding(
                "period_drift", WARNING, message, "indicator", str(f.indicator_id), indicator=f.code,
            ))  # fmt: skip
    return findings


def _num_key(value):
    return None if value is None else round(float(value), 6)


def _unconfirmed_organization_types(
    session: Session, project, window: Window, country: str | None
) -> list[Finding]:
    """Indicators counting people by organization type, whose figure for the period depends on
    organizations an import created and nobody has confirmed the type of ("new — check the type")."""
    findings = []
    for indicator, _result in project_indicators(session, project):
        if not indicator.computation:
            continue
        try:
            rule = parse_computation(indicator.computation, indicator.unit)
        except ValidationError:
            continue  # the engine reports a broken rule with the indicator's code
        if not rule.organization_types:
            continue
        when = activity_date(rule)
        sources = figure_sources(session)  # every person, also those this login may not read
        person, attendance = sources.participant, sources.attendance
        names = session.scalars(
            select(Organization.name)
            .join(person, person.organization_id == Organization.id)
            .join(attendance, attendance.participant_id == person.id)
            .join(Activity, Activity.id == attendance.activity_id)
            .where(
                Activity.project_id == project.id,
                when.between(window.start, window.end),
                Organization.type_confirmed.is_(False),
                _in_country(Activity.country_code, country),
            )
            .distinct()
            .order_by(Organization.name)
        ).all()
        if not names:
            continue
        shown = (
            ngettext("{names} and {count} more", "{names} and {count} more", len(names) - 5,
                     names=", ".join(names[:5]))
            if len(names) > 5
            else list(names)
        )  # fmt: skip
        findings.append(
            Finding(
                "unconfirmed_organization_types",
                WARNING,
                ngettext(
                    "Indicator {code} counts people by organization type, but {count} organization of people "
                    "in the period's activities has a type nobody has confirmed ({names}); check its type on "
                    "the Organizations page",
                    "Indicator {code} counts people by organization type, but {count} organizations of "
                    "people in the period's activities have a type nobody has confirmed ({names}); check "
                    "their types on the Organizations page",
                    len(names),
                    code=indicator.code,
                    names=shown,
                ),
                "indicator",
                str(indicator.id),
                indicator=indicator.code,
            )
        )
    return findings


def quality_findings(
    session: Session, project_code: str, period_label: str, country: str | None = None
) -> list[Finding]:
    """Every finding for a project and period (in one country, or all): errors first, then warnings."""
    project, period = period_dates(session, project_code, period_label)
    country = check_country(session, project, country)
    window = Window(period.start, period.end, loose_start=period.kind == "lop")
    reports = _figures(session, project, period, country)
    # Every target of the project, read once for the two checks that need them (~20,000 rows).
    book = load_targets(session, [ind.id for ind, _r in project_indicators(session, project)])
    findings = [
        *_sex_exceeds_total(session, project.id, window, country),
        *_percentage_out_of_range(session, project.id, window, country),
        *_negative(session, project.id, window, country),
        *_dates(session, project, IndicatorValue, "indicator_value", "value", country),
        *_dates(session, project, IndicatorTarget, "indicator_target", "target", country),
        *_missing_targets(session, project, window, country, book),
        *_missing_values(session, project, window, country, reports, book),
        *_draft_in_approved(session, project, period, window, country),
        *_unexplained_variance(session, project, window, country, reports),
        *_trainings_without_attendance(session, project.id, window, country),
        *_trainings_without_attendance_sheet(session, project.id, window, country),
        *_values_without_evidence(session, project.id, window, country),
        *_sex_not_recorded(session, project.id, window, country),
        *_percentages_without_ratio(session, project.id, window, country),
        *_unconfirmed_organization_types(session, project, window, country),
        *_drift(reports, period),
    ]
    return sorted(findings, key=lambda f: f.severity != ERROR)
