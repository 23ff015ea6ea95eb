"""Settings declared once, with their defaults (QSettings keys, Picard's habit)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings

DEFAULTS: dict[str, Any] = {
    "ui/language": "system",  # "system", "en", "es" or "fr" (ui.i18n)
    "reports/format": "xlsx",
    "reports/folder": "",  # "" = flare_monitor.paths.reports_dir()
    "reports/prepared_by": "",  # the cover's "Prepared by" ("" = the Windows user name)
    "reports/logo": "",  # the cover's logo, a PNG or JPEG file ("" = the standard logo)
    "reports/include_participant_list": False,
    "participants/show_contacts": False,
    # The PostgreSQL database opened at start, as a URL without password ("" = the local file).
    "database/server": "",
}


def get(key: str) -> Any:
    default = DEFAULTS[key]
    value = QSettings().value(key, default)
    if isinstance(default, bool):
        return value in (True, "true", "1", 1)
    return value


def put(key: str, value: Any) -> None:
    if key not in DEFAULTS:
        raise KeyError(key)
    QSettings().setValue(key, value)
