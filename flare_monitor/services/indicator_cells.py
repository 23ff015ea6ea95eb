"""The cells of one indicator as the data-entry grid shows them — periods across, countries (and sexes,
where the indicator is disaggregated by sex) down — and saving what was typed or pasted into them.

The same layout serves reported values (a column per period) and targets (a column per period and one
for the life of the project). A computed indicator's value cells hold the figures counted from the
register: read-only, but their variance explanation can be written.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from flare_monitor.db.models import IndicatorTarget, IndicatorValue
from flare_monitor.db.period_guard import Place, active_locks
from flare_monitor.errors import UserError, ValidationError
from flare_monitor.i18n import Country, Message, PeriodName, Term, _
from flare_monitor.indicators.engine import (
    check_country,
    indicator_by_code,
    project_by_code,
    project_countries,
    project_period,
    series,
)
from flare_monitor.indicators.periods import LOP_LABEL
from flare_monitor.services import indicator_values

VALUES = "values"
TARGETS = "targets"
SEXES = ("female", "male")


@dataclass(frozen=True)
class EntryCell:
    country: str | None
    sex: str | None
    period: str
    value: float | None
    editable: bool
    status: str | None = None  # reported values: draft or approved
    comment: str | None = None
    explanation: str | None = None
    data_source: str | None = None
    stored: bool = False  # a row holds this cell (a figure, or for computed indicators an explanation)
    record: uuid.UUID | None = None  # the reported value's id (evidence is attached to it)
    evidence: int = 0  # files attached to that value


@dataclass
class EntryView:
    indicator: str
    name: str
    unit: str
    kind: str
    computed: bool
    by_sex: bool
    rows: list[tuple[str | None, str | None]]  # (country or None = project level, sex or None = total)
    periods: list[str]
    cells: dict[tuple[str | None, str | None, str], EntryCell] = field(default_factory=dict)
    locked: dict[str, str] = field(default_factory=dict)  # period → "FY2024-Q3, locked by … on …"

    def cell(self, country: str | None, sex: str | None, period: str) -> EntryCell:
        found = self.cells.get((country, sex, period))
        if found is None:
            found = EntryCell(country, sex, period, None, editable=False)
        return found


@dataclass(frozen=True)
class CellEdit:
    """What the user did to one cell: typed a figure (`text`, "" clears it) and/or changed what is said
    about it (None leaves a field as it is). `shown` is the figure the cell showed."""

    period: str
    country: str | None
    sex: str | None
    text: str | None = None
    shown: float | None = None
    comment: str | None = None
    explanation: str | None = None
    data_source: str | None = None
    status: str | None = None


@dataclass(frozen=True)
class CellProblem:
    period: str
    country: str | None
    sex: str | None
    text: str | None
    message: str


def cell_name(country: str | None, sex: str | None, period: str) -> Message:
    """A cell of the grid as a refusal names it: "Pakistan, female, FY2024-Q3"."""
    where = Country(country) if country else _("project level")
    if sex:
        return _(
            "{where}, {sex}, {period}", where=where, sex=Term(sex, lower=True), period=PeriodName(period)
        )
    return _("{where}, {period}", where=where, period=PeriodName(period))


def _locked_periods(session: Session, project, labels: list[str]) -> dict[str, Message]:
    locks = [lock for lock in active_locks(session) if lock.project_id == project.id]
    out = {}
    for label in labels:
        period = project_period(project, label)
        for lock in locks:
            if lock.holds(Place(project.id, period.start, period.end)):
                out[label] = _(
                    "{period}, locked by {user} on {day}",
                    period=PeriodName(lock.period),
                    user=lock.by,
                    day=lock.at.date(),
                )
    return out


def entry_view(
    session: Session,
    project_code: str,
    indicator_code: str,
    kind: str,
    periods: list[str],
    country: str | None,
) -> EntryView:
    project = project_by_code(session, project_code)
    indicator = indicator_by_code(session, project, indicator_code)
    country = check_country(session, project, country)
    computed = bool(indicator.computation)
    by_sex = "sex" in (indicator.disaggregations or []) or computed and _about_people(indicator)
    labels = [p for p in periods if p != LOP_LABEL] + ([LOP_LABEL] if kind == TARGETS else [])
    scopes: list[str | None] = [country] if country else [*project_countries(session, project), None]
    sexes: list[str | None] = [None, *SEXES] if by_sex else [None]
    rows = [(scope, sex) for scope in scopes for sex in sexes]
    view = EntryView(
        indicator.code, indicator.name, str(getattr(indicator.unit, "value", indicator.unit)), kind, computed,
        by_sex, rows, labels, locked=_locked_periods(session, project, labels),
    )  # fmt: skip
    dates = {label: project_period(project, label) for label in labels}
    by_dates = {(p.start, p.end): label for label, p in dates.items()}
    model = IndicatorValue if kind == VALUES else IndicatorTarget
    stored = {}
    for row in session.scalars(select(model).where(model.indicator_id == indicator.id)):
        label = by_dates.get((row.period_start, row.period_end))
        if label is None:
            continue
        sex = None if row.sex is None else str(getattr(row.sex, "value", row.sex))
        stored[(row.country_code, sex, label)] = row
    if kind == VALUES and computed:
        figures = {scope: series(session, indicator, [dates[p] for p in labels], scope) for scope in scopes}
    attached = {}
    if kind == VALUES and stored:
        from flare_monitor.services.evidence import counts

        attached = counts(session, "indicator_value_id", [row.id for row in stored.values()])
    for scope, sex in rows:
        for index, label in enumerate(labels):
            row = stored.get((scope, sex, label))
            open_ = label not in view.locked
            if kind == VALUES and computed:
                figure = figures[scope][index]
                value = figure.actual if sex is None else (figure.by_sex or {}).get(sex)
                editable = False
            else:
                value = row.value if row is not None else None
                editable = open_ and not (kind == VALUES and label == LOP_LABEL)
            status = None
            if kind == VALUES and row is not None:
                status = str(getattr(row.status, "value", row.status))
            view.cells[(scope, sex, label)] = EntryCell(
                scope, sex, label, value, editable,
                status=status,
                comment=row.comment if row is not None else None,
                explanation=getattr(row, "explanation", None) if row is not None else None,
                data_source=getattr(row, "data_source", None) if row is not None else None,
                stored=row is not None,
                record=row.id if kind == VALUES and row is not None else None,
                evidence=attached.get(row.id, 0) if row is not None else 0,
            )  # fmt: skip
    return view


def _about_people(indicator) -> bool:
    from flare_monitor.indicators.computation import parse_computation

    try:
        return parse_computation(indicator.computation, indicator.unit).about_people
    except UserError:
        return False


def _notes_only(edit: CellEdit) -> bool:
    return edit.text is None


def apply_edit(session: Session, project: str, indicator: str, kind: str, edit: CellEdit) -> None:
    """Save one cell's edit with the services (never commits)."""
    cell = (project, indicator, edit.period)
    where = {"country": edit.country, "sex": edit.sex}
    notes = {"comment": edit.comment}
    if kind == TARGETS:
        if edit.text == "":
            indicator_values.clear_target(session, *cell, **where, seen={"value": edit.shown})
        elif edit.text is not None:
            indicator_values.set_target(
                session, *cell, edit.text, **where, **notes, seen={"value": edit.shown}
            )
        return
    if kind != VALUES:
        raise ValidationError(
            _("kind: '{kind}' is neither {values} nor {targets}", kind=kind, values=VALUES, targets=TARGETS),
            "kind",
        )
    notes |= {"explanation": edit.explanation, "data_source": edit.data_source}
    if _notes_only(edit):
        indicator_values.annotate_value(session, *cell, **where, **notes, status=edit.status)
    elif edit.text == "":
        indicator_values.clear_value(session, *cell, **where, seen={"value": edit.shown})
    else:
        indicator_values.set_value(
            session, *cell, value=edit.text, **where, **notes, status=edit.status or "draft",
            seen={"value": edit.shown},
        )  # fmt: skip


def save_edits(session: Session, project: str, indicator: str, kind: str, edits: list[CellEdit]) -> int:
    """Save every edit, or none: the first refusal names its cell."""
    for edit in edits:
        try:
            apply_edit(session, project, indicator, kind, edit)
        except ValidationError as exc:
            name = cell_name(edit.country, edit.sex, edit.period)
            raise ValidationError(_("{cell}: {problem}", cell=name, problem=exc.message), exc.field) from None
    return len(edits)


__all__ = [
    "TARGETS",
    "VALUES",
    "CellEdit",
    "CellProblem",
    "EntryCell",
    "EntryView",
    "apply_edit",
    "cell_name",
    "entry_view",
    "save_edits",
]
