"""Migration 0007 (donor report fields) on a populated database: every row survives both ways, the new
narrative kinds and a narrative per result are accepted after the upgrade, the old ones still refused ones."""

from __future__ import annotations

import uuid
from datetime import date, datetime

import pytest
from alembic import command
from sqlalchemy import func, inspect, select, text
from sqlalchemy.exc import IntegrityError

from flare_monitor.db import migrate
from flare_monitor.db.engine import Database, make_engine

BEFORE = "0006"
NOW = datetime(2024, 5, 1, 12, 0)
COMMON = {"created_at": NOW, "updated_at": NOW, "version": 1}


def _at_revision(url: str, revision: str) -> Database:
    db = Database(url, make_engine(url))
    cfg = migrate.alembic_config()
    with db.engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        conn.commit()
    return db


def _populate(db: Database) -> dict[str, str]:
    """Rows written with the SQL of revision 0006: a project, a result, activities, an indicator with
    values, and narratives for the whole project and a country."""
    ids = {name: uuid.uuid4().hex for name in ("project", "result", "indicator")}
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO country (code, alpha3, name) VALUES ('PK', 'PAK', 'Pakistan')"))
        conn.execute(
            text(
                "INSERT INTO project (id, code, title, donor, grant_number, start_date, end_date, currency, "
                "calendar, fiscal_year_start_month, on_track_tolerance, needs_attention_tolerance, created_at, "
                "updated_at, version) VALUES (:id, 'BRIDGE', 'Bridge', 'USDOL', 'IL-27592-15-75-K', :s, :e, "
                "'USD', 'fiscal', 10, 0.15, 0.35, :created_at, :updated_at, :version)"
            ),
            {"id": ids["project"], "s": date(2015, 12, 1), "e": date(2026, 12, 31), **COMMON},
        )
        conn.execute(
            text(
                "INSERT INTO result (id, project_id, depth, code, statement, sort_order, created_at, "
                "updated_at, version) VALUES (:id, :p, 1, '1', 'Forced labour is reduced', 0, :created_at, "
                ":updated_at, :version)"
            ),
            {"id": ids["result"], "p": ids["project"], **COMMON},
        )
        conn.execute(
            text(
                "INSERT INTO indicator (id, project_id, result_id, code, name, unit, direction, cumulative, "
                "disaggregations, is_key, sort_order, created_at, updated_at, version) VALUES (:id, :p, :r, "
                "'1', 'Ratifications', 'number', 'increase', TRUE, '[\"sex\"]', FALSE, 0, :created_at, "
                ":updated_at, :version)"
            ),
            {"id": ids["indicator"], "p": ids["project"], "r": ids["result"], **COMMON},
        )
        for n, (label, start, end) in enumerate(
            [
                ("FY2024-Q3", date(2024, 4, 1), date(2024, 6, 30)),
                ("FY2024-Q4", date(2024, 7, 1), date(2024, 9, 30)),
            ]
        ):
            conn.execute(
                text(
                    "INSERT INTO indicator_value (id, indicator_id, period, period_start, period_end, "
                    "country_code, value, status, comment, created_at, updated_at, version) VALUES (:id, :i, "
                    ":label, :s, :e, 'PK', :v, 'draft', 'entered by hand', :created_at, :updated_at, :version)"
                ),
                {
                    "id": uuid.uuid4().hex,
                    "i": ids["indicator"],
                    "label": label,
                    "s": start,
                    "e": end,
                    "v": n,
                    **COMMON,
                },
            )
            for country in ("PK", None):
                conn.execute(
                    text(
                        "INSERT INTO narrative (id, project_id, country_code, period, period_start, "
                        "period_end, section, text, created_at, updated_at, version) VALUES (:id, :p, :c, "
                        ":label, :s, :e, 'highlights', 'Trained 40 officers', :created_at, :updated_at, "
                        ":version)"
                    ),
                    {
                        "id": uuid.uuid4().hex,
                        "p": ids["project"],
                        "c": country,
                        "label": label,
                        "s": start,
                        "e": end,
                        **COMMON,
                    },
                )
        for i, status in enumerate(("completed", "postponed", "cancelled")):
            conn.execute(
                text(
                    "INSERT INTO activity (id, project_id, country_code, code, title, type, status, "
                    "planned_start, planned_end, created_at, updated_at, version) VALUES (:id, :p, 'PK', "
                    ":code, 'Training', 'training', :status, :s, :s, :created_at, :updated_at, :version)"
                ),
                {
                    "id": uuid.uuid4().hex,
                    "p": ids["project"],
                    "code": f"A-{i}",
                    "status": status,
                    "s": date(2024, 4, 16),
                    **COMMON,
                },
            )
    return ids


def _counts(db: Database) -> dict[str, int]:
    tables = [t for t in inspect(db.engine).get_table_names() if t != "alembic_version"]
    with db.engine.connect() as conn:
        return {t: conn.scalar(select(func.count()).select_from(text(t))) for t in tables}


def _narrative(conn, ids: dict[str, str], section: str, result: str | None = None) -> None:
    conn.execute(
        text(
            "INSERT INTO narrative (id, project_id, country_code, result_id, period, period_start, period_end, "
            "section, text, created_at, updated_at, version) VALUES (:id, :p, 'PK', :r, 'FY2024-S2', :s, :e, "
            ":section, 'Text', :created_at, :updated_at, :version)"
        ),
        {
            "id": uuid.uuid4().hex,
            "p": ids["project"],
            "r": result,
            "section": section,
            "s": date(2024, 4, 1),
            "e": date(2024, 9, 30),
            **COMMON,
        },
    )


def test_upgrade_and_downgrade_keep_every_row(new_db_url, tmp_path):
    db = _at_revision(new_db_url(), BEFORE)
    try:
        ids = _populate(db)
        before = _counts(db)
        assert before["narrative"] == 4 and before["activity"] == 3 and before["indicator_value"] == 2
        assert "project_risk" not in before

        migrate.upgrade(db, backup_dir=tmp_path / "backups")

        after = _counts(db)
        assert {t: after[t] for t in before} == before
        assert after["project_risk"] == 0
        with db.engine.connect() as conn:
            kept = conn.execute(text("SELECT grant_number, grantee, total_funding FROM project")).one()
            assert tuple(kept) == ("IL-27592-15-75-K", None, None)
            assert conn.scalars(text("SELECT DISTINCT text FROM narrative")).all() == ["Trained 40 officers"]
            assert conn.scalars(text("SELECT comment FROM indicator_value")).all() == ["entered by hand"] * 2
            assert conn.scalars(text("SELECT reason FROM activity")).all() == [None] * 3
        # The new kinds, one per result, are accepted; an unknown kind is still refused.
        with db.engine.begin() as conn:
            _narrative(conn, ids, "success_story")
            _narrative(conn, ids, "outcome_progress", ids["result"])
            conn.execute(text("UPDATE activity SET reason = 'Floods' WHERE status = 'postponed'"))
        with pytest.raises(IntegrityError), db.engine.begin() as conn:
            _narrative(conn, ids, "gossip")
        with pytest.raises(IntegrityError), db.engine.begin() as conn:
            _narrative(conn, ids, "outcome_progress", ids["result"])  # the same result and country twice

        migrate.downgrade(db, BEFORE)
        assert _counts(db) == before  # the two narratives of the new kinds went with the new schema
    finally:
        db.dispose()
