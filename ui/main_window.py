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
    QVBoxLayout,
    QWidget,
)

from ui.formatting import format_range

log = logging.getLogger(__name__)

if TYPE_CHECKING:  # these load SQLAlchemy: imported where the attached window needs them
    from flare_monitor.actions.projects import ProjectRow
    from ui.context import Context
    from ui.pages.base import Page

# The pages in navigation order; Ctrl+1..9 follow this order (their icons: ui/nav_icons.py).
PAGE_KEYS = (
    "dashboard",
    "results",
    "activities",
    "participants",
    "narratives",
    "reports",
    "quality",
    "settings",
    "project",
    "organizations",
)
# Pages with nothing to show before a project exists (greyed out, saying why, on an empty database).
NEED_A_PROJECT = ("dashboard", "results", "activities", "participants", "narratives", "reports", "quality")
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
    "project": ("ProjectPage", QT_TRANSLATE_NOOP("ProjectPage", "Project set-up")),
    "organizations": ("OrganizationsPage", QT_TRANSLATE_NOOP("OrganizationsPage", "Organizations")),
}


def page_title(key: str) -> str:
    context, text = TITLES[key]
    return QCoreApplication.translate(context, text)


def page_shortcut(number: int) -> str | None:
    """Ctrl+1 … Ctrl+9 for the first nine pages."""
    return f"Ctrl+{number}" if number <= 9 else None


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


def build_page(key: str, db, parent: QWidget) -> Page:
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
    if key == "project":
        from ui.pages.project import ProjectPage

        return ProjectPage(db, parent)
    if key == "organizations":
        from ui.pages.organizations import OrganizationsPage

        return OrganizationsPage(db, parent)
    from ui.pages.settings import SettingsPage

    return SettingsPage(db, parent)


class MainWindow(QMainWindow):
    contextChanged = Signal(object)  # Context
    firstPainted = Signal()  # once, when the window has first painted (the app then opens the database)

    def __init__(self, db=None, location: str = ""):
        """With ``db``, the window ready to use; without, the shell shown while ``location`` opens."""
        super().__init__()
        self.db = None
        self.context: Context | None = None  # None until attached
        self._projects: list[ProjectRow] = []
        self._painted = False
        self.permissions = None  # what the signed-in login may do (ui/permissions.py), once attached
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
        for number, key in enumerate(PAGE_KEYS, start=1):
            self.stack.addWidget(QWidget())  # stands in for the page until it is built
            title = page_title(key)
            item = QListWidgetItem(title)  # row = the key's place in PAGE_KEYS; icons come with the data
            if page_shortcut(number):
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
        self.nav.currentRowChanged.connect(self._on_nav)
        self.project_combo.currentIndexChanged.connect(self._on_project)
        self.country_combo.currentIndexChanged.connect(self._on_context_combo)
        self.period_combo.currentIndexChanged.connect(self._on_context_combo)

        self._restore_geometry()
        self.setAcceptDrops(True)
        self._set_usable(False)
        if db is not None:
            self.attach(db)

    def attach(self, db) -> None:
        """The database is open and checked: load the projects, enable the window, show the first page."""
        from ui.context import Context

        self.db = db
        self.context = Context()
        self.database_label.setText(self.tr("Database: %1").replace("%1", db.display_location()))
        if self.is_demo():
            self._label_demo()
        self.load_projects(then=self._first_projects)

    def is_demo(self) -> bool:
        """True when the open database is the demo's own file (never the officer's data)."""
        from flare_monitor import paths

        return (
            self.db is not None
            and self.db.file is not None
            and paths.same_file(self.db.file, paths.demo_database_path())
        )

    def _label_demo(self) -> None:
        """The demo database says so in the title bar and the status bar, with the way back."""
        from PySide6.QtWidgets import QPushButton

        self.setWindowTitle(self.tr("FLARE Monitor — DEMO DATABASE (not your data)"))
        self.database_label.setText(self.tr("Demo database: %1").replace("%1", self.db.display_location()))
        self.database_label.setStyleSheet("background: #ffe08a; color: #3b2f00; padding: 0 6px;")
        self.leave_demo_button = QPushButton(self.tr("Leave the demo"))
        self.leave_demo_button.setToolTip(self.tr("Start again on the database you had open before the demo"))
        self.leave_demo_button.clicked.connect(self.leave_demo)
        self.statusBar().addPermanentWidget(self.leave_demo_button)

    def _warmed_up(self) -> None:
        from PySide6.QtWidgets import QApplication

        from ui import interpreter

        interpreter.after_start_up(QApplication.instance())
        self.warmed_up = True

    def _first_projects(self) -> None:
        """The projects are known: enable the window and show the page the user left last time."""
        from ui import interpreter, jobs
        from ui.nav_icons import page_icon
        from ui.warm_up import warm_up

        # Drawn now, not for the shell: painting builds PySide6's Qt namespace, which the first paint skips.
        for row, key in enumerate(PAGE_KEYS):
            self.nav.item(row).setIcon(page_icon(key, self.devicePixelRatioF()))
        interpreter.share_with_workers()  # the workers start now
        self.warmed_up = False
        # What the other pages import, loaded meanwhile off the GUI thread.
        jobs.run(warm_up, on_result=lambda _: self._warmed_up())
        from ui.permissions import EVERYTHING

        self.permissions = EVERYTHING
        if self.db.is_server:  # the pages open once the role is known, greying out what it may not do
            self._show_who_is_signed_in(self.db, then=self._open_pages)
        else:
            self._open_pages()

    def _open_pages(self) -> None:
        self._set_usable(True)
        self._show_setup_state()
        self._follow_undo_history()
        self.unsetCursor()
        self._restore_context()
        self.stack.removeWidget(self.opening)
        self.opening.deleteLater()

    def _show_who_is_signed_in(self, db, then: Callable[[], None] | None = None) -> None:
        """ "Signed in as anna (officer: PE, PK)" in the status bar, and what the role may do, asked of the
        server once, in a worker; then `then` (also when the question failed: the server still refuses)."""
        from flare_monitor.actions.identity import who_is_signed_in
        from ui import jobs

        def answered(identity) -> None:
            self._signed_in(identity)
            if then is not None:
                then()

        def failed(exc: BaseException) -> None:
            log.warning("Who is signed in? %s", type(exc).__name__)
            if then is not None:
                then()

        jobs.run(who_is_signed_in, db, on_result=answered, on_error=failed)

    def _signed_in(self, identity) -> None:
        from ui.permissions import Permissions

        self.permissions = Permissions(identity)
        for page in self.pages.values():
            page.set_permissions(self.permissions)
        if self.nav.isEnabled():
            self._show_setup_state()
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
        """The window's commands, in the menus with the platform's standard shortcuts."""
        keys = QKeySequence.StandardKey

        def action(menu, text: str, slot, shortcut: QKeySequence.StandardKey | str | None = None) -> QAction:
            act = QAction(text, self)  # a window shortcut: QAction's default context
            if shortcut is not None:
                # setShortcuts, not setShortcut: its overloads would build the Qt namespace before the paint
                standard = isinstance(shortcut, QKeySequence.StandardKey)
                act.setShortcuts(shortcut if standard else [QKeySequence(shortcut)])
            act.triggered.connect(slot)
            self.addAction(act)
            if menu is not None:
                menu.addAction(act)
            return act

        bar = self.menuBar()
        file, edit = bar.addMenu(self.tr("&File")), bar.addMenu(self.tr("&Edit"))
        file.setToolTipsVisible(True)  # a greyed-out entry says why
        view, help_menu = bar.addMenu(self.tr("&View")), bar.addMenu(self.tr("&Help"))
        self.new_action = action(file, self.tr("&New"), lambda: self.current_page().new_record(), keys.New)
        self.open_action = action(file, self.tr("&Open database…"), self.open_database, keys.Open)
        self.recent_menu = file.addMenu(self.tr("&Recent databases"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.save_action = action(file, self.tr("&Save"), lambda: self.current_page().save(), keys.Save)
        file.addSeparator()
        self.new_project_action = action(file, self.tr("New pro&ject…"), self.new_project)
        self.import_logframe_action = action(file, self.tr("Import &logframe…"), self.import_logframe)
        self.import_attendance_action = action(
            file, self.tr("Import &attendance sheet…"), self.import_attendance
        )
        file.addSeparator()
        self.import_package_action = action(file, self.tr("&Import package…"), self.import_package)
        self.export_package_action = action(file, self.tr("&Export package…"), self.export_package)
        self.export_data_action = action(file, self.tr("Export &data…"), self.export_data)
        file.addSeparator()
        self.print_action = action(file, self.tr("&Print…"), self.print_table, keys.Print)
        file.addSeparator()
        self.exit_action = action(file, self.tr("E&xit"), self.close, keys.Quit)

        self.undo_action = action(edit, self.tr("&Undo"), lambda: self.undo_history().undo(self), keys.Undo)
        self.redo_action = action(edit, self.tr("&Redo"), lambda: self.undo_history().redo(self), keys.Redo)
        edit.addSeparator()

        # Menu entries only: a text field has its own Ctrl+X/C/V/A, and in a table Ctrl+C copies rows; the
        # menu still shows those keys (text after a tab is shown as the shortcut, and binds nothing).
        def hint(text: str, standard: QKeySequence.StandardKey) -> str:
            return text + "\t" + QKeySequence(standard).toString(QKeySequence.SequenceFormat.NativeText)

        self.cut_action = action(edit, hint(self.tr("Cu&t"), keys.Cut), lambda: self._edit_focus("cut"))
        self.copy_action = action(edit, hint(self.tr("&Copy"), keys.Copy), lambda: self._edit_focus("copy"))
        self.paste_action = action(
            edit, hint(self.tr("&Paste"), keys.Paste), lambda: self._edit_focus("paste")
        )
        self.select_all_action = action(
            edit, hint(self.tr("Select &all"), keys.SelectAll), lambda: self._edit_focus("selectAll")
        )
        edit.addSeparator()
        self.find_action = action(edit, self.tr("&Find"), lambda: self.current_page().find(), keys.Find)

        for number, key in enumerate(PAGE_KEYS, start=1):
            action(
                view,
                page_title(key).replace("&", "&&"),
                lambda _=False, k=key: self.show_page(k, {}),
                page_shortcut(number),
            )
        self.report_action = action(None, self.tr("Report"), lambda: self.show_page("reports", {}), "Ctrl+R")

        self.help_action = action(
            help_menu, self.tr("&Help for this page"), self.show_help, keys.HelpContents
        )
        self.shortcuts_action = action(help_menu, self.tr("&Keyboard shortcuts"), self.show_shortcuts)
        help_menu.addSeparator()
        self.about_action = action(help_menu, self.tr("&About FLARE Monitor"), self.show_about)

    def _edit_focus(self, command: str) -> None:
        """Cut, Copy, Paste or Select all on what has the keyboard focus (a table copies its rows)."""
        from PySide6.QtWidgets import QApplication, QTableView

        widget = QApplication.focusWidget()
        if isinstance(widget, QTableView):
            from ui.table_tools import copy_selection

            if command == "copy":
                copy_selection(widget)
            elif command == "selectAll":
                widget.selectAll()
            return
        method = getattr(widget, command, None)
        if callable(method):
            method()

    # ---------------------------------------------------------------- help

    def show_help(self) -> None:
        from ui.help import HelpDialog

        key = PAGE_KEYS[max(self.nav.currentRow(), 0)]
        HelpDialog(key, page_title(key), self).exec()

    def show_shortcuts(self) -> None:
        from ui.help import HelpDialog

        HelpDialog("shortcuts", self.tr("Keyboard shortcuts"), self).exec()

    def show_about(self) -> None:
        from flare_monitor.actions.maintenance import database_status
        from ui import jobs
        from ui.help import AboutDialog

        def show(status) -> None:
            schema = f"{status.backend} {status.revision}" if status is not None else ""
            AboutDialog(self.db.display_location(), schema, self).exec()

        if self.db is None:
            return
        jobs.run(database_status, self.db, on_result=show, on_error=lambda _exc: show(None))

    # ---------------------------------------------------------------- databases and printing

    def open_database(self) -> None:
        """Open another database file: the app starts again on it (this window closes)."""
        from PySide6.QtWidgets import QFileDialog

        from ui import recent

        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open database"),
            recent.last_folder(),
            self.tr("Databases (*.db *.sqlite);;All files (*)"),
        )
        if path:
            self.switch_to(path)

    def switch_to(self, location: str) -> None:
        from ui import recent

        if not self._confirm_leave():
            return
        recent.remember(location)
        if recent.start_app_on(location):
            self.close()

    def _fill_recent(self) -> None:
        from ui import recent

        self.recent_menu.clear()
        current = self.db.display_location() if self.db is not None else None
        entries = [e for e in recent.databases() if e != current]
        for number, location in enumerate(entries, start=1):
            act = self.recent_menu.addAction(f"&{number} {location}" if number < 10 else location)
            act.triggered.connect(lambda _=False, where=location: self.switch_to(where))
        if not entries:
            empty = self.recent_menu.addAction(self.tr("No other database opened yet"))
            empty.setEnabled(False)

    # ---------------------------------------------------------------- a sheet dropped on the window

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.db is not None and self._dropped_sheet(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt API
        path = self._dropped_sheet(event.mimeData())
        if path is None:
            return
        event.acceptProposedAction()
        self.show_page("activities")
        page = self.pages["activities"]
        # The selected training, else the wizard's first step asks which one.
        page.open_import(page.selected_code(), path=path)

    def import_attendance(self) -> None:
        """File › Import attendance sheet…: into the training selected on Activities, else the wizard's
        first step asks which one."""
        self.show_page("activities")
        page = self.pages["activities"]
        page.open_import(page.selected_code())

    @staticmethod
    def _dropped_sheet(mime) -> str | None:
        from ui.pasted import is_sheet

        files = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()] if mime.hasUrls() else []
        return files[0] if len(files) == 1 and is_sheet(files[0]) else None

    def print_table(self) -> None:
        """Print (with a preview) what the page prints: on Reports a generated report, elsewhere the
        page's table as it is shown (filtered, sorted, with its columns)."""
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        from ui.table_tools import document

        if self.current_page().print_document():
            return
        view = self.current_page().printable()
        if view is None:
            self.statusBar().showMessage(self.tr("This page has no table to print"), 5000)
            return
        doc = document(page_title(self.current_page().key), view)
        preview = QPrintPreviewDialog(self)
        preview.paintRequested.connect(doc.print_)
        self.print_preview = preview  # tests look at it
        preview.exec()

    def undo_history(self):
        from ui.undo import history

        return history(self.db)

    def _follow_undo_history(self) -> None:
        history = self.undo_history()
        history.changed.connect(self._show_undo_state)
        history.reverted.connect(self._reverted)
        self._show_undo_state()

    def _show_undo_state(self) -> None:
        history = self.undo_history()
        undo, redo = history.undo_label(), history.redo_label()
        self.undo_action.setEnabled(undo is not None)
        self.undo_action.setText(self.tr("&Undo %1").replace("%1", undo) if undo else self.tr("&Undo"))
        self.redo_action.setEnabled(redo is not None)
        self.redo_action.setText(self.tr("&Redo %1").replace("%1", redo) if redo else self.tr("&Redo"))

    def _reverted(self) -> None:
        """An undo or redo changed the data: every page shows it as it is now."""
        for page in self.pages.values():
            page.mark_stale()
        self.current_page().refresh()

    def export_data(self) -> None:
        """Participants, activities, attendance, the indicator table or the evidence list, to Excel or CSV."""
        from ui.dialogs.export_data import ExportDialog

        ExportDialog(self.db, self.context, self).exec()

    # ---------------------------------------------------------------- setting up

    def _show_setup_state(self) -> None:
        """Without a project, what needs one is greyed out and says so: the pages of the register and the
        indicators, the context bar, exporting a package."""
        from PySide6.QtCore import Qt

        from ui import permissions as rules
        from ui.widgets import explain, explain_first, refused

        has = bool(self._projects)
        why = self.tr("Create a project first (Project set-up)")
        allowed = self.permissions or rules.EVERYTHING
        for row, key in enumerate(PAGE_KEYS):
            if key not in NEED_A_PROJECT:
                continue
            item = self.nav.item(row)
            reason = "" if has else why
            if not reason and key == "participants":  # a list of names: not for a viewer's eyes
                reason = allowed.why_not(rules.READ_PERSONAL_DATA)
            flags = item.flags()
            enabled = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            item.setFlags(flags & ~enabled if reason else flags | enabled)
            title = page_title(key)
            shortcut = self.tr("%1 (Ctrl+%2)").replace("%1", title).replace("%2", str(row + 1))
            item.setToolTip(reason or shortcut)
        self.context_bar.setEnabled(has)
        self.context_bar.setToolTip("" if has else why)
        explain_first(self.export_package_action, (has, why), refused(allowed.why_not(rules.EXPORT_PACKAGES)))
        explain(self.export_data_action, has, why)
        explain(self.new_action, has, why)
        records = refused(allowed.why_not(rules.EDIT_RECORDS))
        explain_first(self.import_attendance_action, (has, why), records)
        framework = allowed.why_not(rules.EDIT_FRAMEWORK)
        explain(self.new_project_action, not framework, framework)
        explain(self.import_logframe_action, not framework, framework)
        packages = allowed.why_not(rules.IMPORT_PACKAGES)
        explain(self.import_package_action, not packages, packages)

    def _requested(self, step: str) -> None:
        """A step the welcome panel or the Project set-up page asked for."""
        {
            "new_project": self.new_project,
            "import_logframe": self.import_logframe,
            "import_package": self.import_package,
            "open_database": self.open_database,
            "connect_server": self.connect_server,
            "try_demo": self.try_demo,
        }[step]()

    def new_project(self) -> None:
        from ui.dialogs.project_form import ProjectDialog

        dialog = ProjectDialog(self.db, None, self)
        dialog.saved.connect(self._projects_changed)
        dialog.exec()

    def import_logframe(self, path: str | None = None) -> None:
        from ui.dialogs.logframe_import import LogframeDialog

        dialog = LogframeDialog(self.db, path, self)
        dialog.imported.connect(self._projects_changed)
        dialog.exec()

    def _projects_changed(self, code: str = "") -> None:
        """A project was created, imported, edited or deleted: reload the projects and show `code` (else
        what was shown) on the Project set-up page."""
        keep = code or (self.context.project_code if self.context else None)

        def reloaded() -> None:
            if keep and self.project_combo.findData(keep) >= 0:
                self.set_context(keep)
            for page in self.pages.values():
                page.mark_stale()
            self.show_page("project")
            self.current_page().refresh()

        self.load_projects(then=reloaded)

    def connect_server(self) -> None:
        """Use the PostgreSQL server the team shares: the app starts again on it (and does from now on)."""
        from ui import settings
        from ui.dialogs.database_server import ServerDialog

        dialog = ServerDialog(settings.get("database/server"), self)
        if dialog.exec():
            settings.put("database/server", dialog.url())  # no password: see ServerDialog
            self.switch_to(dialog.url())

    def try_demo(self) -> None:
        """The demo's projects in a demo database of their own (created and filled in a worker), then the
        app starts again on it; the officer's database is left as it is."""
        from flare_monitor import paths
        from flare_monitor.actions.setup import prepare_demo_database
        from ui import jobs

        QSettings().setValue("demo/return_to", self.db.display_location() if self.db is not None else "")
        self.statusBar().showMessage(self.tr("Preparing the demo database…"))
        jobs.run(
            prepare_demo_database,
            paths.demo_database_path(),
            on_result=lambda path: self.switch_to(str(path)),
            on_error=self._projects_failed,
        )

    def leave_demo(self) -> None:
        from flare_monitor import paths

        back = QSettings().value("demo/return_to") or str(paths.default_database_path())
        self.switch_to(back)

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

        def reloaded() -> None:
            self.set_context(context.project_code, context.country, context.period_label)
            for page in self.pages.values():
                page.mark_stale()
            self.current_page().refresh()

        self.load_projects(then=reloaded)

    def current_page(self) -> Page:
        return self.stack.currentWidget()

    def show_page(self, key: str, filters: dict | None = None) -> None:
        filters = dict(filters or {})
        if "country" in filters:
            index = self.country_combo.findData(filters.pop("country"))
            if index >= 0:
                self.country_combo.setCurrentIndex(index)
        if key in NEED_A_PROJECT and self.attached() and not self._projects:
            key = "project"  # nothing to show there yet: the welcome panel says how to start
        if key == "participants" and self.permissions is not None:
            from ui.permissions import READ_PERSONAL_DATA

            reason = self.permissions.why_not(READ_PERSONAL_DATA)
            if reason:  # the register lists people by name
                self.statusBar().showMessage(reason, 8000)
                if self.nav.currentRow() >= 0:
                    return
                key = "dashboard"
        index = PAGE_KEYS.index(key)
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
        if key == "project":
            page.requested.connect(self._requested)
            page.projectsChanged.connect(self._projects_changed)
        stand_in = self.stack.widget(index)
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(stand_in)
        stand_in.deleteLater()
        dict.__setitem__(self.pages, key, page)
        if self.permissions is not None:
            page.set_permissions(self.permissions)
        page.set_context(self.context)
        return page

    # ---------------------------------------------------------------- context

    def load_projects(self, then: Callable[[], None] | None = None) -> None:
        """Ask for the projects (in a worker); fill the project box when they arrive, then call `then`."""
        from flare_monitor.actions.projects import list_projects
        from ui import jobs

        def loaded(projects) -> None:
            self._projects_loaded(projects)
            if then is not None:
                then()

        jobs.run(list_projects, self.db, on_result=loaded, on_error=self._projects_failed)

    def _projects_failed(self, exc: BaseException) -> None:
        from ui.messages import show_error

        show_error(self, exc)

    def _projects_loaded(self, projects: list[ProjectRow]) -> None:
        from PySide6.QtCore import Qt

        self._projects = projects
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
        if self.attached() and self.nav.isEnabled():
            self._show_setup_state()

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
            for code in vocab.sorted_countries(project.countries):
                self.country_combo.addItem(f"{vocab.country_label(code)} ({code})", code)
            for quarter in project_quarters(project):
                self.period_combo.addItem(vocab.period_label(quarter.label), quarter.label)
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
            # The page list as wide as its longest title in the language ("Configuración del proyecto").
            frame = 2 * self.nav.frameWidth() + 8
            self.splitter.setSizes([max(190, self.nav.sizeHintForColumn(0) + frame), 1210])

    def _restore_context(self) -> None:
        settings = QSettings()
        project = settings.value("context/project")
        if project and self.project_combo.findData(project) >= 0:
            self.set_context(
                project, settings.value("context/country") or None, settings.value("context/period")
            )
        page = settings.value("main_window/page", "dashboard")
        self.show_page(page if page in self.pages else "dashboard")
        if not self._projects:
            self.show_page("project")  # an empty database opens on the welcome panel

    def save_settings(self) -> None:
        settings = QSettings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/splitter", self.splitter.saveState())
        if not self.attached():  # closed while opening: the saved page and context stay as they were
            return
        settings.setValue("main_window/page", PAGE_KEYS[max(self.nav.currentRow(), 0)])
        settings.setValue("context/project", self.context.project_code or "")
        settings.setValue("context/country", self.context.country or "")
        settings.setValue("context/period", self.context.period_label or "")

    def closeEvent(self, event) -> None:
        if not self._confirm_leave():
            event.ignore()
            return
        self.save_settings()
        super().closeEvent(event)
