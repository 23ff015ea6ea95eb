"""How the figures of the indicator engine are written on screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui import formatting


def format_number(value: float | None, unit: str = "number") -> str:
    """A figure in the locale's way: 1,234 / 1.234,5 / 96 %; yes/no indicators as words."""
    if value is None:
        return "—"
    if unit == "percentage":
        return formatting.format_percent(value)
    if unit == "yes_no":
        return (
            QCoreApplication.translate("figures", "yes")
            if value
            else QCoreApplication.translate("figures", "no")
        )
    return formatting.format_decimal(value)
