"""Table models of the results page: the indicator table (IPTT row per indicator) and one indicator's
target/actual grid per period, where targets are editable and actuals read-only and greyed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from flare_monitor.actions.results import GridRow
from ui import vocab
from ui.formatting import format_editable, format_percent, parse_number
from ui.key_figures import format_number
from ui.models.table import RowTableModel

STATUS_BG = {
    "on_track": QColor("#e6f4ea"),
    "needs_attention": QColor("#fff3cd"),
    "off_track": QColor("#fde2e1"),
}
READ_ONLY_BG = QColor("#f0f0f0")
READ_ONLY_FG = QColor("#666666")


class IndicatorTableModel(RowTableModel):
    (COL_CODE, COL_NAME, COL_BASELINE, COL_TARGET, COL_ACTUAL, COL_FEMALE, COL_MALE, COL_CUMULATIVE,
     COL_LOP, COL_PERCENT, COL_STATUS) = range(11)  # fmt: skip
    NUMERIC_COLUMNS = (COL_BASELINE, COL_TARGET, COL_ACTUAL, COL_FEMALE, COL_MALE, COL_CUMULATIVE, COL_LOP,
                       COL_PERCENT)  # fmt: skip

    def headers(self) -> list[str]:
        return [
            self.tr("Code"),
            self.tr("Indicator"),
            self.tr("Baseline"),
            self.tr("Target"),
            self.tr("Actual"),
            self.tr("Female"),
            self.tr("Male"),
            self.tr("Cumulative"),
            self.tr("LOP target"),
            self.tr("% of target"),
            self.tr("Status"),
        ]

    def cells(self, f):
        by_sex = f.by_sex or {}
        unit = f.unit
        return [
            f.code,
            f.name,
            format_number(f.baseline, unit),
            format_number(f.target, unit),
            format_number(f.actual, unit),
            format_number(by_sex.get("female"), unit) if f.by_sex else "",
            format_number(by_sex.get("male"), unit) if f.by_sex else "",
            format_number(f.cumulative_actual, unit),
            format_number(f.lop_target, unit),
            format_percent(f.percent_of_target),
            vocab.label(f.status),
        ]

    def sort_key(self, f, column: int):
        if column == self.COL_CODE:
            return ".".join(part.zfill(6) for part in f.code.split("."))
        if column in self.NUMERIC_COLUMNS:
            value = self.value(f, column)
            return -1.0 if value is None else float(value)
        return super().sort_key(f, column)

    def value(self, f, column: int) -> float | None:
        """The number behind a numeric cell (sorting by value, whatever the locale writes)."""
        by_sex = f.by_sex or {}
        return {
            self.COL_BASELINE: f.baseline,
            self.COL_TARGET: f.target,
            self.COL_ACTUAL: f.actual,
            self.COL_FEMALE: by_sex.get("female"),
            self.COL_MALE: by_sex.get("male"),
            self.COL_CUMULATIVE: f.cumulative_actual,
            self.COL_LOP: f.lop_target,
            self.COL_PERCENT: f.percent_of_target,
        }[column]

    def extra(self, f, column: int, role: int):
        if role == Qt.ItemDataRole.BackgroundRole and column == self.COL_STATUS and f.status in STATUS_BG:
            return QBrush(STATUS_BG[f.status])
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_NAME:
            kind = self.tr("computed from the register") if f.computed else self.tr("reported values")
            return f"{f.name}\n({kind})"
        return None


class IndicatorGridModel(RowTableModel):
    """Rows are periods; target cells (total, female, male) editable through ``updater``."""

    COL_PERIOD, COL_TARGET, COL_TARGET_F, COL_TARGET_M, COL_ACTUAL, COL_ACTUAL_F, COL_ACTUAL_M = range(7)
    NUMERIC_COLUMNS = (1, 2, 3, 4, 5, 6)
    TARGET_SEX = {COL_TARGET: None, COL_TARGET_F: "female", COL_TARGET_M: "male"}
    ACTUAL_SEX = {COL_ACTUAL: None, COL_ACTUAL_F: "female", COL_ACTUAL_M: "male"}

    errorOccurred = Signal(str)

    def __init__(self, updater: Callable[[str, str | None, str], None] | None = None, parent=None):
        super().__init__(parent)
        self._updater = updater
        self.unit = "number"
        self.locked: set[str] = set()
        self.read_only = ""  # why the signed-in login may not change these targets (its role), or ""

    def headers(self) -> list[str]:
        return [
            self.tr("Period"),
            self.tr("Target"),
            self.tr("Target female"),
            self.tr("Target male"),
            self.tr("Actual"),
            self.tr("Actual female"),
            self.tr("Actual male"),
        ]

    def display(self, row: GridRow, column: int):
        if column == self.COL_PERIOD:
            return vocab.period_label(row.period)
        if column in self.TARGET_SEX:
            value = row.targets.get(self.TARGET_SEX[column])
            return "" if value is None else format_number(value, self.unit)
        sex = self.ACTUAL_SEX[column]
        if sex is None:
            return format_number(row.actual, self.unit)
        return format_number((row.actual_by_sex or {}).get(sex), self.unit) if row.actual_by_sex else ""

    def sort_key(self, row: GridRow, column: int):
        if column == self.COL_PERIOD:
            return row.period
        if column in self.TARGET_SEX:
            value = row.targets.get(self.TARGET_SEX[column])
        elif self.ACTUAL_SEX[column] is None:
            value = row.actual
        else:
            value = (row.actual_by_sex or {}).get(self.ACTUAL_SEX[column])
        return -1.0 if value is None else float(value)

    def editable(self, index: QModelIndex) -> bool:
        if self._updater is None or index.column() not in self.TARGET_SEX or self.read_only:
            return False
        return self.row_at(index.row()).period not in self.locked

    def flags(self, index: QModelIndex):
        flags = super().flags(index)
        if index.isValid() and self.editable(index):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def extra(self, row: GridRow, column: int, role: int):
        if column in self.ACTUAL_SEX:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(READ_ONLY_BG)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(READ_ONLY_FG)
            if role == Qt.ItemDataRole.ToolTipRole:
                return (
                    self.tr("Computed from the register") if row.computed else self.tr("From reported values")
                )
        if role == Qt.ItemDataRole.EditRole and column in self.TARGET_SEX:
            value = row.targets.get(self.TARGET_SEX[column])
            return format_editable(value)
        if role == Qt.ItemDataRole.ToolTipRole and column in self.TARGET_SEX and row.period in self.locked:
            return self.tr("This period is locked")
        if role == Qt.ItemDataRole.ToolTipRole and column in self.TARGET_SEX and self.read_only:
            return self.read_only
        return None

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not self.editable(index):
            return False
        row = self.row_at(index.row())
        sex = self.TARGET_SEX[index.column()]
        text = "" if value is None else parse_number(str(value))
        try:
            number = float(text) if text else None
        except ValueError:
            self.errorOccurred.emit(self.tr("“%1” is not a number").replace("%1", str(value).strip()))
            return False
        self._updater(row.period, sex, text)  # saved in a worker; a refusal reloads the grid
        targets = dict(row.targets)
        targets[sex] = number
        row.targets = targets
        self.dataChanged.emit(index, index)
        return True
