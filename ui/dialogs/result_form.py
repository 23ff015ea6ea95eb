"""Add or edit a result of the framework: its code, chosen by the officer, and its statement (a new one
under a chosen parent)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from flare_monitor.actions import framework as actions
from flare_monitor.errors import ConcurrentEditError, ValidationError
from ui import jobs, vocab
from ui.dialogs.form import InlineErrors, error_label
from ui.messages import show_error


class ResultDialog(QDialog):
    """A new result (`code` None) under `parent`, or the result `code` with its `statement`."""

    saved = Signal(str)  # the result's code

    def __init__(
        self,
        db,
        project: str,
        results: list,  # ResultNode of the framework, parents first
        code: str | None = None,
        statement: str = "",
        parent_code: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._db, self._project, self._code = db, project, code
        self.setWindowTitle(self.tr("Edit result %1").replace("%1", code) if code else self.tr("New result"))
        self.setMinimumWidth(560)
        self.code_edit = QLineEdit(code or "")
        self.code_edit.setPlaceholderText(self.tr("e.g. 1.2"))
        self.code_edit.setMaxLength(32)
        self.parent_combo = QComboBox()
        self.parent_combo.addItem(self.tr("— the top of the framework —"), None)
        for node in results:
            text = f"{node.code}  {node.statement}"
            self.parent_combo.addItem(
                ("    " * (node.depth - 1)) + (text if len(text) < 90 else text[:89] + "…"), node.code
            )
        vocab.select_data(self.parent_combo, parent_code)
        self.statement = QPlainTextEdit(statement)
        self.statement.setTabChangesFocus(True)
        self.statement.setFixedHeight(110)

        self.general_error = error_label()
        self.errors = InlineErrors(self.general_error)
        form = QFormLayout()
        add = self.errors.add_row
        add(form, self.tr("&Under:"), self.parent_combo, "parent")
        add(form, self.tr("C&ode:"), self.code_edit, "code")
        add(form, self.tr("&Statement:"), self.statement, "statement")
        if code is not None:
            self.parent_combo.setEnabled(False)
            self.parent_combo.setToolTip(self.tr("Use Move under… to put the result under another one"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.code_edit.setFocus()

    def accept(self) -> None:
        self.errors.clear()
        if self._code is None:
            fn = actions.add_result
            request = actions.AddResult(
                self._project,
                self.code_edit.text(),
                self.statement.toPlainText(),
                self.parent_combo.currentData(),
            )
        else:
            fn = actions.edit_result
            request = actions.EditResult(
                self._project, self._code, self.code_edit.text(), self.statement.toPlainText()
            )
        self.buttons.setEnabled(False)
        jobs.run(fn, self._db, request, on_result=self._saved, on_error=self._refused, write_to=self._db)

    def _refused(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationError | ConcurrentEditError):
            self.errors.show(exc)
            return
        show_error(self, exc)

    def _saved(self, code: str) -> None:
        self.buttons.setEnabled(True)
        self.saved.emit(code)
        super().accept()
