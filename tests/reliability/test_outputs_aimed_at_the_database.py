"""Every output (report, package, export, dump, backup) refuses the live database itself under any
spelling, its journal files and its backups, with one line, writing nothing."""

from __future__ import annotations

import hashlib

import pytest

from flare_monitor.services import backups
from main import main

pytestmark = pytest.mark.sqlite_only  # the database file itself

OUTPUTS = {
    "report": ["report", "--project", "BRIDGE", "--period", "FY2024-Q3", "--out"],
    "report annex": [
        "report",
        "--project",
        "BRIDGE",
        "--period",
        "FY2024-Q3",
        "--out",
        "{tmp}/r.pdf",
        "--xlsx",
    ],
    "package": ["package", "export", "--project", "BRIDGE", "--out"],
    "export": ["export", "participants", "--out"],
    "dump": ["dump"],
    "backup": ["backup", "--out"],
}


def _target(kind: str, db, tmp_path):
    if kind == "itself":
        return db
    if kind == "link":
        link = tmp_path / "link.csv"
        link.symlink_to(db)
        return link
    if kind == "dotdot":
        return db.parent / ".." / db.parent.name / db.name
    if kind in ("-journal", "-wal"):
        return db.with_name(db.name + kind)
    made = backups.list_backups(database=db)
    assert made, "the demo load makes no backup; one is made below"
    return made[0].path


@pytest.mark.parametrize("kind", ["itself", "link", "dotdot", "-journal", "-wal", "backup"])
@pytest.mark.parametrize("output", list(OUTPUTS))
def test_outputs_refuse_the_database_its_journals_and_backups(tmp_path, capsys, output, kind):
    db = tmp_path / "office" / "flare.db"
    db.parent.mkdir()
    assert main(["--db", str(db), "demo"]) == 0
    assert main(["--db", str(db), "backup"]) == 0
    capsys.readouterr()
    target = _target(kind, db, tmp_path)
    protected = db if kind != "backup" else target
    digest = hashlib.sha256(protected.read_bytes()).hexdigest()
    words = [w.replace("{tmp}", str(tmp_path)) for w in OUTPUTS[output]]
    code = main(["--db", str(db), *words, str(target)])
    _out, err = capsys.readouterr()
    assert code == 1, err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "database" in err or "backup" in err or (output == "export" and "must end in .csv or .xlsx" in err)
    assert hashlib.sha256(protected.read_bytes()).hexdigest() == digest
    assert not (kind in ("-journal", "-wal") and target.exists())
    assert main(["--db", str(db), "check"]) == 0
