"""Migration 0008 (project set-up) on a populated database: every row survives both ways;
organizations typed "other" become "new — check the type", empty search names are filled, and each
project country starts with no provinces."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from alembic import command
from sqlalchemy import func, inspect, select, text

from flare_monitor.db import migrate
from flare_monitor.db.engine import Database, make_engine

BEFORE = "0007"


def _at_revision(url: str, revision: str) -> Database:
    db = Database(url, make_engine(url))
    cfg = migrate.alembic_config()
    with db.engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        conn.commit()
    return db


def _populate(db: Database) -> None:
    """Rows written with the SQL of revision 0007."""
    now = datetime(2024, 5, 1, 12, 0)
    common = {"created_at": now, "updated_at": now, "version": 1}
    project_id = uuid.uuid4().hex
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO country (code, alpha3, name) VALUES ('PK', 'PAK', 'Pakistan')"))
        conn.execute(text("INSERT INTO country (code, alpha3, name) VALUES ('PE', 'PER', 'Peru')"))
        conn.execute(
            text(
                "INSERT INTO project (id, code, title, donor, start_date, end_date, currency, calendar, "
                "fiscal_year_start_month, on_track_tolerance, needs_attention_tolerance, created_at, "
                "updated_at, version) VALUES (:id, 'BRIDGE', 'Bridge', 'USDOL', :s, :e, 'USD', 'fiscal', 10, "
                "0.15, 0.35, :created_at, :updated_at, :version)"
            ),
            {"id": project_id, "s": date(2015, 12, 1), "e": date(2026, 12, 31), **common},
        )
        for country in ("PK", "PE"):
            conn.execute(
                text(
                    "INSERT INTO project_country (id, project_id, country_code, created_at, updated_at, version) "
                    "VALUES (:id, :p, :c, :created_at, :updated_at, :version)"
                ),
                {"id": uuid.uuid4().hex, "p": project_id, "c": country, **common},
            )
        for name, search, kind in (
            ("Balochistan Police", "balochistan police", "law_enforcement"),
            ("Levies Force", "levies force", "other"),
            ("Policía Nacional del Perú", "", "law_enforcement"),
        ):
            conn.execute(
                text(
                    "INSERT INTO organization (id, name, search_name, type, created_at, updated_at, version) "
                    "VALUES (:id, :name, :search, :type, :created_at, :updated_at, :version)"
                ),
                {"id": uuid.uuid4().hex, "name": name, "search": search, "type": kind, **common},
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
        assert before["organization"] == 3 and before["project_country"] == 2

        migrate.upgrade(db, backup_dir=tmp_path / "backups")

        assert {t: n for t, n in _counts(db).items() if t in before} == before  # later revisions add tables
        with db.engine.connect() as conn:
            orgs = dict(conn.execute(text("SELECT name, type_confirmed FROM organization")).all())
            searched = dict(conn.execute(text("SELECT name, search_name FROM organization")).all())
            provinces = conn.execute(text("SELECT subdivisions FROM project_country")).scalars().all()
        assert {name: bool(flag) for name, flag in orgs.items()} == {
            "Balochistan Police": True,
            "Levies Force": False,
            "Policía Nacional del Perú": True,
        }
        assert searched["Policía Nacional del Perú"] == "policia nacional del peru"
        assert [str(p).replace(" ", "") for p in provinces] == ["[]", "[]"]

        migrate.downgrade(db, BEFORE)
        assert _counts(db) == before
        columns = {c["name"] for c in inspect(db.engine).get_columns("organization")}
        assert "type_confirmed" not in columns
    finally:
        db.dispose()
