"""Duplicates review: candidate pairs with the reason, side by side, merge into either record."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from flare_monitor.actions import participants as actions
from flare_monitor.actions.participants import (
    DuplicatePair,
    ParticipantRow,
)
from ui import i18n, jobs, vocab
from ui.messages import confirm, show_error
from ui.models.participants import DuplicatesModel
from ui.widgets import compact_rows


class DuplicatesDialog(QDialog):
    merged = Signal()

    def __init__(self, db, parent: QWidget | None = None):
        super().__init__(parent)
        self._db = db
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

        compare = QGroupBox(self.tr("Side by side"))
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
        self.left: dict[str, QLabel] = {}
        self.right: dict[str, QLabel] = {}
        self.grid.addWidget(self._bold(self.tr("Record A (left)")), 0, 1)
        self.grid.addWidget(self._bold(self.tr("Record B (right)")), 0, 2)
        for row, (key, text) in enumerate(self.fields, start=1):
            self.grid.addWidget(QLabel(text), row, 0)
            for side, column in ((self.left, 1), (self.right, 2)):
                label = QLabel()
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                label.setWordWrap(True)
                side[key] = label
                self.grid.addWidget(label, row, column)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.grid.addWidget(self.reason, len(self.fields) + 1, 0, 1, 3)
        self.grid.setRowStretch(len(self.fields) + 2, 1)

        self.merge_left = QPushButton(self.tr("Merge into &left"))
        self.merge_right = QPushButton(self.tr("Merge into &right"))
        self.merge_left.setToolTip(self.tr("Keep record A; move B's attendance to it and delete B"))
        self.merge_right.setToolTip(self.tr("Keep record B; move A's attendance to it and delete A"))
        merge_row = QHBoxLayout()
        merge_row.addStretch(1)
        merge_row.addWidget(self.merge_left)
        merge_row.addWidget(self.merge_right)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(compare, 1)
        right_layout.addLayout(merge_row)

        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setSizes([460, 540])
        self.count = QLabel()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        self.resize(1100, 560)

        self.table.selectionModel().selectionChanged.connect(self._show_pair)
        self.merge_left.clicked.connect(lambda: self.merge(keep_left=True))
        self.merge_right.clicked.connect(lambda: self.merge(keep_left=False))
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
            "pairs", actions.find_duplicates, self._db, on_result=self._show_pairs, busy=self.table
        )

    def _show_pairs(self, pairs: list[DuplicatePair]) -> None:
        self.model.set_rows(pairs)
        self.table.resizeColumnsToContents()
        self.count.setText(self.tr("%Ln pairs of records may be the same person.", "", len(pairs)))
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

        explain(self.merge_left, pair is not None, self.tr("Select a pair in the list first"))
        explain(self.merge_right, pair is not None, self.tr("Select a pair in the list first"))
        if pair is None:
            for side in (self.left, self.right):
                for label in side.values():
                    label.clear()
            self.reason.clear()
            return
        first, second = self._values(pair.first), self._values(pair.second)
        for key, _text in self.fields:
            differs = first[key] != second[key]
            for side, values in ((self.left, first), (self.right, second)):
                side[key].setText(values[key])
                side[key].setStyleSheet("background: #fff3cd;" if differs else "")
        self.reason.setText(self.tr("Flagged because: %1").replace("%1", i18n.text(pair.reason)))

    def merge(self, keep_left: bool) -> None:
        pair = self.current_pair()
        if pair is None:
            return
        keep, other = (pair.first, pair.second) if keep_left else (pair.second, pair.first)
        question = self.tr(
            "Merge “%1” into “%2”?\n\nThe attendance of “%1” moves to “%2”, empty fields are filled from it, "
            "and “%1” is deleted. This cannot be undone."
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
            actions.MergeParticipants(keep.id, other.id),
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
