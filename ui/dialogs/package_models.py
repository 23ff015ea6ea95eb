"""Table models of the package dialogs: the conflicts, and one conflict's fields side by side."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from flare_monitor.actions.packages import NOT_SENT, ConflictRow, FieldDiff
from ui import vocab
from ui.formatting import format_date, format_datetime
from ui.models.table import RowTableModel

CONTEXT = "package"
DIFFERS = QColor("#fff3cd")  # the highlight the duplicates review uses for fields that differ

_TABLES = {
    "project": QT_TRANSLATE_NOOP("package", "Project"),
    "project_country": QT_TRANSLATE_NOOP("package", "Project country"),
    "result_level": QT_TRANSLATE_NOOP("package", "Result level"),
    "result": QT_TRANSLATE_NOOP("package", "Result"),
    "indicator": QT_TRANSLATE_NOOP("package", "Indicator"),
    "indicator_target": QT_TRANSLATE_NOOP("package", "Target"),
    "indicator_value": QT_TRANSLATE_NOOP("package", "Actual value"),
    "narrative": QT_TRANSLATE_NOOP("package", "Narrative"),
    "organization": QT_TRANSLATE_NOOP("package", "Organization"),
    "activity": QT_TRANSLATE_NOOP("package", "Activity"),
    "activity_partner": QT_TRANSLATE_NOOP("package", "Partner"),
    "participant": QT_TRANSLATE_NOOP("package", "Participant"),
    "attendance": QT_TRANSLATE_NOOP("package", "Attendance"),
}
_FIELDS = {
    "code": QT_TRANSLATE_NOOP("package", "Code"),
    "title": QT_TRANSLATE_NOOP("package", "Title"),
    "name": QT_TRANSLATE_NOOP("package", "Name"),
    "full_name": QT_TRANSLATE_NOOP("package", "Name"),
    "type": QT_TRANSLATE_NOOP("package", "Type"),
    "status": QT_TRANSLATE_NOOP("package", "Status"),
    "project_id": QT_TRANSLATE_NOOP("package", "Project"),
    "country_code": QT_TRANSLATE_NOOP("package", "Country"),
    "subdivision_code": QT_TRANSLATE_NOOP("package", "Subdivision"),
    "result_id": QT_TRANSLATE_NOOP("package", "Result"),
    "indicator_id": QT_TRANSLATE_NOOP("package", "Indicator"),
    "activity_id": QT_TRANSLATE_NOOP("package", "Activity"),
    "participant_id": QT_TRANSLATE_NOOP("package", "Participant"),
    "organization_id": QT_TRANSLATE_NOOP("package", "Organization"),
    "planned_start": QT_TRANSLATE_NOOP("package", "Planned start"),
    "planned_end": QT_TRANSLATE_NOOP("package", "Planned end"),
    "actual_start": QT_TRANSLATE_NOOP("package", "Actual start"),
    "actual_end": QT_TRANSLATE_NOOP("package", "Actual end"),
    "venue": QT_TRANSLATE_NOOP("package", "Venue"),
    "description": QT_TRANSLATE_NOOP("package", "Description"),
    "sex": QT_TRANSLATE_NOOP("package", "Sex"),
    "age_group": QT_TRANSLATE_NOOP("package", "Age group"),
    "position": QT_TRANSLATE_NOOP("package", "Position"),
    "phone": QT_TRANSLATE_NOOP("package", "Phone"),
    "email": QT_TRANSLATE_NOOP("package", "E-mail"),
    "consent": QT_TRANSLATE_NOOP("package", "Consent"),
    "sensitive": QT_TRANSLATE_NOOP("package", "Sensitive"),
    "role": QT_TRANSLATE_NOOP("package", "Role"),
    "days_attended": QT_TRANSLATE_NOOP("package", "Days attended"),
    "completed": QT_TRANSLATE_NOOP("package", "Completed"),
    "pre_test_score": QT_TRANSLATE_NOOP("package", "Pre-test score"),
    "post_test_score": QT_TRANSLATE_NOOP("package", "Post-test score"),
    "remarks": QT_TRANSLATE_NOOP("package", "Remarks"),
    "value": QT_TRANSLATE_NOOP("package", "Value"),
    "numerator": QT_TRANSLATE_NOOP("package", "Numerator"),
    "denominator": QT_TRANSLATE_NOOP("package", "Denominator"),
    "period": QT_TRANSLATE_NOOP("package", "Period"),
    "comment": QT_TRANSLATE_NOOP("package", "Comment"),
    "text": QT_TRANSLATE_NOOP("package", "Text"),
    "section": QT_TRANSLATE_NOOP("package", "Section"),
}
_VOCABULARY_FIELDS = {"type", "status", "sex", "role", "section"}
_WORDS = {
    "yes": QT_TRANSLATE_NOOP("package", "yes"),
    "no": QT_TRANSLATE_NOOP("package", "no"),
    NOT_SENT: QT_TRANSLATE_NOOP("package", "(not in the package)"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def table_label(table: str) -> str:
    source = _TABLES.get(table)
    return _tr(source) if source else table.replace("_", " ").capitalize()


def field_label(name: str) -> str:
    source = _FIELDS.get(name)
    return _tr(source) if source else name.replace("_", " ").capitalize()


def value_label(name: str, text: str) -> str:
    if text in _WORDS:
        return _tr(_WORDS[text])
    if name in _VOCABULARY_FIELDS:
        return vocab.label(text)
    if name.endswith(("_start", "_end", "_date")) and len(text) == 10:
        try:
            return format_date(date.fromisoformat(text))
        except ValueError:
            return text
    if name == "country_code" and len(text) == 2:
        return f"{vocab.country_label(text)} ({text})"
    return text


class ConflictsModel(RowTableModel):
    """Conflicts (stored ones, or those a package would leave); one row per record."""

    COL_KIND, COL_RECORD, COL_FIELDS, COL_FROM, COL_ARRIVED = range(5)

    def headers(self) -> list[str]:
        return [
            self.tr("Kind"),
            self.tr("Record"),
            self.tr("Differs in"),
            self.tr("From database"),
            self.tr("Arrived"),
        ]

    def display(self, row: ConflictRow, column: int) -> Any:
        if column == self.COL_KIND:
            return table_label(row.table)
        if column == self.COL_RECORD:
            return row.label
        if column == self.COL_FIELDS:
            return ", ".join(field_label(f.name) for f in row.differing())
        if column == self.COL_FROM:
            return str(row.peer)[:8]
        return format_datetime(row.arrived) if row.arrived else self.tr("not imported yet")

    def sort_key(self, row: ConflictRow, column: int) -> Any:
        if column == self.COL_ARRIVED:
            return row.arrived.isoformat() if row.arrived else ""
        return super().sort_key(row, column)


class FieldsModel(RowTableModel):
    """One conflict's fields: this database's value and the other office's, differing ones marked."""

    COL_FIELD, COL_MINE, COL_THEIRS = range(3)

    def headers(self) -> list[str]:
        return [self.tr("Field"), self.tr("Here (mine)"), self.tr("Other office (theirs)")]

    def display(self, row: FieldDiff, column: int) -> Any:
        if column == self.COL_FIELD:
            return field_label(row.name)
        return value_label(row.name, row.mine if column == self.COL_MINE else row.theirs)

    def extra(self, row: FieldDiff, column: int, role: int) -> Any:
        if not row.differs:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(DIFFERS)
        if role == Qt.ItemDataRole.ForegroundRole:  # readable on the light highlight in a dark theme too
            return QBrush(QColor("#000000"))
        if role == Qt.ItemDataRole.FontRole and column == self.COL_FIELD:
            font = QFont()
            font.setBold(True)
            return font
        return None
