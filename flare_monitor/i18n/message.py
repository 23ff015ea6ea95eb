"""Messages translated where they are written (gettext: a message id and named parameters).

    from flare_monitor.i18n import _, ngettext

    raise NotFoundError(_("{project} has no result with the code {code}", project=code, code=result))
    ngettext("{count} activity", "{count} activities", count)

`_()` returns a `Message`: a `str` whose text is the English one (logs, JSON output and code that only
needs a string keep working) and which remembers its id and parameters, so that the desktop app shows
it in the UI's language and the command line in its own (`render(message, "fr")`). Parameters are
formatted in the language they are shown in: dates ("20 feb 2024"), numbers (1 234,5), nested messages,
lists ("a, b et c"), and the wrappers of flare_monitor.i18n.params (a country, a period, a vocabulary
term, a field name). `N_()` only marks a text for extraction (a class attribute, a table of labels).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from typing import Any

from flare_monitor.i18n.catalogue import translations
from flare_monitor.i18n.languages import SOURCE

log = logging.getLogger(__name__)


class Message(str):
    """A translatable message: its English text as a string, plus its id, plural and parameters."""

    msgid: str
    plural: str | None
    count: int | None
    context: str | None
    params: dict[str, Any]

    def __new__(
        cls,
        msgid: str,
        params: Mapping[str, Any] | None = None,
        *,
        plural: str | None = None,
        count: int | None = None,
        context: str | None = None,
    ) -> Message:
        values = dict(params or {})
        english = _fill(msgid if plural is None or count == 1 else plural, values, SOURCE, msgid)
        self = super().__new__(cls, english)
        self.msgid, self.plural, self.count, self.context, self.params = msgid, plural, count, context, values
        return self

    def __reduce__(self):
        return (_rebuild, (self.msgid, self.params, self.plural, self.count, self.context))

    def render(self, language: str) -> str:
        """The message in `language` (English where the catalogue has no translation)."""
        if language == SOURCE:
            return str.__str__(self)
        catalogue = translations(language)
        if self.plural is not None:
            n = int(self.count or 0)
            if self.context:
                template = catalogue.npgettext(self.context, self.msgid, self.plural, n)
            else:
                template = catalogue.ngettext(self.msgid, self.plural, n)
        elif self.context:
            template = catalogue.pgettext(self.context, self.msgid)
        else:
            template = catalogue.gettext(self.msgid)
        return _fill(template, self.params, language, self.msgid)

    def __str__(self) -> str:
        return str.__str__(self)


def _rebuild(msgid, params, plural, count, context) -> Message:
    return Message(msgid, params, plural=plural, count=count, context=context)


class _Rendered(dict):
    """The parameters of a message, each formatted in the language on first use."""

    def __init__(self, params: Mapping[str, Any], language: str):
        super().__init__()
        self.params, self.language = params, language

    def __missing__(self, key: str) -> str:
        value = format_value(self.params[key], self.language)
        self[key] = value
        return value


def _fill(template: str, params: Mapping[str, Any], language: str, msgid: str) -> str:
    if not params:
        return template.replace("{{", "{").replace("}}", "}") if "{" in template else template
    try:
        return template.format_map(_Rendered(params, language))
    except (KeyError, ValueError, IndexError) as exc:  # a translation naming another parameter
        log.warning("translation of %r in %s not usable: %s", msgid, language, exc)
        if template is msgid:
            return msgid
        return _fill(msgid, params, language, msgid)


def format_value(value: Any, language: str) -> str:
    """A parameter as `language` writes it."""
    from datetime import date, datetime
    from decimal import Decimal

    from flare_monitor.i18n import formatting

    if isinstance(value, Message):
        return value.render(language)
    render = getattr(value, "render", None)
    if callable(render):  # the wrappers of flare_monitor.i18n.params
        return render(language)
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return render_message(_("yes") if value else _("no"), language)
    if isinstance(value, datetime):
        return formatting.format_datetime(value, language)
    if isinstance(value, date):
        return formatting.format_date(value, language)
    if isinstance(value, int | float | Decimal):
        return formatting.format_number(value, language, decimals=2, group_from=10000)
    if isinstance(value, list | tuple | set | frozenset):
        return formatting.format_list([format_value(item, language) for item in value], language)
    if value is None:
        return "—"
    return str(value)


def _(msgid: str, /, **params: Any) -> Message:
    """Mark and make a message; `params` fill its {named} places."""
    return Message(msgid, params)


def N_(msgid: str) -> str:  # noqa: N802 - gettext's name for a marker
    """Mark a text for the catalogue without making a message (labels, class attributes)."""
    return msgid


def NP_(context: str, msgid: str) -> str:  # noqa: N802 - a marker, as N_
    """Mark a text with its context (render it with `pgettext(context, msgid)` or Message(…, context=…))."""
    return msgid


def ngettext(singular: str, plural: str, count: int, /, **params: Any) -> Message:
    """A message whose words follow a number: {count} is that number unless `params` name it."""
    params.setdefault("count", count)
    return Message(singular, params, plural=plural, count=count)


def pgettext(context: str, msgid: str, /, **params: Any) -> Message:
    """A message whose id alone is ambiguous ("Female" a person's sex, or a column of women)."""
    return Message(msgid, params, context=context)


def npgettext(context: str, singular: str, plural: str, count: int, /, **params: Any) -> Message:
    params.setdefault("count", count)
    return Message(singular, params, plural=plural, count=count, context=context)


def render_message(value: Any, language: str) -> str:
    """`value` in `language`: a Message translated, an exception's message, anything else as text."""
    if isinstance(value, BaseException):
        message = getattr(value, "message", None)
        return render_message(message, language) if message is not None else str(value)
    return format_value(value, language)


def render_all(values: Iterable[Any], language: str) -> list[str]:
    return [render_message(value, language) for value in values]


class Translator:
    """The catalogue of one language as the report and the command line use it: strings, not messages.

    t = Translator("fr")
    t.gettext("Contents")                 # "Table des matières"
    t.gettext("Page {page} of {pages}", page=2, pages=9)
    t.ngettext("{count} activity", "{count} activities", 3)
    t(message)                            # any Message (or plain text) in French
    """

    def __init__(self, language: str):
        self.language = language

    def __call__(self, value: Any) -> str:
        return render_message(value, self.language)

    def gettext(self, msgid: str, /, **params: Any) -> str:
        return Message(msgid, params).render(self.language)

    def pgettext(self, context: str, msgid: str, /, **params: Any) -> str:
        return Message(msgid, params, context=context).render(self.language)

    def ngettext(self, singular: str, plural: str, count: int, /, **params: Any) -> str:
        return ngettext(singular, plural, count, **params).render(self.language)
