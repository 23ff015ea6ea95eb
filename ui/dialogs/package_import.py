"""Import package dialog: check a package, see what it would change, import it, resolve conflicts.

Checking and importing run in a worker (the package is verified and planned off the GUI thread).
The conflicts table lists the conflicts waiting in this database (from this package or earlier ones,
also those left by the command line); the selected one is shown field by field, both versions side by
side, with Keep mine / Take theirs for it or for all of them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from flare_monitor.actions import packages as actions
from flare_monitor.actions.packages import PACKAGE_SUFFIX as SUFFIX
from flare_monitor.actions.packages import ConflictRow, ImportSummary
from ui import jobs
from ui.dialogs.package_models import ConflictsModel, FieldsModel
from ui.formatting import format_datetime, format_int
from ui.messages import confirm, show_error
from ui.table_tools import current_selected_row, make_copyable, selected_rows
from ui.widgets import WorkPanel, compact_rows


class ImportPackageDialog(QDialog):
    imported = Signal()  # records changed: pages reload

    def __init__(self, db, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self.loads = jobs.Loads(self)
        self.summary: ImportSummary | None = None
        self.setWindowTitle(self.tr("Import package"))

        # ---- the file
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Package file"))
        self.path.setPlaceholderText(self.tr("A package (%1) from another office").replace("%1", SUFFIX))
        choose = QPushButton(self.tr("&Choose…"))
        self.check_button = QPushButton(self.tr("C&heck"))
        self.check_button.setToolTip(self.tr("Verify the package and show what importing it would change"))
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("Package:")))
        file_row.addWidget(self.path, 1)
        file_row.addWidget(choose)
        file_row.addWidget(self.check_button)

        # ---- what it holds and what it would change
        plan = QGroupBox(self.tr("What the package changes"))
        grid = QGridLayout(plan)
        self.origin = QLabel(self.tr("Choose a package and press Check."))
        self.origin.setWordWrap(True)
        grid.addWidget(self.origin, 0, 0, 1, 4)
        self.counts: dict[str, QLabel] = {}
        kinds = (
            ("add", self.tr("New records"), self.tr("not in this database yet")),
            ("update", self.tr("Updated"), self.tr("changed only at the other office")),
            ("unchanged", self.tr("Unchanged"), self.tr("the same on both sides")),
            ("kept", self.tr("Kept as here"), self.tr("changed only here since the last exchange")),
            ("conflict", self.tr("Conflicts"), self.tr("changed on both sides: you choose below")),
            ("skipped", self.tr("Skipped"), self.tr("in a period locked here, or deleted here")),
        )
        for row, (key, text, meaning) in enumerate(kinds, start=1):
            number = QLabel("—")
            number.setAccessibleName(text)
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            number.setMinimumWidth(number.fontMetrics().horizontalAdvance("0000000"))
            self.counts[key] = number
            grid.addWidget(QLabel(text), row, 0)
            grid.addWidget(number, row, 1)
            hint = QLabel(meaning)
            hint.setStyleSheet("color: palette(dark);")
            grid.addWidget(hint, row, 2)
        grid.setColumnStretch(2, 1)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setEnabled(False)
        self.import_button.setDefault(True)
        grid.addWidget(self.import_button, len(kinds) + 1, 3)
        self.work = WorkPanel()

        # ---- conflicts
        conflicts = QGroupBox(self.tr("Conflicts waiting for a choice"))
        self.conflicts = ConflictsModel(self)
        self.conflict_table = QTableView()
        self.conflict_table.setModel(self.conflicts)
        self.conflict_table.setAccessibleName(self.tr("Conflicts"))
        self.conflict_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflict_table.verticalHeader().setVisible(False)
        self.conflict_table.horizontalHeader().setStretchLastSection(True)
        compact_rows(self.conflict_table)
        make_copyable(self.conflict_table)  # Keep mine / Take theirs act on every selected conflict
        self.fields = FieldsModel(self)
        self.field_table = QTableView()
        self.field_table.setModel(self.fields)
        self.field_table.setAccessibleName(self.tr("Both versions, field by field"))
        self.field_table.verticalHeader().setVisible(False)
        header = self.field_table.horizontalHeader()
        header.setSectionResizeMode(FieldsModel.COL_FIELD, QHeaderView.ResizeMode.ResizeToContents)
        for column in (FieldsModel.COL_MINE, FieldsModel.COL_THEIRS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.field_table.setWordWrap(True)
        make_copyable(self.field_table)
        splitter = QSplitter()
        splitter.addWidget(self.conflict_table)
        splitter.addWidget(self.field_table)
        splitter.setSizes([460, 540])
        self.keep_button = QPushButton(self.tr("&Keep mine"))
        self.keep_button.setToolTip(self.tr("Keep this database's version of the selected records"))
        self.take_button = QPushButton(self.tr("&Take theirs"))
        self.take_button.setToolTip(
            self.tr("Replace this database's version of the selected records by the other office's")
        )
        self.keep_all_button = QPushButton(self.tr("Keep mine for &all"))
        self.take_all_button = QPushButton(self.tr("Take theirs for a&ll"))
        self.conflict_note = QLabel()
        self.conflict_note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.conflict_note, 1)
        for button in (self.keep_button, self.take_button, self.keep_all_button, self.take_all_button):
            buttons.addWidget(button)
        conflict_layout = QVBoxLayout(conflicts)
        conflict_layout.addWidget(splitter, 1)
        conflict_layout.addLayout(buttons)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(plan)
        layout.addWidget(self.work)
        layout.addWidget(conflicts, 1)
        layout.addWidget(close)
        self.resize(1150, 760)

        choose.clicked.connect(self.choose)
        self.check_button.clicked.connect(self.check)
        self.import_button.clicked.connect(self.run_import)
        self.path.textChanged.connect(self._path_changed)
        self.conflict_table.selectionModel().selectionChanged.connect(self._show_conflict)
        self.keep_button.clicked.connect(lambda: self.resolve("keep_mine"))
        self.take_button.clicked.connect(lambda: self.resolve("take_theirs"))
        self.keep_all_button.clicked.connect(lambda: self.resolve("keep_mine", every=True))
        self.take_all_button.clicked.connect(lambda: self.resolve("take_theirs", every=True))
        self.load_pending()

    # ---------------------------------------------------------------- file and check

    def choose(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import package"),
            self.path.text(),
            self.tr("Exchange packages (*%1);;All files (*)").replace("%1", SUFFIX),
        )
        if path:
            self.path.setText(path)
            self.check()

    def _path_changed(self) -> None:
        self.summary = None
        self.import_button.setEnabled(False)

    def _file(self) -> Path | None:
        text = self.path.text().strip()
        return Path(text) if text else None

    def _busy(self, busy: bool) -> None:
        for widget in (self.check_button, self.path):
            widget.setEnabled(not busy)
        if busy:
            self.import_button.setEnabled(False)

    def check(self) -> None:
        path = self._file()
        if path is None:
            return
        self._busy(True)
        self.work.run(
            self.tr("Checking the package…"),
            actions.check_package,
            self._db,
            path,
            on_result=self._checked,
            on_error=self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.origin.setText(self.tr("The package cannot be imported; nothing was changed."))
        show_error(self, exc)

    def _show_counts(self, summary: ImportSummary) -> None:
        for key, label in self.counts.items():
            label.setText(format_int(summary.counts.get(key, 0)) if summary.counts else "—")

    def _origin_text(self, summary: ImportSummary) -> str:
        scope = summary.project + (f" / {summary.country}" if summary.country else "")
        privacy = self.tr("with personal data") if summary.personal_data else self.tr("pseudonymised")
        text = (
            self.tr("%1, package no. %2 from database %3, written %4 UTC by %5 (%6).")
            .replace("%1", scope)
            .replace("%2", str(summary.sequence))
            .replace("%3", str(summary.source)[:8])
            .replace("%4", format_datetime(summary.written_at))
            .replace("%5", summary.written_by)
            .replace("%6", privacy)
        )
        if summary.already_imported is not None:
            text += " " + self.tr("It was imported on %1 UTC: importing it again changes nothing.").replace(
                "%1", format_datetime(summary.already_imported)
            )
        return text

    def _checked(self, summary: ImportSummary) -> None:
        self._busy(False)
        self.summary = summary
        self.origin.setText(self._origin_text(summary))
        self._show_counts(summary)
        self.import_button.setEnabled(summary.already_imported is None)
        if summary.conflicts:  # what the import would leave, shown before anything is written
            self._set_conflicts(summary.conflicts)
            self.conflict_note.setText(
                self.tr("Import first: these conflicts are then kept here and you choose for each.")
            )
            self._enable_choices()

    # ---------------------------------------------------------------- import

    def run_import(self) -> None:
        path = self._file()
        if path is None or self.summary is None:
            return
        self._busy(True)
        self.work.run(
            self.tr("Importing the package…"),
            actions.import_package,
            self._db,
            path,
            on_result=self._imported,
            on_error=self._failed,
            write_to=self._db,
        )

    def _imported(self, summary: ImportSummary) -> None:
        self._busy(False)
        self.summary = summary
        self.import_button.setEnabled(False)
        self._show_counts(summary)
        self.origin.setText(
            self._origin_text(summary) + " " + (self.tr("Imported.") if summary.applied else "")
        )
        self.load_pending()
        if summary.applied:
            self.imported.emit()

    # ---------------------------------------------------------------- conflicts

    def load_pending(self) -> None:
        self.loads.load("conflicts", actions.conflicts, self._db, on_result=self._pending)

    def _pending(self, rows: list[ConflictRow]) -> None:
        self._set_conflicts(rows)
        if rows:
            self.conflict_note.setText(
                self.tr("Conflicts waiting for your choice: %1").replace("%1", format_int(len(rows)))
            )
        else:
            self.fields.set_rows([])
            self.conflict_note.setText(self.tr("No conflicts wait for a choice."))
        self._enable_choices()

    def _set_conflicts(self, rows: list[ConflictRow]) -> None:
        self.conflicts.set_rows(rows)
        self.conflict_table.resizeColumnsToContents()
        for column in range(self.conflicts.columnCount()):  # long titles must not push the rest away
            self.conflict_table.setColumnWidth(column, min(self.conflict_table.columnWidth(column), 280))
        if rows:
            self.conflict_table.selectRow(0)

    def current_conflict(self) -> ConflictRow | None:
        """The conflict whose fields are shown: the current row (of those selected)."""
        row = current_selected_row(self.conflict_table)
        return self.conflicts.row_at(row) if row is not None else None

    def selected_conflicts(self) -> list[ConflictRow]:
        """The selected conflicts that wait for a choice (Keep mine / Take theirs act on all of them)."""
        rows = [self.conflicts.row_at(r) for r in selected_rows(self.conflict_table)]
        return [row for row in rows if row.id is not None]

    def _show_conflict(self, *_args) -> None:
        conflict = self.current_conflict()
        # The fields that differ first: they are what the choice is about.
        fields = sorted(conflict.fields, key=lambda f: not f.differs) if conflict else []
        self.fields.set_rows(fields)
        self.field_table.resizeRowsToContents()
        self._enable_choices()

    def _enable_choices(self) -> None:
        stored = [row for row in self.conflicts.rows() if row.id is not None]
        chosen = self.selected_conflicts()
        for button in (self.keep_button, self.take_button):
            button.setEnabled(bool(chosen))
        for button in (self.keep_all_button, self.take_all_button):
            button.setEnabled(bool(stored))

    def resolve(self, choice: str, every: bool = False) -> None:
        chosen = self.selected_conflicts()
        if not every and not chosen:
            return
        if every:
            count = len([row for row in self.conflicts.rows() if row.id is not None])
            question = (
                self.tr("Keep this database's version of all %Ln records?", "", count)
                if choice == "keep_mine"
                else self.tr("Take the other office's version of all %Ln records?", "", count)
            )
            if not confirm(self, self.tr("Resolve all conflicts"), question):
                return

        def resolved(_count: int) -> None:
            if choice == "take_theirs":
                self.imported.emit()
            self.load_pending()

        request = actions.ResolveConflicts(choice, None if every else tuple(row.id for row in chosen))
        # A locked period, a record refused by the database: said in a message, and the dialog goes on.
        jobs.run(
            actions.resolve,
            self._db,
            request,
            on_result=resolved,
            on_error=lambda exc: show_error(self, exc),
            write_to=self._db,
        )
