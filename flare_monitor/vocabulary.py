"""The controlled vocabularies officers choose from (activity types, statuses, sexes…), for every layer.

They are defined beside the models that store them (db/enums.py); the desktop app reads them here, so
that nothing in ui/ imports the database package.
"""

from flare_monitor.db.enums import (
    ActivityStatus,
    ActivityType,
    AttendanceRole,
    AuditAction,
    Calendar,
    Direction,
    EvidenceType,
    IndicatorUnit,
    NarrativeSection,
    OrganizationType,
    RiskLevel,
    RiskStatus,
    Sex,
    SubmissionStatus,
    ValueStatus,
    values,
)

__all__ = [
    "ActivityStatus",
    "ActivityType",
    "AttendanceRole",
    "AuditAction",
    "Calendar",
    "Direction",
    "EvidenceType",
    "IndicatorUnit",
    "NarrativeSection",
    "OrganizationType",
    "RiskLevel",
    "RiskStatus",
    "Sex",
    "SubmissionStatus",
    "ValueStatus",
    "values",
]


# ------------------------------------------------------------------ labels, in every language

from flare_monitor.i18n.message import NP_, Message  # noqa: E402

# The label of each value as officers read it (combos, tables, the report, messages); the catalogue
# translates them (context "vocabulary"). "other" is both a sex and a type: one label serves all.
LABELS: dict[str, str] = {
    ActivityType.TRAINING: NP_("vocabulary", "Training"),
    ActivityType.WORKSHOP: NP_("vocabulary", "Workshop"),
    ActivityType.MEETING: NP_("vocabulary", "Meeting"),
    ActivityType.RESEARCH: NP_("vocabulary", "Research"),
    ActivityType.POLICY_ADVICE: NP_("vocabulary", "Policy advice"),
    ActivityType.AWARENESS_RAISING: NP_("vocabulary", "Awareness raising"),
    ActivityType.TECHNICAL_ASSISTANCE: NP_("vocabulary", "Technical assistance"),
    ActivityType.OTHER: NP_("vocabulary", "Other"),
    ActivityStatus.PLANNED: NP_("vocabulary", "Planned"),
    ActivityStatus.ONGOING: NP_("vocabulary", "Ongoing"),
    ActivityStatus.COMPLETED: NP_("vocabulary", "Completed"),
    ActivityStatus.POSTPONED: NP_("vocabulary", "Postponed"),
    ActivityStatus.CANCELLED: NP_("vocabulary", "Cancelled"),
    Sex.FEMALE: NP_("vocabulary", "Female"),
    Sex.MALE: NP_("vocabulary", "Male"),
    Sex.NOT_RECORDED: NP_("vocabulary", "Not recorded"),
    AttendanceRole.PARTICIPANT: NP_("vocabulary", "Participant"),
    AttendanceRole.FACILITATOR: NP_("vocabulary", "Facilitator"),
    AttendanceRole.RESOURCE_PERSON: NP_("vocabulary", "Resource person"),
    AttendanceRole.ORGANIZER: NP_("vocabulary", "Organizer"),
    OrganizationType.LABOUR_DEPARTMENT: NP_("vocabulary", "Labour department"),
    OrganizationType.LAW_ENFORCEMENT: NP_("vocabulary", "Law enforcement"),
    OrganizationType.LABOUR_INSPECTORATE: NP_("vocabulary", "Labour inspectorate"),
    OrganizationType.JUDICIARY: NP_("vocabulary", "Judiciary"),
    OrganizationType.EMPLOYERS_ORGANIZATION: NP_("vocabulary", "Employers' organization"),
    OrganizationType.WORKERS_ORGANIZATION: NP_("vocabulary", "Workers' organization"),
    OrganizationType.NGO: NP_("vocabulary", "NGO"),
    OrganizationType.UN_INTERNATIONAL: NP_("vocabulary", "UN / international"),
    OrganizationType.ACADEMIA: NP_("vocabulary", "Academia"),
    OrganizationType.GOVERNMENT_OTHER: NP_("vocabulary", "Government (other)"),
    NarrativeSection.HIGHLIGHTS: NP_("vocabulary", "Highlights"),
    NarrativeSection.CHALLENGES: NP_("vocabulary", "Challenges and how they were addressed"),
    NarrativeSection.LESSONS_LEARNED: NP_("vocabulary", "Lessons learned"),
    NarrativeSection.GOOD_PRACTICES: NP_("vocabulary", "Good practices"),
    NarrativeSection.NEXT_PERIOD_PLAN: NP_("vocabulary", "Plan for the next period"),
    NarrativeSection.OUTCOME_PROGRESS: NP_("vocabulary", "Progress towards the outcome"),
    NarrativeSection.DONOR_COMMENTS: NP_("vocabulary", "Response to the donor's comments"),
    NarrativeSection.EVALUATION_FOLLOW_UP: NP_("vocabulary", "Follow-up on evaluation recommendations"),
    NarrativeSection.VAT_EXEMPTION: NP_("vocabulary", "VAT exemption status"),
    NarrativeSection.SUSTAINABILITY: NP_("vocabulary", "Sustainability strategy"),
    NarrativeSection.SUCCESS_STORY: NP_("vocabulary", "Success story"),
    NarrativeSection.MANAGEMENT_COORDINATION: NP_("vocabulary", "Management and coordination"),
    RiskLevel.LOW: NP_("vocabulary", "Low"),
    RiskLevel.MEDIUM: NP_("vocabulary", "Medium"),
    RiskLevel.HIGH: NP_("vocabulary", "High"),
    RiskStatus.OPEN: NP_("vocabulary", "Open"),
    RiskStatus.MONITORING: NP_("vocabulary", "Monitoring"),
    RiskStatus.CLOSED: NP_("vocabulary", "Closed"),
    SubmissionStatus.DRAFT: NP_("vocabulary", "Draft"),
    SubmissionStatus.SUBMITTED: NP_("vocabulary", "Submitted"),
    SubmissionStatus.RETURNED: NP_("vocabulary", "Returned"),
    SubmissionStatus.APPROVED: NP_("vocabulary", "Approved"),
    SubmissionStatus.LOCKED: NP_("vocabulary", "Locked"),
    EvidenceType.ATTENDANCE_SHEET: NP_("vocabulary", "Attendance sheet"),
    EvidenceType.PHOTO: NP_("vocabulary", "Photo"),
    EvidenceType.AGENDA: NP_("vocabulary", "Agenda"),
    EvidenceType.REPORT: NP_("vocabulary", "Report"),
    EvidenceType.OFFICIAL_DOCUMENT: NP_("vocabulary", "Official document"),
    IndicatorUnit.NUMBER: NP_("vocabulary", "Number"),
    IndicatorUnit.PERCENTAGE: NP_("vocabulary", "Percentage"),
    IndicatorUnit.YES_NO: NP_("vocabulary", "Yes/no"),
    IndicatorUnit.LEVEL: NP_("vocabulary", "Level"),
    "on_track": NP_("vocabulary", "On track"),
    "needs_attention": NP_("vocabulary", "Needs attention"),
    "off_track": NP_("vocabulary", "Off track"),
    "no_target": NP_("vocabulary", "No target"),
}


def label(value: object, language: str = "en") -> str:
    """The label of a vocabulary value in `language` ('training' → 'Capacitación'); an unknown value
    made readable ('some_value' → 'Some value')."""
    if value is None:
        return ""
    text = str(getattr(value, "value", value))
    source = LABELS.get(text)
    if source is None:
        return text.replace("_", " ").capitalize()
    return Message(source, context="vocabulary").render(language)
