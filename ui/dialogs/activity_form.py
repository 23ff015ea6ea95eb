"""Add or edit an activity; for trainings, the Attendance tab with the roster."""

from __future__ import annotations

from datetime import date

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

from flare_monitor.actions import activities as actions
from flare_monitor.actions.activities import ActivityIn, RosterChanges
from flare_monitor.actions.attendance import ActivityDates
from flare_monitor.actions.places import subdivisions_of
from flare_monitor.actions.projects import ProjectRow
from flare_monitor.errors import ConcurrentEditError, ValidationError
from flare_monitor.vocabulary import ActivityStatus, ActivityType
from ui import jobs, vocab
from ui.core_messages import translate
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
    ):
        super().__init__(parent)
        self._db, self._project, self._code = db, project, code
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
        for c in project.countries:
            self.country.addItem(f"{vocab.country_label(c)} ({c})", c)
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("e.g. BR-PK-2024-TRN-APR"))
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
        self.result_edit = QLineEdit()
        self.result_edit.setPlaceholderText(self.tr("Result code, e.g. 1.2 (optional)"))
        self.venue = QLineEdit()
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
        add(form, self.tr("&Result:"), self.result_edit, "result")
        add(form, self.tr("&Venue:"), self.venue, "venue")
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
        self.loads = jobs.Loads(self)
        if code:
            self.tabs.setEnabled(False)  # until the activity arrives
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            self.loads.load(
                "activity", actions.activity_form, db, code, on_result=self._show, on_error=self._load_failed
            )
        else:
            if country:
                vocab.select_data(self.country, country)
            today = date.today()
            set_date(self.start, today)
            set_date(self.end, today)
            self._fill_subdivisions()
        self.code_edit.setFocus()

    # ---------------------------------------------------------------- loading

    def _fill_subdivisions(self, *_args, selected: str | None = None) -> None:
        current = selected if selected is not None else self.subdivision.currentData()
        self.subdivision.clear()
        self.subdivision.addItem(self.tr("— none —"), None)
        code = self.country.currentData()
        for sub_code, name in subdivisions_of(code) if code else []:
            self.subdivision.addItem(f"{name} ({sub_code})", sub_code)
        vocab.select_data(self.subdivision, current)

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
        self.result_edit.setText(detail.result_code or "")
        self.venue.setText(row.venue or "")
        self.description.setPlainText(detail.description or "")
        if row.type == ActivityType.TRAINING:
            from ui.dialogs.roster import RosterPanel

            self.roster_panel = RosterPanel(
                self._db, row.code, self, dates=self._dates, locked=form.locked is not None
            )
            self.roster_panel.importRequested.connect(self.importRequested)
            self.roster_panel.pasted.connect(self.pasteImported)
            self.tabs.addTab(
                self.roster_panel, self.tr("Attendance (%1)").replace("%1", str(row.participants))
            )

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
            result_code=self.result_edit.text().strip() or None,
            actual_start=get_date(self.actual_start),
            actual_end=get_date(self.actual_end),
            venue=self.venue.text(),
            description=self.description.toPlainText(),
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
                self.roster_panel.show_message(translate(str(exc)))
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
