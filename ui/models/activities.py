"""Table models of the activity register and of a training's roster."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from flare_monitor.actions.activities import ActivityRow
from flare_monitor.actions.attendance import RosterRow
from flare_monitor.errors import UserError
from ui import i18n, vocab
from ui.formatting import format_date, format_decimal, format_editable, parse_number
from ui.models.table import SORT_ROLE, RowTableModel, SortedBySourceProxy


class ActivityTableModel(RowTableModel):
    COL_CODE, COL_COUNTRY, COL_TYPE, COL_STATUS, COL_START, COL_END, COL_PEOPLE, COL_TITLE = range(8)
    NUMERIC_COLUMNS = (COL_PEOPLE,)

    def headers(self) -> list[str]:
        return [
            self.tr("Code"),
            self.tr("Country"),
            self.tr("Type"),
            self.tr("Status"),
            self.tr("Start"),
            self.tr("End"),
            self.tr("Participants"),
            self.tr("Title"),
        ]

    def display(self, row: ActivityRow, column: int):
        if column == self.COL_CODE:
            return row.code
        if column == self.COL_COUNTRY:
            return row.country
        if column == self.COL_TYPE:
            return vocab.label(row.type)
        if column == self.COL_STATUS:
            return vocab.label(row.status)
        if column == self.COL_START:
            return format_date(row.start)
        if column == self.COL_END:
            return format_date(row.end)
        if column == self.COL_PEOPLE:
            return row.participants
        return row.title

    def sort_key(self, row: ActivityRow, column: int):
        if column == self.COL_START:
            return row.start.toordinal()
        if column == self.COL_END:
            return row.end.toordinal()
        if column == self.COL_PEOPLE:
            return row.participants
        return super().sort_key(row, column)

    def extra(self, row: ActivityRow, column: int, role: int):
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_TITLE:
            return row.title
        return None

    def find_code(self, code: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.code == code), -1)


class ActivityFilterProxy(SortedBySourceProxy):
    """Text (code or title, any case and script), type and status filters over the activity model."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._text = ""
        self._type: str | None = None
        self._status: str | None = None
        self.setSortRole(SORT_ROLE)

    def set_filters(self, text: str | None = None, type: str | None = "", status: str | None = "") -> None:
        """Arguments left at their default keep the current value; None clears type/status."""
        if text is not None:
            self._text = text.strip().casefold()
        if type != "":
            self._type = type
        if status != "":
            self._status = status
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        row: ActivityRow = self.sourceModel().row_at(source_row)
        if self._type and row.type != self._type:
            return False
        if self._status and row.status != self._status:
            return False
        if self._text:
            haystack = f"{row.code} {row.title} {row.venue or ''}".casefold()
            return self._text in haystack
        return True


class RosterModel(RowTableModel):
    """Who attended a training; days attended, completion and test scores editable inline.

    Edits stay in the model until the activity form is saved (``changed_rows``); ``checker(row)`` refuses
    a value the save would refuse (a score of 140, more days than the training lasted): the message goes
    out through ``errorOccurred`` and the cell keeps its value.
    """

    COL_NAME, COL_SEX, COL_ORG, COL_ROLE, COL_DAYS, COL_COMPLETED, COL_PRE, COL_POST = range(8)
    NUMERIC_COLUMNS = (COL_DAYS, COL_PRE, COL_POST)
    _EDITABLE = {COL_DAYS: "days_attended", COL_PRE: "pre_test_score", COL_POST: "post_test_score"}

    errorOccurred = Signal(str)
    edited = Signal()

    def __init__(self, checker: Callable[[RosterRow], None] | None = None, parent=None, *, editable=True):
        super().__init__(parent)
        self._checker = checker
        self._editable = editable
        self._loaded: dict = {}  # attendance id → the row as loaded (to send what the roster showed)

    def set_rows(self, rows, *, keep_loaded: bool = False) -> None:
        """The roster's rows; unless `keep_loaded`, they are also what is stored (nothing changed yet)."""
        super().set_rows(rows)
        if not keep_loaded:
            self._loaded = {r.attendance_id: r for r in rows if r.attendance_id is not None}

    def set_editable(self, editable: bool) -> None:
        """A locked period: the cells look and behave read-only before anyone types."""
        self._editable = editable
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def loaded(self, attendance_id) -> RosterRow | None:
        return self._loaded.get(attendance_id)

    def changed_rows(self) -> list[RosterRow]:
        """Rows loaded from the database whose values differ from what was loaded."""
        return [
            r for r in self._rows if r.attendance_id in self._loaded and r != self._loaded[r.attendance_id]
        ]

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Sex"),
            self.tr("Organization"),
            self.tr("Role"),
            self.tr("Days attended"),
            self.tr("Completed"),
            self.tr("Pre-test"),
            self.tr("Post-test"),
        ]

    @staticmethod
    def _number(value: float | None) -> str:
        return "" if value is None else format_decimal(value, 2)

    def cells(self, row: RosterRow):
        return [
            row.full_name,
            vocab.label(row.sex),
            row.organization or "",
            vocab.label(row.role),
            self._number(row.days_attended),
            "",
            self._number(row.pre_test_score),
            self._number(row.post_test_score),
        ]

    def sort_key(self, row: RosterRow, column: int):
        if column in self._EDITABLE:
            value = getattr(row, self._EDITABLE[column])
            return -1.0 if value is None else float(value)
        if column == self.COL_COMPLETED:
            return int(row.completed)
        return super().sort_key(row, column)

    def extra(self, row: RosterRow, column: int, role: int):
        if column == self.COL_COMPLETED and role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if row.completed else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.EditRole and column in self._EDITABLE:
            return format_editable(getattr(row, self._EDITABLE[column]))
        editable_cell = column in self._EDITABLE or column == self.COL_COMPLETED
        if role == Qt.ItemDataRole.BackgroundRole and editable_cell:
            return QBrush(QColor("#fffbe6" if self._editable else "#eeeeee"))
        if role == Qt.ItemDataRole.ForegroundRole and editable_cell and not self._editable:
            return QBrush(QColor("#777777"))
        return None

    def flags(self, index: QModelIndex):
        flags = super().flags(index)
        if not index.isValid() or not self._editable:
            return flags
        if index.column() in self._EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        if index.column() == self.COL_COMPLETED:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not self._editable:
            return False
        row = self._rows[index.row()]
        column = index.column()
        if column == self.COL_COMPLETED and role == Qt.ItemDataRole.CheckStateRole:
            changes = {"completed": Qt.CheckState(value) == Qt.CheckState.Checked}
        elif column in self._EDITABLE and role == Qt.ItemDataRole.EditRole:
            text = parse_number(str(value)) if value is not None else ""
            try:
                number = float(text) if text else None
            except ValueError:
                self.errorOccurred.emit(self.tr("“%1” is not a number").replace("%1", str(value).strip()))
                return False
            changes = {self._EDITABLE[column]: number}
        else:
            return False
        new_row = dataclasses.replace(row, **changes)
        if self._checker is not None:
            try:
                self._checker(new_row)
            except UserError as exc:
                self.errorOccurred.emit(i18n.text(exc))
                return False
        self.replace_row(index.row(), new_row)
        self.edited.emit()
        return True
