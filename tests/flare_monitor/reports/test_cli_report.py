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


def test_templates_are_listed_from_the_registry(capsys):
    code, out, _err = _run(capsys, "report", "--list-templates")
    assert code == 0
    assert (
        "ilo-quarterly" in out
        and "usdol-tpr" in out
        and "--final-report" in out
        and "--annex-participants" in out
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--template", "dfid-annual"], "ilo-quarterly, usdol-tpr"),
        (["--template", "usdol-tpr", "--annex-participants"], "usdol-tpr template has no such option"),
        (["--final-report", "yes"], "ilo-quarterly template has no such option"),
    ],
)
def test_template_mistakes_are_one_line(cli_db, tmp_path, capsys, args, message):
    code, _out, err = _run(capsys, "--db", str(cli_db), "report", "--project", "HANDS", "--period", "FY2024-Q3",
                           "--out", str(tmp_path / "r.pdf"), *args)  # fmt: skip
    assert code == 1 and message in err and err.count("\n") == 1
    assert not (tmp_path / "r.pdf").exists()


def test_a_tpr_with_its_excel_annex_from_the_command_line(cli_db, tmp_path, capsys):
    code, out, err = _run(capsys, "--db", str(cli_db), "report", "--template", "usdol-tpr", "--project", "HANDS",
                          "--period", "FY2024-S2", "--out", str(tmp_path / "t.pdf"), "--xlsx", str(tmp_path / "t.xlsx"),
                          "--final-report", "yes", "--language", "es")  # fmt: skip
    assert code == 0, err
    cover = pdf_pages(tmp_path / "t.pdf")[0]
    assert "Informe técnico de progreso" in cover and "Informe final Sí" in cover.replace("\n", " ")
    assert "IL-1234" in cover and (tmp_path / "t.xlsx").exists()
