"""The application's icon (window title bars, task bar, dialogs), from the shipped resources."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from flare_monitor.paths import resource_path


def icon_file() -> str:
    return str(resource_path("resources", "icons", "flare-monitor.png"))


def app_icon() -> QIcon:
    """The icon; a null QIcon when the file is missing (the self-check reports that)."""
    return QIcon(icon_file())
