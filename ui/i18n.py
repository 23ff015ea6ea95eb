"""The language of the UI: chosen in the Settings (QSettings ``ui/language``), applied once at start-up.

``install(app)`` loads the app's compiled translation of its widgets (resources/translations/
flare_monitor_<lang>.qm, built by ``python -m ui.i18n_build``) and Qt's own (qtbase_<lang>.qm, for the
standard buttons and dialogs), and chooses the locale of dates and numbers (ui.formatting). The messages
of the core (refusals, findings, import problems) are translated from the core's catalogue when shown:
``text(message)``. The languages are the program's one list (flare_monitor.i18n.languages).
Pages are built once with their texts, so a new choice applies at the next start.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from flare_monitor.i18n import LANGUAGES, render_message
from flare_monitor.i18n import languages as core_languages
from flare_monitor.paths import resources_dir
from ui import settings

log = logging.getLogger(__name__)

SYSTEM = "system"
REPORT_LANGUAGES = LANGUAGES  # the donor report is written in every language of the program
_QT_LANGUAGE = {
    "en": QLocale.Language.English,
    "es": QLocale.Language.Spanish,
    "fr": QLocale.Language.French,
}
# The locale of a language chosen explicitly when the system speaks another one.
_FALLBACK_LOCALE = {
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
    "es": (QLocale.Language.Spanish, QLocale.Country.LatinAmerica),
    "fr": (QLocale.Language.French, QLocale.Country.France),
}

_installed: list[QTranslator] = []
_current = "en"
_locale = core_languages.DEFAULT_LOCALES["en"]


def system_language() -> str:
    """The system's language if the UI speaks it, else English."""
    name = QLocale.system().name().split("_")[0]
    return name if name in LANGUAGES else "en"


def chosen_language(setting: str | None = None) -> str:
    """The language of the setting ("system", "en", "es", "fr"; anything else means the system's)."""
    value = settings.get("ui/language") if setting is None else setting
    return value if value in LANGUAGES else system_language()


def locale_for(language: str) -> QLocale:
    """The system's own regional formats when it speaks the language (es_PE, fr_CA …), else a default."""
    system = QLocale.system()
    if system.language() == _QT_LANGUAGE[language]:
        return system
    return QLocale(*_FALLBACK_LOCALE[language])


def translation_file(language: str) -> Path:
    return resources_dir() / "translations" / f"flare_monitor_{language}.qm"


def install(app: QCoreApplication, language: str | None = None, folder: Path | None = None) -> str:
    """Apply ``language`` (default: the setting) to the app; returns the language applied.

    ``folder`` holds the app's .qm files when they are not the shipped ones (screenshots, tests).
    """
    global _current, _locale
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = chosen_language() if language is None else chosen_language(language)
    qt_locale = locale_for(language)
    QLocale.setDefault(qt_locale)
    _current = language
    # Babel's name of the same locale (es_PE, fr_CA; es_419 for Latin America) for ui.formatting.
    _locale = qt_locale.name() if qt_locale.language() == _QT_LANGUAGE[language] else language
    ours = folder / translation_file(language).name if folder else translation_file(language)
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    # English loads only its plural forms ("1 row", "2 rows"); Qt's own texts are English already.
    wanted = (ours,) if language == "en" else (ours, qt_folder / f"qtbase_{language}.qm")
    for path in wanted:
        translator = QTranslator(app)
        if translator.load(path.name, str(path.parent)):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            # A source checkout without `python dev.py translations`, or a build that left a file out.
            log.warning("translation %s not found", path)
    return language


def current_language() -> str:
    """The language applied by ``install`` (English before that)."""
    return _current


def current_locale() -> str:
    """The locale of dates and numbers chosen by ``install`` (en_GB before that)."""
    return _locale


def text(value: object) -> str:
    """A message of the core, or an error, in the UI's language (anything else as its text)."""
    return render_message(value, _current)


def report_language() -> str:
    """The donor report's default language: the UI's if the report is written in it, else English."""
    return _current if _current in REPORT_LANGUAGES else "en"


def text_all(values) -> list[str]:
    return [text(value) for value in values]
