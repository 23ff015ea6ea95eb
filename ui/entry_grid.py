"""The data-entry grid of one indicator: periods across, countries (and sexes) down, like a spreadsheet.

One widget serves the reported values and the targets (which have a column for the life of the project):

- type into a cell to replace its figure, Enter moves down, Tab moves right, Delete clears the selected
  cells; numbers are read the way the UI's language writes them (1,5 in Spanish and French, 1.5 in
  English);
- Ctrl+C copies the selected cells, Ctrl+V pastes a block copied from Excel at the current cell — after
  a preview (the page asks the application layer to check every cell: bad cells are named and nothing is
  written until every cell is right);
- the panel under the grid shows what is said about the selected figure — comment, variance explanation,
  data source, draft or approved — and saves it.

The widget knows no database: it shows an `EntryView` and emits `CellEdit`s; the page runs the actions.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from flare_monitor.actions.indicators import CellEdit, EntryView
from ui import i18n, vocab
from ui.formatting import format_editable, parse_number
from ui.key_figures import format_number
from ui.models.table import OneCallPerCell
from ui.table_tools import make_copyable

READ_ONLY_BG = QColor("#f0f0f0")
LOCKED_BG = QColor("#e4e4e4")
DRAFT_BG = QColor("#fff8e1")
CURRENT_BG = QColor("#e8f0fe")
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LOP = "LOP"


@dataclass(frozen=True)
class PastedCell:
    """A cell of a pasted block as the preview lists it."""

    row: int
    column: int
    name: str  # "Pakistan, female, FY2024-Q3"
    was: str
    text: str
    problem: str = ""


class EntryGridModel(OneCallPerCell, QAbstractTableModel):
    edited = Signal(object)  # tuple[CellEdit, ...]

    def __init__(self, parent=None):
        super().__init__(parent)
        self.view: EntryView | None = None
        self.current_period: str | None = None
        self.read_only = ""  # why the signed-in login may not change these figures (its role), or ""

    # ---------------------------------------------------------------- contents

    def set_view(self, view: EntryView | None, current_period: str | None = None) -> None:
        self.beginResetModel()
        self.view = view
        self.current_period = current_period
        self.endResetModel()

    def text_widths(self, font: QFont) -> list[int]:
        """The widest text of each column (its heading included), in pixels of the font it is shown in."""
        plain, italic, bold = QFont(font), QFont(font), QFont(font)
        italic.setItalic(True)
        bold.setBold(True)
        metrics = {False: QFontMetrics(plain), True: QFontMetrics(italic)}
        heading = QFontMetrics(bold)
        widths = []
        for column in range(len(self.view.periods)):
            label = self.headerData(column, Qt.Orientation.Horizontal) or ""
            widest = heading.horizontalAdvance(label)
            for row in range(len(self.view.rows)):
                index = self.index(row, column)
                cell = self.cell(index)
                if cell.value is not None:
                    shown_in = metrics[bool(cell.explanation or cell.comment)]
                    widest = max(widest, shown_in.horizontalAdvance(self.data(index)))
            widths.append(widest)
        return widths

    def key(self, index: QModelIndex) -> tuple[str | None, str | None, str]:
        country, sex = self.view.rows[index.row()]
        return country, sex, self.view.periods[index.column()]

    def cell(self, index: QModelIndex):
        return self.view.cell(*self.key(index))

    def row_label(self, row: int) -> str:
        country, sex = self.view.rows[row]
        where = f"{vocab.country_label(country)} ({country})" if country else self.tr("Project level")
        if sex is None:
            total = self.tr("total")
            return where if not self.view.by_sex else f"{where} — {total}"
        return f"{where} — {vocab.label(sex)}"

    def cell_name(self, index: QModelIndex) -> str:
        period = self.view.periods[index.column()]
        shown = self.tr("LOP") if period == LOP else vocab.period_label(period)
        return f"{self.row_label(index.row())}, {shown}"

    # ---------------------------------------------------------------- Qt API

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.view is None else len(self.view.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.view is None else len(self.view.periods)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if self.view is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            period = self.view.periods[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("LOP") if period == LOP else vocab.period_label(period)
            if role == Qt.ItemDataRole.FontRole and period == self.current_period:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole and period in self.view.locked:
                return self.tr("Locked: %1").replace("%1", i18n.text(self.view.locked[period]))
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.row_label(section)
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.view is None:
            return None
        cell = self.cell(index)
        period = self.view.periods[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if cell.value is None else format_number(cell.value, self.view.unit)
        if role == Qt.ItemDataRole.EditRole:
            return format_editable(cell.value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT
        if role == Qt.ItemDataRole.BackgroundRole:
            if period in self.view.locked:
                return QBrush(LOCKED_BG)
            if not cell.editable:
                return QBrush(READ_ONLY_BG)
            if cell.status == "draft" and cell.value is not None:
                return QBrush(DRAFT_BG)
            if period == self.current_period:
                return QBrush(CURRENT_BG)
            return None
        if role == Qt.ItemDataRole.FontRole and (cell.explanation or cell.comment):
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(cell, period)
        return None

    def tooltip(self, cell, period: str) -> str:
        lines = []
        if period in self.view.locked:
            lines.append(self.tr("Locked: %1").replace("%1", i18n.text(self.view.locked[period])))
        elif self.view.computed and self.view.kind == "values":
            lines.append(
                self.tr("Counted from the register (read-only); its variance can be explained below")
            )
        if cell.status:
            lines.append(self.tr("Approved") if cell.status == "approved" else self.tr("Draft"))
        for label, text in (
            (self.tr("Comment"), cell.comment),
            (self.tr("Variance explanation"), cell.explanation),
            (self.tr("Data source"), cell.data_source),
        ):
            if text:
                lines.append(f"{label}: {text}")
        if cell.evidence:
            lines.append(self.tr("Evidence: %n file(s)", "", cell.evidence))
        return "\n".join(lines)

    def flags(self, index: QModelIndex):
        flags = super().flags(index)
        if index.isValid() and self.view is not None and self.cell(index).editable and not self.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not self.cell(index).editable:
            return False
        text = parse_number("" if value is None else str(value))
        cell = self.cell(index)
        if text == format_editable_canonical(cell.value):
            return False  # nothing changed
        self.edited.emit((self.edit_for(index, text),))
        return True

    def edit_for(self, index: QModelIndex, text: str) -> CellEdit:
        country, sex, period = self.key(index)
        return CellEdit(period, country, sex, text=text, shown=self.cell(index).value)


def format_editable_canonical(value: float | None) -> str:
    """A stored figure as `parse_number` writes what was typed ("40", "12.5"), to see an edit changed it."""
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


class _EnterMovesDown(QStyledItemDelegate):
    """Enter commits the cell and goes to the one below, as in a spreadsheet."""

    def eventFilter(self, editor, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self.parent().move(1, 0)
            return True
        return super().eventFilter(editor, event)


class EntryTable(QTableView):
    """The grid's view: keyboard entry, Delete to clear, Ctrl+C / Ctrl+V."""

    pasteRequested = Signal(object, object)  # (tuple[CellEdit, ...], list[PastedCell] of the whole block)
    clearRequested = Signal(object)  # tuple[CellEdit, ...]

    def __init__(self, model: EntryGridModel, parent=None):
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(_EnterMovesDown(self))
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setDefaultSectionSize(80)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)

    def grid(self) -> EntryGridModel:
        return self.model()

    def move(self, rows: int, columns: int) -> None:
        current = self.currentIndex()
        if not current.isValid():
            return
        row = min(max(current.row() + rows, 0), self.grid().rowCount() - 1)
        column = min(max(current.column() + columns, 0), self.grid().columnCount() - 1)
        self.setCurrentIndex(self.grid().index(row, column))

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste(QGuiApplication.clipboard().text())
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
            return
        if self.state() != QAbstractItemView.State.EditingState and event.key() in (
            Qt.Key.Key_Delete,
            Qt.Key.Key_Backspace,
        ):
            self.clear_selected()
            return
        if self.state() != QAbstractItemView.State.EditingState and event.key() in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        ):
            self.move(1, 0)
            return
        super().keyPressEvent(event)

    def clear_selected(self) -> None:
        grid = self.grid()
        if grid.read_only:
            return
        edits = tuple(
            grid.edit_for(index, "")
            for index in sorted(self.selectedIndexes(), key=lambda i: (i.row(), i.column()))
            if grid.cell(index).editable and grid.cell(index).value is not None
        )
        if edits:
            self.clearRequested.emit(edits)

    def copy(self) -> None:
        indexes = self.selectedIndexes()
        if not indexes:
            return
        rows = sorted({i.row() for i in indexes})
        columns = sorted({i.column() for i in indexes})
        chosen = {(i.row(), i.column()) for i in indexes}
        lines = [
            "\t".join(
                self.grid().index(r, c).data(Qt.ItemDataRole.EditRole) if (r, c) in chosen else ""
                for c in columns
            )
            for r in rows
        ]
        QGuiApplication.clipboard().setText("\n".join(lines))

    def paste(self, text: str) -> None:
        """Map a tab-separated block onto the grid from the current cell and ask for its preview; empty
        cells of the block leave the grid's cells as they are."""
        start = self.currentIndex()
        grid = self.grid()
        if not start.isValid() or not text.strip():
            return
        lines = text.replace("\r\n", "\n").replace("\r", "\n").rstrip("\n").split("\n")
        block: list[PastedCell] = []
        edits: list[CellEdit] = []
        for r, line in enumerate(lines):
            for c, raw in enumerate(line.split("\t")):
                value = raw.strip()
                if not value:
                    continue
                row, column = start.row() + r, start.column() + c
                if row >= grid.rowCount() or column >= grid.columnCount():
                    name = self.tr("row %1, column %2 of the block").replace("%1", str(r + 1))
                    block.append(
                        PastedCell(
                            row,
                            column,
                            name.replace("%2", str(c + 1)),
                            "",
                            value,
                            self.tr("outside the grid"),
                        )
                    )
                    continue
                index = grid.index(row, column)
                cell = grid.cell(index)
                was = index.data() or ""
                if not cell.editable or grid.read_only:
                    why = grid.read_only or (
                        self.tr("the period is locked")
                        if grid.view.periods[column] in grid.view.locked
                        else self.tr("read-only")
                    )
                    block.append(PastedCell(row, column, grid.cell_name(index), was, value, why))
                    continue
                block.append(PastedCell(row, column, grid.cell_name(index), was, value))
                edits.append(grid.edit_for(index, parse_number(value)))
        if block:
            self.pasteRequested.emit(tuple(edits), block)


class CellDetails(QWidget):
    """What is said about the selected figure: comment, variance explanation, data source, status."""

    saved = Signal(object)  # tuple[CellEdit, ...] (notes only)
    evidenceRequested = Signal(object, str)  # (the cell, its name): open the files proving that value

    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.comment = QLineEdit()
        self.explanation = QPlainTextEdit()
        self.explanation.setTabChangesFocus(True)
        self.explanation.setFixedHeight(self.fontMetrics().height() * 3 + 12)
        self.explanation.setPlaceholderText(
            self.tr("Why is the figure off its target? (printed in the report)")
        )
        self.source = QLineEdit()
        self.status = QComboBox()
        self.status.addItem(self.tr("Draft"), "draft")
        self.status.addItem(self.tr("Approved"), "approved")
        self.save_button = QPushButton(self.tr("Save &note"))
        self.evidence_button = QPushButton()
        self.evidence_button.setToolTip(
            self.tr("Files that prove this figure (printed in the report's annex)")
        )
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(dark);")
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        self.rows = {}
        for key, text, widget in (
            ("comment", self.tr("Co&mment:"), self.comment),
            ("explanation", self.tr("Variance e&xplanation:"), self.explanation),
            ("source", self.tr("Data s&ource:"), self.source),
            ("status", self.tr("S&tatus:"), self.status),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
            self.rows[key] = (label, widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.evidence_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self._save)
        self.evidence_button.clicked.connect(
            lambda: self._cell is not None and self.evidenceRequested.emit(self._cell, self._name)
        )
        self._key: tuple | None = None
        self._cell = None
        self._name = ""
        self.show_cell(None, None, "")

    def show_cell(self, view: EntryView | None, cell, name: str) -> None:
        kind = view.kind if view is not None else "values"
        computed = bool(view and view.computed)
        visible = {
            "comment": True,
            "explanation": kind == "values",
            "source": kind == "values" and not computed,
            "status": kind == "values" and not computed,
        }
        for key, (label, widget) in self.rows.items():
            label.setVisible(visible[key])
            widget.setVisible(visible[key])
        self._key = None if cell is None else (cell.period, cell.country, cell.sex)
        self._cell, self._name = cell, name
        # Evidence is attached to a reported value once it is saved (counted figures prove themselves).
        self.evidence_button.setVisible(kind == "values" and not computed)
        self.evidence_button.setEnabled(cell is not None and cell.record is not None)
        self.evidence_button.setText(
            self.tr("&Evidence files (%1)…").replace("%1", str(cell.evidence if cell is not None else 0))
        )
        self.title.setText(f"<b>{name}</b>" if name else self.tr("Choose a cell to see or write its notes."))
        self.comment.setText((cell.comment if cell else None) or "")
        self.explanation.setPlainText((cell.explanation if cell else None) or "")
        self.source.setText((cell.data_source if cell else None) or "")
        self.status.setCurrentIndex(max(self.status.findData((cell.status if cell else None) or "draft"), 0))
        locked = bool(cell and view and cell.period in view.locked)
        can_note = cell is not None and not locked and (
            kind == "targets" and cell.stored or kind == "values" and (computed or cell.stored)
        )  # fmt: skip
        if cell is not None and kind == "values" and computed and cell.period == LOP:
            can_note = False
        for widget in (self.comment, self.explanation, self.source, self.status, self.save_button):
            widget.setEnabled(can_note)
        if cell is None:
            self.hint.setText("")
        elif locked:
            self.hint.setText(self.tr("This period is locked."))
        elif not can_note:
            self.hint.setText(self.tr("Enter the figure first."))
        else:
            self.hint.setText("")

    def _save(self) -> None:
        if self._key is None:
            return
        period, country, sex = self._key
        edit = CellEdit(
            period,
            country,
            sex,
            comment=self.comment.text(),
            explanation=self.explanation.toPlainText() if self.explanation.isVisible() else None,
            data_source=self.source.text() if self.source.isVisible() else None,
            status=self.status.currentData() if self.status.isVisible() else None,
        )
        self.saved.emit((edit,))


class EntryGrid(QWidget):
    """The grid and its notes panel, for the values or the targets of one indicator."""

    edited = Signal(object)  # tuple[CellEdit, ...]: save them
    pasteRequested = Signal(object, object)  # (edits, block): check them, preview, then save
    evidenceRequested = Signal(object, str)  # (cell, its name): the files attached to that value

    def __init__(self, kind: str, parent=None):
        super().__init__(parent)
        self.kind = kind
        self.model = EntryGridModel(self)
        self.table = EntryTable(self.model)
        self._fitted: dict[tuple, list[int]] = {}  # the widest text of each column when last fitted
        self.details = CellDetails()
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.details)
        self.model.edited.connect(self.edited)
        self.table.clearRequested.connect(self.edited)
        self.table.pasteRequested.connect(self.pasteRequested)
        self.details.saved.connect(self.edited)
        self.details.evidenceRequested.connect(self.evidenceRequested)
        self.table.selectionModel().currentChanged.connect(self._current_changed)

    def _fit_columns(self, view: EntryView) -> None:
        """Fit the columns to the figures when the grid changed shape or a figure is wider than those they
        were last fitted to (a life-of-project target of another indicator, say). Measuring every cell
        through Qt costs the window ~10 ms a grid at every answer; measuring the texts here, well under 1."""
        shape = (tuple(view.periods), len(view.rows))
        widths = self.model.text_widths(self.table.font())
        fitted = self._fitted.get(shape)
        if fitted is None or any(now > before for now, before in zip(widths, fitted, strict=True)):
            self.table.resizeColumnsToContents()
            self._fitted = {shape: widths}

    def show_view(self, view: EntryView | None, current_period: str | None = None) -> None:
        key = self.current_key()
        self.error.hide()
        self.model.set_view(view, current_period)
        if view is None or not view.rows:
            self.details.show_cell(None, None, "")
            return
        self._fit_columns(view)
        column = view.periods.index(current_period) if current_period in view.periods else 0
        row = 0
        if key is not None:
            country, sex, period = key
            if (country, sex) in view.rows and period in view.periods:
                row, column = view.rows.index((country, sex)), view.periods.index(period)
        index = self.model.index(row, column)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self._current_changed(index)

    def current_key(self):
        index = self.table.currentIndex()
        return self.model.key(index) if index.isValid() and self.model.view is not None else None

    def _current_changed(self, index, _previous=None) -> None:
        if not index.isValid() or self.model.view is None:
            self.details.show_cell(None, None, "")
            return
        self.details.show_cell(self.model.view, self.model.cell(index), self.model.cell_name(index))

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def set_read_only(self, reason: str) -> None:
        """Nothing typed, pasted or cleared while `reason` says why (a team login's role); "" lifts it."""
        if reason == self.model.read_only:
            return
        self.model.layoutAboutToBeChanged.emit()
        self.model.read_only = reason
        self.model.layoutChanged.emit()
        self.table.setToolTip(reason)
        self.details.setEnabled(not reason)


class PastePreview(QDialog):
    """The cells of a pasted block before anything is written: each with what it held, what it would
    hold, and its problem. With any problem the block cannot be written."""

    def __init__(self, block: list[PastedCell], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Paste from a spreadsheet"))
        self.block = block
        problems = [c for c in block if c.problem]
        writable = [c for c in block if not c.problem]
        from PySide6.QtGui import QStandardItem, QStandardItemModel

        self.items = QStandardItemModel(0, 4, self)
        self.items.setHorizontalHeaderLabels(
            [self.tr("Cell"), self.tr("Now"), self.tr("Pasted"), self.tr("Problem")]
        )
        for cell in sorted(block, key=lambda c: (not c.problem, c.row, c.column)):
            row = [
                QStandardItem(cell.name),
                QStandardItem(cell.was),
                QStandardItem(cell.text),
                QStandardItem(cell.problem),
            ]
            if cell.problem:
                for item in row:
                    item.setBackground(QBrush(QColor("#fde2e1")))
            for item in row:
                item.setEditable(False)
            self.items.appendRow(row)
        self.table = QTableView()
        self.table.setModel(self.items)
        self.table.verticalHeader().setVisible(False)
        make_copyable(self.table)  # the preview's rows, copied with their headings
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        if problems:
            text = self.tr(
                "%1 of %2 pasted cells cannot be written; nothing was written. Correct them and paste again."
            )
            text = text.replace("%1", str(len(problems))).replace("%2", str(len(block)))
        else:
            text = self.tr("%1 cells will be written (empty cells of the block are left as they are).")
            text = text.replace("%1", str(len(writable)))
        self.summary = QLabel(text)
        self.summary.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.write_button = buttons.addButton(
            self.tr("&Write the values"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.write_button.setEnabled(not problems and bool(writable))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(760, 420)
