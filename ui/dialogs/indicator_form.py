"""The indicator form: its reference sheet and, for an indicator computed from the register, its counting
rule chosen in the form (what is counted, which activities, who, and which date places an activity in a
period), with the rule in words and what it gives for the selected period, live, from the same engine as
the report."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
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
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from flare_monitor.actions import framework as actions
from flare_monitor.actions.base import user_facing
from flare_monitor.actions.framework import IndicatorIn
from flare_monitor.errors import ConcurrentEditError, ValidationError
from flare_monitor.indicators.rule_words import describe_rule
from flare_monitor.vocabulary import ActivityStatus, ActivityType, AttendanceRole, OrganizationType
from ui import i18n, jobs, vocab
from ui.dialogs.form import InlineErrors, date_edit, error_label, get_date, set_date
from ui.formatting import format_decimal
from ui.messages import show_error

PEOPLE, ORGANIZATIONS, ACTIVITIES, TESTS = (
    "distinct_participants", "distinct_organizations", "activity_count", "test_improvement",
)  # fmt: skip
RULE_FIELDS = {  # the rule's keys (as errors name them) → the tab they are on
    "kind", "activity_types", "activity_statuses", "roles", "organization_types", "countries",
    "min_attendance_share", "completed_only", "period_date", "rule",
}  # fmt: skip
PREVIEW_DELAY_MS = 250


def _checklist(name: str) -> QListWidget:
    widget = QListWidget()
    widget.setAccessibleName(name)
    widget.setMinimumHeight(100)
    widget.setMaximumHeight(130)
    return widget


def _fill(widget: QListWidget, values: list[tuple[str, str]], ticked=()) -> None:
    widget.clear()
    for value, text in values:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if value in ticked else Qt.CheckState.Unchecked)
        widget.addItem(item)


def _ticked(widget: QListWidget) -> list[str]:
    return [
        widget.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]


def _tick(widget: QListWidget, values) -> None:
    for i in range(widget.count()):
        item = widget.item(i)
        ticked = item.data(Qt.ItemDataRole.UserRole) in values
        item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)


class IndicatorDialog(QDialog):
    """``code=None`` adds an indicator (under `result`); otherwise edits indicator `code`.

    `period` and `country` are the window's context: the preview counts for them."""

    saved = Signal(str)  # the indicator's code
    targetsRequested = Signal(str)  # the indicator's code: open the Results page on it

    def __init__(
        self,
        db,
        project: str,
        results: list,  # ResultNode of the framework, parents first
        countries: tuple[str, ...],
        *,
        code: str | None = None,
        result: str | None = None,
        period: str | None = None,
        country: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._db, self._project, self._code = db, project, code
        self._period, self._country = period, country
        self._version: int | None = None
        self.setWindowTitle(
            self.tr("Edit indicator %1").replace("%1", code) if code else self.tr("New indicator")
        )
        self.setMinimumSize(900, 780)
        self.general_error = error_label()
        self.errors = InlineErrors(self.general_error)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._sheet_tab(results, result), self.tr("Reference sheet"))
        self.tabs.addTab(self._rule_tab(countries), self.tr("Actuals and counting rule"))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.targets_button = self.buttons.addButton(
            self.tr("&Targets…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.targets_button.setToolTip(
            self.tr("Open the Results page on this indicator, where its targets are set")
        )
        if code is None:
            self.targets_button.setEnabled(False)
            self.targets_button.setToolTip(self.tr("Save the indicator first"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.targets_button.clicked.connect(self._targets)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.refresh_preview)
        self.loads = jobs.Loads(self)
        self._kind_changed()
        self._actuals_changed()
        if code:
            self.setEnabled(False)  # until the indicator arrives
            self.loads.load(
                "form", actions.indicator_form, db, actions.DeleteIndicator(project, code),
                on_result=self._show, on_error=self._failed,
            )  # fmt: skip
        self.code_edit.setFocus()

    # ---------------------------------------------------------------- building

    def _sheet_tab(self, results: list, result: str | None) -> QWidget:
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("e.g. 1.1.1.2 or OTP 1"))
        self.code_edit.setMaxLength(32)
        self.name = QLineEdit()
        self.result_combo = QComboBox()
        self.result_combo.addItem(self.tr("— not linked to a result —"), None)
        for node in results:
            text = f"{node.code}  {node.statement}"
            self.result_combo.addItem(
                ("    " * (node.depth - 1)) + (text if len(text) < 80 else text[:79] + "…"), node.code
            )
        vocab.select_data(self.result_combo, result)
        self.definition = QPlainTextEdit()
        self.definition.setTabChangesFocus(True)
        self.definition.setFixedHeight(60)
        self.unit = QComboBox()
        for value, text in (
            ("number", self.tr("Number")), ("percentage", self.tr("Percentage")),
            ("yes_no", self.tr("Yes / no")), ("level", self.tr("Level")),
        ):  # fmt: skip
            self.unit.addItem(text, value)
        self.direction = QComboBox()
        self.direction.addItem(self.tr("Higher is better"), "increase")
        self.direction.addItem(self.tr("Lower is better"), "decrease")
        self.cumulative = QCheckBox(self.tr("Cumulative over the life of the project (e.g. people trained)"))
        self.is_key = QCheckBox(self.tr("Key indicator (in the report's key figures)"))
        self.baseline = QLineEdit()
        self.baseline.setPlaceholderText(self.tr("e.g. 0"))
        self.baseline_date = date_edit(optional=True)
        self.lop_target = QLineEdit()
        self.lop_target.setPlaceholderText(self.tr("for the whole project"))
        self.disaggregation = {
            "sex": QCheckBox(self.tr("by sex")),
            "country": QCheckBox(self.tr("by country")),
            "agency_type": QCheckBox(self.tr("by agency type")),
            "age_group": QCheckBox(self.tr("by age group")),
        }
        self.disaggregation["sex"].setChecked(True)
        self.data_source = QLineEdit()
        self.means = QLineEdit()
        self.collection = QLineEdit()
        self.frequency = QComboBox()
        self.frequency.setEditable(True)
        for text in (
            self.tr("Quarterly"),
            self.tr("Semi-annual"),
            self.tr("Annual"),
            self.tr("End of project"),
        ):
            self.frequency.addItem(text)
        self.frequency.setCurrentIndex(0)
        self.responsible = QLineEdit()

        tab = QWidget()
        form = QFormLayout(tab)
        add = self.errors.add_row
        add(form, self.tr("C&ode:"), self.code_edit, "code")
        add(form, self.tr("&Name:"), self.name, "name")
        add(form, self.tr("&Result:"), self.result_combo, "result")
        add(form, self.tr("&Definition:"), self.definition, "definition")
        units = QHBoxLayout()
        units.addWidget(self.unit)
        units.addWidget(self.direction)
        units.addStretch(1)
        units_box = QWidget()
        units_box.setLayout(units)
        units.setContentsMargins(0, 0, 0, 0)
        add(form, self.tr("&Unit and direction:"), units_box, "unit", "direction")
        self.unit.setAccessibleName(self.tr("Unit"))
        self.direction.setAccessibleName(self.tr("Direction"))
        form.addRow("", self.cumulative)
        form.addRow("", self.is_key)
        baseline = QHBoxLayout()
        baseline.addWidget(self.baseline)
        baseline.addWidget(QLabel(self.tr("on")))
        baseline.addWidget(self.baseline_date)
        baseline_box = QWidget()
        baseline_box.setLayout(baseline)
        baseline.setContentsMargins(0, 0, 0, 0)
        add(form, self.tr("&Baseline:"), baseline_box, "baseline", "baseline date")
        self.baseline.setAccessibleName(self.tr("Baseline"))
        self.baseline_date.setAccessibleName(self.tr("Baseline date"))
        add(form, self.tr("&Life-of-project target:"), self.lop_target, "LOP target")
        disaggregations = QHBoxLayout()
        for box in self.disaggregation.values():
            disaggregations.addWidget(box)
        disaggregations.addStretch(1)
        disaggregation_box = QWidget()
        disaggregation_box.setLayout(disaggregations)
        disaggregations.setContentsMargins(0, 0, 0, 0)
        add(form, self.tr("Disaggre&gation:"), disaggregation_box, "disaggregations")
        add(form, self.tr("Data &source:"), self.data_source, "data source")
        add(form, self.tr("&Means of verification:"), self.means, "means of verification")
        add(form, self.tr("&Collection method:"), self.collection, "collection method")
        add(form, self.tr("&Frequency:"), self.frequency, "frequency")
        add(form, self.tr("Res&ponsible:"), self.responsible, "responsible")
        return tab

    def _rule_tab(self, countries: tuple[str, ...]) -> QWidget:
        self.reported = QRadioButton(self.tr("&Reported: officers enter the figures each period"))
        self.computed = QRadioButton(
            self.tr("&Computed from the register (activities, trainings, attendance)")
        )
        self.reported.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.reported)
        group.addButton(self.computed)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("What is counted"))
        for value, text in (
            (PEOPLE, self.tr("People (each person counted once)")),
            (ORGANIZATIONS, self.tr("Organizations (each counted once)")),
            (ACTIVITIES, self.tr("Activities")),
            (TESTS, self.tr("People whose post-test beats their pre-test (a percentage)")),
        ):
            self.kind.addItem(text, value)
        self.types = _checklist(self.tr("Activity types"))
        _fill(self.types, [(t.value, vocab.label(t.value)) for t in ActivityType], ("training",))
        self.statuses = _checklist(self.tr("Activity statuses"))
        _fill(self.statuses, [(s.value, vocab.label(s.value)) for s in ActivityStatus], ("completed",))
        self.roles = _checklist(self.tr("Roles"))
        _fill(self.roles, [(r.value, vocab.label(r.value)) for r in AttendanceRole], ("participant",))
        self.organization_types = _checklist(self.tr("Organization types"))
        _fill(self.organization_types, [(o.value, vocab.label(o.value)) for o in OrganizationType])
        self.countries = _checklist(self.tr("Countries counted"))
        _fill(self.countries, [(c, f"{vocab.country_label(c)} ({c})") for c in countries])
        self.share_box = QCheckBox(self.tr("Only people who attended at least"))
        self.share = QSpinBox()
        self.share.setRange(1, 100)
        self.share.setSuffix(" %")
        self.share.setValue(50)
        self.share.setAccessibleName(self.tr("Minimum share of days"))
        self.completed_only = QCheckBox(self.tr("Only attendance marked completed"))
        self.period_date = QComboBox()
        self.period_date.setAccessibleName(self.tr("Date that places an activity in a period"))
        self.period_date.addItem(self.tr("its start (a training counts when it happens)"), "start")
        self.period_date.addItem(self.tr("its end (a six-month study counts when it is completed)"), "end")
        self.words = QLabel()
        self.words.setWordWrap(True)
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.words.setAccessibleName(self.tr("The rule in words"))
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName(self.tr("What the rule gives"))
        self.preview.setStyleSheet("font-weight: bold;")

        self.rule_box = QGroupBox(self.tr("Counting rule"))
        grid = QGridLayout(self.rule_box)
        grid.addWidget(QLabel(self.tr("What is counted:")), 0, 0)
        grid.addWidget(self.kind, 0, 1, 1, 3)
        self.rule_error = error_label()
        grid.addWidget(self.rule_error, 1, 0, 1, 4)
        for column, text in enumerate(
            (
                self.tr("Activity types (none ticked: every type)"),
                self.tr("Activity statuses (none ticked: every status)"),
                self.tr("Countries counted (none ticked: every country)"),
            )
        ):
            label = QLabel(text)
            label.setWordWrap(True)
            grid.addWidget(label, 2, column, 1, 1 if column < 2 else 2)
        grid.addWidget(self.types, 3, 0)
        grid.addWidget(self.statuses, 3, 1)
        grid.addWidget(self.countries, 3, 2, 1, 2)
        self.people_box = QWidget()
        people = QGridLayout(self.people_box)
        people.setContentsMargins(0, 0, 0, 0)
        for column, text in enumerate(
            (self.tr("Roles (none ticked: every role)"), self.tr("Organization types (none ticked: anyone)"))
        ):
            label = QLabel(text)
            label.setWordWrap(True)
            people.addWidget(label, 0, column)
        people.addWidget(self.roles, 1, 0)
        people.addWidget(self.organization_types, 1, 1)
        share = QHBoxLayout()
        share.addWidget(self.share_box)
        share.addWidget(self.share)
        share.addWidget(QLabel(self.tr("of the days")))
        share.addStretch(1)
        people.addLayout(share, 2, 0, 1, 2)
        people.addWidget(self.completed_only, 3, 0, 1, 2)
        grid.addWidget(self.people_box, 4, 0, 1, 4)
        dating = QHBoxLayout()
        dating.addWidget(QLabel(self.tr("An activity counts in the period of")))
        dating.addWidget(self.period_date, 1)
        grid.addLayout(dating, 5, 0, 1, 4)

        words_box = QGroupBox(self.tr("The rule in words, and what it gives"))
        words_layout = QVBoxLayout(words_box)
        words_layout.addWidget(self.words)
        words_layout.addWidget(self.preview)

        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.reported)
        layout.addWidget(self.computed)
        layout.addWidget(self.rule_box, 1)
        layout.addWidget(words_box)

        self.reported.toggled.connect(self._actuals_changed)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for widget in (self.types, self.statuses, self.roles, self.organization_types, self.countries):
            widget.itemChanged.connect(self._rule_changed)
        for box in (self.share_box, self.completed_only):
            box.toggled.connect(self._rule_changed)
        self.share.valueChanged.connect(self._rule_changed)
        self.period_date.currentIndexChanged.connect(self._rule_changed)
        self.share_box.toggled.connect(self.share.setEnabled)
        self.share.setEnabled(False)
        self.unit.currentIndexChanged.connect(self._rule_changed)
        for key, text in (
            ("kind", self.kind), ("activity_types", self.types), ("activity_statuses", self.statuses),
            ("roles", self.roles), ("organization_types", self.organization_types),
            ("countries", self.countries), ("min_attendance_share", self.share),
            ("completed_only", self.completed_only), ("period_date", self.period_date), ("rule", self.kind),
        ):  # fmt: skip
            self.errors.labels[key] = self.rule_error
            self.errors.widgets[key] = text
        return tab

    # ---------------------------------------------------------------- the rule

    def rule(self) -> dict | None:
        """The counting rule as chosen (None: reported)."""
        if not self.computed.isChecked():
            return None
        kind = self.kind.currentData()
        rule: dict = {"kind": kind}
        types = _ticked(self.types)
        if types:
            rule["activity_types"] = types
        rule["activity_statuses"] = _ticked(self.statuses) or [s.value for s in ActivityStatus]
        countries = _ticked(self.countries)
        if countries:
            rule["countries"] = countries
        if kind != ACTIVITIES:
            rule["roles"] = _ticked(self.roles) or [r.value for r in AttendanceRole]
            organizations = _ticked(self.organization_types)
            if organizations:
                rule["organization_types"] = organizations
            if self.share_box.isChecked():
                rule["min_attendance_share"] = self.share.value() / 100
            rule["completed_only"] = self.completed_only.isChecked()
        rule["period_date"] = self.period_date.currentData()
        return rule

    def _show_rule(self, rule: dict | None) -> None:
        self.computed.setChecked(rule is not None)
        self.reported.setChecked(rule is None)
        if rule is None:
            return
        vocab.select_data(self.kind, rule["kind"])
        _tick(self.types, rule.get("activity_types", ()))
        _tick(self.statuses, rule.get("activity_statuses", ()))
        _tick(self.countries, rule.get("countries", ()))
        _tick(self.roles, rule.get("roles", ("participant",)))
        _tick(self.organization_types, rule.get("organization_types", ()))
        share = rule.get("min_attendance_share")
        self.share_box.setChecked(bool(share))
        if share:
            self.share.setValue(round(share * 100))
        self.completed_only.setChecked(bool(rule.get("completed_only")))
        vocab.select_data(self.period_date, rule.get("period_date", "start"))

    def _actuals_changed(self, *_args) -> None:
        computed = self.computed.isChecked()
        self.rule_box.setEnabled(computed)
        self.rule_box.setToolTip(
            "" if computed else self.tr("A reported indicator counts nothing: choose Computed")
        )
        self.unit.setEnabled(not computed)
        self.unit.setToolTip(
            self.tr("A computed indicator's unit follows what it counts") if computed else ""
        )
        if computed:
            self._kind_changed()
        self._rule_changed()

    def _kind_changed(self, *_args) -> None:
        kind = self.kind.currentData()
        people = kind != ACTIVITIES
        self.people_box.setEnabled(people)
        self.people_box.setToolTip(
            "" if people else self.tr("Counting activities: who attended them does not matter")
        )
        if self.computed.isChecked():
            vocab.select_data(self.unit, "percentage" if kind == TESTS else "number")
        self._rule_changed()

    def _rule_changed(self, *_args) -> None:
        self.rule_error.hide()
        rule = self.rule()
        if rule is None:
            self.words.setText(self.tr("Reported: the figures are entered each period (Results page)."))
            self.preview.setText("")
            if hasattr(self, "loads"):
                self.loads.cancel("preview")
            return
        try:
            self.words.setText(describe_rule(rule, i18n.current_language()))
        except ValidationError as exc:
            self.words.setText(i18n.text(exc))
            self.preview.setText("")
            return
        if hasattr(self, "_preview_timer"):
            self._preview_timer.start()

    def refresh_preview(self) -> None:
        """Ask the engine what the rule gives for the window's period (and country)."""
        rule = self.rule()
        if rule is None or not self._period:
            self.preview.setText(
                "" if rule is None else self.tr("Choose a period to see what the rule gives")
            )
            return
        query = actions.RuleQuery(
            self._project, self._period, rule, self.unit.currentData(), self._country, i18n.current_language()
        )
        self.loads.load("preview", actions.preview_rule, self._db, query, on_result=self._previewed,
                        on_error=self._preview_failed, busy=self.preview)  # fmt: skip

    def _previewed(self, preview: actions.RulePreview) -> None:
        where = vocab.country_label(self._country) if self._country else self.tr("all countries")
        percent = self.unit.currentData() == "percentage"

        def shown(value) -> str:
            return format_decimal(value or 0, 1) + (" %" if percent else "")

        if preview.value is None:
            figure = self.tr("nothing to count")
        elif preview.by_sex is None:
            figure = shown(preview.value)
        else:
            parts = []
            for sex, short in (("female", self.tr("F")), ("male", self.tr("M")), ("other", self.tr("other")),
                               ("not_recorded", self.tr("not recorded"))):  # fmt: skip
                value = preview.by_sex.get(sex)
                if value or sex in ("female", "male"):
                    parts.append(f"{short} {shown(value)}")
            figure = f"{shown(preview.value)} — {' / '.join(parts)}"
            if preview.denominator:
                figure += " " + self.tr("(%1 of %2 with both tests)").replace(
                    "%1", format_decimal(preview.numerator or 0, 0)
                ).replace("%2", format_decimal(preview.denominator, 0))
        self.preview.setText(f"{preview.period} ({where}): {figure}")

    def _preview_failed(self, exc: BaseException) -> None:
        problem = user_facing(exc)
        if problem is None:
            show_error(self, exc)
            return
        self.preview.setText(i18n.text(problem))

    # ---------------------------------------------------------------- loading and saving

    def _failed(self, exc: BaseException) -> None:
        show_error(self, exc)
        self.reject()

    def _show(self, form: actions.IndicatorForm) -> None:
        self.setEnabled(True)
        data = form.data
        self._version = form.version
        self.code_edit.setText(data.code)
        self.name.setText(data.name)
        vocab.select_data(self.result_combo, data.result)
        self.definition.setPlainText(data.definition or "")
        vocab.select_data(self.unit, data.unit)
        vocab.select_data(self.direction, data.direction)
        self.cumulative.setChecked(data.cumulative)
        self.is_key.setChecked(data.is_key)
        self.baseline.setText("" if data.baseline is None else f"{data.baseline:g}")
        set_date(self.baseline_date, data.baseline_date)
        self.lop_target.setText("" if data.lop_target is None else f"{data.lop_target:g}")
        for key, box in self.disaggregation.items():
            box.setChecked(key in data.disaggregations)
        self.data_source.setText(data.data_source or "")
        self.means.setText(data.means_of_verification or "")
        self.collection.setText(data.collection_method or "")
        self.frequency.setCurrentText(data.frequency or "")
        self.responsible.setText(data.responsible or "")
        self._show_rule(data.rule)
        self._actuals_changed()
        vocab.select_data(self.unit, data.unit)

    def data(self) -> IndicatorIn:
        return IndicatorIn(
            code=self.code_edit.text(),
            name=self.name.text(),
            result=self.result_combo.currentData(),
            definition=self.definition.toPlainText(),
            unit=self.unit.currentData(),
            direction=self.direction.currentData(),
            cumulative=self.cumulative.isChecked(),
            is_key=self.is_key.isChecked(),
            disaggregations=tuple(k for k, box in self.disaggregation.items() if box.isChecked()),
            baseline=self.baseline.text(),
            baseline_date=get_date(self.baseline_date),
            lop_target=self.lop_target.text(),
            data_source=self.data_source.text(),
            means_of_verification=self.means.text(),
            collection_method=self.collection.text(),
            frequency=self.frequency.currentText(),
            responsible=self.responsible.text(),
            rule=self.rule(),
        )

    def accept(self) -> None:
        self.errors.clear()
        request = actions.SaveIndicator(self._project, self.data(), self._code, self._version)
        self.buttons.setEnabled(False)
        jobs.run(actions.save_indicator, self._db, request, on_result=self._saved, on_error=self._refused,
                 write_to=self._db)  # fmt: skip

    def _refused(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationError | ConcurrentEditError):
            field = getattr(exc, "field", None)
            self.tabs.setCurrentIndex(1 if field in RULE_FIELDS else 0)
            if field in RULE_FIELDS:  # "computation: …" is how the core names a rule to the log
                exc = ValidationError(str(exc).removeprefix("computation: "), field)
            self.errors.show(exc)
            return
        show_error(self, exc)

    def _saved(self, code: str) -> None:
        self.buttons.setEnabled(True)
        self._code = code
        self.saved.emit(code)
        super().accept()

    def _targets(self) -> None:
        if self._code:
            self.targetsRequested.emit(self._code)
            self.reject()
