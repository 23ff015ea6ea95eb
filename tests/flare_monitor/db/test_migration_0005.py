"""Migration 0005 (form submissions on attendance) on a populated database: every row and value survives."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, text

from flare_monitor.db import migrate
from flare_monitor.db.engine import Database, make_engine
from tests.flare_monitor.db.test_migrations import PARTICIPANTS, _counts, _populate_first_revision

BEFORE = "0004"
NEW_COLUMNS = {"submission_key", "submission_hash", "participant_code"}


def _at_revision(url: str, revision: str) -> Database:
    db = Database(url, make_engine(url))
    cfg = migrate.alembic_config()
    with db.engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        conn.commit()
    return db


def _attendance(db: Database) -> list[tuple]:
    with db.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT id, participant_id, activity_id, days_attended, completed FROM attendance ORDER BY id"
            )
        )
        return [tuple(r) for r in rows]


def test_upgrade_and_downgrade_keep_every_attendance_row(new_db_url, tmp_path):
    db = _at_revision(new_db_url(), BEFORE)
    try:
        _populate_first_revision(db)  # its SQL is valid at 0004 too: no column it writes has changed
        before, rows = _counts(db), _attendance(db)
        assert before["attendance"] == PARTICIPANTS

        migrate.upgrade(db, backup_dir=tmp_path / "backups")

        after = _counts(db)
        assert {table: after[table] for table in before} == before  # later revisions may add tables
        assert _attendance(db) == rows
        columns = {c["name"] for c in inspect(db.engine).get_columns("attendance")}
        assert NEW_COLUMNS <= columns
        with db.engine.connect() as conn:
            filled = conn.execute(
                text(
                    "SELECT COUNT(*) FROM attendance WHERE submission_key IS NOT NULL "
                    "OR submission_hash IS NOT NULL OR participant_code IS NOT NULL"
                )
            ).scalar_one()
        assert filled == 0

        migrate.downgrade(db, BEFORE)
        assert _counts(db) == before
        assert _attendance(db) == rows
        assert not NEW_COLUMNS & {c["name"] for c in inspect(db.engine).get_columns("attendance")}
    finally:
        db.dispose()
