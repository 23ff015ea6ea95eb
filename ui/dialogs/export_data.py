"""File › Export…: the register and the indicators to Excel or CSV, as the command line's `export` writes
them (one registry of exports). Personal data only when asked, with a warning before it is written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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

from flare_monitor import paths
from flare_monitor.actions import exports as actions
from ui import jobs, vocab
from ui.dialogs.form import error_label
from ui.messages import show_error


class ExportDialog(QDialog):
    exported = Signal(str)  # the file written

    def __init__(self, db, context, parent: QWidget | None = None):
        super().__init__(parent)
        self._db, self._context = db, context
        self.setWindowTitle(self.tr("Export"))
        self.what = QComboBox()
        names = {
            "participants": self.tr("Participants"),
            "activities": self.tr("Activities"),
            "attendance": self.tr("Attendance (who attended what)"),
            "indicators": self.tr("Indicator table of the period"),
            "evidence": self.tr("List of evidence files"),
        }
        for choice in actions.export_choices():
            self.what.addItem(names.get(choice.id, choice.label), choice.id)
        self.what.setAccessibleName(self.tr("What to export"))
        self.country = QComboBox()
        self.country.addItem(self.tr("All countries"), None)
        for code in vocab.sorted_countries(context.project.countries if context.project else ()):
            self.country.addItem(vocab.country_label(code), code)
        vocab.select_data(self.country, context.country)
        self.format = QComboBox()
        self.format.addItem(self.tr("Excel workbook (.xlsx)"), "xlsx")
        self.format.addItem(self.tr("CSV (.csv)"), "csv")
        self.personal = QCheckBox(self.tr("Include names and contact details (personal data)"))
        self.personal_note = QLabel(
            self.tr(
                "Without them, each person has a pseudonymous id and still counts once. Records of victims "
                "are never exported."
            )
        )
        self.personal_note.setWordWrap(True)
        self.personal_note.setStyleSheet("color: palette(dark);")
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("File"))
        browse = QPushButton(self.tr("Bro&wse…"))
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.error = error_label()
        form = QFormLayout()
        for text, widget in (
            (self.tr("&Export:"), self.what),
            (self.tr("&Country:"), self.country),
            (self.tr("For&mat:"), self.format),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow("", self.personal)
        form.addRow("", self.personal_note)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path)
        form.addRow(file_label, row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            self.tr("E&xport"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(620, 300)

        self.what.currentIndexChanged.connect(self._follow)
        self.country.currentIndexChanged.connect(self._follow)
        self.format.currentIndexChanged.connect(self._follow)
        self.personal.toggled.connect(self._personal_toggled)
        browse.clicked.connect(self._browse)
        self.buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.export)
        self._default = ""
        self._follow()

    def chosen(self) -> actions.ExportOutput:
        return next(o for o in actions.export_choices() if o.id == self.what.currentData())

    def _follow(self, *_args) -> None:
        """Personal data where the export can hold it; the file name follows the choices until edited."""
        personal = any(o.key == "include_personal_data" for o in self.chosen().options)
        self.personal.setVisible(personal)
        self.personal_note.setVisible(personal)
        if not personal:
            self.personal.setChecked(False)
        if self.path.text() in ("", self._default):
            self._default = str(self.default_path())
            self.path.setText(self._default)

    def default_path(self) -> Path:
        context = self._context
        parts = [context.project_code or "all", self.what.currentData()]
        if self.country.currentData():
            parts.append(self.country.currentData())
        if self.what.currentData() == "indicators" and context.period_label:
            parts.append(context.period_label)
        name = paths.safe_filename("_".join(parts) + "." + self.format.currentData())
        return paths.reports_dir() / name

    def _personal_toggled(self, on: bool) -> None:
        if on:
            QMessageBox.information(
                self,
                self.tr("Personal data"),
                self.tr(
                    "The file will hold names, phone numbers and e-mail addresses. Share it only with people "
                    "who need it, by a safe route, and delete copies when done."
                ),
            )

    def _browse(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), self.path.text(), self.tr("Excel or CSV (*.xlsx *.csv)")
        )
        if name:
            self.path.setText(name)

    def export(self) -> None:
        self.error.hide()
        text = self.path.text().strip()
        if not text:
            self.error.setText(self.tr("Choose the file to write."))
            self.error.show()
            return
        chosen = self.chosen()
        if chosen.period_required and self._context.period_label in (None, "", "LOP"):
            self.error.setText(
                self.tr("Choose a quarter in the Period box first: the table covers one period.")
            )
            self.error.show()
            return
        options = {o.key: False for o in chosen.options}
        if "include_personal_data" in options:
            options["include_personal_data"] = self.personal.isChecked()
        request = actions.ExportRequest(
            chosen.id,
            Path(text).expanduser(),
            project=self._context.project_code,
            country=self.country.currentData(),
            period=self._context.period_label if chosen.period_required else None,
            options=options,
        )
        self.export_button.setEnabled(False)
        jobs.run(
            actions.export_data,
            self._db,
            request,
            on_result=lambda count: self._done(count, request.path),
            on_error=self._failed,
            write_to=self._db,  # the export is audited
        )

    def _failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        show_error(self, exc)

    def _done(self, count: int, path: Path) -> None:
        self.export_button.setEnabled(True)
        self.exported.emit(str(path))
        QMessageBox.information(
            self,
            self.tr("Export"),
            self.tr("%Ln rows written to %1", "", count).replace("%1", str(path)),
        )
        self.accept()
