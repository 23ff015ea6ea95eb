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


@action
def results_of(db: Database, project: str) -> list[tuple[str, str]]:
    """(code, statement) of the project's results, in the framework's order, for pickers."""
    from flare_monitor.indicators.engine import natural_key
    from flare_monitor.services.results import list_results

    with reading(db) as session:
        rows = list_results(session, project)
    return sorted(((r.code, r.statement) for r in rows), key=lambda pair: natural_key(pair[0]))
