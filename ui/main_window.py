"""The main window: project context bar and the activity register (the first page of the app)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from flare_monitor.db.engine import Database
from flare_monitor.services.activities import list_activities
from flare_monitor.services.projects import list_projects
from ui.activity_model import SORT_ROLE, ActivityTableModel


class MainWindow(QMainWindow):
    def __init__(self, db: Database):
        super().__init__()
        self._db = db
        self.setWindowTitle(self.tr("FLARE Monitor"))
        central = QWidget(self)
        layout = QVBoxLayout(central)

        bar = QHBoxLayout()
        label = QLabel(self.tr("&Project:"))
        self.project_combo = QComboBox()
        self.project_combo.setAccessibleName(self.tr("Project"))
        label.setBuddy(self.project_combo)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter activities (Ctrl+F)"))
        self.filter_edit.setAccessibleName(self.tr("Filter activities"))
        self.filter_edit.setClearButtonEnabled(True)
        bar.addWidget(label)
        bar.addWidget(self.project_combo, 1)
        bar.addWidget(self.filter_edit, 1)
        layout.addLayout(bar)

        self.model = ActivityTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table)
        self.setCentralWidget(central)

        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.project_combo.currentIndexChanged.connect(self._load_activities)
        find = self.addAction(self.tr("Find"))
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.filter_edit.setFocus)

        self.statusBar().showMessage(self.tr("Database: %1").replace("%1", db.display_location()))
        self._load_projects()
        self._restore_geometry()

    def _load_projects(self) -> None:
        with self._db.session() as session:
            projects = list_projects(session)
        self.project_combo.blockSignals(True)
        self.project_combo.clear()
        for project in projects:
            self.project_combo.addItem(f"{project.code} — {project.title}", project.code)
        self.project_combo.blockSignals(False)
        self._load_activities()

    def _load_activities(self) -> None:
        code = self.project_combo.currentData()
        if code is None:
            self.model.set_rows([])
            return
        with self._db.session() as session:
            rows = list_activities(session, project=code)
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)

    def closeEvent(self, event) -> None:
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        super().closeEvent(event)
