"""The participant register as a lazily paged model, and the list of duplicate candidates.

The register can hold 100,000 people: the model knows the count of matches and asks for pages of
``PAGE_SIZE`` rows only when the view shows them, keeping at most ``MAX_PAGES`` pages in memory. The
count and the pages arrive from workers (``fetch(query, on_result)``); a row not arrived yet shows "…",
and an answer to a query the user has since changed (typed on, sorted another way) is dropped.
"""

from __future__ import annotations

import dataclasses
from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from flare_monitor.actions.participants import DuplicatePair, ParticipantQuery, ParticipantRow
from ui import i18n, vocab
from ui.models.table import ROW_ROLE, OneCallPerCell, RowTableModel

MASK = "••••••"
SENSITIVE_MARK = "●"
PENDING = "…"

# fetch(kind, query, on_result): kind "count" answers an int, "page" a list of rows.
Fetch = Callable[[str, ParticipantQuery, Callable], None]


class ParticipantsModel(OneCallPerCell, QAbstractTableModel):
    COL_MARK, COL_NAME, COL_SEX, COL_ORG, COL_ORG_TYPE, COL_POSITION, COL_COUNTRY, COL_PHONE, COL_EMAIL = (
        range(9)
    )
    CONTACT_COLUMNS = (COL_PHONE, COL_EMAIL)
    SORT_KEYS = (
        "sensitive",
        "name",
        "sex",
        "organization",
        "organization_type",
        "position",
        "country",
        "phone",
        "email",
    )
    PAGE_SIZE = 200
    MAX_PAGES = 40

    counted = Signal(int)  # the number of matches of the current query, when it arrives

    def __init__(self, fetch: Fetch, parent: QObject | None = None):
        super().__init__(parent)
        self._fetch = fetch
        self._query = ParticipantQuery()
        self._generation = 0
        self._count = 0
        self._pages: OrderedDict[int, list[ParticipantRow]] = OrderedDict()
        self._asked: set[int] = set()  # pages asked for and not arrived yet
        self._answering = False  # a page arriving while data() asked for it (workers run inline)
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
        self._ask(dataclasses.replace(self._query, text=text, country=country))

    def refresh(self) -> None:
        self._ask(self._query)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self.SORT_KEYS):
            descending = order == Qt.SortOrder.DescendingOrder
            self._ask(dataclasses.replace(self._query, sort=self.SORT_KEYS[column], descending=descending))

    def query(self) -> ParticipantQuery:
        return self._query

    def _ask(self, query: ParticipantQuery) -> None:
        self._generation += 1
        generation = self._generation
        self._query = query

        def counted(count: int) -> None:
            if generation != self._generation:
                return
            self.beginResetModel()
            self._count = count
            self._pages.clear()
            self._asked.clear()
            self.fetched_rows = 0
            self.endResetModel()
            self.counted.emit(count)

        self._fetch("count", query, counted)

    def set_show_sensitive(self, show: bool) -> None:
        self.show_sensitive = show
        if self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, self.columnCount() - 1))

    def cached_row(self, row: int) -> ParticipantRow | None:
        page = self._pages.get(row // self.PAGE_SIZE)
        offset = row % self.PAGE_SIZE
        return page[offset] if page is not None and offset < len(page) else None

    def row_at(self, row: int) -> ParticipantRow | None:
        """The row if its page has arrived; otherwise its page is asked for and None returned for now."""
        if not 0 <= row < self._count:
            return None
        number = row // self.PAGE_SIZE
        if number in self._pages:
            self._pages.move_to_end(number)
        elif number not in self._asked:
            self._ask_page(number)
        return self.cached_row(row)

    def _ask_page(self, number: int) -> None:
        self._asked.add(number)
        generation = self._generation
        query = dataclasses.replace(self._query, limit=self.PAGE_SIZE, offset=number * self.PAGE_SIZE)

        def arrived(rows: list[ParticipantRow]) -> None:
            if generation != self._generation:
                return
            self._asked.discard(number)
            self._pages[number] = rows
            self.fetched_rows += len(rows)
            while len(self._pages) > self.MAX_PAGES:
                self._pages.popitem(last=False)
            if not self._answering and rows:
                first = number * self.PAGE_SIZE
                self.dataChanged.emit(
                    self.index(first, 0), self.index(first + len(rows) - 1, self.columnCount() - 1)
                )

        self._answering = True
        try:
            self._fetch("page", query, arrived)
        finally:
            self._answering = False

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
            return (
                PENDING if role == Qt.ItemDataRole.DisplayRole and index.column() == self.COL_NAME else None
            )
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

    def cells(self, pair: DuplicatePair):
        return [pair.first.full_name, pair.second.full_name, i18n.text(pair.reason)]
