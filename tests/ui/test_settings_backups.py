"""Settings: back up now and restore, off the GUI thread (inline in tests), with the user told."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from flare_monitor.paths import backups_dir
from flare_monitor.services import backups
from ui.pages.settings import SettingsPage


def _attendance(db) -> int:
    with db.engine.connect() as conn:
        return conn.execute(text("SELECT count(*) FROM attendance")).scalar_one()


@pytest.mark.sqlite_only
def test_back_up_now_then_restore(qtbot, demo_db, message_boxes):
    page = SettingsPage(demo_db)
    qtbot.addWidget(page)
    page.back_up()
    made = backups.list_backups(backups_dir(), demo_db.file)
    assert [b.reason for b in made] == ["manual"]
    assert "verified" in message_boxes.texts("information")[-1]
    assert page.backup_button.isEnabled()

    before = _attendance(demo_db)
    with demo_db.engine.begin() as conn:
        conn.execute(text("DELETE FROM attendance"))
    with qtbot.waitSignal(page.dataChanged):
        page.restore(str(made[0].path))
    assert _attendance(demo_db) == before
    assert "Restored" in message_boxes.texts("information")[-1]
    reasons = {b.reason for b in backups.list_backups(backups_dir(), demo_db.file)}
    assert "before-restore" in reasons  # the data as it was just before is kept


@pytest.mark.sqlite_only
def test_restore_refused_keeps_the_data(qtbot, demo_db, message_boxes, tmp_path):
    page = SettingsPage(demo_db)
    qtbot.addWidget(page)
    bogus = tmp_path / "not-a-backup.db"
    bogus.write_bytes(b"this is not a database" * 100)
    before = _attendance(demo_db)
    page.restore(str(bogus))
    assert _attendance(demo_db) == before
    assert message_boxes.texts("warning") and "nothing was restored" in message_boxes.texts("warning")[-1]


@pytest.mark.sqlite_only
def test_declining_the_restore_changes_nothing(qtbot, demo_db, message_boxes):
    page = SettingsPage(demo_db)
    qtbot.addWidget(page)
    page.back_up()
    path = backups.list_backups(backups_dir(), demo_db.file)[0].path
    message_boxes.answer = message_boxes.answer.No
    page.restore(str(path))
    assert "before-restore" not in {b.reason for b in backups.list_backups(backups_dir(), demo_db.file)}
