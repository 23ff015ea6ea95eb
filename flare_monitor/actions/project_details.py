"""A project's cover-sheet details: grantee, contacts, agreement number, funding, representative."""

from __future__ import annotations

from dataclasses import dataclass

from flare_monitor.actions.base import reading, unit_of_work
from flare_monitor.db.engine import Database
from flare_monitor.services import project_details as service
from flare_monitor.services.project_details import ProjectChanges, ProjectDetails

__all__ = ["ProjectChanges", "ProjectDetails", "SetProjectDetails", "set_project_details", "show_project"]


@dataclass(frozen=True)
class SetProjectDetails:
    project: str
    changes: ProjectChanges


def show_project(db: Database, project: str) -> ProjectDetails:
    with reading(db) as session:
        return service.project_details(session, project)


def set_project_details(
    db: Database, request: SetProjectDetails, *, user: str | None = None
) -> ProjectDetails:
    """Change the fields given (the audit trail records the old and new values)."""
    with unit_of_work(db, user=user) as session:
        return service.update_project_details(session, request.project, request.changes)
