"""A package that is damaged, cut short, altered, foreign or from another version is refused whole:
the receiving database is left exactly as it was."""

from __future__ import annotations

import io
import json
import zipfile
from contextlib import nullcontext

import pytest

from flare_monitor.db import migrate
from flare_monitor.errors import UserError
from flare_monitor.exchange import manifest as mf
from flare_monitor.exchange import reader, service, writer
from flare_monitor.exchange.manifest import PackageError
from tests.flare_monitor.exchange.helpers import attend, export, person, snapshot
from tests.flare_monitor.services.register_fixtures import make_project, make_training


@pytest.fixture
def package(office, tmp_path):
    """A small package: a project, a training in Pakistan and two participants."""
    with office.session() as session:
        make_project(session, "TEST")
        make_training(session, "T-1")
    for name, sex in (("Ayesha Khan", "female"), ("Bilal Ahmed", "male")):
        attend(office, "T-1", person(office, name, sex))
    return export(office, tmp_path, project="TEST", country="PK")


def _entries(path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _refused(db, path, match: str) -> None:
    before = snapshot(db)
    with pytest.raises(PackageError, match=match):
        service.import_package(db, path)
    with pytest.raises(PackageError, match=match):
        service.preview_import(db, path)
    assert snapshot(db) == before


def test_an_intact_package_is_accepted(db, package):
    summary = service.import_package(db, package)
    assert summary.applied and summary.counts["add"] == sum(summary.counts.values()) == 8


@pytest.mark.parametrize("where", [0.0, 0.02, 0.3, 0.5, 0.7, 0.95, -1, -40])
def test_any_changed_byte_is_refused(db, package, tmp_path, where):
    data = bytearray(package.read_bytes())
    index = where if isinstance(where, int) and where < 0 else int(where * (len(data) - 1))
    data[index] ^= 0x01
    damaged = tmp_path / "damaged.flarepkg"
    damaged.write_bytes(bytes(data))
    _refused(db, damaged, r"refused: it (is damaged|is not)")


@pytest.mark.parametrize("keep", [0, 10, 0.5, -1])
def test_a_truncated_package_is_refused(db, package, tmp_path, keep):
    data = package.read_bytes()
    length = (
        keep
        if isinstance(keep, int) and keep >= 0
        else len(data) - 1
        if keep == -1
        else int(len(data) * keep)
    )
    cut = tmp_path / "cut.flarepkg"
    cut.write_bytes(data[:length])
    _refused(db, cut, "refused")


def test_a_part_changed_and_rezipped_fails_its_own_checksum(db, package, tmp_path):
    entries = _entries(package)
    assert b"Training T-1" in entries[mf.RECORDS]
    entries[mf.RECORDS] = entries[mf.RECORDS].replace(b"Training T-1", b"Training T-9")
    forged = tmp_path / "forged.flarepkg"
    writer.write_entries(forged, entries)  # a valid zip with a valid whole-file checksum
    _refused(db, forged, "records.json does not match the checksum in the manifest")


def _rewrite_manifest(package, tmp_path, **changes):
    entries = _entries(package)
    manifest = json.loads(entries[mf.MANIFEST])
    manifest.update(changes)
    entries[mf.MANIFEST] = writer.encode_json(manifest)
    path = tmp_path / "rewritten.flarepkg"
    writer.write_entries(path, entries)
    return path


def test_a_newer_format_version_is_refused(db, package, tmp_path):
    _refused(
        db,
        _rewrite_manifest(package, tmp_path, format_version=mf.FORMAT_VERSION + 1),
        "package format version 2, written by a newer version",
    )


@pytest.mark.parametrize(("revision", "advice"), [("9999", "newer version"), ("0001", "older version")])
def test_another_schema_revision_is_refused(db, package, tmp_path, revision, advice):
    assert migrate.head_revision() != revision
    _refused(
        db,
        _rewrite_manifest(package, tmp_path, schema_revision=revision),
        f"written by an {advice}" if advice.startswith("older") else f"written by a {advice}",
    )


def test_counts_that_disagree_with_the_records_are_refused(db, package, tmp_path):
    entries = _entries(package)
    manifest = json.loads(entries[mf.MANIFEST])
    manifest["counts"]["participant"] = 3
    entries[mf.MANIFEST] = writer.encode_json(manifest)
    path = tmp_path / "counts.flarepkg"
    writer.write_entries(path, entries)
    _refused(db, path, "number of records does not match")


def test_not_a_package_is_refused(db, tmp_path):
    path = tmp_path / "notes.flarepkg"
    path.write_text("minutes of the meeting", encoding="utf-8")
    _refused(db, path, "not a FLARE Monitor exchange package")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("report.docx", b"...")
    path.write_bytes(buffer.getvalue())
    _refused(db, path, "checksum is missing")


@pytest.mark.parametrize("name", ["../../evil.json", "/etc/passwd", "extra.json", mf.RECORDS])
def test_unexpected_or_repeated_entries_are_refused(db, package, tmp_path, name):
    entries = list(_entries(package).items())
    path = tmp_path / "entries.flarepkg"
    with pytest.warns(UserWarning) if name == mf.RECORDS else nullcontext():  # zipfile warns of a duplicate
        writer.write_entries(path, [*entries, (name, b"{}")])
    _refused(db, path, "unexpected files|exactly")


def test_a_zip_bomb_is_refused_before_it_is_expanded(db, package, tmp_path):
    entries = _entries(package)
    document = json.loads(entries[mf.RECORDS])
    document["padding"] = " " * (3 * 1024 * 1024)  # 3 MB of spaces compress to a few kilobytes
    entries[mf.RECORDS] = writer.encode_json(document)
    path = tmp_path / "bomb.flarepkg"
    writer.write_entries(path, entries)
    _refused(db, path, "expands more than")


def test_a_part_over_the_size_limit_is_refused(db, package, monkeypatch):
    monkeypatch.setitem(reader.MAX_PART_BYTES, mf.RECORDS, 1000)
    _refused(db, package, "records.json is larger than")


def test_a_package_written_by_this_database_is_refused(office, package):
    before = snapshot(office)
    with pytest.raises(PackageError, match="written by this database"):
        service.import_package(office, package)
    assert snapshot(office) == before


def _rewrite_records(package, tmp_path, change) -> object:
    """The package with its records changed by `change(tables)`, and manifest, counts and checksums to
    match (a package written by a faulty or hostile program, not a damaged one)."""
    entries = _entries(package)
    document = json.loads(entries[mf.RECORDS])
    change(document["tables"])
    entries[mf.RECORDS] = writer.encode_json(document)
    manifest = json.loads(entries[mf.MANIFEST])
    manifest["parts"][mf.RECORDS] = writer.part_info(entries[mf.RECORDS]).as_json()
    manifest["counts"] = {name: len(rows) for name, rows in document["tables"].items() if rows}
    entries[mf.MANIFEST] = writer.encode_json(manifest)
    path = tmp_path / "rewritten-records.flarepkg"
    writer.write_entries(path, entries)
    return path


def test_one_id_in_two_tables_of_a_package_is_refused(db, package, tmp_path):
    def change(tables):
        tables["attendance"][0]["id"] = tables["participant"][0]["id"]

    _refused(
        db,
        _rewrite_records(package, tmp_path, change),
        "is the id of two of its records, in tables participant and attendance",
    )


def test_an_id_held_here_by_a_record_of_another_table_is_refused(db, package, tmp_path):
    with db.session() as session:
        project = make_project(session, "HQ")
        taken = str(project.id)

    def change(tables):
        tables["attendance"][0]["id"] = taken

    _refused(
        db,
        _rewrite_records(package, tmp_path, change),
        f"attendance {taken} has the id of a record of table project here",
    )


@pytest.mark.parametrize(
    ("table", "column", "value"),
    [
        ("participant", "sex", 5),
        ("participant", "full_name", ["Ayesha", "Khan"]),
        ("attendance", "days_attended", "two"),
        ("attendance", "completed", "yes"),
        ("activity", "planned_start", "16 April 2024"),
        ("attendance", "participant_id", "not-a-uuid"),
        ("participant", "nickname", "Ayu"),
    ],
)
def test_values_of_unexpected_types_or_extra_fields_are_refused(db, package, tmp_path, table, column, value):
    def change(tables):
        tables[table][0][column] = value

    _refused(db, _rewrite_records(package, tmp_path, change), "refused: .*(records.json|columns)")


def test_a_row_that_is_not_an_object_is_refused(db, package, tmp_path):
    def change(tables):
        tables["attendance"][0] = ["a", "list"]

    _refused(db, _rewrite_records(package, tmp_path, change), "refused: records.json")


def test_a_merge_that_does_not_match_the_records_is_refused(db, package, tmp_path):
    import uuid

    with zipfile.ZipFile(package) as archive:
        people = [row["id"] for row in json.loads(archive.read(mf.RECORDS))["tables"]["participant"]]
    for merged, kept in ((str(uuid.uuid4()), str(uuid.uuid4())), (people[0], people[1])):
        path = _rewrite_manifest(package, tmp_path, merged_participants={merged: kept})
        _refused(db, path, f"merges participant {merged} into {kept}, which does not match its records")


def _streamed_package(path, records_bytes: int) -> None:
    """A small file whose records part expands to `records_bytes` (compressed ~30:1, under the ratio
    limit, so only the size limit stops it), written without holding it in memory."""
    import hashlib
    import os
    import random

    rng = random.Random(7)
    block = b"".join(b" " * 480 + rng.randbytes(16).hex().encode() for _ in range(64))  # ~32 KB
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(mf.MANIFEST, b"{}")
        with archive.open(mf.RECORDS, "w", force_zip64=True) as member:
            member.write(b'{"tables": {"participant": ["')
            written = 0
            while written < records_bytes:
                member.write(block)
                written += len(block)
            member.write(b'"]}}')
        archive.writestr(mf.BASES, b"{}")
        archive.comment = mf.COMMENT_PREFIX + b"0" * 64
    size = os.path.getsize(path)
    digest = hashlib.sha256(path.read_bytes()[: size - mf.COMMENT_LENGTH]).hexdigest()
    with open(path, "r+b") as handle:
        handle.seek(size - 64)
        handle.write(digest.encode("ascii"))


def test_a_small_package_expanding_far_is_refused_within_bounded_memory(db, tmp_path):
    """A few MB whose records expand to 100 MB (400 MB in the report that found it) ended in MemoryError
    or peaked over a gigabyte; the expanded parts are capped so that any accepted package stays under
    ~300 MB."""
    import tracemalloc

    path = tmp_path / "expanding.flarepkg"
    _streamed_package(path, 100 * 1024 * 1024)
    assert path.stat().st_size < 8 * 1024 * 1024
    tracemalloc.start()
    try:
        with pytest.raises(PackageError, match="larger than"):
            reader.read_package(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 300 * 1024 * 1024, f"peak {peak / 1e6:.0f} MB"


def test_export_refuses_a_package_too_large_to_import(office, tmp_path, monkeypatch):
    """What the reader refuses is never written: the officer is told to split the package."""
    with office.session() as session:
        make_project(session, "TEST")
        make_training(session, "T-1")
    attend(office, "T-1", person(office, "Ayesha Khan", "female"))
    monkeypatch.setattr(reader, "MAX_EXPANDED_BYTES", 500)
    with pytest.raises(PackageError, match="--country.*--since"):
        export(office, tmp_path, project="TEST", country="PK")
    assert not list(tmp_path.glob("*.flarepkg"))


@pytest.mark.parametrize(
    "when", ["0001-01-01T00:00:00+05:00", "9999-12-31T23:59:59-05:00", "2024-13-01T00:00:00"]
)
def test_a_manifest_date_out_of_range_is_refused_in_one_line(db, package, tmp_path, when):
    entries = _entries(package)
    manifest = json.loads(entries[mf.MANIFEST])
    manifest["created_at"] = when
    entries[mf.MANIFEST] = writer.encode_json(manifest)
    path = tmp_path / "dated.flarepkg"
    writer.write_entries(path, entries)
    _refused(db, path, "created_at")


def _loop_results(tables):
    """Two results of the package's project, each the other's parent."""
    import uuid

    project = tables["project"][0]
    stamp = project["updated_at"]
    first, second = str(uuid.uuid4()), str(uuid.uuid4())
    common = {
        "project_id": project["id"],
        "depth": 1,
        "sort_order": 0,
        "created_at": stamp,
        "updated_at": stamp,
        "version": 1,
    }
    tables["result"] = [
        {"id": first, "parent_id": second, "code": "1", "statement": "Outcome", **common},
        {"id": second, "parent_id": first, "code": "1.1", "statement": "Output", **common},
    ]


@pytest.mark.parametrize(
    "change",
    [
        lambda t: t["activity"][0].update(planned_end="2000-01-01"),  # ends before it starts
        lambda t: t["attendance"][0].update(pre_test_score=200),
        _loop_results,
        lambda t: t["activity"][0].update(country_code="pk"),
    ],
    ids=["end before start", "score of 200", "result-parent loop", "lower-case country"],
)
def test_the_dry_run_refuses_what_the_import_refuses(db, package, tmp_path, change):
    path = _rewrite_records(package, tmp_path, change)
    before = snapshot(db)
    with pytest.raises(UserError) as imported:
        service.import_package(db, path)
    with pytest.raises(UserError) as previewed:
        service.preview_import(db, path)
    assert str(previewed.value) == str(imported.value)
    assert snapshot(db) == before


def test_an_invalid_computation_rule_is_refused_and_check_reports_one(db, office, tmp_path, capsys):
    from flare_monitor.db.project import Indicator
    from main import main

    with office.session() as session:
        project = make_project(session, "TEST")
        make_training(session, "T-1")
        session.add(
            Indicator(
                project_id=project.id,
                code="IND-1",
                name="Officers trained",
                unit="number",
                computation={"kind": "distinct_participants"},
            )
        )
    attend(office, "T-1", person(office, "Ayesha Khan", "female"))
    package = export(office, tmp_path, project="TEST", country="PK")

    def change(tables):
        tables["indicator"][0]["computation"] = {"kind": "distinct_partcipants"}  # a typo counts nobody

    _refused(db, _rewrite_records(package, tmp_path, change), "indicator.*computation: kind")

    with office.session() as session:  # an invalid rule already stored (written by an older version)
        session.query(Indicator).update({"computation": {"kind": "everyone"}})
    capsys.readouterr()
    assert main(["--db", office.url, "check"]) == 1
    out, err = capsys.readouterr()
    assert "IND-1" in out and "computation: kind" in out and "1 problem" in err


def test_codes_arriving_in_a_package_are_normalised_like_typed_ones(db, package, tmp_path, capsys):
    """A code typed by an officer is stored in upper case and looked up so; one arriving in lower case
    through a package (written by another program) could never be reached."""
    from main import main

    def change(tables):
        tables["activity"][0]["code"] = " t-1 "

    summary = service.import_package(db, _rewrite_records(package, tmp_path, change))
    assert summary.applied
    capsys.readouterr()
    assert main(["--db", db.url, "activity", "show", "t-1", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["code"] == "T-1"


@pytest.mark.parametrize("theirs", [["a", "list"], "text", 7])
def test_package_conflicts_shows_a_conflict_whose_stored_version_is_not_a_record(db, capsys, theirs):
    import uuid

    from flare_monitor.db.exchange import ExchangeConflict
    from main import main

    with db.session() as session:
        session.add(
            ExchangeConflict(
                package_id=uuid.uuid4(),
                peer_database_id=uuid.uuid4(),
                table_name="activity",
                record_id=uuid.uuid4(),
                theirs=theirs,
                their_hash="0" * 64,
            )
        )
    capsys.readouterr()
    assert main(["--db", db.url, "package", "conflicts"]) == 0
    out, err = capsys.readouterr()
    assert "unreadable" in out and err == ""
    assert main(["--db", db.url, "package", "resolve", "take-theirs", "--all"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "keep-mine" in err
    assert main(["--db", db.url, "package", "resolve", "keep-mine", "--all"]) == 0
