"""Evidence in exchange packages: an office's files arrive at headquarters byte for byte (headquarters on
SQLite or PostgreSQL); without personal data, attendance sheets and photos stay at the office; a package
carrying a file an office could not attach is refused whole."""

from __future__ import annotations

import hashlib
import json
import zipfile

import pytest
from sqlalchemy import func, select

from flare_monitor.actions import evidence as actions
from flare_monitor.db.evidence import Evidence, EvidenceBlob
from flare_monitor.errors import UserError
from flare_monitor.exchange import manifest as mf
from flare_monitor.exchange import service, writer
from tests.flare_monitor.evidence import samples
from tests.flare_monitor.exchange.helpers import export, send

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


def test_office_to_headquarters_with_and_without_personal_data(demo_db, office, tmp_path):
    hq = demo_db
    assert send(hq, office, tmp_path).applied  # the office gets Pakistan's part of BRIDGE
    sheet = samples.pdf("signed by 40 officers") + b"%" + bytes(range(256)) * 6000
    agenda = samples.pdf("agenda, 16-17 April")
    sheet_row = _attach(office, tmp_path, "sheet.pdf", sheet, type="attendance_sheet", caption="Day 1 and 2")
    agenda_row = _attach(office, tmp_path, "agenda.pdf", agenda, type="agenda")

    # Without personal data: the agenda travels, the attendance sheet stays at the office.
    summary = send(office, hq, tmp_path)
    assert summary.applied and summary.counts["add"] == 1
    assert _names(hq) == {"agenda.pdf"}
    [got] = actions.list_evidence(hq, actions.EvidenceQuery(activity=TRAINING))
    assert (got.id, got.sha256) == (agenda_row.id, agenda_row.sha256)
    assert _get(hq, got, tmp_path) == agenda

    # With personal data: the sheet arrives, byte for byte; the agenda is unchanged.
    summary = send(office, hq, tmp_path, include_personal_data=True)
    assert summary.counts["add"] == 1 and summary.counts["conflict"] == 0
    rows = {r.original_name: r for r in actions.list_evidence(hq, actions.EvidenceQuery(activity=TRAINING))}
    assert set(rows) == {"agenda.pdf", "sheet.pdf"}
    arrived = rows["sheet.pdf"]
    assert (arrived.id, arrived.type, arrived.personal, arrived.caption) == (
        sheet_row.id,
        "attendance_sheet",
        True,
        "Day 1 and 2",
    )
    assert _get(hq, arrived, tmp_path) == sheet
    assert hashlib.sha256(_get(hq, arrived, tmp_path)).hexdigest() == sheet_row.sha256

    # A caption changed at the office travels as an update; the content is not stored twice.
    actions.update_evidence(
        office, actions.UpdateEvidence(agenda_row.id, "Final agenda", "agenda", False, agenda_row.version)
    )
    summary = send(office, hq, tmp_path, include_personal_data=True)
    assert summary.counts["update"] == 1
    with hq.session() as session:
        assert session.scalar(select(func.count()).select_from(EvidenceBlob)) == 2
        assert session.get(Evidence, agenda_row.id).caption == "Final agenda"


def test_the_same_file_attached_at_both_ends_is_one_record(demo_db, office, tmp_path):
    hq = demo_db
    send(hq, office, tmp_path)
    agenda = samples.pdf("agenda")
    at_hq = _attach(hq, tmp_path, "agenda.pdf", agenda, type="agenda")
    at_office = _attach(office, tmp_path, "Agenda (final).pdf", agenda, type="agenda")
    assert at_hq.id == at_office.id
    summary = send(office, hq, tmp_path)
    assert summary.applied and summary.counts["add"] == 0
    assert len(actions.list_evidence(hq, actions.EvidenceQuery(activity=TRAINING))) == 1


def test_a_package_carrying_a_program_is_refused(demo_db, office, tmp_path):
    """An office cannot attach a program; a package that carries one (made by hand) is refused whole."""
    send(demo_db, office, tmp_path)
    row = _attach(office, tmp_path, "agenda.pdf", samples.pdf())
    package = export(office, tmp_path)
    program = samples.windows_program()
    digest = hashlib.sha256(program).hexdigest()
    with zipfile.ZipFile(package) as archive:
        entries = {name: archive.read(name) for name in archive.namelist()}
    records = entries[mf.RECORDS].replace(row.sha256.encode(), digest.encode())
    manifest = (
        entries[mf.MANIFEST].decode().replace(row.sha256, digest).replace(str(row.size), str(len(program)))
    )
    rebuilt = json.loads(manifest)
    rebuilt["parts"][mf.RECORDS] = writer.part_info(records).as_json()
    forged = tmp_path / "forged.flarepkg"
    writer.write_entries(
        forged,
        {mf.MANIFEST: writer.encode_json(rebuilt), mf.RECORDS: records, mf.BASES: entries[mf.BASES]},
        streams=[(mf.EVIDENCE_PREFIX + digest, lambda: [program])],
    )
    with pytest.raises(UserError, match="forged.flarepkg is refused: it carries a file that is not accepted"):
        service.import_package(demo_db, forged, backup_folder=tmp_path / "b")
    assert _names(demo_db) == set()
