"""Figures of a period shown beside the narrative and on the dashboard, asked from the indicator engine."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from flare_monitor.indicators.actuals import shared_queries
from flare_monitor.indicators.overview import period_overview
from flare_monitor.indicators.periods import Period
from ui import formatting


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


def period_figures(
    session, project: str, period: Period, country: str | None, *, with_indicators: bool = True
) -> PeriodFigures:
    """Activities placed in the period (by their start), people trained (each person once), indicators.

    A few grouped queries of the indicator engine, however many activities the period holds; within
    one call the engine asks each identical question once.
    """
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
            figures.indicators = indicator_figures(session, project, period.label, country)
    return figures


def indicator_figures(session, project: str, period_label: str, country: str | None) -> list:
    """The engine's figures, key indicators first; empty if the engine is not installed."""
    try:
        from flare_monitor.indicators.engine import compute_indicators
    except ImportError:
        return []
    report = compute_indicators(session, project, period_label, country)
    return sorted(report.figures, key=lambda f: not f.is_key)


def format_number(value: float | None, unit: str = "number") -> str:
    """A figure in the locale's way: 1,234 / 1.234,5 / 96 %; yes/no indicators as words."""
    if value is None:
        return "—"
    if unit == "percentage":
        return formatting.format_percent(value)
    if unit == "yes_no":
        return (
            QCoreApplication.translate("figures", "yes")
            if value
            else QCoreApplication.translate("figures", "no")
        )
    return formatting.format_decimal(value)
