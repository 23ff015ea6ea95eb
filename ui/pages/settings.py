"""Settings page: where the database is, language, report defaults (stored with QSettings)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from flare_monitor import __version__
from flare_monitor.actions import maintenance as actions
from flare_monitor.actions.server import mask_url
from flare_monitor.i18n import LANGUAGES
from flare_monitor.i18n import NAMES as LANGUAGE_NAMES
from flare_monitor.paths import backups_dir, data_dir, default_database_path, logs_dir, reports_dir
from ui import jobs, report_logo, settings
from ui.formatting import format_int
from ui.messages import show_error
from ui.pages.base import Page

# Each language named in itself, so anyone can find theirs whatever the UI speaks now.
LOGO_PREVIEW = QSize(150, 40)


class SettingsPage(Page):
    key = "settings"

    def __init__(self, db, parent: QWidget | None = None):
        super().__init__(db, parent)
        database = QGroupBox(self.tr("Database"))
        db_form = QFormLayout(database)
        self.location = QLabel(db.display_location())
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.location.setWordWrap(True)
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        db_form.addRow(self.tr("Location:"), self.location)
        db_form.addRow(self.tr("Records:"), self.counts)
        db_form.addRow(self.tr("Data folder:"), self._selectable(str(data_dir())))
        server = db.file is None  # a server database is backed up by the server, not by the app
        if server:
            db_form.addRow(
                self.tr("Backups:"), QLabel(self.tr("Backups of a server database are made on the server."))
            )
        else:
            db_form.addRow(self.tr("Backups:"), self._selectable(str(backups_dir())))
        db_form.addRow(self.tr("Logs:"), self._selectable(str(logs_dir())))
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.restore_button = QPushButton(self.tr("Restore from a bac&kup…"))
        self.backup_progress = QProgressBar()
        self.backup_progress.setRange(0, 0)
        self.backup_progress.setVisible(False)
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_button)
        backup_row.addWidget(self.restore_button)
        backup_row.addWidget(self.backup_progress, 1)
        if server:  # nothing to offer: no file to copy or to put back
            self.backup_button.setEnabled(False)
            self.restore_button.setEnabled(False)
            for button in (self.backup_button, self.restore_button):
                button.setVisible(False)
        else:
            db_form.addRow("", backup_row)
        self.backup_button.clicked.connect(self.back_up)
        self.restore_button.clicked.connect(self.restore)
        # Which database opens at start: the local file, or a PostgreSQL server shared by a team.
        self.startup_database = QLabel()
        self.startup_database.setWordWrap(True)
        self.server_button = QPushButton(self.tr("Use a Postgre&SQL server…"))
        self.local_button = QPushButton(self.tr("Use the lo&cal file"))
        server_row = QHBoxLayout()
        server_row.addWidget(self.server_button)
        server_row.addWidget(self.local_button)
        server_row.addStretch(1)
        db_form.addRow(self.tr("At start:"), self.startup_database)
        db_form.addRow("", server_row)
        self.server_button.clicked.connect(self.choose_server)
        self.local_button.clicked.connect(self.use_local_file)
        self._show_startup_database()

        general = QGroupBox(self.tr("General"))
        general_form = QFormLayout(general)
        self.language = QComboBox()
        self.language.addItem(self.tr("System language"), "system")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setAccessibleName(self.tr("Language"))
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language)
        self.language_note = QLabel(
            self.tr(
                "The language of menus, pages and messages, and of dates and numbers; it applies the "
                "next time FLARE Monitor starts. Donor reports can be written in English, Spanish or "
                "French (chosen on the Reports page)."
            )
        )
        self.language_note.setWordWrap(True)
        self.language_note.setStyleSheet("color: palette(dark);")
        general_form.addRow(language_label, self.language)
        general_form.addRow("", self.language_note)

        reports = QGroupBox(self.tr("Report defaults"))
        reports_form = QFormLayout(reports)
        self.report_format = QComboBox()
        self.report_format.addItem(self.tr("Excel workbook (.xlsx)"), "xlsx")
        self.report_format.addItem(self.tr("CSV (.csv)"), "csv")
        self.report_format.setAccessibleName(self.tr("Default export format"))
        self.report_folder = QLineEdit()
        self.report_folder.setAccessibleName(self.tr("Default report folder"))
        # The placeholder is the folder itself: what an empty field means, on this computer.
        self.report_folder.setPlaceholderText(str(reports_dir()))
        self.report_folder.setToolTip(
            self.tr("Left empty, reports and exports go to %1 (made when the first one is written).").replace(
                "%1", str(reports_dir())
            )
        )
        browse = QPushButton(self.tr("Bro&wse…"))  # &B is "Back up now"
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.report_folder, 1)
        folder_row.addWidget(browse)
        self.include_list = QCheckBox(self.tr("Include the participant list (personal data) in annexes"))
        for label, widget in ((self.tr("For&mat:"), self.report_format),):
            caption = QLabel(label)
            caption.setBuddy(widget)
            reports_form.addRow(caption, widget)
        reports_form.addRow(self.tr("Folder:"), folder_row)
        self._add_cover_fields(reports_form)
        reports_form.addRow("", self.include_list)

        about = QLabel(self.tr("FLARE Monitor %1").replace("%1", __version__))
        about.setStyleSheet("color: palette(dark);")
        for box in (database, general, reports):
            box.setMaximumWidth(900)
        layout = QVBoxLayout(self)
        layout.addWidget(database)
        layout.addWidget(general)
        layout.addWidget(reports)
        layout.addStretch(1)
        layout.addWidget(about)

        self._load_settings()
        self.language.currentIndexChanged.connect(self._language_changed)
        self.report_format.currentIndexChanged.connect(
            lambda: settings.put("reports/format", self.report_format.currentData())
        )
        self.report_folder.editingFinished.connect(
            lambda: settings.put("reports/folder", self.report_folder.text().strip())
        )
        self.prepared_by.textChanged.connect(lambda text: settings.put("reports/prepared_by", text.strip()))
        self.include_list.toggled.connect(lambda on: settings.put("reports/include_participant_list", on))
        browse.clicked.connect(self._browse)

    def _run(self, fn, request, done) -> None:
        """Backups and restores run off the GUI thread, behind any write; the buttons wait meanwhile."""
        self.backup_button.setEnabled(False)
        self.restore_button.setEnabled(False)
        self.backup_progress.setVisible(True)

        def failed(exc: BaseException) -> None:
            self._idle()
            show_error(self, exc)

        def succeeded(value) -> None:
            self._idle()
            done(value)

        jobs.run(fn, self.db, request, on_result=succeeded, on_error=failed, write_to=self.db)

    def _idle(self) -> None:
        self.backup_progress.setVisible(False)
        self.backup_button.setEnabled(True)
        self.restore_button.setEnabled(True)

    def back_up(self) -> None:
        def done(path) -> None:
            QMessageBox.information(
                self, self.tr("Backups"), self.tr("Backup written and verified:\n%1").replace("%1", str(path))
            )

        self._run(actions.back_up, "manual", done)

    def restore(self, path: str | None = None) -> None:
        if not path:
            path, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Restore from a backup"), str(backups_dir()), self.tr("Databases (*.db)")
            )
        if not path:
            return
        question = self.tr(
            "Replace all the data by the backup %1?\n\nThe data as it is now is backed up first."
        )
        if (
            QMessageBox.question(self, self.tr("Restore"), question.replace("%1", path))
            != QMessageBox.StandardButton.Yes
        ):
            return

        def done(safety) -> None:
            self.dataChanged.emit()
            self.reload()
            QMessageBox.information(
                self,
                self.tr("Restore"),
                self.tr("Restored. The data as it was before is kept in %1.").replace("%1", str(safety)),
            )

        self._run(actions.restore, Path(path), done)

    def title(self) -> str:
        return self.tr("Settings")

    # ---------------------------------------------------------------- database used at start

    def choose_server(self) -> None:
        from ui.dialogs.database_server import ServerDialog

        dialog = ServerDialog(settings.get("database/server"), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            settings.put("database/server", dialog.url())  # no password: see ServerDialog
            self._show_startup_database(changed=True)

    def use_local_file(self) -> None:
        settings.put("database/server", "")
        self._show_startup_database(changed=True)

    def _show_startup_database(self, changed: bool = False) -> None:
        server = settings.get("database/server")
        local = self.tr("the local file %1").replace("%1", str(default_database_path()))
        where = mask_url(server) if server else local
        text = self.tr("FLARE Monitor opens %1.").replace("%1", where)
        if changed:
            text += " " + self.tr("Restart FLARE Monitor for the change to take effect.")
        self.startup_database.setText(text)
        self.local_button.setEnabled(bool(server))

    # ---------------------------------------------------------------- the report's cover

    def _add_cover_fields(self, form: QFormLayout) -> None:
        """The "Prepared by" line and the logo printed on the donor report's cover."""
        self.prepared_by = QLineEdit()
        self.prepared_by.setMaxLength(200)
        self.prepared_by.setAccessibleName(self.tr("Prepared by"))
        self.prepared_by.setPlaceholderText(self.tr("Left empty: a line to sign on the cover"))
        self.prepared_by.setToolTip(
            self.tr("The name or organisation printed after “Prepared by” on the report’s cover")
        )
        prepared_label = QLabel(self.tr("Prepare&d by:"))
        prepared_label.setBuddy(self.prepared_by)
        form.addRow(prepared_label, self.prepared_by)

        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(LOGO_PREVIEW)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.logo_preview.setAccessibleName(self.tr("Preview of the report logo"))
        self.logo_name = QLabel()
        self.logo_name.setWordWrap(True)
        self.logo_name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_logo_button = QPushButton(self.tr("Choose…"))
        self.choose_logo_button.setAccessibleName(self.tr("Choose the report logo"))
        self.standard_logo_button = QPushButton(self.tr("Use the s&tandard logo"))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addWidget(self.logo_name, 1)
        logo_row.addWidget(self.choose_logo_button)
        logo_row.addWidget(self.standard_logo_button)
        logo_label = QLabel(self.tr("Lo&go:"))
        logo_label.setBuddy(self.choose_logo_button)
        form.addRow(logo_label, logo_row)
        self.choose_logo_button.clicked.connect(lambda: self.choose_logo())
        self.standard_logo_button.clicked.connect(self.use_standard_logo)

    def choose_logo(self, path: str | None = None) -> bool:
        """Take `path` (or a file the user picks) as the report logo if it is a usable image."""
        if not path:
            start = settings.get("reports/logo") or str(Path.home())
            path, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Report logo"), start, self.tr("Images (*.png *.jpg *.jpeg)")
            )
        if not path:
            return False
        problem = report_logo.logo_problem(Path(path))
        if problem:
            QMessageBox.warning(self, self.tr("Report logo"), problem)
            return False
        settings.put("reports/logo", str(Path(path)))
        self._show_logo()
        return True

    def use_standard_logo(self) -> None:
        settings.put("reports/logo", "")
        self._show_logo()

    def _show_logo(self) -> None:
        logo = report_logo.chosen_logo()
        custom = bool(settings.get("reports/logo"))
        image, problem = report_logo.load_logo(logo)
        if image is None:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("(none)"))
        else:
            scaled = image.scaled(
                LOGO_PREVIEW - QSize(6, 6),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            self.logo_preview.setPixmap(QPixmap.fromImage(scaled))
        name = logo.name if custom else self.tr("Standard logo")
        self.logo_name.setText(problem or name)
        self.logo_name.setToolTip(str(logo))
        self.standard_logo_button.setEnabled(custom)

    @staticmethod
    def _selectable(text: str) -> QLabel:
        label = QLabel(text)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(True)
        return label

    def _load_settings(self) -> None:
        index = self.language.findData(settings.get("ui/language"))
        self.language.setCurrentIndex(max(index, 0))
        index = self.report_format.findData(settings.get("reports/format"))
        self.report_format.setCurrentIndex(max(index, 0))
        self.report_folder.setText(settings.get("reports/folder"))
        self.prepared_by.setText(settings.get("reports/prepared_by"))
        self._show_logo()
        self.include_list.setChecked(settings.get("reports/include_participant_list"))

    def _language_changed(self) -> None:
        settings.put("ui/language", self.language.currentData())
        QMessageBox.information(
            self,
            self.tr("Language"),
            self.tr("The new language applies the next time FLARE Monitor starts."),
        )

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Report folder"), self.report_folder.text())
        if folder:
            self.report_folder.setText(folder)
            settings.put("reports/folder", folder)

    def reload(self) -> None:
        self.load("status", actions.database_status, on_result=self._show_status)

    def _show_status(self, status: actions.DatabaseStatus) -> None:
        main = {
            "project": self.tr("projects"),
            "activity": self.tr("activities"),
            "participant": self.tr("participants"),
            "attendance": self.tr("attendance records"),
            "organization": self.tr("organizations"),
            "indicator": self.tr("indicators"),
        }
        self.counts.setText(
            ", ".join(f"{name}: {format_int(status.counts.get(key, 0))}" for key, name in main.items())
        )
