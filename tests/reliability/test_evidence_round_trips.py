"""Evidence survives a backup restored and a dump loaded, byte for byte; damage is found, never served.
(Exchange packages: tests/flare_monitor/exchange/test_evidence_packages.py.)"""

from __future__ import annotations

import hashlib

import pytest

from flare_monitor.actions import evidence as actions
from flare_monitor.db.evidence import EvidenceBlob
from flare_monitor.db.migrate import open_database
from flare_monitor.errors import UserError
from flare_monitor.io.dump import load_file, write_dump
from flare_monitor.services import backups
from tests.flare_monitor.evidence import samples

TRAINING = "BR-PK-2024-TRN-APR"


def _attach(db, tmp_path, name: str, data: bytes, **options) -> actions.EvidenceRow:
    path = tmp_path / name
    path.write_bytes(data)
    outcome = actions.add_evidence(
        db, actions.AddEvidence(actions.Target(activity=TRAINING), (path,), **options)
    )
    return outcome.added[0]


def _get(db, row: actions.EvidenceRow, tmp_path) -> bytes:
    out = actions.save_copy(db, actions.SaveCopy(row.id, tmp_path / f"got-{row.id}"))
    return out.read_bytes()


def _names(db) -> set[str]:
    return {r.original_name for r in actions.list_evidence(db, actions.EvidenceQuery(activity=TRAINING))}


@pytest.mark.sqlite_only
def test_backup_and_restore_keep_the_bytes(demo_db, tmp_path):
    data = samples.pdf("signed sheet") + b"%" + bytes(range(256)) * 9000  # > 2 MB: several chunks
    row = _attach(demo_db, tmp_path, "sheet.pdf", data, type="attendance_sheet")
    saved = backups.backup_now(demo_db, out=tmp_path / "saved.db", folder=tmp_path / "backups")
    actions.remove_evidence(demo_db, row.id)
    assert _names(demo_db) == set()

    backups.restore(demo_db, saved, folder=tmp_path / "backups")
    [restored] = actions.list_evidence(demo_db, actions.EvidenceQuery(activity=TRAINING))
    assert (restored.id, restored.sha256) == (row.id, hashlib.sha256(data).hexdigest())
    assert _get(demo_db, restored, tmp_path) == data


def test_dump_and_load_keep_the_bytes(demo_db, new_db_url, tmp_path):
    data = samples.image("PNG", (300, 200))
    row = _attach(demo_db, tmp_path, "photo.png", data)
    with demo_db.session() as session:
        write_dump(session, tmp_path / "dump.json")
    other = open_database(new_db_url())
    try:
        with other.session() as session:
            load_file(session, tmp_path / "dump.json")
        [loaded] = actions.list_evidence(other, actions.EvidenceQuery(activity=TRAINING))
        assert (loaded.id, loaded.sha256, loaded.personal) == (row.id, row.sha256, True)
        assert _get(other, loaded, tmp_path) == data
    finally:
        other.dispose()


def test_a_damaged_chunk_is_an_error_not_wrong_bytes(demo_db, tmp_path):
    row = _attach(demo_db, tmp_path, "agenda.pdf", samples.pdf())
    with demo_db.engine.begin() as conn:
        conn.execute(
            EvidenceBlob.__table__.metadata.tables["evidence_chunk"].update().values(data=b"%PDF-damaged")
        )
    with pytest.raises(UserError, match="damaged in the database; restore a backup"):
        _get(demo_db, row, tmp_path)
    assert not (tmp_path / f"got-{row.id}").exists()
