"""Setting up a project: create, edit, show and delete it, and name its result levels (the project form,
the welcome page, `project create|edit|show|delete|levels`)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from flare_monitor.actions.base import action, reading, unit_of_work
from flare_monitor.db.engine import Database
from flare_monitor.services import backups, project_setup
from flare_monitor.services.project_setup import COVER_FIELDS, DeletedProject, ProjectDetail, ProjectIn

__all__ = [
    "COVER_FIELDS",
    "CreateProject",
    "DeleteProject",
    "DeletedProject",
    "EditProject",
    "ProjectDetail",
    "ProjectForm",
    "ProjectIn",
    "SetLevels",
    "create_project",
    "delete_project",
    "edit_project",
    "project_detail",
    "project_form",
    "set_levels",
]


@dataclass(frozen=True)
class CreateProject:
    data: ProjectIn
    levels: tuple[str, ...] = ()  # names of the result levels, top first (optional)


@dataclass(frozen=True)
class EditProject:
    """An edit of project `code`. From the form: `data` (everything it shows) with the `version` and
    values it showed; from the command line: `changes` (only the options given)."""

    code: str
    data: ProjectIn | None = None
    changes: dict[str, Any] | None = None
    version: int | None = None
    seen: ProjectIn | None = None
    levels: tuple[str, ...] | None = None  # None: the level names stay as they are


@dataclass(frozen=True)
class DeleteProject:
    code: str
    confirm: str  # the code typed again: a project is deleted only when both match


@dataclass(frozen=True)
class SetLevels:
    project: str
    names: tuple[str, ...]


@dataclass(frozen=True)
class ProjectForm:
    """What the project form needs to edit a project: its values, version and level names."""

    data: ProjectIn
    version: int
    levels: tuple[str, ...]


@action
def create_project(db: Database, request: CreateProject, *, user: str | None = None) -> str:
    """Create a project with its countries (and its level names); returns its code as stored."""
    with unit_of_work(db, user=user) as session:
        project = project_setup.create_project(session, request.data)
        if request.levels:
            project_setup.set_levels(session, project.code, request.levels)
        return project.code


@action
def project_form(db: Database, code: str) -> ProjectForm:
    with reading(db) as session:
        data, version = project_setup.project_input(session, code)
        project = project_setup.get_project(session, code)
        levels = tuple(project_setup.level_names(session, project.id))
    return ProjectForm(data, version, levels)


@action
def edit_project(db: Database, request: EditProject, *, user: str | None = None) -> str:
    """Save an edit; returns the project's code as stored (it may have been renamed)."""
    with unit_of_work(db, user=user) as session:
        if request.data is not None:
            data = request.data
        else:
            data, _version = project_setup.project_input(session, request.code)
            changes = dict(request.changes or {})
            if "countries" in changes and "subdivisions" not in changes:  # the provinces of those kept
                kept = {str(c).strip().upper() for c in changes["countries"]}
                changes["subdivisions"] = {c: codes for c, codes in data.subdivisions.items() if c in kept}
            data = dataclasses.replace(data, **changes)
        project = project_setup.update_project(session, request.code, data, request.version, request.seen)
        if request.levels is not None:
            project_setup.set_levels(session, project.code, request.levels)
        return project.code


@action
def set_levels(db: Database, request: SetLevels, *, user: str | None = None) -> list[str]:
    with unit_of_work(db, user=user) as session:
        return project_setup.set_levels(session, request.project, request.names)


@action
def project_detail(db: Database, code: str) -> ProjectDetail:
    with reading(db) as session:
        return project_setup.project_detail(session, code)


@action
def project_outline(db: Database, code: str) -> ProjectDetail:
    """The project as the set-up page shows it: every indicator with its life-of-project target only."""
    with reading(db) as session:
        return project_setup.project_detail(session, code, every_target=False)


@action
def delete_project(db: Database, request: DeleteProject, *, user: str | None = None) -> DeletedProject:
    """Delete a project after a verified backup of the database file (a server backs itself up); refused
    while a period is locked, and unless the code was typed again."""
    from flare_monitor.errors import ValidationError

    code = str(request.code or "").strip().upper()
    if str(request.confirm or "").strip().upper() != code:
        raise ValidationError(
            f"confirm: type the project's code ({code}) to confirm that it is to be deleted", "confirm"
        )
    with reading(db) as session:  # refused before a backup is taken for nothing
        project_setup.ensure_deletable(session, code)
    if db.file is not None:
        backups.backup_now(db, "before-delete")
    with unit_of_work(db, user=user) as session:
        return project_setup.delete_project(session, code)
