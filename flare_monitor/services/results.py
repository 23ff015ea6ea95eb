"""The results framework of a project as plain rows (outcomes, outputs…), parents before children."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from flare_monitor.db.models import Result, ResultLevel
from flare_monitor.indicators.engine import natural_key, project_by_code


@dataclass(frozen=True)
class ResultRow:
    id: uuid.UUID
    parent_id: uuid.UUID | None
    depth: int
    code: str
    statement: str
    level: str  # the name of the depth ("Outcome", "Output"…), "" when the project names none


def list_results(session: Session, project_code: str) -> list[ResultRow]:
    """Every result of the project, depth first: siblings by sort order then code, parents first."""
    project = project_by_code(session, project_code)
    levels: dict[int, str] = {
        depth: name
        for depth, name in session.execute(
            select(ResultLevel.depth, ResultLevel.name).where(ResultLevel.project_id == project.id)
        )
    }
    rows = session.execute(
        select(
            Result.id, Result.parent_id, Result.depth, Result.code, Result.statement, Result.sort_order
        ).where(Result.project_id == project.id)
    ).all()
    ids = {r.id for r in rows}
    children: dict[uuid.UUID | None, list] = {}
    for r in rows:
        children.setdefault(r.parent_id if r.parent_id in ids else None, []).append(r)
    ordered: list[ResultRow] = []

    def visit(parent: uuid.UUID | None) -> None:
        for r in sorted(children.get(parent, []), key=lambda r: (r.sort_order, natural_key(r.code))):
            ordered.append(
                ResultRow(r.id, r.parent_id, r.depth, r.code, r.statement, levels.get(r.depth, ""))
            )
            visit(r.id)

    visit(None)
    return ordered


__all__ = ["ResultRow", "list_results"]
