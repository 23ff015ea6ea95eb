"""The indicator engine: every figure in the IPTT, the dashboard and the donor report comes from here.

`compute_indicators(session, "BRIDGE", "FY2024-Q3", country="PK")` gives one `IndicatorFigure` per
indicator: baseline, target, actual (by sex), cumulative actual and target, LOP target, percent of
target and status. Actuals of computed indicators are counted from the register in SQL
(`actuals`), manual ones rolled up from entered values (`manual`); targets are chosen by `targets`
and the status by `achievement`. See those modules for the rules.

Period labels are parsed with the project's fiscal year start month and the project's dates as the
LOP, so any project may be asked for calendar (2024-Q2) or fiscal (FY2024-Q3) periods.
"""

from __future__ import annotations

import dataclasses
import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from flare_monitor.db.enums import IndicatorUnit
from flare_monitor.db.lookups import project_by_code
from flare_monitor.db.models import Indicator, Project, ProjectCountry, Result
from flare_monitor.errors import NotFoundError, ValidationError
from flare_monitor.i18n import _
from flare_monitor.indicators import achievement
from flare_monitor.indicators.actuals import (
    Actual,
    computed_actual,
    prefetch_people,
    prefetch_people_by_period,
    shared_queries,
)
from flare_monitor.indicators.computation import parse_computation
from flare_monitor.indicators.manual import ValueRow, Window, load_values, manual_actual, rows_in
from flare_monitor.indicators.periods import Period, parse_period
from flare_monitor.indicators.targets import TargetRow, load_targets, lop_target, resolve_target

if TYPE_CHECKING:
    from flare_monitor.indicators.submitted import Submitted


def _kept(session: Session, project: Project):
    from flare_monitor.indicators.submitted import Submitted

    return Submitted(session, project)


@dataclass(frozen=True)
class IndicatorFigure:
    """One IPTT row for one period and one country (None = all countries)."""

    indicator_id: uuid.UUID
    code: str
    name: str
    unit: str
    direction: str
    cumulative: bool
    computed: bool
    result_code: str | None
    is_key: bool
    period: str
    country: str | None
    baseline: float | None
    target: float | None
    actual: float | None
    by_sex: dict[str, float | None] | None
    cumulative_actual: float | None
    cumulative_by_sex: dict[str, float | None] | None
    cumulative_target: float | None
    lop_target: float | None
    percent_of_target: float | None
    percent_of_cumulative_target: float | None
    percent_of_lop_target: float | None
    status: str
    numerator: float | None = None
    denominator: float | None = None
    numerator_by_sex: dict[str, float] | None = None
    denominator_by_sex: dict[str, float] | None = None
    values_status: str | None = None
    # What the status compares: "cumulative" (cumulative actual against the cumulative target to date),
    # "period" (the period's actual against its target) or "lop" (a LOP figure against the LOP target).
    status_basis: str = "period"
    # The explanation (else the comment) entered with each counted value, oldest period first.
    notes: tuple[str, ...] = ()
    # A locked period: the figure as submitted, and where the register has been corrected since, today's
    # figure and why they differ (indicators.submitted).
    submitted: bool = False
    today: IndicatorFigure | None = None
    drift: tuple[str, ...] = ()

    @property
    def provisional(self) -> bool:
        """True when a counted value is a draft (not yet approved)."""
        return self.values_status == "draft"

    def as_json(self) -> dict[str, Any]:
        return {
            "id": str(self.indicator_id),
            "code": self.code,
            "name": self.name,
            "result": self.result_code,
            "is_key": self.is_key,
            "unit": self.unit,
            "direction": self.direction,
            "cumulative": self.cumulative,
            "computed": self.computed,
            "period": self.period,
            "country": self.country,
            "baseline": _clean(self.baseline),
            "target": _clean(self.target),
            "actual": _clean(self.actual),
            "by_sex": _clean_map(self.by_sex),
            "numerator": _clean(self.numerator),
            "denominator": _clean(self.denominator),
            "numerator_by_sex": _clean_map(self.numerator_by_sex),
            "denominator_by_sex": _clean_map(self.denominator_by_sex),
            "cumulative_actual": _clean(self.cumulative_actual),
            "cumulative_by_sex": _clean_map(self.cumulative_by_sex),
            "cumulative_target": _clean(self.cumulative_target),
            "lop_target": _clean(self.lop_target),
            "percent_of_target": _clean(self.percent_of_target),
            "percent_of_cumulative_target": _clean(self.percent_of_cumulative_target),
            "percent_of_lop_target": _clean(self.percent_of_lop_target),
            "status": self.status,
            "status_basis": self.status_basis,
            "values_status": self.values_status,
            "notes": list(self.notes),
            "submitted": self.submitted,
            "today": None if self.today is None else self.today.today_json(),
            "drift": list(self.drift),
        }

    def today_json(self) -> dict[str, Any]:
        """Today's figures of a locked period, beside the submitted ones."""
        return {
            "actual": _clean(self.actual),
            "by_sex": _clean_map(self.by_sex),
            "numerator": _clean(self.numerator),
            "denominator": _clean(self.denominator),
            "cumulative_actual": _clean(self.cumulative_actual),
            "cumulative_by_sex": _clean_map(self.cumulative_by_sex),
            "percent_of_target": _clean(self.percent_of_target),
            "status": self.status,
        }


@dataclass(frozen=True)
class IndicatorReport:
    project: str
    period: Period
    country: str | None
    figures: list[IndicatorFigure] = field(default_factory=list)

    def figure(self, code: str) -> IndicatorFigure:
        for fig in self.figures:
            if fig.code == code:
                return fig
        raise NotFoundError(_("{project} has no indicator '{code}'", project=self.project, code=code))

    def as_json(self) -> dict[str, Any]:
        return {
            "project": self.project,
            "period": {
                "label": self.period.label,
                "start": self.period.start.isoformat(),
                "end": self.period.end.isoformat(),
            },
            "country": self.country,
            "indicators": [f.as_json() for f in self.figures],
        }


def _clean(value: float | None) -> float | int | None:
    """Whole numbers as ints and no float noise, so JSON and tables read 40, not 40.0000000001."""
    if value is None:
        return None
    rounded = round(float(value), 6)
    return int(rounded) if rounded.is_integer() else rounded


def _clean_map(values: dict | None) -> dict | None:
    return None if values is None else {k: _clean(v) for k, v in values.items()}


# --------------------------------------------------------------------------- periods and scope


def project_period(project: Project, label: str | Period) -> Period:
    """A label parsed for this project (its fiscal year, its dates as the LOP)."""
    if isinstance(label, Period):
        return label
    return parse_period(
        label, fiscal_start_month=project.fiscal_year_start_month, lop=(project.start_date, project.end_date)
    )


def project_countries(session: Session, project: Project) -> list[str]:
    return list(
        session.scalars(
            select(ProjectCountry.country_code)
            .where(ProjectCountry.project_id == project.id)
            .order_by(ProjectCountry.country_code)
        )
    )


def check_country(session: Session, project: Project, country: str | None) -> str | None:
    if country is None or not str(country).strip():
        return None
    code = str(country).strip().upper()
    known = project_countries(session, project)
    if code not in known:
        raise ValidationError(
            _(
                "country: {code} is not one of the countries of {project} ({known})",
                code=code,
                project=project.code,
                known=", ".join(known) or _("none"),
            ),
            "country",
        )
    return code


def _windows(project: Project, period: Period) -> tuple[Window, Window]:
    """The period's own window and the cumulative one (project start to the period's end)."""
    own = Window(period.start, period.end, loose_start=period.kind == "lop")
    return own, Window(project.start_date, period.end, loose_start=True)


# --------------------------------------------------------------------------- ordering


def natural_key(code: str) -> tuple:
    """ "1.10" after "1.2": numbers inside codes compare as numbers."""
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in re.split(r"(\d+)", code) if p)


def _result_positions(session: Session, project_id: uuid.UUID) -> dict[uuid.UUID, tuple[int, str]]:
    """Depth-first order of the results tree (siblings by sort_order, then code)."""
    results = session.execute(
        select(Result.id, Result.parent_id, Result.sort_order, Result.code).where(
            Result.project_id == project_id
        )
    ).all()
    children: dict[uuid.UUID | None, list] = {}
    ids = {r.id for r in results}
    for r in results:
        parent = r.parent_id if r.parent_id in ids else None
        children.setdefault(parent, []).append(r)
    order: dict[uuid.UUID, tuple[int, str]] = {}
    stack = sorted(children.get(None, []), key=lambda r: (r.sort_order, natural_key(r.code)), reverse=True)
    while stack:
        node = stack.pop()
        order[node.id] = (len(order), node.code)
        kids = sorted(children.get(node.id, []), key=lambda r: (r.sort_order, natural_key(r.code)))
        stack.extend(reversed(kids))
    return order


def project_indicators(session: Session, project: Project) -> list[tuple[Indicator, str | None]]:
    """(indicator, result code) in results-tree order, then sort order and code; orphans last."""
    positions = _result_positions(session, project.id)
    indicators = session.scalars(select(Indicator).where(Indicator.project_id == project.id)).all()

    def key(ind: Indicator) -> tuple:
        pos = positions.get(ind.result_id) if ind.result_id else None
        return (pos[0] if pos else len(positions), ind.sort_order, natural_key(ind.code))

    ordered = sorted(indicators, key=key)
    return [(i, positions[i.result_id][1] if i.result_id in positions else None) for i in ordered]


def indicator_by_code(session: Session, project: Project, code: str) -> Indicator:
    indicator = session.scalar(
        select(Indicator).where(Indicator.project_id == project.id, Indicator.code == code.strip())
    )
    if indicator is None:
        raise NotFoundError(_("{project} has no indicator '{code}'", project=project.code, code=code))
    return indicator


# --------------------------------------------------------------------------- figures


def _actual(
    session: Session,
    project: Project,
    indicator: Indicator,
    values: list[ValueRow],
    window: Window,
    country: str | None,
) -> Actual:
    if indicator.computation:
        try:
            comp = parse_computation(indicator.computation, indicator.unit)
        except ValidationError as exc:  # say which indicator's definition needs fixing
            raise ValidationError(
                _("Indicator {code}: {error}", code=indicator.code, error=exc), exc.field
            ) from exc
        counted = computed_actual(session, project.id, comp, window.start, window.end, country)
        # Its variance explanations are rows of their own, without a figure (the register gives it).
        notes = tuple(dict.fromkeys(r.note for r in sorted(rows_in(values, window, country),
                                                            key=lambda r: (r.start, r.end, r.country or ""))
                                    if r.note))  # fmt: skip
        return dataclasses.replace(counted, notes=notes) if notes else counted
    return manual_actual(values, indicator.unit, window, country)


def _figure(
    session: Session,
    project: Project,
    indicator: Indicator,
    result_code: str | None,
    period: Period,
    country: str | None,
    values: list[ValueRow],
    targets: list[TargetRow],
    own_only: bool = False,
) -> IndicatorFigure:
    own, cumulative = _windows(project, period)
    actual = _actual(session, project, indicator, values, own, country)
    unit = IndicatorUnit(indicator.unit)
    lop = lop_target(targets, unit, country)
    target = lop if period.kind == "lop" else resolve_target(targets, unit, own, country)
    if own_only:  # a period's own figures only (see figures_table)
        cum, cum_target = Actual(value=None), None
    elif period.kind == "lop":
        cum, cum_target = actual, lop
    else:
        cum = _actual(session, project, indicator, values, cumulative, country)
        cum_target = resolve_target(targets, unit, cumulative, country)
    cumulative_basis = indicator.cumulative and not own_only
    basis = "lop" if period.kind == "lop" else "cumulative" if cumulative_basis else "period"
    status = achievement.status_to_date(
        actual.value, target, cum.value, cum_target, cumulative=bool(cumulative_basis),
        direction=indicator.direction, on_track_tolerance=project.on_track_tolerance,
        needs_attention_tolerance=project.needs_attention_tolerance,
    )  # fmt: skip
    return IndicatorFigure(
        indicator_id=indicator.id,
        code=indicator.code,
        name=indicator.name,
        unit=unit.value,
        direction=getattr(indicator.direction, "value", str(indicator.direction)),
        cumulative=bool(indicator.cumulative),
        computed=bool(indicator.computation),
        result_code=result_code,
        is_key=bool(indicator.is_key),
        period=period.label,
        country=country,
        baseline=indicator.baseline_value,
        target=target,
        actual=actual.value,
        by_sex=actual.by_sex,
        cumulative_actual=cum.value,
        cumulative_by_sex=cum.by_sex,
        cumulative_target=cum_target,
        lop_target=lop,
        percent_of_target=achievement.percent_of(actual.value, target),
        percent_of_cumulative_target=achievement.percent_of(cum.value, cum_target),
        percent_of_lop_target=achievement.percent_of(cum.value, lop),
        status=status,
        numerator=actual.numerator,
        denominator=actual.denominator,
        numerator_by_sex=actual.numerator_by_sex,
        denominator_by_sex=actual.denominator_by_sex,
        values_status=actual.values_status,
        status_basis=basis,
        notes=actual.notes,
    )


def _people_ahead(
    session: Session,
    project: Project,
    indicators: Iterable[Indicator],
    periods: Iterable[Period],
    scopes: Iterable[str | None],
) -> None:
    """Count the distinct people of every definition, for each period's own and cumulative window and
    each scope, in one or two grouped queries; the figures then read them (`actuals.prefetch_people`)."""
    comps = []
    for indicator in indicators:
        if indicator.computation:
            try:
                comps.append(parse_computation(indicator.computation, indicator.unit))
            except ValidationError:
                pass  # reported with the indicator's code when its figure is made
    periods = list(periods)
    if _consecutive(periods):
        # A run of periods (a table of every period to date): one grouped query per period, not per window.
        bounds = [(p.start, p.end) for p in periods]
        prefetch_people_by_period(session, project.id, comps, bounds, project.start_date, scopes)
        return
    windows = []
    for period in periods:
        own, cumulative = _windows(project, period)
        windows.append((own.start, own.end))
        if period.kind != "lop":
            windows.append((cumulative.start, cumulative.end))
    prefetch_people(session, project.id, comps, windows, scopes)


RUN = 4  # from this many consecutive periods on, people are counted per period (people_by_period)


def _consecutive(periods: list[Period]) -> bool:
    if len(periods) < RUN or any(p.kind == "lop" for p in periods):
        return False
    return all(b.start == a.end + timedelta(days=1) for a, b in zip(periods, periods[1:], strict=False))


def compute_indicator(
    session: Session,
    indicator: Indicator,
    period: Period | str,
    country: str | None = None,
    *,
    submitted: bool = True,
    approved_only: bool = False,
) -> IndicatorFigure:
    """The figure of one indicator for one period, in one country or all (country None); for a locked
    period the figure as submitted (`submitted=False`: today's)."""
    project = session.get(Project, indicator.project_id)
    period = project_period(project, period)
    country = check_country(session, project, country)
    kept = _kept(session, project) if submitted else None
    if kept is not None and kept.locked(period):
        approved_only = False  # a locked period gives its submitted figures, compared with today's in full
    result_code = session.scalar(select(Result.code).where(Result.id == indicator.result_id))
    values = load_values(session, [indicator.id], approved_only=approved_only)[indicator.id]
    targets = load_targets(session, [indicator.id])[indicator.id]
    with shared_queries():
        _people_ahead(session, project, [indicator], [period], [country])
        figure = _figure(session, project, indicator, result_code, period, country, values, targets)
    return kept.figure(figure, period, country) if kept is not None else figure


def _books(
    session: Session,
    indicators: list[tuple[Indicator, str | None]],
    approved_only: bool,
    country: str | None = None,
) -> tuple:
    """Values and targets of the indicators; with `country`, that country's targets only (a project has
    tens of thousands, and one country's figures read no other country's)."""
    ids = [i.id for i, _r in indicators]
    return load_values(session, ids, approved_only=approved_only), load_targets(session, ids, country)


def _report(
    session: Session,
    project: Project,
    period: Period,
    country: str | None,
    books: tuple | None = None,
    indicators: list[tuple[Indicator, str | None]] | None = None,
    approved_only: bool = False,
    own_only: bool = False,
    submitted: Submitted | None = None,
) -> IndicatorReport:
    indicators = indicators if indicators is not None else project_indicators(session, project)
    values, targets = books or _books(session, indicators, approved_only, country)
    figures = [
        _figure(session, project, ind, result_code, period, country, _of(values[ind.id], country),
                _of(targets[ind.id], country), own_only)
        for ind, result_code in indicators
    ]  # fmt: skip
    if submitted is not None and submitted.locked(period):
        if approved_only:  # the submitted figures are compared with today's, drafts included
            live = _report(session, project, period, country, submitted.books(indicators), indicators, False,
                           own_only)  # fmt: skip
            figures = live.figures
        figures = [submitted.figure(f, period, country, own_only=own_only) for f in figures]
    return IndicatorReport(project=project.code, period=period, country=country, figures=figures)


class _ByCountry(list):
    """An indicator's value or target rows, with the rows of each country set apart once: a figure for
    one country reads only that country's rows (the same result, without scanning every country's)."""

    def __init__(self, rows):
        super().__init__(rows)
        self.countries: dict[str | None, list] = {}
        for row in rows:
            self.countries.setdefault(row.country, []).append(row)


def _of(rows: list, country: str | None) -> list:
    if country is None or not isinstance(rows, _ByCountry):
        return rows
    return rows.countries.get(country, [])


def compute_indicators(
    session: Session,
    project_code: str,
    period_label: str | Period,
    country: str | None = None,
    *,
    submitted: bool = True,
    approved_only: bool = False,
) -> IndicatorReport:
    """Every indicator of a project for one period, in one country or all countries. With
    `approved_only`, entered values not yet approved are left out (as if not entered).

    For a locked period the figures are those submitted (with today's beside them where the register was
    corrected since); `submitted=False` gives today's figures in any case."""
    project = project_by_code(session, project_code)
    period = project_period(project, period_label)
    country = check_country(session, project, country)
    indicators = project_indicators(session, project)
    with shared_queries():
        _people_ahead(session, project, [i for i, _r in indicators], [period], [country])
        return _report(
            session, project, period, country, indicators=indicators, approved_only=approved_only,
            submitted=_kept(session, project) if submitted else None,
        )  # fmt: skip


def figures_by_country(
    session: Session,
    project_code: str,
    period_label: str | Period,
    include_total: bool = False,
    *,
    submitted: bool = True,
    approved_only: bool = False,
) -> dict[str | None, IndicatorReport]:
    """{country: report} for each project country (and None = all countries with `include_total`); a
    locked period's figures as submitted (see compute_indicators)."""
    project = project_by_code(session, project_code)
    period = project_period(project, period_label)
    scopes: list[str | None] = list(project_countries(session, project))
    if include_total:
        scopes.append(None)
    table = figures_table(
        session, project_code, [period], scopes, approved_only=approved_only, submitted=submitted
    )
    return {scope: table[(period.label, scope)] for scope in scopes}


def figures_table(
    session: Session,
    project_code: str,
    periods: Sequence[Period | str],
    scopes: Sequence[str | None],
    *,
    approved_only: bool = False,
    cumulative_from: Period | str | None = None,
    submitted: bool = True,
) -> dict[tuple[str, str | None], IndicatorReport]:
    """{(period label, scope): report} for every period and scope (a country, or None for all countries):
    the IPTT of a project over its reporting periods, for the donor's data reporting form and the Excel
    annex. The values and targets are read once, and the distinct people of every period and scope are
    counted ahead in one grouped query per period run.

    With `cumulative_from`, the periods before it get their own figures only (target, actual, by sex): their
    cumulative figures are None and their status is their period's — for tables that show each period's
    own figures and the cumulative ones of the latest periods. Locked periods give their submitted figures
    (`submitted=False`: today's)."""
    project = project_by_code(session, project_code)
    wanted = [project_period(project, p) for p in periods]
    scopes = [check_country(session, project, s) for s in scopes]
    full_from = project_period(project, cumulative_from).start if cumulative_from is not None else None
    indicators = project_indicators(session, project)
    values, targets = _books(session, indicators, approved_only)
    books = ({k: _ByCountry(v) for k, v in values.items()}, {k: _ByCountry(v) for k, v in targets.items()})
    kept = _kept(session, project) if submitted else None
    with shared_queries():
        _people_ahead(session, project, [i for i, _r in indicators], wanted, scopes)
        return {
            (period.label, scope): _report(
                session,
                project,
                period,
                scope,
                books,
                indicators,
                approved_only=approved_only,
                own_only=full_from is not None and period.start < full_from,
                submitted=kept,
            )
            for period in wanted
            for scope in scopes
        }


def series(
    session: Session,
    indicator: Indicator,
    periods: Sequence[Period | str] | Iterable[Period | str],
    country: str | None = None,
    *,
    submitted: bool = True,
    approved_only: bool = False,
) -> list[IndicatorFigure]:
    """The figure of one indicator for each period, in order (for charts and IPTT columns); locked periods
    as submitted (see compute_indicators)."""
    project = session.get(Project, indicator.project_id)
    country = check_country(session, project, country)
    result_code = session.scalar(select(Result.code).where(Result.id == indicator.result_id))
    values = load_values(session, [indicator.id], approved_only=approved_only)[indicator.id]
    targets = load_targets(session, [indicator.id])[indicator.id]
    periods = [project_period(project, p) for p in periods]
    with shared_queries():
        _people_ahead(session, project, [indicator], periods, [country])
        figures = [
            _figure(session, project, indicator, result_code, p, country, values, targets) for p in periods
        ]
    if not submitted:
        return figures
    kept = _kept(session, project)
    if approved_only and any(kept.locked(p) for p in periods):
        # A locked period gives its submitted figures, compared with today's in full (drafts included).
        every = load_values(session, [indicator.id])[indicator.id]
        with shared_queries():
            figures = [
                _figure(session, project, indicator, result_code, p, country, every, targets)
                if kept.locked(p) else f
                for f, p in zip(figures, periods, strict=True)
            ]  # fmt: skip
    return [kept.figure(f, p, country) for f, p in zip(figures, periods, strict=True)]


def period_dates(session: Session, project_code: str, period_label: str) -> tuple[Project, Period]:
    """The project and a label parsed for it (shared by the services and the CLI)."""
    project = project_by_code(session, project_code)
    return project, project_period(project, period_label)


__all__ = [
    "IndicatorFigure",
    "IndicatorReport",
    "check_country",
    "compute_indicator",
    "compute_indicators",
    "figures_by_country",
    "figures_table",
    "indicator_by_code",
    "natural_key",
    "period_dates",
    "project_indicators",
    "project_by_code",
    "project_period",
    "series",
]
