"""Results & indicators: the quarter's data work in one place.

- The results framework and the indicator table of the period (the project's status rule on the Status
  column; for a locked period, the figures as submitted, with today's and the cause where they differ).
- One indicator's data-entry grid (ui/entry_grid.py): its reported values — or, for an indicator counted
  from the register, its figures, whose variance can be explained — and its targets, periods across and
  countries (× sex) down.
- Each country's submission of the period (submit with a note, return with a comment, approve) and the
  period's lock (which needs the open data-quality findings fixed or acknowledged).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFontMetrics, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from flare_monitor.actions import indicators as cells
from flare_monitor.actions import periods
from flare_monitor.actions import results as actions
from flare_monitor.actions.base import user_facing
from flare_monitor.errors import NeedsConfirmation
from ui import i18n, vocab
from ui.context import LOP, project_quarters
from ui.entry_grid import EntryGrid, PastedCell, PastePreview
from ui.formatting import format_date
from ui.key_figures import status_rule
from ui.messages import confirm, show_error
from ui.models.indicators import IndicatorTableModel, SubmissionModel
from ui.models.table import ROW_ROLE, SORT_ROLE, SortedBySourceProxy
from ui.pages.base import Page
from ui.permissions import APPROVE_VALUES, ENTER_VALUES, LOCK_PERIODS, UNLOCK_PERIODS
from ui.table_tools import make_copyable, one_selected_row, selected_rows
from ui.widgets import compact_rows

# A cell's margins around its text (Qt's own are 6 px in the Fusion style; a little more never cuts).
CELL_PADDING = 12


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
        self.lock_state.setWordWrap(True)
        self.lock_button = QPushButton(self.tr("&Lock period…"))
        self.tree_model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.tree_model)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Results framework"))
        self.tree.setWordWrap(True)

        # ---- the submission of each country
        self.submission_model = SubmissionModel(self)
        self.submissions = QTableView()
        self.submissions.setModel(self.submission_model)
        self.submissions.setAccessibleName(self.tr("Submission by country"))
        self.submissions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.submissions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.submissions.verticalHeader().setVisible(False)
        self.submissions.horizontalHeader().setStretchLastSection(True)
        self.submissions.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        compact_rows(self.submissions)
        make_copyable(self.submissions)  # several countries copied at once; a review acts on one
        self.submission_text = QLabel()
        self.submission_text.setWordWrap(True)
        self.submission_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.submit_button = QPushButton(self.tr("&Submit…"))
        self.return_button = QPushButton(self.tr("Re&turn…"))
        self.approve_button = QPushButton(self.tr("&Approve…"))
        self.submit_button.setToolTip(self.tr("Send the country's figures of the period for review"))
        self.return_button.setToolTip(self.tr("Send them back with a comment the country sees"))
        self.approve_button.setToolTip(self.tr("Approve the country's submitted figures"))
        submission_buttons = QHBoxLayout()
        for button in (self.submit_button, self.return_button, self.approve_button):
            submission_buttons.addWidget(button)
        self.submission_box = QGroupBox(self.tr("Submission"))
        box_layout = QVBoxLayout(self.submission_box)
        box_layout.addWidget(self.submissions, 1)
        box_layout.addWidget(self.submission_text)
        box_layout.addLayout(submission_buttons)

        # ---- the indicator table
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
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("color: palette(dark);")
        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table, 1)
        table_layout.addWidget(self.legend)

        # ---- one indicator's grids
        self.grid_title = QLabel()
        self.grid_title.setWordWrap(True)
        self.values = EntryGrid("values")
        self.targets = EntryGrid("targets")
        self.tabs = QTabWidget()
        self.tabs.addTab(self.values, self.tr("Reported values"))
        self.tabs.addTab(self.targets, self.tr("Targets"))
        hint = QLabel(
            self.tr(
                "Type a figure in a cell (Enter: next row, Tab: next column, Delete: clear); paste a block "
                "copied from Excel with Ctrl+V; a draft value is shaded, notes show in italics."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(dark);")
        hint.setWordWrap(True)
        grid_box = QWidget()
        grid_layout = QVBoxLayout(grid_box)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_layout.addWidget(self.grid_title)
        grid_layout.addWidget(self.tabs, 1)
        grid_layout.addWidget(hint)

        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.tree)
        left.addWidget(self.submission_box)
        left.setSizes([420, 300])
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(table_box)
        right.addWidget(grid_box)
        right.setSizes([330, 470])
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setSizes([380, 880])
        top = QHBoxLayout()
        top.addWidget(self.lock_state, 1)
        top.addWidget(self.lock_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        self.tree.selectionModel().currentChanged.connect(self._result_chosen)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._load_grids())
        self.submissions.selectionModel().selectionChanged.connect(lambda *_a: self._update_submission())
        self.lock_button.clicked.connect(self.toggle_lock)
        self.submit_button.clicked.connect(lambda: self.change_submission("submit"))
        self.return_button.clicked.connect(lambda: self.change_submission("return"))
        self.approve_button.clicked.connect(lambda: self.change_submission("approve"))
        for grid in (self.values, self.targets):
            grid.edited.connect(lambda edits, g=grid: self.save_cells(g, edits))
            grid.pasteRequested.connect(lambda edits, block, g=grid: self.check_paste(g, edits, block))
        self.values.evidenceRequested.connect(self.open_evidence)
        self.view: actions.ResultsView | None = None
        # The grids read with the page for the indicator it selects, until they are shown.
        self._preloaded: tuple[str | None, dict] | None = None
        self._tree_nodes: list | None = None
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Results & indicators")

    # ---------------------------------------------------------------- loading

    def reload(self, then=None) -> None:
        if self.context.project is None or not self.context.period_label:
            self._update_buttons()
            return
        selected = self.selected_code()
        query = actions.ResultsQuery(
            self.context.project_code,
            self.context.period_label,
            self.context.country,
            i18n.current_language(),
        )
        request = actions.ResultsPageQuery(query, selected, tuple(self.periods()))
        self.load(
            "view",
            actions.results_page,
            request,
            on_result=lambda page: self._show(page, then),
            busy=self.splitter,
        )

    def _show(self, page: actions.ResultsPage, then=None) -> None:
        self.view = view = page.view
        self._preloaded = (page.selected, page.grids)
        self._fill_tree(view.nodes)
        first = self.model.rowCount() == 0
        self.model.tolerances = view.tolerances
        self.model.set_rows(view.figures)
        self._fit_table(first)
        self._show_legend(view)
        self._show_lock_state()
        self._show_submissions()
        self.select_indicator(page.selected)
        self._preloaded = None
        self._update_buttons()
        if then is not None:
            then()

    def _fit_table(self, first: bool) -> None:
        """Each column as wide as its widest figure and heading, widened when another period's figures need
        it (never narrowed under the officer's hand). Measured from the model's texts, about a millisecond,
        rather than cell by cell through Qt, about 40 ms on the first answer."""
        metrics = QFontMetrics(self.table.font())
        header = self.table.horizontalHeader()
        rows = self.model.rows()
        for column in range(self.model.columnCount()):
            if column == IndicatorTableModel.COL_NAME:
                if first:
                    header.resizeSection(column, 300)
                continue
            texts = (self.model.text(row, column) for row in rows)
            widest = max((metrics.horizontalAdvance(text) for text in texts), default=0) + CELL_PADDING
            needed = max(widest, header.sectionSizeHint(column))
            if first or needed > header.sectionSize(column):
                header.resizeSection(column, needed)

    def _show_legend(self, view: actions.ResultsView) -> None:
        rule = status_rule(view.tolerances)
        parts = [f"{vocab.label(s)}: {text}" for s, text in rule.items()]
        drifted = sum(1 for f in view.figures if f.today is not None)
        text = self.tr("Status rule — %1").replace("%1", " · ".join(parts))
        if drifted:
            text += "\n" + self.tr(
                "%Ln figures differ today from those submitted (shaded orange; hover for the cause).",
                "",
                drifted,
            )
        self.legend.setText(text)

    def _fill_tree(self, nodes) -> None:
        if nodes == self._tree_nodes:  # another period or country: the same framework, its choice kept
            return
        self._tree_nodes = nodes
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

    def selected_figure(self):
        index = self.table.selectionModel().currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def select_indicator(self, code: str | None) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ROW_ROLE).code == code:
                current = self.table.selectionModel().currentIndex()
                self.table.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(index)
                if current.isValid() and current.row() == index.row():  # else the row change loads them
                    self._load_grids()
                return True
        self._load_grids()
        return False

    def periods(self) -> list[str]:
        return [q.label for q in project_quarters(self.context.project)] + [LOP]

    def _load_grids(self) -> None:
        figure = self.selected_figure()
        if figure is None:
            self.values.show_view(None)
            self.targets.show_view(None)
            self.grid_title.setText("")
            return
        scope = (
            vocab.country_label(self.context.country) if self.context.country else self.tr("every country")
        )
        self.grid_title.setText(f"<b>{figure.code}</b> {figure.name} — {scope}")
        self.tabs.setTabText(
            0, self.tr("Figures (counted)") if figure.computed else self.tr("Reported values")
        )
        code, grids = self._preloaded or (None, {})
        self._preloaded = None
        for grid in (self.values, self.targets):
            if code == figure.code and grid.kind in grids:  # read with the page
                self.loads.cancel(grid.kind)
                grid.show_view(grids[grid.kind], self.context.period_label)
            else:
                self._load_grid(grid, figure.code)

    def _load_grid(self, grid: EntryGrid, code: str, error: str | None = None) -> None:
        query = cells.EntryQuery(
            self.context.project_code, code, grid.kind, tuple(self.periods()), self.context.country
        )

        def show(view) -> None:
            grid.show_view(view, self.context.period_label)
            if error:
                grid.show_error(error)

        self.load(grid.kind, cells.entry_view, query, on_result=show, busy=grid.table)

    def open_evidence(self, cell, name: str):
        """The files that prove one reported value; the grid counts them again when the window closes."""
        from flare_monitor.actions.evidence import Target
        from ui.evidence_panel import EvidenceDialog

        code = self.selected_code()
        if cell is None or cell.record is None or code is None:
            return None
        title = self.tr("Evidence — %1, %2").replace("%1", code).replace("%2", name)
        dialog = EvidenceDialog(self.db, Target(value=cell.record), title, self)
        dialog.finished.connect(lambda _result: self._load_grid(self.values, code))
        dialog.open()
        return dialog

    def printable(self):
        return self.table

    def apply_filter(self, filters: dict) -> None:
        if "indicator" in filters:
            self._stale = False

            def chosen() -> None:
                self.tree.setCurrentIndex(self.tree_model.index(0, 0))
                self.select_indicator(filters["indicator"])

            self.reload(then=chosen)

    # ---------------------------------------------------------------- entering values and targets

    def save_cells(self, grid: EntryGrid, edits) -> None:
        code = self.selected_code()
        if code is None or not edits:
            return
        request = cells.SaveCells(self.context.project_code, code, grid.kind, tuple(edits))

        def refused(exc: BaseException) -> None:
            problem = user_facing(exc)
            if problem is None:
                show_error(self, exc)
            self._load_grid(grid, code, i18n.text(problem) if problem is not None else None)

        def saved(_problems) -> None:
            self.dataChanged.emit()
            self.reload()

        self.write(
            cells.save_cells,
            request,
            on_result=saved,
            on_error=refused,
            undo_label=(
                self.tr("Change targets of %1") if grid.kind == "targets" else self.tr("Change figures of %1")
            ).replace("%1", code),
        )

    def check_paste(self, grid: EntryGrid, edits, block: list[PastedCell]) -> None:
        """Ask the application layer to check every pasted cell, then preview the block."""
        code = self.selected_code()
        if code is None:
            return
        request = cells.SaveCells(self.context.project_code, code, grid.kind, tuple(edits), check_only=True)
        self.load(
            "paste",
            cells.save_cells,
            request,
            on_result=lambda problems: self._preview_paste(grid, edits, block, problems),
            busy=grid.table,
        )

    def paste_preview(self, block: list[PastedCell]) -> PastePreview:
        return PastePreview(block, self)

    def _preview_paste(self, grid: EntryGrid, edits, block: list[PastedCell], problems) -> None:
        named = {(p.period, p.country, p.sex): i18n.text(p.message) for p in problems}
        model = grid.model
        checked = []
        for cell in block:
            if not cell.problem and model.view is not None and cell.row < model.rowCount():
                key = model.key(model.index(cell.row, cell.column))
                problem = named.get((key[2], key[0], key[1]), "")
                cell = PastedCell(cell.row, cell.column, cell.name, cell.was, cell.text, problem)
            checked.append(cell)
        dialog = self.paste_preview(checked)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.save_cells(grid, edits)

    # ---------------------------------------------------------------- submissions

    def _show_submissions(self) -> None:
        state = self.view.state if self.view is not None else None
        self.submission_model.set_rows(state.countries if state is not None else [])
        title = self.tr("Submission of %1").replace("%1", vocab.period_label(self.context.period_label))
        self.submission_box.setTitle(title)
        row = self.submission_model.find_country(self.context.country)
        if row < 0 and self.submission_model.rowCount():
            row = 0
        if row >= 0:
            self.submissions.selectRow(row)
        self._update_submission()

    def selected_submission(self):
        """The one country selected; None when none or several are (submitted, returned or approved
        one country at a time)."""
        row = one_selected_row(self.submissions)
        return self.submission_model.row_at(row) if row is not None else None

    def select_country(self, code: str) -> None:
        row = self.submission_model.find_country(code)
        if row >= 0:
            self.submissions.selectRow(row)

    def _update_submission(self) -> None:
        from ui.widgets import explain

        row = self.selected_submission()
        status = row.status if row is not None else None
        several = len(selected_rows(self.submissions)) > 1
        why = self.tr("Several countries are selected: select one") if several else ""
        explain(self.submit_button, status in ("draft", "returned"), why)
        explain(self.return_button, status in ("submitted", "approved"), why)
        explain(self.approve_button, status == "submitted", why)
        self.apply_permissions()
        if several:
            self.submission_text.setText(why)
            return
        if row is None:
            self.submission_text.setText(
                self.tr("Figures are submitted per quarter, half or year, not for the LOP.")
                if self.view is not None and self.view.state is None
                else ""
            )
            return
        lines = []
        if row.submitted_at is not None:
            text = self.tr("Submitted by %1 on %2").replace("%1", row.submitted_by or "")
            lines.append(
                text.replace("%2", format_date(row.submitted_at.date()))
                + (f": {row.note}" if row.note else "")
            )
        if row.reviewed_at is not None:
            verb = (
                self.tr("Returned by %1 on %2")
                if row.status == "returned"
                else self.tr("Reviewed by %1 on %2")
            )
            text = verb.replace("%1", row.reviewed_by or "").replace(
                "%2", format_date(row.reviewed_at.date())
            )
            lines.append(text + (f": {row.comment}" if row.comment else ""))
        self.submission_text.setText("\n".join(lines))

    def submission_text_for(self, step: str, country: str) -> tuple[str, bool]:
        """Ask for the note (submit) or comment (return, approve); (text, ok)."""
        name = vocab.country_label(country) or country
        period = vocab.period_label(self.context.period_label)
        title, prompt = {
            "submit": (self.tr("Submit %1 %2"), self.tr("A note for the reviewer (optional):")),
            "return": (
                self.tr("Return %1 %2"),
                self.tr("What should be changed? (required; the country sees it)"),
            ),
            "approve": (self.tr("Approve %1 %2"), self.tr("A comment (optional):")),
        }[step]
        return QInputDialog.getMultiLineText(self, title.replace("%1", name).replace("%2", period), prompt)

    def change_submission(self, step: str) -> None:
        row = self.selected_submission()
        if row is None or self.context.period_label is None:
            return
        text, ok = self.submission_text_for(step, row.country)
        if not ok:
            return
        request = periods.SubmissionChange(
            self.context.project_code, self.context.period_label, row.country, step, text, expected=row.status
        )

        def done(_status) -> None:
            self.dataChanged.emit()
            self.reload(then=lambda: self.select_country(row.country))

        def refused(exc: BaseException) -> None:
            show_error(self, exc)
            self.reload()

        self.write(periods.change_submission, request, on_result=done, on_error=refused)

    # ---------------------------------------------------------------- the lock

    def _locked(self) -> bool:
        state = self.view.state if self.view is not None else None
        if state is not None:
            return state.locked
        return self.view is not None and self.context.period_label in self.view.locked

    def _show_lock_state(self) -> None:
        label = self.context.period_label or ""
        state = self.view.state if self.view is not None else None
        if self._locked():
            text = self.tr("%1 is locked: its data cannot be changed, and its figures are those submitted.")
            if state is not None and state.locked_by:
                text += " " + self.tr("Locked by %2 on %3.").replace("%2", state.locked_by).replace(
                    "%3", format_date(state.locked_at.date())
                )
        else:
            text = self.tr("%1 is open for changes.")
            pending = state.not_approved() if state is not None else []
            if pending:
                names = ", ".join(vocab.country_label(c) or c for c in pending)
                text += " " + self.tr("Not approved yet: %2.").replace("%2", names)
        self.lock_state.setText(text.replace("%1", vocab.period_label(label)))
        self.lock_button.setText(self.tr("&Unlock period…") if self._locked() else self.tr("&Lock period…"))

    def _update_buttons(self) -> None:
        ready = self.context.project is not None and bool(self.context.period_label) and self.view is not None
        self.lock_button.setEnabled(ready)
        if not ready:
            for button in (self.submit_button, self.return_button, self.approve_button):
                button.setEnabled(False)
        self.apply_permissions()

    # ---------------------------------------------------------------- what the role may do

    def apply_permissions(self) -> None:
        """On a team server: lock and unlock as the role allows, review (approve, return) with the right to
        approve, figures and targets entered only for the login's countries (ui/permissions.py)."""
        from ui.widgets import explain

        locked = self._locked()
        reason = self.permissions.why_not(UNLOCK_PERIODS if locked else LOCK_PERIODS)
        if reason:
            explain(self.lock_button, False, reason)
        review = self.permissions.why_not(APPROVE_VALUES)
        for button in (self.return_button, self.approve_button):
            if review:
                explain(button, False, review)
        row = self.selected_submission()
        entering = self.permissions.why_not(
            ENTER_VALUES, row.country if row is not None else self.context.country
        )
        if entering:
            explain(self.submit_button, False, entering)
        read_only = self.permissions.why_not(ENTER_VALUES, self.context.country)
        for grid in (self.values, self.targets):
            grid.set_read_only(read_only)

    def lock_dialog(self):
        from ui.dialogs.lock_period import LockDialog

        state = self.view.state if self.view is not None else None
        pending = state.not_approved() if state is not None else []
        return LockDialog(self.db, self.context.project_code, self.context.period_label, pending, self)

    def toggle_lock(self) -> None:
        label = self.context.period_label
        if self.context.project is None or not label or self.view is None:
            return  # nothing to lock yet (an empty database, a project without periods)
        if self._locked():
            shown = vocab.period_label(label)
            reason, ok = QInputDialog.getText(
                self,
                self.tr("Unlock %1").replace("%1", shown),
                self.tr("Why is %1 reopened? (kept in the audit trail)").replace("%1", shown),
            )
            if ok:
                self._change_lock(actions.LockChange(self.context.project_code, label, reason, lock=False))
            return
        dialog = self.lock_dialog()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        reason, acknowledged = dialog.values()
        self._change_lock(
            actions.LockChange(self.context.project_code, label, reason, acknowledge=acknowledged)
        )

    def _change_lock(self, request: actions.LockChange) -> None:
        def refused(exc: BaseException) -> None:
            if isinstance(exc, NeedsConfirmation) and not request.confirmed:
                title = self.tr("Lock %1").replace("%1", vocab.period_label(request.period))
                if confirm(self, title, i18n.text(exc)):
                    self._change_lock(periods.LockChange(**{**request.__dict__, "confirmed": True}))
                return
            show_error(self, exc)
            self.reload()  # e.g. a colleague locked it meanwhile: show the state that is stored

        def changed(_result) -> None:
            self.dataChanged.emit()
            self.reload()

        self.write(actions.change_lock, request, on_result=changed, on_error=refused)
