"""The Attendance tab of a training: roster with inline edits, add an existing participant, remove."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
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

from flare_monitor.actions import attendance as actions
from flare_monitor.actions import participants as participant_actions
from flare_monitor.actions.activities import RosterChanges, RosterEdit
from flare_monitor.actions.attendance import ActivityDates, AttendanceIn, RosterRow
from flare_monitor.actions.participants import ParticipantQuery, ParticipantRow
from ui import jobs, vocab
from ui.dialogs.form import error_label
from ui.formatting import format_int
from ui.messages import confirm
from ui.models.activities import RosterModel
from ui.table_tools import make_copyable, selected_rows
from ui.widgets import compact_rows


class RosterPanel(QWidget):
    """The roster of a training inside the activity form. Its changes (cell edits, people added or
    removed) are saved with the form, in the same unit of work, or dropped with Cancel."""

    changed = Signal()  # the roster differs from what is stored (the form has something to save)
    importRequested = Signal(str)
    pasted = Signal(str, str)  # activity code, a sheet of the rows pasted from Excel

    def __init__(
        self,
        db,
        activity_code: str | None,
        parent: QWidget | None = None,
        *,
        dates: Callable[[], ActivityDates] | None = None,
        locked: bool = False,
        countries: tuple[str, ...] = (),
        country: Callable[[], str | None] | None = None,
    ):
        super().__init__(parent)
        self._db, self.activity_code = db, activity_code
        self._dates = dates
        self._countries, self._country = countries, country
        self._removed: dict = {}  # attendance id → the row removed (saved with the form)
        self.loads = jobs.Loads(self)
        self.model = RosterModel(self._check, self, editable=not locked)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Roster"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().setVisible(False)
        compact_rows(self.table)
        make_copyable(self.table)  # several people at once: copied (Ctrl+C) or removed together
        self.table.horizontalHeader().setStretchLastSection(True)
        self.error = error_label()
        self.summary = QLabel()
        self.hint = QLabel(
            self.tr("This period is locked: the roster cannot be changed.")
            if locked
            else self.tr(
                "Double-click a yellow cell to edit days attended or test scores; Save keeps the changes."
            )
        )
        self.hint.setStyleSheet("color: palette(dark);")

        self.add_button = QPushButton(self.tr("&Add participant…"))
        self.new_person_button = QPushButton(self.tr("&New participant…"))
        self.new_person_button.setToolTip(
            self.tr("Someone not in the register yet: enter them, then they join the roster")
        )
        self.remove_button = QPushButton(self.tr("&Remove from roster"))
        self.import_button = QPushButton(self.tr("&Import attendance sheet…"))
        from ui.widgets import explain

        for button in (self.add_button, self.new_person_button, self.remove_button):
            explain(button, not locked, self.tr("The period of this activity is locked (Results page)"))
        self.import_button.setEnabled(not locked and activity_code is not None)
        if activity_code is None:
            self.import_button.setToolTip(self.tr("Save the activity first, then import its sheet"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.new_person_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)

        self.model.errorOccurred.connect(self.show_message)
        self.model.edited.connect(self._edited)
        self.add_button.clicked.connect(self.add_participant)
        self.new_person_button.clicked.connect(self.new_participant)
        self.remove_button.clicked.connect(self.remove_selected)
        self.import_button.clicked.connect(self.import_sheet)
        paste = QShortcut(QKeySequence.StandardKey.Paste, self.table, self.paste_rows)
        paste.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.reload()

    def _unsaved_first(self) -> bool:
        """True (and why, beside the roster) when edits in the roster are not saved yet: an import writes
        at once and the roster then shows what is stored, so those edits would be lost."""
        if not self.is_dirty():
            return False
        self.show_message(
            self.tr("Save the changes to the roster first: an imported sheet is written at once.")
        )
        return True

    def import_sheet(self) -> None:
        if not self._unsaved_first():
            self.importRequested.emit(self.activity_code)

    def paste_rows(self) -> None:
        """Rows copied from Excel (a heading row, then one person a row) go through the import wizard:
        previewed, matched against the register, added all together or not at all."""
        from PySide6.QtGui import QGuiApplication

        from ui.pasted import pasted_sheet

        if self.activity_code is None:
            self.show_message(self.tr("Save the activity first, then paste its participants."))
            return
        if self._unsaved_first():
            return
        sheet = pasted_sheet(QGuiApplication.clipboard().text())
        if sheet is None:
            self.show_message(
                self.tr(
                    "Copy the rows from Excel with their heading row (name, sex, organization…), then paste."
                )
            )
            return
        self.pasted.emit(self.activity_code, str(sheet))

    def reload(self) -> None:
        """The roster as stored (pending changes are dropped)."""
        self._removed.clear()
        if self.activity_code is None:
            self._show([])
            return
        self.loads.load(
            "roster", actions.roster, self._db, self.activity_code, on_result=self._show, busy=self.table
        )

    def _show(self, rows: list[RosterRow]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in (RosterModel.COL_NAME, RosterModel.COL_ORG):
            header.resizeSection(column, min(header.sectionSize(column), 230))
        self._summarize()

    def _summarize(self) -> None:
        rows = self.model.rows()
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

    def _check(self, row: RosterRow) -> None:
        if self._dates is not None:
            actions.check_attendance(self._dates(), _attendance_in(row))

    def show_message(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _edited(self) -> None:
        self.error.hide()
        self.changed.emit()

    # ---------------------------------------------------------------- what the form saves

    def is_dirty(self) -> bool:
        return bool(self.changes())

    def changes(self) -> RosterChanges:
        rows = self.model.rows()
        return RosterChanges(
            add=tuple((r.participant_id, _attendance_in(r)) for r in rows if r.attendance_id is None),
            edit=tuple(
                RosterEdit(
                    r.attendance_id, _attendance_in(r), _attendance_in(self.model.loaded(r.attendance_id))
                )
                for r in self.model.changed_rows()
            ),
            remove=tuple(self._removed),
        )

    # ---------------------------------------------------------------- people

    def selected_row(self) -> RosterRow | None:
        """The one person selected (None when none or several are)."""
        chosen = self.selected_rows()
        return chosen[0] if len(chosen) == 1 else None

    def selected_rows(self) -> list[RosterRow]:
        return [self.model.row_at(number) for number in selected_rows(self.table)]

    def add_participant(self) -> None:
        picker = ParticipantPicker(self._db, self)
        if picker.exec() != QDialog.DialogCode.Accepted or picker.selected is None:
            return
        self.add_person(picker.selected)

    def new_participant(self) -> None:
        """Enter someone new in the register; they join this roster (saved with the activity)."""
        from ui.dialogs.participant_form import ParticipantDialog

        country = self._country() if self._country else None
        dialog = ParticipantDialog(self._db, None, self._countries, country, self)
        dialog.savedRow.connect(self.add_person)
        dialog.exec()

    def add_person(self, person: ParticipantRow) -> None:
        if any(r.participant_id == person.id for r in self.model.rows()):
            self.show_message(self.tr("%1 is already on the roster").replace("%1", person.full_name))
            return
        rows = self.model.rows()
        back = next((r for r in self._removed.values() if r.participant_id == person.id), None)
        if back is not None:  # removed, then added again: the stored record stays as it was
            del self._removed[back.attendance_id]
            rows.append(back)
        else:
            rows.append(
                RosterRow(
                    attendance_id=None,
                    participant_id=person.id,
                    full_name=person.full_name,
                    sex=person.sex,
                    organization=person.organization,
                    position=person.position,
                    role="participant",
                    days_attended=None,
                    completed=True,
                    pre_test_score=None,
                    post_test_score=None,
                )
            )
        self._set_rows_keeping_loaded(rows)

    def remove_selected(self) -> None:
        """Take the selected people (one or several) off the roster; saved with the form."""
        chosen = self.selected_rows()
        if not chosen:
            return
        activity = self.activity_code or self.tr("this activity")
        if len(chosen) == 1:
            question = self.tr(
                "Remove %1 from the roster of %2? Their days attended and test scores are deleted when you "
                "save."
            ).replace("%1", chosen[0].full_name)
        else:
            question = self.tr(
                "Remove these %Ln people from the roster of %2? Their days attended and test scores are "
                "deleted when you save.",
                "",
                len(chosen),
            )
        if not confirm(self, self.tr("Remove from roster"), question.replace("%2", activity)):
            return
        for row in chosen:
            if row.attendance_id is not None:
                self._removed[row.attendance_id] = self.model.loaded(row.attendance_id) or row
        self._set_rows_keeping_loaded([r for r in self.model.rows() if all(r is not c for c in chosen)])

    def _set_rows_keeping_loaded(self, rows: list[RosterRow]) -> None:
        self.model.set_rows(rows, keep_loaded=True)
        self._summarize()
        self.changed.emit()


def _attendance_in(row: RosterRow) -> AttendanceIn:
    return AttendanceIn(
        role=row.role,
        days_attended=row.days_attended,
        completed=row.completed,
        pre_test_score=row.pre_test_score,
        post_test_score=row.post_test_score,
        remarks=row.remarks,
    )


class ParticipantPicker(QDialog):
    """Find a person already in the register (search in any script) to add to a roster."""

    def __init__(self, db, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
        self.selected: ParticipantRow | None = None
        self.loads = jobs.Loads(self)
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
        query = ParticipantQuery(text=text, limit=50)
        self.loads.load(
            "results",
            participant_actions.search_participants,
            self._db,
            query,
            on_result=lambda rows: self._show(rows, text),
            busy=self.results,
        )

    def _show(self, rows: list[ParticipantRow], text: str) -> None:
        self.results.clear()
        for row in rows:
            name = self.tr("(sensitive record)") if row.sensitive and not text else row.full_name
            item = QListWidgetItem(f"{name} — {row.organization or ''}")
            item.setData(Qt.ItemDataRole.UserRole, row)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def accept(self) -> None:
        item = self.results.currentItem()
        self.selected = item.data(Qt.ItemDataRole.UserRole) if item else None
        super().accept()
