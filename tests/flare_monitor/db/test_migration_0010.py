"""Migration 0010 (submissions, submitted figures, distinct pairs) on a populated database: every row
survives both ways, the values keep their figures, explanations and data sources."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from alembic import command
from sqlalchemy import func, inspect, select, text

from flare_monitor.db import migrate
from flare_monitor.db.engine import Database, make_engine

BEFORE = "0009"
NEW_TABLES = {"period_status", "period_figure", "participant_distinct"}


def _at_revision(url: str, revision: str) -> Database:
    db = Database(url, make_engine(url))
    cfg = migrate.alembic_config()
    with db.engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        conn.commit()
    return db


def _populate(db: Database) -> None:
    """Rows written with the SQL of revision 0009: a project, an indicator, two values and a lock."""
    now = datetime(2024, 5, 1, 12, 0)
    common = {"created_at": now, "updated_at": now, "version": 1}
    project, indicator = uuid.uuid4().hex, uuid.uuid4().hex
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO project (id, code, title, donor, start_date, end_date, currency, calendar, "
                "fiscal_year_start_month, on_track_tolerance, needs_attention_tolerance, created_at, "
                "updated_at, version) VALUES (:id, 'BRIDGE', 'Bridge', 'USDOL', :s, :e, 'USD', 'fiscal', 10, "
                "0.15, 0.35, :created_at, :updated_at, :version)"
            ),
            {"id": project, "s": date(2015, 12, 1), "e": date(2026, 12, 31), **common},
        )
        conn.execute(
            text(
                "INSERT INTO indicator (id, project_id, code, name, unit, direction, cumulative, disaggregations, "
                "is_key, sort_order, created_at, updated_at, version) VALUES (:id, :p, '1.1', 'Plans', 'number', "
                "'increase', FALSE, '[\"sex\"]', FALSE, 0, :created_at, :updated_at, :version)"
            ),
            {"id": indicator, "p": project, **common},
        )
        conn.execute(
            text(
                "INSERT INTO indicator_value (id, indicator_id, value, status, period, period_start, period_end, "
                "comment, explanation, data_source, created_at, updated_at, version) VALUES (:id, :i, :v, "
                "'approved', 'FY2024-Q3', :s, :e, :c, :x, :d, :created_at, :updated_at, :version)"
            ),
            [
                {"id": uuid.uuid4().hex, "i": indicator, "v": v, "s": date(2024, 4, 1), "e": date(2024, 6, 30),
                 "c": c, "x": x, "d": d, **common}
                for v, c, x, d in ((2, "two plans", "A law passed late", "Gazette"), (3, None, None, None))
            ],
        )  # fmt: skip
        conn.execute(
            text(
                "INSERT INTO period_lock (id, project_id, period, period_start, period_end, locked, reason, "
                "changed_by, created_at, updated_at, version) VALUES (:id, :p, 'FY2024-Q3', :s, :e, TRUE, "
                "'sent', 'mne', :created_at, :updated_at, :version)"
            ),
            {"id": uuid.uuid4().hex, "p": project, "s": date(2024, 4, 1), "e": date(2024, 6, 30), **common},
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
        assert before["indicator_value"] == 2 and before["period_lock"] == 1
        assert not NEW_TABLES & set(before)

        migrate.upgrade(db, backup_dir=tmp_path / "backups")
        assert migrate.current_revision(db) == migrate.head_revision()

        after = _counts(db)
        assert {t: after[t] for t in before} == before
        assert {t: after[t] for t in NEW_TABLES} == dict.fromkeys(NEW_TABLES, 0)
        with db.engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT value, comment, status, explanation, data_source FROM indicator_value ORDER BY value"
                )
            ).all()
        assert [tuple(r) for r in rows] == [
            (2, "two plans", "approved", "A law passed late", "Gazette"),
            (3, None, "approved", None, None),
        ]

        migrate.downgrade(db, BEFORE)
        assert _counts(db) == before
    finally:
        db.dispose()
