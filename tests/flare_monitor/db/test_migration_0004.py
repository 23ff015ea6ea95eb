"""Migration 0004 (exchange bases and conflicts) on a populated database: every row survives both ways."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from alembic import command
from sqlalchemy import func, inspect, select, text

from flare_monitor.db import migrate
from flare_monitor.db.engine import Database, make_engine

BEFORE = "0003"
NEW_TABLES = {"exchange_base", "exchange_conflict"}


def _at_revision(url: str, revision: str) -> Database:
    db = Database(url, make_engine(url))
    cfg = migrate.alembic_config()
    with db.engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        conn.commit()
    return db


def _populate(db: Database) -> None:
    """Rows written with the SQL of revision 0003: a project and three packages in the exchange log."""
    now = datetime(2024, 5, 1, 12, 0)
    common = {"created_at": now, "updated_at": now, "version": 1}
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO project (id, code, title, donor, start_date, end_date, currency, calendar, "
                "fiscal_year_start_month, on_track_tolerance, needs_attention_tolerance, created_at, "
                "updated_at, version) VALUES (:id, 'BRIDGE', 'Bridge', 'USDOL', :s, :e, 'USD', 'fiscal', 10, "
                "0.15, 0.35, :created_at, :updated_at, :version)"
            ),
            {"id": uuid.uuid4().hex, "s": date(2015, 12, 1), "e": date(2026, 12, 31), **common},
        )
        conn.execute(
            text(
                'INSERT INTO exchange_record (id, package_id, direction, peer_database_id, at, "user", '
                "manifest) VALUES (:id, :package, :direction, :peer, :at, 'officer', :manifest)"
            ),
            [
                {
                    "id": uuid.uuid4().hex,
                    "package": uuid.uuid4().hex,
                    "direction": d,
                    "peer": uuid.uuid4().hex,
                    "at": now,
                    "manifest": '{"counts": {"activity": 3}}',
                }
                for d in ("export", "import", "import")
            ],
        )


def _counts(db: Database) -> dict[str, int]:
    tables = [t for t in inspect(db.engine).get_table_names() if t != "alembic_version"]
    with db.engine.connect() as conn:
        return {t: conn.scalar(select(func.count()).select_from(text(t))) for t in tables}


def test_upgrade_and_downgrade_keep_every_row(new_db_url, tmp_path):
    db = _at_revision(new_db_url(), BEFORE)
    try:
        _populate(db)
        before = _counts(db)
        assert before["exchange_record"] == 3 and before["project"] == 1
        assert not NEW_TABLES & set(before)

        migrate.upgrade(db, backup_dir=tmp_path / "backups")

        after = _counts(db)
        assert {t: after[t] for t in before} == before
        assert {t: after[t] for t in NEW_TABLES} == {"exchange_base": 0, "exchange_conflict": 0}
        with db.engine.connect() as conn:
            manifests = conn.execute(text("SELECT manifest FROM exchange_record")).scalars().all()
        assert len(manifests) == 3 and all("activity" in str(m) for m in manifests)

        migrate.downgrade(db, BEFORE)
        assert _counts(db) == before
    finally:
        db.dispose()
