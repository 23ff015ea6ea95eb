"""Translated labels of the controlled vocabularies (flare_monitor.vocabulary) for combos and tables.

The labels are marked with QT_TRANSLATE_NOOP (so lupdate extracts them in the "vocab" context) and
translated when shown, in the language installed at start-up. Country names come from pycountry's
own ISO 3166 translations.
"""

from __future__ import annotations

import gettext
from functools import cache

import pycountry
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox

from flare_monitor.vocabulary import (
    ActivityStatus,
    ActivityType,
    AttendanceRole,
    EvidenceType,
    NarrativeSection,
    OrganizationType,
    Sex,
)


@cache
def _labels() -> dict[str, str]:
    """English labels (the source texts), translated by ``label`` when shown."""
    return {
        # activity types
        ActivityType.TRAINING: QT_TRANSLATE_NOOP("vocab", "Training"),
        ActivityType.WORKSHOP: QT_TRANSLATE_NOOP("vocab", "Workshop"),
        ActivityType.MEETING: QT_TRANSLATE_NOOP("vocab", "Meeting"),
        ActivityType.RESEARCH: QT_TRANSLATE_NOOP("vocab", "Research"),
        ActivityType.POLICY_ADVICE: QT_TRANSLATE_NOOP("vocab", "Policy advice"),
        ActivityType.AWARENESS_RAISING: QT_TRANSLATE_NOOP("vocab", "Awareness raising"),
        ActivityType.TECHNICAL_ASSISTANCE: QT_TRANSLATE_NOOP("vocab", "Technical assistance"),
        ActivityType.OTHER: QT_TRANSLATE_NOOP("vocab", "Other"),
        # activity statuses
        ActivityStatus.PLANNED: QT_TRANSLATE_NOOP("vocab", "Planned"),
        ActivityStatus.ONGOING: QT_TRANSLATE_NOOP("vocab", "Ongoing"),
        ActivityStatus.COMPLETED: QT_TRANSLATE_NOOP("vocab", "Completed"),
        ActivityStatus.POSTPONED: QT_TRANSLATE_NOOP("vocab", "Postponed"),
        ActivityStatus.CANCELLED: QT_TRANSLATE_NOOP("vocab", "Cancelled"),
        # sexes
        Sex.FEMALE: QT_TRANSLATE_NOOP("vocab", "Female"),
        Sex.MALE: QT_TRANSLATE_NOOP("vocab", "Male"),
        Sex.NOT_RECORDED: QT_TRANSLATE_NOOP("vocab", "Not recorded"),
        # roles
        AttendanceRole.PARTICIPANT: QT_TRANSLATE_NOOP("vocab", "Participant"),
        AttendanceRole.FACILITATOR: QT_TRANSLATE_NOOP("vocab", "Facilitator"),
        AttendanceRole.RESOURCE_PERSON: QT_TRANSLATE_NOOP("vocab", "Resource person"),
        AttendanceRole.ORGANIZER: QT_TRANSLATE_NOOP("vocab", "Organizer"),
        # organization types
        OrganizationType.LABOUR_DEPARTMENT: QT_TRANSLATE_NOOP("vocab", "Labour department"),
        OrganizationType.LAW_ENFORCEMENT: QT_TRANSLATE_NOOP("vocab", "Law enforcement"),
        OrganizationType.LABOUR_INSPECTORATE: QT_TRANSLATE_NOOP("vocab", "Labour inspectorate"),
        OrganizationType.JUDICIARY: QT_TRANSLATE_NOOP("vocab", "Judiciary"),
        OrganizationType.EMPLOYERS_ORGANIZATION: QT_TRANSLATE_NOOP("vocab", "Employers' organization"),
        OrganizationType.WORKERS_ORGANIZATION: QT_TRANSLATE_NOOP("vocab", "Workers' organization"),
        OrganizationType.NGO: QT_TRANSLATE_NOOP("vocab", "NGO"),
        OrganizationType.UN_INTERNATIONAL: QT_TRANSLATE_NOOP("vocab", "UN / international"),
        OrganizationType.ACADEMIA: QT_TRANSLATE_NOOP("vocab", "Academia"),
        OrganizationType.GOVERNMENT_OTHER: QT_TRANSLATE_NOOP("vocab", "Government (other)"),
        # narrative sections
        NarrativeSection.HIGHLIGHTS: QT_TRANSLATE_NOOP("vocab", "Highlights"),
        NarrativeSection.CHALLENGES: QT_TRANSLATE_NOOP("vocab", "Challenges and how they were addressed"),
        NarrativeSection.LESSONS_LEARNED: QT_TRANSLATE_NOOP("vocab", "Lessons learned"),
        NarrativeSection.GOOD_PRACTICES: QT_TRANSLATE_NOOP("vocab", "Good practices"),
        NarrativeSection.NEXT_PERIOD_PLAN: QT_TRANSLATE_NOOP("vocab", "Plan for the next period"),
        # evidence types ("other" is labelled above)
        EvidenceType.ATTENDANCE_SHEET: QT_TRANSLATE_NOOP("vocab", "Attendance sheet"),
        EvidenceType.PHOTO: QT_TRANSLATE_NOOP("vocab", "Photo"),
        EvidenceType.AGENDA: QT_TRANSLATE_NOOP("vocab", "Agenda"),
        EvidenceType.REPORT: QT_TRANSLATE_NOOP("vocab", "Report"),
        EvidenceType.OFFICIAL_DOCUMENT: QT_TRANSLATE_NOOP("vocab", "Official document"),
        NarrativeSection.OUTCOME_PROGRESS: QT_TRANSLATE_NOOP("vocab", "Progress towards the outcome"),
        NarrativeSection.DONOR_COMMENTS: QT_TRANSLATE_NOOP("vocab", "Response to the donor's comments"),
        NarrativeSection.EVALUATION_FOLLOW_UP: QT_TRANSLATE_NOOP("vocab", "Follow-up of evaluations"),
        NarrativeSection.VAT_EXEMPTION: QT_TRANSLATE_NOOP("vocab", "VAT exemption status"),
        NarrativeSection.SUSTAINABILITY: QT_TRANSLATE_NOOP("vocab", "Sustainability strategy"),
        NarrativeSection.SUCCESS_STORY: QT_TRANSLATE_NOOP("vocab", "Success story"),
        NarrativeSection.MANAGEMENT_COORDINATION: QT_TRANSLATE_NOOP("vocab", "Management and coordination"),
        # indicator status
        "on_track": QT_TRANSLATE_NOOP("vocab", "On track"),
        "needs_attention": QT_TRANSLATE_NOOP("vocab", "Needs attention"),
        "off_track": QT_TRANSLATE_NOOP("vocab", "Off track"),
        "no_target": QT_TRANSLATE_NOOP("vocab", "No target"),
    }


def label(value: object) -> str:
    """The translated label of a vocabulary value ('training' → 'Training'); unknown values readable."""
    if value is None:
        return ""
    text = str(value)
    # "other" is both a sex and an activity/organization type: one label serves all.
    source = _labels().get(text)
    if source is None:
        return text.replace("_", " ").capitalize()
    return QCoreApplication.translate("vocab", source)


@cache
def _country_names(language: str):
    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language]).gettext
    except OSError:
        return lambda name: name


def country_label(code: str | None) -> str:
    """A country's name in the UI's language (Pakistán, Pérou), or the code if ISO 3166 lacks it."""
    if not code:
        return ""
    from ui.i18n import current_language

    country = pycountry.countries.get(alpha_2=code.upper())
    if country is None:
        return code
    language = current_language()
    return country.name if language == "en" else _country_names(language)(country.name)


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


@cache
def _subdivision_names(language: str):
    try:
        return gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[language]).gettext
    except OSError:
        return lambda name: name


def subdivision_label(name: str) -> str:
    """A province's or region's name (ISO 3166-2) in the UI's language where ISO has it."""
    from ui.i18n import current_language

    language = current_language()
    return name if language == "en" else _subdivision_names(language)(name)


def all_countries() -> list[tuple[str, str]]:
    """(code, name in the UI's language) of every ISO 3166-1 country, by name."""
    from flare_monitor.text import fold

    rows = [(c.alpha_2, country_label(c.alpha_2)) for c in pycountry.countries]
    return sorted(rows, key=lambda row: fold(row[1]))
