"""Narratives page: the five sections of the period's narrative, with the period's key figures beside."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from flare_monitor.actions import narratives as actions
from flare_monitor.actions.narratives import NARRATIVE_SECTIONS
from flare_monitor.errors import ValidationError
from ui import i18n, jobs, vocab
from ui.dialogs.form import error_label
from ui.formatting import format_int
from ui.key_figures import format_number
from ui.messages import show_error
from ui.pages.base import Page
from ui.permissions import ENTER_VALUES, READ_PERSONAL_DATA


class NarrativesPage(Page):
    key = "narratives"

    def __init__(self, db, parent: QWidget | None = None):
        super().__init__(db, parent)
        self._saved: dict[str, str] = {}
        self._scope: tuple | None = None
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSize(font.pointSize() + 2)
        font.setBold(True)
        self.heading.setFont(font)
        self.scope_note = QLabel()  # whose texts these are: one country's, or the whole project's
        self.scope_note.setWordWrap(True)
        self.scope_note.setStyleSheet("color: palette(dark);")
        self.state = QLabel()
        self.save_button = QPushButton(self.tr("&Save (Ctrl+S)"))
        self.evidence_buttons: list[QPushButton] = []
        self.error = error_label()

        editors = QWidget()
        editors_layout = QVBoxLayout(editors)
        self.editors: dict[str, QPlainTextEdit] = {}
        prompts = self.prompts()
        for section in NARRATIVE_SECTIONS:
            box = QGroupBox(vocab.label(section.value))
            edit = QPlainTextEdit()
            edit.setPlaceholderText(prompts[section.value])
            edit.setAccessibleName(vocab.label(section.value))
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(110)
            edit.textChanged.connect(self._update_state)
            box_layout = QVBoxLayout(box)
            box_layout.addWidget(edit)
            box_layout.addLayout(self._evidence_row(section.value))
            editors_layout.addWidget(box)
            self.editors[section.value] = edit
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(editors)

        figures_box = QGroupBox(self.tr("Key figures of the period"))
        self.figures = QLabel()
        self.figures.setWordWrap(True)
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        figures_layout = QVBoxLayout(figures_box)
        figures_layout.addWidget(self.figures)
        figures_layout.addStretch(1)

        splitter = QSplitter()
        splitter.addWidget(scroll)
        splitter.addWidget(figures_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 440])
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.state)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scope_note)
        layout.addWidget(self.error)
        layout.addWidget(splitter, 1)
        self.save_button.clicked.connect(self.save)

    def title(self) -> str:
        return self.tr("Narratives")

    def _evidence_row(self, section: str) -> QHBoxLayout:
        """A button under a section for its evidence files (a success story's photo)."""
        button = QPushButton(self.tr("Evidence files…"))
        button.setAccessibleName(self.tr("Evidence files of %1").replace("%1", vocab.label(section)))
        button.clicked.connect(lambda _checked=False, s=section: self.open_evidence(s))
        self.evidence_buttons.append(button)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(button)
        return row

    def open_evidence(self, section: str):
        """The evidence of one section of this period's narrative, in a window of its own."""
        if self.context.project is None or not self.context.period_label:
            return None
        from flare_monitor.actions.evidence import SectionKey, Target
        from ui.evidence_panel import EvidenceDialog

        key = SectionKey(self.context.project_code, self.context.period_label, self.context.country, section)
        title = (
            self.tr("Evidence — %1 — %2")
            .replace("%1", vocab.label(section))
            .replace("%2", self._scope_text())
        )
        dialog = EvidenceDialog(self.db, Target(section=key), title, self)
        dialog.panel.set_read_only(self.why_not_write())
        dialog.open()
        return dialog

    def prompts(self) -> dict[str, str]:
        return {
            "highlights": self.tr(
                "What did the project achieve this period? Name the trainings, agencies and numbers."
            ),
            "challenges": self.tr("What got in the way, and what did the team do about it?"),
            "lessons_learned": self.tr("What would you do differently next time?"),
            "good_practices": self.tr("What worked well and could be repeated elsewhere?"),
            "next_period_plan": self.tr("Which activities are planned for the next period?"),
        }

    # ---------------------------------------------------------------- state

    def texts(self) -> dict[str, str]:
        return {key: edit.toPlainText().strip() for key, edit in self.editors.items()}

    def is_dirty(self) -> bool:
        return bool(self._saved) and self.texts() != self._saved

    locked: str | None = None  # the period is locked: the texts are read-only

    def _update_state(self) -> None:
        dirty = self.is_dirty()
        self.state.setText(self.tr("Unsaved changes") if dirty else "")
        self.state.setStyleSheet("color: #b00020;" if dirty else "")
        from ui.widgets import explain, explain_first, refused

        nothing = self.tr("Nothing to save: no change since the texts were saved")
        explain_first(self.save_button, refused(self.why_not_write()), (dirty, nothing))
        closed = self.permissions.why_not(READ_PERSONAL_DATA)  # the list names the files
        for button in self.evidence_buttons:
            explain(button, not closed, closed)

    # ---------------------------------------------------------------- what the role may do

    def why_not_write(self) -> str:
        """Why the texts shown may not be changed: a country's are its officers' (and headquarters'), the
        whole project's are headquarters'."""
        return self.permissions.why_not(ENTER_VALUES, self.context.country)

    def apply_permissions(self) -> None:
        """Read-only where the role may not write (its tooltip says why) and in a locked period."""
        reason = self.why_not_write()
        locked = getattr(self, "locked", None) is not None
        for edit in self.editors.values():
            edit.setReadOnly(bool(reason) or locked)
            edit.setToolTip(reason)
        self._update_state()

    def _scope_text(self) -> str:
        country = self.context.country
        where = f"{vocab.country_label(country)}" if country else self.tr("whole project")
        return f"{self.context.project_code} · {vocab.period_label(self.context.period_label)} · {where}"

    # ---------------------------------------------------------------- load and save

    def reload(self) -> None:
        self.error.hide()
        if self.context.project is None or self.context.period is None:
            return
        scope = (self.context.project_code, self.context.period_label, self.context.country)
        query = actions.NarrativeQuery(self.context.project_code, self.context.period, self.context.country)
        self.load("texts", actions.narrative_view, query, on_result=lambda view: self._show(view, scope))

    def _show(self, view: actions.NarrativeView, scope: tuple) -> None:
        texts, figures = view.texts, view.figures
        keep_edits = self.is_dirty() and scope == self._scope  # data changed elsewhere: keep the draft
        self._scope = scope
        self.heading.setText(self.tr("Narrative — %1").replace("%1", self._scope_text()))
        country = self.context.country
        self.scope_note.setText(
            self.tr("These texts are %1's: the report prints them in %1's section.").replace(
                "%1", vocab.country_label(country)
            )
            if country
            else self.tr(
                "These texts are the whole project's (no country chosen): the report prints them in its "
                "project-wide sections. Choose a country above to write that country's texts."
            )
        )
        self.figures.setText(self._figures_html(figures))
        if keep_edits:
            return
        for key, edit in self.editors.items():
            edit.blockSignals(True)
            edit.setPlainText(texts.get(key, ""))
            edit.blockSignals(False)
        self._saved = {key: text.strip() for key, text in texts.items()}
        self.locked = view.locked
        if view.locked:
            self.error.setText(i18n.text(view.locked))
            self.error.show()
        self.apply_permissions()

    def _figures_html(self, figures) -> str:
        # Words first, then the markup: lupdate does not read tr() calls inside f-strings.
        activities, completed = self.tr("Activities in the period"), self.tr("completed")
        trainings, people = self.tr("trainings completed"), self.tr("People trained")
        key_title, heads = self.tr("Key indicators"), (self.tr("Code"), self.tr("Actual"), self.tr("Target"))
        status = self.tr("Status")
        words = {"female": self.tr("Female"), "male": self.tr("Male")}  # counts of people: plural wording
        sexes = figures.people_by_sex
        lines = [
            f"<p><b>{activities}:</b> {format_int(figures.activity_count)}<br>"
            f"{completed}: {format_int(figures.completed)} · "
            f"{trainings}: {format_int(figures.trainings)}</p>",
            f"<p><b>{people}:</b> {format_int(figures.people)}<br>"
            + " · ".join(
                f"{words.get(sex) or vocab.label(sex)}: {format_int(n)}"
                for sex, n in sexes.items()
                if n or sex in ("female", "male")
            )
            + "</p>",
        ]
        key = [f for f in figures.indicators if f.is_key]
        if key:
            rows = "".join(
                f"<tr><td>{f.code}</td><td>{format_number(f.actual, f.unit)}</td>"
                f"<td>{format_number(f.target, f.unit)}</td><td>{vocab.label(f.status)}</td></tr>"
                for f in key
            )
            cells = "".join(f"<th align='left'>{text}</th>" for text in (*heads, status))
            table = f"<table cellspacing='0' cellpadding='3'><tr>{cells}</tr>{rows}</table>"
            lines.append(f"<p><b>{key_title}</b></p>{table}")
        return "".join(lines)

    def save(self) -> bool:
        if self.context.project is None:
            return False
        reason = self.why_not_write()
        if reason:
            self.statusMessage.emit(reason)
            return False
        texts = self.texts()
        request = actions.SaveNarrative(
            self.context.project_code,
            self.context.period_label,
            self.context.country,
            texts,
            seen=dict(self._saved),  # a section someone else saved meanwhile is refused
        )
        # The caller (leaving the page, closing the window) needs the outcome: wait for it, painting.
        outcome = jobs.run_and_wait(
            actions.save_narratives,
            self.db,
            request,
            write_to=self.db,
            undo_label=self.tr("Save the narrative"),
        )
        if isinstance(outcome, ValidationError):
            self.error.setText(i18n.text(outcome))
            self.error.show()
            return False
        if isinstance(outcome, BaseException):
            show_error(self, outcome)
            return False
        self._saved = texts
        self.error.hide()
        self._update_state()
        self.statusMessage.emit(self.tr("Narrative saved"))
        return True

    def can_leave(self) -> bool:
        if not self.is_dirty():
            return True
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved narrative"),
            self.tr("The narrative of %1 has unsaved changes. Save them?").replace("%1", self._scope_text()),
            buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Save,
        )
        if answer == buttons.Save:
            return self.save()
        if answer == buttons.Discard:
            self._saved = {}
            return True
        return False
