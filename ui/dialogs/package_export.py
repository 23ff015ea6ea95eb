"""Export package dialog: a project's records (one country's, changed since a date) for another office.

The package is written in a worker. Participants travel pseudonymised unless the officer ticks
"Include personal data"; victims' records travel pseudonymised in any case.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from flare_monitor.actions import packages as actions
from flare_monitor.actions.packages import PACKAGE_SUFFIX as SUFFIX
from flare_monitor.actions.packages import ExportResult
from flare_monitor.actions.projects import ProjectRow, list_projects
from ui import jobs, vocab
from ui.formatting import date_format
from ui.messages import show_error
from ui.widgets import WorkPanel


class ExportPackageDialog(QDialog):
    exported = Signal(object)  # the ExportResult

    def __init__(
        self,
        db,
        project: str | None = None,
        country: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._db = db
        self.result: ExportResult | None = None
        self.setWindowTitle(self.tr("Export package"))
        self._projects: list[ProjectRow] = []

        self.project = QComboBox()
        self.project.setAccessibleName(self.tr("Project"))
        self.country = QComboBox()
        self.country.setAccessibleName(self.tr("Country"))
        self.since_box = QCheckBox(self.tr("Only records changed since"))
        self.since = QDateEdit(QDate.currentDate().addMonths(-3))
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat(date_format())
        self.since.setAccessibleName(self.tr("Changed since"))
        self.since.setEnabled(False)
        since_row = QHBoxLayout()
        since_row.addWidget(self.since_box)
        since_row.addWidget(self.since)
        since_row.addStretch(1)
        self.personal = QCheckBox(self.tr("Include personal data (names, positions, phone numbers, e-mail)"))
        personal_note = QLabel(
            self.tr(
                "Without it, participants travel under a pseudonym and still count once in the indicators. "
                "Records of victims always travel pseudonymised."
            )
        )
        personal_note.setWordWrap(True)
        personal_note.setStyleSheet("color: palette(dark);")
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Package file"))
        browse = QPushButton(self.tr("&Browse…"))
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("&Project:"), self.project)
        form.addRow(self.tr("C&ountry:"), self.country)
        form.addRow("", since_row)
        form.addRow("", self.personal)
        form.addRow("", personal_note)
        save_label = QLabel(self.tr("&Save as:"))
        save_label.setBuddy(self.path)
        form.addRow(save_label, path_row)
        self.work = WorkPanel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.work)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(640, 320)

        self.project.currentIndexChanged.connect(self._fill_countries)
        self.project.currentIndexChanged.connect(self._follow_default_path)
        self.country.currentIndexChanged.connect(self._follow_default_path)
        self.since_box.toggled.connect(self.since.setEnabled)
        self.personal.toggled.connect(self._personal_toggled)
        browse.clicked.connect(self.browse)
        self.buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.export)
        self.export_button.setEnabled(False)  # until the projects arrive
        self._default = ""
        self.loads = jobs.Loads(self)
        self.loads.load(
            "projects", list_projects, db, on_result=lambda rows: self._show_projects(rows, project, country)
        )

    def _show_projects(self, rows: list[ProjectRow], project: str | None, country: str | None) -> None:
        self._projects = rows
        self.project.blockSignals(True)
        for row in rows:
            self.project.addItem(f"{row.code} — {row.title}", row.code)
        self.project.setCurrentIndex(max(self.project.findData(project), 0))
        self.project.blockSignals(False)
        self._fill_countries()
        self.country.setCurrentIndex(max(self.country.findData(country), 0))
        self._default = str(self.default_path())
        self.path.setText(self._default)
        self.export_button.setEnabled(bool(rows))

    def _fill_countries(self) -> None:
        code = self.project.currentData()
        row = next((p for p in self._projects if p.code == code), None)
        self.country.clear()
        self.country.addItem(self.tr("All countries"), None)
        for country in vocab.sorted_countries(row.countries if row else ()):
            self.country.addItem(f"{vocab.country_label(country)} ({country})", country)

    def _personal_toggled(self, on: bool) -> None:
        if on:
            QMessageBox.information(
                self,
                self.tr("Personal data"),
                self.tr(
                    "The package will hold names and contact details. Send it only to the office that needs "
                    "them, by a safe route, and delete copies when done."
                ),
            )

    def _follow_default_path(self) -> None:
        """The suggested file name follows project and country until the officer types their own."""
        if getattr(self, "_default", None) is None or self.path.text() != self._default:
            return
        self._default = str(self.default_path())
        self.path.setText(self._default)

    def default_path(self) -> Path:
        parts = [
            self.project.currentData() or "package",
            self.country.currentData(),
            date.today().isoformat(),
        ]
        return Path.home() / ("-".join(p for p in parts if p) + SUFFIX)

    def browse(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the package as"),
            self.path.text(),
            self.tr("Exchange packages (*%1)").replace("%1", SUFFIX),
        )
        if path:
            self.path.setText(path if path.endswith(SUFFIX) else path + SUFFIX)

    def export(self) -> None:
        text = self.path.text().strip()
        code = self.project.currentData()
        if not text or not code:
            return
        options = {
            "country": self.country.currentData(),
            "since": self.since.date().toPython() if self.since_box.isChecked() else None,
            "include_personal_data": self.personal.isChecked(),
        }
        path = Path(text)

        request = actions.ExportPackage(path, code, **options)
        self.export_button.setEnabled(False)
        self.work.run(
            self.tr("Writing the package…"),
            actions.export_package,
            self._db,
            request,
            on_result=self._done,
            on_error=self._failed,
            write_to=self._db,  # the export is audited
        )

    def _failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        show_error(self, exc)

    def _done(self, result: ExportResult) -> None:
        self.export_button.setEnabled(True)
        self.result = result
        self.exported.emit(result)
        QMessageBox.information(
            self,
            self.tr("Export package"),
            self.tr(
                "Package no. %1 with %Ln records written to:\n%2\n\nSend it to the other office; they "
                "import it with File › Import package…",
                "",
                result.total,
            )
            .replace("%1", str(result.sequence))
            .replace("%2", str(result.path)),
        )
        self.accept()
