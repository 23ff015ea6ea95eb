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
    IndicatorUnit,
    NarrativeSection,
    OrganizationType,
    Sex,
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
    "IndicatorUnit",
    "NarrativeSection",
    "OrganizationType",
    "Sex",
    "ValueStatus",
    "values",
]
