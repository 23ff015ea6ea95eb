"""Undo and redo of the officer's recent actions in this session (Edit › Undo, Ctrl+Z).

Each undoable write is recorded with a label ("Delete activity BR-PK-2024-TRN-APR") and the audit entries
it wrote; undoing reverses those entries in a worker (flare_monitor.actions.undo), and the entries the
undo wrote are what a redo reverses. A refusal (the record changed afterwards, a locked period) is shown
with its reason and the history stays as it was.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from flare_monitor.actions import undo as actions

_histories: dict[str, UndoHistory] = {}


@dataclass(frozen=True)
class Step:
    label: str
    entries: tuple


class UndoHistory(QObject):
    """The undo and redo stacks of one database."""

    changed = Signal()  # the stacks changed (menu texts)
    reverted = Signal()  # data changed through an undo or redo: pages reload

    LIMIT = 50

    def __init__(self, db):
        super().__init__()
        self.db = db
        self.undo_steps: list[Step] = []
        self.redo_steps: list[Step] = []
        self.busy = False

    def record(self, label: str, entries) -> None:
        if not entries:
            return
        self.undo_steps.append(Step(label, tuple(entries)))
        del self.undo_steps[: -self.LIMIT]
        self.redo_steps.clear()
        self.changed.emit()

    def undo_label(self) -> str | None:
        return self.undo_steps[-1].label if self.undo_steps and not self.busy else None

    def redo_label(self) -> str | None:
        return self.redo_steps[-1].label if self.redo_steps and not self.busy else None

    def undo(self, parent=None) -> None:
        self._reverse(self.undo_steps, self.redo_steps, parent)

    def redo(self, parent=None) -> None:
        self._reverse(self.redo_steps, self.undo_steps, parent)

    def _reverse(self, source: list[Step], target: list[Step], parent) -> None:
        from ui import jobs
        from ui.messages import show_error

        if not source or self.busy:
            return
        step = source[-1]
        self.busy = True
        self.changed.emit()

        def done(reversal: actions.Reversal) -> None:
            self.busy = False
            source.pop()
            target.append(Step(step.label, reversal.entries))
            self.changed.emit()
            self.reverted.emit()

        def refused(exc: BaseException) -> None:
            self.busy = False
            self.changed.emit()
            show_error(parent, exc)

        jobs.run(actions.reverse, self.db, step.entries, on_result=done, on_error=refused, write_to=self.db)


def history(db) -> UndoHistory:
    """The undo history of `db` (one per database for the whole session)."""
    found = _histories.get(db.url)
    if found is None or found.db is not db:
        found = _histories[db.url] = UndoHistory(db)
    return found
