"""The history of generated donor reports (ReportRecord rows) for the app's report list."""

from __future__ import annotations

import getpass
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from flare_monitor.db.audit_hook import add_entry
from flare_monitor.db.enums import AuditAction
from flare_monitor.db.models import Project, ReportRecord
from flare_monitor.indicators.engine import project_by_code
from flare_monitor.reports.model import ReportData


@dataclass(frozen=True)
class ReportRow:
    id: uuid.UUID
    project: str
    period: str
    file_path: str
    sha256: str
    generated_at: datetime
    generated_by: str
    scope: dict[str, Any]

    @property
    def exists(self) -> bool:
        return Path(self.file_path).is_file()

    def as_json(self) -> dict:
        return {
            "id": str(self.id),
            "project": self.project,
            "period": self.period,
            "file_path": self.file_path,
            "sha256": self.sha256,
            "generated_at": self.generated_at.isoformat(timespec="seconds"),
            "generated_by": self.generated_by,
            "scope": self.scope,
        }


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def record_report(session: Session, data: ReportData, path: Path, sha256: str, pages: int) -> ReportRecord:
    """Store a generated report (scope: countries and options) and an audit entry; never commits."""
    scope = {
        **data.options.scope_json(),
        "countries": [c.code for c in data.countries],
        "period_start": data.period.start.isoformat(),
        "period_end": data.period.end.isoformat(),
        "pages": pages,
    }
    record = ReportRecord(
        project_id=data.project.id,
        period=data.period.label,
        scope=scope,
        file_path=str(Path(path).absolute()),
        sha256=sha256,
        generated_by=_os_user(),
    )
    session.add(record)
    session.flush()
    add_entry(session, AuditAction.REPORT, "report_record", record.id,
              changes={"project": data.project.code, "period": data.period.label, "file": record.file_path,
                       "sha256": sha256})  # fmt: skip
    return record


def list_reports(session: Session, project_code: str | None = None) -> list[ReportRow]:
    """Generated reports, newest first; only one project's with `project_code`."""
    query = (
        select(ReportRecord, Project.code)
        .join(Project, Project.id == ReportRecord.project_id)
        .order_by(ReportRecord.generated_at.desc(), ReportRecord.id)
    )
    if project_code:
        query = query.where(ReportRecord.project_id == project_by_code(session, project_code).id)
    return [
        ReportRow(
            r.id, code, r.period, r.file_path, r.sha256, r.generated_at, r.generated_by, dict(r.scope or {})
        )
        for r, code in session.execute(query)
    ]
