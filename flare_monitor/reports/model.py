"""The plain data of a donor report: options in, `ReportData` out of `assemble`, into the builder.

No database objects here: the builder, the Excel annex and the desktop app's preview read these.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from flare_monitor.indicators.engine import IndicatorFigure
from flare_monitor.indicators.periods import Period
from flare_monitor.reports.charts import IndicatorSeries

SEXES = ("female", "male", "other", "not_recorded")


@dataclass(frozen=True)
class ReportOptions:
    project: str
    period: str
    out: Path
    countries: tuple[str, ...] | None = None  # None = every country of the project
    xlsx: Path | None = None
    annex_participants: bool = False
    language: str = "en"
    page_size: str = "a4"
    deterministic: bool = False
    prepared_by: str | None = None  # default: the OS user
    logo_path: Path | None = None
    report_date: date | None = None  # default: today (deterministic mode: the period's last day)

    def scope_json(self) -> dict:
        return {
            "countries": list(self.countries) if self.countries else None,
            "xlsx": str(self.xlsx) if self.xlsx else None,
            "annex_participants": self.annex_participants,
            "language": self.language,
            "page_size": self.page_size,
            "deterministic": self.deterministic,
            "prepared_by": self.prepared_by,
            "logo_path": str(self.logo_path) if self.logo_path else None,
        }


@dataclass(frozen=True)
class ProjectInfo:
    id: uuid.UUID
    code: str
    title: str
    donor: str
    grant_number: str | None
    start: date
    end: date
    calendar: str
    fiscal_year_start_month: int


@dataclass(frozen=True)
class CountryInfo:
    code: str
    name: str


@dataclass(frozen=True)
class ActivityItem:
    code: str
    title: str
    type: str
    status: str
    start: date
    end: date
    venue: str | None
    country: str
    participants: int


@dataclass(frozen=True)
class TrainingItem:
    activity: ActivityItem
    by_sex: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.by_sex.values())


@dataclass(frozen=True)
class ResultGroup:
    """An outcome (or a result without children) with its indicators and its outputs' indicators."""

    code: str | None
    level: str
    statement: str
    depth: int
    figures: list[IndicatorFigure]
    outputs: list[tuple[str, str, str, list[IndicatorFigure]]]  # (code, level, statement, figures)

    @property
    def all_figures(self) -> list[IndicatorFigure]:
        return self.figures + [f for *_x, figs in self.outputs for f in figs]


@dataclass(frozen=True)
class KeyFigures:
    activities_completed: int
    activities_completed_cumulative: int
    trainings: int
    people: list[IndicatorFigure]  # engine figures of key indicators counting people
    status_counts: dict[str, int]


@dataclass(frozen=True)
class CountrySection:
    country: CountryInfo
    figures: list[IndicatorFigure]  # the engine's figures for this country (key indicators)
    activities: list[ActivityItem]  # completed in the period
    trainings: list[TrainingItem]
    trained_by_agency: dict[str, dict[str, int]]  # agency type → {sex: distinct people}
    series: list[IndicatorSeries]
    narratives: dict[str, str]

    @property
    def trained_by_sex(self) -> dict[str, int]:
        total = dict.fromkeys(SEXES, 0)
        for counts in self.trained_by_agency.values():
            for sex, n in counts.items():
                total[sex] = total.get(sex, 0) + n
        return total


@dataclass(frozen=True)
class ParticipantItem:
    name: str
    sex: str
    organization: str | None
    organization_type: str | None
    position: str | None
    country: str
    activities: str


@dataclass
class ReportData:
    options: ReportOptions
    project: ProjectInfo
    period: Period
    next_period: Period | None
    countries: list[CountryInfo]
    all_countries: bool
    iptt_country: str | None
    prepared_by: str
    report_date: date
    key: KeyFigures
    iptt: list[IndicatorFigure]
    results: list[ResultGroup]
    country_sections: list[CountrySection]
    narratives: dict[str, str]
    planned: list[ActivityItem]
    annex_activities: list[ActivityItem]
    annex_trainings: list[TrainingItem]
    annex_participants: list[ParticipantItem] | None = None
    level_names: dict[int, str] = field(default_factory=dict)
