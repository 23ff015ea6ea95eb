"""Forms with inline validation: a red message under the field a ValidationError names."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.formatting import date_format
from ui.i18n import text
from ui.messages import field_message

QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum" for a widget's size

ERROR_STYLE = "color: #b00020;"
EMPTY_DATE = QDate(1900, 1, 1)


def error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def _follow(previous: QWidget, widget: QWidget) -> None:
    """`widget` after `previous` in the Tab order, if both are still there and in the same window."""
    try:
        if previous.window() == widget.window():
            QWidget.setTabOrder(previous, widget)
    except RuntimeError:  # closed meanwhile
        pass


class InlineErrors:
    """Maps the field names used by the services ("end", "actual end", "email") to error labels."""

    def __init__(self, general: QLabel):
        self.general = general
        self.labels: dict[str, QLabel] = {}
        self.widgets: dict[str, QWidget] = {}
        self.order: list[QWidget] = []

    def add_row(
        self, form: QFormLayout, text: str, widget: QWidget, *fields: str, accessible: str = ""
    ) -> QLabel:
        """A form row whose field shows its error underneath; returns the error label."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        label = error_label()
        layout.addWidget(label)
        if widget.maximumHeight() < QWIDGETSIZE_MAX:
            # A field of fixed height (a short text box) stays under its label instead of floating in
            # the middle of a row the form stretched.
            box.setSizePolicy(box.sizePolicy().horizontalPolicy(), QSizePolicy.Policy.Fixed)
        caption = QLabel(text)
        caption.setBuddy(widget)
        form.addRow(caption, box)
        widget.setAccessibleName(accessible or text.replace("&", "").rstrip(":"))
        if self.order:  # Tab follows the rows, whatever the creation order
            previous = self.order[-1]
            if previous.window() == widget.window():
                QWidget.setTabOrder(previous, widget)
            else:  # the form is not in its dialog yet (a layout filled before it is placed): once it is
                QTimer.singleShot(0, lambda: _follow(previous, widget))
        self.order.append(widget)
        for field in fields:
            self.labels[field] = label
            self.widgets[field] = widget
        _on_change(widget, lambda: self._clear(label))
        return label

    @staticmethod
    def _clear(label: QLabel) -> None:
        label.clear()
        label.hide()

    def clear(self) -> None:
        for label in {*self.labels.values(), self.general}:
            self._clear(label)

    def show(self, exc: BaseException) -> QLabel:
        """Show the error next to its field (or on top if it names none); focus the field. Several
        errors at once (ValidationErrors) are each shown beside their field, the first focused."""
        several = getattr(exc, "errors", None)
        if several:
            for error in reversed(several):  # the first one last: it keeps the focus
                label = self.show(error)
            return label
        field = getattr(exc, "field", None)
        label = self.labels.get(field or "")
        if label is None:
            label = self.general
            label.setText(text(exc))
        else:
            label.setText(field_message(exc, field))
            self.widgets[field].setFocus()
        label.show()
        return label

    def message(self, field: str) -> str:
        label = self.labels.get(field)
        return label.text() if label is not None and not label.isHidden() else ""


def _on_change(widget: QWidget, callback) -> None:
    if isinstance(widget, QLineEdit):
        widget.textEdited.connect(callback)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(callback)
    elif isinstance(widget, QDateEdit):
        widget.dateChanged.connect(callback)
    elif isinstance(widget, QPlainTextEdit):
        widget.textChanged.connect(callback)
    elif isinstance(widget, QCheckBox):
        widget.toggled.connect(callback)


def date_edit(optional: bool = False) -> QDateEdit:
    """A date field with a calendar; optional ones show blank at their minimum date."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_format())  # the locale's short date, with a four-digit year
    if optional:
        edit.setMinimumDate(EMPTY_DATE)
        edit.setSpecialValueText(" ")
        edit.setDate(EMPTY_DATE)
    return edit


def get_date(edit: QDateEdit) -> date | None:
    value = edit.date()
    if edit.specialValueText() and value == edit.minimumDate():
        return None
    return date(value.year(), value.month(), value.day())


def set_date(edit: QDateEdit, value: date | None) -> None:
    edit.setDate(QDate(value.year, value.month, value.day) if value else edit.minimumDate())
