"""The command-line contract: exit codes, one-line errors, JSON shapes, nothing changed on bad input."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from flare_monitor.db.engine import make_engine, mask_url, sqlite_file
from flare_monitor.db.models import Base
from main import main

ROOT = Path(__file__).resolve().parents[2]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_file(db_url, capsys) -> str:
    """The URL of a database the command line filled with the demo data (a file, or on the server)."""
    assert run(capsys, "--db", db_url, "demo")[0] == 0
    return db_url


def _digest(url: str) -> str:
    """Every row of every table (and on SQLite every byte of the file): equal digests, nothing changed."""
    digest = hashlib.sha256()
    file = sqlite_file(url)
    if file is not None:
        digest.update(file.read_bytes())
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            for table in Base.metadata.sorted_tables:
                rows = conn.execute(select(table).order_by(*table.primary_key.columns)).all()
                digest.update(repr((table.name, rows)).encode())
    finally:
        engine.dispose()
    return digest.hexdigest()


def test_demo_then_status_shows_both_projects(demo_file, capsys):
    code, out, _ = run(capsys, "--db", demo_file, "status", "--json")
    assert code == 0
    status = json.loads(out)
    assert status["database"] == str(sqlite_file(demo_file) or mask_url(demo_file))
    assert status["up_to_date"] is True
    assert status["counts"]["project"] == 2
    code, out, _ = run(capsys, "--db", demo_file, "project", "list", "--json")
    projects = {p["code"]: p for p in json.loads(out)}
    assert set(projects) == {"BRIDGE", "FLARE"}
    assert projects["BRIDGE"]["calendar"] == "fiscal" and projects["BRIDGE"]["fiscal_year_start_month"] == 10
    assert {c["code"] for c in projects["BRIDGE"]["countries"]} == {"UZ", "PE", "NP", "MN", "PK"}
    assert projects["FLARE"]["calendar"] == "calendar"
    assert "CN" in {c["code"] for c in projects["FLARE"]["countries"]}


def test_demo_twice_changes_nothing(demo_file, capsys):
    before = json.loads(run(capsys, "--db", demo_file, "status", "--json")[1])["counts"]
    code, out, _ = run(capsys, "--db", demo_file, "demo")
    assert code == 0 and "already" in out
    after = json.loads(run(capsys, "--db", demo_file, "status", "--json")[1])["counts"]
    assert after == before


def test_balochistan_training_has_40_participants(demo_file, capsys):
    code, out, _ = run(capsys, "--db", demo_file, "activity", "show", "BR-PK-2024-TRN-APR", "--json")
    assert code == 0
    detail = json.loads(out)
    people = detail["participants"]
    assert people["total"] == 40
    assert people["female"] + people["male"] + people["other"] + people["not_recorded"] == 40
    assert (detail["start"], detail["end"], detail["subdivision"]) == ("2024-04-16", "2024-04-17", "PK-BA")


def test_check_passes_on_demo(demo_file, capsys):
    code, out, _ = run(capsys, "--db", demo_file, "check")
    assert code == 0 and "no problems" in out


def test_activity_add_and_list(demo_file, capsys):
    code, out, err = run(
        capsys,
        "--db",
        demo_file,
        "activity",
        "add",
        "--project",
        "BRIDGE",
        "--country",
        "PK",
        "--code",
        "BR-PK-2025-NEW",
        "--title",
        "Refresher training",
        "--type",
        "training",
        "--start",
        "2025-11-03",
        "--end",
        "2025-11-04",
        "--subdivision",
        "PK-BA",
    )
    assert code == 0, err
    code, out, _ = run(
        capsys, "--db", demo_file, "activity", "list", "--project", "BRIDGE", "--country", "PK", "--json"
    )
    rows = {r["code"]: r for r in json.loads(out)}
    assert rows["BR-PK-2025-NEW"]["status"] == "planned"
    assert all(r["country"] == "PK" for r in rows.values())


@pytest.mark.parametrize(
    "argv, message",
    [
        (["activity", "list", "--project", "NOPE"], "Unknown project 'NOPE'"),
        (["activity", "show", "NO-SUCH-CODE"], "Unknown activity"),
        (
            [
                "activity",
                "add",
                "--project",
                "BRIDGE",
                "--country",
                "PK",
                "--code",
                "X1",
                "--title",
                "T",
                "--type",
                "training",
                "--start",
                "2024-13-01",
                "--end",
                "2024-12-02",
            ],
            "is not a date",
        ),
        (
            [
                "activity",
                "add",
                "--project",
                "BRIDGE",
                "--country",
                "PK",
                "--code",
                "X1",
                "--title",
                "T",
                "--type",
                "training",
                "--start",
                "2024-05-02",
                "--end",
                "2024-05-01",
            ],
            "before the start",
        ),
        (
            [
                "activity",
                "add",
                "--project",
                "BRIDGE",
                "--country",
                "PK",
                "--code",
                "BR-PK-2024-TRN-APR",
                "--title",
                "T",
                "--type",
                "training",
                "--start",
                "2024-05-01",
                "--end",
                "2024-05-01",
            ],
            "already exists",
        ),
        (["load", "missing-file.json"], "missing-file.json"),
        (["participants", "merge", "not-a-uuid", "also-not"], "not a participant id"),
    ],
)
def test_bad_input_exit_1_one_line_and_nothing_changed(demo_file, capsys, argv, message):
    digest = _digest(demo_file)
    code, out, err = run(capsys, "--db", demo_file, *argv)
    assert code == 1
    assert err.count("\n") == 1 and err.startswith("flare-monitor: error:") and message in err
    assert "Traceback" not in err
    assert _digest(demo_file) == digest


def test_invalid_json_load_is_rejected(demo_file, tmp_path, new_db_url, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "flare-monitor-dataset", "tables": [', encoding="utf-8")
    empty = new_db_url()
    run(capsys, "--db", empty, "status")
    digest = _digest(empty)
    code, _, err = run(capsys, "--db", empty, "load", str(bad))
    assert code == 1 and err.count("\n") == 1
    assert _digest(empty) == digest


def test_dump_load_dump_round_trip(demo_file, tmp_path, new_db_url, capsys):
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    assert run(capsys, "--db", demo_file, "dump", str(first))[0] == 0
    target = new_db_url()
    assert run(capsys, "--db", target, "load", str(first))[0] == 0
    assert run(capsys, "--db", target, "dump", str(second))[0] == 0
    assert first.read_bytes() == second.read_bytes()


def test_usage_error_exits_2(capsys):
    with pytest.raises(SystemExit) as info:
        main(["activity", "add", "--project"])
    assert info.value.code == 2


def test_main_py_and_installed_command_are_the_same_program(tmp_path):
    env = {**os.environ, "FLARE_MONITOR_DATA_DIR": str(tmp_path / "data")}
    db = str(tmp_path / "x.db")
    by_script = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", db, "status", "--json"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert by_script.returncode == 0, by_script.stderr
    command = shutil.which("flare-monitor", path=str(Path(sys.executable).parent))
    if command is None:
        pytest.fail("the flare-monitor command is not installed next to this Python (pip install -e .)")
    by_command = subprocess.run(
        [command, "--db", db, "status", "--json"], capture_output=True, text=True, env=env, cwd=tmp_path
    )
    assert by_command.returncode == 0, by_command.stderr
    assert json.loads(by_command.stdout) == json.loads(by_script.stdout)
    failed = subprocess.run(
        [command, "--db", db, "activity", "show", "NOPE"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert failed.returncode == 1 and failed.stderr.count("\n") == 1 and "Traceback" not in failed.stderr


def test_db_in_a_folder_that_does_not_exist_is_refused_unless_create(tmp_path, capsys):
    from main import main

    missing = tmp_path / "no-such-folder" / "flare.db"
    assert main(["--db", str(missing), "status"]) == 1
    err = capsys.readouterr().err
    assert err == f"flare-monitor: error: no database at {missing}; use `--create` to make one\n"
    assert not missing.parent.exists()
    assert main(["--db", str(missing), "--create", "status"]) == 0
    assert missing.exists()


def test_report_into_a_folder_that_does_not_exist_says_so(tmp_path, capsys):
    from main import main

    db = tmp_path / "r.db"
    assert main(["--db", str(db), "demo"]) == 0
    capsys.readouterr()
    out = tmp_path / "missing" / "r.pdf"
    assert (
        main(["--db", str(db), "report", "--project", "BRIDGE", "--period", "FY2024-Q3", "--out", str(out)])
        == 1
    )
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "does not exist" in err and str(out.parent) in err
