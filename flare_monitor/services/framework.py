"""The results framework and its indicators: add, edit, move and delete results (a tree whose codes the
officer chooses), and indicators with their reference sheet and counting rule.

A result's depth is its place in the tree (1 = top); the project's level names (services.project_setup)
name the depths. Codes are unique within a project, for results and for indicators. A result is not
deleted while anything hangs from it (results under it, indicators, activities, narratives…): the
refusal says what. An indicator is not deleted while officers have reported values for it.
"""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from flare_monitor.db.enums import Direction, IndicatorUnit
from flare_monitor.db.models import Base, Indicator, IndicatorTarget, IndicatorValue, Project, Result
from flare_monitor.errors import ConflictError, NotFoundError, ValidationError
from flare_monitor.indicators.computation import parse_computation
from flare_monitor.indicators.engine import natural_key
from flare_monitor.indicators.periods import LOP_LABEL
from flare_monitor.services import indicator_values
from flare_monitor.services.common import (
    flush_edit,
    optional_text,
    parse_date,
    parse_enum,
    refused_edit,
    require_text,
)
from flare_monitor.services.project_setup import get_project
from flare_monitor.text import clean

DISAGGREGATIONS = ("sex", "country", "agency_type", "age_group")


def _code(value: str | None, field_name: str = "code") -> str:
    """A result's or indicator's code as the officer chose it (1.2.1, OTC 1…), spacing tidied."""
    return require_text(value, field_name, 32)


# ---------------------------------------------------------------- results


def get_result(session: Session, project: Project, code: str) -> Result:
    result = session.scalar(
        select(Result).where(Result.project_id == project.id, Result.code == str(code or "").strip())
    )
    if result is None:
        raise NotFoundError(f"{project.code} has no result '{code}'")
    return result


def _siblings(session: Session, project: Project, parent_id: uuid.UUID | None) -> list[Result]:
    query = select(Result).where(Result.project_id == project.id)
    query = query.where(Result.parent_id.is_(None) if parent_id is None else Result.parent_id == parent_id)
    return sorted(session.scalars(query), key=lambda r: (r.sort_order, natural_key(r.code)))


def _check_result_code_free(
    session: Session, project: Project, code: str, own: uuid.UUID | None = None
) -> None:
    query = select(Result.id).where(Result.project_id == project.id, Result.code == code)
    if own is not None:
        query = query.where(Result.id != own)
    if session.scalar(query) is not None:
        raise ValidationError(f"code: {project.code} already has a result {code}", "code")


def _parent(session: Session, project: Project, code: str | None) -> Result | None:
    if code is None or not str(code).strip():
        return None
    try:
        return get_result(session, project, code)
    except NotFoundError:
        raise ValidationError(f"parent: {project.code} has no result '{code}'", "parent") from None


def add_result(
    session: Session, project_code: str, code: str, statement: str, parent: str | None = None
) -> Result:
    """A new result under `parent` (None: at the top), after its siblings."""
    project = get_project(session, project_code)
    code = _code(code)
    statement = require_text(statement, "statement", 4000)
    parent_row = _parent(session, project, parent)
    _check_result_code_free(session, project, code)
    siblings = _siblings(session, project, parent_row.id if parent_row else None)
    result = Result(
        project_id=project.id,
        parent_id=parent_row.id if parent_row else None,
        depth=(parent_row.depth + 1) if parent_row else 1,
        code=code,
        statement=statement,
        sort_order=(max(s.sort_order for s in siblings) + 1) if siblings else 0,
    )
    session.add(result)
    session.flush()
    return result


def edit_result(
    session: Session,
    project_code: str,
    code: str,
    *,
    new_code: str | None = None,
    statement: str | None = None,
    expected_version: int | None = None,
) -> Result:
    project = get_project(session, project_code)
    result = get_result(session, project, code)
    shown = {"code": result.code, "statement": result.statement}
    if expected_version is not None and result.version != expected_version:
        raise _result_refused(session, result, shown)
    if new_code is not None and new_code.strip() != result.code:
        new = _code(new_code)
        _check_result_code_free(session, project, new, result.id)
        result.code = new
    if statement is not None:
        text = require_text(statement, "statement", 4000)
        if text != result.statement:
            result.statement = text
    flush_edit(session, lambda: _result_refused(session, result, shown))
    return result


def _result_refused(session: Session, result: Result, shown: dict):
    result_id = result.id
    return refused_edit(
        session,
        Result,
        result_id,
        f"the result {shown['code']}",
        lambda: {
            "code": session.get(Result, result_id).code,
            "statement": session.get(Result, result_id).statement,
        },
        shown,
    )


def _descendants(session: Session, result: Result) -> list[Result]:
    rows = session.scalars(select(Result).where(Result.project_id == result.project_id)).all()
    children: dict[uuid.UUID | None, list[Result]] = {}
    for row in rows:
        children.setdefault(row.parent_id, []).append(row)
    out: list[Result] = []
    stack = list(children.get(result.id, []))
    while stack:
        node = stack.pop()
        out.append(node)
        stack.extend(children.get(node.id, []))
    return out


_KEEP = object()


def move_result(
    session: Session,
    project_code: str,
    code: str,
    *,
    step: int = 0,
    parent: Any = _KEEP,
) -> Result:
    """Move a result among its siblings (`step` -1: up, +1: down) or under another parent (`parent`: a
    result code, or None for the top), where it goes last. Its results and indicators move with it."""
    project = get_project(session, project_code)
    result = get_result(session, project, code)
    if parent is not _KEEP:
        new_parent = _parent(session, project, parent)
        if new_parent is not None:
            if new_parent.id == result.id or new_parent.id in {d.id for d in _descendants(session, result)}:
                raise ValidationError(
                    f"parent: {result.code} cannot go under {new_parent.code}, which is {result.code} itself "
                    "or one of the results under it",
                    "parent",
                )
        new_parent_id = new_parent.id if new_parent else None
        if new_parent_id != result.parent_id:
            siblings = _siblings(session, project, new_parent_id)
            result.parent_id = new_parent_id
            result.sort_order = (max(s.sort_order for s in siblings) + 1) if siblings else 0
            shift = ((new_parent.depth + 1) if new_parent else 1) - result.depth
            if shift:
                for node in [result, *_descendants(session, result)]:
                    node.depth += shift
    if step:
        siblings = _siblings(session, project, result.parent_id)
        index = next(i for i, s in enumerate(siblings) if s.id == result.id)
        target = index + (1 if step > 0 else -1)
        if not 0 <= target < len(siblings):
            where = "first" if step < 0 else "last"
            raise ValidationError(f"{result.code} is already the {where} result at its level", "position")
        siblings[index], siblings[target] = siblings[target], siblings[index]
        for order, sibling in enumerate(siblings):
            if sibling.sort_order != order:
                sibling.sort_order = order
    session.flush()
    return result


def _references(session: Session, table_name: str, record_id: uuid.UUID, skip: set[str]) -> dict[str, int]:
    """{referring table: rows} that point at a record through a foreign key (any table, also later ones)."""
    found: dict[str, int] = {}
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table.name != table_name or f"{table.name}.{fk.parent.name}" in skip:
                continue
            n = session.scalar(select(func.count()).select_from(table).where(fk.parent == record_id))
            if n:
                found[table.name] = found.get(table.name, 0) + n
    return found


_WHAT = {
    "indicator": ("indicator", "indicators"),
    "activity": ("activity", "activities"),
    "narrative": ("narrative", "narratives"),
}


def delete_result(session: Session, project_code: str, code: str) -> str:
    """Delete a result nothing hangs from; otherwise say what does."""
    project = get_project(session, project_code)
    result = get_result(session, project, code)
    children = len(_siblings(session, project, result.id))
    refs = _references(session, "result", result.id, {"result.parent_id"})
    reasons = []
    if children:
        reasons.append(f"{children} result{'s' if children != 1 else ''} under it")
    for table, n in refs.items():
        one, many = _WHAT.get(table, (table.replace("_", " "), table.replace("_", " ") + "s"))
        reasons.append(f"{n} {one if n == 1 else many}")
    if reasons:
        raise ConflictError(
            f"Result {result.code} cannot be deleted: it has {', '.join(reasons)}. Move or delete them first."
        )
    deleted = result.code
    session.delete(result)
    session.flush()
    return deleted


# ---------------------------------------------------------------- indicators


@dataclass(frozen=True)
class IndicatorIn:
    """An indicator's reference sheet and rule as a form or a command gives them.

    `rule` is the counting rule (the JSON of indicators.computation) for an indicator computed from
    the register, None for one whose actuals are reported. `lop_target` is the life-of-project target
    of the whole project (per-period and per-country targets are set apart)."""

    code: str
    name: str
    result: str | None = None
    definition: str | None = None
    unit: str = IndicatorUnit.NUMBER.value
    direction: str = Direction.INCREASE.value
    cumulative: bool = False
    is_key: bool = False
    disaggregations: tuple[str, ...] = ("sex",)
    baseline: float | str | None = None
    baseline_date: date | str | None = None
    lop_target: float | str | None = None
    data_source: str | None = None
    means_of_verification: str | None = None
    collection_method: str | None = None
    frequency: str | None = None
    responsible: str | None = None
    rule: dict[str, Any] | None = field(default=None, hash=False)


def _number(value, field_name: str) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = float(str(value).strip().replace(",", "")) if isinstance(value, str) else float(value)
    except (TypeError, ValueError):
        raise ValidationError(f"{field_name}: '{value}' is not a number", field_name) from None
    if not math.isfinite(number):
        raise ValidationError(f"{field_name}: '{value}' is not a number", field_name)
    return number


def _disaggregations(values) -> list[str]:
    out: list[str] = []
    for raw in values or ():
        value = str(raw).strip().lower().replace(" ", "_").replace("-", "_")
        if not value:
            continue
        if value not in DISAGGREGATIONS:
            raise ValidationError(
                f"disaggregations: '{raw}' is not one of {', '.join(DISAGGREGATIONS)}", "disaggregations"
            )
        if value not in out:
            out.append(value)
    return out


def get_indicator(session: Session, project: Project, code: str) -> Indicator:
    indicator = session.scalar(
        select(Indicator).where(Indicator.project_id == project.id, Indicator.code == str(code or "").strip())
    )
    if indicator is None:
        raise NotFoundError(f"{project.code} has no indicator '{code}'")
    return indicator


def _indicator_values(session: Session, project: Project, data: IndicatorIn) -> dict[str, Any]:
    unit = parse_enum(IndicatorUnit, data.unit, "unit", IndicatorUnit.NUMBER)
    rule = None
    if data.rule is not None:
        try:
            rule = parse_computation(data.rule, unit).to_json()
        except ValidationError as exc:
            raise ValidationError(str(exc), exc.field or "rule") from exc
    baseline = _number(data.baseline, "baseline")
    if baseline is not None:
        indicator_values._check_by_unit(unit, baseline, "baseline")
    result = None
    if data.result is not None and str(data.result).strip():
        try:
            result = get_result(session, project, data.result)
        except NotFoundError:
            raise ValidationError(f"result: {project.code} has no result '{data.result}'", "result") from None
    return {
        "code": _code(data.code),
        "name": require_text(data.name, "name", 2000),
        "result_id": result.id if result else None,
        "definition": clean(data.definition),
        "unit": unit,
        "direction": parse_enum(Direction, data.direction, "direction", Direction.INCREASE),
        "cumulative": bool(data.cumulative),
        "is_key": bool(data.is_key),
        "disaggregations": _disaggregations(data.disaggregations),
        "baseline_value": baseline,
        "baseline_date": parse_date(data.baseline_date, "baseline date", required=False),
        "data_source": clean(data.data_source),
        "means_of_verification": clean(data.means_of_verification),
        "collection_method": clean(data.collection_method),
        "frequency": optional_text(data.frequency, "frequency", 50),
        "responsible": optional_text(data.responsible, "responsible", 200),
        "computation": rule,
    }


def _check_indicator_code_free(
    session: Session, project: Project, code: str, own: uuid.UUID | None = None
) -> None:
    query = select(Indicator.id).where(Indicator.project_id == project.id, Indicator.code == code)
    if own is not None:
        query = query.where(Indicator.id != own)
    if session.scalar(query) is not None:
        raise ValidationError(f"code: {project.code} already has an indicator {code}", "code")


def _set_lop_target(session: Session, project: Project, indicator: Indicator, value) -> None:
    number = _number(value, "LOP target")
    stored = session.scalar(
        select(IndicatorTarget).where(
            IndicatorTarget.indicator_id == indicator.id,
            IndicatorTarget.period == LOP_LABEL,
            IndicatorTarget.country_code.is_(None),
            IndicatorTarget.sex.is_(None),
        )
    )
    if number is None:
        if stored is not None:
            indicator_values.clear_target(session, project.code, indicator.code, LOP_LABEL)
        return
    if stored is not None and stored.value == number:
        return
    try:
        indicator_values.set_target(session, project.code, indicator.code, LOP_LABEL, number)
    except ValidationError as exc:
        raise ValidationError(str(exc).replace("value:", "LOP target:", 1), "LOP target") from exc


def add_indicator(session: Session, project_code: str, data: IndicatorIn) -> Indicator:
    project = get_project(session, project_code)
    values = _indicator_values(session, project, data)
    _check_indicator_code_free(session, project, values["code"])
    siblings = session.scalars(
        select(Indicator.sort_order).where(
            Indicator.project_id == project.id,
            Indicator.result_id.is_(None)
            if values["result_id"] is None
            else Indicator.result_id == values["result_id"],
        )
    ).all()
    indicator = Indicator(project_id=project.id, sort_order=(max(siblings) + 1) if siblings else 0, **values)
    session.add(indicator)
    session.flush()
    _set_lop_target(session, project, indicator, data.lop_target)
    return indicator


def indicator_input(session: Session, project_code: str, code: str) -> tuple[IndicatorIn, int]:
    """An indicator as its form shows it, and the version to pass back to update_indicator."""
    project = get_project(session, project_code)
    ind = get_indicator(session, project, code)
    result_code = (
        session.scalar(select(Result.code).where(Result.id == ind.result_id)) if ind.result_id else None
    )
    lop = session.scalar(
        select(IndicatorTarget.value).where(
            IndicatorTarget.indicator_id == ind.id,
            IndicatorTarget.period == LOP_LABEL,
            IndicatorTarget.country_code.is_(None),
            IndicatorTarget.sex.is_(None),
        )
    )
    rule = parse_computation(ind.computation, ind.unit).to_json() if ind.computation else None
    data = IndicatorIn(
        code=ind.code,
        name=ind.name,
        result=result_code,
        definition=ind.definition,
        unit=str(getattr(ind.unit, "value", ind.unit)),
        direction=str(getattr(ind.direction, "value", ind.direction)),
        cumulative=bool(ind.cumulative),
        is_key=bool(ind.is_key),
        disaggregations=tuple(ind.disaggregations or ()),
        baseline=ind.baseline_value,
        baseline_date=ind.baseline_date,
        lop_target=lop,
        data_source=ind.data_source,
        means_of_verification=ind.means_of_verification,
        collection_method=ind.collection_method,
        frequency=ind.frequency,
        responsible=ind.responsible,
        rule=rule,
    )
    return data, ind.version


def update_indicator(
    session: Session,
    project_code: str,
    code: str,
    data: IndicatorIn,
    expected_version: int | None = None,
) -> Indicator:
    project = get_project(session, project_code)
    indicator = get_indicator(session, project, code)
    shown = {"code": indicator.code, "name": indicator.name}
    if expected_version is not None and indicator.version != expected_version:
        raise _indicator_refused(session, indicator, shown)
    values = _indicator_values(session, project, data)
    _check_indicator_code_free(session, project, values["code"], indicator.id)
    if values["computation"] is not None:
        reported = session.scalar(
            select(func.count())
            .select_from(IndicatorValue)
            .where(IndicatorValue.indicator_id == indicator.id)
        )
        if reported:
            raise ValidationError(
                f"rule: {indicator.code} has {reported} reported value(s); an indicator computed from the "
                "register cannot keep them (clear them first, or keep it reported)",
                "rule",
            )
    if values["result_id"] != indicator.result_id:
        siblings = session.scalars(
            select(Indicator.sort_order).where(
                Indicator.project_id == project.id,
                Indicator.result_id.is_(None)
                if values["result_id"] is None
                else Indicator.result_id == values["result_id"],
            )
        ).all()
        indicator.sort_order = (max(siblings) + 1) if siblings else 0
    for key, value in values.items():
        if getattr(indicator, key) != value:
            setattr(indicator, key, value)
    flush_edit(session, lambda: _indicator_refused(session, indicator, shown))
    _set_lop_target(session, project, indicator, data.lop_target)
    return indicator


def _indicator_refused(session: Session, indicator: Indicator, shown: dict):
    indicator_id = indicator.id
    return refused_edit(
        session,
        Indicator,
        indicator_id,
        f"the indicator {shown['code']}",
        lambda: {
            "code": session.get(Indicator, indicator_id).code,
            "name": session.get(Indicator, indicator_id).name,
        },
        shown,
    )


def delete_indicator(session: Session, project_code: str, code: str) -> str:
    """Delete an indicator and its targets; refused while officers have reported values for it."""
    project = get_project(session, project_code)
    indicator = get_indicator(session, project, code)
    reported = session.scalar(
        select(func.count()).select_from(IndicatorValue).where(IndicatorValue.indicator_id == indicator.id)
    )
    if reported:
        raise ConflictError(
            f"Indicator {indicator.code} cannot be deleted: {reported} reported value"
            f"{'s' if reported != 1 else ''} depend{'' if reported != 1 else 's'} on it. Clear them first."
        )
    others = _references(session, "indicator", indicator.id, {"indicator_target.indicator_id"})
    others.pop("indicator_value", None)
    if others:
        listed = ", ".join(f"{n} {t.replace('_', ' ')}" for t, n in others.items())
        raise ConflictError(f"Indicator {indicator.code} cannot be deleted: {listed} refer to it.")
    for target in session.scalars(
        select(IndicatorTarget).where(IndicatorTarget.indicator_id == indicator.id)
    ):
        indicator_values.ensure_unlocked(
            session, project.id, target.period_start, f"The target of {indicator.code} for {target.period}"
        )
        session.delete(target)
    deleted = indicator.code
    session.delete(indicator)
    session.flush()
    return deleted


__all__ = [
    "DISAGGREGATIONS",
    "IndicatorIn",
    "add_indicator",
    "add_result",
    "delete_indicator",
    "delete_result",
    "edit_result",
    "get_indicator",
    "get_result",
    "indicator_input",
    "move_result",
    "update_indicator",
]
