"""The plain data of a donor report: options in, `ReportData` out of `assemble`, into the builder.

No database objects here: the builder, the Excel annex and the desktop app's preview read these.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from flare_monitor.indicators.engine import IndicatorFigure, IndicatorReport
from flare_monitor.indicators.periods import Period
from flare_monitor.reports.charts import IndicatorSeries

SEXES = ("female", "male", "other", "not_recorded")
DEFAULT_TEMPLATE = "ilo-quarterly"


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
    prepared_by: str | None = None  # None: the line is left for a signature
    logo_path: Path | None = None
    report_date: date | None = None  # default: today (deterministic mode: the period's last day)
    template: str = DEFAULT_TEMPLATE  # an id of the output registry (reports/registry.py)
    template_options: tuple[tuple[str, Any], ...] = ()  # the template's own options, (key, value)
    approved_only: bool = False  # leave entered values not yet approved out of every figure
    force: bool = False  # build even for a period outside the project's dates

    def option(self, key: str, default: Any = None) -> Any:
        return dict(self.template_options).get(key, default)

    def scope_json(self) -> dict:
        return {
            "template": self.template,
            "template_options": dict(self.template_options),
            "countries": list(self.countries) if self.countries else None,
            "xlsx": str(self.xlsx) if self.xlsx else None,
            "annex_participants": self.annex_participants,
            "language": self.language,
            "page_size": self.page_size,
            "deterministic": self.deterministic,
            "prepared_by": self.prepared_by,
            "logo_path": str(self.logo_path) if self.logo_path else None,
            "approved_only": self.approved_only,
            "force": self.force,
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
    currency: str = "USD"
    grantee: str | None = None
    grantee_uei: str | None = None
    hq_contact: str | None = None
    field_contact: str | None = None
    total_funding: float | None = None
    representative_name: str | None = None
    representative_title: str | None = None
    on_track_tolerance: float = 0.15
    needs_attention_tolerance: float = 0.35


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
    planned_start: date | None = None
    planned_end: date | None = None
    actual_start: date | None = None
    actual_end: date | None = None
    reason: str | None = None

    @property
    def delayed(self) -> bool:
        """Held (or still to be held) later than planned."""
        return self.planned_start is not None and self.start > self.planned_start


@dataclass(frozen=True)
class NarrativeText:
    """One text printed in a section: `scope` names where it comes from when the section shows several
    (the whole project, a country, a quarter within a half-year)."""

    text: str
    scope: str | None = None
    photo_path: str | None = None  # a photo given as a file (narrative set --photo)
    photo_caption: str | None = None
    photo_data: bytes | None = None  # a photo attached as evidence to the section (printed first)
    photo_name: str | None = None  # its file name, for messages
    photo_withheld: str | None = None  # the name of a photo left out: it shows people (personal data)


@dataclass(frozen=True)
class RiskItem:
    label: str
    country: str | None
    risk: str
    likelihood: str
    impact: str
    mitigation: str | None
    status: str


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
class Correction:
    """A cell of a locked period's training tables whose figure today differs from the one submitted: the
    report prints the submitted figure and this note beside it (what, submitted, today, why)."""

    table: str  # "trainings" (a training's participants) or "agency" (people trained by agency type)
    row: str  # the training's code, or the agency type
    sex: str
    submitted: int
    today: int
    causes: tuple = ()  # the corrections noted since the lock (messages)


@dataclass(frozen=True)
class LockInfo:
    """The report's period is locked: its figures are those submitted."""

    by: str
    at: datetime


@dataclass(frozen=True)
class CountrySection:
    country: CountryInfo
    figures: list[IndicatorFigure]  # the engine's figures for this country (key indicators)
    activities: list[ActivityItem]  # completed in the period
    trainings: list[TrainingItem]
    trained_by_agency: dict[str, dict[str, int]]  # agency type → {sex: distinct people}
    series: list[IndicatorSeries]
    narratives: dict[str, list[NarrativeText]]
    not_held: list[ActivityItem] = field(default_factory=list)  # postponed or cancelled in the period
    corrections: list[Correction] = field(default_factory=list)  # a locked period's training tables


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
    prepared_by: str | None  # None: a line is left for a signature
    report_date: date
    key: KeyFigures
    iptt: list[IndicatorFigure]
    results: list[ResultGroup]
    country_sections: list[CountrySection]
    narratives: dict[str, list[NarrativeText]]  # project-wide sections (and the chosen countries')
    planned: list[ActivityItem]
    annex_activities: list[ActivityItem]
    annex_trainings: list[TrainingItem]
    annex_participants: list[ParticipantItem] | None = None
    # The language of the project's texts, when some are printed untranslated (marked ‡): None when none is.
    untranslated_from: str | None = None
    # The project's own titles of narrative sections in the report's language (section → title).
    section_titles: dict[str, str] = field(default_factory=dict)
    evidence: list = field(default_factory=list)  # services.evidence.AnnexRow of the period
    # The IPTT of every reporting period of the project to date, per scope (a country, None for all):
    # {(period label, scope): IndicatorReport}; `table_periods` in order. Empty when not needed.
    table: dict[tuple[str, str | None], IndicatorReport] = field(default_factory=dict)
    table_periods: list[Period] = field(default_factory=list)
    rules: dict[str, str] = field(default_factory=dict)  # indicator code → counting rule in words
    outcome_narratives: dict[str, list[NarrativeText]] = field(default_factory=dict)  # result code → texts
    work_plan: list[ActivityItem] = field(default_factory=list)  # Annex B: the period's and still owed
    products: list[ActivityItem] = field(default_factory=list)  # Annex G: studies, manuals, tools
    risks: list[RiskItem] = field(default_factory=list)
    empty_sections: list[str] = field(default_factory=list)  # narrative sections with no text (labels)
    locked: LockInfo | None = None  # the period is locked: the figures printed are those submitted
    not_approved: list[str] = field(default_factory=list)  # countries whose submission is not approved yet
    withheld_photos: list[str] = field(default_factory=list)  # photos not printed: personal data (builder)

    @property
    def provisional(self) -> list[IndicatorFigure]:
        """Figures of the report's period counting draft values (marked provisional)."""
        return [f for f in self.iptt if f.provisional]

    def texts(self, section: str) -> list[NarrativeText]:
        return self.narratives.get(section, [])
