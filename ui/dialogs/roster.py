"""The Attendance tab of a training: roster with inline edits, add an existing participant, remove."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from flare_monitor.db.engine import Database
from flare_monitor.errors import UserError
from flare_monitor.services import attendance as attendance_service
from flare_monitor.services.attendance import AttendanceIn, RosterRow
from flare_monitor.services.participants import search_participants
from ui import vocab
from ui.dialogs.form import error_label
from ui.formatting import format_int
from ui.messages import confirm, show_error
from ui.models.activities import RosterModel
from ui.widgets import compact_rows


class RosterPanel(QWidget):
    changed = Signal()
    importRequested = Signal(str)

    def __init__(self, db: Database, activity_code: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._db, self.activity_code = db, activity_code
        self.model = RosterModel(self._update, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Roster"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().setVisible(False)
        compact_rows(self.table)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.error = error_label()
        self.summary = QLabel()
        hint = QLabel(self.tr("Double-click a yellow cell to edit days attended or test scores."))
        hint.setStyleSheet("color: palette(mid);")

        self.add_button = QPushButton(self.tr("&Add participant…"))
        self.remove_button = QPushButton(self.tr("&Remove from roster"))
        self.import_button = QPushButton(self.tr("&Import attendance sheet…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(hint)
        layout.addLayout(buttons)

        self.model.errorOccurred.connect(self._show_error)
        self.model.saved.connect(self._saved)
        self.add_button.clicked.connect(self.add_participant)
        self.remove_button.clicked.connect(self.remove_selected)
        self.import_button.clicked.connect(lambda: self.importRequested.emit(self.activity_code))
        self.reload()

    def reload(self) -> None:
        with self._db.session() as session:
            rows = attendance_service.roster(session, self.activity_code)
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in (RosterModel.COL_NAME, RosterModel.COL_ORG):
            header.resizeSection(column, min(header.sectionSize(column), 230))
        counts: dict[str, int] = {}
        for row in rows:
            if row.role == "participant":
                counts[row.sex] = counts.get(row.sex, 0) + 1
        parts = ", ".join(f"{vocab.label(sex)}: {format_int(n)}" for sex, n in sorted(counts.items()))
        self.summary.setText(
            self.tr("%1 on the roster (participants by sex — %2)")
            .replace("%1", format_int(len(rows)))
            .replace("%2", parts or self.tr("none"))
        )

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _saved(self) -> None:
        self.error.hide()
        self.changed.emit()

    def _update(self, row: RosterRow, changes: dict) -> RosterRow:
        values = {
            "role": row.role,
            "days_attended": row.days_attended,
            "completed": row.completed,
            "pre_test_score": row.pre_test_score,
            "post_test_score": row.post_test_score,
            "remarks": row.remarks,
        }
        shown = AttendanceIn(**values)  # a cell edit sends every field: refused if another one changed
        values.update(changes)
        with self._db.session() as session:
            saved = attendance_service.update_attendance(
                session, row.attendance_id, AttendanceIn(**values), seen=shown
            )
            fresh = {key: getattr(saved, key) for key in values if key != "role"}
        return dataclasses.replace(row, **fresh)

    def selected_row(self) -> RosterRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.row_at(indexes[0].row()) if indexes else None

    def add_participant(self) -> None:
        picker = ParticipantPicker(self._db, self)
        if picker.exec() != QDialog.DialogCode.Accepted or picker.selected_id is None:
            return
        try:
            with self._db.session() as session:
                attendance_service.add_attendance(session, self.activity_code, picker.selected_id)
        except UserError as exc:
            show_error(self, exc)
            return
        self.reload()
        self.changed.emit()

    def remove_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        question = self.tr(
            "Remove %1 from the roster of %2? Their days attended and test scores are deleted."
        )
        if not confirm(
            self,
            self.tr("Remove from roster"),
            question.replace("%1", row.full_name).replace("%2", self.activity_code),
        ):
            return
        try:
            with self._db.session() as session:
                attendance_service.remove_attendance(session, row.attendance_id)
        except UserError as exc:
            show_error(self, exc)
            return
        self.reload()
        self.changed.emit()


class ParticipantPicker(QDialog):
    """Find a person already in the register (search in any script) to add to a roster."""

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self.selected_id = None
        self.setWindowTitle(self.tr("Add participant"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name, phone or e-mail"))
        self.search.setAccessibleName(self.tr("Search participants"))
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Matching participants"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._search)
        self.results.itemDoubleClicked.connect(lambda _item: self.accept())
        self.resize(460, 380)
        self._search("")

    def _search(self, text: str) -> None:
        with self._db.session() as session:
            rows = search_participants(session, text, limit=50)
        self.results.clear()
        for row in rows:
            name = self.tr("(sensitive record)") if row.sensitive and not text else row.full_name
            item = QListWidgetItem(f"{name} — {row.organization or ''}")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def accept(self) -> None:
        item = self.results.currentItem()
        self.selected_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        super().accept()
