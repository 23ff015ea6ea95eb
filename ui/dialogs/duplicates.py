"""Duplicates review: candidate pairs of the chosen country, side by side with the activities each record
attended; for each field, which value the merged person keeps; what the merge would change in the
indicator figures; merge into either record, or remember that they are not the same person."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from flare_monitor.actions import participants as actions
from flare_monitor.actions.participants import DuplicatePair, ParticipantRow
from ui import i18n, jobs, vocab
from ui.formatting import format_date
from ui.key_figures import format_number
from ui.messages import confirm, show_error
from ui.models.participants import DuplicatesModel
from ui.widgets import compact_rows

# Fields shown side by side → the field a merge may take from the other record (None: not a choice).
_CHOICES = {
    "name": "full_name",
    "sex": "sex",
    "organization": "organization_id",
    "position": "position",
    "country": "country_code",
    "phone": "phone",
    "email": "email",
    "sensitive": None,  # a victim's record stays protected whichever record is kept
}


class DuplicatesDialog(QDialog):
    merged = Signal()

    def __init__(self, db, parent: QWidget | None = None, country: str | None = None):
        super().__init__(parent)
        self._db = db
        self.country = country
        self.loads = jobs.Loads(self)
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.model = DuplicatesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Candidate pairs"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        compact_rows(self.table)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)

        compare = QGroupBox(self.tr("Side by side: choose the value the merged person keeps"))
        self.grid = QGridLayout(compare)
        self.fields = [
            ("name", self.tr("Name")),
            ("sex", self.tr("Sex")),
            ("organization", self.tr("Organization")),
            ("position", self.tr("Position")),
            ("country", self.tr("Country")),
            ("phone", self.tr("Phone")),
            ("email", self.tr("E-mail")),
            ("sensitive", self.tr("Sensitive")),
        ]
        self.left: dict[str, QRadioButton | QLabel] = {}
        self.right: dict[str, QRadioButton | QLabel] = {}
        self.choices: dict[str, QButtonGroup] = {}
        self.grid.addWidget(self._bold(self.tr("Record A (left)")), 0, 1)
        self.grid.addWidget(self._bold(self.tr("Record B (right)")), 0, 2)
        for row, (key, text) in enumerate(self.fields, start=1):
            self.grid.addWidget(QLabel(text), row, 0)
            if _CHOICES[key] is None:
                for side, column in ((self.left, 1), (self.right, 2)):
                    label = QLabel()
                    label.setWordWrap(True)
                    side[key] = label
                    self.grid.addWidget(label, row, column)
                continue
            group = QButtonGroup(self)
            for side, column, number in ((self.left, 1, 0), (self.right, 2, 1)):
                button = QRadioButton()
                button.setAccessibleName(f"{text} {'A' if number == 0 else 'B'}")
                group.addButton(button, number)
                side[key] = button
                self.grid.addWidget(button, row, column)
            self.choices[key] = group
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.grid.addWidget(self.reason, len(self.fields) + 1, 0, 1, 3)

        attended = QGroupBox(self.tr("Activities attended"))
        attended_layout = QHBoxLayout(attended)
        self.left_activities = QListWidget()
        self.right_activities = QListWidget()
        self.left_activities.setAccessibleName(self.tr("Activities attended by record A"))
        self.right_activities.setAccessibleName(self.tr("Activities attended by record B"))
        attended_layout.addWidget(self.left_activities)
        attended_layout.addWidget(self.right_activities)

        self.changes = QListWidget()
        self.changes.setAccessibleName(self.tr("Figures the merge changes"))
        self.changes_label = QLabel(self.tr("Preview the merge to see which indicator figures it changes."))
        self.changes_label.setWordWrap(True)
        preview_box = QGroupBox(self.tr("What the merge changes"))
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.addWidget(self.changes_label)
        preview_layout.addWidget(self.changes, 1)

        self.distinct_button = QPushButton(self.tr("&Not the same person"))
        self.distinct_button.setToolTip(self.tr("Remember that these two records are different people"))
        self.preview_button = QPushButton(self.tr("Pre&view the merge"))
        self.merge_left = QPushButton(self.tr("Merge into &left"))
        self.merge_right = QPushButton(self.tr("Merge into &right"))
        self.merge_left.setToolTip(self.tr("Keep record A; move B's attendance to it and delete B"))
        self.merge_right.setToolTip(self.tr("Keep record B; move A's attendance to it and delete A"))
        merge_row = QHBoxLayout()
        merge_row.addWidget(self.distinct_button)
        merge_row.addStretch(1)
        merge_row.addWidget(self.preview_button)
        merge_row.addWidget(self.merge_left)
        merge_row.addWidget(self.merge_right)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(compare)
        right_layout.addWidget(attended, 1)
        right_layout.addWidget(preview_box, 1)
        right_layout.addLayout(merge_row)

        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setSizes([420, 680])
        self.count = QLabel()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        self.resize(1180, 720)

        self.table.selectionModel().selectionChanged.connect(self._show_pair)
        self.merge_left.clicked.connect(lambda: self.merge(keep_left=True))
        self.merge_right.clicked.connect(lambda: self.merge(keep_left=False))
        self.distinct_button.clicked.connect(self.not_the_same)
        self.preview_button.clicked.connect(self.preview)
        for group in self.choices.values():
            group.idClicked.connect(lambda _id: self._clear_preview())
        self.reload()

    @staticmethod
    def _bold(text: str) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def reload(self) -> None:
        self.loads.load(
            "pairs",
            actions.find_duplicates,
            self._db,
            self.country,
            on_result=self._show_pairs,
            busy=self.table,
        )

    def _show_pairs(self, pairs: list[DuplicatePair]) -> None:
        self.model.set_rows(pairs)
        self.table.resizeColumnsToContents()
        where = vocab.country_label(self.country) if self.country else self.tr("all countries")
        text = self.tr("%Ln pairs of records may be the same person (%1).", "", len(pairs))
        self.count.setText(text.replace("%1", where))
        if pairs:
            self.table.selectRow(0)
        else:
            self._show_pair()

    def current_pair(self) -> DuplicatePair | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _values(self, row: ParticipantRow) -> dict[str, str]:
        return {
            "name": row.full_name,
            "sex": vocab.label(row.sex),
            "organization": row.organization or "—",
            "position": row.position or "—",
            "country": row.country or "—",
            "phone": row.phone or "—",
            "email": row.email or "—",
            "sensitive": self.tr("yes") if row.sensitive else self.tr("no"),
        }

    def _show_pair(self, *_args) -> None:
        pair = self.current_pair()
        from ui.widgets import explain

        for button in (self.merge_left, self.merge_right, self.distinct_button, self.preview_button):
            explain(button, pair is not None, self.tr("Select a pair in the list first"))
        self.left_activities.clear()
        self.right_activities.clear()
        self._clear_preview()
        if pair is None:
            for side in (self.left, self.right):
                for widget in side.values():
                    widget.setText("")
            self.reason.clear()
            return
        first, second = self._values(pair.first), self._values(pair.second)
        for key, _text in self.fields:
            differs = first[key] != second[key]
            for side, values in ((self.left, first), (self.right, second)):
                side[key].setText(values[key])
                side[key].setStyleSheet("background: #fff3cd;" if differs else "")
            if key in self.choices:
                # A blank never wins over a value; otherwise record A's, until the user chooses.
                take_right = first[key] == "—" and second[key] != "—"
                self.choices[key].button(1 if take_right else 0).setChecked(True)
        self.reason.setText(self.tr("Flagged because: %1").replace("%1", i18n.text(pair.reason)))
        self.loads.load(
            "attended",
            actions.duplicate_detail,
            self._db,
            actions.PairQuery(pair.first.id, pair.second.id),
            on_result=self._show_attended,
            busy=self.left_activities,
        )

    def _show_attended(self, detail) -> None:
        for widget, rows in ((self.left_activities, detail.first), (self.right_activities, detail.second)):
            widget.clear()
            for row in rows:
                where = vocab.country_label(row.country)
                kind, role = vocab.label(row.type).lower(), vocab.label(row.role).lower()
                widget.addItem(
                    f"{format_date(row.start)}  {row.code} — {row.title} ({where}, {kind}, {role})"
                )
            if not rows:
                widget.addItem(self.tr("No activity attended"))

    def taken(self, keep_left: bool) -> tuple[str, ...]:
        """The fields whose value comes from the record that is merged away."""
        other_side = 1 if keep_left else 0
        return tuple(_CHOICES[key] for key, group in self.choices.items() if group.checkedId() == other_side)

    def _request(self, keep_left: bool) -> actions.MergeParticipants | None:
        pair = self.current_pair()
        if pair is None:
            return None
        keep, other = (pair.first, pair.second) if keep_left else (pair.second, pair.first)
        return actions.MergeParticipants(keep.id, other.id, self.taken(keep_left))

    # ---------------------------------------------------------------- preview

    def _clear_preview(self) -> None:
        self.changes.clear()
        self.changes_label.setText(self.tr("Preview the merge to see which indicator figures it changes."))

    def preview(self) -> None:
        request = self._request(keep_left=True)
        if request is None:
            return
        self.changes_label.setText(self.tr("Counting…"))
        self.loads.load(
            "preview",
            actions.preview_merge,
            self._db,
            request,
            on_result=self._show_preview,
            busy=self.changes,
        )

    def _show_preview(self, changes) -> None:
        self.changes.clear()
        if not changes:
            self.changes_label.setText(self.tr("The merge changes no indicator figure."))
            return
        self.changes_label.setText(self.tr("The merge changes %Ln figures:", "", len(changes)))
        for change in changes:
            where = vocab.country_label(change.country) if change.country else self.tr("all countries")
            period, measure = vocab.period_label(change.period), self._measure(change.measure)
            line = f"{period} {change.indicator} ({where}), {measure}: "
            line += f"{format_number(change.before)} → {format_number(change.after)}"
            if change.locked:
                line += " — " + self.tr("locked: the submitted figure stays; the change shows as drift")
            self.changes.addItem(line)

    def _measure(self, measure: str) -> str:
        base, _, sex = measure.partition(" ")
        words = {"actual": self.tr("in the period"), "cumulative": self.tr("cumulative")}
        return words.get(base, base) + (f", {vocab.label(sex).lower()}" if sex else "")

    # ---------------------------------------------------------------- decisions

    def not_the_same(self) -> None:
        pair = self.current_pair()
        if pair is None:
            return
        question = self.tr(
            "Remember that “%1” and “%2” are different people? They will not be proposed again."
        )
        if not confirm(
            self,
            self.tr("Not the same person"),
            question.replace("%1", pair.first.full_name).replace("%2", pair.second.full_name),
        ):
            return
        jobs.run(
            actions.mark_distinct,
            self._db,
            actions.PairQuery(pair.first.id, pair.second.id),
            on_result=lambda _r: self.reload(),
            on_error=self._refused,
            write_to=self._db,
        )

    def merge(self, keep_left: bool) -> None:
        pair = self.current_pair()
        request = self._request(keep_left)
        if pair is None or request is None:
            return
        keep, other = (pair.first, pair.second) if keep_left else (pair.second, pair.first)
        question = self.tr(
            "Merge “%1” into “%2”?\n\nThe attendance of “%1” moves to “%2”, the values chosen above are "
            "kept, and “%1” is deleted. This cannot be undone."
        )
        if not confirm(
            self,
            self.tr("Merge participants"),
            question.replace("%1", other.full_name).replace("%2", keep.full_name),
        ):
            return
        for button in (self.merge_left, self.merge_right):
            button.setEnabled(False)
        jobs.run(
            actions.merge_participants,  # backs up the database file first
            self._db,
            request,
            on_result=self._merged,
            on_error=self._refused,
            write_to=self._db,
            undo_label=self.tr("Merge “%1” into “%2”")
            .replace("%1", other.full_name)
            .replace("%2", keep.full_name),
        )

    def _refused(self, exc: BaseException) -> None:
        self._show_pair()
        show_error(self, exc)

    def _merged(self, _result) -> None:
        self.merged.emit()
        self.reload()
