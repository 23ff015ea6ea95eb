"""Participants page: the register (lazy, smooth at 100,000 people), search in every script, duplicates."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from flare_monitor.actions import participants as actions
from ui import jobs, settings
from ui.models.participants import ParticipantsModel
from ui.pages.base import Page
from ui.permissions import EDIT_RECORDS, MERGE_PARTICIPANTS, READ_PERSONAL_DATA
from ui.table_tools import make_copyable

DEBOUNCE_MS = 150


class ParticipantsPage(Page):
    key = "participants"

    def __init__(self, db, parent: QWidget | None = None):
        super().__init__(db, parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, phone or e-mail, in any script (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search participants"))
        self.search.setClearButtonEnabled(True)
        self.show_contacts = QCheckBox(self.tr("Show contact details"))
        self.show_sensitive = QCheckBox(self.tr("Show sensitive names"))
        self.new_button = QPushButton(self.tr("&New participant"))
        self.edit_button = QPushButton(self.tr("Edi&t…"))
        self.duplicates_button = QPushButton(self.tr("Review &duplicates…"))
        self.count_label = QLabel()

        self.model = ParticipantsModel(self._fetch, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)  # sorted by the database, page by page
        self.table.horizontalHeader().setSortIndicator(
            ParticipantsModel.COL_NAME, Qt.SortOrder.AscendingOrder
        )
        self.table.setAccessibleName(self.tr("Participants"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        make_copyable(self.table)  # Ctrl+C: the selected people as shown (hidden columns stay out)
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        # Fixed row heights: the view never measures rows it does not show.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in (
            (ParticipantsModel.COL_MARK, 28),
            (ParticipantsModel.COL_NAME, 240),
            (ParticipantsModel.COL_SEX, 100),
            (ParticipantsModel.COL_ORG, 300),
            (ParticipantsModel.COL_ORG_TYPE, 220),  # the longest type, in Spanish or French
            (ParticipantsModel.COL_POSITION, 180),
            (ParticipantsModel.COL_COUNTRY, 70),
            (ParticipantsModel.COL_PHONE, 140),
        ):
            header.resizeSection(column, width)

        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.show_contacts)
        top.addWidget(self.show_sensitive)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        buttons.addStretch(1)
        buttons.addWidget(self.duplicates_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.model.counted.connect(self._counted)
        self.search.textChanged.connect(lambda _text: self.debounce.start())
        self.debounce.timeout.connect(self.run_search)
        self.show_contacts.toggled.connect(self._contacts_toggled)
        self.show_sensitive.toggled.connect(self.model.set_show_sensitive)
        self.new_button.clicked.connect(self.new_record)
        self.edit_button.clicked.connect(self.edit_selected)
        self.duplicates_button.clicked.connect(self.open_duplicates)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.show_contacts.setChecked(settings.get("participants/show_contacts"))
        self._contacts_toggled(self.show_contacts.isChecked())
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Participants")

    # ---------------------------------------------------------------- data (in workers)

    def _fetch(self, kind: str, query, on_result) -> None:
        """The model asks for the count of matches or a page of them; the answer arrives in a worker."""
        if kind == "count":
            self.load("count", actions.count_participants, query, on_result=on_result, busy=self.table)
        else:  # pages of one query may be asked for together: each has its own slot
            jobs.run(actions.search_participants, self.db, query, on_result=on_result)

    def reload(self) -> None:
        self.run_search()

    def run_search(self) -> None:
        self.debounce.stop()
        closed = self.permissions.why_not(READ_PERSONAL_DATA)
        if closed:  # the register lists people by name: not asked for at all (the server would refuse)
            self.count_label.setText(closed)
            self._update_buttons()
            return
        self.model.set_query(self.search.text(), self.context.country)
        self._update_buttons()

    # ---------------------------------------------------------------- what the role may do

    def apply_permissions(self) -> None:
        self._update_buttons()

    def why_not_add(self) -> str:
        if self.context.country:
            return self.permissions.why_not(EDIT_RECORDS, self.context.country)
        countries = self.context.project.countries if self.context.project else ()
        return self.permissions.why_not_any(EDIT_RECORDS, countries)

    def why_not_edit(self) -> str:
        rows = self.table.selectionModel().selectedRows()
        row = self.model.row_at(rows[0].row()) if rows else None
        if row is None:
            return ""
        # Somebody without a country of their own belongs where they attended (the server checks that).
        return self.permissions.why_not(EDIT_RECORDS, row.country) if row.country else ""

    def _update_buttons(self, *_args) -> None:
        from ui.widgets import explain_first, refused

        select = self.tr("Select a participant first")
        explain_first(self.new_button, refused(self.why_not_add()))
        chosen = self.selected_id() is not None
        explain_first(self.edit_button, (chosen, select), refused(self.why_not_edit()))
        explain_first(self.duplicates_button, refused(self.permissions.why_not(MERGE_PARTICIPANTS)))

    def _counted(self, count: int) -> None:
        scope = self.context.country or self.tr("all countries")
        self.count_label.setText(self.tr("%Ln participants (%1)", "", count).replace("%1", scope))

    def _contacts_toggled(self, show: bool) -> None:
        for column in ParticipantsModel.CONTACT_COLUMNS:
            self.table.setColumnHidden(column, not show)
        settings.put("participants/show_contacts", show)

    def selected_id(self):
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = self.model.row_at(rows[0].row())
        return row.id if row else None

    # ---------------------------------------------------------------- actions

    def find(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def participant_dialog(self, participant_id=None):
        from ui.dialogs.participant_form import ParticipantDialog

        countries = self.context.project.countries if self.context.project else ()
        dialog = ParticipantDialog(self.db, participant_id, countries, self.context.country, self)
        dialog.saved.connect(lambda _id: self._changed())
        return dialog

    def _changed(self) -> None:
        self.dataChanged.emit()
        self.model.refresh()

    def new_record(self) -> None:
        reason = self.why_not_add()
        if reason:
            self.statusMessage.emit(reason)
            return
        self.participant_dialog().exec()

    def edit_selected(self) -> None:
        participant_id = self.selected_id()
        reason = self.why_not_edit()
        if reason:
            self.statusMessage.emit(reason)
        elif participant_id is not None:
            self.participant_dialog(participant_id).exec()

    def duplicates_dialog(self):
        from ui.dialogs.duplicates import DuplicatesDialog

        dialog = DuplicatesDialog(self.db, self, self.context.country)
        dialog.merged.connect(self._changed)
        return dialog

    def open_duplicates(self) -> None:
        self.duplicates_dialog().exec()

    def apply_filter(self, filters: dict) -> None:
        if "text" in filters:
            self.search.setText(filters["text"])
            self.run_search()
