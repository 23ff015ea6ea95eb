"""Add or edit a result of the framework: its code, chosen by the officer, and its statement (a new one
under a chosen parent), and on its Translations tab the statement in the other languages."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from flare_monitor.actions import framework as actions
from flare_monitor.actions import project_texts
from flare_monitor.errors import ConcurrentEditError, ValidationError
from ui import jobs, vocab
from ui.dialogs.form import InlineErrors, error_label
from ui.dialogs.translations import TranslationsTab, save_texts
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
        self._saved_code: str | None = None  # saved, while its translations are not
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
        self.result_tab = QWidget()
        self.result_tab.setLayout(form)
        self.translations = TranslationsTab(describe=lambda _row: self.tr("Statement"))
        self.translations.set_original("result", code or "", "statement", statement)
        self.statement.textChanged.connect(
            lambda: self.translations.set_original(
                "result", code or "", "statement", self.statement.toPlainText()
            )
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self.result_tab, self.tr("R&esult"))
        self.tabs.addTab(self.translations, self.tr("T&ranslations"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.translations.setEnabled(False)  # until the project's texts arrive
        self.loads = jobs.Loads(self)
        self.loads.load("texts", project_texts.project_texts_form, db, project, on_result=self._texts_loaded,
                        on_error=lambda exc: show_error(self, exc))  # fmt: skip
        self.code_edit.setFocus()

    def _texts_loaded(self, form: project_texts.TextsForm) -> None:
        self._show_texts(form)
        self.translations.setEnabled(True)  # not before: what is typed would be replaced

    def _show_texts(self, form: project_texts.TextsForm) -> None:
        """The project's language and this result's translations (a new result has none yet)."""
        key = self._code or ""
        rows = [r for r in form.rows if r.kind == "result" and r.key == key] if self._code else []
        rows = rows or [project_texts.TextRow("result", key, "statement", self.statement.toPlainText(), {})]
        self.translations.set_texts(form.language, rows)
        self.translations.set_original("result", key, "statement", self.statement.toPlainText())

    def accept(self) -> None:
        self.errors.clear()
        self.translations.clear_error()
        if self._saved_code is not None:  # the result is saved; its translations were refused
            self._save_texts(self._saved_code)
            return
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
            self.tabs.setCurrentWidget(self.result_tab)
            self.errors.show(exc)
            return
        show_error(self, exc)

    def _saved(self, code: str) -> None:
        self._save_texts(code)

    def _save_texts(self, code: str) -> None:
        """The statement's translations, under the code the result was saved with."""
        save_texts(
            self._db, self._project, self.translations.changes(key=code),
            on_done=lambda: self._done(code), on_error=lambda exc: self._texts_refused(code, exc),
        )  # fmt: skip

    def _texts_refused(self, code: str, exc: BaseException) -> None:
        """The result is saved but a translation was refused: corrected on the Translations tab, then
        saved again alone."""
        self.buttons.setEnabled(True)
        self._saved_code = code
        self.result_tab.setEnabled(False)
        self.tabs.setCurrentWidget(self.translations)
        if not self.translations.refused(exc):
            show_error(self, exc)
        self.saved.emit(code)

    def _done(self, code: str) -> None:
        self.buttons.setEnabled(True)
        self.saved.emit(code)
        super().accept()
