"""Migration 0011 (team tables, audit chain) on a populated database: every row survives, the
entries already written are chained as the app chains new ones, and the app goes on after them."""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime, timedelta

from alembic import command
from sqlalchemy import func, inspect, select, text

from flare_monitor.db import audit_chain, migrate
from flare_monitor.db.engine import Database, make_engine
from flare_monitor.db.models import AuditEntry
from flare_monitor.services.maintenance import check_database

BEFORE = "0010"
NEW_TABLES = {"team_user", "team_user_country", "audit_head"}
ENTRIES = 2500  # more than one batch of the migration's backfill


def _at_revision(url: str, revision: str) -> Database:
    db = Database(url, make_engine(url))
    cfg = migrate.alembic_config()
    with db.engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        conn.commit()
    return db


def _populate(db: Database) -> None:
    """Rows written with the SQL of revision 0009: a project and an audit trail (some entries at the same
    second, values of every JSON kind, a comment in Cyrillic)."""
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
                'INSERT INTO audit_entry (id, at, "user", entity, entity_id, action, changes, comment) '
                "VALUES (:id, :at, :user, 'activity', :eid, :action, :changes, :comment)"
            ),
            [
                {
                    "id": uuid.uuid4().hex,
                    "at": now + timedelta(seconds=i // 3, microseconds=(i * 7) % 5),
                    "user": "amina" if i % 2 else "bilal",
                    "eid": str(uuid.uuid4()),
                    "action": "update" if i % 5 else "create",
                    "changes": json.dumps(
                        {"venue": [None, f"Quetta {i}"], "days": [1.5, 2], "ok": [True, None]}
                    ),
                    "comment": "Создано" if i == 7 else None,
                }
                for i in range(ENTRIES)
            ],
        )


def _counts(db: Database) -> dict[str, int]:
    tables = [t for t in inspect(db.engine).get_table_names() if t != "alembic_version"]
    with db.engine.connect() as conn:
        return {t: conn.scalar(select(func.count()).select_from(text(t))) for t in tables}


def test_upgrade_chains_the_existing_trail_and_keeps_every_row(new_db_url, tmp_path):
    db = _at_revision(new_db_url(), BEFORE)
    try:
        _populate(db)
        before = _counts(db)
        assert before["audit_entry"] == ENTRIES and not NEW_TABLES & set(before)

        migrate.upgrade(db, backup_dir=tmp_path / "backups")

        after = _counts(db)
        assert {t: after[t] for t in before} == before
        assert {t: after[t] for t in NEW_TABLES} == {"team_user": 0, "team_user_country": 0, "audit_head": 1}
        with db.session(audit=False) as session:
            assert audit_chain.verify(session) == audit_chain.ChainReport(ENTRIES)
            order = session.execute(select(AuditEntry.at, AuditEntry.id).order_by(AuditEntry.seq)).all()
            assert order == sorted(order)  # oldest first
        assert check_database(db) == []

        # The app's own entries follow the migrated ones.
        with db.session(user="amina") as session:
            from flare_monitor.db.audit_hook import add_entry
            from flare_monitor.db.enums import AuditAction

            add_entry(session, AuditAction.EXPORT, "report", None, {"file": "r.pdf"})
        with db.session(audit=False) as session:
            assert audit_chain.verify(session) == audit_chain.ChainReport(ENTRIES + 1)
    finally:
        db.dispose()


def test_downgrade_keeps_every_row(new_db_url, tmp_path):
    db = _at_revision(new_db_url(), BEFORE)
    try:
        _populate(db)
        before = _counts(db)
        migrate.upgrade(db, backup_dir=tmp_path / "backups")
        migrate.downgrade(db, BEFORE)
        assert _counts(db) == before
        with db.engine.connect() as conn:
            columns = {c["name"] for c in inspect(conn).get_columns("audit_entry")}
        assert not {"seq", "prev_hash", "hash"} & columns
    finally:
        db.dispose()
