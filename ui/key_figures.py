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
            QCoreApplication.QCoreApplication.translate("figures", "yes")
            if value
            else QCoreApplication.QCoreApplication.translate("figures", "no")
        )
    return formatting.format_decimal(value)


def status_rule(tolerances: tuple[float, float]) -> dict[str, str]:
    """The project's status rule, per status, in the UI's language (for tooltips and legends)."""
    on, attention = (str(round(100 * (1 - t))) for t in tolerances)

    return {
        "on_track": QCoreApplication.translate("figures", "at least %1 % of the target").replace("%1", on),
        "needs_attention": QCoreApplication.translate("figures", "%1 % to %2 % of the target")
        .replace("%1", attention)
        .replace("%2", on),
        "off_track": QCoreApplication.translate(
            "figures", "below %1 % of the target, or nothing reported"
        ).replace("%1", attention),
        "no_target": QCoreApplication.translate(
            "figures", "no target for the period, or a target of 0 and nothing done"
        ),
    }
