"""Dates and numbers as the UI's language writes them, through the program's one formatting module
(flare_monitor.i18n.formatting, Babel), in the locale ui.i18n chose at start-up.

Every date and number the UI shows goes through here, so Spanish and French users read 16/04/2024 and
1.234,5 or 1 234,5 while sorting stays on the values (the models' SortRole holds the numbers).
"""

from __future__ import annotations

from datetime import date, datetime

from flare_monitor.i18n import formatting as core

DASH = "—"


def _locale() -> str:
    from ui import i18n

    return i18n.current_locale()


def date_format(loc: str | None = None) -> str:
    """The locale's short date with a four-digit year, as a QDateEdit display format (Qt and Babel write
    days, months and years with the same letters)."""
    return core.short_date_pattern(loc or _locale())


def format_date(value: date | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return format_datetime(value)
    return core.format_date(value, _locale(), "short")


def format_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    return core.format_datetime(value, _locale(), "short")


def format_range(start: date | None, end: date | None) -> str:
    if start is None or end is None:
        return ""
    return f"{format_date(start)} – {format_date(end)}"


def format_int(value: int | None) -> str:
    return DASH if value is None else core.format_number(int(value), _locale(), 0)


def format_decimal(value: float | None, decimals: int = 1) -> str:
    """Whole numbers without decimals, others with at most ``decimals`` (trailing zeros dropped)."""
    return core.format_number(value, _locale(), decimals, dash=DASH)


def format_percent(value: float | None) -> str:
    """96 % (a no-break space before the sign, as Spanish and French write it; 96% in English)."""
    return core.format_percent(value, _locale(), dash=DASH)


def format_editable(value: float | None) -> str:
    """A number in an editor: the locale's decimal sign, no group separators (it is parsed back)."""
    if value is None:
        return ""
    return core.format_number(value, _locale(), 12, group_from=float("inf"))


def parse_number(text: str) -> str:
    """What the user typed in the locale's way (1,5 or 1.5) as the services read it ("1.5").

    Text that is no number comes back stripped and unchanged: the service then says what is wrong.
    """
    return core.parse_number(text, _locale())
