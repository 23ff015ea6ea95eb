"""`flare-monitor package …`: export, dry run, import, conflicts with both versions, resolve, history."""

from __future__ import annotations

import json
import uuid

from flare_monitor.db.enums import ActivityStatus
from flare_monitor.services.activities import get_activity
from main import main
from tests.flare_monitor.exchange.helpers import snapshot


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_exchange_from_the_command_line(demo_db, db_url, office, tmp_path, capsys):
    hq, office_url = db_url, office.url
    code, out, _ = run(
        capsys,
        "--db",
        hq,
        "package",
        "export",
        "--project",
        "BRIDGE",
        "--country",
        "PK",
        "--out",
        tmp_path / "to-office.flarepkg",
    )
    assert code == 0 and out.startswith("Wrote package no. 1 with ")

    before = snapshot(office)
    code, out, _ = run(
        capsys, "--db", office_url, "package", "import", tmp_path / "to-office.flarepkg", "--dry-run"
    )
    assert code == 0 and "Dry run: nothing was changed." in out
    assert snapshot(office) == before
    code, out, _ = run(
        capsys, "--db", office_url, "package", "import", tmp_path / "to-office.flarepkg", "--json"
    )
    assert code == 0
    first = json.loads(out)
    assert first["applied"] and first["counts"]["add"] > 300 and first["personal_data"] is False
    code, out, _ = run(capsys, "--db", office_url, "package", "import", tmp_path / "to-office.flarepkg")
    assert code == 0 and "Already imported on" in out

    with office.session() as session:
        get_activity(session, "BR-PK-2025-01").status = ActivityStatus.CANCELLED
    with demo_db.session() as session:
        get_activity(session, "BR-PK-2025-01").venue = "Serena Hotel, Quetta"
    assert (
        run(
            capsys,
            "--db",
            office_url,
            "package",
            "export",
            "--project",
            "BRIDGE",
            "--country",
            "PK",
            "--out",
            tmp_path / "to-hq.flarepkg",
        )[0]
        == 0
    )
    code, out, _ = run(capsys, "--db", hq, "package", "import", tmp_path / "to-hq.flarepkg")
    assert code == 0 and "Conflicts (1):" in out and "package resolve" in out
    assert ["status", "completed", "cancelled"] in [line.split() for line in out.splitlines()]

    code, out, _ = run(capsys, "--db", hq, "package", "conflicts", "--json")
    [conflict] = json.loads(out)
    differing = {f["field"]: (f["mine"], f["theirs"]) for f in conflict["fields"] if f["differs"]}
    assert differing == {"status": ("completed", "cancelled"), "venue": ("Serena Hotel, Quetta", "Quetta")}
    code, out, _ = run(capsys, "--db", hq, "package", "resolve", "take-theirs", conflict["id"][:8])
    assert (code, out.strip()) == (0, "Resolved 1 conflict: took the other office's version.")
    assert run(capsys, "--db", hq, "package", "conflicts")[1].strip() == "No conflicts waiting."
    with demo_db.session() as session:
        assert get_activity(session, "BR-PK-2025-01").status == ActivityStatus.CANCELLED

    code, out, _ = run(capsys, "--db", hq, "package", "history", "--json")
    assert [(h["direction"], h["sequence"]) for h in json.loads(out)] == [("import", 1), ("export", 1)]


def test_a_refused_package_is_one_line_and_exit_code_1(db_url, office, tmp_path, capsys):
    path = tmp_path / "broken.flarepkg"
    path.write_bytes(b"PK\x03\x04 not really a package")
    before = snapshot(office)
    code, out, err = run(capsys, "--db", office.url, "package", "import", path)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith("flare-monitor: error: broken.flarepkg is refused:")
    assert snapshot(office) == before
    code, _, err = run(capsys, "--db", db_url, "package", "resolve", "keep-mine", "0123abcd")
    assert code == 1 and "No pending conflict with id 0123abcd" in err


def test_database_id_is_stable_until_renewed(office, capsys):
    code, first, _ = run(capsys, "--db", office.url, "package", "database-id")
    assert code == 0 and uuid.UUID(first.strip())
    assert run(capsys, "--db", office.url, "package", "database-id")[1] == first
    renewed = run(capsys, "--db", office.url, "package", "database-id", "--renew")[1]
    assert uuid.UUID(renewed.strip()) != uuid.UUID(first.strip())
