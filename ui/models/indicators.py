"""Table models of the results page: the indicator table (an IPTT row per indicator, with the project's
status rule and, for a locked period, the figures as submitted and their drift) and each country's
submission of the period. (One indicator's data-entry grid is ui/entry_grid.py.)"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from ui import i18n, vocab
from ui.formatting import format_percent
from ui.key_figures import format_number, status_rule
from ui.models.table import RowTableModel

STATUS_BG = {
    "on_track": QColor("#e6f4ea"),
    "needs_attention": QColor("#fff3cd"),
    "off_track": QColor("#fde2e1"),
}
DRIFT_BG = QColor("#ffe0b2")


class IndicatorTableModel(RowTableModel):
    (COL_CODE, COL_NAME, COL_BASELINE, COL_TARGET, COL_ACTUAL, COL_FEMALE, COL_MALE, COL_CUMULATIVE,
     COL_LOP, COL_PERCENT, COL_STATUS) = range(11)  # fmt: skip
    NUMERIC_COLUMNS = (COL_BASELINE, COL_TARGET, COL_ACTUAL, COL_FEMALE, COL_MALE, COL_CUMULATIVE, COL_LOP,
                       COL_PERCENT)  # fmt: skip

    def headers(self) -> list[str]:
        return [
            self.tr("Code"),
            self.tr("Indicator"),
            self.tr("Baseline"),
            self.tr("Target"),
            self.tr("Actual"),
            self.tr("Female"),
            self.tr("Male"),
            self.tr("Cumulative"),
            self.tr("LOP target"),
            self.tr("% of target"),
            self.tr("Status"),
        ]

    def cells(self, f):
        by_sex = f.by_sex or {}
        unit = f.unit
        return [
            f.code,
            f.name,
            format_number(f.baseline, unit),
            format_number(f.target, unit),
            format_number(f.actual, unit),
            format_number(by_sex.get("female"), unit) if f.by_sex else "",
            format_number(by_sex.get("male"), unit) if f.by_sex else "",
            format_number(f.cumulative_actual, unit),
            format_number(f.lop_target, unit),
            format_percent(f.percent_of_target),
            vocab.label(f.status),
        ]

    def sort_key(self, f, column: int):
        if column == self.COL_CODE:
            return ".".join(part.zfill(6) for part in f.code.split("."))
        if column in self.NUMERIC_COLUMNS:
            value = self.value(f, column)
            return -1.0 if value is None else float(value)
        return super().sort_key(f, column)

    def value(self, f, column: int) -> float | None:
        """The number behind a numeric cell (sorting by value, whatever the locale writes)."""
        by_sex = f.by_sex or {}
        return {
            self.COL_BASELINE: f.baseline,
            self.COL_TARGET: f.target,
            self.COL_ACTUAL: f.actual,
            self.COL_FEMALE: by_sex.get("female"),
            self.COL_MALE: by_sex.get("male"),
            self.COL_CUMULATIVE: f.cumulative_actual,
            self.COL_LOP: f.lop_target,
            self.COL_PERCENT: f.percent_of_target,
        }[column]

    tolerances: tuple[float, float] = (0.15, 0.35)  # the project's status rule

    def extra(self, f, column: int, role: int):
        drifted = f.today is not None and column in (self.COL_ACTUAL, self.COL_FEMALE, self.COL_MALE,
                                                       self.COL_CUMULATIVE)  # fmt: skip
        if role == Qt.ItemDataRole.BackgroundRole:
            if column == self.COL_STATUS and f.status in STATUS_BG:
                return QBrush(STATUS_BG[f.status])
            if drifted:
                return QBrush(DRIFT_BG)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_NAME:
                kind = self.tr("computed from the register") if f.computed else self.tr("reported values")
                return f"{f.name}\n({kind})"
            if column == self.COL_STATUS:
                return self.status_tooltip(f.status)
            if drifted:
                return self.drift_tooltip(f)
            if f.submitted and column in (self.COL_ACTUAL, self.COL_CUMULATIVE):
                return self.tr("As submitted when the period was locked")
        return None

    def status_tooltip(self, status: str) -> str:
        rule = status_rule(self.tolerances)
        lines = [f"{vocab.label(status)}: {rule.get(status, '')}", "", self.tr("The project's status rule:")]
        lines += [f"{vocab.label(s)}: {text}" for s, text in rule.items()]
        return "\n".join(lines)

    def drift_tooltip(self, f) -> str:
        unit, today = f.unit, f.today
        text = self.tr("Submitted %1, today %2 (cumulative: submitted %3, today %4)")
        text = (
            text.replace("%1", format_number(f.actual, unit))
            .replace("%2", format_number(today.actual, unit))
            .replace("%3", format_number(f.cumulative_actual, unit))
            .replace("%4", format_number(today.cumulative_actual, unit))
        )
        return "\n".join([text, *(i18n.text(why) for why in f.drift)])


class SubmissionModel(RowTableModel):
    """Each country's submission of the period: status, who sent it and what was said."""

    COL_COUNTRY, COL_STATUS, COL_WHO, COL_TEXT = range(4)

    def headers(self) -> list[str]:
        return [self.tr("Country"), self.tr("Status"), self.tr("Last step"), self.tr("Note or comment")]

    def status_text(self, status: str) -> str:
        return vocab.submission_label(status)

    def display(self, row, column: int):
        if column == self.COL_COUNTRY:
            return vocab.country_label(row.country) or row.country
        if column == self.COL_STATUS:
            return self.status_text(row.status)
        if column == self.COL_WHO:
            return self.last_step(row)
        return self.last_text(row) or ""

    @staticmethod
    def _later(row) -> bool:
        """The review came after the submission (a return or an approval is the last word)."""
        if row.reviewed_at is None:
            return False
        return row.submitted_at is None or row.reviewed_at >= row.submitted_at

    def last_step(self, row) -> str:
        from ui.formatting import format_date

        if self._later(row):
            return f"{row.reviewed_by} {format_date(row.reviewed_at.date())}"
        if row.submitted_at is not None:
            return f"{row.submitted_by} {format_date(row.submitted_at.date())}"
        return ""

    def last_text(self, row) -> str | None:
        return row.comment if self._later(row) else row.note

    def extra(self, row, column: int, role: int):
        if role == Qt.ItemDataRole.BackgroundRole and column == self.COL_STATUS:
            colour = SUBMISSION_BG.get(row.status)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = []
            if row.note:
                lines.append(self.tr("Note with the submission: %1").replace("%1", row.note))
            if row.comment:
                lines.append(self.tr("Reviewer's comment: %1").replace("%1", row.comment))
            return "\n".join(lines) or None
        return None

    def find_country(self, code: str | None) -> int:
        return next((i for i, r in enumerate(self.rows()) if r.country == code), -1)


SUBMISSION_BG = {
    "submitted": QColor("#e8f0fe"),
    "returned": QColor("#fde2e1"),
    "approved": QColor("#e6f4ea"),
    "locked": QColor("#e4e4e4"),
}
