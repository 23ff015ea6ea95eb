"""Bring a database to the schema of this version of the app, safely.

Older database: verified backup, upgrade, foreign-key check; on any failure the backup is written
back. On a PostgreSQL server there is no file to back up (the server's backups are its business): the
whole upgrade is one transaction, so a failure changes nothing, and an advisory lock lets only one app
migrate at a time. Newer database (written by a later version): refused, nothing written.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from flare_monitor import paths
from flare_monitor.db.backup import backup_sqlite, restore_sqlite, timestamped_name
from flare_monitor.db.engine import (
    Database,
    connection_problem,
    is_server_url,
    make_engine,
    resolve_database_url,
    sqlite_file,
)
from flare_monitor.db.location import refuse_unsafe_location
from flare_monitor.errors import DatabaseTooNewError, EnvironmentProblem, UserError

log = logging.getLogger(__name__)

# Two apps of a new version starting at once on one server database: only one migrates, the other waits
# for it and then finds the schema up to date (a transaction-scoped advisory lock, any 64-bit key).
_MIGRATION_LOCK_KEY = 0x464C415245  # "FLARE"


def alembic_config(url: str | None = None) -> Config:
    cfg = Config()
    # Shipped as plain files (Alembic reads env.py and versions/*.py from disk), also in the frozen build.
    cfg.set_main_option("script_location", str(paths.resource_path("migrations")))
    if url:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    return script_directory().get_current_head()


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


@dataclass
class MigrationOutcome:
    from_revision: str | None
    to_revision: str
    backup: Path | None = None

    @property
    def changed(self) -> bool:
        return self.from_revision != self.to_revision


def _user_tables(db: Database) -> list[str]:
    return [t for t in inspect(db.engine).get_table_names() if t != "alembic_version"]


def check_revision(db: Database) -> str | None:
    """The database's revision, after refusing one this app cannot read."""
    current = current_revision(db)
    if current is not None and not is_known_revision(current):
        raise DatabaseTooNewError(
            f"The database {db.display_location()} was written by a newer version of FLARE Monitor "
            f"(schema {current}). Install the newer version to open it; nothing was changed."
        )
    if current is None and _user_tables(db):
        raise UserError(
            f"{db.display_location()} holds tables but is not a FLARE Monitor database; nothing was changed."
        )
    return current


def is_known_revision(revision: str) -> bool:
    """True when this version of the app knows the schema revision (False for a newer database)."""
    try:
        return script_directory().get_revision(revision) is not None
    except Exception:  # alembic raises for unknown revision ids
        return False


def upgrade(db: Database, backup_dir: Path | None = None) -> MigrationOutcome:
    """Upgrade `db` to head; back up first when it holds data, and restore the backup on failure."""
    current = check_revision(db)
    head = head_revision()
    outcome = MigrationOutcome(current, head)
    if current == head:
        return outcome
    if current is not None and db.file is not None and db.file.exists():
        if not (os.access(db.file, os.W_OK) and os.access(db.file.parent, os.W_OK)):
            raise EnvironmentProblem(
                f"The database {db.file} needs updating for this version of FLARE Monitor, but it or its "
                "folder is read-only. Copy it to a folder you can write to, or open it with the version "
                "that wrote it. Nothing was changed."
            )
        target = (backup_dir or paths.backups_dir()) / timestamped_name(db.file, f"before-{head}")
        outcome.backup = backup_sqlite(db.file, target)
        log.info("Backed up %s to %s before migrating", db.file, target)
    try:
        _run_upgrade(db)
    except Exception as exc:
        db.engine.dispose()
        if db.is_server:
            raise _server_migration_problem(db, current, head, exc) from exc
        if outcome.backup is not None:
            try:
                restore_sqlite(outcome.backup, db.file)
            except Exception as restore_exc:
                log.exception("Migration failed and so did the restore of %s", outcome.backup)
                raise UserError(
                    f"Updating the database failed ({exc}) and it could not be restored automatically: "
                    f"your data is safe in {outcome.backup}; restore it with `flare-monitor restore`."
                ) from restore_exc
            log.exception("Migration failed; restored %s", outcome.backup)
            raise UserError(
                f"Updating the database failed and it was restored from {outcome.backup}: {exc}"
            ) from exc
        raise
    log.info("Migrated %s from %s to %s", db.display_location(), current, head)
    if db.is_server and current is not None:
        refresh_team_rules(db)
    return outcome


def refresh_team_rules(db: Database) -> list[str]:
    """After an upgrade of a team database: the access rules cover the new schema too (new tables get
    their grants and policies); nothing to do on a database never set up for a team."""
    from flare_monitor.db import roles

    try:
        with db.engine.begin() as conn:
            if not roles.is_applied(conn):
                return []
            changes = roles.apply(conn)
    except Exception as exc:
        log.exception("Bringing the team's access rules up to date failed")
        raise UserError(
            f"The database {db.display_location()} was upgraded, but its team access rules could not be "
            "brought up to date: run `flare-monitor server roles --apply` with the owner's account."
        ) from exc
    for line in changes:
        log.info("team access rules after the upgrade: %s", line)
    return changes


def _server_migration_problem(db: Database, current: str | None, head: str, exc: Exception) -> UserError:
    """A failed migration on a server changed nothing: PostgreSQL rolls the whole upgrade back."""
    log.exception("Migration of %s from %s to %s failed", db.display_location(), current, head)
    reason = " ".join(str(getattr(exc, "orig", None) or exc).split())
    if "permission denied" in reason.lower() or "must be owner" in reason.lower():
        return UserError(
            f"The database {db.display_location()} needs updating to this version of FLARE Monitor "
            f"(schema {current or 'none'} → {head}), but this user may not change its tables. Ask the IT "
            "person to start FLARE Monitor once with the database owner's account. Nothing was changed."
        )
    return UserError(f"Updating the database {db.display_location()} failed; nothing was changed: {reason}")


def _run_upgrade(db: Database) -> None:
    cfg = alembic_config()
    with db.engine.connect() as conn:
        if db.is_server:
            # Held until the commit below; a second app waits here, then Alembic sees the new revision.
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK_KEY})
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        conn.commit()
        if db.is_sqlite:
            problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
            if problems:
                raise UserError(f"The migrated database has {len(problems)} broken references.")


def downgrade(db: Database, revision: str) -> None:
    """For tests and support: step the schema back to `revision`."""
    cfg = alembic_config()
    with db.engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)
        conn.commit()


def open_database(
    db_arg: str | None = None, *, migrate: bool = True, backup_dir: Path | None = None
) -> Database:
    """Open the database named by `--db` (or the default) and bring it to the current schema."""
    url = resolve_database_url(db_arg)
    file = sqlite_file(url)
    if file is not None:
        refuse_unsafe_location(str(file))
    db = Database(url, make_engine(url))
    try:
        with db.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:
        db.dispose()
        if is_server_url(url):
            raise connection_problem(url, exc) from exc
        raise UserError(
            f"Cannot open the database {db.display_location()}: {exc.__class__.__name__}: "
            f"{str(exc).splitlines()[0]}"
        ) from exc
    if migrate:
        try:
            upgrade(db, backup_dir)
        except BaseException:
            db.dispose()
            raise
    return db
