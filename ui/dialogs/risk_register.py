"""The project's risk register (risks and assumptions, printed in the Technical Progress Report): a table of
the risks with Add, Edit and Delete, and the form of one risk."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from flare_monitor.actions import risks as actions
from flare_monitor.errors import ConcurrentEditError, ValidationError
from flare_monitor.vocabulary import RiskLevel, RiskStatus
from ui import jobs, vocab
from ui.dialogs.form import InlineErrors, error_label
from ui.messages import confirm, show_error
from ui.models.table import ROW_ROLE, RowTableModel
from ui.permissions import ENTER_VALUES, EVERYTHING, Permissions
from ui.widgets import explain_first, refused

LEVEL_ORDER = {level.value: number for number, level in enumerate(RiskLevel)}
STATUS_ORDER = {status.value: number for number, status in enumerate(RiskStatus)}


class RiskModel(RowTableModel):
    COL_NUMBER, COL_RISK, COL_COUNTRY, COL_LIKELIHOOD, COL_IMPACT, COL_MITIGATION, COL_STATUS = range(7)

    def headers(self) -> list[str]:
        return [
            self.tr("Ref."),
            self.tr("Risk or assumption"),
            self.tr("Country"),
            self.tr("Likelihood"),
            self.tr("Impact"),
            self.tr("Mitigation"),
            self.tr("Status"),
        ]

    def cells(self, row: actions.RiskRow) -> list:
        country = vocab.country_label(row.country) if row.country else self.tr("Whole project")
        return [row.label, row.risk, country, vocab.label(row.likelihood), vocab.label(row.impact),
                row.mitigation or "", vocab.label(row.status)]  # fmt: skip

    def sort_key(self, row: actions.RiskRow, column: int):
        if column == self.COL_NUMBER:
            return row.number
        if column in (self.COL_LIKELIHOOD, self.COL_IMPACT):
            return LEVEL_ORDER.get(row.likelihood if column == self.COL_LIKELIHOOD else row.impact, 0)
        if column == self.COL_STATUS:
            return STATUS_ORDER.get(row.status, 0)
        return super().sort_key(row, column)

    def extra(self, row: actions.RiskRow, column: int, role: int):
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.COL_RISK, self.COL_MITIGATION):
            return self.text(row, column) or None
        return None


class RiskForm(QDialog):
    """Add a risk, or edit one (`row`): the text, the country it concerns, likelihood, impact, mitigation
    and status."""

    saved = Signal(object)  # the RiskRow as stored

    def __init__(self, db, project: str, countries: tuple[str, ...], row: actions.RiskRow | None = None,
                 parent: QWidget | None = None, country: str | None = None):  # fmt: skip
        super().__init__(parent)
        self._db, self._project, self._row = db, project, row
        self.setWindowTitle(
            self.tr("Edit risk %1").replace("%1", row.label) if row is not None else self.tr("Add a risk")
        )
        self.setMinimumWidth(560)
        self.risk = QPlainTextEdit()
        self.risk.setTabChangesFocus(True)
        self.risk.setPlaceholderText(self.tr("What could go wrong, or what the project assumes will hold"))
        self.risk.setFixedHeight(80)
        self.country = QComboBox()
        self.country.addItem(self.tr("Whole project"), "")
        codes = vocab.sorted_countries(countries)
        if row is not None and row.country and row.country not in codes:
            codes.append(row.country)
        for code in codes:
            self.country.addItem(f"{vocab.country_label(code)} ({code})", code)
        self.likelihood = QComboBox()
        vocab.fill_combo(self.likelihood, RiskLevel)
        self.impact = QComboBox()
        vocab.fill_combo(self.impact, RiskLevel)
        self.mitigation = QPlainTextEdit()
        self.mitigation.setTabChangesFocus(True)
        self.mitigation.setPlaceholderText(
            self.tr("What the project does to prevent it or soften its effect")
        )
        self.mitigation.setFixedHeight(80)
        self.status = QComboBox()
        vocab.fill_combo(self.status, RiskStatus)
        if row is not None:
            self.risk.setPlainText(row.risk)
            vocab.select_data(self.country, row.country or "")
            vocab.select_data(self.likelihood, row.likelihood)
            vocab.select_data(self.impact, row.impact)
            self.mitigation.setPlainText(row.mitigation or "")
            vocab.select_data(self.status, row.status)
        else:
            vocab.select_data(self.country, country or "")
            vocab.select_data(self.likelihood, RiskLevel.MEDIUM.value)
            vocab.select_data(self.impact, RiskLevel.MEDIUM.value)
            vocab.select_data(self.status, RiskStatus.OPEN.value)

        self.general_error = error_label()
        self.errors = InlineErrors(self.general_error)
        form = QFormLayout()
        add = self.errors.add_row
        add(form, self.tr("&Risk or assumption:"), self.risk, "risk")
        add(form, self.tr("&Country:"), self.country, "country")
        add(form, self.tr("&Likelihood:"), self.likelihood, "likelihood")
        add(form, self.tr("&Impact:"), self.impact, "impact")
        add(form, self.tr("&Mitigation:"), self.mitigation, "mitigation")
        add(form, self.tr("S&tatus:"), self.status, "status")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.risk.setFocus()

    def data(self) -> actions.RiskIn:
        return actions.RiskIn(
            risk=self.risk.toPlainText(),
            likelihood=self.likelihood.currentData(),
            impact=self.impact.currentData(),
            mitigation=self.mitigation.toPlainText(),
            status=self.status.currentData(),
            country=self.country.currentData(),
        )

    def accept(self) -> None:
        self.errors.clear()
        if self._row is None:
            fn, request = actions.add_risk, actions.AddRisk(self._project, self.data())
            label = self.tr("Add risk")
        else:
            fn = actions.edit_risk
            request = actions.EditRisk(self._project, self._row.number, self.data(), self._row.version)
            label = self.tr("Edit risk %1").replace("%1", self._row.label)
        self.buttons.setEnabled(False)
        jobs.run(fn, self._db, request, on_result=self._saved, on_error=self._refused, write_to=self._db,
                 undo_label=label)  # fmt: skip

    def _refused(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationError | ConcurrentEditError):
            self.errors.show(exc)
            return
        show_error(self, exc)

    def _saved(self, row: actions.RiskRow) -> None:
        self.buttons.setEnabled(True)
        self.saved.emit(row)
        super().accept()


class RiskRegisterDialog(QDialog):
    """The risks of one project: the table, and Add / Edit / Delete for those the role may change (an
    officer their own country's risks; the whole project's risks are headquarters')."""

    changed = Signal()  # a risk was added, changed or deleted

    def __init__(self, db, project: str, countries: tuple[str, ...], country: str | None = None,
                 permissions: Permissions = EVERYTHING, parent: QWidget | None = None):  # fmt: skip
        super().__init__(parent)
        self._db, self._project, self._countries = db, project, tuple(countries)
        self._country = country  # the country chosen in the window: a new risk is about it
        self.permissions = permissions
        self.setWindowTitle(self.tr("Risks and assumptions — %1").replace("%1", project))
        self.resize(980, 440)
        intro = QLabel(
            self.tr(
                "The project's risk register. The Technical Progress Report prints it under “Risks and "
                "assumptions”: the whole project's risks and those of the countries the report covers."
            )
        )
        intro.setWordWrap(True)
        self.model = RiskModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        # A few rows of wrapped text: each row as tall as its text at the columns' current widths.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(RiskModel.COL_NUMBER, Qt.SortOrder.AscendingOrder)
        self.table.setAccessibleName(self.tr("Risks"))
        header = self.table.horizontalHeader()
        for column in (RiskModel.COL_RISK, RiskModel.COL_MITIGATION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for column in (RiskModel.COL_NUMBER, RiskModel.COL_COUNTRY, RiskModel.COL_LIKELIHOOD,
                       RiskModel.COL_IMPACT, RiskModel.COL_STATUS):  # fmt: skip
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.empty = QLabel(self.tr("No risks recorded yet: Add… writes the first."))
        self.empty.hide()
        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.loads = jobs.Loads(self)
        from ui.undo import history

        history(db).reverted.connect(self.reload)  # an undone delete brings the risk back into sight
        self._select: int | None = None
        self._update_buttons()
        self.reload()

    # ---------------------------------------------------------------- data

    def reload(self) -> None:
        self.loads.load("risks", actions.list_risks, self._db, actions.ListRisks(self._project),
                        on_result=self._show, busy=self.table)  # fmt: skip

    def _show(self, rows: list[actions.RiskRow]) -> None:
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        if self._select is not None:
            self.select_number(self._select)
            self._select = None
        self._update_buttons()

    def select_number(self, number: int) -> bool:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).number == number:
                self.table.selectRow(row)
                return True
        return False

    def selected(self) -> actions.RiskRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.index(rows[0].row(), 0).data(ROW_ROLE) if rows else None

    # ---------------------------------------------------------------- what the role may do

    def why_not_add(self) -> str:
        return self.permissions.why_not(ENTER_VALUES, self._country)

    def why_not_change(self, row: actions.RiskRow | None) -> str:
        return self.permissions.why_not(ENTER_VALUES, row.country if row is not None else None)

    def _update_buttons(self) -> None:
        row = self.selected()
        none = self.tr("Select a risk first")
        explain_first(self.add_button, refused(self.why_not_add()))
        for button in (self.edit_button, self.delete_button):
            explain_first(button, (row is not None, none), refused(self.why_not_change(row)))

    # ---------------------------------------------------------------- add, edit, delete

    def form(self, row: actions.RiskRow | None) -> RiskForm:
        form = RiskForm(self._db, self._project, self._countries, row, self, country=self._country)
        form.saved.connect(self._saved)
        return form

    def add(self) -> RiskForm | None:
        if self.why_not_add():
            return None
        form = self.form(None)
        form.open()
        return form

    def edit_selected(self) -> RiskForm | None:
        row = self.selected()
        if row is None or self.why_not_change(row):
            return None
        form = self.form(row)
        form.open()
        return form

    def _saved(self, row: actions.RiskRow) -> None:
        self._select = row.number
        self.changed.emit()
        self.reload()

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None or self.why_not_change(row):
            return
        if not confirm(
            self,
            self.tr("Delete risk"),
            self.tr("Delete the risk %1 — %2?\n\nEdit › Undo brings it back.")
            .replace("%1", row.label)
            .replace("%2", row.risk),
        ):
            return
        jobs.run(
            actions.delete_risk,
            self._db,
            actions.DeleteRisk(self._project, row.number, row.version),
            on_result=lambda _row: self._deleted(),
            on_error=lambda exc: show_error(self, exc),
            write_to=self._db,
            undo_label=self.tr("Delete risk %1").replace("%1", row.label),
        )

    def _deleted(self) -> None:
        self.changed.emit()
        self.reload()
