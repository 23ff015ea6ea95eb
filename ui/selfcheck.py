"""The desktop part of ``--self-check``: Qt starts, the translations load, the main window draws every page.

Runs offscreen (no window appears, no display needed) on the check's temporary database with the
demo data, with its settings in the check's temporary folder: the user's own settings are not touched.
Exceptions raised inside slots (which PySide6 only prints) fail the step instead of passing unseen.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable

from flare_monitor import paths
from flare_monitor.selfcheck import PERIOD, PROJECT, Check, CheckFailed, SelfCheck

WINDOW_PICTURE = "self-check-window.png"
SETTLE_MS = 60_000  # the longest a page's background work may take before the check gives up


def gui_steps(check: SelfCheck) -> Iterable[tuple[str, Check]]:
    """The steps the self-check adds when Qt is there (the frozen build always has it)."""
    # Before the QApplication exists: offscreen needs no display and shows nothing on a desktop.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    yield "translations", check_translations
    yield "help", check_help
    yield "main window", lambda: check_main_window(check)


def _application():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "flare-monitor"])


def check_translations(required: bool | None = None) -> str:
    """Each shipped language's .qm and Qt's own qtbase_<lang>.qm load.

    Required in a frozen build (a file left out of the bundle fails); from source the app's .qm files
    exist only after ``python -m ui.i18n_build``, so missing ones are listed but do not fail.
    """
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from ui import i18n

    required = paths.is_frozen() if required is None else required
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    loaded, missing = [], []
    for language in (lang for lang in i18n.LANGUAGES if lang != "en"):
        app_file = i18n.translation_file(language)
        for name, folder, ours in (
            (app_file.name, str(app_file.parent), True),
            (f"qtbase_{language}.qm", qt_folder, False),
        ):
            if QTranslator().load(name, folder):
                loaded.append(name)
            elif ours and not required and not app_file.exists():
                missing.append(name)
            else:
                raise CheckFailed(f"cannot load the translation {name} from {folder}")
    detail = f"{len(loaded)} loaded"
    if missing:
        detail += f"; not built from source: {', '.join(missing)} (python -m ui.i18n_build)"
    return detail


def check_help() -> str:
    """Every page has its help (F1) in every language the app speaks."""
    from ui.help import help_file
    from ui.i18n_build import LANGUAGES
    from ui.main_window import PAGE_KEYS

    missing = [
        f"{lang}/{key}"
        for lang in ("en", *LANGUAGES)
        for key in (*PAGE_KEYS, "shortcuts")
        if (found := help_file(key, lang)) is None or found.parent.name != lang
    ]
    if missing:
        raise CheckFailed(f"help pages missing: {', '.join(missing)}")
    return f"{len(PAGE_KEYS) + 1} pages in {1 + len(LANGUAGES)} languages"


def check_main_window(check: SelfCheck) -> str:
    """Build the main window on the demo database, show each page, and draw the window."""
    from PySide6.QtCore import QSettings

    from ui.app import setup_fonts
    from ui.app_icon import app_icon
    from ui.main_window import PAGE_KEYS, MainWindow

    if check.db is None:
        raise CheckFailed("no database (an earlier step failed)")
    app = _application()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(check.workdir / "settings"))
    icon = app_icon()
    if icon.isNull():
        raise CheckFailed("the application icon did not load")
    previous_font, previous_icon = app.font(), app.windowIcon()
    setup_fonts(app)
    app.setWindowIcon(icon)

    errors: list[BaseException] = []
    previous_hook = sys.excepthook
    sys.excepthook = lambda _type, exc, _tb: errors.append(exc)
    window = None
    try:
        window = MainWindow(check.db)
        window.set_context(PROJECT, None, PERIOD)
        window.show()
        for key in [*PAGE_KEYS[1:], PAGE_KEYS[0]]:  # the dashboard last: its charts make the picture
            window.show_page(key)
            _settle(app)
        pixmap = window.grab()
    finally:
        if window is not None:
            window.close()
            window.deleteLater()
            _settle(app)
        sys.excepthook = previous_hook
        app.setFont(previous_font)  # the check may run inside a longer-lived application
        app.setWindowIcon(previous_icon)
    if errors:
        first = errors[0]
        raise CheckFailed(f"{len(errors)} error(s) in the window, first: {first.__class__.__name__}: {first}")
    if pixmap.isNull() or pixmap.width() < 200 or pixmap.height() < 200:
        raise CheckFailed("the window did not draw")
    # Beside self-check.txt, so that support can see what the window looked like on that machine.
    picture = check.report_file.with_name(WINDOW_PICTURE)
    saved = picture.parent.is_dir() and pixmap.save(str(picture))
    where = f"; picture in {picture}" if saved else ""
    return f"{len(PAGE_KEYS)} pages shown, drawn at {pixmap.width()}x{pixmap.height()}{where}"


def _settle(app) -> None:
    """Let the pages' background work finish and its results reach the widgets."""
    from PySide6.QtCore import QThreadPool

    for _round in range(3):
        app.processEvents()
        QThreadPool.globalInstance().waitForDone(SETTLE_MS)
    app.processEvents()
