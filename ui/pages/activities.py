"""Activities page: the project's activities in the context country, filterable, with the form."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from flare_monitor.actions import activities as actions
from flare_monitor.errors import ConflictError, UserError
from flare_monitor.vocabulary import ActivityStatus, ActivityType
from ui import i18n, vocab
from ui.messages import confirm, show_error
from ui.models.activities import TRAINED, ActivityFilterProxy, ActivityTableModel
from ui.pages.base import Page
from ui.permissions import EDIT_RECORDS
from ui.widgets import compact_rows


class ActivitiesPage(Page):
    key = "activities"

    def __init__(self, db, parent: QWidget | None = None):
        super().__init__(db, parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by code, title or venue (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Filter activities"))
        self.search.setClearButtonEnabled(True)
        self.type_filter = QComboBox()
        self.type_filter.setAccessibleName(self.tr("Activity type filter"))
        vocab.fill_combo(self.type_filter, ActivityType, all_label=self.tr("All types"))
        # Where the people "trained" come from: the dashboard's card and chart open this.
        self.type_filter.insertItem(1, self.tr("Trainings and workshops"), TRAINED)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        vocab.fill_combo(self.status_filter, ActivityStatus, all_label=self.tr("All statuses"))

        self.new_button = QPushButton(self.tr("&New activity"))
        self.edit_button = QPushButton(self.tr("Edi&t…"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.import_button = QPushButton(self.tr("&Import attendance sheet…"))

        self.model = ActivityTableModel(self)
        self.proxy = ActivityFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Activities"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ActivityTableModel.COL_START, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        compact_rows(self.table)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.count_label = QLabel()

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.type_filter, 1)
        filters.addWidget(self.status_filter, 1)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.search.textChanged.connect(lambda text: self._filter(text=text))
        self.type_filter.currentIndexChanged.connect(
            lambda: self._filter(type=self.type_filter.currentData())
        )
        self.status_filter.currentIndexChanged.connect(
            lambda: self._filter(status=self.status_filter.currentData())
        )
        self.new_button.clicked.connect(self.new_record)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button.clicked.connect(lambda: self.open_import(self.selected_code()))
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Activities")

    # ---------------------------------------------------------------- data

    def reload(self, then=None) -> None:
        """Ask for the context's activities; `then` runs once they are shown."""
        if self.context.project is None:
            self.loads.cancel("rows")
            self._show_rows([], None)
            return
        selected = self.selected_code()
        period = self.context.period
        whole = period is None or period.kind == "lop"  # the life of the project: every activity
        query = actions.ActivityQuery(
            project=self.context.project_code,
            country=self.context.country,
            start=None if whole else period.start,
            end=None if whole else period.end,
        )
        self.load(
            "rows",
            actions.list_activities,
            query,
            on_result=lambda rows: self._show_rows(rows, selected, then),
            busy=self.table,
        )

    def _show_rows(self, rows, selected: str | None, then=None) -> None:
        first = self.model.rowCount() == 0
        self.model.set_rows(rows)
        if first and rows:
            self.table.resizeColumnsToContents()
            self.table.horizontalHeader().resizeSection(ActivityTableModel.COL_TITLE, 300)
        if selected:
            self.select_code(selected)
        self._update_count()
        if then is not None:
            then()

    def _filter(self, **filters) -> None:
        self.proxy.set_filters(**filters)
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("%1 of %Ln activities in %2", "", self.model.rowCount())
            .replace("%1", str(self.proxy.rowCount()))
            .replace("%2", self._period_words())
        )
        self._update_buttons()

    def _period_words(self) -> str:
        period = self.context.period
        if period is None or period.kind == "lop":
            return self.tr("the life of the project")
        return vocab.period_label(self.context.period_label)

    def _update_buttons(self, *_args) -> None:
        from ui.widgets import explain_first, refused

        has = self.selected_code() is not None
        project = self.context.project is not None
        no_project = self.tr("Create a project first (Project set-up)")
        select = self.tr("Select an activity first") if project else no_project
        selected = refused(self.why_not_edit(self.selected_code()))
        explain_first(self.edit_button, (has, select), selected)
        explain_first(self.delete_button, (has, select), selected)
        explain_first(self.new_button, (project, no_project), refused(self.why_not_add()))
        explain_first(self.import_button, (project, no_project), refused(self.why_not_import()))

    def apply_permissions(self) -> None:
        self._update_buttons()

    def _country_of(self, code: str | None) -> str | None:
        row = self.model.row_at(self.model.find_code(code)) if code else None
        return row.country if row is not None else None

    def why_not_edit(self, code: str | None) -> str:
        """Why the signed-in login may not change activity `code` ("" when it may, or nothing is chosen)."""
        if code is None:
            return ""
        return self.permissions.why_not(EDIT_RECORDS, self._country_of(code))

    def why_not_add(self) -> str:
        """Why no activity may be added here: for the country shown, or (all countries) for any of the
        project's."""
        if self.context.country:
            return self.permissions.why_not(EDIT_RECORDS, self.context.country)
        countries = self.context.project.countries if self.context.project else ()
        return self.permissions.why_not_any(EDIT_RECORDS, countries)

    def why_not_import(self) -> str:
        """An attendance sheet goes to the chosen activity (else the wizard asks which: any the login may
        change)."""
        code = self.selected_code()
        return self.why_not_edit(code) if code else self.why_not_add()

    def selected_code(self) -> str | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.model.row_at(self.proxy.mapToSource(indexes[0]).row()).code

    def select_code(self, code: str) -> bool:
        row = self.model.find_code(code)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def printable(self):
        return self.table

    def apply_filter(self, filters: dict) -> None:
        if "status" in filters:
            vocab.select_data(self.status_filter, filters["status"])
        if "type" in filters:
            vocab.select_data(self.type_filter, filters["type"])
        if "text" in filters:
            self.search.setText(filters["text"])
        if "code" in filters:
            self._stale = False
            self.reload(then=lambda: self._show_code(filters["code"], filters.get("open", False)))

    def _show_code(self, code: str, open_form: bool) -> None:
        if not self.select_code(code):
            self.search.clear()
            self.type_filter.setCurrentIndex(0)
            self.status_filter.setCurrentIndex(0)
        if self.select_code(code):
            if open_form:
                self.open_form(code)
        else:
            text = self.tr("%1 is not in the country and period shown; choose All countries or the LOP")
            self.statusMessage.emit(text.replace("%1", code))

    # ---------------------------------------------------------------- actions

    def find(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def new_record(self) -> None:
        if self.context.project is None or self._refused(self.why_not_add()):
            return
        self.open_form(None)

    def edit_selected(self) -> None:
        code = self.selected_code()
        if code and not self._refused(self.why_not_edit(code)):
            self.open_form(code)

    def _refused(self, reason: str) -> bool:
        """True (and the reason in the status bar) when the role may not do what was asked."""
        if reason:
            self.statusMessage.emit(reason)
        return bool(reason)

    def form_dialog(self, code: str | None):
        from ui.dialogs.activity_form import ActivityDialog

        period = self.context.period if self.context.period_label != "LOP" else None
        project, country = self.context.project, self.context.country
        dialog = ActivityDialog(self.db, project, code, country, self, period=period)
        dialog.saved.connect(self._after_save)
        dialog.importRequested.connect(lambda code: self.open_import(code, after=dialog.reload_roster))
        dialog.pasteImported.connect(
            lambda code, path: self.open_import(code, after=dialog.reload_roster, path=path)
        )
        return dialog

    def _roster_changed(self) -> None:
        self.dataChanged.emit()
        self.reload()

    def open_form(self, code: str | None) -> None:
        self.form_dialog(code).exec()

    def _after_save(self, code: str) -> None:
        self.dataChanged.emit()
        self.reload(then=lambda: self._select_saved(code))
        self.statusMessage.emit(self.tr("Saved %1").replace("%1", code))

    def _select_saved(self, code: str) -> None:
        if not self.select_code(code):
            # Hidden by the filters: clear them so the saved activity is in sight.
            self.search.clear()
            self.type_filter.setCurrentIndex(0)
            self.status_filter.setCurrentIndex(0)
            self.select_code(code)

    def delete_selected(self) -> None:
        code = self.selected_code()
        if code is None or self._refused(self.why_not_edit(code)):
            return
        row = self.model.row_at(self.model.find_code(code))
        if not confirm(
            self,
            self.tr("Delete activity"),
            self.tr("Delete the activity %1 — %2?").replace("%1", code).replace("%2", row.title),
        ):
            return
        self._delete(code, with_attendance=False)

    def _delete(self, code: str, *, with_attendance: bool) -> None:
        def refused(exc: BaseException) -> None:
            if isinstance(exc, ConflictError) and not with_attendance:
                question = self.tr("%1\n\nDelete %2 together with its attendance records?")
                if confirm(
                    self,
                    self.tr("Delete activity and attendance"),
                    question.replace("%1", i18n.text(exc)).replace("%2", code),
                ):
                    self._delete(code, with_attendance=True)
                return
            show_error(self, exc)

        self.write(
            actions.delete_activity,
            actions.DeleteActivity(code, with_attendance=with_attendance),
            on_result=self._deleted,
            on_error=refused,
            undo_label=self.tr("Delete activity %1").replace("%1", code),
        )

    def _deleted(self, code: str) -> None:
        self.dataChanged.emit()
        self.reload()
        self.statusMessage.emit(self.tr("Deleted %1").replace("%1", code))

    def open_import(self, code: str | None = None, after=None, path: str | None = None) -> None:
        if self.context.project is None:
            return
        if self._refused(self.why_not_edit(code) if code else self.why_not_add()):
            return
        try:
            from ui.import_wizard import ImportWizard
        except ImportError:
            show_error(
                self, UserError(self.tr("The attendance-sheet importer is not available in this build."))
            )
            return
        wizard = ImportWizard(self.db, self.context.project_code, code, self.context.country, self, path=path)
        if path:
            from ui.pasted import forget

            wizard.finished.connect(lambda _result: forget(path))
        wizard.imported.connect(lambda _code: self._roster_changed())
        if after is not None:
            wizard.imported.connect(lambda _code: after())
        wizard.exec()

    def current_index(self) -> QModelIndex:
        return self.table.currentIndex()
