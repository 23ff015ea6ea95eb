"""What figures are counted from: who attended what, without the personal columns.

On a server, a login may see only some people and attendance rows (an officer, their countries'), or
none of their personal columns (a viewer). Figures must not depend on who computes them, so the counting
queries read the views `participant_figures` and `attendance_figures` there (migration 0010):
every row, no name, phone, e-mail, remark or victim flag. On a SQLite file (one user who sees
everything) they read the tables themselves. `figure_sources(session)` gives the two to build
queries on, with the attributes of `Participant` and `Attendance` that the views keep.

Evidence is listed the same way: `evidence_listing(session)` is every attachment, also those this login
may not read (an officer: another country's files that show people), with the name and caption of those
that show people left empty, which is what a report lists of them without personal data anyway.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Boolean, Column, DateTime, Float, MetaData, String, Table, Uuid, select, text
from sqlalchemy.orm import Session, aliased

from flare_monitor.db.base import enum_column
from flare_monitor.db.enums import AttendanceRole, EvidenceType, Sex
from flare_monitor.db.evidence import Evidence
from flare_monitor.db.register import Attendance, Participant

_views = MetaData()  # not Base.metadata: these are views, which migrations and dumps leave alone

PARTICIPANT_FIGURES = Table(
    "participant_figures",
    _views,
    Column("id", Uuid, primary_key=True),
    Column("sex", enum_column(Sex, "sex")),
    Column("age_group", String(20)),
    Column("organization_id", Uuid),
    Column("country_code", String(2)),
    Column("subdivision_code", String(10)),
)
ATTENDANCE_FIGURES = Table(
    "attendance_figures",
    _views,
    Column("id", Uuid, primary_key=True),
    Column("participant_id", Uuid),
    Column("activity_id", Uuid),
    Column("role", enum_column(AttendanceRole, "attendance_role")),
    Column("days_attended", Float),
    Column("completed", Boolean),
    Column("pre_test_score", Float),
    Column("post_test_score", Float),
)

EVIDENCE_LISTING = Table(
    "evidence_listing",
    _views,
    Column("id", Uuid, primary_key=True),
    Column("project_id", Uuid),
    Column("activity_id", Uuid),
    Column("indicator_value_id", Uuid),
    Column("narrative_id", Uuid),
    Column("sha256", String(64)),
    Column("original_name", String(255)),
    Column("caption", String(500)),
    Column("type", enum_column(EvidenceType, "evidence_type")),
    Column("personal", Boolean),
    Column("added_by", String(100)),
    Column("created_at", DateTime),
)


@dataclass(frozen=True)
class FigureSources:
    """`attendance` and `participant` to count from: the ORM classes, or aliases of them on the views."""

    attendance: Any
    participant: Any


ON_FILE = FigureSources(Attendance, Participant)
ON_SERVER = FigureSources(
    aliased(Attendance, ATTENDANCE_FIGURES, adapt_on_names=True),
    aliased(Participant, PARTICIPANT_FIGURES, adapt_on_names=True),
)


def figure_sources(session: Session) -> FigureSources:
    return ON_SERVER if session.get_bind().dialect.name == "postgresql" else ON_FILE


def evidence_listing(session: Session) -> Table:
    """Every attachment, to build queries on (`.c.sha256`, `.c.personal`, …): the table on a file, the
    view `evidence_listing` on a server (names and captions of files showing people empty)."""
    if figure_sources(session) is ON_SERVER:
        return EVIDENCE_LISTING
    return Evidence.__table__


def readable_evidence_names(session: Session, ids: Sequence[Any]) -> dict[Any, str]:
    """{evidence id: file name} of those of `ids` whose name this login may read (the listing view leaves
    the names of files showing people empty): all on a file; on a server, where the login may read them."""
    if not ids:
        return {}
    if (
        figure_sources(session) is ON_SERVER
        and not session.execute(
            text("SELECT has_column_privilege('evidence', 'original_name', 'SELECT')")
        ).scalar()
    ):
        return {}
    rows = session.execute(select(Evidence.id, Evidence.original_name).where(Evidence.id.in_(list(ids))))
    return {evidence_id: name for evidence_id, name in rows if name}


def readable_names(session: Session, ids: Sequence[Any]) -> dict[Any, str]:
    """{participant id: name} of those of `ids` whose name this login may read: all on a file; on a
    server, the people of an officer's countries, and nobody's for a viewer."""
    if not ids:
        return {}
    if (
        figure_sources(session) is ON_SERVER
        and not session.execute(
            text("SELECT has_column_privilege('participant', 'full_name', 'SELECT')")
        ).scalar()
    ):
        return {}
    found: dict[Any, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        found.update(
            session.execute(
                select(Participant.id, Participant.full_name).where(Participant.id.in_(chunk))
            ).all()
        )
    return found
