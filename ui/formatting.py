"""Dates and numbers as the user's locale writes them (the default QLocale set by ui.i18n).

Every date and number the UI shows goes through here, so Spanish and French users read 16/04/2024 and
1.234,5 or 1 234,5 while sorting stays on the values (the models' SortRole holds the numbers).
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

DASH = "—"


def locale() -> QLocale:
    """The default locale; the bare "C" locale (tests, containers) reads as British English."""
    current = QLocale()
    if current.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return current


def date_format(loc: QLocale | None = None) -> str:
    """The locale's short date format with a four-digit year (16/4/24 is ambiguous in a report year)."""
    pattern = (loc or locale()).dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def format_date(value: date | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return format_datetime(value)
    return locale().toString(QDate(value.year, value.month, value.day), date_format())


def format_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    loc = locale()
    moment = QDateTime(
        QDate(value.year, value.month, value.day), QTime(value.hour, value.minute, value.second)
    )
    return loc.toString(moment, f"{date_format(loc)} {loc.timeFormat(QLocale.FormatType.ShortFormat)}")


def format_range(start: date | None, end: date | None) -> str:
    if start is None or end is None:
        return ""
    return f"{format_date(start)} – {format_date(end)}"


def format_int(value: int | None) -> str:
    return DASH if value is None else locale().toString(int(value))


def format_decimal(value: float | None, decimals: int = 1) -> str:
    """Whole numbers without decimals, others with at most ``decimals`` (trailing zeros dropped)."""
    if value is None:
        return DASH
    rounded = round(float(value), decimals)
    if rounded.is_integer():
        return locale().toString(int(rounded))
    text = locale().toString(rounded, "f", decimals)
    zero, point = locale().zeroDigit(), locale().decimalPoint()
    return text.rstrip(zero).rstrip(point) if point in text else text


def format_percent(value: float | None) -> str:
    """96 % (a no-break space before the sign, as Spanish and French write it; 96% in English)."""
    if value is None:
        return DASH
    loc = locale()
    space = "" if loc.language() == QLocale.Language.English else "\u00a0"
    return f"{loc.toString(round(float(value)))}{space}{loc.percent()}"


def format_editable(value: float | None) -> str:
    """A number in an editor: locale decimal point, no group separators (it is parsed back)."""
    if value is None:
        return ""
    loc = QLocale(locale())
    loc.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return loc.toString(float(value), "g", 12)


def parse_number(text: str) -> str:
    """What the user typed in the locale's way (1,5 or 1.5) as the services read it ("1.5").

    Text that is no number comes back stripped and unchanged: the service then says what is wrong.
    """
    text = text.strip()
    if not text:
        return ""
    value, ok = locale().toDouble(text)
    if not ok:
        value, ok = QLocale.c().toDouble(text.replace(",", "."))
    if not ok:
        return text
    return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
