"""Base of the pages: context handling (reload only when visible), shortcuts' targets, and the way a page
reaches its data — the application layer's actions, always in a worker (ui/jobs.py)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ui import jobs
from ui.context import Context
from ui.permissions import EVERYTHING, Permissions


class Page(QWidget):
    """A page of the main window. Subclasses implement ``reload`` and optionally the actions."""

    # Ask the main window to show another page with a filter: (page key, {filter name: value}).
    navigate = Signal(str, dict)
    statusMessage = Signal(str)
    # This page wrote to the database: the other pages reload when next shown.
    dataChanged = Signal()

    key = ""

    def __init__(self, db, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.context = Context()
        self._stale = True
        self.loads = jobs.Loads(self)
        self.permissions = EVERYTHING  # what the signed-in login may do (ui/permissions.py)

    # ---------------------------------------------------------------- reaching the data

    def load(self, slot: str, fn, request=None, *, on_result, busy: QWidget | None = None, on_error=None):
        """Run the read action `fn(db, request)` in a worker; only the newest answer per `slot` arrives,
        and `busy` shows that it waits."""
        return self.loads.load(slot, fn, self.db, request, on_result=on_result, on_error=on_error, busy=busy)

    def write(self, fn, request=None, *, on_result=None, on_error=None, on_progress=None, undo_label=None):
        """Run the write action `fn(db, request)` behind the other writes of this database; a failure is
        shown as a message unless `on_error` takes it; with `undo_label` it can be undone (Ctrl+Z)."""
        from ui.messages import show_error

        return jobs.run(
            fn,
            self.db,
            request,
            on_result=on_result,
            on_error=on_error or (lambda exc: show_error(self, exc)),
            on_progress=on_progress,
            write_to=self.db,
            undo_label=undo_label,
        )

    def title(self) -> str:
        raise NotImplementedError

    def set_context(self, context: Context) -> None:
        """New project/country/period: reload now if shown, else when the page is next shown."""
        self.context = context
        self._stale = True
        if self.isVisible():
            self.refresh()

    def set_permissions(self, permissions: Permissions) -> None:
        """Who is signed in is known (on a server): grey out what their role may not do."""
        self.permissions = permissions
        self.apply_permissions()

    def apply_permissions(self) -> None:
        """Enable or grey out this page's writes for `self.permissions`; pages that write override it."""

    def mark_stale(self) -> None:
        self._stale = True

    def refresh(self) -> None:
        self._stale = False
        self.reload()

    def reload(self) -> None:
        """Load this page's data for ``self.context`` through the services."""

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # Targets of the window's shortcuts; pages that have no such action ignore them.
    def new_record(self) -> None:
        pass

    def find(self) -> None:
        pass

    def save(self) -> None:
        pass

    def printable(self):
        """The table File › Print prints (as shown: filtered, sorted), or None."""
        return None

    def print_document(self) -> bool:
        """Print what this page prints instead of a table (the Reports page: a report) and return True;
        False lets the window print `printable()`."""
        return False

    def apply_filter(self, filters: dict) -> None:
        """Called when another page navigates here with a filter (e.g. the dashboard's figures)."""

    def can_leave(self) -> bool:
        """False keeps the user here (unsaved changes they chose not to discard)."""
        return True
