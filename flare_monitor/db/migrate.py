"""Bring a database to the schema of this version of the app, safely.

Older database: verified backup, upgrade, foreign-key check; on any failure the backup is written
back. On a PostgreSQL server there is no file to back up (the server's backups are its business): the
whole upgrade is one transaction, so a failure changes nothing, and an advisory lock lets only one app
migrate at a time. Newer database (written by a later version): refused, nothing written.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect, text

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
from flare_monitor.db.errors import classify
from flare_monitor.db.location import refuse_unsafe_location
from flare_monitor.errors import DatabaseTooNewError, EnvironmentProblem, UserError
from flare_monitor.i18n import _, ngettext

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
            _(
                "The database {display_location} was written by a newer version of FLARE Monitor "
                "(schema {current}). Install the newer version to open it; nothing was changed.",
                display_location=db.display_location(),
                current=current,
            )
        )
    if current is None and _user_tables(db):
        raise UserError(
            _(
                "{display_location} holds tables but is not a FLARE Monitor database; nothing was changed.",
                display_location=db.display_location(),
            )
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
                _(
                    "The database {file} needs updating for this version of FLARE Monitor, but it or "
                    "its folder is read-only. Copy it to a folder you can write to, or open it with "
                    "the version that wrote it. Nothing was changed.",
                    file=db.file,
                )
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
                    _(
                        "Updating the database failed ({error}) and it could not be restored "
                        "automatically: your data is safe in {backup}; restore it with `flare-monitor "
                        "restore`.",
                        error=exc,
                        backup=outcome.backup,
                    )
                ) from restore_exc
            log.exception("Migration failed; restored %s", outcome.backup)
            reason = (str(getattr(exc, "orig", None) or exc).splitlines() or [type(exc).__name__])[0]
            raise UserError(
                _(
                    "Updating the database failed and it was restored from {backup}: {reason}",
                    backup=outcome.backup,
                    reason=reason,
                )
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
            _(
                "The database {location} was upgraded, but its team access rules could not be brought up to "
                "date: run `flare-monitor server roles --apply` with the owner's account.",
                location=db.display_location(),
            )
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
            _(
                "The database {display_location} needs updating to this version of FLARE Monitor "
                "(schema {current} → {head}), but this user may not change its tables. Ask the "
                "IT person to start FLARE Monitor once with the database owner's account. "
                "Nothing was changed.",
                display_location=db.display_location(),
                current=current or "none",
                head=head,
            )
        )
    return UserError(
        _(
            "Updating the database {display_location} failed; nothing was changed: {reason}",
            display_location=db.display_location(),
            reason=reason,
        )
    )


def _run_upgrade(db: Database) -> None:
    cfg = alembic_config()
    with db.engine.connect() as conn:
        if db.is_server:
            # Held until the commit below; a second app waits here, then Alembic sees the new revision.
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK_KEY})
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            conn.commit()
            return
        with _one_sqlite_transaction(conn):
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            # Inside the transaction: broken references roll the whole upgrade back.
            problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise UserError(
                    ngettext(
                        "The migrated database has {count} broken reference.",
                        "The migrated database has {count} broken references.",
                        len(problems),
                    )
                )


@contextmanager
def _one_sqlite_transaction(conn: Connection) -> Iterator[None]:
    """Every statement of every migration and the version stamp in ONE SQLite transaction.

    Python's sqlite3 driver opens a transaction only before INSERT/UPDATE/DELETE, so Alembic's CREATE,
    ALTER and DROP statements each committed on their own: a process killed between two of them left a
    schema no revision describes. Here the driver opens none itself and BEGIN IMMEDIATE holds them all;
    a kill, a failure or a broken reference rolls everything back (from the journal after a crash), for
    every migration, present and future. Foreign keys are switched off before BEGIN (inside a
    transaction the pragma does nothing) and back on after.
    """
    raw = conn.connection.driver_connection
    conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
    conn.commit()
    previous = raw.isolation_level
    raw.isolation_level = None  # the driver begins nothing on its own; BEGIN below is the only one
    try:
        conn.exec_driver_sql("BEGIN IMMEDIATE")
        try:
            yield
            conn.commit()
        except BaseException:
            conn.rollback()
            raise
    finally:
        if raw.in_transaction:  # cannot happen after commit or rollback; never leave one open
            raw.rollback()
        raw.isolation_level = previous
        conn.exec_driver_sql("PRAGMA foreign_keys=ON")
        conn.commit()


def downgrade(db: Database, revision: str) -> None:
    """For tests and support: step the schema back to `revision`."""
    cfg = alembic_config()
    with db.engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)
        conn.commit()


def unopened_database(db_arg: str | None = None) -> Database:
    """The database named by `--db` (or the default) without reading or migrating it: `restore` must
    work on a file in any state (half migrated, damaged, empty, missing)."""
    url = resolve_database_url(db_arg)
    file = sqlite_file(url)
    if file is not None:
        refuse_unsafe_location(str(file))
    return Database(url, make_engine(url))


def open_database(
    db_arg: str | None = None, *, migrate: bool = True, backup_dir: Path | None = None
) -> Database:
    """Open the database named by `--db` (or the default) and bring it to the current schema."""
    db = unopened_database(db_arg)
    url = db.url
    try:
        with db.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:
        db.dispose()
        if is_server_url(url):
            raise connection_problem(url, exc) from exc
        problem = classify(exc)
        if problem is not None:  # busy, damaged, not accessible: the one line every command shows
            raise problem from None
        raise UserError(
            _(
                "Cannot open the database {display_location}: {name}: {splitlines}",
                display_location=db.display_location(),
                name=exc.__class__.__name__,
                splitlines=str(exc).splitlines()[0],
            )
        ) from exc
    if migrate:
        try:
            upgrade(db, backup_dir)
        except BaseException:
            db.dispose()
            raise
    return db
