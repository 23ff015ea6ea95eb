"""Organizations page: the agencies participants come from and the project's partners — search, edit
(name, type, country), confirm the type of those an import created ("new — check the type"), and merge
duplicates."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from flare_monitor.actions import organizations as actions
from ui import vocab
from ui.formatting import format_int
from ui.messages import confirm
from ui.models.table import RowTableModel
from ui.pages.base import Page
from ui.permissions import EDIT_RECORDS
from ui.widgets import compact_rows, explain_first, refused

DEBOUNCE_MS = 150
UNCONFIRMED = QColor("#fff4d6")


class OrganizationsModel(RowTableModel):
    COL_NAME, COL_ACRONYM, COL_TYPE, COL_COUNTRY, COL_PEOPLE, COL_STATUS = range(6)
    NUMERIC_COLUMNS = (COL_PEOPLE,)

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Acronym"),
            self.tr("Type"),
            self.tr("Country"),
            self.tr("Participants"),
            self.tr("Type checked"),
        ]

    def display(self, row, column: int):
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_ACRONYM:
            return row.acronym
        if column == self.COL_TYPE:
            return vocab.label(row.type)
        if column == self.COL_COUNTRY:
            return vocab.country_label(row.country) if row.country else ""
        if column == self.COL_PEOPLE:
            return format_int(row.participants)
        return self.tr("yes") if row.type_confirmed else self.tr("new — check the type")

    def sort_key(self, row, column: int):
        if column == self.COL_PEOPLE:
            return row.participants
        if column == self.COL_STATUS:
            return 1 if row.type_confirmed else 0
        return super().sort_key(row, column)

    def extra(self, row, column: int, role: int):
        if role == Qt.ItemDataRole.BackgroundRole and not row.type_confirmed:
            return QBrush(UNCONFIRMED)
        if role == Qt.ItemDataRole.ToolTipRole and not row.type_confirmed:
            return self.tr(
                "An import created it and typed it “Other”: check its type (Edit…) or Confirm type"
            )
        return None


class OrganizationsPage(Page):
    key = "organizations"

    def __init__(self, db, parent: QWidget | None = None):
        super().__init__(db, parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name or acronym (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search organizations"))
        self.search.setClearButtonEnabled(True)
        self.unconfirmed_only = QCheckBox(self.tr("Only those to check (new — check the type)"))
        self.all_countries = QCheckBox(self.tr("All countries"))
        self.all_countries.setToolTip(
            self.tr("Show the organizations of every country, not only the one chosen")
        )
        self.edit_button = QPushButton(self.tr("Edi&t…"))
        self.confirm_button = QPushButton(self.tr("Confirm t&ype"))
        self.merge_button = QPushButton(self.tr("&Merge duplicates…"))
        self.count_label = QLabel()

        self.model = OrganizationsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Organizations"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(OrganizationsModel.COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        compact_rows(self.table)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.unconfirmed_only)
        top.addWidget(self.all_countries)
        buttons = QHBoxLayout()
        for button in (self.edit_button, self.confirm_button, self.merge_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.search.textChanged.connect(lambda _text: self.debounce.start())
        self.debounce.timeout.connect(self.reload)
        self.unconfirmed_only.toggled.connect(lambda _on: self.reload())
        self.all_countries.toggled.connect(lambda _on: self.reload())
        self.edit_button.clicked.connect(self.edit_selected)
        self.confirm_button.clicked.connect(self.confirm_selected)
        self.merge_button.clicked.connect(self.merge_selected)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Organizations")

    def printable(self):
        return self.table

    # ---------------------------------------------------------------- data

    def query(self) -> actions.OrganizationQuery:
        country = None if self.all_countries.isChecked() else self.context.country
        return actions.OrganizationQuery(self.search.text(), country, self.unconfirmed_only.isChecked())

    def reload(self, then=None) -> None:
        selected = {row.id for row in self.selected_rows()}
        self.load(
            "rows",
            actions.list_organizations,
            self.query(),
            on_result=lambda rows: self._show(rows, selected, then),
            busy=self.table,
        )

    def _show(self, rows, selected, then=None) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        for number, row in enumerate(self.model.rows()):
            if row.id in selected:
                self.table.selectRow(number)
        unconfirmed = sum(not r.type_confirmed for r in rows)
        text = self.tr("%1 organizations").replace("%1", format_int(len(rows)))
        if unconfirmed:
            text += " — " + self.tr("%1 to check").replace("%1", format_int(unconfirmed))
        self.count_label.setText(text)
        self._update_buttons()
        if then is not None:
            then()

    def selected_rows(self) -> list:
        return [self.model.row_at(index.row()) for index in self.table.selectionModel().selectedRows()]

    def select_name(self, name: str) -> bool:
        for number, row in enumerate(self.model.rows()):
            if row.name == name:
                self.table.selectRow(number)
                return True
        return False

    def _update_buttons(self, *_args) -> None:
        rows = self.selected_rows()
        select_one = self.tr("Select one organization first")
        allowed = refused(self.why_not_change(rows))
        explain_first(self.edit_button, (len(rows) == 1, select_one), allowed)
        explain_first(
            self.confirm_button,
            (
                any(not r.type_confirmed for r in rows),
                self.tr("Select organizations marked “new — check the type” first"),
            ),
            allowed,
        )
        explain_first(
            self.merge_button,
            (len(rows) == 2, self.tr("Select the two organizations that are one (Ctrl+click)")),
            allowed,
        )

    def apply_permissions(self) -> None:
        self._update_buttons()

    def why_not_change(self, rows) -> str:
        """Why the signed-in login may not change these organizations: an officer changes those of their
        countries and those of no country ("" when it may, or none is chosen)."""
        for row in rows:
            reason = self.permissions.why_not(EDIT_RECORDS, row.country)
            if reason:
                return reason
        return ""

    def apply_filter(self, filters: dict) -> None:
        if filters.get("unconfirmed"):
            self.search.clear()
            self.all_countries.setChecked(True)
            self.unconfirmed_only.setChecked(True)

    def find(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # ---------------------------------------------------------------- actions

    def edit_selected(self) -> None:
        rows = self.selected_rows()
        reason = self.why_not_change(rows)
        if reason:
            self.statusMessage.emit(reason)
        elif len(rows) == 1:
            self.form_dialog(rows[0].id).exec()

    def form_dialog(self, organization_id):
        from ui.dialogs.organization_form import OrganizationDialog

        countries = self.context.project.countries if self.context.project else ()
        dialog = OrganizationDialog(self.db, organization_id, countries, self)
        dialog.saved.connect(self._changed)
        return dialog

    def _changed(self, name: str) -> None:
        self.dataChanged.emit()
        self.reload()
        self.statusMessage.emit(self.tr("Saved %1").replace("%1", name))

    def confirm_selected(self) -> None:
        ids = tuple(r.id for r in self.selected_rows() if not r.type_confirmed)
        if not ids or self.why_not_change(self.selected_rows()):
            return

        def done(count: int) -> None:
            self.dataChanged.emit()
            self.reload()
            self.statusMessage.emit(self.tr("Types confirmed: %1").replace("%1", format_int(count)))

        self.write(actions.confirm_types, actions.ConfirmTypes(ids), on_result=done)

    def merge_dialog(self):
        from ui.dialogs.organization_form import MergeDialog

        rows = self.selected_rows()
        return MergeDialog(rows[0], rows[1], self) if len(rows) == 2 else None

    def merge_selected(self) -> None:
        if self.why_not_change(self.selected_rows()):
            return
        dialog = self.merge_dialog()
        if dialog is None or not dialog.exec():
            return
        self.merge(*dialog.kept_and_merged())

    def merge(self, keep, other) -> None:
        if not confirm(
            self,
            self.tr("Merge organizations"),
            self.tr("Merge %1 into %2?").replace("%1", other.name).replace("%2", keep.name),
        ):
            return

        def done(outcome) -> None:
            self.dataChanged.emit()
            self.reload()
            self.statusMessage.emit(
                self.tr("Merged %1 into %2").replace("%1", outcome.merged).replace("%2", outcome.kept)
            )

        self.write(actions.merge_organizations, actions.MergeOrganizations(str(keep.id), str(other.id)),
                   on_result=done)  # fmt: skip
