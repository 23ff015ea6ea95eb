"""Models of the import wizard: the first rows of the raw sheet, and the planned rows with their problems."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QStyle

from ui import i18n, vocab
from ui.formatting import format_date, format_decimal, format_editable
from ui.models.table import ROW_ROLE, ProxyOneCallPerCell, RowTableModel

ERROR_BG = QColor("#fde2e1")
WARNING_BG = QColor("#fff3cd")
OK_BG = QColor("#e6f4ea")


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime) and value.time() == time(0):
        return format_date(value.date())  # a date cell read as midnight
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, float):
        return format_editable(value)  # no group separators: phone numbers read as numbers stay whole
    return str(value)


def column_letter(index: int) -> str:
    letters, index = "", index + 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


class RawRowsModel(RowTableModel):
    """The first rows of the sheet as read, with Excel row numbers and column letters."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._width = 0

    def headers(self) -> list[str]:
        return []

    def set_table(self, rows: list[list[Any]], limit: int = 40) -> None:
        self.beginResetModel()
        self._rows = list(enumerate(rows[:limit], start=1))
        self._width = max((len(r) for _n, r in self._rows), default=0)
        self._headers = [self.tr("Row")] + [column_letter(i) for i in range(self._width)]
        self.endResetModel()

    def display(self, row, column: int):
        number, cells = row
        if column == 0:
            return number
        return _cell_text(cells[column - 1]) if column - 1 < len(cells) else ""


class PreviewModel(RowTableModel):
    """One line per planned row: Excel row number, outcome, who, and every error or warning."""

    COL_ROW, COL_STATUS, COL_NAME, COL_MESSAGES, COL_SEX, COL_ORG, COL_DAYS, COL_PRE, COL_POST = range(9)
    NUMERIC_COLUMNS = (COL_ROW,)

    def headers(self) -> list[str]:
        return [
            self.tr("Excel row"),
            self.tr("Outcome"),
            self.tr("Name"),
            self.tr("Errors and warnings"),
            self.tr("Sex"),
            self.tr("Organization"),
            self.tr("Days"),
            self.tr("Pre-test"),
            self.tr("Post-test"),
        ]

    def status_text(self, status: str) -> str:
        return {
            "new": self.tr("New person"),
            "matched": self.tr("Found in register"),
            "already_on_roster": self.tr("Already on roster"),
            "duplicate_in_sheet": self.tr("Duplicate in sheet"),
            "changed": self.tr("Edited in the form"),
            "not_on_roster": self.tr("Not on the roster"),
            "error": self.tr("Error"),
        }.get(str(status), str(status))

    def display(self, row, column: int):
        values = row.values or {}
        visit = values.get("attendance") or {}
        number = lambda v: "" if v is None else format_decimal(v, 2)  # noqa: E731
        return [
            row.excel_row,
            self.status_text(row.status),
            values.get("name", ""),
            "; ".join(i18n.text_all(row.errors + row.warnings)),
            vocab.label(values.get("sex")),
            values.get("organization") or "",
            number(visit.get("days_attended")),
            number(visit.get("pre_test_score")),
            number(visit.get("post_test_score")),
        ][column]

    def sort_key(self, row, column: int):
        if column == self.COL_ROW:
            return row.excel_row
        return super().sort_key(row, column)

    def extra(self, row, column: int, role: int):
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.errors:
                return QBrush(ERROR_BG)
            if row.warnings:
                return QBrush(WARNING_BG)
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == self.COL_STATUS:
            style = QApplication.style()
            if row.errors:
                return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
            if row.warnings:
                return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            return style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
        if role == Qt.ItemDataRole.ToolTipRole and (row.errors or row.warnings):
            return "\n".join(i18n.text_all(row.messages))
        return None


class ProblemsOnlyProxy(ProxyOneCallPerCell, QSortFilterProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.only_problems = False

    def set_only_problems(self, on: bool) -> None:
        self.only_problems = on
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        if not self.only_problems:
            return True
        row = self.sourceModel().index(source_row, 0).data(ROW_ROLE)
        return bool(row.errors or row.warnings)
