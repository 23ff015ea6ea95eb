"""What every table of the app does the same way: several rows selected at once, Ctrl+C copying them as
tab-separated text with the headings (so they paste into Excel as cells), and printing.

Copy reads what the table shows (DisplayRole), in the order shown; hidden columns stay out (a hidden
phone number is not copied).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QListView, QTableView


def visible_columns(view: QTableView | QListView) -> list[int]:
    if isinstance(view, QListView):  # a list shows one column
        return [view.modelColumn()]
    header = view.horizontalHeader()
    columns = [c for c in range(view.model().columnCount()) if not view.isColumnHidden(c)]
    return sorted(columns, key=header.visualIndex)


def selected_rows(view: QAbstractItemView) -> list[int]:
    return sorted({index.row() for index in view.selectionModel().selectedIndexes()})


def one_selected_row(view: QAbstractItemView) -> int | None:
    """The row an edit acts on: the only row selected; None when none or several are (an edit of one
    record is then greyed out, saying why, rather than guessing which of them was meant)."""
    rows = selected_rows(view)
    return rows[0] if len(rows) == 1 else None


def current_selected_row(view: QAbstractItemView) -> int | None:
    """The current row when it is selected, else the first selected row, else None: what a page shows
    the details of while several rows are selected."""
    current = view.currentIndex()
    if current.isValid() and view.selectionModel().isRowSelected(current.row(), current.parent()):
        return current.row()
    rows = selected_rows(view)
    return rows[0] if rows else None


def cells(view: QTableView, rows: list[int] | None = None) -> list[list[str]]:
    """The headings and the given rows (all rows when None) as the table shows them."""
    model = view.model()
    columns = visible_columns(view)
    headings = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns]
    chosen = range(model.rowCount()) if rows is None else rows
    body = [[str(model.index(r, c).data() or "") for c in columns] for r in chosen]
    return [headings, *body]


def _cell_text(value: str) -> str:
    """A cell as Excel reads it from the clipboard: no tab or line break inside."""
    return " ".join(value.replace("\t", " ").split())


def as_tsv(table: list[list[str]]) -> str:
    return "\r\n".join("\t".join(_cell_text(cell) for cell in row) for row in table) + "\r\n"


def copy_selection(view: QTableView) -> int:
    """Copy the selected rows with the headings; returns how many rows were copied."""
    rows = selected_rows(view)
    if not rows:
        return 0
    QGuiApplication.clipboard().setText(as_tsv(cells(view, rows)))
    return len(rows)


def as_html(title: str, table: list[list[str]]) -> str:
    """A printable page of the table (escaped: every cell is user data)."""
    head, *body = table
    heading = "".join(f"<th align='left'>{html.escape(h)}</th>" for h in head)
    lines = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in body)
    return (
        f"<h3>{html.escape(title)}</h3>"
        "<table border='1' cellspacing='0' cellpadding='3' style='border-collapse: collapse'>"
        f"<thead><tr>{heading}</tr></thead><tbody>{lines}</tbody></table>"
    )


def document(title: str, view: QTableView) -> QTextDocument:
    doc = QTextDocument()
    doc.setHtml(as_html(title, cells(view)))
    return doc


class _CopyKeys(QObject):
    """Ctrl+C on a table copies its selected rows (the view's own copy takes one cell only)."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress and event.matches(QKeySequence.StandardKey.Copy):
            return copy_selection(watched) > 0
        return False


_copy_keys: _CopyKeys | None = None


def make_copyable(view: QAbstractItemView, *, multi: bool = True) -> None:
    """Several rows at once (Ctrl/Shift+click, Shift+arrows) and Ctrl+C copying them with their
    headings; `multi=False` only adds the copy (a view that keeps its own selection mode)."""
    global _copy_keys
    if multi:
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    if _copy_keys is None:
        _copy_keys = _CopyKeys()
    view.installEventFilter(_copy_keys)
