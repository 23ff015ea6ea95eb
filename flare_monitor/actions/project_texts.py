"""The project's own texts in several languages: list them, give or remove a translation, say which
language the originals are written in (flare_monitor.services.project_texts)."""

from __future__ import annotations

from dataclasses import dataclass

from flare_monitor.actions.base import action, reading, unit_of_work
from flare_monitor.db.engine import Database
from flare_monitor.services import project_texts as service
from flare_monitor.services.project_texts import FIELDS, TextRow

__all__ = ["FIELDS", "SetProjectText", "SetTextLanguage", "TextRow", "list_project_texts",
           "set_project_text", "set_text_language"]  # fmt: skip


@dataclass(frozen=True)
class SetProjectText:
    project: str
    kind: str  # result, level, indicator, section
    key: str  # result or indicator code, level depth, section
    field: str  # statement, name, definition, title
    language: str
    text: str | None  # None or empty: the translation is removed


@dataclass(frozen=True)
class SetTextLanguage:
    project: str
    language: str


@action
def list_project_texts(db: Database, project: str) -> list[TextRow]:
    with reading(db) as session:
        return service.list_texts(session, project)


@action
def set_project_text(db: Database, request: SetProjectText, *, user: str | None = None) -> TextRow:
    with unit_of_work(db, user=user) as session:
        return service.set_text(
            session, request.project, request.kind, request.key, request.field, request.language, request.text
        )


@action
def set_text_language(db: Database, request: SetTextLanguage, *, user: str | None = None) -> str:
    with unit_of_work(db, user=user) as session:
        return service.set_text_language(session, request.project, request.language)
