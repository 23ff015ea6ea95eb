"""Data quality page: the findings of the checks for the project and period, each openable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui import i18n, vocab
from ui.models.table import RowTableModel
from ui.pages.base import Page
from ui.widgets import compact_rows


class FindingsModel(RowTableModel):
    COL_SEVERITY, COL_RULE, COL_WHAT, COL_MESSAGE = range(4)

    def headers(self) -> list[str]:
        return [self.tr("Severity"), self.tr("Check"), self.tr("Record"), self.tr("Finding")]

    def severity_text(self, severity: str) -> str:
        return {"error": self.tr("Error"), "warning": self.tr("Warning")}.get(severity, severity)

    def rule_text(self, rule: str) -> str:
        return {
            "sex_exceeds_total": self.tr("Sexes exceed total"),
            "percentage_out_of_range": self.tr("Percentage out of range"),
            "negative_value": self.tr("Negative figure"),
            "outside_project": self.tr("Outside the project"),
            "period_mismatch": self.tr("Dates do not match period"),
            "missing_target": self.tr("Missing target"),
            "activity_without_attendance": self.tr("No attendance recorded"),
            "activity_without_attendance_sheet": self.tr("No attendance sheet attached"),
            "value_without_evidence": self.tr("Value without evidence"),
            "sex_not_recorded": self.tr("Sex not recorded"),
            "percentage_without_ratio": self.tr("Percentage without numerator"),
            "unconfirmed_organization_types": self.tr("Organization types to check"),
        }.get(rule, rule.replace("_", " "))

    def entity_text(self, entity: str) -> str:
        return {
            "indicator": self.tr("Indicator"),
            "indicator_value": self.tr("Indicator value"),
            "indicator_target": self.tr("Indicator target"),
            "activity": self.tr("Activity"),
            "participant": self.tr("Participant"),
        }.get(entity, entity.replace("_", " "))

    def cells(self, f):
        what = f.activity or f.indicator or self.entity_text(f.entity)
        return [self.severity_text(f.severity), self.rule_text(f.rule), what, i18n.text(f.message)]

    def sort_key(self, f, column: int):
        if column == self.COL_SEVERITY:
            return 0 if f.severity == "error" else 1
        return super().sort_key(f, column)

    def extra(self, f, column: int, role: int):
        if role == Qt.ItemDataRole.DecorationRole and column == self.COL_SEVERITY:
            icon = (
                QStyle.StandardPixmap.SP_MessageBoxCritical
                if f.severity == "error"
                else QStyle.StandardPixmap.SP_MessageBoxWarning
            )
            return QApplication.style().standardIcon(icon)
        if role == Qt.ItemDataRole.BackgroundRole and f.severity == "error":
            return QBrush(QColor("#fde2e1"))
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_MESSAGE:
            return i18n.text(f.message)
        return None


def target_of(finding) -> tuple[str, dict] | None:
    """Where "Open" goes: the activity (its form), the organizations whose type to check, or the indicator
    on the results page."""
    if finding.rule == "unconfirmed_organization_types":
        return "organizations", {"unconfirmed": True}
    if finding.activity:
        return "activities", {"code": finding.activity, "open": True}
    if finding.indicator:
        return "results", {"indicator": finding.indicator}
    return None


class QualityPage(Page):
    key = "quality"

    def __init__(self, db, parent: QWidget | None = None):
        super().__init__(db, parent)
        self.summary = QLabel()
        self.rerun = QPushButton(self.tr("Run the checks &again"))
        self.open_button = QPushButton(self.tr("Ope&n"))
        self.model = FindingsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Findings"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        compact_rows(self.table)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.rerun)
        top.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.rerun.clicked.connect(self.reload)
        self.open_button.clicked.connect(self.open_selected)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def printable(self):
        return self.table

    def title(self) -> str:
        return self.tr("Data quality")

    def reload(self) -> None:
        if self.context.project is None or not self.context.period_label:
            self.model.set_rows([])
            return
        from flare_monitor.actions import quality

        query = quality.QualityQuery(self.context.project_code, self.context.period_label)
        self.load("findings", quality.findings, query, on_result=self._show, busy=self.table)

    def _show(self, findings) -> None:
        self.model.set_rows(findings)
        self.table.resizeColumnsToContents()
        errors = sum(f.severity == "error" for f in findings)
        if findings:
            text = self.tr("%1 and %2 for %3 %4 (all countries).")
            text = text.replace("%1", self.tr("%Ln errors", "", errors)).replace(
                "%2", self.tr("%Ln warnings", "", len(findings) - errors)
            )
        else:
            text = self.tr("No problems found for %3 %4.")
        self.summary.setText(
            text.replace("%3", self.context.project_code).replace(
                "%4", vocab.period_label(self.context.period_label)
            )
        )
        self._update_buttons()

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self, *_args) -> None:
        from ui.widgets import explain

        finding = self.selected()
        why = (
            self.tr("Select a finding first")
            if finding is None
            else self.tr("This finding has no record to open")
        )
        explain(self.open_button, finding is not None and target_of(finding) is not None, why)

    def open_selected(self) -> None:
        finding = self.selected()
        target = target_of(finding) if finding else None
        if target:
            self.navigate.emit(*target)
