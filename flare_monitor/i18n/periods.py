"""Period labels in each language, and back.

Stored and typed labels are canonical (FY2024-Q3, 2024-S1, LOP: flare_monitor.indicators.periods); what
a person reads follows the language: Spanish "AF2024-T3" (año fiscal, trimestre), French "EF2024-T3"
(exercice fiscal, trimestre). The forms are entries of the catalogue (context "period label"), so the
translators own them; `canonical` reads any language's form back, so a label copied from a Spanish or
French report is understood too.
"""

from __future__ import annotations

import functools
import re

from flare_monitor.i18n.languages import LANGUAGES
from flare_monitor.i18n.message import NP_, Message

# Canonical form → its pattern as a message id ({year}, {number}).
CONTEXT = "period label"
_FORMS = {
    "quarter": NP_("period label", "{year}-Q{number}"),
    "fiscal quarter": NP_("period label", "FY{year}-Q{number}"),
    "half": NP_("period label", "{year}-S{number}"),
    "fiscal half": NP_("period label", "FY{year}-S{number}"),
    "year": NP_("period label", "{year}"),
    "fiscal year": NP_("period label", "FY{year}"),
    "lop": NP_("period label", "LOP"),
}
_CANONICAL = re.compile(r"(FY)?([0-9]{4})(?:-([QS])([0-9]+))?")


def _form(label: str) -> tuple[str, dict[str, str]] | None:
    if label == "LOP":
        return "lop", {}
    found = _CANONICAL.fullmatch(label)
    if found is None:
        return None
    fiscal, year, letter, number = found.groups()
    kind = {"Q": "quarter", "S": "half", None: "year"}[letter]
    params = {"year": year} if number is None else {"year": year, "number": number}
    return ("fiscal " if fiscal else "") + kind, params


@functools.lru_cache(maxsize=4096)
def localised_label(label: str, language: str) -> str:
    """`label` as `language` writes it; text that is no canonical label comes back unchanged."""
    form = _form(label.strip().upper())
    if form is None:
        return label
    kind, params = form
    return Message(_FORMS[kind], params, context=CONTEXT).render(language)


@functools.cache
def _readers() -> list[tuple[re.Pattern[str], str]]:
    readers = []
    for language in LANGUAGES:
        for kind, msgid in _FORMS.items():
            written = Message(msgid, {"year": "\0Y", "number": "\0N"}, context=CONTEXT).render(language)
            pattern = re.escape(" ".join(written.upper().split()))
            pattern = pattern.replace("\0Y", "(?P<year>[0-9]{4})").replace("\0N", "(?P<number>[0-9]+)")
            readers.append((re.compile(pattern), kind))
    return readers


def canonical(text: str) -> str | None:
    """The canonical label of a label written in any supported language ("AF2024-T3" → "FY2024-Q3")."""
    typed = " ".join(str(text).split()).upper()
    for pattern, kind in _readers():
        found = pattern.fullmatch(typed)
        if found is None:
            continue
        if kind == "lop":
            return "LOP"
        parts = found.groupdict()
        prefix = "FY" if kind.startswith("fiscal") else ""
        if kind.endswith("quarter"):
            return f"{prefix}{parts['year']}-Q{parts['number']}"
        if kind.endswith("half"):
            return f"{prefix}{parts['year']}-S{parts['number']}"
        return f"{prefix}{parts['year']}"
    return None
