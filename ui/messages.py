"""Message boxes in one place: user errors as messages, bugs to the excepthook, confirmations."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from flare_monitor.actions.base import user_facing
from flare_monitor.i18n import Field, Message
from ui.i18n import text


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask before anything destructive; No is the default button."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """An error the user can act on (a UserError, or a locked, full, read-only or damaged database, a
    lost server…) is shown as its one-line message; anything else is a bug and goes to the excepthook."""
    problem = user_facing(exc)
    if problem is not None:
        QMessageBox.warning(parent, QCoreApplication.translate("messages", "Cannot do that"), text(problem))
    else:
        sys.excepthook(type(exc), exc, exc.__traceback__)


_FIELD = "\0field\0"


def field_message(exc: BaseException, field: str | None = None) -> str:
    """The message of a ValidationError in the UI's language, without the "field: " the services put in
    front (the form shows it beside the field): the message is shown with a marker in place of its
    {field}, and the marker and its colon are taken off when the language's sentence starts with them."""
    message = getattr(exc, "message", exc)
    shown = text(message)
    if isinstance(message, Message) and "field" in message.params:
        marked = text(Message(message.msgid, {**message.params, "field": _FIELD}, plural=message.plural,
                              count=message.count, context=message.context))  # fmt: skip
        if marked.startswith(_FIELD):
            shown = _after_colon(marked[len(_FIELD) :]) or shown
    else:
        # A message that names its field in words ("actual end: …"): the field's label in the language.
        field = field or getattr(exc, "field", None)
        label = text(Field(field)) if field else ""
        if label and shown.casefold().startswith(label.casefold()):
            shown = _after_colon(shown[len(label) :]) or shown
    return shown[:1].upper() + shown[1:]


def _after_colon(rest: str) -> str:
    """What follows ": " (French puts a space before the colon), or "" when `rest` is no such tail."""
    rest = rest.lstrip(" \u00a0\u202f")
    return rest[1:].strip() if rest.startswith(":") else ""
