"""Sending packages between test databases and comparing what they hold."""

from __future__ import annotations

import itertools
import uuid
from pathlib import Path

from sqlalchemy import select

from flare_monitor.db.engine import Database
from flare_monitor.db.models import Base, Participant
from flare_monitor.exchange import service, views
from flare_monitor.indicators.engine import compute_indicators
from flare_monitor.services.attendance import AttendanceIn, add_attendance
from flare_monitor.services.participants import ParticipantIn, add_participant

_numbers = itertools.count(1)


def send(
    source: Database,
    target: Database,
    folder: Path,
    project: str = "BRIDGE",
    country: str | None = "PK",
    **options,
) -> service.ImportSummary:
    """Export from `source`, import into `target`; returns the import's summary."""
    path = folder / f"package-{next(_numbers)}.flarepkg"
    with source.session() as session:
        service.export_package(session, path, project, country, **options)
    return service.import_package(target, path, backup_folder=folder / "backups")


def export(
    source: Database, folder: Path, project: str = "BRIDGE", country: str | None = "PK", **options
) -> Path:
    path = folder / f"package-{next(_numbers)}.flarepkg"
    with source.session() as session:
        service.export_package(session, path, project, country, **options)
    return path


def snapshot(db: Database) -> dict[str, list]:
    """Every row of every table, bookkeeping included: equal snapshots, nothing changed."""
    with db.engine.connect() as conn:
        return {
            table.name: [
                tuple(row) for row in conn.execute(select(table).order_by(*table.primary_key.columns))
            ]
            for table in Base.metadata.sorted_tables
        }


def shared_content(db: Database, project: str = "BRIDGE", country: str | None = "PK") -> dict[str, dict]:
    """The exchanged records of a project/country without bookkeeping and personal fields, by id."""
    from flare_monitor.exchange.selection import select_records
    from flare_monitor.services.common import project_by_code

    with db.session() as session:
        records = select_records(session, project_by_code(session, project), country)
    return {
        name: {row["id"]: {k: row[k] for k in views.shared_fields(name)} for row in rows}
        for name, rows in records.items()
    }


def figures(db: Database, project: str, period: str, country: str | None) -> list[dict]:
    with db.session() as session:
        return [f.as_json() for f in compute_indicators(session, project, period, country=country).figures]


def person(db: Database, name: str, sex: str, country: str = "PK", **fields) -> uuid.UUID:
    with db.session() as session:
        return add_participant(session, ParticipantIn(full_name=name, sex=sex, country=country, **fields)).id


def attend(db: Database, activity_code: str, participant_id: uuid.UUID, **fields) -> None:
    with db.session() as session:
        add_attendance(session, activity_code, participant_id, AttendanceIn(**fields))


def participant(db: Database, participant_id: uuid.UUID) -> Participant:
    with db.session() as session:
        return session.get(Participant, participant_id)


def pending(db: Database) -> list:
    with db.session() as session:
        return service.pending_conflicts(session)
