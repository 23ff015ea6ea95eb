"""Reports page: export the indicator table of the period for the chosen countries (xlsx or csv)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from flare_monitor import paths
from flare_monitor.errors import UserError
from flare_monitor.services.geo import country_name
from ui import settings
from ui.dialogs.form import error_label
from ui.messages import show_error
from ui.pages.base import Page
from ui.widgets import WorkPanel


def export_task(
    db, project: str, period: str, scopes: list[str | None], folder: str, fmt: str, *, progress, cancelled
) -> list[Path]:
    """One indicator table per scope (None = all countries); each file in its own short session."""
    from flare_monitor.io.exports import export_indicators

    written = []
    for number, scope in enumerate(scopes):
        if cancelled():
            break
        progress(number, len(scopes))
        name = f"{project}_{period}_{scope or 'all-countries'}_indicators.{fmt}"
        path = Path(folder) / name
        with db.session() as session:
            export_indicators(session, path, project, period, scope)
        written.append(path)
    progress(len(scopes), len(scopes))
    return written


class ReportsPage(Page):
    key = "reports"

    def __init__(self, db, parent: QWidget | None = None):
        super().__init__(db, parent)
        self.heading = QLabel()
        self.countries = QListWidget()
        self.countries.setAccessibleName(self.tr("Countries to export"))
        self.countries.setMaximumHeight(170)
        self.format = QComboBox()
        self.format.addItem(self.tr("Excel workbook (.xlsx)"), "xlsx")
        self.format.addItem(self.tr("CSV (.csv)"), "csv")
        self.format.setAccessibleName(self.tr("File format"))
        self.folder = QLineEdit()
        self.folder.setAccessibleName(self.tr("Folder"))
        browse = QPushButton(self.tr("&Browse…"))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.export_button = QPushButton(self.tr("&Export indicator table"))
        self.work = WorkPanel(self)
        self.error = error_label()
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        box = QGroupBox(self.tr("Indicator table (IPTT)"))
        box.setMaximumWidth(760)
        form = QFormLayout(box)
        form.addRow(self.tr("Period:"), self.heading)
        form.addRow(self.tr("Countries:"), self.countries)
        form.addRow(self.tr("&Format:"), self.format)
        form.addRow(self.tr("Folder:"), folder_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        form.addRow("", buttons)
        note = QLabel(
            self.tr(
                "Exports hold aggregated figures only, never names. The donor report (PDF) with "
                "narrative and charts is produced from the same figures."
            )
        )
        note.setWordWrap(True)
        note.setMaximumWidth(760)
        note.setStyleSheet("color: palette(dark);")
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(self.work)
        layout.addWidget(self.error)
        layout.addWidget(self.result)
        layout.addWidget(note)
        layout.addStretch(1)
        browse.clicked.connect(self._browse)
        self.export_button.clicked.connect(self.export)

    def title(self) -> str:
        return self.tr("Reports")

    def reload(self) -> None:
        project = self.context.project
        if project is None:
            return
        period = self.context.period
        self.heading.setText(
            f"{project.code} · {self.context.period_label}"
            + (f" ({period.start.isoformat()} – {period.end.isoformat()})" if period else "")
        )
        self.countries.clear()
        for code in [None, *project.countries]:
            text = (
                self.tr("All countries (project total)") if code is None else f"{country_name(code)} ({code})"
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            wanted = code == self.context.country if self.context.country else code is None
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
            self.countries.addItem(item)
        index = self.format.findData(settings.get("reports/format"))
        self.format.setCurrentIndex(max(index, 0))
        if not self.folder.text():
            self.folder.setText(settings.get("reports/folder") or str(paths.reports_dir()))

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the exports"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def scopes(self) -> list[str | None]:
        return [
            self.countries.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.countries.count())
            if self.countries.item(i).checkState() == Qt.CheckState.Checked
        ]

    def save(self) -> None:
        self.export()

    def export(self) -> None:
        scopes = self.scopes()
        self.error.hide()
        if not scopes:
            self.error.setText(self.tr("Choose at least one country."))
            self.error.show()
            return
        folder = self.folder.text().strip() or str(paths.reports_dir())
        try:
            Path(folder).mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            show_error(
                self,
                UserError(
                    self.tr("Cannot use the folder %1: %2")
                    .replace("%1", folder)
                    .replace("%2", exc.strerror or str(exc))
                ),
            )
            return
        self.export_button.setEnabled(False)
        self.result.clear()
        self.work.run(
            self.tr("Exporting…"),
            export_task,
            self.db,
            self.context.project_code,
            self.context.period_label,
            scopes,
            folder,
            self.format.currentData(),
            on_result=self._done,
            on_error=self._failed,
        )

    def _done(self, written: list[Path]) -> None:
        self.export_button.setEnabled(True)
        self.result.setText(self.tr("Written:") + "<br>" + "<br>".join(str(p) for p in written))
        self.statusMessage.emit(self.tr("%1 files exported").replace("%1", str(len(written))))

    def _failed(self, exc) -> None:
        self.export_button.setEnabled(True)
        show_error(self, exc)
