"""Labels of the controlled vocabularies (flare_monitor.vocabulary) for combos and tables, in the UI's
language: the labels live in the core's catalogue (the report and the messages use the same words).
Country names come from pycountry's own ISO 3166 translations; lists of countries are sorted by their
names in the UI's language.
"""

from __future__ import annotations

import gettext
from collections.abc import Iterable
from functools import cache

import pycountry
from PySide6.QtWidgets import QComboBox

from flare_monitor import vocabulary
from flare_monitor.i18n import formatting


def _language() -> str:
    from ui.i18n import current_language

    return current_language()


def label(value: object) -> str:
    """The translated label of a vocabulary value ('training' → 'Training'); unknown values readable."""
    return vocabulary.label(value, _language())


def country_label(code: str | None) -> str:
    """A country's name in the UI's language (Pakistán, Pérou), or the code if ISO 3166 lacks it."""
    return formatting.country_name(code, _language()) if code else ""


def sorted_countries(codes: Iterable[str]) -> list[str]:
    """Country codes in the order of their names in the UI's language (Pakistan before Peru)."""
    return formatting.sorted_countries(codes, _language())


def period_label(label_text: object) -> str:
    """A period label as the UI's language writes it (FY2024-Q3, AF2024-T3, EF2024-T3)."""
    return formatting.period_label(label_text, _language()) if label_text else ""


def fill_combo(combo: QComboBox, enum, *, all_label: str | None = None) -> None:
    """Items = translated labels, data = stored values; an optional first 'All …' item with data None."""
    combo.clear()
    if all_label is not None:
        combo.addItem(all_label, None)
    for member in enum:
        combo.addItem(label(member.value), member.value)


def select_data(combo: QComboBox, value) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


@cache
def _subdivision_names(language: str):
    try:
        return gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[language]).gettext
    except OSError:
        return lambda name: name


def subdivision_label(name: str) -> str:
    """A province's or region's name (ISO 3166-2) in the UI's language where ISO has it."""
    from ui.i18n import current_language

    language = current_language()
    return name if language == "en" else _subdivision_names(language)(name)


def all_countries() -> list[tuple[str, str]]:
    """(code, name in the UI's language) of every ISO 3166-1 country, by name."""
    return [(code, country_label(code)) for code in sorted_countries(c.alpha_2 for c in pycountry.countries)]
