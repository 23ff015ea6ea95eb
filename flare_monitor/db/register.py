"""The register: organizations, activities, participants and who attended what."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from flare_monitor.db.base import Base, RecordMixin, enum_column
from flare_monitor.db.enums import (
    ActivityStatus,
    ActivityType,
    AttendanceRole,
    OrganizationType,
    Sex,
)
from flare_monitor.text import fold
from flare_monitor.text import name_key as person_key


def _derived(function, source: str):
    """A column default computed from another column of the same row: a row inserted without its
    match key (a dump written by hand, a package from an older version) still gets the key every
    other route stores, so imports find it by name instead of creating a duplicate."""

    def default(context) -> str:
        return function(context.get_current_parameters().get(source))[:300]

    return default


class Organization(RecordMixin, Base):
    __tablename__ = "organization"

    name: Mapped[str] = mapped_column(String(300), nullable=False)
    search_name: Mapped[str] = mapped_column(
        String(300), nullable=False, default=_derived(fold, "name"), index=True
    )
    acronym: Mapped[str | None] = mapped_column(String(50))
    type: Mapped[OrganizationType] = mapped_column(
        enum_column(OrganizationType, "organization_type"), nullable=False, default=OrganizationType.OTHER
    )
    country_code: Mapped[str | None] = mapped_column(ForeignKey("country.code"), index=True)
    subdivision_code: Mapped[str | None] = mapped_column(ForeignKey("subdivision.code"))
    # False for an organization an import created from a name on a sheet: its type is a guess ("other")
    # until someone checks it, and indicators restricted to organization types depend on it.
    type_confirmed: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)

    participants: Mapped[list[Participant]] = relationship(back_populates="organization")


class ActivityPartner(RecordMixin, Base):
    __tablename__ = "activity_partner"
    __table_args__ = (UniqueConstraint("activity_id", "organization_id"),)

    activity_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("activity.id"), nullable=False, index=True)
    organization_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organization.id"), nullable=False, index=True
    )

    organization: Mapped[Organization] = relationship()


class Activity(RecordMixin, Base):
    __tablename__ = "activity"
    __table_args__ = (
        CheckConstraint("planned_end >= planned_start", name="planned_dates"),
        CheckConstraint(
            "actual_end IS NULL OR actual_start IS NULL OR actual_end >= actual_start", name="actual_dates"
        ),
        Index("ix_activity_project_country", "project_id", "country_code"),
    )

    project_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("project.id"), nullable=False)
    country_code: Mapped[str] = mapped_column(ForeignKey("country.code"), nullable=False)
    subdivision_code: Mapped[str | None] = mapped_column(ForeignKey("subdivision.code"))
    result_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("result.id"), index=True)
    # Codes are unique across projects: officers name an activity by its code alone.
    code: Mapped[str] = mapped_column(String(50), nullable=False, unique=True)
    title: Mapped[str] = mapped_column(String(500), nullable=False)
    type: Mapped[ActivityType] = mapped_column(enum_column(ActivityType, "activity_type"), nullable=False)
    status: Mapped[ActivityStatus] = mapped_column(
        enum_column(ActivityStatus, "activity_status"), nullable=False, default=ActivityStatus.PLANNED
    )
    planned_start: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    planned_end: Mapped[date] = mapped_column(Date, nullable=False)
    actual_start: Mapped[date | None] = mapped_column(Date, index=True)
    actual_end: Mapped[date | None] = mapped_column(Date)
    venue: Mapped[str | None] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    # Why the activity was delayed, postponed or cancelled (the work plan status of donor reports).
    reason: Mapped[str | None] = mapped_column(Text)

    partners: Mapped[list[ActivityPartner]] = relationship(cascade="all, delete-orphan")
    attendance: Mapped[list[Attendance]] = relationship(back_populates="activity")

    @property
    def start(self) -> date:
        """The date that places the activity in a period: actual if known, else planned."""
        return self.actual_start or self.planned_start

    @property
    def end(self) -> date:
        return self.actual_end or self.planned_end


class Participant(RecordMixin, Base):
    """A person in the register. Name, phone and e-mail are personal data; `sensitive` marks victims."""

    __tablename__ = "participant"
    # Counting people by sex reads only (id, sex): a covering index spares a table lookup per person.
    __table_args__ = (Index("ix_participant_id_sex", "id", "sex"),)

    full_name: Mapped[str] = mapped_column(String(300), nullable=False)
    search_name: Mapped[str] = mapped_column(
        String(300), nullable=False, default=_derived(fold, "full_name"), index=True
    )
    name_key: Mapped[str] = mapped_column(
        String(300), nullable=False, default=_derived(person_key, "full_name"), index=True
    )
    sex: Mapped[Sex] = mapped_column(enum_column(Sex, "sex"), nullable=False, default=Sex.NOT_RECORDED)
    age_group: Mapped[str | None] = mapped_column(String(20))
    organization_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("organization.id"), index=True)
    position: Mapped[str | None] = mapped_column(String(200))
    country_code: Mapped[str | None] = mapped_column(ForeignKey("country.code"), index=True)
    subdivision_code: Mapped[str | None] = mapped_column(ForeignKey("subdivision.code"))
    phone: Mapped[str | None] = mapped_column(String(50))
    phone_normalized: Mapped[str | None] = mapped_column(String(30), index=True)
    email: Mapped[str | None] = mapped_column(String(200))
    consent: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    sensitive: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)

    organization: Mapped[Organization | None] = relationship(back_populates="participants")
    attendance: Mapped[list[Attendance]] = relationship(back_populates="participant")


class Attendance(RecordMixin, Base):
    __tablename__ = "attendance"
    __table_args__ = (
        UniqueConstraint("participant_id", "activity_id"),
        # Covers the indicator engine's join from activities to the people who attended them.
        Index("ix_attendance_activity_role_participant", "activity_id", "role", "participant_id"),
        CheckConstraint("days_attended IS NULL OR days_attended >= 0", name="days"),
        CheckConstraint(
            "pre_test_score IS NULL OR (pre_test_score >= 0 AND pre_test_score <= 100)", name="pre_test"
        ),
        CheckConstraint(
            "post_test_score IS NULL OR (post_test_score >= 0 AND post_test_score <= 100)", name="post_test"
        ),
    )

    participant_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("participant.id"), nullable=False, index=True
    )
    activity_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("activity.id"), nullable=False, index=True)
    role: Mapped[AttendanceRole] = mapped_column(
        enum_column(AttendanceRole, "attendance_role"), nullable=False, default=AttendanceRole.PARTICIPANT
    )
    days_attended: Mapped[float | None] = mapped_column(Float)
    completed: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    pre_test_score: Mapped[float | None] = mapped_column(Float)
    post_test_score: Mapped[float | None] = mapped_column(Float)
    remarks: Mapped[str | None] = mapped_column(Text)
    # From a KoboToolbox or ODK form (docs/IMPORTING.md): the submission this row came from, a hash of what
    # was imported from it (an edited submission hashes differently) and the code the form gave the person.
    submission_key: Mapped[str | None] = mapped_column(String(200), index=True)
    submission_hash: Mapped[str | None] = mapped_column(String(64))
    participant_code: Mapped[str | None] = mapped_column(String(50))

    participant: Mapped[Participant] = relationship(back_populates="attendance")
    activity: Mapped[Activity] = relationship(back_populates="attendance")
