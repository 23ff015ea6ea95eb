"""File › Import logframe…: a donor's Excel logframe checked and previewed (what will be created or
changed, or every problem with its sheet, row and column), then imported all or nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from flare_monitor.actions import logframe as actions
from flare_monitor.actions.base import user_facing
from ui import i18n, jobs, recent
from ui.messages import show_error


class LogframeDialog(QDialog):
    imported = Signal(str)  # the project's code

    def __init__(self, db, path: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self._checked: str | None = None  # the file whose preview is shown and may be imported
        self.setWindowTitle(self.tr("Import a logframe"))
        self.setMinimumSize(760, 520)
        intro = QLabel(
            self.tr(
                "A logframe workbook holds a project: its countries, result levels, results framework, "
                "indicators with their reference sheets and counting rules, and targets. Importing it "
                "creates the project, or updates it when its code is already here. Start from the empty "
                "template to fill in, or from a workbook exported here."
            )
        )
        intro.setWordWrap(True)
        self.path = QLineEdit(path or "")
        self.path.setAccessibleName(self.tr("Logframe workbook"))
        self.path.setPlaceholderText(self.tr("An Excel workbook (.xlsx)"))
        browse = QPushButton(self.tr("&Browse…"))
        self.template_button = QPushButton(self.tr("Save an empty &template…"))
        self.check_button = QPushButton(self.tr("&Check"))
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        row.addWidget(self.check_button)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.lines = QListWidget()
        self.lines.setAccessibleName(self.tr("What the import creates or changes"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.template_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.lines, 1)
        layout.addWidget(self.buttons)
        browse.clicked.connect(self.browse)
        self.check_button.clicked.connect(self.check)
        self.template_button.clicked.connect(self.save_template)
        self.path.textChanged.connect(lambda _text: self._set_checked(None))
        self._set_checked(None)
        if path:
            self.check()

    def _set_checked(self, path: str | None) -> None:
        from ui.widgets import explain

        self._checked = path
        explain(self.import_button, path is not None, self.tr("Check the workbook first"))

    def browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import a logframe"), recent.last_folder(), self.tr("Excel workbooks (*.xlsx)")
        )
        if path:
            self.path.setText(path)
            self.check()

    def save_template(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save an empty logframe template"), str(Path.home() / "logframe-template.xlsx"),
            self.tr("Excel workbooks (*.xlsx)"),
        )  # fmt: skip
        if path:
            jobs.run(actions.write_template, Path(path), on_result=self._template_saved,
                     on_error=lambda exc: show_error(self, exc))  # fmt: skip

    def _template_saved(self, path) -> None:
        self.summary.setText(
            self.tr("Template saved: %1. Fill it in, then check it here.").replace("%1", str(path))
        )

    # ---------------------------------------------------------------- check, then import

    def check(self) -> None:
        """The dry run: every check of the import, nothing written; its plan or its problems shown."""
        path = self.path.text().strip()
        if not path:
            self.summary.setText(self.tr("Choose a workbook first."))
            return
        self.lines.clear()
        self.summary.setText(self.tr("Checking…"))
        request = actions.ImportLogframe(Path(path), dry_run=True)
        jobs.run(actions.import_logframe, self._db, request, on_result=lambda plan: self._planned(path, plan),
                 on_error=self._rejected, write_to=self._db)  # fmt: skip

    def _planned(self, path: str, plan) -> None:
        self.summary.setText(
            self.tr("Nothing is written until you press Import. %1").replace("%1", plan.summary())
        )
        self.lines.addItems(plan.lines)
        self._set_checked(path)

    def _rejected(self, exc: BaseException) -> None:
        self._set_checked(None)
        if isinstance(exc, actions.LogframeRejected):
            self.summary.setText(
                self.tr("%1 problem(s) to correct in the workbook; nothing was written:").replace(
                    "%1", str(len(exc.problems))
                )
            )
            self.lines.addItems(i18n.text_all(exc.problems))
            return
        problem = user_facing(exc)
        if problem is None:
            show_error(self, exc)
            return
        self.summary.setText(i18n.text(problem))

    def accept(self) -> None:
        if self._checked is None:
            return
        self.import_button.setEnabled(False)
        request = actions.ImportLogframe(Path(self._checked))
        jobs.run(
            actions.import_logframe,
            self._db,
            request,
            on_result=self._imported,
            on_error=self._rejected,
            write_to=self._db,
        )

    def _imported(self, plan) -> None:
        self.imported.emit(plan.project)
        super().accept()
