"""A project's risk register: add, list, edit and delete risks."""

from __future__ import annotations

from dataclasses import dataclass

from flare_monitor.actions.base import action, reading, unit_of_work
from flare_monitor.db.engine import Database
from flare_monitor.services import risks as service
from flare_monitor.services.risks import RiskIn, RiskRow

__all__ = [
    "AddRisk",
    "DeleteRisk",
    "EditRisk",
    "ListRisks",
    "RiskIn",
    "RiskRow",
    "add_risk",
    "delete_risk",
    "edit_risk",
    "list_risks",
]


@dataclass(frozen=True)
class AddRisk:
    project: str
    risk: RiskIn


@dataclass(frozen=True)
class EditRisk:
    project: str
    number: int | str  # 3 or "R3"
    changes: RiskIn
    expected_version: int | None = None  # the version the form showed: refused if changed meanwhile


@dataclass(frozen=True)
class DeleteRisk:
    project: str
    number: int | str
    expected_version: int | None = None  # the version the table showed: refused if changed meanwhile


@dataclass(frozen=True)
class ListRisks:
    project: str
    countries: tuple[str, ...] | None = None
    open_only: bool = False


@action
def add_risk(db: Database, request: AddRisk, *, user: str | None = None) -> RiskRow:
    with unit_of_work(db, user=user) as session:
        return service.add_risk(session, request.project, request.risk)


@action
def edit_risk(db: Database, request: EditRisk, *, user: str | None = None) -> RiskRow:
    with unit_of_work(db, user=user) as session:
        return service.update_risk(
            session, request.project, request.number, request.changes, request.expected_version
        )


@action
def delete_risk(db: Database, request: DeleteRisk, *, user: str | None = None) -> RiskRow:
    """Remove a risk from the register; returns it as it was. Its number is not given again."""
    with unit_of_work(db, user=user) as session:
        return service.delete_risk(session, request.project, request.number, request.expected_version)


@action
def list_risks(db: Database, request: ListRisks) -> list[RiskRow]:
    with reading(db) as session:
        return service.list_risks(session, request.project, request.countries, open_only=request.open_only)
