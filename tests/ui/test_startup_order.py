"""Start-up order: the window comes first; the file check runs beside the database library imports; the
day's backup after the window is up; `flare-monitor [--db X]` goes to the window without the command
modules. (tests/ui/test_startup_shell.py: the database is opened after that paint.)"""

from __future__ import annotations

import sys
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

import main
from flare_monitor.db.engine import resolve_database_url
from flare_monitor.services import backups
from tests.ui.app_runs import exec_with_watchdog
from ui import app as app_module
from ui.main_window import MainWindow


@pytest.mark.parametrize(
    ("argv", "db"),
    [([], None), (["--db", "x.db"], "x.db"), (["--db=y.db"], "y.db")],
)
def test_window_arguments_need_no_command_modules(argv, db):
    args = main._desktop_args(argv)
    assert args is not None and args.db == db and args.command is None


@pytest.mark.parametrize(
    "argv", [["--version"], ["--db", "x.db", "status"], ["status"], ["--db"], ["--db="], ["-h"]]
)
def test_anything_else_goes_to_the_command_line(argv):
    assert main._desktop_args(argv) is None


@pytest.mark.sqlite_only  # SQLite's quick check of the database file
def test_quick_check_beside_the_imports(demo_db, db_path, tmp_path):
    assert app_module._check_beside_imports(resolve_database_url(str(db_path)))() is True
    damaged = tmp_path / "damaged.db"
    data = bytearray(db_path.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 16384] = b"\xde\xad\xbe\xef" * 4096
    damaged.write_bytes(bytes(data))
    assert app_module._check_beside_imports(resolve_database_url(str(damaged)))() is False
    missing = tmp_path / "missing.db"
    assert app_module._check_beside_imports(resolve_database_url(str(missing)))() is False
    assert not missing.exists()


def test_window_is_shown_before_the_daily_backup(qtbot, demo_db, db_path, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(app_module, "DAILY_BACKUP_DELAY_MS", 0)
    monkeypatch.setattr(QApplication, "exec", exec_with_watchdog)
    seen: dict = {}
    real_attach = MainWindow.attach

    def attach(window, db) -> None:
        real_attach(window, db)
        seen["backups when shown"] = backups.list_backups(database=db_path)

        def close_when_backed_up() -> None:
            if not backups.list_backups(database=db_path):
                QTimer.singleShot(50, close_when_backed_up)
                return
            seen["backups later"] = backups.list_backups(database=db_path)
            window.close()
            QApplication.exit(0)

        QTimer.singleShot(0, close_when_backed_up)

    monkeypatch.setattr(MainWindow, "attach", attach)
    assert app_module.run_app(SimpleNamespace(db=str(db_path))) == 0
    assert seen["backups when shown"] == []
    assert [b.reason for b in seen["backups later"]] == ["daily"]


def test_only_the_first_page_is_built_before_the_window_paints(qtbot, demo_db):
    from ui.main_window import PAGE_KEYS, page_title

    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    assert list(dict.keys(window.pages)) == ["dashboard"]
    assert window.current_page() is window.pages["dashboard"]
    window.set_context("BRIDGE", "PK", "FY2024-Q2")
    window.show_page("participants")
    page = window.pages["participants"]
    assert window.current_page() is page and page.context == window.context
    assert set(dict.keys(window.pages)) == {"dashboard", "participants"}
    assert "results" in window.pages and "nowhere" not in window.pages
    for row, key in enumerate(PAGE_KEYS):
        # the navigation's titles (given before the pages exist) are the pages' own, translated alike
        assert window.nav.item(row).text() == page_title(key) == window.pages[key].title()
    assert window.stack.count() == len(PAGE_KEYS)
    assert [window.stack.widget(i) for i in range(len(PAGE_KEYS))] == [window.pages[k] for k in PAGE_KEYS]
