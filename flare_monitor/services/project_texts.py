"""The project's own texts in several languages: result statements, result-level names, indicator names
and definitions, and the titles of narrative sections.

The text stored on each record is the original, written in the project's language (`Project.text_language`,
English when not said); a translation per language sits beside it (`translations` JSON: {field: {lang:
text}}). `ProjectTexts` answers "this text in that language": the translation when there is one, else the
original, which the report marks as untranslated.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from flare_monitor.db.models import Indicator, Project, Result, ResultLevel
from flare_monitor.errors import NotFoundError, ValidationError
from flare_monitor.i18n import LANGUAGES, Field, _
from flare_monitor.services.common import project_by_code
from flare_monitor.vocabulary import NarrativeSection

# What can be translated: kind → the fields of that kind.
FIELDS = {
    "result": ("statement",),
    "level": ("name",),
    "indicator": ("name", "definition"),
    "section": ("title",),
}
MAX_LENGTH = 4000


@dataclass(frozen=True)
class Shown:
    """A project text as one language shows it: `translated` False when it is the original, shown because
    the language has no translation (and the language differs from the original's)."""

    text: str
    translated: bool = True


@dataclass(frozen=True)
class TextRow:
    """One translatable text of the project, with its translations (for listings and set-up forms)."""

    kind: str
    key: str  # the result or indicator code, the level's depth, the section
    field: str
    original: str
    translations: dict[str, str] = field(default_factory=dict)


def _get(translations: dict | None, name: str, language: str) -> str | None:
    text = ((translations or {}).get(name) or {}).get(language)
    return text if text and text.strip() else None


@dataclass
class ProjectTexts:
    """Every translatable text of one project, for one language (the report's, or the UI's)."""

    language: str
    original_language: str
    results: dict[str, tuple[str, dict | None]]
    levels: dict[int, tuple[str, dict | None]]
    indicators: dict[str, tuple[str, str | None, dict | None]]
    section_titles: dict[str, dict[str, str]]

    def _shown(self, original: str | None, translations: dict | None, name: str) -> Shown:
        if not original:
            return Shown(original or "")
        if self.language == self.original_language:
            return Shown(original)
        found = _get(translations, name, self.language)
        return Shown(found) if found else Shown(original, translated=False)

    def statement(self, code: str, original: str | None = None) -> Shown:
        stored, translations = self.results.get(code, (original or "", None))
        return self._shown(stored, translations, "statement")

    def level(self, depth: int, original: str | None = None) -> Shown:
        stored, translations = self.levels.get(depth, (original or "", None))
        return self._shown(stored, translations, "name")

    def indicator_name(self, code: str, original: str | None = None) -> Shown:
        name, _definition, translations = self.indicators.get(code, (original or "", None, None))
        return self._shown(name, translations, "name")

    def indicator_definition(self, code: str) -> Shown:
        _name, definition, translations = self.indicators.get(code, ("", None, None))
        return self._shown(definition, translations, "definition")

    def section_title(self, section: str) -> str | None:
        """The project's own title of a narrative section in the language, if it gives one."""
        return (self.section_titles.get(section) or {}).get(self.language) or None


def original_language(project: Project) -> str:
    return project.text_language or "en"


def texts_for(session: Session, project: Project, language: str) -> ProjectTexts:
    results = {
        code: (statement, translations)
        for code, statement, translations in session.execute(
            select(Result.code, Result.statement, Result.translations).where(Result.project_id == project.id)
        )
    }
    levels = {
        depth: (name, translations)
        for depth, name, translations in session.execute(
            select(ResultLevel.depth, ResultLevel.name, ResultLevel.translations).where(
                ResultLevel.project_id == project.id
            )
        )
    }
    indicators = {
        code: (name, definition, translations)
        for code, name, definition, translations in session.execute(
            select(Indicator.code, Indicator.name, Indicator.definition, Indicator.translations).where(
                Indicator.project_id == project.id
            )
        )
    }
    titles = (project.translations or {}).get("section_titles") or {}
    return ProjectTexts(language, original_language(project), results, levels, indicators, titles)


def _check_language(language: str, project: Project) -> str:
    code = (language or "").strip().lower()
    if code not in LANGUAGES:
        raise ValidationError(
            _("{field}: '{value}' is not one of {allowed}", field=Field("language"), value=language,
              allowed=", ".join(LANGUAGES)),
            "language",
        )  # fmt: skip
    return code


def _record(session: Session, project: Project, kind: str, key: str):
    if kind == "result":
        record = session.scalar(select(Result).where(Result.project_id == project.id, Result.code == key))
        if record is None:
            raise NotFoundError(
                _("{project} has no result with the code {code}", project=project.code, code=key)
            )
        return record
    if kind == "indicator":
        record = session.scalar(
            select(Indicator).where(Indicator.project_id == project.id, Indicator.code == key)
        )
        if record is None:
            raise NotFoundError(_("{project} has no indicator '{code}'", project=project.code, code=key))
        return record
    if kind == "level":
        depth = int(key) if str(key).isdigit() else -1
        record = session.scalar(
            select(ResultLevel).where(ResultLevel.project_id == project.id, ResultLevel.depth == depth)
        )
        if record is None:
            raise NotFoundError(
                _("{project} has no result level {level} (levels are numbered from 1, the top)",
                  project=project.code, level=str(key))
            )  # fmt: skip
        return record
    raise ValidationError(
        _("{field}: '{value}' is not one of {allowed}", field=Field("kind"), value=kind,
          allowed=", ".join(FIELDS)),
        "kind",
    )  # fmt: skip


def set_text(
    session: Session, project_code: str, kind: str, key: str, name: str, language: str, text: str | None
) -> TextRow:
    """Give (or, with an empty text, remove) the translation of one text of the project into `language`."""
    project = project_by_code(session, project_code)
    language = _check_language(language, project)
    if name not in FIELDS.get(kind, ()):
        raise ValidationError(
            _("{field}: '{value}' is not one of {allowed}", field=Field("field"), value=name,
              allowed=", ".join(FIELDS.get(kind, ()))),
            "field",
        )  # fmt: skip
    cleaned = " ".join((text or "").split()) if name != "definition" else (text or "").strip()
    if len(cleaned) > MAX_LENGTH:
        raise ValidationError(
            _("{field}: longer than {max_length} characters", field=Field(name), max_length=MAX_LENGTH), name
        )
    if kind == "section":
        section = NarrativeSection(key) if key in {s.value for s in NarrativeSection} else None
        if section is None:
            raise ValidationError(
                _("{field}: '{value}' is not one of {allowed}", field=Field("section"), value=key,
                  allowed=", ".join(s.value for s in NarrativeSection)),
                "section",
            )  # fmt: skip
        data = dict(project.translations or {})
        titles = {k: dict(v) for k, v in (data.get("section_titles") or {}).items()}
        titles.setdefault(key, {})
        if cleaned:
            titles[key][language] = cleaned
        else:
            titles[key].pop(language, None)
        data["section_titles"] = {k: v for k, v in titles.items() if v}
        project.translations = data
        session.flush()
        return TextRow("section", key, name, "", dict(titles.get(key, {})))
    record = _record(session, project, kind, key)
    if language == original_language(project):
        raise ValidationError(
            _("{field}: {language} is the language the project's texts are written in; change the text "
              "itself instead", field=Field("language"), language=language),
            "language",
        )  # fmt: skip
    data = {k: dict(v) for k, v in (record.translations or {}).items()}
    data.setdefault(name, {})
    if cleaned:
        data[name][language] = cleaned
    else:
        data[name].pop(language, None)
    record.translations = {k: v for k, v in data.items() if v}
    session.flush()
    return TextRow(kind, str(key), name, getattr(record, name) or "", dict(data.get(name, {})))


def set_text_language(session: Session, project_code: str, language: str) -> str:
    """Say which language the project's texts (statements, names, definitions) are written in."""
    project = project_by_code(session, project_code)
    project.text_language = _check_language(language, project)
    session.flush()
    return project.text_language


def list_texts(session: Session, project_code: str) -> list[TextRow]:
    """Every translatable text of the project with its translations, in the order of the framework."""
    project = project_by_code(session, project_code)
    rows = []
    for level in session.scalars(
        select(ResultLevel).where(ResultLevel.project_id == project.id).order_by(ResultLevel.depth)
    ):
        rows.append(
            TextRow("level", str(level.depth), "name", level.name, _field(level.translations, "name"))
        )
    for result in session.scalars(
        select(Result).where(Result.project_id == project.id).order_by(Result.sort_order, Result.code)
    ):
        rows.append(
            TextRow(
                "result", result.code, "statement", result.statement, _field(result.translations, "statement")
            )
        )
    for indicator in session.scalars(
        select(Indicator)
        .where(Indicator.project_id == project.id)
        .order_by(Indicator.sort_order, Indicator.code)
    ):
        for name in ("name", "definition"):
            original = getattr(indicator, name)
            if original:
                rows.append(
                    TextRow("indicator", indicator.code, name, original, _field(indicator.translations, name))
                )
    for section, titles in sorted(((project.translations or {}).get("section_titles") or {}).items()):
        rows.append(TextRow("section", section, "title", "", dict(titles)))
    return rows


def _field(translations: dict | None, name: str) -> dict[str, str]:
    return dict((translations or {}).get(name) or {})
