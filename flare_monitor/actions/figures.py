"""The figures of a period that the dashboard and the narrative page show beside each other, and the
series of one indicator for the cumulative chart — all from the indicator engine."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from flare_monitor.actions.base import action, reading
from flare_monitor.db.engine import Database
from flare_monitor.indicators.actuals import shared_queries
from flare_monitor.indicators.engine import compute_indicators, indicator_by_code, project_by_code, series
from flare_monitor.indicators.overview import period_overview
from flare_monitor.indicators.periods import Period
from flare_monitor.reports.assemble import trained_by_agency_total
from flare_monitor.reports.charts import IndicatorSeries

CHART_UNITS = ("number", "percentage")


@dataclass
class PeriodFigures:
    activity_count: int = 0  # activities dated in the period
    completed: int = 0
    trainings: int = 0
    people_by_sex: dict[str, int] = field(default_factory=dict)  # distinct people trained
    by_status: dict[str, int] = field(default_factory=dict)
    indicators: list = field(default_factory=list)  # IndicatorFigure of the engine (key ones first)

    @property
    def people(self) -> int:
        return sum(self.people_by_sex.values())


@dataclass(frozen=True)
class FiguresQuery:
    """A project's period in one country (None: all of `countries`)."""

    project: str
    period: Period
    country: str | None
    countries: tuple[str, ...] = ()
    chart_periods: tuple[Period, ...] = ()  # the quarters of the cumulative chart
    indicator: str | None = None  # the indicator the chart should show, if it still can


@dataclass
class DashboardData:
    figures: PeriodFigures
    agency: dict[str, dict[str, int]]  # agency type → sex → people trained
    indicator: str | None  # the indicator of the cumulative chart
    series: IndicatorSeries | None


def compute_period_figures(
    session: Session, project: str, period: Period, country: str | None, *, with_indicators: bool = True
) -> PeriodFigures:
    """Activities placed in the period (by their start), people trained (each person once), indicators."""
    with shared_queries():
        overview = period_overview(session, project, period, country)
        figures = PeriodFigures(
            activity_count=overview.activities,
            completed=overview.completed,
            trainings=overview.trainings,
            people_by_sex=overview.people_by_sex,
            by_status=overview.by_status,
        )
        if with_indicators:
            report = compute_indicators(session, project, period.label, country)
            figures.indicators = sorted(report.figures, key=lambda f: not f.is_key)
    return figures


def _series(session: Session, project: str, code: str, periods, country: str | None) -> IndicatorSeries:
    indicator = indicator_by_code(session, project_by_code(session, project), code)
    figures = series(session, indicator, list(periods), country)
    return IndicatorSeries(
        title=f"{indicator.code} {indicator.name}",
        periods=[p.label for p in periods],
        actual=[f.cumulative_actual for f in figures],
        target=[f.cumulative_target for f in figures],
        unit=str(getattr(indicator.unit, "value", indicator.unit)),
    )


def chart_choices(figures: PeriodFigures) -> list:
    """The key indicators counted in numbers or percentages (all such indicators if none is key)."""
    charted = [f for f in figures.indicators if f.unit in CHART_UNITS]
    return [f for f in charted if f.is_key] or charted


def charted_indicator(choices: list, wanted: str | None) -> str | None:
    """`wanted` if it is a choice, else the first choice with figures to draw, else the first."""
    codes = [f.code for f in choices]
    if wanted in codes:
        return wanted
    with_data = [f.code for f in choices if f.cumulative_actual or f.cumulative_target]
    return (with_data or codes or [None])[0]


@action
def period_figures(db: Database, query: FiguresQuery) -> PeriodFigures:
    with reading(db) as session:
        return compute_period_figures(session, query.project, query.period, query.country)


@action
def dashboard(db: Database, query: FiguresQuery) -> DashboardData:
    """The period's figures, people trained by agency type, and the charted indicator's series."""
    with reading(db) as session, shared_queries():
        figures = compute_period_figures(session, query.project, query.period, query.country)
        project = project_by_code(session, query.project)
        # Distinct over all countries in scope: someone trained in two countries is one person.
        agency = trained_by_agency_total(
            session, project.id, query.period.start, query.period.end, list(query.countries)
        )
        code = charted_indicator(chart_choices(figures), query.indicator)
        chart = _series(session, query.project, code, query.chart_periods, query.country) if code else None
    return DashboardData(figures, agency, code, chart)


@action
def indicator_series(db: Database, query: FiguresQuery) -> IndicatorSeries:
    with reading(db) as session:
        return _series(session, query.project, query.indicator, query.chart_periods, query.country)
