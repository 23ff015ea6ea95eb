"""A damaged database file: `check` says so in one line (exit 1), every other command too, and the
desktop app shows the same line instead of an "Unexpected error" dialog."""

from __future__ import annotations

import sqlite3

import pytest

from main import main

pytestmark = pytest.mark.sqlite_only  # the damaged SQLite file itself


@pytest.fixture(scope="module")
def clean_demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("clean") / "demo.db"
    assert main(["--db", str(path), "demo"]) == 0
    return path.read_bytes()


def damaged(tmp_path, clean: bytes, where: str):
    data = bytearray(clean)
    if where == "data pages":  # the file opens, the schema reads; pages of a table are garbage
        start = len(data) // 2
        data[start : start + 16384] = b"\xa5" * 16384
    else:  # the schema page itself
        data[100:4096] = b"\xa5" * (4096 - 100)
    path = tmp_path / "damaged.db"
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize("where", ["data pages", "schema page"])
def test_check_reports_damage_in_one_line(tmp_path, capsys, clean_demo, where):
    path = damaged(tmp_path, clean_demo, where)
    capsys.readouterr()
    assert main(["--db", str(path), "check"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "is damaged" in err and "restore" in err
    assert "flare-monitor check" not in err  # `check` itself does not send you to `check`


@pytest.mark.parametrize(
    ("where", "argv"),
    [
        ("schema page", ["activity", "list"]),
        ("schema page", ["status"]),
        ("schema page", ["participants", "search", "a"]),
        # Only a command that reads the damaged pages meets them (listing activities does not).
        ("data pages", ["participants", "search", "a"]),
    ],
)
def test_other_commands_say_damaged_in_one_line(tmp_path, capsys, clean_demo, where, argv):
    path = damaged(tmp_path, clean_demo, where)
    capsys.readouterr()
    code = main(["--db", str(path), *argv])
    _out, err = capsys.readouterr()
    assert code == 1 and err.count("\n") == 1 and "damaged" in err and "Traceback" not in err


def test_the_app_shows_one_line_for_a_damaged_page(qtbot, monkeypatch):
    from sqlalchemy.exc import DatabaseError

    import ui.app as app

    error = sqlite3.DatabaseError("database disk image is malformed")
    error.sqlite_errorcode, error.sqlite_errorname = 11, "SQLITE_CORRUPT"
    exc = DatabaseError("SELECT * FROM participant", {}, error)
    shown = []
    monkeypatch.setattr(app.QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(
        app.QMessageBox, "exec", lambda self: shown.append("Unexpected error: " + self.text())
    )
    app.show_unhandled(type(exc), exc, None)
    assert len(shown) == 1 and "damaged" in shown[0] and "Unexpected" not in shown[0]
