"""The window paints first, as a shell without the database, and the database is opened right after
that paint: nothing in the shell loads SQLAlchemy, nothing reads the data before its checks passed."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from flare_monitor.db.engine import resolve_database_url, sqlite_file
from flare_monitor.db.urls import early_location, plain_sqlite_file
from flare_monitor.services import startup
from tests.ui.app_runs import exec_with_watchdog
from ui import app as app_module
from ui import main_window
from ui.main_window import PAGE_KEYS, MainWindow, page_title

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("sqlalchemy", "alembic", "matplotlib", "pycountry")


@pytest.fixture(autouse=True)
def _real_event_loop(monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_app installs its own
    monkeypatch.setattr(QApplication, "exec", exec_with_watchdog)


def test_the_shell_window_loads_no_database_library():
    code = textwrap.dedent(f"""
        import sys
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from ui import app as app_module, i18n
        from ui.main_window import MainWindow
        app_module.setup_fonts(app)
        i18n.install(app)
        window = MainWindow(None, "C:/data/flare-monitor.db")
        window.show()
        app.processEvents()
        assert window._painted, "the shell did not paint"
        print(sorted(name for name in {HEAVY!r} if name in sys.modules))
        import PySide6.QtCore
        print("Qt namespace built" if "Qt" in vars(PySide6.QtCore) else "no Qt namespace")
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, check=True
    )
    # PySide6 builds the Qt namespace's enums on first use (12 ms): the shell paints without them
    assert out.stdout.split("\n", 1) == ["[]", "no Qt namespace\n"]


def test_the_shell_cannot_act_before_the_database_is_attached(qtbot, demo_db):
    window = MainWindow(None, "/data/flare-monitor.db")
    qtbot.addWidget(window)
    [opening] = window.opening.findChildren(QLabel, "opening")
    assert opening.text() == "Opening the database…\n/data/flare-monitor.db"
    assert window.stack.currentWidget() is window.opening
    assert not window.nav.isEnabled() and not window.context_bar.isEnabled()
    assert window.project_combo.count() == 0
    assert not any(action.isEnabled() for action in window.actions())
    assert not window.menuBar().actions()[0].isEnabled()
    assert [window.nav.item(row).text() for row in range(len(PAGE_KEYS))] == [
        page_title(k) for k in PAGE_KEYS
    ]
    assert dict.keys(window.pages) == set()
    window.attach(demo_db)
    assert window.nav.isEnabled() and window.context_bar.isEnabled() and window.project_combo.count() == 2
    waiting = {window.undo_action, window.redo_action}  # enabled once there is something to undo
    assert all(action.isEnabled() for action in window.actions() if action not in waiting)
    assert window.current_page() is window.pages["dashboard"]
    assert window.stack.count() == len(PAGE_KEYS)
    assert demo_db.display_location() in window.database_label.text()


def test_closing_the_shell_keeps_the_saved_page_and_context(qtbot, demo_db):
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.set_context("BRIDGE", "PK", "FY2024-Q3")
    window.show_page("participants")
    window.close()
    shell = MainWindow(None)
    qtbot.addWidget(shell)
    shell.close()  # closed while the database was opening
    again = MainWindow(demo_db)
    qtbot.addWidget(again)
    assert again.context.project_code == "BRIDGE" and again.context.country == "PK"
    assert again.current_page() is again.pages["participants"]


def test_the_window_paints_before_the_database_is_opened(qtbot, db_url, monkeypatch):
    events: list[str] = []
    real_open, real_paint, real_attach = startup.open_for_app, MainWindow.paintEvent, MainWindow.attach

    def open_for_app(*args, **kwargs):
        events.append("open")
        return real_open(*args, **kwargs)

    def paint(window, event):
        events.append("paint")
        real_paint(window, event)

    def attach(window, db):
        events.append("attach")
        assert not window.nav.isEnabled()  # nothing could be done before the data was checked
        real_attach(window, db)
        QTimer.singleShot(0, lambda: (window.close(), QApplication.exit(0)))

    monkeypatch.setattr(startup, "open_for_app", open_for_app)
    monkeypatch.setattr(MainWindow, "paintEvent", paint)
    monkeypatch.setattr(MainWindow, "attach", attach)
    assert app_module.run_app(SimpleNamespace(db=db_url)) == 0
    assert events[0] == "paint" and events.index("open") < events.index("attach")
    assert events.count("open") == 1


@pytest.mark.sqlite_only  # the file written by a newer version, a damaged file
@pytest.mark.parametrize("problem", ["newer", "damaged"])
def test_a_database_that_cannot_be_used_ends_the_app_with_its_message(
    qtbot, demo_db, db_path, monkeypatch, problem
):
    if problem == "newer":
        with demo_db.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'ffffffffffff'")
    else:
        data = bytearray(db_path.read_bytes())
        data[len(data) // 2 : len(data) // 2 + 16384] = b"\xde\xad\xbe\xef" * 4096
        demo_db.dispose()
        db_path.write_bytes(bytes(data))
    shown = []
    monkeypatch.setattr(
        QMessageBox,
        "critical",
        lambda parent, _title, text, *args: shown.append((parent, parent.isVisible(), text)),
    )
    monkeypatch.setattr(main_window, "build_page", lambda *args: pytest.fail("a page was built"))
    assert app_module.run_app(SimpleNamespace(db=str(db_path))) == 1
    [(parent, visible, text)] = shown
    assert isinstance(parent, MainWindow) and visible and not parent.attached()
    expected = "newer version of FLARE Monitor" if problem == "newer" else "is damaged"
    assert expected in text


def test_urls_are_resolved_and_named_alike_without_sqlalchemy(tmp_path):
    for given in (str(tmp_path / "a b" / "données.db"), "relative.db", "sqlite:///x.db"):
        url = resolve_database_url(given)
        assert plain_sqlite_file(url) == sqlite_file(url) and early_location(url) == str(sqlite_file(url))
    server = resolve_database_url("postgres://anna:s3cret@db.office:5433/flare?password=p4ss")
    assert plain_sqlite_file(server) is None and sqlite_file(server) is None
    assert early_location(server) == "postgresql://db.office:5433/flare"
    assert plain_sqlite_file("sqlite:///x.db?mode=ro") is None  # left to SQLAlchemy's parser
