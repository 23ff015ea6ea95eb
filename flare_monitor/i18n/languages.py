"""The languages FLARE Monitor speaks: one list for the whole program (desktop app, command line, report).

English is the language the messages are written in (their ids); every other language has a catalogue
(resources/locale/<lang>/LC_MESSAGES/flare_monitor.po) and a Qt translation of the widgets
(resources/translations/flare_monitor_<lang>.ts).
"""

from __future__ import annotations

import locale
import os
import sys

SOURCE = "en"
LANGUAGES = ("en", "es", "fr")
TRANSLATED = tuple(lang for lang in LANGUAGES if lang != SOURCE)
# Each language in its own words, as a language menu shows it.
NAMES = {"en": "English", "es": "Español", "fr": "Français"}
# The regional formats a bare language stands for (dates, numbers): ILO English is British.
DEFAULT_LOCALES = {"en": "en_GB", "es": "es", "fr": "fr_FR"}


def normalise(tag: str | None) -> str | None:
    """The supported language of a tag ("fr_CA.UTF-8", "es-PE", "EN"), or None."""
    if not tag:
        return None
    language = tag.replace("-", "_").split("_")[0].split(".")[0].strip().lower()
    return language if language in LANGUAGES else None


def _system_tags() -> list[str]:
    tags = [os.environ.get(name, "") for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")]
    tags = [part for tag in tags for part in tag.split(":") if part and part not in ("C", "POSIX")]
    if sys.platform == "win32":  # the language of Windows' own menus (no environment variables there)
        try:
            import ctypes

            tags.append(locale.windows_locale.get(ctypes.windll.kernel32.GetUserDefaultUILanguage(), ""))
        except (AttributeError, OSError):
            pass
    try:
        tags.append(locale.getlocale()[0] or "")
    except ValueError:
        pass
    return tags


def system_language() -> str:
    """The system's language when FLARE Monitor speaks it, else English."""
    for tag in _system_tags():
        language = normalise(tag)
        if language:
            return language
    return SOURCE


def system_locale(language: str) -> str:
    """The system's own regional formats when it speaks `language` (es_PE, fr_CA …), else the default."""
    for tag in _system_tags():
        if normalise(tag) == language:
            name = tag.split(".")[0].replace("-", "_")
            if "_" in name and name.split("_")[1][:1].isupper():
                return name
    return DEFAULT_LOCALES.get(language, language)
