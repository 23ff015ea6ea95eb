"""Evidence attached to activities, values and narratives: stored once, listed, read back, removed."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import func, select

from flare_monitor.actions import evidence as actions
from flare_monitor.db.audit import AuditEntry
from flare_monitor.db.enums import AuditAction
from flare_monitor.db.evidence import CHUNK_BYTES, Evidence, EvidenceBlob, EvidenceChunk
from flare_monitor.db.models import IndicatorValue, Narrative
from flare_monitor.errors import ConflictError, NotFoundError
from flare_monitor.evidence.detect import EvidenceRefused
from flare_monitor.indicators.quality import quality_findings
from flare_monitor.services import activities, indicator_values, narratives, period_locks
from flare_monitor.services import evidence as service
from tests.flare_monitor.evidence import samples

TRAINING = "BR-PK-2024-TRN-APR"  # 16-17 April 2024: FY2024-Q3
SECTION = service.SectionKey("BRIDGE", "FY2024-Q3", "PK", "good_practices")  # not written in the demo


def _file(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _add(db, target, *paths, user=None, **options) -> actions.AddOutcome:
    return actions.add_evidence(db, actions.AddEvidence(target, tuple(paths), **options), user=user)


def _value_id(db, indicator="1.1.2", period="FY2024-Q4", country="PK"):
    with db.session() as session:
        return indicator_values.set_value(session, "BRIDGE", indicator, period, value=3, country=country).id


def _counts(db) -> tuple[int, int, int]:
    with db.session() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(m))
            for m in (Evidence, EvidenceBlob, EvidenceChunk)
        )


def test_add_list_and_read_back(demo_db, tmp_path):
    sheet = _file(tmp_path, "attendance 16 April.pdf", samples.pdf())
    photo = _file(tmp_path, "IMG_2041.JPG", samples.image("JPEG"))
    outcome = _add(demo_db, actions.Target(activity=TRAINING), sheet, photo, caption="Day one", user="amina")
    assert [r.original_name for r in outcome.added] == ["attendance 16 April.pdf", "IMG_2041.JPG"]
    pdf_row, photo_row = outcome.added
    assert (pdf_row.type, pdf_row.personal, pdf_row.media_type) == ("other", False, "application/pdf")
    assert (photo_row.type, photo_row.personal, photo_row.media_type) == ("photo", True, "image/jpeg")
    assert pdf_row.sha256 == hashlib.sha256(sheet.read_bytes()).hexdigest()
    assert pdf_row.size == sheet.stat().st_size and pdf_row.added_by == "amina"
    assert pdf_row.label == f"activity {TRAINING}" and pdf_row.caption == "Day one"

    listed = actions.list_evidence(demo_db, actions.EvidenceQuery(target=actions.Target(activity=TRAINING)))
    assert [r.id for r in listed] == [pdf_row.id, photo_row.id]
    content = actions.evidence_content(demo_db, photo_row.id)
    assert content.data == photo.read_bytes()
    copy = actions.save_copy(demo_db, actions.SaveCopy(str(pdf_row.id)[:8], tmp_path / "copy.pdf"))
    assert copy.read_bytes() == sheet.read_bytes()
    with demo_db.session() as session:
        created = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "evidence", AuditEntry.action == AuditAction.CREATE)
        ).all()
    assert {e.entity_id for e in created} == {str(pdf_row.id), str(photo_row.id)}
    assert {e.user for e in created} == {"amina"}


def test_large_files_are_stored_in_chunks(demo_db, tmp_path):
    data = ("Nombre;Sexo;Agencia\n" + "Ana Quispe;F;SUNAFIL\n" * 150_000).encode()
    assert len(data) > 2 * CHUNK_BYTES
    row = _add(demo_db, actions.Target(activity=TRAINING), _file(tmp_path, "list.csv", data)).added[0]
    with demo_db.session() as session:
        blob = session.get(EvidenceBlob, row.sha256)
        assert blob.chunk_count == len(data) // CHUNK_BYTES + 1
        assert b"".join(service.iter_content(session, row.sha256)) == data
    assert row.media_type == "text/csv"


def test_the_same_file_is_stored_once(demo_db, tmp_path):
    path = _file(tmp_path, "agenda.pdf", samples.pdf())
    first = _add(demo_db, actions.Target(activity=TRAINING), path)
    again = _add(
        demo_db, actions.Target(activity=TRAINING), _file(tmp_path, "agenda copy.pdf", samples.pdf())
    )
    assert again.added == [] and [r.id for r in again.duplicates] == [first.added[0].id]
    other = _add(demo_db, actions.Target(activity="BR-PK-2024-01"), path)
    assert len(other.added) == 1 and other.added[0].sha256 == first.added[0].sha256
    evidence, blobs, _chunks = _counts(demo_db)
    assert (evidence, blobs) == (2, 1)


def test_one_refused_file_refuses_them_all_on_the_command_line_path(demo_db, tmp_path):
    good = _file(tmp_path, "agenda.pdf", samples.pdf())
    bad = _file(tmp_path, "scan.pdf", samples.windows_program())
    with pytest.raises(EvidenceRefused, match="scan.pdf: it is a Windows program"):
        _add(demo_db, actions.Target(activity=TRAINING), good, bad)
    assert _counts(demo_db) == (0, 0, 0)
    outcome = _add(demo_db, actions.Target(activity=TRAINING), good, bad, all_or_nothing=False)
    assert [r.original_name for r in outcome.added] == ["agenda.pdf"]
    assert [r.name for r in outcome.refused] == ["scan.pdf"]


def test_unknown_targets_are_named(demo_db, tmp_path):
    path = _file(tmp_path, "a.pdf", samples.pdf())
    with pytest.raises(NotFoundError, match="Unknown activity 'NOPE'"):
        _add(demo_db, actions.Target(activity="NOPE"), path)
    with pytest.raises(NotFoundError, match="No reported indicator value"):
        _add(demo_db, actions.Target(value="3f2b8c1e-6d1a-4f0b-9a57-2c4e8d9b1a01"), path)


def test_remove_is_audited_and_forgets_unused_content(demo_db, tmp_path):
    path = _file(tmp_path, "agenda.pdf", samples.pdf())
    row = _add(demo_db, actions.Target(activity=TRAINING), path).added[0]
    kept = _add(demo_db, actions.Target(activity="BR-PK-2024-01"), path).added[0]
    actions.remove_evidence(demo_db, row.id, user="amina")
    assert _counts(demo_db)[:2] == (1, 1)  # the content is still used by the other activity
    actions.remove_evidence(demo_db, kept.id)
    assert _counts(demo_db) == (0, 0, 0)
    with demo_db.session() as session:
        deleted = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "evidence", AuditEntry.action == AuditAction.DELETE)
        ).all()
    assert {e.entity_id for e in deleted} == {str(row.id), str(kept.id)}
    assert deleted[0].changes["original_name"] == "agenda.pdf"


def test_removal_is_refused_in_a_locked_period_but_adding_is_not(demo_db, tmp_path):
    row = _add(demo_db, actions.Target(activity=TRAINING), _file(tmp_path, "a.pdf", samples.pdf())).added[0]
    value_id = _value_id(demo_db, "1.1.2", "FY2024-Q3", "PK")
    on_value = _add(
        demo_db, actions.Target(value=value_id), _file(tmp_path, "b.pdf", samples.pdf("b"))
    ).added[0]
    section = _add(
        demo_db, actions.Target(section=SECTION), _file(tmp_path, "c.pdf", samples.pdf("c"))
    ).added[0]
    with demo_db.session() as session:
        period_locks.lock_period(
            session, "BRIDGE", "FY2024-Q3", "report submitted to USDOL", acknowledge="gaps known"
        )
    for item in (row, on_value, section):
        with pytest.raises(
            ConflictError, match="Cannot remove .* locked on .*; unlock it with a reason first"
        ):
            actions.remove_evidence(demo_db, item.id)
        assert not actions.removal_check(demo_db, item.id).removable
    late = _add(demo_db, actions.Target(activity=TRAINING), _file(tmp_path, "late.pdf", samples.pdf("late")))
    assert len(late.added) == 1  # a signed sheet that arrives late may still be attached
    assert _counts(demo_db)[0] == 4


def test_records_with_evidence_are_not_deleted_under_it(demo_db, tmp_path):
    path = _file(tmp_path, "a.pdf", samples.pdf())
    _add(demo_db, actions.Target(activity="BR-PK-2024-01"), path)
    with (
        demo_db.session() as session,
        pytest.raises(ConflictError, match="1 evidence file attached; remove it"),
    ):
        activities.delete_activity(session, "BR-PK-2024-01", with_attendance=True)
    value_id = _value_id(demo_db)
    _add(demo_db, actions.Target(value=value_id), path)
    with demo_db.session() as session, pytest.raises(ConflictError, match="evidence file attached"):
        indicator_values.clear_value(session, "BRIDGE", "1.1.2", "FY2024-Q4", "PK")


def test_a_narrative_section_gets_evidence_before_and_after_its_text(demo_db, tmp_path):
    photo = _file(tmp_path, "story.jpg", samples.image("JPEG"))
    row = _add(demo_db, actions.Target(section=SECTION), photo, type="photo").added[0]
    assert row.attached_to == "narrative" and row.label == "the good practices of FY2024-Q3 (PK)"
    with demo_db.session() as session:
        assert narratives.get_narratives(session, "BRIDGE", "FY2024-Q3", "PK")["good_practices"] == ""
        narratives.save_narrative(session, "BRIDGE", "FY2024-Q3", "PK", "good_practices", "A story.", seen="")
    with demo_db.session() as session:  # emptied again: the section keeps its photo
        narratives.save_narrative(session, "BRIDGE", "FY2024-Q3", "PK", "good_practices", "", seen="A story.")
        assert session.get(Narrative, row.record_id) is not None
    listed = actions.list_evidence(demo_db, actions.EvidenceQuery(target=actions.Target(section=SECTION)))
    assert [r.id for r in listed] == [row.id]
    by_id = actions.list_evidence(
        demo_db, actions.EvidenceQuery(target=actions.Target(narrative=row.record_id))
    )
    assert [r.id for r in by_id] == [row.id]


def test_quality_findings_for_missing_sheets_and_unproved_values(demo_db, tmp_path):
    def rules():
        with demo_db.session() as session:
            return [
                (f.rule, f.activity or f.indicator) for f in quality_findings(session, "BRIDGE", "FY2024-Q3")
            ]

    value_id = _value_id(demo_db, "1.1.2", "FY2024-Q3", "PK")
    before = rules()
    assert ("activity_without_attendance_sheet", TRAINING) in before
    assert ("value_without_evidence", "1.1.2") in before
    photo = _file(tmp_path, "photo.jpg", samples.image("JPEG"))
    _add(demo_db, actions.Target(activity=TRAINING), photo)  # a photo is not an attendance sheet
    assert ("activity_without_attendance_sheet", TRAINING) in rules()
    _add(
        demo_db,
        actions.Target(activity=TRAINING),
        _file(tmp_path, "s.pdf", samples.pdf()),
        type="attendance_sheet",
    )
    _add(demo_db, actions.Target(value=value_id), photo)
    after = rules()
    assert ("activity_without_attendance_sheet", TRAINING) not in after
    assert ("value_without_evidence", "1.1.2") not in after
    assert len(before) - len(after) == 2


def test_annex_rows_of_a_period(demo_db, tmp_path):
    sheet = _file(tmp_path, "sheet Ali Khan.pdf", samples.pdf())
    agenda = _file(tmp_path, "agenda.pdf", samples.pdf("agenda"))
    _add(
        demo_db,
        actions.Target(activity=TRAINING),
        sheet,
        type="attendance_sheet",
        caption="Signed by Ali Khan",
    )
    _add(demo_db, actions.Target(activity=TRAINING), agenda, type="agenda")
    _add(demo_db, actions.Target(value=_value_id(demo_db, "1.1.2", "FY2024-Q3", "PK")), agenda, type="report")
    _add(demo_db, actions.Target(section=SECTION), agenda, type="other")
    _add(demo_db, actions.Target(activity="BR-MN-2024-02"), agenda)  # Mongolia
    _add(
        demo_db, actions.Target(value=_value_id(demo_db, "1.1.2", "FY2024-Q4", "PK")), agenda
    )  # next quarter

    rows = actions.evidence_annex(demo_db, actions.AnnexQuery("BRIDGE", "FY2024-Q3", ("PK",)))
    # By date (the period's start for values and narratives, the training's start), then kind and name.
    assert [(r.attached_to, r.reference, r.type, r.name) for r in rows] == [
        ("value", "1.1.2 FY2024-Q3", "report", "agenda.pdf"),
        ("narrative", "good_practices", "other", "agenda.pdf"),
        ("activity", TRAINING, "attendance_sheet", None),
        ("activity", TRAINING, "agenda", "agenda.pdf"),
    ]
    withheld = [r for r in rows if r.type == "attendance_sheet"][0]
    assert withheld.withheld and withheld.caption is None and withheld.personal
    assert withheld.sha256 == hashlib.sha256(sheet.read_bytes()).hexdigest()
    named = actions.evidence_annex(
        demo_db, actions.AnnexQuery("BRIDGE", "FY2024-Q3", ("PK",), include_personal=True)
    )
    assert "sheet Ali Khan.pdf" in {r.name for r in named}
    everywhere = actions.evidence_annex(demo_db, actions.AnnexQuery("BRIDGE", "FY2024-Q3"))
    assert {r.reference for r in everywhere} >= {TRAINING, "BR-MN-2024-02"}


def test_update_changes_caption_type_and_personal_mark(demo_db, tmp_path):
    row = _add(demo_db, actions.Target(activity=TRAINING), _file(tmp_path, "a.pdf", samples.pdf())).added[0]
    changed = actions.update_evidence(
        demo_db, actions.UpdateEvidence(row.id, "Signed sheet, day 1", "attendance_sheet", True, row.version)
    )
    assert (changed.caption, changed.type, changed.personal) == (
        "Signed sheet, day 1",
        "attendance_sheet",
        True,
    )
    with pytest.raises(ConflictError):
        actions.update_evidence(demo_db, actions.UpdateEvidence(row.id, "x", "other", False, row.version))
    with demo_db.session() as session:
        assert session.scalar(select(IndicatorValue).limit(1)) is not None


def test_counts_per_record_for_a_grid_of_values(demo_db, tmp_path):
    proved, unproved = _value_id(demo_db, "1.1.2", "FY2024-Q3", "PK"), _value_id(demo_db)
    for name in ("a.pdf", "b.pdf"):
        _add(demo_db, actions.Target(value=proved), _file(tmp_path, name, samples.pdf(name)))
    counts = actions.evidence_counts(demo_db, actions.EvidenceCounts(values=(proved, unproved)))
    assert counts == {proved: 2}


def test_a_copy_to_open_is_named_by_what_the_file_is(demo_db, tmp_path, monkeypatch):
    import os
    import stat
    import time

    from flare_monitor.evidence import files

    monkeypatch.setattr(files.tempfile, "gettempdir", lambda: str(tmp_path / "temp"))
    (tmp_path / "temp").mkdir()
    row = _add(
        demo_db, actions.Target(activity=TRAINING), _file(tmp_path, "minutes.docx", samples.pdf())
    ).added[0]
    first = actions.open_copy(demo_db, row.id)
    assert first.name == "minutes.pdf" and first.read_bytes() == samples.pdf()
    assert not first.stat().st_mode & stat.S_IWRITE  # read-only: the viewer cannot change our copy
    old = time.time() - 2 * 24 * 3600
    os.utime(first, (old, old))
    second = actions.open_copy(demo_db, row.id)  # copies older than a day are cleaned up on the way
    assert second.exists() and not first.exists()


def test_a_warning_when_evidence_fills_the_disk_in_the_readers_language(demo_db, tmp_path, monkeypatch):
    """Beyond a share of the disk (or, on a server, a size) the files are attached and the officer warned."""
    sheet = _file(tmp_path, "sheet.pdf", samples.pdf())
    monkeypatch.setattr(actions, "DISK_SHARE_WARNING", 1.0)
    monkeypatch.setattr(actions, "SERVER_WARNING_BYTES", 10**15)
    assert _add(demo_db, actions.Target(activity=TRAINING), sheet).warnings == []
    monkeypatch.setattr(actions, "DISK_SHARE_WARNING", 0.0)
    monkeypatch.setattr(actions, "SERVER_WARNING_BYTES", 0)
    photo = _file(tmp_path, "photo.png", samples.image("PNG"))
    outcome = _add(demo_db, actions.Target(activity=TRAINING), photo)
    assert [r.original_name for r in outcome.added] == ["photo.png"]
    [warning] = outcome.warnings
    assert "evidence files" in warning
    spanish = warning.render("es")
    assert "evidence" not in spanish and "evidencia" in spanish.lower()
