"""Projects and their results frameworks, indicators, targets, actuals, narratives and reports."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from flare_monitor.db.base import Base, RecordMixin, enum_column, utcnow
from flare_monitor.db.enums import (
    Calendar,
    Direction,
    IndicatorUnit,
    NarrativeSection,
    RiskLevel,
    RiskStatus,
    Sex,
    ValueStatus,
)

PERIOD_LABEL_LENGTH = 16


class Project(RecordMixin, Base):
    __tablename__ = "project"
    __table_args__ = (
        CheckConstraint("fiscal_year_start_month BETWEEN 1 AND 12", name="fiscal_month"),
        CheckConstraint("end_date >= start_date", name="dates"),
    )

    code: Mapped[str] = mapped_column(String(32), nullable=False, unique=True)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    donor: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    grant_number: Mapped[str | None] = mapped_column(String(100))
    start_date: Mapped[date] = mapped_column(Date, nullable=False)
    end_date: Mapped[date] = mapped_column(Date, nullable=False)
    currency: Mapped[str] = mapped_column(String(3), nullable=False, default="USD")
    calendar: Mapped[Calendar] = mapped_column(
        enum_column(Calendar, "calendar"), nullable=False, default=Calendar.CALENDAR
    )
    fiscal_year_start_month: Mapped[int] = mapped_column(Integer, nullable=False, default=10)
    # Status thresholds: within `on_track_tolerance` of target (or better) is on track; within
    # `needs_attention_tolerance` needs attention; further off is off track.
    on_track_tolerance: Mapped[float] = mapped_column(Float, nullable=False, default=0.15)
    needs_attention_tolerance: Mapped[float] = mapped_column(Float, nullable=False, default=0.35)
    description: Mapped[str | None] = mapped_column(Text)
    # What a donor's cover sheet asks (USDOL's Technical Progress Report): the grantee and its federal
    # Unique Entity ID, the headquarters and field contacts, the total funding (in `currency`) and the
    # representative who certifies the reports. `grant_number` is the cooperative agreement number.
    grantee: Mapped[str | None] = mapped_column(String(300))
    grantee_uei: Mapped[str | None] = mapped_column(String(32))
    hq_contact: Mapped[str | None] = mapped_column(Text)
    field_contact: Mapped[str | None] = mapped_column(Text)
    total_funding: Mapped[float | None] = mapped_column(Float)
    representative_name: Mapped[str | None] = mapped_column(String(200))
    representative_title: Mapped[str | None] = mapped_column(String(200))
    # The language the project's texts are written in (None: English), and its own titles of narrative
    # sections per language: {"section_titles": {"highlights": {"es": "…"}}}.
    text_language: Mapped[str | None] = mapped_column(String(8))
    translations: Mapped[dict[str, Any] | None] = mapped_column(JSON)

    countries: Mapped[list[ProjectCountry]] = relationship(
        back_populates="project", cascade="all, delete-orphan", order_by="ProjectCountry.country_code"
    )
    levels: Mapped[list[ResultLevel]] = relationship(
        back_populates="project", cascade="all, delete-orphan", order_by="ResultLevel.depth"
    )
    results: Mapped[list[Result]] = relationship(back_populates="project", cascade="all, delete-orphan")


class ProjectCountry(RecordMixin, Base):
    __tablename__ = "project_country"
    __table_args__ = (UniqueConstraint("project_id", "country_code"),)

    project_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("project.id"), nullable=False, index=True)
    country_code: Mapped[str] = mapped_column(ForeignKey("country.code"), nullable=False)
    # The provinces or regions (ISO 3166-2 first-level codes) the project works in, in this country.
    subdivisions: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)

    project: Mapped[Project] = relationship(back_populates="countries")


class ResultLevel(RecordMixin, Base):
    """The name of each depth of a project's results framework (long-term outcome … output)."""

    __tablename__ = "result_level"
    __table_args__ = (UniqueConstraint("project_id", "depth"),)

    project_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("project.id"), nullable=False, index=True)
    depth: Mapped[int] = mapped_column(Integer, nullable=False)  # 1 = top of the tree
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    translations: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # {"name": {"es": "Resultado"}}

    project: Mapped[Project] = relationship(back_populates="levels")


class Result(RecordMixin, Base):
    """A node of the results framework: outcome, output…"""

    __tablename__ = "result"
    __table_args__ = (UniqueConstraint("project_id", "code"),)

    project_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("project.id"), nullable=False, index=True)
    parent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("result.id"), index=True)
    depth: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    code: Mapped[str] = mapped_column(String(32), nullable=False)
    statement: Mapped[str] = mapped_column(Text, nullable=False)
    translations: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # {"statement": {"fr": "…"}}
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)

    project: Mapped[Project] = relationship(back_populates="results")
    parent: Mapped[Result | None] = relationship(remote_side="Result.id", back_populates="children")
    children: Mapped[list[Result]] = relationship(back_populates="parent", order_by="Result.sort_order")
    indicators: Mapped[list[Indicator]] = relationship(
        back_populates="result", order_by="Indicator.sort_order"
    )


class Indicator(RecordMixin, Base):
    """An indicator and its reference sheet (PIRS)."""

    __tablename__ = "indicator"
    __table_args__ = (UniqueConstraint("project_id", "code"),)

    project_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("project.id"), nullable=False, index=True)
    result_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("result.id"), index=True)
    code: Mapped[str] = mapped_column(String(32), nullable=False)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    definition: Mapped[str | None] = mapped_column(Text)
    unit: Mapped[IndicatorUnit] = mapped_column(
        enum_column(IndicatorUnit, "indicator_unit"), nullable=False, default=IndicatorUnit.NUMBER
    )
    direction: Mapped[Direction] = mapped_column(
        enum_column(Direction, "direction"), nullable=False, default=Direction.INCREASE
    )
    # Cumulative over the life of the project (people trained) or reported per period.
    cumulative: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    disaggregations: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=lambda: ["sex"])
    data_source: Mapped[str | None] = mapped_column(Text)
    means_of_verification: Mapped[str | None] = mapped_column(Text)
    collection_method: Mapped[str | None] = mapped_column(Text)
    frequency: Mapped[str | None] = mapped_column(String(50))
    responsible: Mapped[str | None] = mapped_column(String(200))
    baseline_value: Mapped[float | None] = mapped_column(Float)
    baseline_date: Mapped[date | None] = mapped_column(Date)
    # Declarative definition for indicators counted from the register; None for manual indicators.
    computation: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    is_key: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    translations: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # {"name": {…}, "definition": {…}}

    result: Mapped[Result | None] = relationship(back_populates="indicators")
    targets: Mapped[list[IndicatorTarget]] = relationship(
        back_populates="indicator", cascade="all, delete-orphan"
    )
    values: Mapped[list[IndicatorValue]] = relationship(
        back_populates="indicator", cascade="all, delete-orphan"
    )


class _PeriodScoped:
    """Period (label and its dates), optional country and optional sex of a target or actual."""

    period: Mapped[str] = mapped_column(String(PERIOD_LABEL_LENGTH), nullable=False)
    period_start: Mapped[date] = mapped_column(Date, nullable=False)
    period_end: Mapped[date] = mapped_column(Date, nullable=False)
    country_code: Mapped[str | None] = mapped_column(ForeignKey("country.code"))
    sex: Mapped[Sex | None] = mapped_column(enum_column(Sex, "sex"))
    comment: Mapped[str | None] = mapped_column(Text)


class IndicatorTarget(_PeriodScoped, RecordMixin, Base):
    __tablename__ = "indicator_target"
    __table_args__ = (UniqueConstraint("indicator_id", "period", "country_code", "sex"),)

    indicator_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("indicator.id"), nullable=False, index=True)
    value: Mapped[float] = mapped_column(Float, nullable=False)

    indicator: Mapped[Indicator] = relationship(back_populates="targets")


class IndicatorValue(_PeriodScoped, RecordMixin, Base):
    """A manually reported actual; percentages keep numerator and denominator for roll-ups."""

    __tablename__ = "indicator_value"
    __table_args__ = (UniqueConstraint("indicator_id", "period", "country_code", "sex"),)

    indicator_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("indicator.id"), nullable=False, index=True)
    value: Mapped[float | None] = mapped_column(Float)
    numerator: Mapped[float | None] = mapped_column(Float)
    denominator: Mapped[float | None] = mapped_column(Float)
    status: Mapped[ValueStatus] = mapped_column(
        enum_column(ValueStatus, "value_status"), nullable=False, default=ValueStatus.DRAFT
    )
    approved_by: Mapped[str | None] = mapped_column(String(100))
    approved_at: Mapped[datetime | None] = mapped_column(DateTime)
    # Why the actual differs from the target (printed in the donor's data reporting form, else the
    # comment), and where the figure comes from.
    explanation: Mapped[str | None] = mapped_column(Text)
    data_source: Mapped[str | None] = mapped_column(Text)

    indicator: Mapped[Indicator] = relationship(back_populates="values")


class PeriodLock(RecordMixin, Base):
    """A reporting period marked submitted: its values and the attendance feeding them are frozen."""

    __tablename__ = "period_lock"
    __table_args__ = (UniqueConstraint("project_id", "period"),)

    project_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("project.id"), nullable=False, index=True)
    period: Mapped[str] = mapped_column(String(PERIOD_LABEL_LENGTH), nullable=False)
    period_start: Mapped[date] = mapped_column(Date, nullable=False)
    period_end: Mapped[date] = mapped_column(Date, nullable=False)
    locked: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    changed_by: Mapped[str] = mapped_column(String(100), nullable=False)


class Narrative(RecordMixin, Base):
    """One section of a period's narrative, for the whole project or one country (`country_code`),
    and for progress towards one result (`result_id`, with the section outcome_progress)."""

    __tablename__ = "narrative"
    __table_args__ = (UniqueConstraint("project_id", "period", "country_code", "section", "result_id"),)

    project_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("project.id"), nullable=False, index=True)
    country_code: Mapped[str | None] = mapped_column(ForeignKey("country.code"))
    result_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("result.id"), index=True)
    period: Mapped[str] = mapped_column(String(PERIOD_LABEL_LENGTH), nullable=False)
    period_start: Mapped[date] = mapped_column(Date, nullable=False)
    period_end: Mapped[date] = mapped_column(Date, nullable=False)
    section: Mapped[NarrativeSection] = mapped_column(
        enum_column(NarrativeSection, "narrative_section"), nullable=False
    )
    text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    # A photo printed with the text (a success story): the image file and its caption.
    photo_path: Mapped[str | None] = mapped_column(Text)
    photo_caption: Mapped[str | None] = mapped_column(Text)


class ProjectRisk(RecordMixin, Base):
    """A project's risk register: each risk (or assumption that may not hold), how likely it is, what it
    would do, what the project does about it, and whether it is still open."""

    __tablename__ = "project_risk"
    __table_args__ = (UniqueConstraint("project_id", "number"),)

    project_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("project.id"), nullable=False, index=True)
    number: Mapped[int] = mapped_column(Integer, nullable=False)  # R1, R2… within the project
    country_code: Mapped[str | None] = mapped_column(ForeignKey("country.code"))  # None: whole project
    risk: Mapped[str] = mapped_column(Text, nullable=False)
    likelihood: Mapped[RiskLevel] = mapped_column(
        enum_column(RiskLevel, "risk_likelihood"), nullable=False, default=RiskLevel.MEDIUM
    )
    impact: Mapped[RiskLevel] = mapped_column(
        enum_column(RiskLevel, "risk_impact"), nullable=False, default=RiskLevel.MEDIUM
    )
    mitigation: Mapped[str | None] = mapped_column(Text)
    status: Mapped[RiskStatus] = mapped_column(
        enum_column(RiskStatus, "risk_status"), nullable=False, default=RiskStatus.OPEN
    )


class ReportRecord(RecordMixin, Base):
    """A generated donor report: what it covered, where it went and its checksum."""

    __tablename__ = "report_record"

    project_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("project.id"), nullable=False, index=True)
    period: Mapped[str] = mapped_column(String(PERIOD_LABEL_LENGTH), nullable=False)
    scope: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)
    file_path: Mapped[str] = mapped_column(Text, nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    generated_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    generated_by: Mapped[str] = mapped_column(String(100), nullable=False)
