"""The command line speaks `--language` (else the system's language): its refusals and what it prints for
people; a report keeps its own --language; the project's texts can be given in other languages."""

from __future__ import annotations

import json

from tests.flare_monitor.test_cli import run


def test_errors_and_results_are_printed_in_the_chosen_language(capsys, db_url):
    assert run(capsys, "--db", db_url, "demo")[0] == 0
    code, _out, err = run(capsys, "--db", db_url, "--language", "fr", "activity", "show", "NOPE")
    assert code == 1 and err.strip() == "flare-monitor: error: Activité inconnue « NOPE »"
    code, _out, err = run(capsys, "--db", db_url, "--language", "es", "activity", "show", "NOPE")
    assert code == 1 and err.strip() == "flare-monitor: error: Actividad desconocida «NOPE»"
    code, out, _err = run(capsys, "--db", db_url, "--language", "es", "period", "lock", "--project", "BRIDGE",
                          "--period", "FY2024-Q3", "--reason", "informe enviado")  # fmt: skip
    assert code == 0 and out.strip() == "Se bloqueó AF2024-T3."
    # A period as Spanish writes it is read back (the lock is found and lifted).
    code, out, _err = run(capsys, "--db", db_url, "--language", "fr", "period", "unlock", "--project", "BRIDGE",
                          "--period", "AF2024-T3", "--reason", "corrección")  # fmt: skip
    assert code == 0 and out.strip() == "EF2024-T3 déverrouillée."


def test_the_system_language_is_the_default(capsys, db_url, monkeypatch):
    monkeypatch.setenv("LANGUAGE", "fr_CA")
    code, _out, err = run(capsys, "--db", db_url, "activity", "show", "NOPE")
    assert code == 1 and "Activité inconnue" in err


def test_the_projects_texts_in_another_language(capsys, db_url):
    assert run(capsys, "--db", db_url, "demo")[0] == 0
    code, out, _err = run(capsys, "--db", db_url, "project", "text", "BRIDGE", "indicator", "1.1.1.2", "name",
                          "--language", "es", "Número de agentes capacitados (por sexo)")  # fmt: skip
    assert code == 0 and "1.1.1.2" in out
    code, out, _err = run(capsys, "--db", db_url, "project", "texts", "BRIDGE", "--json")
    rows = {(r["kind"], r["key"], r["field"]): r for r in json.loads(out)}
    assert rows[("indicator", "1.1.1.2", "name")]["translations"] == {
        "es": "Número de agentes capacitados (por sexo)"
    }
    code, _out, err = run(capsys, "--db", db_url, "--language", "fr", "project", "text", "BRIDGE", "result", "9.9",
                          "statement", "--language", "fr", "x")  # fmt: skip
    assert code == 1 and "BRIDGE n’a pas de résultat avec le code 9.9" in err
    code, _out, err = run(capsys, "--db", db_url, "project", "text", "BRIDGE", "result", "1", "statement",
                          "--language", "en", "x")  # fmt: skip
    assert code == 1 and "is the language the project's texts are written in" in err
