"""Where the app keeps its own files: the per-user local data folder (%LOCALAPPDATA% on Windows)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from flare_monitor import APP_ID

DB_ENV_VAR = "FLARE_MONITOR_DB"
DATA_DIR_ENV_VAR = "FLARE_MONITOR_DATA_DIR"


def data_dir() -> Path:
    """The app's data folder; FLARE_MONITOR_DATA_DIR overrides it (tests, portable installs)."""
    override = os.environ.get(DATA_DIR_ENV_VAR)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False, roaming=False))


def default_database_path() -> Path:
    return data_dir() / "flare-monitor.db"


def backups_dir() -> Path:
    return data_dir() / "backups"


def logs_dir() -> Path:
    return data_dir() / "logs"


def reports_dir() -> Path:
    return data_dir() / "reports"


def resources_dir() -> Path:
    """The shipped resources folder (fonts, icons, translations), next to the packages."""
    return Path(__file__).resolve().parent.parent / "resources"
