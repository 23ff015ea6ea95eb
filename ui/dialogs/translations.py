"""The Translations tab of the set-up forms: the project's own texts (result statements, level names,
indicator names and definitions, titles of narrative sections) in the other languages of the program,
one row per text and one column per language, and the language the texts are written in.

The rows come from flare_monitor.actions.project_texts; what changed is saved, after the form's own
save, one text at a time through the queue of writes (`save_texts`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from flare_monitor.actions import project_texts as actions
from flare_monitor.actions.base import user_facing
from flare_monitor.i18n import LANGUAGES, NAMES, SOURCE
from flare_monitor.vocabulary import NarrativeSection
from ui import jobs, vocab
from ui.dialogs.form import error_label
from ui.i18n import text as shown
from ui.table_tools import make_copyable

KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # (kind, key, field) of a row, on its first cell


@dataclass(frozen=True)
class TextChange:
    """One translation to give (text) or remove (None)."""

    kind: str
    key: str
    field: str
    language: str
    text: str | None


class _Editor(QStyledItemDelegate):
    """A definition is edited on several lines; the other texts on one."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt API
        key = index.siblingAtColumn(0).data(KEY_ROLE)
        if key and key[2] == "definition":
            editor = QPlainTextEdit(parent)
            editor.setTabChangesFocus(True)
            return editor
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor, index) -> None:  # noqa: N802 - Qt API
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(index.data(Qt.ItemDataRole.EditRole) or "")
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index) -> None:  # noqa: N802 - Qt API
        if isinstance(editor, QPlainTextEdit):
            model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

    def updateEditorGeometry(self, editor, option, index) -> None:  # noqa: N802 - Qt API
        rect = option.rect
        if isinstance(editor, QPlainTextEdit):
            rect.setHeight(max(rect.height(), 90))
        editor.setGeometry(rect)


class TranslationsTab(QWidget):
    """The texts in a table: what a text is, its original, then one column per other language.

    `language_choice` adds the choice of the language the texts are written in (the project form);
    changing it changes the columns, keeping what was typed."""

    languageChanged = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        language_choice: bool = False,
        intro: str = "",
        describe: Callable[[actions.TextRow], str] | None = None,
    ):
        super().__init__(parent)
        self._describe = describe
        self._language = SOURCE
        self._loaded_language = SOURCE
        self._rows: list[actions.TextRow] = []
        self._typed: dict[tuple[str, str, str, str], str] = {}  # (kind, key, field, language) → text
        self._filling = False
        layout = QVBoxLayout(self)
        self.intro = QLabel(
            intro
            or self.tr(
                "A report in another language shows the project's texts in that language. A blank cell "
                "is a text not translated yet: the report shows the original and marks it."
            )
        )
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.language = QComboBox()
        for language in LANGUAGES:
            self.language.addItem(NAMES[language], language)
        self.language.setAccessibleName(self.tr("Texts written in"))
        if language_choice:
            form = QFormLayout()
            label = QLabel(self.tr("Texts &written in:"))
            label.setBuddy(self.language)
            form.addRow(label, self.language)
            layout.addLayout(form)
            self.language.setToolTip(
                self.tr("The language of the statements, level names and indicator names and definitions")
            )
        else:
            self.language.hide()
        self.table = QTableWidget()
        self.table.setAccessibleName(self.tr("The project's texts in other languages"))
        self.table.setItemDelegate(_Editor(self.table))
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().hide()
        make_copyable(self.table)  # several rows copied at once (Ctrl+C), with the headings
        # Rows as high as their wrapped texts, whatever the width the columns get
        self.table.horizontalHeader().sectionResized.connect(lambda *_args: self._fit_rows())
        layout.addWidget(self.table, 1)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.hide()
        layout.addWidget(self.empty)
        self.error = error_label()
        layout.addWidget(self.error)
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.table.itemChanged.connect(self._edited)
        self._build()

    # ---------------------------------------------------------------- content

    def set_texts(self, language: str, rows: Iterable[actions.TextRow]) -> None:
        """The texts as stored, and the language they are written in."""
        self._loaded_language = language
        self._rows = list(rows)
        self._typed = {}
        self._filling = True
        vocab.select_data(self.language, language)
        self._filling = False
        self._language = language
        self._build()

    def set_original(self, kind: str, key: str, field: str, text: str) -> None:
        """A text as its form shows it now (the form's statement or name, while it is edited)."""
        for index, row in enumerate(self._rows):
            if (row.kind, row.key, row.field) == (kind, key, field):
                self._rows[index] = actions.TextRow(kind, key, field, text, row.translations)
                break
        else:
            self._rows.append(actions.TextRow(kind, key, field, text, {}))
            self._build()
            return
        item = self._find(kind, key, field, 1)
        if item is not None:
            self._filling = True
            item.setText(text)
            item.setToolTip(text)
            self.table.resizeRowToContents(item.row())
            self._filling = False

    def show_empty(self, text: str) -> None:
        """Say why there is nothing to translate yet (a project not saved)."""
        self.empty.setText(text)
        self.empty.setVisible(bool(text))

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()

    def refused(self, exc: BaseException) -> bool:
        """Show a refusal of a translation under the table; False when it is a bug (for show_error)."""
        problem = user_facing(exc)
        if problem is None:
            return False
        self.error.setText(shown(problem))
        self.error.show()
        return True

    def written_in(self) -> str:
        return self._language

    def language_change(self) -> str | None:
        """The language the texts are now said to be written in, when it changed."""
        return self._language if self._language != self._loaded_language else None

    def text(self, kind: str, key: str, field: str, language: str) -> str:
        """What the cell holds now (typed, or as stored)."""
        typed = self._typed.get((kind, key, field, language))
        if typed is not None:
            return typed
        row = next((r for r in self._rows if (r.kind, r.key, r.field) == (kind, key, field)), None)
        return (row.translations.get(language) or "") if row else ""

    def set_text(self, kind: str, key: str, field: str, language: str, text: str) -> None:
        """Type a translation (as the officer would in the cell)."""
        item = self._find(kind, key, field, 2 + self.languages().index(language))
        if item is None:
            raise KeyError((kind, key, field, language))
        item.setText(text)

    def languages(self) -> list[str]:
        """The languages of the translation columns."""
        return [language for language in LANGUAGES if language != self._language]

    def changes(self, key: str | None = None) -> list[TextChange]:
        """The translations typed that differ from those stored, in the columns shown; with `key`, as
        the texts of the record saved under that code (a form's new or renamed result or indicator)."""
        out = []
        for row in self._rows:
            for language in self.languages():
                typed = self._typed.get((row.kind, row.key, row.field, language))
                if typed is None:
                    continue
                new = typed.strip() or None
                if new != ((row.translations.get(language) or "").strip() or None):
                    out.append(
                        TextChange(row.kind, row.key if key is None else key, row.field, language, new)
                    )
        return out

    # ---------------------------------------------------------------- the table

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._fit_rows()

    def _fit_rows(self) -> None:
        """Once the columns have their widths (after the events that lay them out)."""
        QTimer.singleShot(0, self.table.resizeRowsToContents)

    def _language_chosen(self) -> None:
        if self._filling:
            return
        self._language = self.language.currentData()
        self._build()
        self.languageChanged.emit(self._language)

    def _edited(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() < 2:
            return
        kind, key, field = self.table.item(item.row(), 0).data(KEY_ROLE)
        language = self.languages()[item.column() - 2]
        self._typed[(kind, key, field, language)] = item.text()

    def _find(self, kind: str, key: str, field: str, column: int) -> QTableWidgetItem | None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(KEY_ROLE) == (kind, key, field):
                return self.table.item(row, column)
        return None

    def _what(self, row: actions.TextRow) -> str:
        if self._describe is not None:
            return self._describe(row)
        if row.kind == "level":
            return self.tr("Level %1").replace("%1", row.key)
        if row.kind == "result":
            return self.tr("Result %1").replace("%1", row.key)
        if row.kind == "indicator" and row.field == "definition":
            return self.tr("Indicator %1: definition").replace("%1", row.key)
        if row.kind == "indicator":
            return self.tr("Indicator %1: name").replace("%1", row.key)
        return self.tr("Section title: %1").replace("%1", vocab.label(row.key))

    def _build(self) -> None:
        self._filling = True
        languages = self.languages()
        headers = [self.tr("Text"), self.tr("Original (%1)").replace("%1", NAMES[self._language])]
        headers += [NAMES[language] for language in languages]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(self._rows))
        for number, row in enumerate(self._rows):
            what = QTableWidgetItem(self._what(row))
            what.setData(KEY_ROLE, (row.kind, row.key, row.field))
            what.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            original_text = row.original or (vocab.label(row.key) if row.kind == "section" else "")
            original = QTableWidgetItem(original_text)
            original.setToolTip(
                original_text
                if row.kind != "section"
                else self.tr("The report's own title, used where no title is given")
            )
            original.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            if row.kind == "section":
                original.setForeground(self.palette().placeholderText())
            self.table.setItem(number, 0, what)
            self.table.setItem(number, 1, original)
            for column, language in enumerate(languages, start=2):
                cell = QTableWidgetItem(self.text(row.kind, row.key, row.field, language))
                cell.setToolTip(
                    self.tr("%1 in %2").replace("%1", self._what(row)).replace("%2", NAMES[language])
                )
                self.table.setItem(number, column, cell)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), 220))
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        self._filling = False


def section_rows(rows: Iterable[actions.TextRow]) -> list[actions.TextRow]:
    """`rows` and a row for the title of every narrative section not listed yet (a section is listed
    only once a title is given for it)."""
    rows = list(rows)
    listed = {row.key for row in rows if row.kind == "section"}
    extra = [
        actions.TextRow("section", s.value, "title", "", {})
        for s in NarrativeSection
        if s.value not in listed
    ]
    return rows + extra


def save_texts(
    db,
    project: str,
    changes: list[TextChange],
    *,
    language: str | None = None,
    on_done: Callable[[], None],
    on_error: Callable[[BaseException], None],
) -> None:
    """Save the language the texts are written in (when it changed), then each changed translation, one
    write after the other; `on_done` after the last, `on_error` at the first refusal (later ones wait)."""
    steps: list[tuple] = []
    if language is not None:
        steps.append((actions.set_text_language, actions.SetTextLanguage(project, language)))
    for change in changes:
        request = actions.SetProjectText(
            project, change.kind, change.key, change.field, change.language, change.text
        )
        steps.append((actions.set_project_text, request))

    def next_step(_result=None) -> None:
        if not steps:
            on_done()
            return
        fn, request = steps.pop(0)
        jobs.run(fn, db, request, on_result=next_step, on_error=on_error, write_to=db)

    next_step()
