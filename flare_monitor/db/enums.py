"""Controlled vocabularies. Stored as their `.value` strings (no native enums: PostgreSQL and SQLite
behave the same, and adding a value later needs no type migration)."""

from __future__ import annotations

from enum import StrEnum


class Calendar(StrEnum):
    CALENDAR = "calendar"
    FISCAL = "fiscal"


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    NOT_RECORDED = "not_recorded"


class IndicatorUnit(StrEnum):
    NUMBER = "number"
    PERCENTAGE = "percentage"
    YES_NO = "yes_no"
    LEVEL = "level"


class Direction(StrEnum):
    INCREASE = "increase"
    DECREASE = "decrease"


class ValueStatus(StrEnum):
    DRAFT = "draft"
    APPROVED = "approved"


class OrganizationType(StrEnum):
    LABOUR_DEPARTMENT = "labour_department"
    LAW_ENFORCEMENT = "law_enforcement"
    LABOUR_INSPECTORATE = "labour_inspectorate"
    JUDICIARY = "judiciary"
    EMPLOYERS_ORGANIZATION = "employers_organization"
    WORKERS_ORGANIZATION = "workers_organization"
    NGO = "ngo"
    UN_INTERNATIONAL = "un_international"
    ACADEMIA = "academia"
    GOVERNMENT_OTHER = "government_other"
    OTHER = "other"


class ActivityType(StrEnum):
    TRAINING = "training"
    WORKSHOP = "workshop"
    MEETING = "meeting"
    RESEARCH = "research"
    POLICY_ADVICE = "policy_advice"
    AWARENESS_RAISING = "awareness_raising"
    TECHNICAL_ASSISTANCE = "technical_assistance"
    OTHER = "other"


class ActivityStatus(StrEnum):
    PLANNED = "planned"
    ONGOING = "ongoing"
    COMPLETED = "completed"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"


class AttendanceRole(StrEnum):
    PARTICIPANT = "participant"
    FACILITATOR = "facilitator"
    RESOURCE_PERSON = "resource_person"
    ORGANIZER = "organizer"


class NarrativeSection(StrEnum):
    HIGHLIGHTS = "highlights"
    CHALLENGES = "challenges"
    LESSONS_LEARNED = "lessons_learned"
    GOOD_PRACTICES = "good_practices"
    NEXT_PERIOD_PLAN = "next_period_plan"
    # Progress towards one result of the framework (the narrative's result_id says which).
    OUTCOME_PROGRESS = "outcome_progress"
    # Sections of a USDOL Technical Progress Report and its annexes.
    DONOR_COMMENTS = "donor_comments"
    EVALUATION_FOLLOW_UP = "evaluation_follow_up"
    VAT_EXEMPTION = "vat_exemption"
    SUSTAINABILITY = "sustainability"
    SUCCESS_STORY = "success_story"
    MANAGEMENT_COORDINATION = "management_coordination"


class RiskLevel(StrEnum):
    """Likelihood or impact of a risk in a project's risk register."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class RiskStatus(StrEnum):
    OPEN = "open"
    MONITORING = "monitoring"
    CLOSED = "closed"


class EvidenceType(StrEnum):
    ATTENDANCE_SHEET = "attendance_sheet"
    PHOTO = "photo"
    AGENDA = "agenda"
    REPORT = "report"
    OFFICIAL_DOCUMENT = "official_document"
    OTHER = "other"


# Evidence of these types shows or names people: personal data unless the officer says otherwise.
PERSONAL_EVIDENCE_TYPES = frozenset({EvidenceType.ATTENDANCE_SHEET, EvidenceType.PHOTO})


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    MERGE = "merge"
    EXPORT = "export"
    IMPORT = "import"
    LOCK = "lock"
    UNLOCK = "unlock"
    REPORT = "report"


def values(enum: type[StrEnum]) -> list[str]:
    return [member.value for member in enum]
