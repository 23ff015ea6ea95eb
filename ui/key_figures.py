"""Figures of a period shown beside the narrative and on the dashboard, asked from the services."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from flare_monitor.db.enums import ActivityStatus, ActivityType, AttendanceRole, Sex
from flare_monitor.indicators.periods import Period
from flare_monitor.services.activities import ActivityRow, list_activities
from flare_monitor.services.attendance import roster
from ui import formatting


@dataclass
class PeriodFigures:
    activities: list[ActivityRow] = field(default_factory=list)  # activities that started in the period
    completed: int = 0
    trainings: int = 0
    people_by_sex: dict[str, int] = field(default_factory=dict)  # distinct people trained
    people_by_country_sex: dict[str, dict[str, int]] = field(default_factory=dict)
    by_status: dict[str, int] = field(default_factory=dict)
    indicators: list = field(default_factory=list)  # IndicatorFigure of the engine (key ones first)

    @property
    def people(self) -> int:
        return sum(self.people_by_sex.values())


def period_figures(
    session, project: str, period: Period, country: str | None, *, with_indicators: bool = True
) -> PeriodFigures:
    """Activities placed in the period (by their start), people trained (each person once), indicators."""
    figures = PeriodFigures()
    rows = [a for a in list_activities(session, project=project, country=country) if period.contains(a.start)]
    figures.activities = rows
    people: dict[object, tuple[str, str]] = {}
    for row in rows:
        figures.by_status[row.status] = figures.by_status.get(row.status, 0) + 1
        if row.status != ActivityStatus.COMPLETED:
            continue
        figures.completed += 1
        if row.type != ActivityType.TRAINING:
            continue
        figures.trainings += 1
        for person in roster(session, row.code):
            if person.role == AttendanceRole.PARTICIPANT:
                people.setdefault(person.participant_id, (row.country, person.sex))
    figures.people_by_sex = {sex.value: 0 for sex in Sex}
    for country_code, sex in people.values():
        figures.people_by_sex[sex] = figures.people_by_sex.get(sex, 0) + 1
        per_country = figures.people_by_country_sex.setdefault(country_code, {s.value: 0 for s in Sex})
        per_country[sex] = per_country.get(sex, 0) + 1
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
