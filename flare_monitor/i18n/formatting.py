"""Dates, numbers, percentages, lists, periods and country names as each language writes them (Babel).

The one formatting module of the program: the desktop app (ui/formatting.py), the donor report and the
messages of the core all format through here, so "20 feb 2024", 1 234,5 and "96 %" read the same
everywhere. `language` is a language of flare_monitor.i18n.languages ("es") or a locale ("es_PE").
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal

from flare_monitor.i18n.languages import DEFAULT_LOCALES, SOURCE, normalise

DASH = "\u2013"  # an en dash where a figure is missing


@functools.cache
def babel_locale(language: str | None):
    """The Babel locale of a language or locale name; a bare language takes its default region."""
    from babel import Locale, UnknownLocaleError

    name = (language or SOURCE).replace("-", "_")
    if "_" not in name:
        name = DEFAULT_LOCALES.get(name, name)
    try:
        return Locale.parse(name)
    except (UnknownLocaleError, ValueError):
        return Locale.parse(DEFAULT_LOCALES.get(normalise(name) or SOURCE, SOURCE))


def language_of(language: str | None) -> str:
    """The bare language of a language or locale name ("es_PE" → "es")."""
    return normalise(language) or SOURCE


# ------------------------------------------------------------------------------------------ dates


def short_date_pattern(language: str | None) -> str:
    """The locale's short date with a four-digit year (16/4/24 is ambiguous in a report year)."""
    import re

    return re.sub("y+", "yyyy", babel_locale(language).date_formats["short"].pattern)


def format_date(day: date | None, language: str | None, style: str = "medium") -> str:
    """`style`: "short" (16/04/2024), "medium" (16 Apr 2024, 16 abr 2024), "long" (16 April 2024)."""
    from babel.dates import format_date as babel_date

    if day is None:
        return ""
    if isinstance(day, datetime):
        day = day.date()
    locale = babel_locale(language)
    if style == "short":
        return babel_date(day, short_date_pattern(language), locale=locale)
    return babel_date(day, style, locale=locale)


def format_datetime(moment: datetime | None, language: str | None, style: str = "medium") -> str:
    """A date and time: "16 Apr 2024, 14:05" (short style: the short date with its time)."""
    from babel.dates import format_time

    if moment is None:
        return ""
    time = format_time(moment, "short", locale=babel_locale(language))
    return f"{format_date(moment.date(), language, style)} {time}"


def format_time(moment: datetime, language: str | None) -> str:
    from babel.dates import format_time as babel_time

    return babel_time(moment, "short", locale=babel_locale(language))


def format_date_range(
    start: date | None, end: date | None, language: str | None, style: str = "medium"
) -> str:
    """A date range; a one-day range is one date."""
    if start is None or end is None:
        return format_date(start or end, language, style) if (start or end) else ""
    if start == end:
        return format_date(start, language, style)
    return f"{format_date(start, language, style)} \u2013 {format_date(end, language, style)}"


def month_name(month: int, language: str | None, context: str = "format") -> str:
    """ "April", "abril", "avril" (`context` "stand-alone" for a month named on its own)."""
    return babel_locale(language).months[context]["wide"][month]


# ------------------------------------------------------------------------------------------ numbers


def _pattern(decimals: int, group: bool) -> str:
    body = "#,##0" if group else "0"
    return body + ("." + "#" * decimals if decimals > 0 else "")


def format_number(
    value: float | int | Decimal | None,
    language: str | None,
    decimals: int = 1,
    *,
    group_from: float = 0,
    dash: str = DASH,
) -> str:
    """1,234.5 / 1.234,5 / 1 234,5; whole numbers without decimals, others with at most `decimals`
    (trailing zeros dropped). Digits are grouped from `group_from` on (10000 keeps years and row
    numbers whole); None gives `dash`."""
    if value is None:
        return dash
    # Babel takes ~0.1 ms a number, and a table asks for its cells again at every paint.
    return _formatted_number(value, language, decimals, group_from)


@functools.lru_cache(maxsize=8192)
def _formatted_number(
    value: float | int | Decimal, language: str | None, decimals: int, group_from: float
) -> str:
    import decimal
    import math

    from babel.numbers import format_decimal

    rounded = round(float(value), decimals)
    if not math.isfinite(rounded):
        return "∞" if rounded > 0 else "-∞" if rounded < 0 else "NaN"
    if rounded == 0:
        rounded = 0.0  # no "-0"
    group = abs(rounded) >= group_from
    with decimal.localcontext() as context:
        context.prec = 60  # 1e28 typed as a score still formats (Decimal's default 28 digits raise)
        if abs(rounded) >= 1e15:  # no count or score is this large: a typing slip, shown short
            from babel.numbers import format_scientific

            return format_scientific(rounded, "0.###E0", locale=babel_locale(language))
        if rounded.is_integer():
            return format_decimal(int(rounded), _pattern(0, group), locale=babel_locale(language))
        return format_decimal(rounded, _pattern(decimals, group), locale=babel_locale(language))


def format_percent(value: float | None, language: str | None, decimals: int = 0, *, dash: str = DASH) -> str:
    """A percentage given in percent (96.4 → "96%" in English, "96 %" in Spanish and French)."""
    from babel.numbers import format_percent as babel_percent

    if value is None:
        return dash
    pattern = babel_locale(language).percent_formats[None].pattern
    if decimals:
        pattern = pattern.replace("0%", "0." + "#" * decimals + "%", 1)
    rounded = round(float(value), decimals)
    return babel_percent(rounded / 100, pattern, locale=babel_locale(language))


def decimal_separator(language: str | None) -> str:
    from babel.numbers import get_decimal_symbol

    return get_decimal_symbol(babel_locale(language))


def parse_number(text: str, language: str | None) -> str:
    """What a user typed in the language's way (1,5 or 1.5, 1 234,5) as the services read it ("1.5");
    text that is no number comes back stripped and unchanged (the service then says what is wrong)."""
    from babel.numbers import NumberFormatError, get_group_symbol, parse_decimal

    text = text.strip()
    if not text:
        return ""
    locale = babel_locale(language)
    group = get_group_symbol(locale)
    typed = "".join(group if c in " \u00a0\u202f" and group.isspace() else c for c in text)
    try:
        value = parse_decimal(typed, locale=locale, strict=True)
    except NumberFormatError:
        try:
            value = Decimal(text.replace(",", "."))
        except ArithmeticError:
            return text
    if not value.is_finite():
        return text
    return (
        str(int(value)) if value == value.to_integral_value() and abs(value) < 10**15 else str(float(value))
    )


# ------------------------------------------------------------------------------------------ words


def format_list(items: Iterable[str], language: str | None, style: str = "standard") -> str:
    """ "a, b and c", "a, b y c", "a, b et c" (`style` "or" for alternatives)."""
    from babel.lists import format_list as babel_list

    items = list(items)
    if not items:
        return ""
    return babel_list(items, style=style, locale=babel_locale(language))


# ------------------------------------------------------------------------------------------ countries


@functools.cache
def _country_names(language: str):
    import gettext

    import pycountry

    if language == SOURCE:
        return lambda name: name
    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language]).gettext
    except OSError:
        return lambda name: name


@functools.cache
def country_name(code: str | None, language: str | None) -> str:
    """A country's name in the language (Pakistán, Pérou); the code when ISO 3166 does not know it."""
    import pycountry

    if not code:
        return ""
    country = pycountry.countries.get(alpha_2=code.strip().upper())
    if country is None:
        return code
    # ISO 3166's short names (Viet Nam, as the UN writes it), translated by pycountry's catalogues.
    return _country_names(language_of(language))(country.name)


# Letters the alphabets of the supported languages sort on their own (Spanish: ñ after n).
_TAILORED = {"es": {"ñ": "n\uffff"}}


def sort_key(text: str, language: str | None) -> tuple:
    """A collation key for text in the language: letters first without their accents and case (é with
    e, "Égypte" among the E), then accents, then case (the first three levels of the Unicode Collation
    Algorithm, for the Latin alphabets of the supported languages); digits and spaces as written."""
    lang = language_of(language)
    tailoring = _TAILORED.get(lang, {})
    primary, secondary = [], []
    for char in unicodedata.normalize("NFC", text):
        lower = char.casefold()
        if lower in tailoring:
            primary.append(tailoring[lower])
            secondary.append("")
            continue
        decomposed = unicodedata.normalize("NFD", lower)
        base = "".join(c for c in decomposed if not unicodedata.combining(c))
        primary.append(base if base.isalnum() or base == " " else "")
        secondary.append(decomposed[len(base) :] if base else decomposed)
    return ("".join(primary).strip(), "".join(secondary), text.swapcase())


def sorted_countries(codes: Iterable[str], language: str | None) -> list[str]:
    """Country codes ordered by their names in the language (Pakistan before Peru, Pakistán antes de Perú)."""
    return sorted(codes, key=lambda code: sort_key(country_name(code, language), language))


# ------------------------------------------------------------------------------------------ periods


def period_label(label, language: str | None) -> str:
    """A period's label as the language writes it: FY2024-Q3 → AF2024-T3 (Spanish), EF2024-T3 (French).
    Canonical labels stay what is stored and typed; anything that is no period label comes back as is."""
    from flare_monitor.i18n.periods import localised_label

    return localised_label(str(getattr(label, "label", label)), language_of(language))
