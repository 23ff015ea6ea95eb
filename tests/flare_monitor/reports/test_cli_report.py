"""`flare-monitor report`: success, and one-line errors (exit 1) for what the user can fix."""

from __future__ import annotations

import pytest

import flare_monitor.cli as cli
from flare_monitor.cli import report_commands
from flare_monitor.db.migrate import open_database

from .helpers import build_small_project, pdf_pages


@pytest.fixture
def cli_db(tmp_path, monkeypatch):
    if report_commands not in cli.COMMAND_MODULES:  # until the lead registers it in flare_monitor.cli
        monkeypatch.setattr(cli, "COMMAND_MODULES", [*cli.COMMAND_MODULES, report_commands])
    path = tmp_path / "cli.db"
    db = open_database(str(path))
    with db.session() as session:
        build_small_project(session)
    db.dispose()
    return path


def _run(capsys, *argv):
    code = cli.run(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_report_command_writes_the_pdf_and_the_annex(cli_db, tmp_path, capsys):
    out = tmp_path / "r.pdf"
    code, stdout, stderr = _run(capsys, "--db", str(cli_db), "report", "--project", "hands", "--period",
                                "FY2024-Q3", "--out", str(out), "--countries", "pk,NP", "--xlsx",
                                str(tmp_path / "r.xlsx"), "--language", "es", "--page-size", "letter",
                                "--deterministic", "--annex-participants", "--prepared-by", "M&E <team>",
                                "--date", "2024-07-15")  # fmt: skip
    assert code == 0, stderr
    assert str(out) in stdout and (tmp_path / "r.xlsx").exists()
    text = "\n".join(pdf_pages(out))
    assert "Resumen ejecutivo" in text and "M&E <team>" in text and "15 de julio de 2024" in text
    assert "participants by name" in stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--project", "NOPE", "--period", "FY2024-Q3"], "Unknown project"),
        (["--project", "HANDS", "--period", "2024-Q9"], "2024-Q9"),
        (["--project", "HANDS", "--period", "FY2024-Q3", "--countries", "PK,FR"], "FR"),
    ],
)
def test_user_errors_are_one_line(cli_db, tmp_path, capsys, args, message):
    code, _out, err = _run(capsys, "--db", str(cli_db), "report", *args, "--out", str(tmp_path / "r.pdf"))
    assert code == 1
    assert err.startswith("flare-monitor: error:") and message in err and err.count("\n") == 1
    assert not (tmp_path / "r.pdf").exists()


def test_unwritable_output_is_a_user_error(cli_db, tmp_path, capsys):
    target = tmp_path / "no-such-folder" / "r.pdf"
    code, _out, err = _run(capsys, "--db", str(cli_db), "report", "--project", "HANDS", "--period", "FY2024-Q3",
                           "--out", str(target))  # fmt: skip
    assert code == 1 and "does not exist" in err and err.count("\n") == 1
    code, _out, err = _run(capsys, "--db", str(cli_db), "report", "--project", "HANDS", "--period", "FY2024-Q3",
                           "--out", str(tmp_path))  # fmt: skip
    assert code == 1 and "folder" in err
