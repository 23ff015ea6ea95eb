"""`flare-monitor --self-check`: every step passes from source, and a missing piece fails it with exit 1."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

import main
from flare_monitor import selfcheck
from flare_monitor.reports import fonts, styles
from flare_monitor.selfcheck import CheckFailed, SelfCheck, run_self_check

ROOT = Path(__file__).resolve().parents[1]
CORE_STEPS = ["resources", "server driver", "database", "demo data", "indicators", "report", "evidence"]


@pytest.fixture
def private_tmp(tmp_path, monkeypatch) -> Path:
    """The check's temporary folders go here, so a test can see that none is left behind."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def _run(report_file: Path, extra=None) -> tuple[int, list[str]]:
    lines: list[str] = []
    code = run_self_check(extra, emit=lines.append, report_file=report_file)
    return code, lines


def _verdicts(lines: list[str]) -> dict[str, str]:
    """{step: "ok (...)" | "FAILED: ..."} from the printed lines."""
    found = {}
    for line in lines[1:-1]:
        name, _sep, verdict = line.partition("  ")
        found[name.strip()] = verdict.strip()
    return found


def test_every_step_passes_from_source(tmp_path, private_tmp):
    report = tmp_path / "logs" / "self-check.txt"
    code, lines = _run(report)
    verdicts = _verdicts(lines)
    assert code == 0, lines
    assert list(verdicts) == CORE_STEPS
    assert all(v.startswith("ok") for v in verdicts.values()), lines
    assert "1.1.1.2 in PK = 40 people" in verdicts["indicators"]
    assert lines[0].startswith("FLARE Monitor ") and "from source" in lines[0]
    assert lines[-1] == "Self-check passed."
    assert report.read_text(encoding="utf-8").splitlines() == lines
    assert list(private_tmp.iterdir()) == []  # the temporary database and report are gone


def test_check_keeps_the_users_data_folder_untouched(tmp_path, private_tmp, _isolated_data_dir):
    before = sorted(_isolated_data_dir.rglob("*"))
    code, _lines = _run(tmp_path / "self-check.txt")
    assert code == 0
    assert sorted(_isolated_data_dir.rglob("*")) == before
    assert os.environ["FLARE_MONITOR_DATA_DIR"] == str(_isolated_data_dir)


def test_a_missing_font_fails_with_exit_1(tmp_path, private_tmp, monkeypatch):
    empty = tmp_path / "no-fonts"
    empty.mkdir()
    monkeypatch.setattr(fonts, "font_dir", lambda: empty)
    # As in a fresh process, where the report registers the fonts (and builds its styles) first.
    monkeypatch.setattr(fonts, "_registered", False)
    styles._styles.cache_clear()
    code, lines = _run(tmp_path / "self-check.txt")
    verdicts = _verdicts(lines)
    assert code == 1
    assert verdicts["resources"].startswith("FAILED: missing from")
    assert "NotoSans-Regular.ttf" in verdicts["resources"]
    assert verdicts["report"].startswith("FAILED:") and "font" in verdicts["report"]
    assert verdicts["database"].startswith("ok")  # the other steps still ran
    assert lines[-1] == "Self-check FAILED."
    assert list(private_tmp.iterdir()) == []


def test_a_bundle_without_migrations_fails(tmp_path, private_tmp, monkeypatch):
    # A frozen build whose spec forgot the migrations: the database cannot be created.
    bundle = tmp_path / "_internal"
    bundle.mkdir()
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    code, lines = _run(tmp_path / "self-check.txt")
    verdicts = _verdicts(lines)
    assert code == 1
    assert "migrations" in verdicts["resources"] and verdicts["resources"].startswith("FAILED")
    assert verdicts["database"].startswith("FAILED")
    assert verdicts["demo data"] == "FAILED: no database (an earlier step failed)"


def test_an_unexpected_error_is_a_failed_line_not_a_crash(tmp_path, private_tmp, monkeypatch):
    def broken(self):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(SelfCheck, "indicators", broken)
    code, lines = _run(tmp_path / "self-check.txt")
    assert code == 1
    assert _verdicts(lines)["indicators"] == "FAILED: ZeroDivisionError: division by zero"
    assert _verdicts(lines)["report"].startswith("ok")


def test_a_report_without_the_key_figure_fails(tmp_path, private_tmp, monkeypatch):
    monkeypatch.setattr(selfcheck, "pdf_text", lambda path: "Key figures\n(nothing else)")
    code, lines = _run(tmp_path / "self-check.txt")
    assert code == 1
    assert _verdicts(lines)["report"].startswith("FAILED: the report does not show '1.1.1.2 ")


def test_extra_steps_run_after_the_core_ones(tmp_path, private_tmp):
    seen = []

    def extra(check):
        yield "window", lambda: seen.append(check.db is not None) or "drawn"
        yield "broken", lambda: (_ for _ in ()).throw(CheckFailed("no display"))

    code, lines = _run(tmp_path / "self-check.txt", extra)
    assert code == 1 and seen == [True]
    assert _verdicts(lines)["window"] == "ok (drawn)"
    assert _verdicts(lines)["broken"] == "FAILED: no display"


# ---------------------------------------------------------------- the desktop part


def test_translations_must_load_in_a_frozen_build(monkeypatch, tmp_path):
    from ui import i18n
    from ui.selfcheck import check_translations

    monkeypatch.setattr(i18n, "translation_file", lambda lang: tmp_path / f"flare_monitor_{lang}.qm")
    with pytest.raises(CheckFailed, match="flare_monitor_es.qm"):
        check_translations(required=True)
    # From source the .qm files are built on demand: missing ones are listed, not failed.
    assert "not built from source: flare_monitor_es.qm" in check_translations(required=False)


def test_translations_of_qt_itself_are_required(monkeypatch):
    from PySide6.QtCore import QLibraryInfo

    from ui.selfcheck import check_translations

    monkeypatch.setattr(QLibraryInfo, "path", staticmethod(lambda _which: "/nonexistent"))
    with pytest.raises(CheckFailed, match="qtbase_es.qm"):
        check_translations(required=False)


def test_main_window_errors_in_slots_fail_the_step(qapp, demo_db, tmp_path, monkeypatch):
    from ui.pages.quality import QualityPage
    from ui.selfcheck import check_main_window

    def reload(self):
        raise RuntimeError("page failed to load")

    monkeypatch.setattr(QualityPage, "reload", reload)
    check = SelfCheck(tmp_path, tmp_path / "self-check.txt", db=demo_db)
    with pytest.raises(CheckFailed, match="RuntimeError: .*page failed to load"):
        check_main_window(check)


def test_main_window_is_drawn_on_the_demo_database(qapp, demo_db, tmp_path):
    from ui.selfcheck import check_main_window

    check = SelfCheck(tmp_path, tmp_path / "self-check.txt", db=demo_db)
    detail = check_main_window(check)
    assert detail.startswith("10 pages shown")
    assert (tmp_path / "self-check-window.png").stat().st_size > 10_000


# ---------------------------------------------------------------- the command line


def test_self_check_flag_end_to_end(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FLARE_MONITOR_DATA_DIR": str(tmp_path)}
    env.pop("FLARE_MONITOR_DB", None)
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--self-check"],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )
    lines = done.stdout.splitlines()
    assert done.returncode == 0, done.stdout + done.stderr
    assert list(_verdicts(lines)) == [*CORE_STEPS, "translations", "help", "main window"]
    assert (tmp_path / "logs" / "self-check.txt").read_text(encoding="utf-8").splitlines() == lines
    assert (tmp_path / "logs" / "self-check-window.png").is_file()


def test_self_check_takes_no_command(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main.main(["--self-check", "status"])
    assert exit_info.value.code == 2
    assert "--self-check runs on its own" in capsys.readouterr().err
