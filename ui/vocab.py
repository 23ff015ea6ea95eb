"""Translated labels of the controlled vocabularies (flare_monitor.db.enums) for combos and tables."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from flare_monitor.db.enums import (
    ActivityStatus,
    ActivityType,
    AttendanceRole,
    NarrativeSection,
    OrganizationType,
    Sex,
)


def _t(text: str) -> str:
    return QCoreApplication.translate("vocab", text)


@cache
def _labels() -> dict[str, str]:
    return {
        # activity types
        ActivityType.TRAINING: _t("Training"),
        ActivityType.WORKSHOP: _t("Workshop"),
        ActivityType.MEETING: _t("Meeting"),
        ActivityType.RESEARCH: _t("Research"),
        ActivityType.POLICY_ADVICE: _t("Policy advice"),
        ActivityType.AWARENESS_RAISING: _t("Awareness raising"),
        ActivityType.TECHNICAL_ASSISTANCE: _t("Technical assistance"),
        ActivityType.OTHER: _t("Other"),
        # activity statuses
        ActivityStatus.PLANNED: _t("Planned"),
        ActivityStatus.ONGOING: _t("Ongoing"),
        ActivityStatus.COMPLETED: _t("Completed"),
        ActivityStatus.POSTPONED: _t("Postponed"),
        ActivityStatus.CANCELLED: _t("Cancelled"),
        # sexes
        Sex.FEMALE: _t("Female"),
        Sex.MALE: _t("Male"),
        Sex.NOT_RECORDED: _t("Not recorded"),
        # roles
        AttendanceRole.PARTICIPANT: _t("Participant"),
        AttendanceRole.FACILITATOR: _t("Facilitator"),
        AttendanceRole.RESOURCE_PERSON: _t("Resource person"),
        AttendanceRole.ORGANIZER: _t("Organizer"),
        # organization types
        OrganizationType.LABOUR_DEPARTMENT: _t("Labour department"),
        OrganizationType.LAW_ENFORCEMENT: _t("Law enforcement"),
        OrganizationType.LABOUR_INSPECTORATE: _t("Labour inspectorate"),
        OrganizationType.JUDICIARY: _t("Judiciary"),
        OrganizationType.EMPLOYERS_ORGANIZATION: _t("Employers' organization"),
        OrganizationType.WORKERS_ORGANIZATION: _t("Workers' organization"),
        OrganizationType.NGO: _t("NGO"),
        OrganizationType.UN_INTERNATIONAL: _t("UN / international"),
        OrganizationType.ACADEMIA: _t("Academia"),
        OrganizationType.GOVERNMENT_OTHER: _t("Government (other)"),
        # narrative sections
        NarrativeSection.HIGHLIGHTS: _t("Highlights"),
        NarrativeSection.CHALLENGES: _t("Challenges and how they were addressed"),
        NarrativeSection.LESSONS_LEARNED: _t("Lessons learned"),
        NarrativeSection.GOOD_PRACTICES: _t("Good practices"),
        NarrativeSection.NEXT_PERIOD_PLAN: _t("Plan for the next period"),
        # indicator status
        "on_track": _t("On track"),
        "needs_attention": _t("Needs attention"),
        "off_track": _t("Off track"),
        "no_target": _t("No target"),
    }


def label(value: object) -> str:
    """The translated label of a vocabulary value ('training' → 'Training'); unknown values readable."""
    if value is None:
        return ""
    text = str(value)
    # "other" is both a sex and an activity/organization type: one label serves all.
    return _labels().get(text, text.replace("_", " ").capitalize())


def fill_combo(combo: QComboBox, enum, *, all_label: str | None = None) -> None:
    """Items = translated labels, data = stored values; an optional first 'All …' item with data None."""
    combo.clear()
    if all_label is not None:
        combo.addItem(all_label, None)
    for member in enum:
        combo.addItem(label(member.value), member.value)


def select_data(combo: QComboBox, value) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)
