"""The project form: code, title, donor, grant, grantee, dates, reporting calendar, the countries (picked
from every ISO country, searchable by name in the UI's language) with the provinces or regions the
project works in, and the names of the result levels; on its Translations tab, the language the project's
texts are written in and those texts in the other languages."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from flare_monitor.actions import project_texts
from flare_monitor.actions import setup_project as actions
from flare_monitor.actions.places import subdivisions_of
from flare_monitor.actions.setup_project import ProjectIn
from flare_monitor.errors import ConcurrentEditError, ValidationError
from flare_monitor.text import fold
from ui import jobs, vocab
from ui.dialogs.form import InlineErrors, date_edit, error_label, get_date, set_date
from ui.dialogs.translations import TranslationsTab, save_texts, section_rows
from ui.messages import show_error

USDOL_LEVELS = ("Long-term outcome", "Medium-term outcome", "Short-term outcome", "Output")


class CountryPicker(QWidget):
    """Every country, searchable by its name in the UI's language (or its English name or code): tick
    the project's countries; for the country selected in the list, tick the provinces it works in."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search a country by name or code"))
        self.search.setAccessibleName(self.tr("Search countries"))
        self.search.setClearButtonEnabled(True)
        self.countries = QListWidget()
        self.countries.setAccessibleName(self.tr("Countries"))
        self.countries.setMinimumWidth(220)
        self.chosen = QLabel()
        self.chosen.setWordWrap(True)
        self.provinces_title = QLabel()
        self.provinces = QListWidget()
        self.provinces.setAccessibleName(self.tr("Provinces or regions"))
        self.provinces.setMinimumWidth(220)
        self.provinces_title.setWordWrap(True)
        self._subdivisions: dict[str, set[str]] = {}
        self._filling = False

        import pycountry

        for code, name in vocab.all_countries():
            country = pycountry.countries.get(alpha_2=code)
            item = QListWidgetItem(f"{name} ({code})")
            item.setData(Qt.ItemDataRole.UserRole, code)
            # What the search matches: the name shown, the English name and the code.
            item.setData(Qt.ItemDataRole.UserRole + 1, fold(f"{name} {country.name} {code}"))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.countries.addItem(item)

        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.countries, 1)
        left.addWidget(self.chosen)
        right = QVBoxLayout()
        right.addWidget(self.provinces_title)
        right.addWidget(self.provinces, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)

        self.search.textChanged.connect(self._filter)
        self.countries.itemChanged.connect(self._country_ticked)
        self.countries.currentItemChanged.connect(lambda *_a: self._show_provinces())
        self.provinces.itemChanged.connect(self._province_ticked)
        self._show_chosen()
        self._show_provinces()

    # ---------------------------------------------------------------- state

    def selection(self) -> tuple[tuple[str, ...], dict[str, tuple[str, ...]]]:
        """(countries ticked, {country: provinces ticked})."""
        codes = tuple(sorted(self._subdivisions))
        return codes, {code: tuple(sorted(self._subdivisions[code])) for code in codes}

    def set_selection(self, countries, subdivisions) -> None:
        self._subdivisions = {c: set((subdivisions or {}).get(c, ())) for c in countries}
        self._filling = True
        for row in range(self.countries.count()):
            item = self.countries.item(row)
            ticked = item.data(Qt.ItemDataRole.UserRole) in self._subdivisions
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self._filling = False
        if countries:
            self.select(countries[0])
        self._show_chosen()
        self._show_provinces()

    def select(self, code: str) -> None:
        """Make `code` the current country (its provinces are shown)."""
        for row in range(self.countries.count()):
            item = self.countries.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == code:
                self.countries.setCurrentItem(item)
                self.countries.scrollToItem(item)
                return

    def tick(self, code: str, ticked: bool = True) -> None:
        for row in range(self.countries.count()):
            item = self.countries.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == code:
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
                self.countries.setCurrentItem(item)
                return

    def tick_province(self, code: str, ticked: bool = True) -> None:
        for row in range(self.provinces.count()):
            item = self.provinces.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == code:
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
                return

    # ---------------------------------------------------------------- reactions

    def _filter(self, text: str) -> None:
        key = fold(text)
        first = None
        for row in range(self.countries.count()):
            item = self.countries.item(row)
            hidden = bool(key) and key not in item.data(Qt.ItemDataRole.UserRole + 1)
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        if key and first is not None:
            self.countries.setCurrentItem(first)

    def _country_ticked(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        code = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked:
            self._subdivisions.setdefault(code, set())
        else:
            self._subdivisions.pop(code, None)
        self._show_chosen()
        if self.countries.currentItem() is item:
            self._show_provinces()
        self.changed.emit()

    def _province_ticked(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        code = self.countries.currentItem().data(Qt.ItemDataRole.UserRole)
        provinces = self._subdivisions.get(code)
        if provinces is None:
            return
        province = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked:
            provinces.add(province)
        else:
            provinces.discard(province)
        self.changed.emit()

    def _show_chosen(self) -> None:
        codes = sorted(self._subdivisions)
        if not codes:
            self.chosen.setText(self.tr("No country chosen yet: tick the project's countries."))
            return
        names = ", ".join(f"{vocab.country_label(c)} ({c})" for c in codes)
        self.chosen.setText(self.tr("Countries of the project: %1").replace("%1", names))

    def _show_provinces(self) -> None:
        self._filling = True
        self.provinces.clear()
        item = self.countries.currentItem()
        code = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if code is None or code not in self._subdivisions:
            self.provinces_title.setText(
                self.tr("Tick a country, then the provinces or regions the project works in there.")
            )
            self.provinces.setEnabled(False)
            self._filling = False
            return
        self.provinces.setEnabled(True)
        self.provinces_title.setText(
            self.tr("Provinces or regions in %1 (optional):").replace("%1", vocab.country_label(code))
        )
        for sub_code, name in sorted(
            subdivisions_of(code), key=lambda s: fold(vocab.subdivision_label(s[1]))
        ):
            sub = QListWidgetItem(f"{vocab.subdivision_label(name)} ({sub_code})")
            sub.setData(Qt.ItemDataRole.UserRole, sub_code)
            sub.setFlags(sub.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = sub_code in self._subdivisions[code]
            sub.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.provinces.addItem(sub)
        self._filling = False


class ProjectDialog(QDialog):
    """``code=None`` creates a project; otherwise edits the project with that code."""

    saved = Signal(str)  # the project's code

    def __init__(self, db, code: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._db, self._code = db, code
        self._version: int | None = None
        self._seen: ProjectIn | None = None
        self._saved_code: str | None = None  # saved, while its translations are not
        self.setWindowTitle(
            self.tr("Edit project %1").replace("%1", code) if code else self.tr("New project")
        )
        self.setMinimumSize(860, 640)
        self.resize(1040, 660)

        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("e.g. BRIDGE"))
        self.code_edit.setMaxLength(32)
        self.title_edit = QLineEdit()
        self.donor = QLineEdit()
        self.donor.setPlaceholderText(self.tr("e.g. United States Department of Labor (USDOL)"))
        self.grant_number = QLineEdit()
        self.grant_number.setPlaceholderText(self.tr("Grant or cooperative agreement number"))
        self.grantee = QLineEdit()
        self.grantee.setPlaceholderText(self.tr("e.g. International Labour Organization"))
        self.start = date_edit()
        self.end = date_edit()
        self.calendar = QComboBox()
        self.calendar.addItem(self.tr("Calendar quarters (January to December)"), "calendar")
        self.calendar.addItem(self.tr("Fiscal year"), "fiscal")
        # Its longest choice would set the row's minimum width and squeeze the labels beside it.
        self.calendar.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.calendar.setMinimumContentsLength(12)
        self.fiscal_month = QComboBox()
        locale = QLocale()
        for month in range(1, 13):
            self.fiscal_month.addItem(locale.standaloneMonthName(month), month)
        self.fiscal_month.setCurrentIndex(9)  # October: the US government's fiscal year
        self.picker = CountryPicker()
        self.levels = QPlainTextEdit()
        self.levels.setPlaceholderText(self.tr("One per line, top first, e.g.\nOutcome\nOutput"))
        self.levels.setTabChangesFocus(True)
        self.levels.setFixedHeight(90)
        self.usdol_levels = QLabel('<a href="#">' + self.tr("Use the USDOL levels") + "</a>")
        self.usdol_levels.setToolTip(", ".join(USDOL_LEVELS))
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(60)

        self.general_error = error_label()
        self.errors = InlineErrors(self.general_error)
        details = QFormLayout()
        add = self.errors.add_row
        add(details, self.tr("C&ode:"), self.code_edit, "code")
        add(details, self.tr("&Title:"), self.title_edit, "title")
        add(details, self.tr("&Donor:"), self.donor, "donor")
        add(details, self.tr("&Grant number:"), self.grant_number, "grant number")
        add(details, self.tr("Gra&ntee:"), self.grantee, "grantee")
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.end)
        dates.addStretch(1)
        dates_box = QWidget()
        dates_box.setLayout(dates)
        dates.setContentsMargins(0, 0, 0, 0)
        add(details, self.tr("&Start and end:"), dates_box, "start date", "end date")
        self.start.setAccessibleName(self.tr("Start date"))
        self.end.setAccessibleName(self.tr("End date"))
        calendar = QHBoxLayout()
        calendar.addWidget(self.calendar, 1)
        self.fiscal_label = QLabel(self.tr("starting in"))
        calendar.addWidget(self.fiscal_label)
        calendar.addWidget(self.fiscal_month)
        calendar_box = QWidget()
        calendar_box.setLayout(calendar)
        calendar.setContentsMargins(0, 0, 0, 0)
        add(details, self.tr("Reporting &calendar:"), calendar_box, "calendar", "fiscal year start month")
        self.calendar.setAccessibleName(self.tr("Reporting calendar"))
        self.fiscal_month.setAccessibleName(self.tr("First month of the fiscal year"))
        levels_box = QWidget()
        levels_layout = QVBoxLayout(levels_box)
        levels_layout.setContentsMargins(0, 0, 0, 0)
        levels_layout.addWidget(self.levels)
        levels_layout.addWidget(self.usdol_levels)
        add(details, self.tr("Result &levels:"), levels_box, "levels")
        add(details, self.tr("Descr&iption:"), self.description, "description")

        countries_box = QGroupBox(self.tr("Countries and provinces"))
        countries_layout = QVBoxLayout(countries_box)
        self.countries_error = error_label()
        countries_layout.addWidget(self.picker, 1)
        countries_layout.addWidget(self.countries_error)
        self.errors.labels["countries"] = self.errors.labels["provinces"] = self.countries_error
        self.errors.widgets["countries"] = self.errors.widgets["provinces"] = self.picker.search

        left = QVBoxLayout()
        left.addLayout(details)
        left.addStretch(1)
        self.project_tab = QWidget()
        grid = QGridLayout(self.project_tab)
        grid.addLayout(left, 0, 0)
        grid.addWidget(countries_box, 0, 1)
        # The details get the wider share: a French or Spanish label and the calendar row need it.
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        self.translations = TranslationsTab(language_choice=True)
        if not code:
            self.translations.show_empty(
                self.tr(
                    "The results, levels and indicators can be translated here once the project is saved."
                )
            )
        self.cover_tab = self._cover_tab()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.project_tab, self.tr("&Project"))
        self.tabs.addTab(self.cover_tab, self.tr("Donor co&ver sheet"))
        self.tabs.addTab(self.translations, self.tr("T&ranslations"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

        self.calendar.currentIndexChanged.connect(self._calendar_changed)
        self.usdol_levels.linkActivated.connect(
            lambda _link: self.levels.setPlainText("\n".join(USDOL_LEVELS))
        )
        self.picker.changed.connect(self.countries_error.hide)
        self._calendar_changed()
        self.loads = jobs.Loads(self)
        if code:
            self.setEnabled(False)  # until the project arrives
            self.loads.load(
                "form", actions.project_form, db, code, on_result=self._show, on_error=self._failed
            )
            self.translations.setEnabled(False)  # until the project's texts arrive
            self.loads.load(
                "texts", project_texts.project_texts_form, db, code, on_result=self._show_texts,
                on_error=self._failed,
            )  # fmt: skip
        else:
            today = date.today()
            set_date(self.start, date(today.year, 1, 1))
            set_date(self.end, date(today.year + 3, 12, 31))
        self.code_edit.setFocus()

    def _cover_tab(self) -> QWidget:
        """What a donor's cover sheet asks beyond the project's name (the USDOL Technical Progress
        Report's): the grantee's UEI, the contacts, the total funding and who certifies the report."""
        self.uei = QLineEdit()
        self.uei.setMaxLength(32)
        self.uei.setPlaceholderText(self.tr("Unique Entity ID of the grantee (SAM.gov)"))
        self.hq_contact = QPlainTextEdit()
        self.field_contact = QPlainTextEdit()
        for contact in (self.hq_contact, self.field_contact):
            contact.setTabChangesFocus(True)
            contact.setFixedHeight(70)
            contact.setPlaceholderText(self.tr("Name, title, e-mail and telephone"))
        self.funding = QLineEdit()
        self.funding.setPlaceholderText(self.tr("e.g. 13500000"))
        self.representative_name = QLineEdit()
        self.representative_title = QLineEdit()
        tab = QWidget()
        form = QFormLayout()
        add = self.errors.add_row
        add(form, self.tr("&UEI:"), self.uei, "grantee uei")
        add(form, self.tr("&Headquarters contact:"), self.hq_contact, "hq_contact")
        add(form, self.tr("Fi&eld contact:"), self.field_contact, "field_contact")
        add(form, self.tr("Total &funding:"), self.funding, "total_funding")
        add(form, self.tr("Authorised represent&ative:"), self.representative_name, "representative name")
        add(form, self.tr("Representative's &job title:"), self.representative_title, "representative title")
        note = QLabel(
            self.tr(
                "The donor report's cover sheet and certification print these details; the representative "
                "signs the certification."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(tab)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)
        return tab

    def _calendar_changed(self) -> None:
        fiscal = self.calendar.currentData() == "fiscal"
        self.fiscal_month.setEnabled(fiscal)
        self.fiscal_label.setEnabled(fiscal)
        self.fiscal_month.setToolTip(
            "" if fiscal else self.tr("Only a fiscal year starts in another month than January")
        )

    # ---------------------------------------------------------------- loading

    def _failed(self, exc: BaseException) -> None:
        show_error(self, exc)
        self.reject()

    def _show(self, form: actions.ProjectForm) -> None:
        self.setEnabled(True)
        data = form.data
        self._version, self._seen = form.version, data
        self.code_edit.setText(data.code)
        self.title_edit.setText(data.title)
        self.title_edit.setCursorPosition(0)  # a long title shows its beginning
        self.donor.setText(data.donor)
        self.grant_number.setText(data.grant_number or "")
        self.grantee.setText(data.grantee or "")
        set_date(self.start, data.start)
        set_date(self.end, data.end)
        vocab.select_data(self.calendar, data.calendar)
        vocab.select_data(self.fiscal_month, int(data.fiscal_year_start_month or 10))
        self.picker.set_selection(data.countries, data.subdivisions)
        self.levels.setPlainText("\n".join(form.levels))
        self.description.setPlainText(data.description or "")
        self.uei.setText(data.grantee_uei or "")
        self.hq_contact.setPlainText(data.hq_contact or "")
        self.field_contact.setPlainText(data.field_contact or "")
        funding = data.total_funding
        self.funding.setText("" if funding in (None, "") else f"{float(funding):.2f}".removesuffix(".00"))
        self.representative_name.setText(data.representative_name or "")
        self.representative_title.setText(data.representative_title or "")

    def _show_texts(self, form: project_texts.TextsForm) -> None:
        self.translations.set_texts(form.language, section_rows(form.rows))
        self.translations.setEnabled(True)

    # ---------------------------------------------------------------- saving

    def data(self) -> ProjectIn:
        countries, subdivisions = self.picker.selection()
        fiscal = self.calendar.currentData() == "fiscal"
        return ProjectIn(
            code=self.code_edit.text(),
            title=self.title_edit.text(),
            donor=self.donor.text(),
            start=get_date(self.start),
            end=get_date(self.end),
            countries=countries,
            calendar=self.calendar.currentData(),
            fiscal_year_start_month=self.fiscal_month.currentData() if fiscal else None,
            grant_number=self.grant_number.text(),
            grantee=self.grantee.text(),
            description=self.description.toPlainText(),
            subdivisions=subdivisions,
            grantee_uei=self.uei.text(),
            hq_contact=self.hq_contact.toPlainText(),
            field_contact=self.field_contact.toPlainText(),
            total_funding=self.funding.text(),
            representative_name=self.representative_name.text(),
            representative_title=self.representative_title.text(),
        )

    def level_names(self) -> tuple[str, ...]:
        return tuple(line.strip() for line in self.levels.toPlainText().splitlines() if line.strip())

    def accept(self) -> None:
        self.errors.clear()
        self.countries_error.hide()
        self.translations.clear_error()
        if self._saved_code is not None:  # the project is saved; its translations were refused
            self._save_texts(self._saved_code)
            return
        levels = self.level_names()
        if self._code is None:
            fn, request = actions.create_project, actions.CreateProject(self.data(), levels)
        else:
            fn = actions.edit_project
            request = actions.EditProject(
                self._code, data=self.data(), version=self._version, seen=self._seen, levels=levels or None
            )
        self.buttons.setEnabled(False)
        jobs.run(fn, self._db, request, on_result=self._saved, on_error=self._refused, write_to=self._db)

    def _refused(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationError | ConcurrentEditError):
            first = (getattr(exc, "errors", None) or [exc])[0]
            widget = self.errors.widgets.get(getattr(first, "field", None) or "")
            on_cover = widget is not None and self.cover_tab.isAncestorOf(widget)
            self.tabs.setCurrentWidget(self.cover_tab if on_cover else self.project_tab)
            self.errors.show(exc)
            return
        show_error(self, exc)

    def _saved(self, code: str) -> None:
        self._code = code
        self._save_texts(code)

    def _save_texts(self, code: str) -> None:
        """The texts' language and their translations, after the project (a new one has its code now).
        Levels beyond those the form now names are gone with their translations."""
        depth = len(self.level_names()) or None
        changes = [
            c for c in self.translations.changes()
            if c.kind != "level" or depth is None or int(c.key) <= depth
        ]  # fmt: skip
        save_texts(
            self._db, code, changes, language=self.translations.language_change(),
            on_done=lambda: self._done(code), on_error=lambda exc: self._texts_refused(code, exc),
        )  # fmt: skip

    def _texts_refused(self, code: str, exc: BaseException) -> None:
        """The project is saved but a translation was refused: say so on the Translations tab, where the
        officer corrects it and saves again (only the translations are saved then)."""
        self.buttons.setEnabled(True)
        self._saved_code = code
        self.project_tab.setEnabled(False)
        self.project_tab.setToolTip(self.tr("Saved; correct the translation and press Save again"))
        self.tabs.setCurrentWidget(self.translations)
        if not self.translations.refused(exc):
            show_error(self, exc)
        self.saved.emit(code)

    def _done(self, code: str) -> None:
        self.buttons.setEnabled(True)
        self.saved.emit(code)
        super().accept()
