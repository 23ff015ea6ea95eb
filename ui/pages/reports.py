"""Reports page: the donor report (PDF, optional Excel annex) generated in a worker with progress and
Cancel, the history of generated reports, and the indicator table export (xlsx or csv).

The report's templates and their options come from the output registry (`report_templates()`): the
template combo lists them, and each template's options get a control, shown while it is chosen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from flare_monitor import paths
from flare_monitor.actions import reports as actions
from flare_monitor.actions.reports import ReportOptions, report_templates
from flare_monitor.errors import UserError
from flare_monitor.i18n import LANGUAGES
from flare_monitor.i18n import NAMES as LANGUAGE_NAMES
from ui import i18n, report_logo, settings, vocab
from ui.context import LOP, period_of
from ui.dialogs.form import error_label
from ui.formatting import format_datetime, format_int, format_range
from ui.messages import show_error
from ui.models.table import RowTableModel
from ui.pages.base import Page
from ui.permissions import READ_PERSONAL_DATA
from ui.table_tools import current_selected_row, make_copyable
from ui.widgets import WorkPanel, compact_rows


def template_names() -> dict[str, str]:
    """The report templates by id, in the UI's language (the registry's English label for others)."""
    names = {
        "ilo-quarterly": QCoreApplication.translate("ReportsPage", "ILO progress report"),
        "usdol-tpr": QCoreApplication.translate("ReportsPage", "USDOL Technical Progress Report (TPR)"),
    }
    return {t.id: names.get(t.id, t.label) for t in report_templates()}


class ReportHistoryModel(RowTableModel):
    """Generated donor reports (flare_monitor.reports.records.ReportRow), newest first."""

    COL_DATE, COL_PERIOD, COL_COUNTRIES, COL_FILE, COL_PAGES, COL_TEMPLATE = range(6)
    NUMERIC_COLUMNS = (COL_PAGES,)

    def headers(self) -> list[str]:
        return [
            self.tr("Generated"),
            self.tr("Period"),
            self.tr("Countries"),
            self.tr("File"),
            self.tr("Pages"),
            self.tr("Template"),
        ]

    def display(self, row, column: int):
        if column == self.COL_DATE:
            return format_datetime(row.generated_at)
        if column == self.COL_PERIOD:
            return vocab.period_label(row.period)
        if column == self.COL_COUNTRIES:
            return ", ".join(row.scope.get("countries") or [])
        if column == self.COL_FILE:
            return Path(row.file_path).name
        if column == self.COL_PAGES:
            pages = row.scope.get("pages")
            return None if pages is None else format_int(pages)
        if column == self.COL_TEMPLATE:
            template = row.scope.get("template") or "ilo-quarterly"
            return template_names().get(template, template)
        return None

    def sort_key(self, row, column: int):
        if column == self.COL_DATE:
            return row.generated_at.isoformat()
        if column == self.COL_PAGES:
            return row.scope.get("pages") or 0
        return super().sort_key(row, column)

    def extra(self, row, column: int, role: int):
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_FILE:
                where = (
                    row.file_path
                    if row.exists
                    else self.tr("%1 (no longer there)").replace("%1", row.file_path)
                )
                # The checksum proves a copy sent to the donor is the file generated here.
                return where + "\n" + self.tr("Checksum (SHA-256): %1").replace("%1", row.sha256)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_FILE and not row.exists:
            from PySide6.QtGui import QColor

            return QColor("#888888")
        return None


class ReportsPage(Page):
    key = "reports"

    def __init__(self, db, parent: QWidget | None = None):
        super().__init__(db, parent)
        self.last_report = None  # ReportResult of the last generated report

        # ---- donor report (PDF)
        self.report_heading = QLabel()
        self.report_countries = QListWidget()
        self.report_countries.setAccessibleName(self.tr("Countries of the report"))
        self.report_countries.setMaximumHeight(110)
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setAccessibleName(self.tr("Language of the report"))
        self.language.setToolTip(
            self.tr(
                "The language the donor report is written in; it starts in the language of the app. The "
                "project's texts are printed in it where the project gives them in it, else as written."
            )
        )
        self.language.setCurrentIndex(max(self.language.findData(i18n.report_language()), 0))
        self.page_size = QComboBox()
        self.page_size.addItem(self.tr("A4"), "a4")
        self.page_size.addItem(self.tr("US Letter"), "letter")
        self.page_size.setAccessibleName(self.tr("Page size"))
        self.template = QComboBox()
        self.template.setAccessibleName(self.tr("Report template"))
        for template_id, name in template_names().items():
            self.template.addItem(name, template_id)
        self.report_period = QComboBox()
        self.report_period.setAccessibleName(self.tr("Period of the report"))
        self.annex_participants = QCheckBox(self.tr("Annex: &list of participants (no contacts)"))
        self.final_report = QComboBox()
        self.final_report.addItem(self.tr("When the period ends the project"), "auto")
        self.final_report.addItem(self.tr("Yes"), "yes")
        self.final_report.addItem(self.tr("No"), "no")
        self.final_report.setAccessibleName(self.tr("Final report"))
        self.approved_only = QCheckBox(self.tr("Count approved values onl&y"))
        self.approved_only.setToolTip(
            self.tr(
                "Values entered but not yet approved are left out; otherwise they are counted and marked "
                "provisional."
            )
        )
        self.empty_note = QLabel()
        self.empty_note.setWordWrap(True)
        self.empty_note.setStyleSheet("color: palette(dark);")
        self.excel_annex = QCheckBox(self.tr("E&xcel annex (.xlsx) beside the PDF"))
        self.report_folder = QLineEdit()
        self.report_folder.setAccessibleName(self.tr("Folder of the report"))
        report_browse = QPushButton(self.tr("Bro&wse…"))
        report_folder_row = QHBoxLayout()
        report_folder_row.addWidget(self.report_folder, 1)
        report_folder_row.addWidget(report_browse)
        self.generate_button = QPushButton(self.tr("&Generate donor report (PDF)"))
        self.generate_button.setDefault(True)
        self.open_button = QPushButton(self.tr("&Open PDF"))
        self.open_button.hide()
        self.report_work = WorkPanel(self)
        self.report_error = error_label()
        self.report_result = QLabel()
        self.report_result.setWordWrap(True)
        self.report_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        report_box = QGroupBox(self.tr("Donor report (PDF)"))
        report_form = QFormLayout(report_box)
        report_form.addRow(self.tr("Template:"), self.template)
        report_form.addRow(self.tr("Period:"), self.report_heading)
        self.period_label = QLabel(self.tr("Report period:"))
        report_form.addRow(self.period_label, self.report_period)
        report_form.addRow(self.tr("Countries:"), self.report_countries)
        options = QHBoxLayout()
        options.addWidget(self.language)
        options.addWidget(self.page_size)
        options.addStretch(1)
        report_form.addRow(self.tr("Language, page:"), options)
        # Each template's own options (from the registry); shown while that template is chosen.
        self.final_report_label = QLabel(self.tr("Final report:"))
        report_form.addRow("", self.annex_participants)
        report_form.addRow(self.final_report_label, self.final_report)
        self.option_widgets = {
            "annex_participants": (self.annex_participants, None),
            "final_report": (self.final_report, self.final_report_label),
        }
        report_form.addRow("", self.approved_only)
        report_form.addRow("", self.excel_annex)
        report_form.addRow(self.tr("Folder:"), report_folder_row)
        report_buttons = QHBoxLayout()
        report_buttons.addWidget(self.generate_button)
        report_buttons.addWidget(self.open_button)
        report_buttons.addStretch(1)
        report_form.addRow("", report_buttons)
        report_form.addRow(self.empty_note)
        report_form.addRow(self.report_work)
        report_form.addRow(self.report_error)
        report_form.addRow(self.report_result)

        # ---- history of generated reports
        self.history_model = ReportHistoryModel(self)
        self.history = QTableView()
        self.history.setModel(self.history_model)
        self.history.setAccessibleName(self.tr("Generated reports"))
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setAlternatingRowColors(True)
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history.horizontalHeader().setSectionResizeMode(
            ReportHistoryModel.COL_FILE, QHeaderView.ResizeMode.Stretch
        )
        compact_rows(self.history)
        make_copyable(self.history)
        self.history.setToolTip(
            self.tr("Double-click a report to open it; File › Print (Ctrl+P) prints the one selected")
        )
        self.print_work = WorkPanel(self)
        self.print_preview = None  # the last print preview (tests look at it)
        history_box = QGroupBox(self.tr("Generated reports"))
        history_layout = QVBoxLayout(history_box)
        history_layout.addWidget(self.history)
        history_layout.addWidget(self.print_work)

        # ---- indicator table export (secondary)
        self.heading = QLabel()
        self.countries = QListWidget()
        self.countries.setAccessibleName(self.tr("Countries to export"))
        self.countries.setMaximumHeight(110)
        self.format = QComboBox()
        self.format.addItem(self.tr("Excel workbook (.xlsx)"), "xlsx")
        self.format.addItem(self.tr("CSV (.csv)"), "csv")
        self.format.setAccessibleName(self.tr("File format"))
        self.folder = QLineEdit()
        self.folder.setAccessibleName(self.tr("Folder"))
        browse = QPushButton(self.tr("&Browse…"))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.export_button = QPushButton(self.tr("Export indicator &table"))
        self.work = WorkPanel(self)
        self.error = error_label()
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        box = QGroupBox(self.tr("Indicator table (IPTT)"))
        form = QFormLayout(box)
        form.addRow(self.tr("Period:"), self.heading)
        form.addRow(self.tr("Countries:"), self.countries)
        form.addRow(self.tr("For&mat:"), self.format)
        form.addRow(self.tr("Folder:"), folder_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        form.addRow("", buttons)
        form.addRow(self.work)
        form.addRow(self.error)
        form.addRow(self.result)
        note = QLabel(
            self.tr(
                "Exports hold aggregated figures only, never names. The donor report (PDF) with "
                "narrative and charts is produced from the same figures."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(dark);")

        left = QVBoxLayout()
        left.addWidget(report_box)
        left.addWidget(box)
        left.addWidget(note)
        left.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 5)
        layout.addWidget(history_box, 6)
        self.template.currentIndexChanged.connect(self._template_changed)
        self.report_period.currentIndexChanged.connect(self._check_report)
        report_browse.clicked.connect(self._browse_report_folder)
        self.generate_button.clicked.connect(self.generate)
        self.open_button.clicked.connect(self.open_report)
        self.history.doubleClicked.connect(self._open_history)
        browse.clicked.connect(self._browse)
        self.export_button.clicked.connect(self.export)

    def title(self) -> str:
        return self.tr("Reports")

    def reload(self) -> None:
        project = self.context.project
        if project is None:
            return
        period = self.context.period
        text = f"{project.code} · {vocab.period_label(self.context.period_label)}" + (
            f" ({format_range(period.start, period.end)})" if period else ""
        )
        self.heading.setText(text)
        self.report_heading.setText(text)
        self.countries.clear()
        for code in [None, *vocab.sorted_countries(project.countries)]:
            label = (
                self.tr("All countries (project total)")
                if code is None
                else f"{vocab.country_label(code)} ({code})"
            )
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            wanted = code == self.context.country if self.context.country else code is None
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
            self.countries.addItem(item)
        self.report_countries.clear()
        for code in vocab.sorted_countries(project.countries):
            item = QListWidgetItem(f"{vocab.country_label(code)} ({code})")
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            wanted = self.context.country in (None, code)
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
            self.report_countries.addItem(item)
        index = self.format.findData(settings.get("reports/format"))
        self.format.setCurrentIndex(max(index, 0))
        if not self.folder.text():
            self.folder.setText(settings.get("reports/folder") or str(paths.reports_dir()))
        if not self.report_folder.text():
            self.report_folder.setText(settings.get("reports/folder") or str(paths.reports_dir()))
        self.annex_participants.setChecked(settings.get("reports/include_participant_list"))
        self.apply_permissions()
        self._template_changed()
        self.generate_button.setEnabled(
            self.context.period_label not in (None, LOP) and not self.report_work.busy()
        )
        self.generate_button.setToolTip(
            self.tr("A donor report covers a quarter; choose one in the Period box")
            if self.context.period_label == LOP
            else ""
        )
        self.refresh_history()

    def refresh_history(self) -> None:
        code = self.context.project_code
        if code is None:
            self.loads.cancel("history")
            self.history_model.set_rows([])
            return
        self.load("history", actions.report_history, code, on_result=self.history_model.set_rows)

    # ---------------------------------------------------------------- donor report

    def report_scope(self) -> list[str]:
        return [
            self.report_countries.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.report_countries.count())
            if self.report_countries.item(i).checkState() == Qt.CheckState.Checked
        ]

    def report_options(self):
        """The ReportOptions of the form, or a UserError saying what is missing."""
        project, period = self.context.project_code, self.chosen_period()
        if project is None or period in (None, LOP):
            raise UserError(self.tr("Choose a quarter in the Period box: a donor report covers a quarter."))
        countries = self.report_scope()
        if not countries:
            raise UserError(self.tr("Choose at least one country."))
        # The logo and "Prepared by" of the Settings; a logo file since moved or damaged stops here with
        # a message instead of failing half-way through the build.
        logo = report_logo.chosen_logo()
        problem = report_logo.logo_problem(logo)
        if problem:
            raise UserError(
                problem + " " + self.tr("Choose another logo in the Settings, or use the standard logo.")
            )
        folder = Path(self.report_folder.text().strip() or str(paths.reports_dir())).expanduser()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UserError(
                self.tr("Cannot use the folder %1: %2")
                .replace("%1", str(folder))
                .replace("%2", exc.strerror or str(exc))
            ) from exc
        every = len(countries) == self.report_countries.count()
        language = self.language.currentData()
        scope = "all-countries" if every else "-".join(countries)
        # Room for "_annex.xlsx"; project codes such as "GLO/18/20/USA" become valid file names.
        stem = paths.safe_filename(f"{project}_{period}_{scope}_{language}", max_length=paths.MAX_NAME - 12)
        template = self.template.currentData()
        options = self.template_options()
        return ReportOptions(
            project=project,
            period=period,
            out=folder / f"{stem}.pdf",
            countries=None if every else tuple(countries),
            xlsx=folder / f"{stem}_annex.xlsx" if self.excel_annex.isChecked() else None,
            annex_participants=bool(options.pop("annex_participants", False)),
            language=language,
            page_size=self.page_size.currentData(),
            prepared_by=str(settings.get("reports/prepared_by") or "").strip() or None,
            logo_path=logo,
            template=template,
            template_options=tuple(options.items()),
            approved_only=self.approved_only.isChecked(),
        )

    # ---------------------------------------------------------------- templates

    def chosen_template(self):
        return next(t for t in report_templates() if t.id == self.template.currentData())

    def template_options(self) -> dict:
        """The chosen template's options as its controls set them."""
        values = {}
        for option in self.chosen_template().options:
            widget, _label = self.option_widgets.get(option.key, (None, None))
            if isinstance(widget, QCheckBox):
                values[option.key] = widget.isChecked()
            elif isinstance(widget, QComboBox):
                values[option.key] = widget.currentData()
        return values

    def chosen_period(self) -> str | None:
        """The template's preset period when it offers some (a TPR's halves), else the context's period."""
        if not self.report_period.isHidden() and self.report_period.currentData():
            return self.report_period.currentData()
        return self.context.period_label

    def apply_permissions(self) -> None:
        """A list of participants names people: not for a role that may not read names."""
        from ui.widgets import explain

        reason = self.permissions.why_not(READ_PERSONAL_DATA)
        if reason:
            self.annex_participants.setChecked(False)
        explain(self.annex_participants, not reason, reason)

    def _template_changed(self, *_args) -> None:
        template = self.chosen_template()
        keys = {o.key for o in template.options}
        for key, (widget, label) in self.option_widgets.items():
            widget.setVisible(key in keys)
            if label is not None:
                label.setVisible(key in keys)
        presets: list[str] = []
        project, period = self.context.project, self.context.period
        if template.presets is not None and project is not None and period is not None:
            presets = template.presets(project, period.start)
            if presets and period.label not in presets:  # any period: the one chosen above too
                presets.append(period.label)
        self.report_period.blockSignals(True)
        self.report_period.clear()
        chosen = False
        for label in presets:
            shown = period_of(project, label)
            self.report_period.addItem(
                f"{vocab.period_label(label)} ({format_range(shown.start, shown.end)})", label
            )
            if not chosen and period is not None and shown.start <= period.start <= shown.end:
                self.report_period.setCurrentIndex(self.report_period.count() - 1)
                chosen = True
        self.report_period.blockSignals(False)
        self.report_period.setVisible(bool(presets))
        self.period_label.setVisible(bool(presets))
        self._check_report()

    def _check_report(self, *_args) -> None:
        """List the narrative sections the report would print without text (read before building)."""
        self.empty_note.clear()
        project, period = self.context.project_code, self.chosen_period()
        if project is None or period in (None, LOP):
            self.loads.cancel("check")
            return
        request = ReportOptions(project=project, period=period, out=Path("report.pdf"),
                                countries=tuple(self.report_scope()) or None,
                                template=self.template.currentData())  # fmt: skip
        self.load(
            "check",
            actions.check_donor_report,
            request,
            on_result=self._checked,
            on_error=lambda exc: self.empty_note.setText(i18n.text(exc)),
        )

    def _checked(self, check) -> None:
        names = []
        for key in check.empty_keys:
            section, _sep, code = key.partition(":")
            names.append(self.tr("progress towards %1").replace("%1", code) if code else vocab.label(section))
        if names:
            self.empty_note.setText(
                self.tr("Narrative sections without text: %1").replace("%1", ", ".join(names))
            )

    def generate(self) -> None:
        self.report_error.hide()
        try:
            options = self.report_options()
        except UserError as exc:
            self.report_error.setText(i18n.text(exc))
            self.report_error.show()
            return
        self.generate_button.setEnabled(False)
        self.open_button.hide()
        self.report_result.clear()
        self.last_report = None
        self.report_work.run(
            self.tr("Generating the donor report…"),
            actions.generate_report,
            self.db,
            options,
            on_result=self._report_done,
            on_error=self._report_failed,
            write_to=self.db,
        )

    def _report_done(self, result) -> None:
        self.generate_button.setEnabled(True)
        self.last_report = result
        # The files' names (their folder is the field above; whole paths in the tooltip): a whole path
        # does not fit the column.
        written = self.tr("Report written: %1 (%Ln pages)", "", result.pages)
        lines = [written.replace("%1", result.path.name)]
        paths = [str(result.path)]
        if result.xlsx_path:
            lines.append(self.tr("Excel annex: %1").replace("%1", result.xlsx_path.name))
            paths.append(str(result.xlsx_path))
        self.report_result.setToolTip("\n".join(paths))
        for name in result.withheld_photos:
            lines.append(
                self.tr(
                    "Not printed: the success story's photo %1 shows people (personal data). If they agreed "
                    "to its publication, untick “Shows or names people” on the evidence (Narratives page)."
                ).replace("%1", name or self.tr("(its name is personal data too)"))
            )
        self.report_result.setText("\n".join(lines))
        self.open_button.show()
        self.open_button.setFocus()
        self.refresh_history()
        self.statusMessage.emit(self.tr("Donor report written: %1").replace("%1", result.path.name))

    def _report_failed(self, exc) -> None:
        self.generate_button.setEnabled(True)
        if isinstance(exc, actions.ReportCancelled):
            self.report_result.setText(self.tr("The report was cancelled; nothing was written."))
            self.statusMessage.emit(self.tr("Report cancelled"))
            return
        show_error(self, exc)

    def open_report(self) -> None:
        if self.last_report is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_report.path)))

    def _open_history(self, index) -> None:
        row = self.history_model.row_at(index.row())
        if row.exists:
            QDesktopServices.openUrl(QUrl.fromLocalFile(row.file_path))
        else:
            show_error(
                self, UserError(self.tr("The file %1 is no longer there.").replace("%1", row.file_path))
            )

    # ---------------------------------------------------------------- printing

    def report_to_print(self) -> Path | None:
        """The report selected in the history (the current row when several are), else the last one
        generated (in this session, else the newest in the history); None when there is none."""
        row = current_selected_row(self.history)
        if row is not None:
            return Path(self.history_model.row_at(row).file_path)
        if self.last_report is not None:
            return Path(self.last_report.path)
        reports = self.history_model.rows()
        if reports:
            return Path(max(reports, key=lambda r: r.generated_at).file_path)
        return None

    def print_document(self) -> bool:
        """File › Print on this page prints a report (with a preview): its pages are drawn in a worker,
        then painted on the printer."""
        from flare_monitor.printing import pdf_pages

        if self.print_work.busy():
            return True
        path = self.report_to_print()
        if path is None:
            self.statusMessage.emit(self.tr("No report to print yet: generate one first"))
            return True
        self.print_work.run(
            self.tr("Preparing %1 for printing…").replace("%1", path.name),
            pdf_pages,
            path,
            on_result=lambda pages: self._show_print_preview(path, pages),
            on_error=self._print_failed,
        )
        return True

    def _show_print_preview(self, path: Path, pages) -> None:
        from ui.printing import preview

        self.print_preview = preview(self, pages, self.tr("Print %1").replace("%1", path.name))
        self.print_preview.exec()

    def _print_failed(self, exc) -> None:
        from flare_monitor.printing import PrintCancelled

        if isinstance(exc, PrintCancelled):
            self.statusMessage.emit(self.tr("Printing cancelled"))
            return
        show_error(self, exc)

    def _browse_report_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the donor report"), self.report_folder.text()
        )
        if folder:
            self.report_folder.setText(folder)

    # ---------------------------------------------------------------- indicator table

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the exports"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def scopes(self) -> list[str | None]:
        return [
            self.countries.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.countries.count())
            if self.countries.item(i).checkState() == Qt.CheckState.Checked
        ]

    def save(self) -> None:
        self.export()

    def export(self) -> None:
        scopes = self.scopes()
        self.error.hide()
        if not scopes:
            self.error.setText(self.tr("Choose at least one country."))
            self.error.show()
            return
        folder = self.folder.text().strip() or str(paths.reports_dir())
        try:
            Path(folder).mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            show_error(
                self,
                UserError(
                    self.tr("Cannot use the folder %1: %2")
                    .replace("%1", folder)
                    .replace("%2", exc.strerror or str(exc))
                ),
            )
            return
        self.export_button.setEnabled(False)
        self.result.clear()
        request = actions.ExportIndicatorTables(
            self.context.project_code,
            self.context.period_label,
            tuple(scopes),
            Path(folder),
            self.format.currentData(),
        )
        self.work.run(
            self.tr("Exporting…"),
            actions.export_indicator_tables,
            self.db,
            request,
            on_result=self._done,
            on_error=self._failed,
            write_to=self.db,
        )

    def _done(self, written: list[Path]) -> None:
        self.export_button.setEnabled(True)
        self.result.setText(self.tr("Written:") + "<br>" + "<br>".join(str(p) for p in written))
        self.statusMessage.emit(self.tr("%Ln files exported", "", len(written)))

    def _failed(self, exc) -> None:
        self.export_button.setEnabled(True)
        show_error(self, exc)
