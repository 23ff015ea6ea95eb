"""Migration 0006 (evidence tables) on a populated database: every row survives both ways, and
the new tables take evidence at once."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from alembic import command
from sqlalchemy import func, inspect, select, text

from flare_monitor.db import migrate
from flare_monitor.db.engine import Database, make_engine

BEFORE = "0005"
NEW_TABLES = {"evidence", "evidence_blob", "evidence_chunk"}


def _at_revision(url: str, revision: str) -> Database:
    db = Database(url, make_engine(url))
    cfg = migrate.alembic_config()
    with db.engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        conn.commit()
    return db


def _populate(db: Database) -> uuid.UUID:
    """Rows written with the SQL of revision 0005: a project, an activity and a narrative."""
    now = datetime(2024, 5, 1, 12, 0)
    common = {"created_at": now, "updated_at": now, "version": 1}
    project, activity = uuid.uuid4(), uuid.uuid4()
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO country (code, alpha3, name) VALUES ('PK', 'PAK', 'Pakistan')"))
        conn.execute(
            text(
                "INSERT INTO project (id, code, title, donor, start_date, end_date, currency, calendar, "
                "fiscal_year_start_month, on_track_tolerance, needs_attention_tolerance, created_at, "
                "updated_at, version) VALUES (:id, 'BRIDGE', 'Bridge', 'USDOL', :s, :e, 'USD', 'fiscal', 10, "
                "0.15, 0.35, :created_at, :updated_at, :version)"
            ),
            {"id": project.hex, "s": date(2015, 12, 1), "e": date(2026, 12, 31), **common},
        )
        conn.execute(
            text(
                "INSERT INTO activity (id, project_id, country_code, code, title, type, status, planned_start, "
                "planned_end, created_at, updated_at, version) VALUES (:id, :project, 'PK', 'T-1', 'Training', "
                "'training', 'completed', :d, :d, :created_at, :updated_at, :version)"
            ),
            {"id": activity.hex, "project": project.hex, "d": date(2024, 4, 16), **common},
        )
        conn.execute(
            text(
                "INSERT INTO narrative (id, project_id, country_code, period, period_start, period_end, section, "
                "text, created_at, updated_at, version) VALUES (:id, :project, 'PK', 'FY2024-Q3', :s, :e, "
                "'highlights', 'A story', :created_at, :updated_at, :version)"
            ),
            {
                "id": uuid.uuid4().hex,
                "project": project.hex,
                "s": date(2024, 4, 1),
                "e": date(2024, 6, 30),
                **common,
            },
        )
    return activity


def _counts(db: Database) -> dict[str, int]:
    tables = [t for t in inspect(db.engine).get_table_names() if t != "alembic_version"]
    with db.engine.connect() as conn:
        return {t: conn.scalar(select(func.count()).select_from(text(t))) for t in tables}


def test_upgrade_and_downgrade_keep_every_row(new_db_url, tmp_path):
    db = _at_revision(new_db_url(), BEFORE)
    try:
        _populate(db)
        before = _counts(db)
        assert (before["project"], before["activity"], before["narrative"]) == (1, 1, 1)
        assert not NEW_TABLES & set(before)

        migrate.upgrade(db, backup_dir=tmp_path / "backups")

        after = _counts(db)
        assert {t: after[t] for t in before} == before
        assert {t: after[t] for t in NEW_TABLES} == dict.fromkeys(NEW_TABLES, 0)

        from flare_monitor.services.evidence import NewEvidence, Target, add_evidence

        with db.session() as session:
            added = add_evidence(
                session, Target(activity="T-1"), NewEvidence("notes.txt", b"Signed by 40 officers")
            )
        assert not added.duplicate and added.row.label == "activity T-1"
        assert {t: _counts(db)[t] for t in NEW_TABLES} == {
            "evidence": 1,
            "evidence_blob": 1,
            "evidence_chunk": 1,
        }

        with db.engine.begin() as conn:  # the downgrade drops the new tables: empty them as a user would
            for table in ("evidence", "evidence_chunk", "evidence_blob"):
                conn.execute(text(f"DELETE FROM {table}"))
        migrate.downgrade(db, BEFORE)
        # The audit trail keeps the entry of the attachment made above; every other table is as before.
        assert {t: v for t, v in _counts(db).items() if t != "audit_entry"} == {
            t: v for t, v in before.items() if t != "audit_entry"
        }
    finally:
        db.dispose()
