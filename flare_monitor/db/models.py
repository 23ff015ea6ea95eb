"""All mapped classes, importable from one place (and registered on `Base.metadata`)."""

from flare_monitor.db.audit import AuditEntry, AuditHead, Setting
from flare_monitor.db.base import Base
from flare_monitor.db.evidence import Evidence, EvidenceBlob, EvidenceChunk
from flare_monitor.db.exchange import ExchangeRecord
from flare_monitor.db.geo import Country, Subdivision
from flare_monitor.db.project import (
    Indicator,
    IndicatorTarget,
    IndicatorValue,
    Narrative,
    PeriodFigure,
    PeriodLock,
    PeriodStatus,
    Project,
    ProjectCountry,
    ProjectRisk,
    ReportRecord,
    Result,
    ResultLevel,
)
from flare_monitor.db.register import (
    Activity,
    ActivityPartner,
    Attendance,
    Organization,
    Participant,
    ParticipantDistinct,
)
from flare_monitor.db.team import TeamUser, TeamUserCountry

__all__ = [
    "Activity",
    "ActivityPartner",
    "Attendance",
    "AuditEntry",
    "AuditHead",
    "Base",
    "Country",
    "Evidence",
    "EvidenceBlob",
    "EvidenceChunk",
    "ExchangeRecord",
    "Indicator",
    "IndicatorTarget",
    "IndicatorValue",
    "Narrative",
    "Organization",
    "Participant",
    "ParticipantDistinct",
    "PeriodFigure",
    "PeriodLock",
    "PeriodStatus",
    "Project",
    "ProjectCountry",
    "ProjectRisk",
    "ReportRecord",
    "Result",
    "ResultLevel",
    "Setting",
    "Subdivision",
    "TeamUser",
    "TeamUserCountry",
]
