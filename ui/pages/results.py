"""Results & indicators: the results framework, the indicator table of the period, one indicator's
targets and actuals per period (targets editable), and locking a reported period."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from flare_monitor.actions import results as actions
from flare_monitor.actions.base import user_facing
from ui import i18n, vocab
from ui.context import LOP, project_quarters
from ui.dialogs.form import error_label
from ui.messages import show_error
from ui.models.indicators import IndicatorGridModel, IndicatorTableModel
from ui.models.table import ROW_ROLE, SORT_ROLE, SortedBySourceProxy
from ui.pages.base import Page
from ui.permissions import ENTER_VALUES, LOCK_PERIODS, UNLOCK_PERIODS
from ui.widgets import compact_rows


class ResultFilterProxy(SortedBySourceProxy):
    """Indicators of the chosen result and the results under it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.result: str | None = None
        self.setSortRole(SORT_ROLE)

    def set_result(self, code: str | None) -> None:
        self.result = code
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row, source_parent) -> bool:
        if not self.result:
            return True
        figure = self.sourceModel().index(source_row, 0).data(ROW_ROLE)
        code = figure.result_code or ""
        return code == self.result or code.startswith(self.result + ".")


class ResultsPage(Page):
    key = "results"

    def __init__(self, db, parent: QWidget | None = None):
        super().__init__(db, parent)
        self.lock_state = QLabel()
        self.lock_button = QPushButton(self.tr("&Lock period…"))
        self.tree_model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.tree_model)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Results framework"))
        self.tree.setWordWrap(True)

        self.model = IndicatorTableModel(self)
        self.proxy = ResultFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Indicators"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(IndicatorTableModel.COL_CODE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        compact_rows(self.table)
        self.table.setWordWrap(False)

        self.grid_title = QLabel()
        self.grid_title.setWordWrap(True)
        self.grid_model = IndicatorGridModel(self._set_target, self)
        self.grid = QTableView()
        self.grid.setModel(self.grid_model)
        self.grid.setAccessibleName(self.tr("Targets and actuals by period"))
        self.grid.verticalHeader().setVisible(False)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        compact_rows(self.grid)
        self.grid_error = error_label()
        self.grid_hint = hint = QLabel(
            self.tr("Targets are editable (double-click); actuals are computed or reported, read-only.")
        )
        hint.setStyleSheet("color: palette(dark);")
        hint.setWordWrap(True)
        grid_box = QWidget()
        grid_layout = QVBoxLayout(grid_box)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_layout.addWidget(self.grid_title)
        grid_layout.addWidget(self.grid, 1)
        grid_layout.addWidget(self.grid_error)
        grid_layout.addWidget(hint)

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.table)
        right.addWidget(grid_box)
        right.setSizes([420, 320])
        self.splitter = QSplitter()
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(right)
        self.splitter.setSizes([380, 820])
        top = QHBoxLayout()
        top.addWidget(self.lock_state, 1)
        top.addWidget(self.lock_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        self.tree.selectionModel().currentChanged.connect(self._result_chosen)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._load_grid())
        self.grid_model.errorOccurred.connect(self._grid_failed)
        self.lock_button.clicked.connect(self.toggle_lock)
        self._locked: set[str] = set()

    def title(self) -> str:
        return self.tr("Results & indicators")

    # ---------------------------------------------------------------- loading

    def reload(self, then=None) -> None:
        if self.context.project is None or not self.context.period_label:
            return
        selected = self.selected_code()
        query = actions.ResultsQuery(
            self.context.project_code,
            self.context.period_label,
            self.context.country,
            i18n.current_language(),
        )
        self.load(
            "view",
            actions.results_view,
            query,
            on_result=lambda view: self._show(view, selected, then),
            busy=self.splitter,
        )

    def _show(self, view: actions.ResultsView, selected: str | None, then=None) -> None:
        self._locked = view.locked
        self._fill_tree(view.nodes)
        first = self.model.rowCount() == 0
        self.model.set_rows(view.figures)
        if first:
            self.table.resizeColumnsToContents()
            self.table.horizontalHeader().resizeSection(IndicatorTableModel.COL_NAME, 300)
        self.grid_model.locked = self._locked
        self._show_lock_state()
        with_target = [f for f in view.figures if f.target is not None] or view.figures
        self.select_indicator(selected or (with_target[0].code if with_target else None))
        if then is not None:
            then()

    def _fill_tree(self, nodes) -> None:
        self.tree_model.clear()
        root = QStandardItem(self.tr("All results"))
        root.setData(None, Qt.ItemDataRole.UserRole)
        root.setEditable(False)
        self.tree_model.appendRow(root)
        items = {}
        for node in nodes:
            item = QStandardItem(f"{node.code}  {node.statement}")
            item.setToolTip(f"{node.level}: {node.statement}" if node.level else node.statement)
            item.setData(node.code, Qt.ItemDataRole.UserRole)
            item.setEditable(False)
            items[node.code] = item
            (items.get(node.parent) or root).appendRow(item)
        self.tree.expandToDepth(1)

    def _result_chosen(self, current, _previous) -> None:
        self.proxy.set_result(current.data(Qt.ItemDataRole.UserRole) if current.isValid() else None)

    def selected_code(self) -> str | None:
        index = self.table.selectionModel().currentIndex()
        figure = index.data(ROW_ROLE) if index.isValid() else None
        return figure.code if figure else None

    def select_indicator(self, code: str | None) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ROW_ROLE).code == code:
                self.table.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(index)
                self._load_grid()
                return True
        self._load_grid()
        return False

    def periods(self) -> list[str]:
        return [q.label for q in project_quarters(self.context.project)] + [LOP]

    def _load_grid(self) -> None:
        code = self.selected_code()
        self.grid_error.hide()
        if code is None:
            self.grid_model.set_rows([])
            self.grid_title.setText("")
            return
        figure = self.table.selectionModel().currentIndex().data(ROW_ROLE)
        query = actions.GridQuery(
            self.context.project_code, code, tuple(self.periods()), self.context.country
        )
        self.load(
            "grid",
            actions.indicator_grid,
            query,
            on_result=lambda rows: self._show_grid(figure, rows),
            busy=self.grid,
        )

    def _show_grid(self, figure, rows) -> None:
        self.grid_model.unit = figure.unit
        self.grid_model.set_rows(rows)
        scope = self.context.country or self.tr("project level (all countries)")
        self.grid_title.setText(f"<b>{figure.code}</b> {figure.name} — {scope}")
        for row, grid_row in enumerate(rows):
            if grid_row.period == self.context.period_label:
                self.grid.scrollTo(
                    self.grid_model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter
                )
                self.grid.selectRow(row)

    def printable(self):
        return self.table

    def apply_filter(self, filters: dict) -> None:
        if "indicator" in filters:
            self._stale = False

            def chosen() -> None:
                self.tree.setCurrentIndex(self.tree_model.index(0, 0))
                self.select_indicator(filters["indicator"])

            self.reload(then=chosen)

    # ---------------------------------------------------------------- editing and locks

    def _set_target(self, period: str, sex: str | None, text: str) -> None:
        """Save a target cell (the grid already shows the new value); a refusal puts the stored one back."""
        code = self.selected_code()
        # What the cell showed: if someone else changed it meanwhile, the save is refused and says so.
        shown = next((r.targets.get(sex) for r in self.grid_model.rows() if r.period == period), None)
        request = actions.SetTarget(
            self.context.project_code, code, period, self.context.country, sex, text, shown
        )
        self.grid_error.hide()

        def refused(exc: BaseException) -> None:
            problem = user_facing(exc)
            if problem is None:
                show_error(self, exc)
            else:
                self._grid_failed(i18n.text(problem))
            self._load_grid()

        self.write(
            actions.set_target,
            request,
            on_result=lambda _r: self.dataChanged.emit(),
            on_error=refused,
            undo_label=self.tr("Change a target of %1").replace("%1", code),
        )

    def _grid_failed(self, message: str) -> None:
        self.grid_error.setText(message)
        self.grid_error.show()

    def _show_lock_state(self) -> None:
        label = self.context.period_label
        locked = label in self._locked
        self.lock_state.setText(
            (
                self.tr("%1 is locked: its values and attendance cannot be changed.")
                if locked
                else self.tr("%1 is open for changes.")
            ).replace("%1", vocab.period_label(label))
        )
        self.lock_button.setText(self.tr("&Unlock period…") if locked else self.tr("&Lock period…"))
        self.apply_permissions()

    # ---------------------------------------------------------------- what the role may do

    def apply_permissions(self) -> None:
        from ui.widgets import explain

        locked = self.context.period_label in self._locked
        reason = self.permissions.why_not(UNLOCK_PERIODS if locked else LOCK_PERIODS)
        explain(self.lock_button, not reason, reason)
        # Targets of a country are its officers' (and headquarters'); the project's, headquarters'.
        read_only = self.permissions.why_not(ENTER_VALUES, self.context.country)
        self.grid_model.read_only = read_only
        self.grid_hint.setText(
            read_only
            or self.tr("Targets are editable (double-click); actuals are computed or reported, read-only.")
        )

    def toggle_lock(self) -> None:
        label = self.context.period_label
        locked = label in self._locked
        reason = self.permissions.why_not(UNLOCK_PERIODS if locked else LOCK_PERIODS)
        if reason:
            self.statusMessage.emit(reason)
            return
        title = self.tr("Unlock %1") if locked else self.tr("Lock %1")
        prompt = (
            self.tr("Why is %1 reopened? (kept in the audit trail)")
            if locked
            else self.tr("Why is %1 locked? e.g. report submitted to the donor")
        )
        shown = vocab.period_label(label)
        reason, ok = QInputDialog.getText(self, title.replace("%1", shown), prompt.replace("%1", shown))
        if not ok:
            return

        def refused(exc: BaseException) -> None:
            show_error(self, exc)
            self.reload()  # e.g. a colleague locked it meanwhile: show the state that is stored

        def changed(_result) -> None:
            self.dataChanged.emit()
            self.reload()

        request = actions.LockChange(self.context.project_code, label, reason, lock=not locked)
        self.write(actions.change_lock, request, on_result=changed, on_error=refused)
