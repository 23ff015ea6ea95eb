"""Base of the list models: rows of plain dataclasses, COL_* constants, a sort role, reset brackets."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QSortFilterProxyModel, Qt

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the row object behind a line
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class OneCallPerCell:
    """A model that answers every role a view asks of one cell in one call into Python (Qt's `multiData`)
    instead of one call per role. A call into Python from the painting GUI thread must take the
    interpreter lock, and while a worker runs Python each take waits: ten roles a cell made a table's
    repaint during a worker's run up to ten times longer."""

    def multiData(self, index: QModelIndex, roles) -> None:  # noqa: N802 - Qt API
        for role_data in roles:
            role_data.setData(self.data(index, role_data.role()))


class ProxyOneCallPerCell:
    """A proxy that passes a cell's roles to its source in one call when the source answers them so."""

    def multiData(self, index: QModelIndex, roles) -> None:  # noqa: N802 - Qt API
        source = self.sourceModel()
        if isinstance(source, OneCallPerCell):
            source.multiData(self.mapToSource(index), roles)
        else:
            for role_data in roles:
                role_data.setData(self.data(index, role_data.role()))


class RowTableModel(OneCallPerCell, QAbstractTableModel):
    """Subclasses define ``headers()`` and ``display(row, column)``; ``sort_key`` defaults to display."""

    NUMERIC_COLUMNS: tuple[int, ...] = ()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[Any] = []
        self._sorted_by: tuple[int, bool] | None = None  # (column, descending)
        self._headers = self.headers()
        # The texts of each row, worked out once: a view asks for a cell many times (painting, fitting
        # column widths, sorting), and a row's texts go through the locale's number formatting.
        self._texts: dict[int, list[str]] = {}
        self.dataChanged.connect(self._forget_texts)
        self.modelReset.connect(self._forget_texts)

    def headers(self) -> list[str]:
        raise NotImplementedError

    def display(self, row: Any, column: int) -> Any:
        """The text of one cell; a model whose texts are easiest made together defines `cells` instead."""
        return self.cells(row)[column]

    def cells(self, row: Any) -> list[Any]:
        """The texts of a whole row, column by column (or define `display`)."""
        return [self.display(row, column) for column in range(len(self._headers))]

    def text(self, row: Any, column: int) -> str:
        texts = self._texts.get(id(row))
        if texts is None:
            texts = self._texts[id(row)] = ["" if v is None else str(v) for v in self.cells(row)]
        return texts[column]

    def _forget_texts(self, *_changed) -> None:
        self._texts.clear()

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
        if self._sorted_by is not None:
            self._rows.sort(key=self._key(self._sorted_by[0]), reverse=self._sorted_by[1])
        self.endResetModel()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows once, in Python, by `sort_key` (a view's proxy sorting 2,500 rows compares them
        through Qt one pair at a time: seconds); later `set_rows` keep the order."""
        if not 0 <= column < self.columnCount():
            self._sorted_by = None
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self._sorted_by = (column, descending)
        self.layoutAboutToBeChanged.emit()
        old = list(self._rows)
        self._rows.sort(key=self._key(column), reverse=descending)
        # The selection and the current cell follow their rows.
        positions = {id(row): number for number, row in enumerate(self._rows)}
        persistent = self.persistentIndexList()
        moved = [self.index(positions[id(old[i.row()])], i.column()) for i in persistent]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _key(self, column: int):
        def key(row):
            value = self.sort_key(row, column)
            # None last; numbers before text: values of one column are of one kind anyway
            return (value is None, isinstance(value, str), value if value is not None else 0)

        return key

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def replace_row(self, row: int, value: Any) -> None:
        self._texts.pop(id(self._rows[row]), None)
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
            return self.text(row, column)
        if role == SORT_ROLE:
            value = self.sort_key(row, column)
            return "" if value is None else value
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMERIC_COLUMNS:
            return RIGHT
        return self.extra(row, column, role)


class SortedBySourceProxy(ProxyOneCallPerCell, QSortFilterProxyModel):
    """A filter over a RowTableModel that leaves sorting to the model (one Python sort by key instead of
    thousands of comparisons through Qt)."""

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)
