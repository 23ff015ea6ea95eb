"""Table model of activities (plain rows from the activities service)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from flare_monitor.services.activities import ActivityRow

SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class ActivityTableModel(QAbstractTableModel):
    COL_CODE, COL_COUNTRY, COL_TYPE, COL_STATUS, COL_START, COL_END, COL_PEOPLE, COL_TITLE = range(8)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[ActivityRow] = []
        self._headers = [
            self.tr("Code"),
            self.tr("Country"),
            self.tr("Type"),
            self.tr("Status"),
            self.tr("Start"),
            self.tr("End"),
            self.tr("Participants"),
            self.tr("Title"),
        ]

    def set_rows(self, rows: list[ActivityRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> ActivityRow:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == SORT_ROLE:
            return [
                row.code,
                row.country,
                row.type,
                row.status,
                row.start.toordinal(),
                row.end.toordinal(),
                row.participants,
                row.title.casefold(),
            ][column]
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                row.code,
                row.country,
                row.type.replace("_", " "),
                row.status,
                row.start.isoformat(),
                row.end.isoformat(),
                str(row.participants),
                row.title,
            ][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_PEOPLE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
