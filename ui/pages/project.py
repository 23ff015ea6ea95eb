"""Project set-up page: the project (edit, export its logframe, delete), its results framework as a tree
(add, edit, move up/down and under another result, delete — refused with the reason) and the indicators
of the selected result (their reference sheet and counting rule in the indicator form). With no project
yet, the welcome panel."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from flare_monitor.actions import framework, setup_project
from flare_monitor.indicators.rule_words import describe_rule
from ui import i18n, recent, vocab
from ui.formatting import format_date, format_decimal
from ui.messages import confirm
from ui.models.table import RowTableModel
from ui.pages.base import Page
from ui.permissions import EDIT_FRAMEWORK, ENTER_VALUES
from ui.table_tools import make_copyable, one_selected_row, selected_rows
from ui.welcome import WelcomePanel
from ui.widgets import compact_rows, explain

CODE_ROLE = Qt.ItemDataRole.UserRole + 10


class IndicatorSheetsModel(RowTableModel):
    COL_CODE, COL_NAME, COL_UNIT, COL_ACTUALS, COL_LOP, COL_RULE = range(6)

    def headers(self) -> list[str]:
        return [
            self.tr("Code"),
            self.tr("Indicator"),
            self.tr("Unit"),
            self.tr("Actuals"),
            self.tr("LOP target"),
            self.tr("Counting rule"),
        ]

    def display(self, sheet, column: int):
        if column == self.COL_CODE:
            return sheet.code
        if column == self.COL_NAME:
            return sheet.name
        if column == self.COL_UNIT:
            units = {
                "number": self.tr("Number"),
                "percentage": self.tr("Percentage"),
                "yes_no": self.tr("Yes / no"),
                "level": self.tr("Level"),
            }
            return units.get(sheet.unit, sheet.unit)
        if column == self.COL_ACTUALS:
            return self.tr("computed") if sheet.computed else self.tr("reported")
        if column == self.COL_LOP:
            return None if sheet.lop_target is None else format_decimal(sheet.lop_target, 1)
        if not sheet.computed:
            return ""
        return describe_rule(sheet.rule, i18n.current_language())

    def extra(self, sheet, column: int, role: int):
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.COL_NAME, self.COL_RULE):
            return self.display(sheet, column)
        return None


class ProjectPage(Page):
    key = "project"
    # A window-level step the welcome panel or a button asks for: new_project, import_logframe,
    # import_package, open_database, connect_server, try_demo.
    requested = Signal(str)
    # The projects changed (one created, imported or deleted): the window reloads them; the code to show.
    projectsChanged = Signal(str)

    def __init__(self, db, parent: QWidget | None = None):
        super().__init__(db, parent)
        self.detail = None
        self.welcome = WelcomePanel()
        self.welcome.chosen.connect(self.requested)

        # ---- the project
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.new_button = QPushButton(self.tr("&New project…"))
        self.edit_project_button = QPushButton(self.tr("Edi&t project…"))
        self.export_button = QPushButton(self.tr("E&xport logframe…"))
        self.import_button = QPushButton(self.tr("&Import logframe…"))
        self.delete_project_button = QPushButton(self.tr("Delete project…"))
        project_buttons = QHBoxLayout()
        for button in (self.edit_project_button, self.export_button, self.import_button, self.new_button):
            project_buttons.addWidget(button)
        project_buttons.addStretch(1)
        project_buttons.addWidget(self.delete_project_button)

        # ---- the results framework
        self.tree_model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.tree_model)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Results framework"))
        self.tree.setWordWrap(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.add_result_button = QPushButton(self.tr("&Add result…"))
        self.add_under_button = QPushButton(self.tr("Add &under…"))
        self.edit_result_button = QPushButton(self.tr("Edit re&sult…"))
        self.up_button = QPushButton(self.tr("&Move up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.move_button = QPushButton(self.tr("Move un&der…"))
        self.delete_result_button = QPushButton(self.tr("De&lete…"))
        tree_buttons = QHBoxLayout()
        for button in (self.add_result_button, self.add_under_button, self.edit_result_button):
            tree_buttons.addWidget(button)
        tree_buttons.addStretch(1)
        tree_moves = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.move_button):
            tree_moves.addWidget(button)
        tree_moves.addStretch(1)
        tree_moves.addWidget(self.delete_result_button)
        framework_box = QGroupBox(self.tr("Results framework"))
        framework_layout = QVBoxLayout(framework_box)
        framework_layout.addWidget(self.tree, 1)
        framework_layout.addLayout(tree_buttons)
        framework_layout.addLayout(tree_moves)

        # ---- the indicators of the selected result
        self.model = IndicatorSheetsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Indicators"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        compact_rows(self.table)
        make_copyable(self.table)  # several indicators copied at once (Ctrl+C); edits act on one
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.indicators_title = QLabel()
        self.indicators_title.setWordWrap(True)
        self.rule_words = QLabel()
        self.rule_words.setWordWrap(True)
        self.rule_words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rule_words.setAccessibleName(self.tr("Counting rule"))
        self.add_indicator_button = QPushButton(self.tr("Add indi&cator…"))
        self.edit_indicator_button = QPushButton(self.tr("Edit indicator…"))
        self.delete_indicator_button = QPushButton(self.tr("Delete indicator…"))
        self.targets_button = QPushButton(self.tr("Tar&gets…"))
        indicator_buttons = QHBoxLayout()
        for button in (self.add_indicator_button, self.edit_indicator_button, self.targets_button):
            indicator_buttons.addWidget(button)
        indicator_buttons.addStretch(1)
        indicator_buttons.addWidget(self.delete_indicator_button)
        indicators_box = QGroupBox(self.tr("Indicators"))
        indicators_layout = QVBoxLayout(indicators_box)
        indicators_layout.addWidget(self.indicators_title)
        indicators_layout.addWidget(self.table, 1)
        indicators_layout.addWidget(self.rule_words)
        indicators_layout.addLayout(indicator_buttons)

        self.splitter = QSplitter()
        self.splitter.addWidget(framework_box)
        self.splitter.addWidget(indicators_box)
        self.splitter.setSizes([520, 680])
        setup = QWidget()
        setup_layout = QVBoxLayout(setup)
        setup_layout.setContentsMargins(0, 0, 0, 0)
        setup_layout.addWidget(self.heading)
        setup_layout.addLayout(project_buttons)
        setup_layout.addWidget(self.splitter, 1)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(setup)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.new_button.clicked.connect(lambda: self.requested.emit("new_project"))
        self.import_button.clicked.connect(lambda: self.requested.emit("import_logframe"))
        self.edit_project_button.clicked.connect(self.edit_project)
        self.export_button.clicked.connect(lambda: self.export_logframe())
        self.delete_project_button.clicked.connect(self.delete_project)
        self.add_result_button.clicked.connect(lambda: self.add_result(under_selected=False))
        self.add_under_button.clicked.connect(lambda: self.add_result(under_selected=True))
        self.edit_result_button.clicked.connect(self.edit_result)
        self.up_button.clicked.connect(lambda: self.move_result(-1))
        self.down_button.clicked.connect(lambda: self.move_result(1))
        self.move_button.clicked.connect(lambda: self.move_result_to())
        self.delete_result_button.clicked.connect(self.delete_result)
        self.add_indicator_button.clicked.connect(self.add_indicator)
        self.edit_indicator_button.clicked.connect(self.edit_indicator)
        self.delete_indicator_button.clicked.connect(self.delete_indicator)
        self.targets_button.clicked.connect(lambda: self.open_targets(self.selected_indicator()))
        self.tree.selectionModel().currentChanged.connect(lambda *_a: self._result_chosen())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.table.doubleClicked.connect(lambda _index: self.edit_indicator())
        self.tree.doubleClicked.connect(lambda _index: self.edit_result())
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Project set-up")

    # ---------------------------------------------------------------- loading

    def reload(self, then=None) -> None:
        if self.context.project is None:
            self.stack.setCurrentWidget(self.welcome)
            self.detail = None
            self._update_buttons()
            return
        self.stack.setCurrentIndex(1)
        selected = self.selected_result()
        self.load(
            "detail",
            setup_project.project_outline,
            self.context.project_code,
            on_result=lambda detail: self._show(detail, selected, then),
            busy=self.splitter,
        )

    def _show(self, detail, selected: str | None, then=None) -> None:
        self.detail = detail
        self._show_heading(detail)
        self._fill_tree(detail)
        self.select_result(selected)
        self._result_chosen()
        if then is not None:
            then()

    def _show_heading(self, d) -> None:
        import html

        def esc(text) -> str:
            return html.escape(str(text or ""))

        calendar = (
            self.tr("fiscal year starting in %1").replace("%1", vocab_month(d.fiscal_year_start_month))
            if d.calendar == "fiscal"
            else self.tr("calendar quarters")
        )
        countries = []
        for c in d.countries:
            provinces = ", ".join(vocab.subdivision_label(name) for _code, name in c.subdivisions)
            countries.append(esc(vocab.country_label(c.code)) + (f" ({esc(provinces)})" if provinces else ""))
        lines = [
            f"<b style='font-size: 14pt'>{esc(d.code)} — {esc(d.title)}</b>",
            self.tr("Donor: %1").replace("%1", esc(d.donor))
            + (" · " + self.tr("Grant: %1").replace("%1", esc(d.grant_number)) if d.grant_number else "")
            + (" · " + self.tr("Grantee: %1").replace("%1", esc(d.grantee)) if d.grantee else ""),
            self.tr("%1 to %2, reported in %3")
            .replace("%1", format_date(d.start))
            .replace("%2", format_date(d.end))
            .replace("%3", calendar),
            self.tr("Countries: %1").replace("%1", "; ".join(countries)),
            self.tr("Result levels: %1").replace(
                "%1", esc(" › ".join(d.levels)) if d.levels else self.tr("not named yet (Edit project…)")
            ),
        ]
        self.heading.setText("<br>".join(lines))

    def _fill_tree(self, detail) -> None:
        self.tree_model.clear()
        items: dict[str, QStandardItem] = {}
        for node in detail.flat_results():
            item = QStandardItem(f"{node.code}  {node.statement}")
            item.setData(node.code, CODE_ROLE)
            item.setToolTip(f"{node.level}: {node.statement}" if node.level else node.statement)
            item.setEditable(False)
            items[node.code] = item
            (items[node.parent] if node.parent in items else self.tree_model.invisibleRootItem()).appendRow(
                item
            )
        self.tree.expandAll()
        if not items:
            self.indicators_title.setText(self.tr("Add the first result of the framework (Add result…)."))

    # ---------------------------------------------------------------- selection

    def selected_result(self) -> str | None:
        index = self.tree.selectionModel().currentIndex()
        return index.data(CODE_ROLE) if index.isValid() else None

    def select_result(self, code: str | None) -> bool:
        def walk(parent):
            for row in range(self.tree_model.rowCount(parent)):
                index = self.tree_model.index(row, 0, parent)
                if index.data(CODE_ROLE) == code:
                    return index
                found = walk(index)
                if found is not None:
                    return found
            return None

        index = walk(self.tree.rootIndex()) if code else None
        if index is None:
            if self.tree_model.rowCount():
                index = self.tree_model.index(0, 0)
            else:
                return False
        self.tree.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.tree.scrollTo(index)
        return index.data(CODE_ROLE) == code

    def node(self, code: str | None):
        if self.detail is None or code is None:
            return None
        return next((n for n in self.detail.flat_results() if n.code == code), None)

    def _result_chosen(self) -> None:
        code = self.selected_result()
        sheets = [s for s in (self.detail.indicators if self.detail else ()) if s.result == code]
        node = self.node(code)
        if node is not None:
            level = f"{node.level} " if node.level else ""
            self.indicators_title.setText(self.tr("Indicators of %1").replace("%1", f"{level}{node.code}"))
        self.model.set_rows(sheets)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().resizeSection(IndicatorSheetsModel.COL_NAME, 240)
        self._update_buttons()

    def selected_indicator(self) -> str | None:
        """The one indicator selected; None when none or several are."""
        row = one_selected_row(self.table)
        return self.model.row_at(row).code if row is not None else None

    def select_indicator(self, code: str) -> bool:
        for number, sheet in enumerate(self.model.rows()):
            if sheet.code == code:
                self.table.selectRow(number)
                return True
        return False

    def _update_buttons(self) -> None:
        has_project = self.detail is not None
        result = self.selected_result() if has_project else None
        indicator = self.selected_indicator() if has_project else None
        no_project = self.tr("Create a project first")
        pick_result = self.tr("Select a result in the framework first")
        for button in (self.edit_project_button, self.export_button, self.delete_project_button,
                       self.add_result_button):  # fmt: skip
            explain(button, has_project, no_project)
        for button in (self.add_under_button, self.edit_result_button, self.up_button, self.down_button,
                       self.move_button, self.delete_result_button):  # fmt: skip
            explain(button, result is not None, pick_result if has_project else no_project)
        explain(self.add_indicator_button, has_project, no_project)
        sheet = next((s for s in self.model.rows() if s.code == indicator), None)
        if sheet is None:
            self.rule_words.setText("")
        elif sheet.computed:
            words = describe_rule(sheet.rule, i18n.current_language())
            self.rule_words.setText(self.tr("%1 counts: %2").replace("%1", sheet.code).replace("%2", words))
        else:
            self.rule_words.setText(
                self.tr("%1 is reported: officers enter its figures each period").replace("%1", sheet.code)
            )
        pick_indicator = (
            self.tr("Several indicators are selected: select one")
            if len(selected_rows(self.table)) > 1
            else self.tr("Select an indicator first")
        )
        for button in (self.edit_indicator_button, self.delete_indicator_button, self.targets_button):
            explain(button, indicator is not None, pick_indicator if has_project else no_project)
        if result is not None and self.detail is not None:
            node = self.node(result)
            siblings = self._siblings(node)
            position = [n.code for n in siblings].index(result) if node in siblings else 0
            explain(self.up_button, position > 0, self.tr("Already the first at its level"))
            explain(self.down_button, position < len(siblings) - 1, self.tr("Already the last at its level"))
        self._explain_role()

    def apply_permissions(self) -> None:
        self._update_buttons()

    def _explain_role(self) -> None:
        """What the role may not do is greyed out with its reason, whatever else allows it: the project,
        its framework and indicators are headquarters' to change; targets are also the countries'."""
        framework = self.permissions.why_not(EDIT_FRAMEWORK)
        if framework:
            for button in (self.new_button, self.import_button, self.edit_project_button,
                           self.delete_project_button, self.add_result_button, self.add_under_button,
                           self.edit_result_button, self.up_button, self.down_button, self.move_button,
                           self.delete_result_button, self.add_indicator_button, self.edit_indicator_button,
                           self.delete_indicator_button):  # fmt: skip
                explain(button, False, framework)
        countries = tuple(c.code for c in self.detail.countries) if self.detail is not None else ()
        targets = self.permissions.why_not_any(ENTER_VALUES, (None, *countries))
        if targets:
            explain(self.targets_button, False, targets)

    def _siblings(self, node) -> list:
        if node is None or self.detail is None:
            return []
        if node.parent is None:
            return list(self.detail.results)
        parent = self.node(node.parent)
        return list(parent.children) if parent else []

    # ---------------------------------------------------------------- the project

    def edit_project(self) -> None:
        if self.detail is None:
            return
        from ui.dialogs.project_form import ProjectDialog

        dialog = ProjectDialog(self.db, self.detail.code, self)
        dialog.saved.connect(self.projectsChanged)
        dialog.exec()

    def export_logframe(self, path: str | None = None) -> None:
        if self.detail is None:
            return
        from pathlib import Path

        from flare_monitor.actions import logframe

        if path is None:
            suggested = Path(recent.last_folder()) / f"{self.detail.code}-logframe.xlsx"
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Export the logframe"), str(suggested), self.tr("Excel workbooks (*.xlsx)")
            )
        if not path:
            return

        def written(where) -> None:
            self.statusMessage.emit(self.tr("Logframe written to %1").replace("%1", str(where)))

        request = logframe.ExportLogframe(self.detail.code, Path(path))
        # Not a page load (a later export must not cancel this one's file): behind the database's writes,
        # so it holds what was last saved.
        self.write(logframe.export_logframe, request, on_result=written)

    def delete_project(self) -> None:
        if self.detail is None:
            return
        code = self.detail.code
        typed, ok = QInputDialog.getText(
            self,
            self.tr("Delete project %1").replace("%1", code),
            self.tr(
                "Deleting %1 removes its results framework, indicators, targets, values, narratives, "
                "activities and their attendance. A backup of the database is made first.\n\n"
                "Type the project's code to delete it:"
            ).replace("%1", code),
        )
        if not ok:
            return

        def deleted(outcome) -> None:
            self.statusMessage.emit(self.tr("Deleted project %1").replace("%1", outcome.code))
            self.dataChanged.emit()
            self.projectsChanged.emit("")

        self.write(setup_project.delete_project, setup_project.DeleteProject(code, typed), on_result=deleted)

    # ---------------------------------------------------------------- results

    def _changed(self, select_result: str | None = None, select_indicator: str | None = None) -> None:
        self.dataChanged.emit()

        def reselect() -> None:
            if select_result:
                self.select_result(select_result)
                self._result_chosen()
            if select_indicator:
                self.select_indicator(select_indicator)

        self.reload(then=reselect)

    def result_dialog(self, *, code: str | None = None, parent_code: str | None = None):
        from ui.dialogs.result_form import ResultDialog

        node = self.node(code)
        dialog = ResultDialog(
            self.db, self.detail.code, self.detail.flat_results(), code, node.statement if node else "",
            parent_code, self,
        )  # fmt: skip
        dialog.saved.connect(lambda saved: self._changed(saved))
        return dialog

    def add_result(self, under_selected: bool = False) -> None:
        if self.detail is None:
            return
        parent_code = self.selected_result() if under_selected else self._parent_of(self.selected_result())
        self.result_dialog(parent_code=parent_code).exec()

    def _parent_of(self, code: str | None) -> str | None:
        node = self.node(code)
        return node.parent if node else None

    def edit_result(self) -> None:
        code = self.selected_result()
        if code:
            self.result_dialog(code=code).exec()

    def move_result(self, step: int) -> None:
        code = self.selected_result()
        if code:
            self.write(framework.move_result, framework.MoveResult(self.detail.code, code, step=step),
                       on_result=lambda moved: self._changed(moved))  # fmt: skip

    def move_result_to(self, parent_code: str | None = None) -> None:
        code = self.selected_result()
        if not code:
            return
        if parent_code is None:
            node = self.node(code)
            inside = self._descendants(node)
            top = self.tr("— the top of the framework —")
            choices = [top] + [f"{n.code}  {n.statement[:70]}" for n in self.detail.flat_results()
                               if n.code != code and n.code not in inside]  # fmt: skip
            chosen, ok = QInputDialog.getItem(
                self, self.tr("Move %1").replace("%1", code), self.tr("Put it under:"), choices, 0, False
            )
            if not ok:
                return
            parent_code = framework.TOP if chosen == top else chosen.split("  ", 1)[0]
        self.write(framework.move_result, framework.MoveResult(self.detail.code, code, parent=parent_code),
                   on_result=lambda moved: self._changed(moved))  # fmt: skip

    @staticmethod
    def _descendants(node) -> set[str]:
        out: set[str] = set()
        stack = list(node.children) if node else []
        while stack:
            child = stack.pop()
            out.add(child.code)
            stack.extend(child.children)
        return out

    def delete_result(self) -> None:
        code = self.selected_result()
        if not code or not confirm(
            self, self.tr("Delete result"), self.tr("Delete the result %1?").replace("%1", code)
        ):
            return
        self.write(framework.delete_result, framework.DeleteResult(self.detail.code, code),
                   on_result=lambda _deleted: self._changed(self._parent_of(code)))  # fmt: skip

    # ---------------------------------------------------------------- indicators

    def indicator_dialog(self, code: str | None = None):
        from ui.dialogs.indicator_form import IndicatorDialog

        dialog = IndicatorDialog(
            self.db,
            self.detail.code,
            self.detail.flat_results(),
            tuple(c.code for c in self.detail.countries),
            code=code,
            result=self.selected_result(),
            period=self.context.period_label,
            country=self.context.country,
            parent=self,
        )
        dialog.saved.connect(lambda saved: self._changed(dialog.result_combo.currentData(), saved))
        dialog.targetsRequested.connect(self.open_targets)
        return dialog

    def add_indicator(self) -> None:
        if self.detail is not None:
            self.indicator_dialog().exec()

    def edit_indicator(self) -> None:
        code = self.selected_indicator()
        if code:
            self.indicator_dialog(code).exec()

    def delete_indicator(self) -> None:
        code = self.selected_indicator()
        if not code or not confirm(
            self,
            self.tr("Delete indicator"),
            self.tr("Delete the indicator %1 and its targets?").replace("%1", code),
        ):
            return
        self.write(framework.delete_indicator, framework.DeleteIndicator(self.detail.code, code),
                   on_result=lambda _deleted: self._changed(self.selected_result()))  # fmt: skip

    def open_targets(self, code: str | None) -> None:
        """The Results page on this indicator, where its targets are set."""
        if code:
            self.navigate.emit("results", {"indicator": code})

    def new_record(self) -> None:
        if self.detail is not None:
            self.add_indicator()
        else:
            self.requested.emit("new_project")


def vocab_month(month: int) -> str:
    from PySide6.QtCore import QLocale

    return QLocale().standaloneMonthName(int(month))
