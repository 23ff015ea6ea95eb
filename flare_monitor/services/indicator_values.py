"""Entering manual actuals and targets: validation, one row per cell, and the period-lock guard.

A cell is (indicator, period, country or project level, sex or total). Entering a value for a cell
that already has one updates that row: the database's unique constraint treats NULL country/sex as
distinct, and a second row would be counted twice. A row is found by its label or by its dates,
so 2024-Q2 and FY2024-Q3 (the same days) are the same cell.

Changing a value returns it to draft (unless `status="approved"` is passed): an approval is for the
figure that was checked, not for whatever is typed later.
"""

from __future__ import annotations

import math

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from flare_monitor.db.audit_hook import current_user
from flare_monitor.db.base import utcnow
from flare_monitor.db.enums import IndicatorUnit, Sex, ValueStatus
from flare_monitor.db.models import Indicator, IndicatorTarget, IndicatorValue, Project
from flare_monitor.errors import NotFoundError, ValidationError
from flare_monitor.i18n import Field, Message, PeriodName, Term, _
from flare_monitor.i18n.params import Lowered, Scope
from flare_monitor.indicators.engine import check_country, indicator_by_code, period_dates
from flare_monitor.indicators.periods import Period
from flare_monitor.services.common import (
    concurrent_edit,
    differences,
    flush_edit,
    lock_new_record,
    parse_enum,
)
from flare_monitor.services.period_locks import ensure_unlocked

_YES = {"yes": 1.0, "y": 1.0, "true": 1.0, "no": 0.0, "n": 0.0, "false": 0.0}
# A typed percentage may be rounded (33.3 for 1/3); more than this is a typing error.
_RATIO_SLACK = 0.05


def _number(value, field: str, *, required: bool = False) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError(_("{field}: a number is required", field=Field(field)), field)
        return None
    if isinstance(value, str) and value.strip().lower() in _YES:
        return _YES[value.strip().lower()]
    try:
        number = float(str(value).strip().replace(",", "")) if isinstance(value, str) else float(value)
    except (TypeError, ValueError):
        raise ValidationError(
            _("{field}: '{value}' is not a number", field=Field(field), value=value), field
        ) from None
    if not math.isfinite(number):
        raise ValidationError(_("{field}: '{value}' is not a number", field=Field(field), value=value), field)
    return number


def _check_by_unit(unit: IndicatorUnit, value: float | None, field: str = "value") -> None:
    """Limits every figure of a unit must respect (shared by values and targets)."""
    if value is None:
        return
    if value < 0:
        raise ValidationError(_("{field}: {value} is negative", field=Field(field), value=value), field)
    if unit == IndicatorUnit.PERCENTAGE and value > 100:
        raise ValidationError(
            _("{field}: {value} is not a percentage from 0 to 100", field=Field(field), value=value), field
        )
    if unit == IndicatorUnit.YES_NO and value not in (0, 1):
        raise ValidationError(
            _(
                "{field}: a yes/no indicator takes 1 (yes) or 0 (no), not {value}",
                field=Field(field),
                value=value,
            ),
            field,
        )


def _context(
    session: Session, project_code: str, indicator_code: str, period_label: str, country: str | None
) -> tuple[Project, Indicator, Period, str | None]:
    project, period = period_dates(session, project_code, period_label)
    indicator = indicator_by_code(session, project, indicator_code)
    if period.end < project.start_date or period.start > project.end_date:
        raise ValidationError(
            _(
                "period: {label} ({start} to {end}) is outside {code}, which runs {start_date} to {end_date}",
                label=period.label,
                start=period.start,
                end=period.end,
                code=project.code,
                start_date=project.start_date,
                end_date=project.end_date,
            ),
            "period",
        )
    return project, indicator, period, check_country(session, project, country)


def _sex(sex: str | None) -> Sex | None:
    return None if sex is None or not str(sex).strip() else parse_enum(Sex, sex, "sex")


def _cell(model, indicator: Indicator, period: Period, country: str | None, sex: Sex | None):
    """The query for the row of one cell (NULL-safe on country and sex, by label or by dates)."""
    return select(model).where(
        model.indicator_id == indicator.id,
        or_(
            model.period == period.label,
            (model.period_start == period.start) & (model.period_end == period.end),
        ),
        model.country_code.is_(None) if country is None else model.country_code == country,
        model.sex.is_(None) if sex is None else model.sex == sex,
    )


_CELL_FIELDS = {
    IndicatorValue: ("value", "numerator", "denominator", "status", "comment"),
    IndicatorTarget: ("value", "comment"),
}


def _figures(row, model) -> dict:
    """What a user sees of a cell (all None when nothing is stored)."""
    fields = _CELL_FIELDS[model]
    if row is None:
        return dict.fromkeys(fields)
    return {key: getattr(getattr(row, key), "value", getattr(row, key)) for key in fields}


def _conflict(session: Session, what: str, model, row_id, seen: dict | None, stored_row):
    shown = dict.fromkeys(_CELL_FIELDS[model]) | dict(seen or {})
    stored = _figures(stored_row, model) if stored_row is not None else None
    return concurrent_edit(session, Lowered(what), model.__tablename__, row_id, shown, stored)


def _ensure_unchanged(session: Session, row, model, what: str, expected_version, seen) -> None:
    """Refuse to overwrite a cell someone else saved or cleared since the user read it.

    `expected_version` is the version of the row the user saw (0: the cell was empty); without it,
    `seen` (the figures the user saw, e.g. {"value": 40}) is compared with what is stored."""
    if expected_version is not None:
        if (0 if row is None else row.version) == expected_version:
            return
    elif seen is None or not differences(seen, _figures(row, model)):
        return
    if row is None:  # cleared meanwhile
        raise _conflict(session, what, model, None, seen, None)
    raise _conflict(session, what, model, row.id, seen, row)


def _flush_cell(session: Session, row, model, what: str, seen: dict | None) -> None:
    """Flush; a row changed or deleted between our read and our write is a concurrent edit too."""
    row_id = row.id
    flush_edit(
        session,
        lambda: _conflict(session, what, model, row_id, seen, session.get(model, row_id) if row_id else None),
    )


def _what(indicator: Indicator, period: Period, country: str | None, sex: Sex | None, kind: str) -> Message:
    params = {"code": indicator.code, "period": PeriodName(period.label), "scope": Scope(country, sex)}
    if kind == "target":
        return _("The target of {code} for {period} ({scope})", **params)
    return _("The value of {code} for {period} ({scope})", **params)


def _percentage(
    value: float | None, numerator: float | None, denominator: float | None
) -> tuple[float | None, float | None, float | None]:
    if numerator is None and denominator is None:
        if value is None:
            raise ValidationError(_("value: give a percentage or a numerator and a denominator"), "value")
        return value, None, None
    if numerator is None or denominator is None:
        missing = "numerator" if numerator is None else "denominator"
        raise ValidationError(
            _("{missing}: give both a numerator and a denominator", missing=Field(missing)), missing
        )
    if denominator <= 0:
        raise ValidationError(
            _("denominator: must be more than 0, not {denominator}", denominator=denominator), "denominator"
        )
    if numerator < 0:
        raise ValidationError(_("numerator: {numerator} is negative", numerator=numerator), "numerator")
    if numerator > denominator:
        raise ValidationError(
            _(
                "numerator: {numerator} is more than the denominator {denominator}",
                numerator=numerator,
                denominator=denominator,
            ),
            "numerator",
        )
    computed = 100.0 * numerator / denominator
    if value is not None and abs(value - computed) > _RATIO_SLACK:
        raise ValidationError(
            _(
                "value: {value} % does not match {numerator}/{denominator} = {computed} %",
                value=value,
                numerator=numerator,
                denominator=denominator,
                computed=computed,
            ),
            "value",
        )
    return computed, numerator, denominator


def set_value(
    session: Session,
    project_code: str,
    indicator_code: str,
    period_label: str,
    value=None,
    numerator=None,
    denominator=None,
    country: str | None = None,
    sex: str | None = None,
    comment: str | None = None,
    status: str = ValueStatus.DRAFT.value,
    *,
    expected_version: int | None = None,
    seen: dict | None = None,
    explanation: str | None = None,
    data_source: str | None = None,
) -> IndicatorValue:
    """Enter (or correct) a manual actual for one cell.

    With `expected_version` (0 when the cell was empty) or `seen` (the figures shown), a cell someone
    else changed since the user read it is not overwritten: ConcurrentEditError says what changed.
    `comment`, `explanation` (why the actual differs from the target) and `data_source`: None leaves
    them as they are, "" clears them."""
    project, indicator, period, country = _context(
        session, project_code, indicator_code, period_label, country
    )
    if indicator.computation:
        raise ValidationError(
            _(
                "indicator: {code} is counted from the training register; record the activities "
                "and attendance instead of typing its value",
                code=indicator.code,
            ),
            "indicator",
        )
    if period.kind == "lop":
        raise ValidationError(
            _("period: actuals are reported per quarter, half or year, not for the LOP"), "period"
        )
    sex_value = _sex(sex)
    state = parse_enum(ValueStatus, status, "status", ValueStatus.DRAFT)
    unit = IndicatorUnit(indicator.unit)
    value = _number(value, "value")
    numerator = _number(numerator, "numerator")
    denominator = _number(denominator, "denominator")
    if unit == IndicatorUnit.PERCENTAGE:
        value, numerator, denominator = _percentage(value, numerator, denominator)
    else:
        if numerator is not None or denominator is not None:
            field = "numerator" if numerator is not None else "denominator"
            raise ValidationError(
                _(
                    "{field}: only percentage indicators take a numerator and denominator ({code} is "
                    "a {value})",
                    field=Field(field),
                    code=indicator.code,
                    value=Term(unit.value, lower=True),
                ),
                field,
            )
        if value is None:
            raise ValidationError(_("value: a number is required"), "value")
    _check_by_unit(unit, value)
    what = _what(indicator, period, country, sex_value, "value")
    ensure_unlocked(session, project.id, period.start, what)

    lock_new_record(
        session, IndicatorValue.__tablename__, indicator.id, period.start, period.end, country, sex_value
    )
    row = session.scalars(
        _cell(IndicatorValue, indicator, period, country, sex_value).with_for_update()
    ).first()
    _ensure_unchanged(session, row, IndicatorValue, what, expected_version, seen)
    if row is None:
        row = IndicatorValue(indicator_id=indicator.id, country_code=country, sex=sex_value)
        session.add(row)
    row.period, row.period_start, row.period_end = period.label, period.start, period.end
    row.value, row.numerator, row.denominator = value, numerator, denominator
    if comment is not None:
        row.comment = comment.strip() or None
    if explanation is not None:
        row.explanation = _note(explanation, "explanation")
    if data_source is not None:
        row.data_source = _note(data_source, "data source")
    _set_status(session, row, state)
    _flush_cell(session, row, IndicatorValue, what, seen)
    return row


MAX_NOTE = 4000


def _note(text: str, field: str) -> str | None:
    value = text.strip()
    if len(value) > MAX_NOTE:
        raise ValidationError(
            _("{field}: longer than {max_note} characters", field=Field(field), max_note=MAX_NOTE),
            field.replace(" ", "_"),
        )
    return value or None


def _set_status(session: Session, row: IndicatorValue, state: ValueStatus) -> None:
    row.status = state
    if state == ValueStatus.APPROVED:
        row.approved_by = session.info.get("user") or current_user()
        row.approved_at = utcnow()
    else:
        row.approved_by = row.approved_at = None


def _existing(
    session: Session,
    model,
    project_code: str,
    indicator_code: str,
    period_label: str,
    country,
    sex,
    kind: str,
):
    project, indicator, period, country = _context(
        session, project_code, indicator_code, period_label, country
    )
    sex_value = _sex(sex)
    what = _what(indicator, period, country, sex_value, kind)
    row = session.scalars(_cell(model, indicator, period, country, sex_value).with_for_update()).first()
    if row is None:
        raise NotFoundError(_("{what} has not been entered", what=what))
    ensure_unlocked(session, project.id, period.start, what)
    return row, what


def approve_value(
    session: Session,
    project_code: str,
    indicator_code: str,
    period_label: str,
    country: str | None = None,
    sex: str | None = None,
) -> IndicatorValue:
    """Mark an entered value checked; who and when are recorded on the row and in the audit trail."""
    row, _what = _existing(
        session, IndicatorValue, project_code, indicator_code, period_label, country, sex, "value"
    )
    _set_status(session, row, ValueStatus.APPROVED)
    session.flush()
    return row


def clear_value(
    session: Session,
    project_code: str,
    indicator_code: str,
    period_label: str,
    country: str | None = None,
    sex: str | None = None,
    *,
    expected_version: int | None = None,
    seen: dict | None = None,
) -> None:
    """Delete the value of one cell (the deletion is in the audit trail)."""
    row, what = _existing(
        session, IndicatorValue, project_code, indicator_code, period_label, country, sex, "value"
    )
    _ensure_unchanged(session, row, IndicatorValue, what, expected_version, seen)
    from flare_monitor.services.evidence import ensure_no_evidence

    ensure_no_evidence(session, "indicator_value_id", row.id, what[:1].upper() + what[1:])
    session.delete(row)
    _flush_cell(session, row, IndicatorValue, what, seen)


def set_target(
    session: Session,
    project_code: str,
    indicator_code: str,
    period_label: str,
    value=None,
    country: str | None = None,
    sex: str | None = None,
    comment: str | None = None,
    *,
    expected_version: int | None = None,
    seen: dict | None = None,
) -> IndicatorTarget:
    """Set the target of one cell; the period may be a quarter, half, year or LOP.

    `expected_version`/`seen` guard against overwriting someone else's change, as in set_value."""
    project, indicator, period, country = _context(
        session, project_code, indicator_code, period_label, country
    )
    sex_value = _sex(sex)
    number = _number(value, "value", required=True)
    _check_by_unit(IndicatorUnit(indicator.unit), number)
    what = _what(indicator, period, country, sex_value, "target")
    ensure_unlocked(session, project.id, period.start, what)
    lock_new_record(
        session, IndicatorTarget.__tablename__, indicator.id, period.start, period.end, country, sex_value
    )
    row = session.scalars(
        _cell(IndicatorTarget, indicator, period, country, sex_value).with_for_update()
    ).first()
    _ensure_unchanged(session, row, IndicatorTarget, what, expected_version, seen)
    if row is None:
        row = IndicatorTarget(indicator_id=indicator.id, country_code=country, sex=sex_value)
        session.add(row)
    row.period, row.period_start, row.period_end = period.label, period.start, period.end
    row.value = number
    if comment is not None:
        row.comment = comment.strip() or None
    _flush_cell(session, row, IndicatorTarget, what, seen)
    return row


def clear_target(
    session: Session,
    project_code: str,
    indicator_code: str,
    period_label: str,
    country: str | None = None,
    sex: str | None = None,
    *,
    expected_version: int | None = None,
    seen: dict | None = None,
) -> None:
    row, what = _existing(
        session, IndicatorTarget, project_code, indicator_code, period_label, country, sex, "target"
    )
    _ensure_unchanged(session, row, IndicatorTarget, what, expected_version, seen)
    session.delete(row)
    _flush_cell(session, row, IndicatorTarget, what, seen)


__all__ = ["approve_value", "clear_target", "clear_value", "set_target", "set_value"]
