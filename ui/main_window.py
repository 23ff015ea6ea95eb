"""The main window: navigation, the context bar (project, country, period) and the pages.

`MainWindow(None)` is the shell the app paints before it opens the database: titles, navigation and
context bar disabled, "Opening the database…" in place of the pages. It imports nothing that loads
SQLAlchemy (that costs more than the whole paint); `attach(db)` fills it once the database is checked.
The shell does not touch PySide6's `Qt` namespace either: its ~100 enums are built on first use (12 ms).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ui.formatting import format_range

log = logging.getLogger(__name__)

if TYPE_CHECKING:  # these load SQLAlchemy: imported where the attached window needs them
    from flare_monitor.db.engine import Database
    from flare_monitor.services.projects import ProjectRow
    from ui.context import Context
    from ui.pages.base import Page

# (key, standard icon) of each page, in navigation order; Ctrl+1..8 follow this order.
PAGES = (
    ("dashboard", QStyle.StandardPixmap.SP_ComputerIcon),
    ("results", QStyle.StandardPixmap.SP_FileDialogDetailedView),
    ("activities", QStyle.StandardPixmap.SP_FileDialogListView),
    ("participants", QStyle.StandardPixmap.SP_DirHomeIcon),
    ("narratives", QStyle.StandardPixmap.SP_FileIcon),
    ("reports", QStyle.StandardPixmap.SP_DialogSaveButton),
    ("quality", QStyle.StandardPixmap.SP_MessageBoxWarning),
    ("settings", QStyle.StandardPixmap.SP_FileDialogInfoView),
)
PAGE_KEYS = tuple(key for key, _icon in PAGES)
# Each page's title as the page's own class translates it (same context and text as its title()):
# the navigation shows every title before the pages are built.
TITLES = {
    "dashboard": ("DashboardPage", QT_TRANSLATE_NOOP("DashboardPage", "Dashboard")),
    "results": ("ResultsPage", QT_TRANSLATE_NOOP("ResultsPage", "Results & indicators")),
    "activities": ("ActivitiesPage", QT_TRANSLATE_NOOP("ActivitiesPage", "Activities")),
    "participants": ("ParticipantsPage", QT_TRANSLATE_NOOP("ParticipantsPage", "Participants")),
    "narratives": ("NarrativesPage", QT_TRANSLATE_NOOP("NarrativesPage", "Narratives")),
    "reports": ("ReportsPage", QT_TRANSLATE_NOOP("ReportsPage", "Reports")),
    "quality": ("QualityPage", QT_TRANSLATE_NOOP("QualityPage", "Data quality")),
    "settings": ("SettingsPage", QT_TRANSLATE_NOOP("SettingsPage", "Settings")),
}


def page_title(key: str) -> str:
    context, text = TITLES[key]
    return QCoreApplication.translate(context, text)


class LazyPages(dict):
    """The window's pages by key. A page is built the first time it is asked for or shown, so that the
    window paints with its first page only; values() and items() are the pages built so far (a page
    not built yet has nothing to save and loads fresh data when built)."""

    def __init__(self, build: Callable[[str], Page]):
        super().__init__()
        self._build = build

    def __missing__(self, key: str) -> Page:
        if key not in PAGE_KEYS:
            raise KeyError(key)
        return self._build(key)

    def __contains__(self, key: object) -> bool:
        return key in PAGE_KEYS


def build_page(key: str, db: Database, parent: QWidget) -> Page:
    if key == "activities":
        from ui.pages.activities import ActivitiesPage

        return ActivitiesPage(db, parent)
    if key == "participants":
        from ui.pages.participants import ParticipantsPage

        return ParticipantsPage(db, parent)
    if key == "narratives":
        from ui.pages.narratives import NarrativesPage

        return NarrativesPage(db, parent)
    if key == "dashboard":
        from ui.pages.dashboard import DashboardPage

        return DashboardPage(db, parent)
    if key == "results":
        from ui.pages.results import ResultsPage

        return ResultsPage(db, parent)
    if key == "reports":
        from ui.pages.reports import ReportsPage

        return ReportsPage(db, parent)
    if key == "quality":
        from ui.pages.quality import QualityPage

        return QualityPage(db, parent)
    from ui.pages.settings import SettingsPage

    return SettingsPage(db, parent)


class MainWindow(QMainWindow):
    contextChanged = Signal(object)  # Context
    firstPainted = Signal()  # once, when the window has first painted (the app then opens the database)

    def __init__(self, db: Database | None = None, location: str = ""):
        """With ``db``, the window ready to use; without, the shell shown while ``location`` opens."""
        super().__init__()
        self.db: Database | None = None
        self.context: Context | None = None  # None until attached
        self._projects: list[ProjectRow] = []
        self._painted = False
        self.setWindowTitle(self.tr("FLARE Monitor"))

        # ---- context bar
        self.project_combo = QComboBox()
        self.country_combo = QComboBox()
        self.period_combo = QComboBox()
        self.project_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.project_combo.setMinimumContentsLength(30)
        self.country_combo.setMinimumContentsLength(16)
        self.period_combo.setMinimumContentsLength(10)
        bar = QHBoxLayout()
        for text, combo, name in (
            (self.tr("&Project:"), self.project_combo, self.tr("Project")),
            (self.tr("C&ountry:"), self.country_combo, self.tr("Country")),
            (self.tr("Pe&riod:"), self.period_combo, self.tr("Reporting period")),
        ):
            label = QLabel(text)
            label.setBuddy(combo)
            combo.setAccessibleName(name)
            bar.addWidget(label)
            bar.addWidget(combo)
            bar.addSpacing(12)
        self.period_dates = QLabel()
        self.period_dates.setStyleSheet("color: palette(dark);")
        bar.addWidget(self.period_dates)
        bar.addStretch(1)
        self.context_bar = QWidget()
        self.context_bar.setLayout(bar)
        bar.setContentsMargins(0, 0, 0, 0)

        # ---- navigation and pages
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Pages"))
        self.nav.setMinimumWidth(170)
        self.stack = QStackedWidget()
        self.pages: dict[str, Page] = LazyPages(self._build_page)
        for number, (key, icon) in enumerate(PAGES, start=1):
            self.stack.addWidget(QWidget())  # stands in for the page until it is built
            title = page_title(key)
            item = QListWidgetItem(self.style().standardIcon(icon), title)  # row = the key's place in PAGES
            item.setToolTip(self.tr("%1 (Ctrl+%2)").replace("%1", title).replace("%2", str(number)))
            self.nav.addItem(item)
        self.opening = self._opening_placeholder(location)
        self.stack.addWidget(self.opening)
        self.stack.setCurrentWidget(self.opening)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.context_bar)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.database_label = QLabel(self.tr("Database: %1").replace("%1", location))
        self.signed_in_label = QLabel()  # server mode: who is signed in, their role and countries
        self.signed_in_label.hide()
        self.statusBar().addPermanentWidget(self.signed_in_label)
        self.statusBar().addPermanentWidget(self.database_label)

        self._make_actions()
        self._make_file_menu()
        self.nav.currentRowChanged.connect(self._on_nav)
        self.project_combo.currentIndexChanged.connect(self._on_project)
        self.country_combo.currentIndexChanged.connect(self._on_context_combo)
        self.period_combo.currentIndexChanged.connect(self._on_context_combo)

        self._restore_geometry()
        self._set_usable(False)
        if db is not None:
            self.attach(db)

    def attach(self, db: Database) -> None:
        """The database is open and checked: load the projects, enable the window, show the first page."""
        from ui.context import Context

        self.db = db
        self.context = Context()
        self.database_label.setText(self.tr("Database: %1").replace("%1", db.display_location()))
        if db.is_server:
            self._show_who_is_signed_in(db)
        self.load_projects()
        self._set_usable(True)
        self.unsetCursor()
        self._restore_context()
        self.stack.removeWidget(self.opening)
        self.opening.deleteLater()

    def _show_who_is_signed_in(self, db: Database) -> None:
        """ "Signed in as anna (officer: PE, PK)" in the status bar, asked of the server in a worker."""
        from flare_monitor.actions.identity import who_is_signed_in
        from ui import workers

        worker = workers.Worker(lambda **_worker: who_is_signed_in(db))
        worker.signals.result.connect(self._signed_in)
        worker.signals.error.connect(lambda exc: log.warning("Who is signed in? %s", type(exc).__name__))
        workers.start(worker)

    def _signed_in(self, identity) -> None:
        roles = {
            "officer": self.tr("officer"),
            "me": self.tr("monitoring and evaluation"),
            "viewer": self.tr("viewer"),
            "admin": self.tr("administrator"),
            "owner": self.tr("database owner"),
        }
        role = roles.get(identity.role, self.tr("no team role"))
        if identity.role == "officer":
            role = self.tr("%1: %2").replace("%1", role).replace("%2", ", ".join(identity.countries))
        text = self.tr("Signed in as %1 (%2)").replace("%1", identity.login).replace("%2", role)
        self.signed_in_label.setText(text)
        self.signed_in_label.show()

    def _opening_placeholder(self, location: str) -> QWidget:
        """ "Opening the database…" and where, in the middle of the page area (stretches center it)."""
        text = QLabel("\n".join(filter(None, [self.tr("Opening the database…"), location])))
        text.setObjectName("opening")
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(text)
        row.addStretch(1)
        placeholder = QWidget()
        column = QVBoxLayout(placeholder)
        column.addStretch(1)
        column.addLayout(row)
        column.addStretch(1)
        return placeholder

    def show_busy(self) -> None:
        """The database is being opened: a busy cursor over the window (attach() takes it away)."""
        from PySide6.QtCore import Qt

        self.setCursor(Qt.CursorShape.BusyCursor)

    def attached(self) -> bool:
        return self.db is not None

    def _set_usable(self, usable: bool) -> None:
        """Nothing acts on a database that is not open and checked yet."""
        for widget in (self.nav, self.context_bar):
            widget.setEnabled(usable)
        for action in (*self.actions(), *self.menuBar().actions()):
            action.setEnabled(usable)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.firstPainted.emit()

    # ---------------------------------------------------------------- actions

    def _make_actions(self) -> None:
        def action(text: str, shortcut: QKeySequence.StandardKey | str, slot) -> QAction:
            act = QAction(text, self)  # a window shortcut: QAction's default context
            # setShortcuts, not setShortcut: its overloads would build the Qt namespace before the paint
            standard = isinstance(shortcut, QKeySequence.StandardKey)
            act.setShortcuts(shortcut if standard else [QKeySequence(shortcut)])
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.new_action = action(
            self.tr("New"), QKeySequence.StandardKey.New, lambda: self.current_page().new_record()
        )
        self.find_action = action(
            self.tr("Find"), QKeySequence.StandardKey.Find, lambda: self.current_page().find()
        )
        self.save_action = action(
            self.tr("Save"), QKeySequence.StandardKey.Save, lambda: self.current_page().save()
        )
        self.report_action = action(self.tr("Report"), "Ctrl+R", lambda: self.show_page("reports", {}))
        for number, (key, _icon) in enumerate(PAGES, start=1):
            action(page_title(key), f"Ctrl+{number}", lambda _=False, k=key: self.show_page(k, {}))

    def _make_file_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&File"))
        self.export_package_action = menu.addAction(self.tr("&Export package…"), self.export_package)
        self.import_package_action = menu.addAction(self.tr("&Import package…"), self.import_package)

    def export_package(self) -> None:
        """A package of this project's records for an office without a connection."""
        from ui.dialogs.package_export import ExportPackageDialog

        ExportPackageDialog(self.db, self.context.project_code, self.context.country, self).exec()

    def import_package(self) -> None:
        from ui.dialogs.package_import import ImportPackageDialog

        dialog = ImportPackageDialog(self.db, self)
        dialog.imported.connect(self._package_imported)
        dialog.exec()

    def _package_imported(self) -> None:
        """Records arrived (maybe a whole project): reload the projects and, when shown, every page."""
        context = self.context
        self.load_projects()
        self.set_context(context.project_code, context.country, context.period_label)
        for page in self.pages.values():
            page.mark_stale()
        self.current_page().refresh()

    def current_page(self) -> Page:
        return self.stack.currentWidget()

    def show_page(self, key: str, filters: dict | None = None) -> None:
        filters = dict(filters or {})
        if "country" in filters:
            index = self.country_combo.findData(filters.pop("country"))
            if index >= 0:
                self.country_combo.setCurrentIndex(index)
        index = [k for k, _i in PAGES].index(key)
        self.nav.setCurrentRow(index)
        if filters:
            self.pages[key].apply_filter(filters)

    def _data_changed(self, source: Page) -> None:
        for page in self.pages.values():
            if page is not source:
                page.mark_stale()

    def _on_nav(self, row: int) -> None:
        if row >= 0:
            self.pages[PAGE_KEYS[row]]  # noqa: B018 - built on first use
            self.stack.setCurrentIndex(row)

    def _build_page(self, key: str) -> Page:
        """Build a page in place of its stand-in, connected and given the current context."""
        index = PAGE_KEYS.index(key)
        page = build_page(key, self.db, self.stack)
        page.navigate.connect(self.show_page)
        page.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.contextChanged.connect(page.set_context)
        page.dataChanged.connect(lambda source=page: self._data_changed(source))
        stand_in = self.stack.widget(index)
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(stand_in)
        stand_in.deleteLater()
        dict.__setitem__(self.pages, key, page)
        page.set_context(self.context)
        return page

    # ---------------------------------------------------------------- context

    def load_projects(self) -> None:
        from PySide6.QtCore import Qt

        from flare_monitor.services.projects import list_projects

        with self.db.session() as session:
            self._projects = list_projects(session)
        self.project_combo.blockSignals(True)
        self.project_combo.clear()
        for project in self._projects:
            self.project_combo.addItem(f"{project.code} — {project.title}", project.code)
            self.project_combo.setItemData(
                self.project_combo.count() - 1, project.title, Qt.ItemDataRole.ToolTipRole
            )
        self.project_combo.blockSignals(False)
        self._fill_project_combos()
        self._apply_context()

    def project(self) -> ProjectRow | None:
        code = self.project_combo.currentData()
        return next((p for p in self._projects if p.code == code), None)

    def _fill_project_combos(self, country: str | None = None, period: str | None = None) -> None:
        from ui import vocab
        from ui.context import LOP, default_period, project_quarters

        project = self.project()
        for combo in (self.country_combo, self.period_combo):
            combo.blockSignals(True)
            combo.clear()
        if project is not None:
            self.country_combo.addItem(self.tr("All countries"), None)
            for code in project.countries:
                self.country_combo.addItem(f"{vocab.country_label(code)} ({code})", code)
            for quarter in project_quarters(project):
                self.period_combo.addItem(quarter.label, quarter.label)
            self.period_combo.addItem(self.tr("Life of project (LOP)"), LOP)
            index = self.country_combo.findData(country)
            self.country_combo.setCurrentIndex(max(index, 0))
            index = self.period_combo.findData(period or default_period(project))
            self.period_combo.setCurrentIndex(index if index >= 0 else 0)
        for combo in (self.country_combo, self.period_combo):
            combo.blockSignals(False)

    def _on_project(self) -> None:
        if not self._confirm_leave():
            self._set_combos(self.context)
            return
        self._fill_project_combos()
        self._apply_context()

    def _on_context_combo(self) -> None:
        if not self._confirm_leave():
            self._set_combos(self.context)
            return
        self._apply_context()

    def _confirm_leave(self) -> bool:
        return all(page.can_leave() for page in self.pages.values())

    def _set_combos(self, context: Context) -> None:
        """Put the combos back to ``context`` without signals (the user cancelled a change)."""
        for combo in (self.project_combo, self.country_combo, self.period_combo):
            combo.blockSignals(True)
        self.project_combo.setCurrentIndex(max(self.project_combo.findData(context.project_code), 0))
        self._fill_project_combos(context.country, context.period_label)
        for combo in (self.project_combo, self.country_combo, self.period_combo):
            combo.blockSignals(False)

    def set_context(self, project: str | None, country: str | None = None, period: str | None = None) -> None:
        """Select a context programmatically (restored settings, screenshots, tests)."""
        self.project_combo.blockSignals(True)
        index = self.project_combo.findData(project)
        if index >= 0:
            self.project_combo.setCurrentIndex(index)
        self.project_combo.blockSignals(False)
        self._fill_project_combos(country, period)
        self._apply_context()

    def _apply_context(self) -> None:
        from ui.context import Context

        context = Context(self.project(), self.country_combo.currentData(), self.period_combo.currentData())
        if context == self.context:
            return
        self.context = context
        period = context.period
        self.period_dates.setText(format_range(period.start, period.end) if period else "")
        self.contextChanged.emit(context)

    # ---------------------------------------------------------------- settings

    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 900)
        splitter = settings.value("main_window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([190, 1210])

    def _restore_context(self) -> None:
        settings = QSettings()
        project = settings.value("context/project")
        if project and self.project_combo.findData(project) >= 0:
            self.set_context(
                project, settings.value("context/country") or None, settings.value("context/period")
            )
        page = settings.value("main_window/page", "dashboard")
        self.show_page(page if page in self.pages else "dashboard")

    def save_settings(self) -> None:
        settings = QSettings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/splitter", self.splitter.saveState())
        if not self.attached():  # closed while opening: the saved page and context stay as they were
            return
        settings.setValue("main_window/page", PAGES[max(self.nav.currentRow(), 0)][0])
        settings.setValue("context/project", self.context.project_code or "")
        settings.setValue("context/country", self.context.country or "")
        settings.setValue("context/period", self.context.period_label or "")

    def closeEvent(self, event) -> None:
        if not self._confirm_leave():
            event.ignore()
            return
        self.save_settings()
        super().closeEvent(event)
