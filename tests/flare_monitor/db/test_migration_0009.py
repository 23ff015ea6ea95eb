"""Migration 0009 (the project's texts in several languages) on a populated database: every row
survives both ways, the new columns start empty, and a translation can be stored after the upgrade."""

from __future__ import annotations

from sqlalchemy import text

from flare_monitor.db import migrate
from tests.flare_monitor.db.test_migration_0007 import _at_revision, _counts, _populate

BEFORE = "0008"


def test_upgrade_and_downgrade_keep_every_row(new_db_url, tmp_path):
    db = _at_revision(new_db_url(), BEFORE)
    try:
        _populate(db)
        before = _counts(db)
        assert before["result"] == 1 and before["indicator"] == 1 and before["project"] == 1

        migrate.upgrade(db, backup_dir=tmp_path / "backups")
        assert migrate.current_revision(db) == migrate.head_revision()

        assert {t: n for t, n in _counts(db).items() if t in before} == before  # later revisions add tables
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT translations, text_language FROM project")).one() == (None, None)
            assert conn.scalars(text("SELECT statement FROM result")).all() == ["Forced labour is reduced"]
        from flare_monitor.services.project_texts import set_text, texts_for

        with db.session() as session:
            set_text(session, "BRIDGE", "result", "1", "statement", "fr", "Le travail forcé recule")
            set_text(session, "BRIDGE", "indicator", "1", "name", "es", "Ratificaciones")
        with db.session() as session:
            from flare_monitor.services.common import project_by_code

            project = project_by_code(session, "BRIDGE")
            french = texts_for(session, project, "fr")
            assert french.statement("1").text == "Le travail forcé recule"
            assert french.indicator_name("1").translated is False  # no French name: the original, marked
            assert texts_for(session, project, "es").indicator_name("1").text == "Ratificaciones"

        migrate.downgrade(db, BEFORE)
        after = _counts(db)
        assert after.pop("audit_entry") == 2  # the two translations were audited
        assert after == {t: n for t, n in before.items() if t != "audit_entry"}
        with db.engine.connect() as conn:
            columns = (
                {row[1] for row in conn.execute(text("PRAGMA table_info(result)"))}
                if db.engine.dialect.name == "sqlite"
                else None
            )
        assert columns is None or "translations" not in columns
    finally:
        db.dispose()
