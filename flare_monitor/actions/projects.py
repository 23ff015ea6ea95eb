"""Projects: the list the context bar offers."""

from __future__ import annotations

from flare_monitor.actions.base import action, reading
from flare_monitor.db.engine import Database
from flare_monitor.services import projects
from flare_monitor.services.projects import ProjectRow

__all__ = ["ProjectRow", "list_projects"]


@action
def list_projects(db: Database) -> list[ProjectRow]:
    with reading(db) as session:
        return projects.list_projects(session)
