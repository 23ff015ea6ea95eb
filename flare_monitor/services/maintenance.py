"""Database status and consistency checks (the `status` and `check` commands, Settings page)."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError

from flare_monitor import paths
from flare_monitor.db import audit_chain, migrate, roles
from flare_monitor.db.engine import Database
from flare_monitor.db.errors import DamagedDatabase, is_damage
from flare_monitor.db.models import Base, Indicator, IndicatorTarget, IndicatorValue
from flare_monitor.errors import UserError
from flare_monitor.i18n import Message, _
from flare_monitor.indicators.computation import parse_computation

SERVER_BACKUPS = _(
    "Backups of a server database are the server's business (ask the IT person who runs it); "
    "`flare-monitor dump FILE.json` still writes a copy of the data."
)
SERVER_BACKUPS_SHORT = _("made on the server by the person who runs it (`flare-monitor dump` still works)")


def damaged_message(location: str) -> Message:
    """What `check` says of a file SQLite cannot read: one line, the way out."""
    return _(
        "The database {location} is damaged (SQLite cannot read all of it). Restore a backup: "
        "`flare-monitor backups list`, then `flare-monitor restore FILE`.",
        location=location,
    )


@dataclass
class DatabaseStatus:
    location: str
    backend: str
    revision: str | None
    head: str
    counts: dict[str, int] = field(default_factory=dict)
    backups: str = ""  # the backups folder, or where a server database's backups are made

    def as_json(self) -> dict:
        return {
            "database": self.location,
            "backend": self.backend,
            "backups": self.backups,
            "schema_revision": self.revision,
            "schema_head": self.head,
            "up_to_date": self.revision == self.head,
            "counts": self.counts,
        }


def database_status(db: Database) -> DatabaseStatus:
    with db.session(audit=False) as session:
        tables = Base.metadata.sorted_tables
        if db.is_server:  # a team login counts what it may read (the rows of its countries, for some)
            readable = roles.readable_tables(session.connection(), (t.name for t in tables))
            tables = [t for t in tables if t.name in readable]
        counts = {t.name: int(session.scalar(select(func.count()).select_from(t))) for t in tables}
    return DatabaseStatus(
        location=db.display_location(),
        backend=db.engine.dialect.name,
        revision=migrate.current_revision(db),
        head=migrate.head_revision(),
        counts=dict(sorted(counts.items())),
        backups=SERVER_BACKUPS_SHORT if db.is_server else str(paths.backups_dir()),
    )


def check_database(db: Database) -> list[str]:
    """Problems found in the database; an empty list means it is sound."""
    problems: list[str] = []
    revision = migrate.current_revision(db)
    if revision != migrate.head_revision():
        problems.append(f"schema revision is {revision}, expected {migrate.head_revision()}")
    if db.is_sqlite:
        with db.engine.connect() as conn:
            try:
                integrity = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
            except DBAPIError as exc:
                if not is_damage(exc):
                    raise
                # So damaged that SQLite's own check stops: nothing else can be checked either.
                raise DamagedDatabase(damaged_message(db.display_location())) from None
            if integrity != ["ok"]:
                problems.extend(f"integrity: {line}" for line in integrity[:20])
            for table, rowid, parent, _fk in conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()[:20]:
                problems.append(f"broken reference: {table} row {rowid} points to a missing {parent}")
    # Unique constraints do not catch duplicates whose country or sex is NULL (NULLs are distinct in SQL).
    with db.session(audit=False) as session:
        # An officer or viewer sees only part of the audit trail: only a login that sees it all can
        # walk its chain (the owner's, M&E's or an administrator's).
        if not db.is_server or roles.reads_whole_audit_trail(session.connection()):
            chain = audit_chain.verify(session)
            if chain.problem:
                problems.append(chain.problem)
        rules = select(Indicator.code, Indicator.unit, Indicator.computation).where(
            Indicator.computation.is_not(None)
        )
        for code, unit, rule in session.execute(rules):
            if rule is None:  # JSON null
                continue
            try:
                parse_computation(rule, unit)
            except UserError as exc:
                problems.append(f"indicator {code}: {exc}")
        for model in (IndicatorTarget, IndicatorValue):
            keys = (model.indicator_id, model.period, model.country_code, model.sex)
            duplicates = session.execute(
                select(*keys, func.count()).group_by(*keys).having(func.count() > 1)
            ).all()
            for row in duplicates:
                problems.append(
                    f"{model.__tablename__}: {row[-1]} rows for indicator {row[0]} period {row[1]} "
                    f"country {row[2] or 'all'} sex {row[3] or 'all'}"
                )
    return problems
