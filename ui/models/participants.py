"""The participant register as a lazily paged model, and the list of duplicate candidates.

The register can hold 100,000 people: the model knows the count of matches and loads pages of
``PAGE_SIZE`` rows only when the view asks for them, keeping at most ``MAX_PAGES`` pages in memory.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from flare_monitor.services.participants import DuplicatePair, ParticipantRow
from ui import vocab
from ui.core_messages import translate_joined
from ui.models.table import ROW_ROLE, RowTableModel

MASK = "••••••"
SENSITIVE_MARK = "●"

FetchPage = Callable[[str, str | None, int, int], list[ParticipantRow]]
Count = Callable[[str, str | None], int]


class ParticipantsModel(QAbstractTableModel):
    COL_MARK, COL_NAME, COL_SEX, COL_ORG, COL_ORG_TYPE, COL_POSITION, COL_COUNTRY, COL_PHONE, COL_EMAIL = (
        range(9)
    )
    CONTACT_COLUMNS = (COL_PHONE, COL_EMAIL)
    PAGE_SIZE = 200
    MAX_PAGES = 40

    def __init__(self, fetch_page: FetchPage, count: Count, parent: QObject | None = None):
        super().__init__(parent)
        self._fetch_page, self._count_fn = fetch_page, count
        self._text, self._country = "", None
        self._count = 0
        self._pages: OrderedDict[int, list[ParticipantRow]] = OrderedDict()
        self.show_sensitive = False
        self.fetched_rows = 0  # rows loaded since the last reset (for tests and the status line)
        self._headers = [
            "",
            self.tr("Name"),
            self.tr("Sex"),
            self.tr("Organization"),
            self.tr("Organization type"),
            self.tr("Position"),
            self.tr("Country"),
            self.tr("Phone"),
            self.tr("E-mail"),
        ]

    # ---------------------------------------------------------------- query

    def set_query(self, text: str = "", country: str | None = None) -> None:
        self.beginResetModel()
        self._text, self._country = text, country
        self._pages.clear()
        self.fetched_rows = 0
        self._count = self._count_fn(text, country)
        self.endResetModel()

    def refresh(self) -> None:
        self.set_query(self._text, self._country)

    def set_show_sensitive(self, show: bool) -> None:
        self.show_sensitive = show
        if self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, self.columnCount() - 1))

    def cached_row(self, row: int) -> ParticipantRow | None:
        page = self._pages.get(row // self.PAGE_SIZE)
        offset = row % self.PAGE_SIZE
        return page[offset] if page is not None and offset < len(page) else None

    def row_at(self, row: int) -> ParticipantRow | None:
        if not 0 <= row < self._count:
            return None
        number = row // self.PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            page = self._fetch_page(self._text, self._country, self.PAGE_SIZE, number * self.PAGE_SIZE)
            self.fetched_rows += len(page)
            self._pages[number] = page
            while len(self._pages) > self.MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        offset = row % self.PAGE_SIZE
        return page[offset] if offset < len(page) else None

    # ---------------------------------------------------------------- Qt API

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
            if role == Qt.ItemDataRole.ToolTipRole and section == self.COL_MARK:
                return self.tr("● = sensitive record (e.g. a victim): name and contacts hidden")
        return None

    def masked(self, row: ParticipantRow) -> bool:
        return row.sensitive and not self.show_sensitive

    def display(self, row: ParticipantRow, column: int) -> str:
        hidden = self.masked(row)
        if column == self.COL_MARK:
            return SENSITIVE_MARK if row.sensitive else ""
        if column == self.COL_NAME:
            return self.tr("Name hidden (sensitive record)") if hidden else row.full_name
        if column == self.COL_SEX:
            return vocab.label(row.sex)
        if column == self.COL_ORG:
            return row.organization or ""
        if column == self.COL_ORG_TYPE:
            return vocab.label(row.organization_type)
        if column == self.COL_POSITION:
            return row.position or ""
        if column == self.COL_COUNTRY:
            return row.country or ""
        if column == self.COL_PHONE:
            return MASK if hidden and row.phone else row.phone or ""
        if column == self.COL_EMAIL:
            return MASK if hidden and row.email else row.email or ""
        return ""

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.FontRole,
            ROW_ROLE,
        ):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == ROW_ROLE:
            return row
        hidden = self.masked(row)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.COL_MARK:
                return QBrush(QColor("#b00020"))
            if hidden and column in (self.COL_NAME, *self.CONTACT_COLUMNS):
                return QBrush(QColor("#777777"))
        if role == Qt.ItemDataRole.FontRole and hidden and column == self.COL_NAME:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and row.sensitive and column in (self.COL_MARK, self.COL_NAME):
            return self.tr("Sensitive record: shown only when “Show sensitive names” is on")
        return None


class DuplicatesModel(RowTableModel):
    COL_FIRST, COL_SECOND, COL_REASON = range(3)

    def headers(self) -> list[str]:
        return [self.tr("Record A"), self.tr("Record B"), self.tr("Why they may be the same person")]

    def display(self, pair: DuplicatePair, column: int):
        return [pair.first.full_name, pair.second.full_name, translate_joined(pair.reason)][column]
