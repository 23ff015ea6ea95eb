"""Migrations: one head, models match them, upgrades keep every row, failures restore the backup."""

from __future__ import annotations

import hashlib
import uuid
from datetime import date, datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, inspect, select, text

from flare_monitor.db import migrate
from flare_monitor.db.engine import Database, make_engine, resolve_database_url
from flare_monitor.db.models import Base
from flare_monitor.errors import DatabaseTooNewError, UserError
from flare_monitor.services.maintenance import check_database

FIRST_REVISION = "0001"
PARTICIPANTS = 1200


def _bare_database(path_or_url) -> Database:
    url = resolve_database_url(str(path_or_url))
    return Database(url, make_engine(url))


def _counts(db: Database) -> dict[str, int]:
    tables = [t for t in inspect(db.engine).get_table_names() if t != "alembic_version"]
    with db.engine.connect() as conn:
        return {t: conn.scalar(select(func.count()).select_from(text(t))) for t in tables}


def _populate_first_revision(db: Database) -> None:
    """Rows written with the SQL of revision 0001, frozen here so the test stays valid as the schema grows."""
    now = datetime(2024, 5, 1, 12, 0)
    project_id = uuid.uuid4().hex
    activity_ids = [uuid.uuid4().hex for _ in range(3)]
    org_id = uuid.uuid4().hex
    common = {"created_at": now, "updated_at": now, "version": 1}
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO country (code, alpha3, name) VALUES ('PK', 'PAK', 'Pakistan')"))
        conn.execute(
            text(
                "INSERT INTO subdivision (code, country_code, name, type) "
                "VALUES ('PK-BA', 'PK', 'Balochistan', 'Province')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO project (id, code, title, donor, start_date, end_date, currency, calendar, "
                "fiscal_year_start_month, on_track_tolerance, needs_attention_tolerance, created_at, updated_at, "
                "version) VALUES (:id, 'BRIDGE', 'Bridge', 'USDOL', :s, :e, 'USD', 'fiscal', 10, 0.15, 0.35, "
                ":created_at, :updated_at, :version)"
            ),
            {"id": project_id, "s": date(2015, 12, 1), "e": date(2026, 12, 31), **common},
        )
        conn.execute(
            text(
                "INSERT INTO organization (id, name, search_name, type, country_code, subdivision_code, created_at, "
                "updated_at, version) VALUES (:id, 'Balochistan Police', 'balochistan police', 'law_enforcement', "
                "'PK', 'PK-BA', :created_at, :updated_at, :version)"
            ),
            {"id": org_id, **common},
        )
        for i, activity_id in enumerate(activity_ids):
            conn.execute(
                text(
                    "INSERT INTO activity (id, project_id, country_code, subdivision_code, code, title, type, status, "
                    "planned_start, planned_end, created_at, updated_at, version) VALUES (:id, :p, 'PK', 'PK-BA', "
                    ":code, 'Training', 'training', 'completed', :s, :s, :created_at, :updated_at, :version)"
                ),
                {"id": activity_id, "p": project_id, "code": f"A-{i}", "s": date(2024, 4, 16), **common},
            )
        people = [
            {
                "id": uuid.uuid4().hex,
                "name": f"Officer {i}",
                "key": f"officer {i}",
                "sex": "female" if i % 3 else "male",
                "org": org_id,
                **common,
            }
            for i in range(PARTICIPANTS)
        ]
        conn.execute(
            text(
                "INSERT INTO participant (id, full_name, search_name, name_key, sex, organization_id, consent, "
                "sensitive, created_at, updated_at, version) VALUES (:id, :name, :key, :key, :sex, "
                ":org, TRUE, FALSE, :created_at, :updated_at, :version)"
            ),
            people,
        )
        attendance = [
            {"id": uuid.uuid4().hex, "p": person["id"], "a": activity_ids[i % 3], **common}
            for i, person in enumerate(people)
        ]
        conn.execute(
            text(
                "INSERT INTO attendance (id, participant_id, activity_id, role, days_attended, completed, "
                "created_at, updated_at, version) VALUES (:id, :p, :a, 'participant', 2, TRUE, :created_at, "
                ":updated_at, :version)"
            ),
            attendance,
        )


@pytest.fixture
def first_revision_db(new_db_url):
    db = _bare_database(new_db_url())
    cfg = migrate.alembic_config()
    with db.engine.connect() as conn:
        cfg.attributes["connection"] = conn
        from alembic import command

        command.upgrade(cfg, FIRST_REVISION)
        conn.commit()
    _populate_first_revision(db)
    yield db
    db.dispose()


def test_single_head():
    assert len(migrate.script_directory().get_heads()) == 1


def test_models_match_migrations(db):
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert diff == []


def test_populated_upgrade_keeps_every_row(first_revision_db, tmp_path):
    before = _counts(first_revision_db)
    assert before["participant"] == PARTICIPANTS and before["attendance"] == PARTICIPANTS

    outcome = migrate.upgrade(first_revision_db, backup_dir=tmp_path / "backups")

    assert outcome.from_revision == FIRST_REVISION
    assert outcome.to_revision == migrate.head_revision() != FIRST_REVISION
    after = _counts(first_revision_db)
    assert {t: after[t] for t in before} == before
    assert migrate.current_revision(first_revision_db) == migrate.head_revision()
    assert check_database(first_revision_db) == []  # on SQLite: integrity and foreign-key checks too
    if first_revision_db.file is None:  # a server's backups are the server's business
        assert outcome.backup is None
        return
    # The backup taken first is a complete, readable copy at the old revision.
    backup = _bare_database(outcome.backup)
    assert migrate.current_revision(backup) == FIRST_REVISION
    assert _counts(backup) == before
    backup.dispose()


def test_upgrade_failing_at_the_end_changes_nothing(first_revision_db, tmp_path, monkeypatch):
    """SQLite: the backup is written back; PostgreSQL: the whole upgrade is one transaction."""
    before = _counts(first_revision_db)
    real_upgrade = migrate.command.upgrade

    def upgrade_then_fail(cfg, revision):
        real_upgrade(cfg, revision)
        raise RuntimeError("simulated failure after the last migration step")

    monkeypatch.setattr(migrate.command, "upgrade", upgrade_then_fail)
    with pytest.raises(UserError, match="restored|nothing was changed"):
        migrate.upgrade(first_revision_db, backup_dir=tmp_path / "backups")
    assert migrate.current_revision(first_revision_db) == FIRST_REVISION
    assert _counts(first_revision_db) == before


@pytest.mark.sqlite_only
def test_failed_upgrade_restores_the_backup(first_revision_db, tmp_path, monkeypatch):
    before = _counts(first_revision_db)

    def half_done_then_fail(db):
        with db.engine.begin() as conn:
            conn.execute(text("DELETE FROM attendance"))
        raise RuntimeError("simulated failure in the middle of a migration")

    monkeypatch.setattr(migrate, "_run_upgrade", half_done_then_fail)
    with pytest.raises(UserError, match="restored"):
        migrate.upgrade(first_revision_db, backup_dir=tmp_path / "backups")
    assert _counts(first_revision_db) == before
    assert migrate.current_revision(first_revision_db) == FIRST_REVISION


def test_downgrade_upgrade_round_trip(db):
    migrate.downgrade(db, "base")
    assert [t for t in inspect(db.engine).get_table_names() if t != "alembic_version"] == []
    migrate.upgrade(db)
    assert migrate.current_revision(db) == migrate.head_revision()
    with db.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []


def test_database_from_a_newer_version_is_refused_untouched(db, db_url):
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    before = _counts(db)
    db.dispose()
    digest = hashlib.sha256(db.file.read_bytes()).hexdigest() if db.file else None
    with pytest.raises(DatabaseTooNewError, match="newer version"):
        migrate.open_database(db_url)
    if db.file:
        assert hashlib.sha256(db.file.read_bytes()).hexdigest() == digest
    assert _counts(db) == before
    assert migrate.current_revision(db) == "9999_from_the_future"


def test_foreign_database_is_refused(new_db_url):
    path = new_db_url()
    other = _bare_database(path)
    with other.engine.begin() as conn:
        conn.execute(text("CREATE TABLE invoices (id INTEGER PRIMARY KEY)"))
    other.dispose()
    with pytest.raises(UserError, match="not a FLARE Monitor database"):
        migrate.open_database(str(path))


def test_fresh_database_needs_no_backup(tmp_path, new_db_url):
    db = migrate.open_database(new_db_url(), backup_dir=tmp_path / "backups")
    assert migrate.current_revision(db) == migrate.head_revision()
    assert not (tmp_path / "backups").exists()
    db.dispose()


@pytest.mark.sqlite_only
def test_sqlite_upgrade_runs_in_one_transaction_with_foreign_keys_off(
    first_revision_db, tmp_path, monkeypatch
):
    """Holds for every migration, present and future: the kill tests (tests/reliability) prove the effect."""
    real_upgrade = migrate.command.upgrade
    seen = {}

    def watched(cfg, revision):
        conn = cfg.attributes["connection"]
        seen["in_transaction"] = conn.connection.driver_connection.in_transaction
        seen["foreign_keys"] = conn.exec_driver_sql("PRAGMA foreign_keys").scalar()
        real_upgrade(cfg, revision)
        seen["still_in_transaction"] = conn.connection.driver_connection.in_transaction

    monkeypatch.setattr(migrate.command, "upgrade", watched)
    migrate.upgrade(first_revision_db, backup_dir=tmp_path / "backups")
    assert seen == {"in_transaction": True, "foreign_keys": 0, "still_in_transaction": True}
    with first_revision_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1  # back on for the app
