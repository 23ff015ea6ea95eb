"""What the user is looking at: project, country (or all) and reporting period, shared by every page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from flare_monitor.actions.projects import ProjectRow
from flare_monitor.indicators.periods import Period, life_of_project, parse_period, periods_between
from flare_monitor.vocabulary import Calendar

LOP = "LOP"


def is_fiscal(project: ProjectRow) -> bool:
    return project.calendar == Calendar.FISCAL


def project_quarters(project: ProjectRow) -> list[Period]:
    """The quarters of the project, in its own reporting calendar, from its start to its end."""
    return periods_between(
        project.start_date,
        project.end_date,
        "quarter",
        fiscal=is_fiscal(project),
        fiscal_start_month=project.fiscal_year_start_month,
    )


def default_period(project: ProjectRow, today: date | None = None) -> str:
    """The latest quarter that ended on or before today (the one being reported), else the first."""
    today = today or date.today()
    quarters = project_quarters(project)
    ended = [q for q in quarters if q.end <= today]
    return (ended[-1] if ended else quarters[0]).label


def period_of(project: ProjectRow, label: str) -> Period:
    if label == LOP:
        return life_of_project(project.start_date, project.end_date)
    return parse_period(label, fiscal_start_month=project.fiscal_year_start_month)


@dataclass(frozen=True)
class Context:
    project: ProjectRow | None = None
    country: str | None = None  # None = all countries of the project
    period_label: str | None = None

    @property
    def project_code(self) -> str | None:
        return self.project.code if self.project else None

    @property
    def period(self) -> Period | None:
        if self.project is None or not self.period_label:
            return None
        return period_of(self.project, self.period_label)

    @property
    def countries(self) -> tuple[str, ...]:
        """The countries in scope: the chosen one, or every country of the project."""
        if self.project is None:
            return ()
        return (self.country,) if self.country else self.project.countries
