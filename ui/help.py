"""Help shipped with the app (F1 opens the current page's), the keyboard shortcuts, and About.

The help is plain HTML in resources/help/<language>/<page>.html, shown in the app (no website, no
connection needed); a page not written in the UI's language falls back to English.
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from flare_monitor import APP_NAME, __version__, paths
from ui import i18n

# Third-party parts shipped with the app and their licences (the fonts' texts are in resources/fonts).
COMPONENTS = (
    ("Qt 6 / PySide6", "LGPL-3.0"),
    ("SQLAlchemy, Alembic", "MIT"),
    ("ReportLab", "BSD"),
    ("matplotlib", "PSF-based (matplotlib licence)"),
    ("python-calamine, openpyxl, XlsxWriter", "MIT / BSD"),
    ("pycountry", "LGPL-2.1"),
    ("psycopg", "LGPL-3.0"),
    ("Noto Sans, Noto Naskh Arabic, Noto Sans Devanagari, Noto Sans Thai", "SIL Open Font License 1.1"),
    ("Droid Sans Fallback", "Apache-2.0"),
)


def help_file(key: str, language: str | None = None):
    language = language or i18n.current_language()
    for lang in (language, "en"):
        path = paths.resource_path("resources", "help", lang, f"{key}.html")
        if path.is_file():
            return path
    return None


class HelpDialog(QDialog):
    """One help page (a page of the app, or the shortcuts)."""

    def __init__(self, key: str, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Help — %1").replace("%1", title))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setAccessibleName(self.tr("Help text"))
        path = help_file(key)
        self.browser.setHtml(
            path.read_text(encoding="utf-8")
            if path
            else html.escape(self.tr("No help is written for this page yet."))
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(620, 480)


class AboutDialog(QDialog):
    """Version, where the data and logs are, the database in use, and the licences."""

    def __init__(self, database: str, schema: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About %1").replace("%1", APP_NAME))
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("About"))
        rows = [
            (self.tr("Version"), __version__),
            (self.tr("Database"), database),
            (self.tr("Database schema"), schema),
            (self.tr("Data folder"), str(paths.data_dir())),
            (self.tr("Logs"), str(paths.logs_dir())),
            (self.tr("Backups"), str(paths.backups_dir())),
        ]
        facts = "".join(
            f"<tr><td><b>{html.escape(name)}</b></td><td>{html.escape(value)}</td></tr>"
            for name, value in rows
        )
        components = "".join(
            f"<tr><td>{html.escape(name)}</td><td>{html.escape(licence)}</td></tr>"
            for name, licence in COMPONENTS
        )
        intro = self.tr(
            "Monitoring, indicators and donor reports for ILO projects against forced labour. Your data "
            "stays on this computer (or your team's server); nothing is sent anywhere."
        )
        licences = self.tr("Software and fonts included, with their licences")
        self.browser.setHtml(
            f"<h2>{html.escape(APP_NAME)}</h2><p>{html.escape(intro)}</p>"
            f"<table cellpadding='3'>{facts}</table>"
            f"<h3>{html.escape(licences)}</h3><table cellpadding='3'>{components}</table>"
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(640, 520)
