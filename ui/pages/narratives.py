"""Narratives page: the five sections of the period's narrative, with the period's key figures beside; and,
on a second tab, the donor's Technical Progress Report: progress towards each outcome, the TPR's own
sections and the success story with its photo, written for the half-year the TPR covers. The project's
risk register opens from the page."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from flare_monitor.actions import narratives as actions
from flare_monitor.actions.narratives import NARRATIVE_SECTIONS, TPR_SECTIONS
from flare_monitor.errors import ValidationError
from ui import i18n, jobs, vocab
from ui.dialogs.form import error_label
from ui.formatting import format_int
from ui.key_figures import format_number
from ui.messages import show_error
from ui.pages.base import Page
from ui.permissions import ENTER_VALUES, READ_PERSONAL_DATA

PHOTO_SIZE = QSize(160, 120)
SUCCESS_STORY = "success_story"


class TextSheet:
    """Editors saved together, for one period: the texts as last loaded (to tell what changed and to
    refuse a colleague's save made meanwhile) and why that period's texts may not change (a lock)."""

    def __init__(self) -> None:
        self.editors: dict[str, QPlainTextEdit] = {}
        self.saved: dict[str, str] = {}  # empty until loaded (and after "Discard")
        self.period: str | None = None  # the label the texts are stored under
        self.scope: tuple | None = None
        self.locked: str | None = None

    def texts(self) -> dict[str, str]:
        return {key: edit.toPlainText().strip() for key, edit in self.editors.items()}

    def is_dirty(self) -> bool:
        return bool(self.saved) and self.texts() != self.saved

    def fill(self, texts: dict[str, str]) -> None:
        for key, edit in self.editors.items():
            edit.blockSignals(True)
            edit.setPlainText(texts.get(key, ""))
            edit.blockSignals(False)
        self.saved = {key: texts.get(key, "").strip() for key in self.editors}


class TprSheet(TextSheet):
    """The Technical Progress Report's texts, and the success story's photo and caption beside them."""

    def __init__(self) -> None:
        super().__init__()
        self.photo = ""  # the photo file chosen ("" none)
        self.caption: QLineEdit | None = None
        self.saved_photo: tuple[str, str] = ("", "")

    def photo_state(self) -> tuple[str, str]:
        return self.photo, " ".join(self.caption.text().split()) if self.caption is not None else ""

    def is_dirty(self) -> bool:
        return super().is_dirty() or (bool(self.saved) and self.photo_state() != self.saved_photo)


class NarrativesPage(Page):
    key = "narratives"

    def __init__(self, db, parent: QWidget | None = None):
        super().__init__(db, parent)
        self.sheet = TextSheet()  # the period's five sections
        self.tpr = TprSheet()  # the Technical Progress Report's, for the half-year holding the period
        self.outcomes: list[actions.OutcomeRow] = []
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
        self.risks_button = QPushButton(self.tr("Ris&ks and assumptions…"))
        self.risks_button.setToolTip(
            self.tr("The project's risk register, printed in the Technical Progress Report")
        )
        self.evidence_buttons: list[QPushButton] = []
        self.error = error_label()

        editors = QWidget()
        editors_layout = QVBoxLayout(editors)
        self.editors = self.sheet.editors  # the five sections, by section
        prompts = self.prompts()
        for section in NARRATIVE_SECTIONS:
            box = QGroupBox(vocab.label(section.value))
            edit = self._editor(vocab.label(section.value), prompts[section.value])
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

        self.tabs = QTabWidget()
        self.tabs.addTab(splitter, self.tr("Period &narrative"))
        self.tabs.addTab(self._tpr_tab(), self.tr("&Technical Progress Report"))
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.state)
        top.addWidget(self.risks_button)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scope_note)
        layout.addWidget(self.error)
        layout.addWidget(self.tabs, 1)
        self.save_button.clicked.connect(self.save)
        self.risks_button.clicked.connect(self.open_risks)

    def title(self) -> str:
        return self.tr("Narratives")

    def _editor(self, name: str, prompt: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setPlaceholderText(prompt)
        edit.setAccessibleName(name)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(110)
        edit.textChanged.connect(self._update_state)
        return edit

    # ---------------------------------------------------------------- the Technical Progress Report's tab

    def _tpr_tab(self) -> QWidget:
        self.tpr_note = QLabel()  # which half-year the texts are written for
        self.tpr_note.setWordWrap(True)
        self.outcomes_box = QWidget()  # one box per outcome, under a heading
        self.outcomes_layout = QVBoxLayout(self.outcomes_box)
        self.outcomes_layout.setContentsMargins(0, 0, 0, 0)
        self.no_outcomes = QLabel(self.tr("The project's results framework has no outcomes yet."))
        self.outcomes_layout.addWidget(self.no_outcomes)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.addWidget(self.tpr_note)
        content_layout.addWidget(self._subheading(self.tr("Progress by outcome")))
        content_layout.addWidget(self.outcomes_box)
        content_layout.addWidget(self._subheading(self.tr("The report's other sections")))
        # The TPR prints these sections once, for the whole project: with a country chosen, a note says so.
        self.sections_note = QLabel(
            self.tr(
                "The report prints these sections for the whole project (success story, response to the "
                "donor's comments…): choose All countries to write them. A country's progress towards each "
                "outcome is written above."
            )
        )
        self.sections_note.setWordWrap(True)
        content_layout.addWidget(self.sections_note)
        self.sections = QWidget()
        sections_layout = QVBoxLayout(self.sections)
        sections_layout.setContentsMargins(0, 0, 0, 0)
        prompts = self.tpr_prompts()
        for section in TPR_SECTIONS:
            box = QGroupBox(vocab.label(section.value))
            edit = self._editor(vocab.label(section.value), prompts[section.value])
            box_layout = QVBoxLayout(box)
            box_layout.addWidget(edit)
            if section.value == SUCCESS_STORY:
                box_layout.addLayout(self._photo_row())
                box_layout.addLayout(self._evidence_row(SUCCESS_STORY, tpr=True))
            sections_layout.addWidget(box)
            self.tpr.editors[section.value] = edit
        content_layout.addWidget(self.sections)
        content_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        return scroll

    @staticmethod
    def _subheading(text: str) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        font.setPointSize(font.pointSize() + 1)
        label.setFont(font)
        return label

    def _photo_row(self) -> QHBoxLayout:
        """The success story's photo (a PNG or JPEG file, printed with the story) and its caption."""
        self.photo_preview = QLabel()
        self.photo_preview.setFixedSize(PHOTO_SIZE)
        self.photo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_preview.setStyleSheet("border: 1px solid palette(mid);")
        self.photo_name = QLabel()
        self.photo_name.setWordWrap(True)
        self.photo_name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.photo_button = QPushButton(self.tr("&Choose photo…"))
        self.photo_button.setAccessibleName(self.tr("Choose the success story's photo"))
        self.remove_photo_button = QPushButton(self.tr("Re&move photo"))
        self.caption = QLineEdit()
        self.caption.setPlaceholderText(self.tr("Who and what the photo shows, where and when"))
        self.caption.setMaxLength(500)
        self.caption.setAccessibleName(self.tr("Caption of the photo"))
        self.caption.textChanged.connect(self._update_state)
        self.tpr.caption = self.caption
        caption_label = QLabel(self.tr("Capt&ion:"))
        caption_label.setBuddy(self.caption)
        self.photo_button.clicked.connect(self.choose_photo)
        self.remove_photo_button.clicked.connect(lambda: self.set_photo(""))
        buttons = QHBoxLayout()
        buttons.addWidget(self.photo_button)
        buttons.addWidget(self.remove_photo_button)
        buttons.addStretch(1)
        caption_row = QHBoxLayout()
        caption_row.addWidget(caption_label)
        caption_row.addWidget(self.caption, 1)
        side = QVBoxLayout()
        side.addWidget(self.photo_name)
        side.addLayout(buttons)
        side.addLayout(caption_row)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.photo_preview)
        row.addLayout(side, 1)
        self._show_photo()
        return row

    def choose_photo(self) -> None:
        start = str(Path(self.tpr.photo).parent) if self.tpr.photo else ""
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the success story's photo"),
            start,
            self.tr("Photos (*.png *.jpg *.jpeg)"),
        )
        if path:
            self.set_photo(path)

    def set_photo(self, path: str) -> None:
        """The photo printed with the success story ("" none); saved with the texts."""
        self.tpr.photo = str(Path(path).absolute()) if path else ""
        self._show_photo()
        self._update_state()

    def _show_photo(self) -> None:
        path = self.tpr.photo
        self.photo_preview.clear()
        if not path:
            self.photo_preview.setText(self.tr("No photo"))
            self.photo_name.setText(self.tr("No photo: the story is printed without one."))
            self.photo_name.setToolTip("")
            return
        self.photo_name.setText(Path(path).name)
        self.photo_name.setToolTip(path)
        reader = QImageReader(path)
        reader.setAutoTransform(True)
        size = reader.size()
        if size.isValid():
            reader.setScaledSize(size.scaled(PHOTO_SIZE, Qt.AspectRatioMode.KeepAspectRatio))
        image = reader.read()
        if image.isNull():
            self.photo_preview.setText(self.tr("Cannot show\nthis file"))
        else:
            self.photo_preview.setPixmap(QPixmap.fromImage(image))

    def tpr_prompts(self) -> dict[str, str]:
        return {
            "success_story": self.tr(
                "One person or institution whose situation changed thanks to the project: who they are, "
                "what happened, what is different now."
            ),
            "management_coordination": self.tr(
                "How the project was managed and coordinated: the team, steering committees, partners, "
                "other projects."
            ),
            "donor_comments": self.tr(
                "The donor's comments on the last report, and how the project or this report answers each."
            ),
            "evaluation_follow_up": self.tr(
                "The evaluation's recommendations, and what the project did about each of them."
            ),
            "vat_exemption": self.tr(
                "Whether the project is exempt from VAT in each country and any problem with it (left out "
                "of the report when empty)."
            ),
            "sustainability": self.tr(
                "How the results will last after the project: who takes over what, with which means."
            ),
        }

    def _set_outcomes(self, outcomes: list[actions.OutcomeRow]) -> None:
        """One editor per outcome of the framework (rebuilt when the framework changed)."""
        if [(o.code, o.level, o.statement) for o in outcomes] == [
            (o.code, o.level, o.statement) for o in self.outcomes
        ]:
            return
        for key in [k for k in self.tpr.editors if k.startswith(actions.OUTCOME_PREFIX)]:
            del self.tpr.editors[key]
        while self.outcomes_layout.count() > 1:  # the "no outcomes" line stays
            item = self.outcomes_layout.takeAt(1)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.outcomes = list(outcomes)
        self.no_outcomes.setVisible(not outcomes)
        prompt = self.tr("What progress did the project make towards this outcome in the half-year?")
        for outcome in outcomes:
            title = f"{outcome.level} {outcome.code}".strip()
            box = QGroupBox(title)
            statement = QLabel(outcome.statement)
            statement.setWordWrap(True)
            statement.setStyleSheet("color: palette(dark);")
            edit = self._editor(self.tr("Progress towards %1").replace("%1", title), prompt)
            box_layout = QVBoxLayout(box)
            box_layout.addWidget(statement)
            box_layout.addWidget(edit)
            self.outcomes_layout.addWidget(box)
            self.tpr.editors[outcome.key] = edit

    def outcome_editor(self, code: str) -> QPlainTextEdit:
        return self.tpr.editors[f"{actions.OUTCOME_PREFIX}{code}"]

    # ---------------------------------------------------------------- the risk register

    def open_risks(self):
        if self.context.project is None:
            return None
        from ui.dialogs.risk_register import RiskRegisterDialog

        dialog = RiskRegisterDialog(
            self.db, self.context.project_code, tuple(self.context.project.countries), self.context.country,
            self.permissions, self,
        )  # fmt: skip
        dialog.changed.connect(self.dataChanged)
        dialog.open()
        return dialog

    # ---------------------------------------------------------------- evidence

    def _evidence_row(self, section: str, tpr: bool = False) -> QHBoxLayout:
        """A button under a section for its evidence files (a success story's photo, which the report
        prints before a photo file and which travels in packages). `tpr`: the section of the half-year."""
        button = QPushButton(self.tr("Evidence files…"))
        button.setAccessibleName(self.tr("Evidence files of %1").replace("%1", vocab.label(section)))
        button.clicked.connect(
            lambda _checked=False, s=section: self.open_evidence(s, self.tpr.period if tpr else None)
        )
        self.evidence_buttons.append(button)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(button)
        return row

    def open_evidence(self, section: str, period: str | None = None):
        """The evidence of one section of this period's narrative (or of `period`'s: the TPR's half-year),
        in a window of its own."""
        period = period or self.context.period_label
        if self.context.project is None or not period:
            return None
        from flare_monitor.actions.evidence import SectionKey, Target
        from ui.evidence_panel import EvidenceDialog

        key = SectionKey(self.context.project_code, period, self.context.country, section)
        title = (
            self.tr("Evidence — %1 — %2")
            .replace("%1", vocab.label(section))
            .replace("%2", self._scope_text(period))
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

    def sheets(self) -> tuple[TextSheet, ...]:
        return (self.sheet, self.tpr)

    def texts(self) -> dict[str, str]:
        return self.sheet.texts()

    def is_dirty(self) -> bool:
        return any(sheet.is_dirty() for sheet in self.sheets())

    @property
    def locked(self) -> str | None:
        """Why the period's texts are read-only (a lock), else None."""
        return self.sheet.locked

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
        no_project = self.tr("Choose a project first")
        explain(self.risks_button, self.context.project is not None, no_project)
        tpr_why = self._why_not_tpr()
        explain(self.photo_button, not tpr_why, tpr_why)
        explain_first(self.remove_photo_button, refused(tpr_why), (bool(self.tpr.photo), self.tr("No photo")))

    # ---------------------------------------------------------------- what the role may do

    def why_not_write(self) -> str:
        """Why the texts shown may not be changed: a country's are its officers' (and headquarters'), the
        whole project's are headquarters'."""
        return self.permissions.why_not(ENTER_VALUES, self.context.country)

    def apply_permissions(self) -> None:
        """Read-only where the role may not write (its tooltip says why) and in a locked period."""
        reason = self.why_not_write()
        for sheet in self.sheets():
            why = reason or (i18n.text(sheet.locked) if sheet.locked is not None else "")
            for edit in sheet.editors.values():
                edit.setReadOnly(bool(why))
                edit.setToolTip(why)
        tpr_why = self._why_not_tpr()
        self.caption.setReadOnly(bool(tpr_why))
        self.caption.setToolTip(tpr_why)
        self._update_state()

    def _why_not_tpr(self) -> str:
        """Why the Technical Progress Report's texts may not change: the role, or the half-year's lock."""
        return self.why_not_write() or (i18n.text(self.tpr.locked) if self.tpr.locked is not None else "")

    def _show_locks(self) -> None:
        """The lines of the locks that keep texts shown read-only (the period's, the half-year's)."""
        lines = list(dict.fromkeys(i18n.text(s.locked) for s in self.sheets() if s.locked is not None))
        self.error.setText("\n".join(lines))
        self.error.setVisible(bool(lines))

    def _scope_text(self, period: str | None = None) -> str:
        country = self.context.country
        where = f"{vocab.country_label(country)}" if country else self.tr("whole project")
        period = period or self.context.period_label
        return f"{self.context.project_code} · {vocab.period_label(period)} · {where}"

    # ---------------------------------------------------------------- load and save

    def reload(self) -> None:
        self.error.hide()
        self._update_state()
        if self.context.project is None or self.context.period is None:
            return
        scope = (self.context.project_code, self.context.period_label, self.context.country)
        query = actions.NarrativeQuery(self.context.project_code, self.context.period, self.context.country)
        self.load("texts", actions.narrative_view, query, on_result=lambda view: self._show(view, scope))
        tpr = replace(query, language=i18n.current_language())  # the outcomes as the project words them in it
        self.load("tpr", actions.tpr_view, tpr, on_result=lambda view: self._show_tpr(view, scope))

    def _show(self, view: actions.NarrativeView, scope: tuple) -> None:
        texts, figures = view.texts, view.figures
        keep_edits = self.sheet.is_dirty() and scope == self.sheet.scope  # changed elsewhere: keep the draft
        self.sheet.scope = scope
        self.sheet.period = scope[1]
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
        self.sheet.fill(texts)
        self.sheet.locked = view.locked
        self._show_locks()
        self.apply_permissions()

    def _show_tpr(self, view: actions.TprView, scope: tuple) -> None:
        keep_edits = self.tpr.is_dirty() and scope == self.tpr.scope
        self.tpr.scope = scope
        self.tpr.period = view.period
        period, shown = vocab.period_label(view.period), vocab.period_label(scope[1])
        self.tpr_note.setText(
            self.tr(
                "The Technical Progress Report covers a half-year: these texts are written for %1, the "
                "half-year that holds %2, and the report of %1 prints them."
            )
            .replace("%1", period)
            .replace("%2", shown)
            if view.period != scope[1]
            else self.tr(
                "These texts are written for %1; the Technical Progress Report of %1 prints them."
            ).replace("%1", period)
        )
        whole_project = scope[2] is None
        self.sections.setVisible(whole_project)
        self.sections_note.setVisible(not whole_project)
        if keep_edits:
            return
        self._set_outcomes(view.outcomes)
        self.tpr.fill(view.texts)
        self.caption.blockSignals(True)
        self.caption.setText(view.caption or "")
        self.caption.blockSignals(False)
        self.tpr.photo = view.photo or ""
        self.tpr.saved_photo = self.tpr.photo_state()
        self._show_photo()
        self.tpr.locked = view.locked
        self._show_locks()
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
        requests = []
        for sheet in self.sheets():
            if not sheet.is_dirty() or sheet.period is None:
                continue
            photo = caption = None
            if sheet is self.tpr:
                (path, words), (saved_path, saved_words) = self.tpr.photo_state(), self.tpr.saved_photo
                photo = path if path != saved_path else None
                caption = words if words != saved_words else None
            requests.append(actions.SaveNarrative(
                self.context.project_code, sheet.period, self.context.country, sheet.texts(),
                seen=dict(sheet.saved),  # a section someone else saved meanwhile is refused
                photo=photo, caption=caption,
            ))  # fmt: skip
        if not requests:
            return True
        # The caller (leaving the page, closing the window) needs the outcome: wait for it, painting.
        outcome = jobs.run_and_wait(
            actions.save_narratives,
            self.db,
            tuple(requests),
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
        for sheet in self.sheets():
            if sheet.saved:
                sheet.saved = sheet.texts()
        if self.tpr.saved:
            self.tpr.saved_photo = self.tpr.photo_state()
        self._show_locks()
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
            for sheet in self.sheets():
                sheet.saved = {}
            return True
        return False
