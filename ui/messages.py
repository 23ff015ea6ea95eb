"""Message boxes in one place: user errors as messages, bugs to the excepthook, confirmations."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from flare_monitor.actions.base import user_facing
from ui.core_messages import field_label, translate


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
        QMessageBox.warning(
            parent, QCoreApplication.translate("messages", "Cannot do that"), translate(str(problem))
        )
    else:
        sys.excepthook(type(exc), exc, exc.__traceback__)


def field_message(exc: BaseException, field: str | None = None) -> str:
    """The message of a ValidationError (in the UI's language) without the 'field: ' prefix the services
    put in front."""
    text = translate(str(exc))
    field = field or getattr(exc, "field", None)
    for prefix in (field_label(field), field) if field else ():
        rest = text[len(prefix) :] if text.lower().startswith(prefix.lower()) else ""
        # French puts a (non-breaking) space before the colon: "nom : ne doit pas être vide".
        if rest.lstrip(" \u00a0").startswith(":"):
            text = rest.lstrip(" \u00a0")[1:].strip()
            break
    return text[:1].upper() + text[1:]
