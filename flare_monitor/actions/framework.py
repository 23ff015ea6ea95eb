"""The results framework editor and the indicator form: results added, edited, moved and deleted;
indicators with their reference sheet and counting rule, and the live preview of what a rule counts
(`result add|edit|move|delete`, `indicator add|edit|delete|show`)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from flare_monitor.actions.base import action, reading, unit_of_work
from flare_monitor.db.engine import Database
from flare_monitor.db.lookups import project_by_code
from flare_monitor.errors import ValidationError
from flare_monitor.indicators.actuals import computed_actual
from flare_monitor.indicators.computation import parse_computation
from flare_monitor.indicators.engine import check_country, project_period
from flare_monitor.indicators.rule_words import describe_rule
from flare_monitor.services import framework, project_setup
from flare_monitor.services.framework import IndicatorIn
from flare_monitor.services.project_setup import IndicatorSheet, ResultNode

__all__ = [
    "AddResult",
    "DeleteIndicator",
    "DeleteResult",
    "EditIndicator",
    "EditResult",
    "FrameworkView",
    "IndicatorForm",
    "IndicatorIn",
    "IndicatorSheet",
    "MoveResult",
    "RulePreview",
    "RuleQuery",
    "SaveIndicator",
    "add_result",
    "delete_indicator",
    "delete_result",
    "edit_indicator",
    "edit_result",
    "framework_view",
    "indicator_form",
    "indicator_sheet",
    "move_result",
    "preview_rule",
    "save_indicator",
]

TOP = ""  # `MoveResult.parent` for the top of the tree


@dataclass(frozen=True)
class AddResult:
    project: str
    code: str
    statement: str
    parent: str | None = None


@dataclass(frozen=True)
class EditResult:
    project: str
    code: str
    new_code: str | None = None
    statement: str | None = None
    version: int | None = None


@dataclass(frozen=True)
class MoveResult:
    """`step` -1 up or +1 down among its siblings; `parent` a result code, TOP for the top of the tree,
    None to stay under the same parent."""

    project: str
    code: str
    step: int = 0
    parent: str | None = None


@dataclass(frozen=True)
class DeleteResult:
    project: str
    code: str


@dataclass(frozen=True)
class FrameworkView:
    """A project's framework as the editor shows it: level names, the tree and the indicators."""

    project: str
    levels: tuple[str, ...]
    results: tuple[ResultNode, ...]
    indicators: tuple[IndicatorSheet, ...]
    countries: tuple[str, ...]

    def flat_results(self) -> list[ResultNode]:
        out: list[ResultNode] = []

        def visit(nodes) -> None:
            for node in nodes:
                out.append(node)
                visit(node.children)

        visit(self.results)
        return out


@action
def framework_view(db: Database, project: str) -> FrameworkView:
    with reading(db) as session:
        detail = project_setup.project_detail(session, project)
    return FrameworkView(
        detail.code, detail.levels, detail.results, detail.indicators, tuple(c.code for c in detail.countries)
    )


@action
def add_result(db: Database, request: AddResult, *, user: str | None = None) -> str:
    with unit_of_work(db, user=user) as session:
        return framework.add_result(
            session, request.project, request.code, request.statement, request.parent
        ).code


@action
def edit_result(db: Database, request: EditResult, *, user: str | None = None) -> str:
    with unit_of_work(db, user=user) as session:
        result = framework.edit_result(
            session,
            request.project,
            request.code,
            new_code=request.new_code,
            statement=request.statement,
            expected_version=request.version,
        )
        return result.code


@action
def move_result(db: Database, request: MoveResult, *, user: str | None = None) -> str:
    if not request.step and request.parent is None:
        raise ValidationError("Say where to move the result: up, down, or under which parent", "position")
    options: dict[str, Any] = {"step": request.step}
    if request.parent is not None:
        options["parent"] = request.parent or None
    with unit_of_work(db, user=user) as session:
        return framework.move_result(session, request.project, request.code, **options).code


@action
def delete_result(db: Database, request: DeleteResult, *, user: str | None = None) -> str:
    with unit_of_work(db, user=user) as session:
        return framework.delete_result(session, request.project, request.code)


# ---------------------------------------------------------------- indicators


@dataclass(frozen=True)
class SaveIndicator:
    """A new indicator (`code` None) or an edit of indicator `code` as the form showed it (`version`)."""

    project: str
    data: IndicatorIn
    code: str | None = None
    version: int | None = None


@dataclass(frozen=True)
class EditIndicator:
    """The command line's edit: only the options given (`changes`), and rule options merged into the
    rule the indicator has (`rule_changes`), unless `rule` replaces it (`reported` makes it reported)."""

    project: str
    code: str
    changes: dict[str, Any] = dataclasses.field(default_factory=dict)
    rule_changes: dict[str, Any] = dataclasses.field(default_factory=dict)
    reported: bool = False


@dataclass(frozen=True)
class DeleteIndicator:
    project: str
    code: str


@dataclass(frozen=True)
class IndicatorForm:
    data: IndicatorIn
    version: int


@action
def save_indicator(db: Database, request: SaveIndicator, *, user: str | None = None) -> str:
    with unit_of_work(db, user=user) as session:
        if request.code is None:
            return framework.add_indicator(session, request.project, request.data).code
        return framework.update_indicator(
            session, request.project, request.code, request.data, request.version
        ).code


@action
def indicator_form(db: Database, request: DeleteIndicator) -> IndicatorForm:
    """The indicator `request.code` of `request.project` as its form shows it."""
    with reading(db) as session:
        data, version = framework.indicator_input(session, request.project, request.code)
    return IndicatorForm(data, version)


@action
def edit_indicator(db: Database, request: EditIndicator, *, user: str | None = None) -> str:
    with unit_of_work(db, user=user) as session:
        data, _version = framework.indicator_input(session, request.project, request.code)
        rule = data.rule
        if request.reported:
            rule = None
        elif "kind" in request.rule_changes:
            rule = {k: v for k, v in request.rule_changes.items() if v is not None}
        elif request.rule_changes:
            if rule is None:
                raise ValidationError(
                    f"{request.code} is reported: give --count to compute it from the register", "rule"
                )
            rule = dict(rule)
            for key, value in request.rule_changes.items():
                if value is None:
                    rule.pop(key, None)
                else:
                    rule[key] = value
        data = dataclasses.replace(data, **request.changes, rule=rule)
        return framework.update_indicator(session, request.project, request.code, data).code


@action
def delete_indicator(db: Database, request: DeleteIndicator, *, user: str | None = None) -> str:
    with unit_of_work(db, user=user) as session:
        return framework.delete_indicator(session, request.project, request.code)


@action
def indicator_sheet(db: Database, request: DeleteIndicator) -> IndicatorSheet:
    """One indicator's reference sheet, rule (and its words) and targets."""
    with reading(db) as session:
        detail = project_setup.project_detail(session, request.project)
    for sheet in detail.indicators:
        if sheet.code == request.code.strip():
            return sheet
    from flare_monitor.errors import NotFoundError

    raise NotFoundError(f"{detail.code} has no indicator '{request.code}'")


# ---------------------------------------------------------------- the rule's live preview


@dataclass(frozen=True)
class RuleQuery:
    project: str
    period: str
    rule: dict[str, Any]
    unit: str = "number"
    country: str | None = None
    language: str = "en"


@dataclass(frozen=True)
class RulePreview:
    """What a rule gives for one period, from the same engine as the report, and the rule in words."""

    period: str
    value: float | None
    by_sex: dict[str, float | None] | None
    words: str
    numerator: float | None = None
    denominator: float | None = None


@action
def preview_rule(db: Database, query: RuleQuery) -> RulePreview:
    computation = parse_computation(query.rule, query.unit)
    with reading(db) as session:
        project = project_by_code(session, query.project)
        period = project_period(project, query.period)
        country = check_country(session, project, query.country)
        actual = computed_actual(session, project.id, computation, period.start, period.end, country)
    return RulePreview(
        period.label,
        actual.value,
        actual.by_sex,
        describe_rule(computation, query.language),
        actual.numerator,
        actual.denominator,
    )
