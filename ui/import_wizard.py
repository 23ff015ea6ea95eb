"""Import an attendance sheet into a training's roster: file → sheet → columns → preview → import.

Reading, planning and writing run in workers (the window stays responsive on a 10,000-row sheet) and
each opens its own database session. Nothing is written before the last step, and then all or nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from flare_monitor.actions import imports
from flare_monitor.actions.activities import ActivityQuery, list_activities
from flare_monitor.errors import UserError
from flare_monitor.io import form_exports
from flare_monitor.io.attendance_columns import FIELDS, HeaderGuess, detect_header
from ui import i18n, jobs
from ui.dialogs.form import error_label
from ui.messages import show_error
from ui.models.import_preview import PreviewModel, ProblemsOnlyProxy, RawRowsModel, column_letter
from ui.models.table import ROW_ROLE
from ui.widgets import WorkPanel, compact_rows

# ------------------------------------------------------------------------------------ worker tasks


def read_task(path: str, sheet: str | None, form: str | None = None, *, progress, cancelled):
    return imports.read_sheet(path, sheet, form)


def detect_task(path: str, *, progress, cancelled):
    return path, form_exports.detect(path)


# ------------------------------------------------------------------------------------ pages


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.setTitle(self.tr("Attendance sheet"))
        self.setSubTitle(self.tr("Choose the training and the sheet (.xlsx, .xls, .ods or .csv) to import."))
        self.activity = QComboBox()
        self.activity.setAccessibleName(self.tr("Training"))
        self._wizard = wizard
        self.loads = jobs.Loads(self)
        query = ActivityQuery(project=wizard.project, country=wizard.country)
        self.loads.load("trainings", list_activities, wizard.db, query, on_result=self._trainings)
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Sheet file"))
        browse = QPushButton(self.tr("&Browse…"))
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("&Training:"), self.activity)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path)  # a row of two widgets gets no buddy: Alt+F would show as "&File"
        form.addRow(file_label, row)
        # "From KoboToolbox: form “…”": what the chosen file is, found by the core in a worker.
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.source.setAccessibleName(self.tr("Where the file comes from"))
        form.addRow("", self.source)
        # The form itself (XLSForm), for an export downloaded as "XML values": its choice lists turn the
        # codes ("1", "2") into the answers, as `--form` does on the command line. Shown for form exports.
        self.form_path = QLineEdit()
        self.form_path.setAccessibleName(self.tr("Form definition file (XLSForm)"))
        self.form_path.setPlaceholderText(self.tr("Only for an export with coded answers (XML values)"))
        choose_form = QPushButton(self.tr("Ch&oose…"))
        choose_form.setAccessibleName(self.tr("Choose the form definition file"))
        form_row = QHBoxLayout()
        form_row.addWidget(self.form_path, 1)
        form_row.addWidget(choose_form)
        self.form_label = QLabel(self.tr("Form &definition (XLSForm):"))
        self.form_label.setBuddy(self.form_path)
        self.form_hint = QLabel(
            self.tr(
                "Needed when the export was downloaded with “XML values” (answers as codes such as 1 and 2): "
                "in KoboToolbox, Form › ⋯ › Download XLS; in ODK, the form's .xlsx. Not needed for an "
                "export with labels."
            )
        )
        self.form_hint.setWordWrap(True)
        self.form_hint.setStyleSheet("color: palette(dark);")
        # Its own row, top-aligned: a wrapped label nested in a row's layout is given too little height.
        self.form_hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.addRow(self.form_label, form_row)
        form.addRow("", self.form_hint)
        self._form_rows = (self.form_label, self.form_hint)
        self._layout = form
        self._show_form_rows(False)
        choose_form.clicked.connect(self._choose_form)
        self._detect_timer = QTimer(self)
        self._detect_timer.setSingleShot(True)
        self._detect_timer.setInterval(300)
        self._detect_timer.timeout.connect(self._detect)
        browse.clicked.connect(self._browse)
        self.path.textChanged.connect(self.completeChanged)
        self.path.textChanged.connect(lambda _text: self._detect_timer.start())
        self.activity.currentIndexChanged.connect(self.completeChanged)

    def _trainings(self, rows) -> None:
        wizard = self._wizard
        for row in rows:
            if row.type == "training":
                self.activity.addItem(f"{row.code} — {row.title}", row.code)
        if wizard.activity_code:
            index = self.activity.findData(wizard.activity_code)
            if index < 0:
                self.activity.addItem(wizard.activity_code, wizard.activity_code)
                index = self.activity.count() - 1
            self.activity.setCurrentIndex(index)

    def _show_form_rows(self, shown: bool) -> None:
        for widget in self._form_rows:
            self._layout.setRowVisible(widget, shown)

    def form_file(self) -> str | None:
        """The XLSForm chosen for a form export, or None (none given, or the file is not a form export)."""
        text = self.form_path.text().strip()
        return text if text and self.form_label.isVisibleTo(self) else None

    def _choose_form(self) -> None:
        start = self.form_path.text() or str(Path(self.path.text().strip()).parent)
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Form definition (XLSForm)"),
            start,
            self.tr("XLSForm workbooks (*.xlsx *.xls *.ods)"),
        )
        if name:
            self.form_path.setText(name)

    def _detect(self) -> None:
        self.source.clear()
        path = self.path.text().strip()
        if path and Path(path).is_file():
            jobs.run(detect_task, path, on_result=self._detected)

    def _detected(self, found) -> None:
        path, form = found
        if path != self.path.text().strip():
            return  # another file was chosen meanwhile
        self._show_form_rows(form is not None)
        if form is None:
            self.source.clear()
            return
        text = (
            self.tr("From %1: form “%2”").replace("%2", form.title)
            if form.title
            else self.tr("From %1 (a form export)")
        ).replace("%1", form.tool)
        if form.repeat:
            text += " " + self.tr("— people from its repeat group “%1”").replace("%1", form.repeat)
        self.source.setText(text)

    def _browse(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Attendance sheet"),
            self.path.text(),
            self.tr("Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt)"),
        )
        if name:
            self.path.setText(name)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip()) and self.activity.currentData() is not None

    def validatePage(self) -> bool:
        for given in (self.path.text().strip(), self.form_file()):
            if given is not None and not Path(given).is_file():
                show_error(self, UserError(self.tr("There is no file %1").replace("%1", given)))
                return False
        return True


class SheetPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Sheet"))
        self.setSubTitle(self.tr("Check that this is the sheet with the attendance list."))
        self.sheet = QComboBox()
        self.sheet.setAccessibleName(self.tr("Worksheet"))
        self.detail = QLabel()
        self.error = error_label()
        self.model = RawRowsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(self.tr("First rows of the sheet"))
        compact_rows(self.table)
        self.work = WorkPanel(self)
        form = QFormLayout()
        form.addRow(self.tr("&Worksheet:"), self.sheet)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.detail)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.work)
        self.sheet.activated.connect(lambda _i: self._read(self.sheet.currentText()))

    def initializePage(self) -> None:
        self._wizard.raw = None
        self.sheet.clear()
        self._read(None)

    def _read(self, sheet: str | None) -> None:
        self.error.hide()
        self._wizard.raw = None
        self.completeChanged.emit()
        path = self._wizard.file_page.path.text().strip()
        self.work.run(
            self.tr("Reading %1…").replace("%1", Path(path).name),
            read_task,
            path,
            sheet,
            self._wizard.file_page.form_file(),
            on_result=self._read_done,
            on_error=self._failed,
        )

    def _read_done(self, raw) -> None:
        self._wizard.raw = raw
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(raw.sheet_names or [raw.sheet or Path(raw.source).name])
        if raw.sheet:
            self.sheet.setCurrentText(raw.sheet)
        self.sheet.setEnabled(len(raw.sheet_names) > 1)
        self.sheet.blockSignals(False)
        detail = f" ({raw.detail})" if raw.detail else ""
        self.detail.setText(self.tr("%Ln rows read%1", "", len(raw.rows)).replace("%1", detail))
        self.model.set_table(raw.rows)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.resizeSection(column, min(header.sectionSize(column), 220))
        self.completeChanged.emit()

    def _failed(self, exc) -> None:
        if isinstance(exc, UserError):
            self.error.setText(i18n.text(exc))
            self.error.show()
        else:
            show_error(self, exc)

    def isComplete(self) -> bool:
        return self._wizard.raw is not None and not self.work.busy()


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(
            self.tr("The header row and what each column holds were detected; correct them if needed.")
        )
        self.header_row = QSpinBox()
        self.header_row.setMinimum(1)
        self.header_row.setAccessibleName(self.tr("Header row"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        self.header_row.setMaximumWidth(90)
        form = QFormLayout()
        form.addRow(self.tr("&Header row (as numbered in Excel):"), self.header_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(scroll, 1)
        self.combos: dict[int, QComboBox] = {}
        self.labels: dict[int, str] = {}
        self.header_row.valueChanged.connect(lambda value: self._show_row(value - 1, None))

    def field_names(self) -> dict[str, str]:
        return {
            "ignore": self.tr("— not imported —"),
            "name": self.tr("Name"),
            "sex": self.tr("Sex"),
            "organization": self.tr("Organization"),
            "position": self.tr("Position"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail"),
            "pre_test": self.tr("Pre-test score"),
            "post_test": self.tr("Post-test score"),
            "days": self.tr("Days attended"),
            "subdivision": self.tr("Province / region"),
            "age_group": self.tr("Age group"),
            "remarks": self.tr("Remarks"),
            "date": self.tr("Date (checked, not imported)"),
            "consent": self.tr("Consent"),
            "participant_code": self.tr("Participant code"),
            "submission": self.tr("Form submission"),
        }

    def initializePage(self) -> None:
        raw = self._wizard.raw
        guess = detect_header(raw)
        index = guess.row_index if guess.row_index is not None else 0
        self.header_row.blockSignals(True)
        self.header_row.setMaximum(max(len(raw.rows), 1))
        self.header_row.setValue(index + 1)
        self.header_row.blockSignals(False)
        if guess.row_index is None:
            self.note.setText(self.tr("No header row was recognised: choose the row and the columns."))
        else:
            self.note.setText(self.tr("Detected header in row %1.").replace("%1", str(guess.excel_row)))
        self._show_row(index, guess)

    def _show_row(self, index: int, guess: HeaderGuess | None) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.combos.clear()
        raw = self._wizard.raw
        row = raw.rows[index] if 0 <= index < len(raw.rows) else []
        self.labels = {
            c: " ".join(str(v).split()) for c, v in enumerate(row) if v is not None and str(v).strip()
        }
        mapping = guess.mapping if guess is not None and guess.row_index == index else {}
        names = self.field_names()
        sample = raw.rows[index + 1] if index + 1 < len(raw.rows) else []
        headings = (
            self.tr("Column"),
            self.tr("Heading in the sheet"),
            self.tr("First value"),
            self.tr("Holds"),
        )
        for column, title in enumerate(headings):
            label = QLabel(f"<b>{title}</b>")
            self.grid.addWidget(label, 0, column)
        for line, (col, text) in enumerate(sorted(self.labels.items()), start=1):
            combo = QComboBox()
            for key in FIELDS[-1:] + FIELDS[:-1]:  # "ignore" first
                combo.addItem(names.get(key, key), key)
            combo.setCurrentIndex(max(combo.findData(mapping.get(col, "ignore")), 0))
            combo.setAccessibleName(self.tr("Column %1 holds").replace("%1", column_letter(col)))
            combo.currentIndexChanged.connect(self.completeChanged)
            self.grid.addWidget(QLabel(column_letter(col)), line, 0)
            heading = QLabel(text)
            heading.setToolTip(text)
            self.grid.addWidget(heading, line, 1)
            first = QLabel(str(sample[col]) if col < len(sample) and sample[col] is not None else "")
            first.setStyleSheet("color: palette(dark);")
            self.grid.addWidget(first, line, 2)
            self.grid.addWidget(combo, line, 3)
            self.combos[col] = combo
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.grid.setRowStretch(len(self.labels) + 1, 1)
        self.completeChanged.emit()

    def guess(self) -> HeaderGuess:
        mapping = {col: combo.currentData() for col, combo in self.combos.items()}
        unrecognised = [col for col, fld in mapping.items() if fld == "ignore"]
        return HeaderGuess(self.header_row.value() - 1, mapping, unrecognised, dict(self.labels))

    def isComplete(self) -> bool:
        return any(combo.currentData() == "name" for combo in self.combos.values())


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(
            self.tr("Nothing is written yet. Rows with errors must be fixed in the sheet first.")
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.error = error_label()
        self.only_problems = QCheckBox(self.tr("Show only rows with errors or warnings"))
        self.model = PreviewModel(self)
        self.proxy = ProblemsOnlyProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Planned rows"))
        self.table.verticalHeader().setVisible(False)
        compact_rows(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.work = WorkPanel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(self.only_problems)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.work)
        self.only_problems.toggled.connect(self.proxy.set_only_problems)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        self._validating = False
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))

    def initializePage(self) -> None:
        self._wizard.plan = None
        self.error.hide()
        self.model.set_rows([])
        self.summary.setText("")
        wizard = self._wizard
        request = imports.PlanImport(wizard.activity_code_selected(), wizard.raw, wizard.mapping_page.guess())
        self.work.run(
            self.tr("Checking every row…"),
            imports.plan,
            wizard.db,
            request,
            on_result=self._planned,
            on_error=self._failed,
        )

    def _planned(self, plan) -> None:
        self._wizard.plan = plan
        self.model.set_rows(plan.rows)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column, width in (
            (PreviewModel.COL_NAME, 180),
            (PreviewModel.COL_MESSAGES, 380),
            (PreviewModel.COL_ORG, 200),
        ):
            header.resizeSection(column, min(header.sectionSize(column), width))
        counts = plan.counts
        parts = [
            self.tr("%Ln new people", "", counts.get("new", 0)),
            self.tr("%Ln found in the register", "people", counts.get("matched", 0)),
            self.tr("%Ln already on the roster", "people", counts.get("already_on_roster", 0)),
            self.tr("%Ln duplicates in the sheet", "", counts.get("duplicate_in_sheet", 0)),
            self.tr("%Ln with errors", "rows", counts.get("error", 0)),
            self.tr("%Ln warnings", "", counts.get("warnings", 0)),
        ]
        text = (
            self.tr("%1: %2.")
            .replace("%1", self.tr("%Ln rows", "", counts.get("rows_read", 0)))
            .replace("%2", ", ".join(parts))
        )
        changed, unmatched = counts.get("changed", 0), counts.get("not_on_roster", 0)
        if changed or unmatched:
            text += " " + self.tr("%1, %2.").replace(
                "%1", self.tr("%Ln submissions edited in the form since the last import", "", changed)
            ).replace("%2", self.tr("%Ln not on the roster", "submissions", unmatched))
        if plan.new_organizations:
            text += " " + self.tr("New organizations: %1.").replace(
                "%1", ", ".join(plan.new_organizations.values())
            )
        self.summary.setText(text)
        if plan.errors:
            self.error.setText("\n".join(i18n.text_all(plan.errors)))
            self.error.show()
        self.only_problems.setChecked(plan.has_errors)
        self.completeChanged.emit()

    def _failed(self, exc) -> None:
        if isinstance(exc, UserError):
            self.error.setText(i18n.text(exc))
            self.error.show()
        else:
            show_error(self, exc)
        self.completeChanged.emit()

    def _show_details(self, current, _previous) -> None:
        row = current.data(ROW_ROLE) if current.isValid() else None
        self.details.setText("\n".join(i18n.text_all(row.messages)) if row is not None else "")

    def isComplete(self) -> bool:
        plan = self._wizard.plan
        return plan is not None and not plan.has_errors and not self.work.busy()

    def validatePage(self) -> bool:
        """Write the plan in a worker; the wizard closes when the worker reports success."""
        if self._wizard.summary is not None:
            return True
        if self.work.busy():
            return False
        self._validating = True
        try:
            self.work.run(
                self.tr("Importing…"),
                imports.apply,
                self._wizard.db,
                self._wizard.plan,
                on_result=self._applied,
                on_error=self._failed,
                write_to=self._wizard.db,
            )
        finally:
            self._validating = False
        return self._wizard.summary is not None  # an inline worker (tests) has finished already

    def _applied(self, summary) -> None:
        self._wizard.summary = summary
        self._wizard.imported.emit(self._wizard.plan.activity_code)
        if not self._validating and self._wizard.currentPage() is self:
            self._wizard.next()


class DonePage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Imported"))
        self.text = QLabel()
        self.text.setWordWrap(True)
        QVBoxLayout(self).addWidget(self.text)

    def initializePage(self) -> None:
        s = self._wizard.summary
        if s is None:
            return
        self.text.setText(
            self.tr("%1 (%2, %3); %4; %5.")
            .replace("%1", self.tr("%Ln people added to the roster of %1", "", s.attendance_added).replace(
                "%1", self._wizard.plan.activity_code))
            .replace("%2", self.tr("%Ln new in the register", "people", s.participants_created))
            .replace("%3", self.tr("%Ln found in it", "people found in the register", s.participants_matched))
            .replace("%4", self.tr("%Ln already on the roster", "people", s.already_on_roster))
            .replace("%5", self.tr("%Ln new organizations", "", s.organizations_created))
        )  # fmt: skip


class ImportWizard(QWizard):
    imported = Signal(str)  # activity code

    def __init__(
        self,
        db,
        project: str,
        activity_code: str | None = None,
        country: str | None = None,
        parent: QWidget | None = None,
        path: str | None = None,
    ):
        super().__init__(parent)
        self.db, self.project, self.activity_code, self.country = db, project, activity_code, country
        self.raw = None
        self.plan = None
        self.summary = None
        self.setWindowTitle(self.tr("Import attendance sheet"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.file_page = FilePage(self)
        self.sheet_page = SheetPage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.done_page = DonePage(self)
        for page in (self.file_page, self.sheet_page, self.mapping_page, self.preview_page, self.done_page):
            self.addPage(page)
        if path:  # a sheet dropped on the window, or rows pasted from Excel
            self.file_page.path.setText(str(path))
        self.resize(980, 640)

    def activity_code_selected(self) -> str:
        return self.file_page.activity.currentData()

    def reject(self) -> None:
        for page in (self.sheet_page, self.preview_page):
            page.work.cancel()
        super().reject()
