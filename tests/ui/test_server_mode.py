"""The desktop app and a shared PostgreSQL server: choosing it in Settings, testing the connection,
a password asked at start and never stored, a readable message when the server cannot be reached."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox
from sqlalchemy.engine import make_url

from flare_monitor import paths
from flare_monitor.errors import ServerConnectionError
from tests.backends import postgres_url
from tests.ui.app_runs import exec_with_watchdog
from ui import app as app_module
from ui import settings
from ui.dialogs.database_server import ServerDialog
from ui.main_window import MainWindow
from ui.pages.settings import SettingsPage

NOBODY_LISTENS = "postgresql://anna:s3cret@127.0.0.1:1/flare"  # port 1: refused at once


@pytest.fixture(autouse=True)
def _app_never_runs(monkeypatch):
    """run_app must end without using a database here; and it must keep the tests' settings file."""
    monkeypatch.setattr(QApplication, "exec", exec_with_watchdog)  # the database opens inside the loop
    monkeypatch.setattr(MainWindow, "attach", lambda *args: pytest.fail("the app started"))
    monkeypatch.setattr(QApplication, "setOrganizationName", lambda *args: None)
    monkeypatch.setattr(QApplication, "setApplicationName", lambda *args: None)


@pytest.fixture
def page(qtbot, db):
    settings_page = SettingsPage(db)
    qtbot.addWidget(settings_page)
    settings_page.reload()
    return settings_page


def test_backups_section_follows_the_backend(page, db):
    """A file is backed up by the app; a server database by the server (the PostgreSQL pass shows it)."""
    assert page.backup_button.isEnabled() == page.restore_button.isEnabled() == (db.file is not None)
    assert page.location.text() == db.display_location()
    if db.file is None:
        texts = [label.text() for label in page.findChildren(type(page.location))]
        assert "Backups of a server database are made on the server." in texts
        assert str(paths.backups_dir()) not in texts  # no local folder offered
        assert page.backup_button.isHidden() and page.restore_button.isHidden()


def test_choose_a_server_then_the_local_file_again(page, monkeypatch):
    assert "the local file" in page.startup_database.text() and not page.local_button.isEnabled()

    def filled_in(dialog: ServerDialog) -> QDialog.DialogCode:
        dialog.host.setText("flare-db.office.local")
        dialog.database.setText("flare")
        dialog.user.setText("anna")
        dialog.password.setText("s3cret")
        dialog.tls.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ServerDialog, "exec", filled_in)
    page.choose_server()

    stored = settings.get("database/server")
    assert stored == "postgresql+psycopg://anna@flare-db.office.local:5432/flare?sslmode=require"
    every_setting = " ".join(str(QSettings().value(key)) for key in QSettings().allKeys())
    assert "s3cret" not in every_setting  # the password is never stored
    assert "postgresql://anna@flare-db.office.local:5432/flare" in page.startup_database.text()
    assert "Restart" in page.startup_database.text() and page.local_button.isEnabled()

    page.use_local_file()
    assert settings.get("database/server") == "" and "the local file" in page.startup_database.text()


def test_server_dialog_reopens_with_the_stored_choice(qtbot):
    dialog = ServerDialog("postgresql+psycopg://anna@db.local:5433/flare_lima?sslmode=require")
    qtbot.addWidget(dialog)
    assert (dialog.host.text(), dialog.port.value(), dialog.database.text(), dialog.user.text()) == (
        "db.local",
        5433,
        "flare_lima",
        "anna",
    )
    assert dialog.tls.isChecked()


@pytest.mark.parametrize(
    "typed", ["postgresql://anna:s3cret@db.local/flare", "anna:s3cret@db.local", "db local"]
)
def test_a_whole_address_typed_as_the_server_name_is_refused_not_stored(qtbot, typed):
    """An address pasted into Server: may hold a password, which must never reach the settings."""
    dialog = ServerDialog()
    qtbot.addWidget(dialog)
    dialog.host.setText(typed)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "only the name or address of the server" in dialog.outcome.text()
    dialog.test_connection()
    assert "only the name or address of the server" in dialog.outcome.text()
    dialog.host.setText("fe80::1")  # an IPv6 address has colons and is fine
    assert dialog._missing() == ""


def test_connection_test_says_why_it_failed(qtbot):
    dialog = ServerDialog()
    qtbot.addWidget(dialog)
    dialog.test_connection()
    assert "name or address of the server" in dialog.outcome.text()
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(1)
    dialog.password.setText("s3cret")
    dialog.test_connection()  # a worker: inline in tests
    assert "Cannot reach the database server" in dialog.outcome.text()
    assert "s3cret" not in dialog.outcome.text() and dialog.test_button.isEnabled()


@pytest.mark.skipif(
    postgres_url() is None, reason="needs the PostgreSQL test server (FLARE_TEST_POSTGRES_URL)"
)
def test_connection_test_against_the_test_server(qtbot, db_url):
    server = make_url(db_url)
    dialog = ServerDialog()
    qtbot.addWidget(dialog)
    dialog.host.setText(server.host)
    dialog.port.setValue(server.port or 5432)
    dialog.database.setText(server.database)
    dialog.user.setText(server.username or "")
    dialog.test_connection()
    assert dialog.outcome.text().startswith("Connected to PostgreSQL")
    assert "FLARE Monitor data (schema" in dialog.outcome.text()


def test_database_argument_wins_over_the_environment_and_settings(monkeypatch):
    settings.put("database/server", "postgresql+psycopg://anna@db.local/flare")
    monkeypatch.delenv(paths.DB_ENV_VAR, raising=False)
    assert app_module.database_arg(SimpleNamespace(db=None)) == "postgresql+psycopg://anna@db.local/flare"
    monkeypatch.setenv(paths.DB_ENV_VAR, "other.db")
    assert app_module.database_arg(SimpleNamespace(db=None)) == "other.db"
    assert app_module.database_arg(SimpleNamespace(db="mine.db")) == "mine.db"


def test_unreachable_server_is_one_readable_message_without_the_password(qtbot, message_boxes):
    assert app_module.run_app(SimpleNamespace(db=NOBODY_LISTENS)) == 1
    [text] = message_boxes.texts("critical")
    assert "Cannot reach the database server" in text and "127.0.0.1:1" in text
    assert "s3cret" not in text and "Traceback" not in text
    assert message_boxes.texts("question") == []  # chosen with --db on purpose: no local file offered


def test_unreachable_server_from_settings_offers_the_local_file(qtbot, message_boxes):
    settings.put("database/server", NOBODY_LISTENS)
    message_boxes.answer = QMessageBox.StandardButton.No
    assert app_module.run_app(SimpleNamespace(db=None)) == 1
    [question] = message_boxes.texts("question")
    assert "Open the local file this time?" in question and "s3cret" not in question


def test_password_is_asked_and_kept_for_the_session_only(monkeypatch):
    attempts = []

    def open_it(arg):
        attempts.append(arg)
        if len(attempts) == 1:
            raise ServerConnectionError("The server asks for a password", needs_password=True)
        return "opened"

    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("s3 cr@t", True))
    server = "postgresql://anna@db.local/flare"
    assert app_module._open_asking_password(open_it, server) == "opened"
    assert attempts[0] == server and make_url(attempts[1]).password == "s3 cr@t"

    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("", False))
    attempts.clear()
    assert app_module._open_asking_password(open_it, server) is None  # cancelled: the app does not start


def test_a_server_lost_while_working_is_a_plain_message_not_a_bug_report(qtbot, message_boxes, monkeypatch):
    """The office network drops: a page's query fails with the driver's error. The officer is told the
    server cannot be reached (no SQL, no traceback dialog, no password); the log keeps the details."""
    from sqlalchemy import create_engine
    from sqlalchemy.exc import OperationalError

    from flare_monitor.db.errors import ConnectionLost

    monkeypatch.setattr(QMessageBox, "exec", lambda box: pytest.fail(f"bug dialog: {box.text()}"))
    engine = create_engine(
        "postgresql+psycopg://anna:s3cret@127.0.0.1:1/flare", connect_args={"connect_timeout": 2}
    )
    with pytest.raises(OperationalError) as lost:
        engine.connect()
    app_module.show_unhandled(type(lost.value), lost.value, lost.value.__traceback__)
    [text] = message_boxes.texts("warning")
    assert text == ConnectionLost.message  # the same line the command line prints
    assert "s3cret" not in text and "[SQL" not in text
