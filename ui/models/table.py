"""Base of the list models: rows of plain dataclasses, COL_* constants, a sort role, reset brackets."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the row object behind a line
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class RowTableModel(QAbstractTableModel):
    """Subclasses define ``headers()`` and ``display(row, column)``; ``sort_key`` defaults to display."""

    NUMERIC_COLUMNS: tuple[int, ...] = ()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[Any] = []
        self._headers = self.headers()

    def headers(self) -> list[str]:
        raise NotImplementedError

    def display(self, row: Any, column: int) -> Any:
        raise NotImplementedError

    def sort_key(self, row: Any, column: int) -> Any:
        value = self.display(row, column)
        return value.casefold() if isinstance(value, str) else value

    def extra(self, row: Any, column: int, role: int) -> Any:
        """Other roles (colours, tooltips, icons) for subclasses."""
        return None

    # ---------------------------------------------------------------- rows

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def replace_row(self, row: int, value: Any) -> None:
        self._rows[row] = value
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    # ---------------------------------------------------------------- Qt API

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
            if role == Qt.ItemDataRole.TextAlignmentRole and section in self.NUMERIC_COLUMNS:
                return RIGHT
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.display(row, column)
            return "" if value is None else str(value)
        if role == SORT_ROLE:
            value = self.sort_key(row, column)
            return "" if value is None else value
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMERIC_COLUMNS:
            return RIGHT
        return self.extra(row, column, role)
