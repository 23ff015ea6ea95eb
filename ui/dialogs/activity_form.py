"""Add or edit an activity; for trainings, the Attendance tab with the roster."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
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

from flare_monitor.actions import activities as actions
from flare_monitor.actions.activities import ActivityIn, RosterChanges
from flare_monitor.actions.attendance import ActivityDates
from flare_monitor.actions.places import subdivisions_of
from flare_monitor.actions.projects import ProjectRow, results_of
from flare_monitor.errors import ConcurrentEditError, ValidationError
from flare_monitor.vocabulary import ActivityStatus, ActivityType
from ui import i18n, jobs, vocab
from ui.dialogs.form import InlineErrors, date_edit, error_label, get_date, set_date
from ui.messages import show_error

# Fields of an attendance record: an error about one of them belongs to the roster tab.
ROSTER_FIELDS = ("days", "pre-test score", "post-test score", "role")


class ActivityDialog(QDialog):
    """``code=None`` adds a new activity in ``country``; otherwise edits the activity with that code."""

    saved = Signal(str)  # the activity code
    importRequested = Signal(str)
    pasteImported = Signal(str, str)  # activity code, the pasted rows as a sheet file

    def __init__(
        self,
        db,
        project: ProjectRow,
        code: str | None = None,
        country: str | None = None,
        parent: QWidget | None = None,
        period=None,
    ):
        """`period` (the one chosen in the window) gives a new activity its dates."""
        super().__init__(parent)
        self._db, self._project, self._code = db, project, code
        self._proposed = ""  # the code the form proposed (replaced when country, type or year change)
        self._actual_edited = False  # actual dates follow the planned ones until the officer changes them
        self._version: int | None = None
        self._id = None  # the activity's id: followed even if someone else changes its code
        self._seen: ActivityIn | None = None  # what the form showed, for the concurrent-edit message
        self.setWindowTitle(
            self.tr("Edit activity %1").replace("%1", code) if code else self.tr("New activity")
        )
        self.setMinimumWidth(620)

        self.general_error = error_label()
        self.errors = InlineErrors(self.general_error)
        self.tabs = QTabWidget()
        details = QWidget()
        form = QFormLayout(details)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.country = QComboBox()
        for c in vocab.sorted_countries(project.countries):
            self.country.addItem(f"{vocab.country_label(c)} ({c})", c)
        self.code_edit = QLineEdit()
        self.code_edit.setToolTip(self.tr("Proposed from the country, year and type; you may change it"))
        self.title_edit = QLineEdit()
        self.type = QComboBox()
        vocab.fill_combo(self.type, ActivityType)
        self.status = QComboBox()
        vocab.fill_combo(self.status, ActivityStatus)
        self.start = date_edit()
        self.end = date_edit()
        self.actual_start = date_edit(optional=True)
        self.actual_end = date_edit(optional=True)
        self.subdivision = QComboBox()
        self.result_box = QComboBox()  # the project's results framework, code and statement
        self.result_box.addItem(self.tr("— none —"), None)
        self.venue = QLineEdit()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why it was delayed, postponed or cancelled"))
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(80)

        add = self.errors.add_row
        add(form, self.tr("&Country:"), self.country, "country")
        add(form, self.tr("Su&bdivision:"), self.subdivision, "subdivision")
        add(form, self.tr("C&ode:"), self.code_edit, "code")
        add(form, self.tr("&Title:"), self.title_edit, "title")
        add(form, self.tr("T&ype:"), self.type, "type")
        add(form, self.tr("&Status:"), self.status, "status")
        add(form, self.tr("&Planned start:"), self.start, "start")
        add(form, self.tr("Planned &end:"), self.end, "end")
        add(form, self.tr("Actual start:"), self.actual_start, "actual start")
        add(form, self.tr("Actual end:"), self.actual_end, "actual end")
        add(form, self.tr("&Result:"), self.result_box, "result")
        add(form, self.tr("&Venue:"), self.venue, "venue")
        add(form, self.tr("Reaso&n:"), self.reason, "reason")
        add(form, self.tr("&Description:"), self.description, "description")
        self.tabs.addTab(details, self.tr("Details"))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)

        self.country.currentIndexChanged.connect(self._fill_subdivisions)
        self.roster_panel = None
        self.evidence_panel = None
        self.loads = jobs.Loads(self)
        self.loads.load("results", results_of, db, project.code, on_result=self._fill_results)
        if code:
            self.tabs.setEnabled(False)  # until the activity arrives
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            self.loads.load(
                "activity", actions.activity_form, db, code, on_result=self._show, on_error=self._load_failed
            )
        else:
            if country:
                vocab.select_data(self.country, country)
            day = _default_day(period)
            set_date(self.start, day)
            set_date(self.end, day)
            self._fill_subdivisions()
            for signal in (
                self.country.currentIndexChanged,
                self.type.currentIndexChanged,
                self.start.dateChanged,
            ):
                signal.connect(self._propose_code)
            self.type.currentIndexChanged.connect(self._follow_type)
            self._propose_code()
            self._follow_type()
        for planned in (self.start, self.end):
            planned.dateChanged.connect(self._follow_planned)
        self.status.currentIndexChanged.connect(self._follow_planned)
        for actual in (self.actual_start, self.actual_end):
            actual.dateChanged.connect(self._actual_changed)
        self.title_edit.setFocus() if code is None else self.code_edit.setFocus()

    # ---------------------------------------------------------------- loading

    def _fill_subdivisions(self, *_args, selected: str | None = None) -> None:
        current = selected if selected is not None else self.subdivision.currentData()
        self.subdivision.clear()
        self.subdivision.addItem(self.tr("— none —"), None)
        code = self.country.currentData()
        for sub_code, name in subdivisions_of(code) if code else []:
            self.subdivision.addItem(f"{name} ({sub_code})", sub_code)
        vocab.select_data(self.subdivision, current)

    def _fill_results(self, results: list[tuple[str, str]]) -> None:
        wanted = self.result_box.currentData() or getattr(self, "_result_code", None)
        for code, statement in results:
            self.result_box.addItem(f"{code}  {statement}", code)
            self.result_box.setItemData(self.result_box.count() - 1, statement, Qt.ItemDataRole.ToolTipRole)
        vocab.select_data(self.result_box, wanted)

    # ---------------------------------------------------------------- a new activity: quick to fill

    def _propose_code(self, *_args) -> None:
        """A code in the project's style, unless the officer typed one of their own."""
        if self._code is not None or self.code_edit.text().strip() not in ("", self._proposed):
            return
        request = actions.CodeProposal(
            self._project.code,
            self.country.currentData() or "",
            get_date(self.start).year,
            self.type.currentData(),
        )
        self.loads.load("code", actions.propose_code, self._db, request, on_result=self._proposal)

    def _proposal(self, code: str) -> None:
        if self.code_edit.text().strip() in ("", self._proposed):
            self._proposed = code
            self.code_edit.setText(code)

    def _follow_planned(self, *_args) -> None:
        """Actual dates follow the planned ones (for an activity under way or done) until changed."""
        if self._actual_edited or self.status.currentData() not in ("ongoing", "completed"):
            return
        for planned, actual in ((self.start, self.actual_start), (self.end, self.actual_end)):
            actual.blockSignals(True)
            set_date(actual, get_date(planned))
            actual.blockSignals(False)

    def _actual_changed(self, *_args) -> None:
        self._actual_edited = True

    def _follow_type(self, *_args) -> None:
        """A new training gets its Attendance tab at once: people are added before the first save."""
        if self.type.currentData() == ActivityType.TRAINING and self.roster_panel is None:
            self._add_roster_tab(None, locked=False, count=0)

    def _add_roster_tab(self, code: str | None, *, locked: bool, count: int) -> None:
        from ui.dialogs.roster import RosterPanel

        self.roster_panel = RosterPanel(
            self._db,
            code,
            self,
            dates=self._dates,
            locked=locked,
            countries=self._project.countries,
            country=lambda: self.country.currentData(),
        )
        self.roster_panel.importRequested.connect(self.importRequested)
        self.roster_panel.pasted.connect(self.pasteImported)
        index = self.tabs.insertTab(
            1, self.roster_panel, self.tr("Attendance (%1)").replace("%1", str(count))
        )
        self.roster_panel.changed.connect(
            lambda: self.tabs.setTabText(
                index, self.tr("Attendance (%1)").replace("%1", str(self.roster_panel.model.rowCount()))
            )
        )

    def _load_failed(self, exc: BaseException) -> None:
        show_error(self, exc)
        self.reject()

    def _show(self, form: actions.ActivityForm) -> None:
        detail = form.detail
        self.tabs.setEnabled(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        self._version, self._id, self._seen = detail.version, detail.row.id, detail.as_input()
        row = detail.row
        vocab.select_data(self.country, row.country)
        self._fill_subdivisions(selected=row.subdivision)
        self.code_edit.setText(row.code)
        self.title_edit.setText(row.title)
        vocab.select_data(self.type, row.type)
        vocab.select_data(self.status, row.status)
        set_date(self.start, detail.planned[0])
        set_date(self.end, detail.planned[1])
        set_date(self.actual_start, detail.actual[0])
        set_date(self.actual_end, detail.actual[1])
        self._actual_edited = True  # an activity as stored keeps its actual dates
        self._result_code = detail.result_code
        vocab.select_data(self.result_box, detail.result_code)
        self.venue.setText(row.venue or "")
        self.reason.setText(row.reason or "")
        self.description.setPlainText(detail.description or "")
        if row.type == ActivityType.TRAINING:
            self._add_roster_tab(row.code, locked=form.locked is not None, count=row.participants)
        self._add_evidence_tab(row.code)

    def _add_evidence_tab(self, code: str) -> None:
        """The activity's evidence files (attached and removed at once, not with Save)."""
        from flare_monitor.actions.evidence import Target
        from ui.evidence_panel import EvidencePanel

        self.evidence_panel = EvidencePanel(self._db, None, self)
        index = self.tabs.addTab(self.evidence_panel, self.tr("Evidence"))
        self.evidence_panel.changed.connect(
            lambda count: self.tabs.setTabText(index, self.tr("Evidence (%1)").replace("%1", str(count)))
        )
        self.evidence_panel.set_target(Target(activity=code))

    # ---------------------------------------------------------------- saving

    def data(self) -> ActivityIn:
        return ActivityIn(
            project=self._project.code,
            country=self.country.currentData(),
            code=self.code_edit.text(),
            title=self.title_edit.text(),
            type=self.type.currentData(),
            start=get_date(self.start),
            end=get_date(self.end),
            status=self.status.currentData(),
            subdivision=self.subdivision.currentData(),
            result_code=self.result_box.currentData(),
            actual_start=get_date(self.actual_start),
            actual_end=get_date(self.actual_end),
            venue=self.venue.text(),
            description=self.description.toPlainText(),
            reason=self.reason.text(),
        )

    def reload_roster(self) -> None:
        """The roster as stored now (after an import of its sheet)."""
        if self.roster_panel is not None:
            self.roster_panel.reload()

    def _dates(self) -> ActivityDates:
        """The activity's dates as the form holds them now (the roster's days are checked against them)."""
        start = get_date(self.actual_start) or get_date(self.start)
        end = get_date(self.actual_end) or get_date(self.end)
        return ActivityDates(self.code_edit.text().strip() or "", start, max(start, end))

    def roster_changes(self) -> RosterChanges:
        return self.roster_panel.changes() if self.roster_panel is not None else RosterChanges()

    def accept(self) -> None:
        """Save the activity and its roster in one go; on a validation error the message appears next to
        its field and the dialog stays open with everything typed."""
        self.errors.clear()
        request = actions.SaveActivity(
            self.data(), self._id, self._version, self._seen, roster=self.roster_changes()
        )
        self.buttons.setEnabled(False)
        jobs.run(
            actions.save_activity,
            self._db,
            request,
            on_result=self._saved,
            on_error=self._refused,
            write_to=self._db,
            undo_label=(
                self.tr("Edit activity %1").replace("%1", self._code)
                if self._code
                else self.tr("New activity %1").replace("%1", request.data.code.strip().upper())
            ),
        )

    def _refused(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationError | ConcurrentEditError):  # shown above the form, which stays open
            if getattr(exc, "field", None) in ROSTER_FIELDS and self.roster_panel is not None:
                self.tabs.setCurrentWidget(self.roster_panel)
                self.roster_panel.show_message(i18n.text(exc))
                return
            self.tabs.setCurrentIndex(0)
            self.errors.show(exc)
            return
        show_error(self, exc)

    def _saved(self, code: str) -> None:
        self.buttons.setEnabled(True)
        self._code = code
        self.saved.emit(code)
        super().accept()


def _default_day(period) -> date:
    """Today when it falls in the chosen period, else the period's first day (a training of last quarter
    entered late), else today."""
    today = date.today()
    if period is None or period.start <= today <= period.end:
        return today
    return period.start
