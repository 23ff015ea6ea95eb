"""Finding a record by what officers type (a project's code): one place for the core's layers."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from flare_monitor.db.project import Project
from flare_monitor.errors import NotFoundError
from flare_monitor.i18n import _


def project_by_code(session: Session, code: str) -> Project:
    """The project with this code (any case, spaces around), or a NotFoundError naming the known ones."""
    project = session.scalar(select(Project).where(Project.code == str(code).strip().upper()))
    if project is None:
        known = ", ".join(session.scalars(select(Project.code).order_by(Project.code))) or _("none yet")
        raise NotFoundError(_("Unknown project '{code}' (known projects: {known})", code=code, known=known))
    return project
