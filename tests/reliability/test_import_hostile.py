"""Hostile files: each is refused in bounded memory, with the database left untouched."""

from __future__ import annotations

import os
import re
import struct
import tracemalloc
import zipfile
from pathlib import Path

import pytest
import xlsxwriter

from flare_monitor.io import sheets
from flare_monitor.io.sheets import SheetError
from tests.flare_monitor.io.test_attendance_import import (
    assert_database_sound,
    do_import,
    make_activity,
    quetta_xlsx,
    run_cli,
    table_counts,
)

MB = 1024 * 1024
LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + "".join(
        f' <!ENTITY lol{i} "{f"&lol{i - 1};" * 10 if i > 1 else "&lol;" * 10}">\n' for i in range(1, 10)
    )
    + ']>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">'
    "<si><t>&lol9;</t></si></sst>"
)


@pytest.fixture
def activity(db):
    return make_activity(db)


def assert_refused(db, path: Path, code: str, match: str) -> None:
    """Refused with a one-line SheetError, under 50 MB of Python memory, nothing written."""
    before = table_counts(db)
    tracemalloc.start()
    try:
        with pytest.raises(SheetError, match=match) as excinfo:
            do_import(db, path, code)
    finally:
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert peak < 50 * MB, f"peak {peak / MB:.0f} MB"
    assert "\n" not in str(excinfo.value)
    assert table_counts(db) == before
    assert_database_sound(db)


def small_workbook(path: Path) -> Path:
    workbook = xlsxwriter.Workbook(str(path))
    ws = workbook.add_worksheet("Attendance")
    ws.write_row(0, 0, ["Name", "Sex"])
    ws.write_row(1, 0, ["Ayesha Baloch", "F"])
    workbook.close()
    return path


def rewrite_zip(source: Path, target: Path, replace: dict[str, bytes], *, extra: int = 0) -> Path:
    """Copy a workbook's zip, replacing members and adding `extra` dummy ones."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(info.filename, replace.get(info.filename, old.read(info.filename)))
        for i in range(extra):
            new.writestr(f"xl/media/extra{i}.bin", b"x")
    return target


def test_renamed_png_and_random_bytes(db, activity, tmp_path):
    png = tmp_path / "photo.xlsx"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(4000))
    assert_refused(db, png, activity, re.escape("is not an Excel workbook (.xlsx): it is a PNG image"))
    noise = tmp_path / "noise.xlsx"
    noise.write_bytes(os.urandom(10_000))
    assert_refused(db, noise, activity, "is not an Excel workbook")
    noise_csv = tmp_path / "noise.csv"
    noise_csv.write_bytes(os.urandom(10_000).replace(b"\0", b"\1") + b"\0")
    assert_refused(db, noise_csv, activity, re.escape("not a text (CSV) file"))
    png_csv = tmp_path / "photo.csv"
    png_csv.write_bytes(png.read_bytes())
    assert_refused(db, png_csv, activity, "it is a PNG image")


def test_word_document_named_xlsx(db, activity, tmp_path):
    path = tmp_path / "letter.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    assert_refused(db, path, activity, "it is a Word document")


def test_oversized_file_is_refused_before_reading(db, activity, tmp_path, monkeypatch):
    monkeypatch.setattr(sheets, "MAX_FILE_BYTES", 2000)
    path = quetta_xlsx(tmp_path / "big.xlsx")
    assert os.path.getsize(path) > 2000
    assert_refused(db, path, activity, "attendance sheets over 2 KB are refused")


def test_gigabyte_like_csv_is_refused_by_size(db, activity, tmp_path, monkeypatch):
    monkeypatch.setattr(sheets, "MAX_FILE_BYTES", 1 * MB)
    path = tmp_path / "export.csv"
    with path.open("w", encoding="utf-8") as handle:  # 2 MB of plausible rows stands for 1 GB
        handle.write("Name,Sex,Agency\n")
        for i in range(80_000):
            handle.write(f"Person {i},F,Agency {i % 9}\n")
    assert_refused(db, path, activity, "export.csv is 2 MB; attendance sheets over 1 MB are refused")


def test_too_many_rows(db, activity, tmp_path, monkeypatch):
    monkeypatch.setattr(sheets, "MAX_DATA_ROWS", 100)
    path = tmp_path / "many.csv"
    path.write_text("Name,Sex\n" + "".join(f"Person {i},F\n" for i in range(500)), encoding="utf-8")
    assert_refused(db, path, activity, "more than 100 rows")


def test_billion_laughs_in_shared_strings(db, activity, tmp_path):
    source = small_workbook(tmp_path / "plain.xlsx")
    path = rewrite_zip(source, tmp_path / "laughs.xlsx", {"xl/sharedStrings.xml": LAUGHS.encode()})
    assert_refused(db, path, activity, "xl/sharedStrings.xml declares a DTD or entities")


def test_external_entity_in_workbook_xml(db, activity, tmp_path):
    source = small_workbook(tmp_path / "plain.xlsx")
    xxe = (
        b'<?xml version="1.0"?><!DOCTYPE wb [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">&x;</workbook>'
    )
    path = rewrite_zip(source, tmp_path / "xxe.xlsx", {"xl/workbook.xml": xxe})
    assert_refused(db, path, activity, "declares a DTD")


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_doctype_hidden_behind_a_long_comment(db, activity, tmp_path, bom):
    source = small_workbook(tmp_path / "plain.xlsx")
    padded = (
        bom + b'<?xml version="1.0"?><!-- ' + b"pad " * 20_000 + b"-->" + LAUGHS.split("?>", 1)[1].encode()
    )
    path = rewrite_zip(source, tmp_path / "padded.xlsx", {"xl/sharedStrings.xml": padded})
    assert_refused(db, path, activity, "overlong XML prologue")


def test_utf16_doctype_is_seen(db, activity, tmp_path):
    source = small_workbook(tmp_path / "plain.xlsx")
    utf16 = LAUGHS.replace('version="1.0"', 'version="1.0" encoding="UTF-16"').encode("utf-16")
    path = rewrite_zip(source, tmp_path / "utf16.xlsx", {"xl/sharedStrings.xml": utf16})
    assert_refused(db, path, activity, "declares a DTD")


def test_malformed_content_types_is_damaged(db, activity, tmp_path):
    source = small_workbook(tmp_path / "plain.xlsx")
    path = rewrite_zip(source, tmp_path / "broken.xlsx", {"[Content_Types].xml": b"<Types><Default"})
    assert_refused(db, path, activity, r"damaged: \[Content_Types\].xml is not well-formed")


def zip_bomb(source: Path, target: Path, megabytes: int) -> Path:
    """A workbook whose sheet inflates to `megabytes` of zeros, streamed so the test stays light."""
    zeros = b"\0" * MB
    with (
        zipfile.ZipFile(source) as old,
        zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as new,
    ):
        for info in old.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                new.writestr(info.filename, old.read(info.filename))
        with new.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            for _ in range(megabytes):
                member.write(zeros)
    return target


def test_zip_bomb_over_the_total_size(db, activity, tmp_path):
    path = zip_bomb(small_workbook(tmp_path / "plain.xlsx"), tmp_path / "bomb.xlsx", 300)
    assert os.path.getsize(path) < 3 * MB
    assert_refused(db, path, activity, "it would expand to 300 MB")


def test_zip_bomb_by_compression_ratio(db, activity, tmp_path):
    path = zip_bomb(small_workbook(tmp_path / "plain.xlsx"), tmp_path / "ratio.xlsx", 20)
    assert_refused(db, path, activity, "compressed more than 100:1")


def _patch_declared_size(path: Path, member: str, size: int) -> None:
    """Make the zip directory lie: declare `size` bytes for `member` in both of its headers."""
    data = bytearray(path.read_bytes())
    name = member.encode()
    with zipfile.ZipFile(path) as archive:
        offset = archive.getinfo(member).header_offset
    struct.pack_into("<L", data, offset + 22, size)
    central = data.find(b"PK\x01\x02")
    while central >= 0:
        length = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46 : central + 46 + length] == name:
            struct.pack_into("<L", data, central + 24, size)
        central = data.find(b"PK\x01\x02", central + 4)
    path.write_bytes(bytes(data))


def test_zip_member_inflating_past_its_declared_size(db, activity, tmp_path):
    source = small_workbook(tmp_path / "plain.xlsx")
    with zipfile.ZipFile(source) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml")
    padded = sheet.replace(b"<sheetData>", b"<sheetData>" + b" " * (6 * MB))
    path = rewrite_zip(source, tmp_path / "liar.xlsx", {"xl/worksheets/sheet1.xml": padded})
    _patch_declared_size(path, "xl/worksheets/sheet1.xml", 1000)
    assert_refused(db, path, activity, "inflates to more than the size its zip entry declares")


def test_too_many_zip_members(db, activity, tmp_path, monkeypatch):
    monkeypatch.setattr(sheets, "MAX_ZIP_MEMBERS", 50)
    source = small_workbook(tmp_path / "plain.xlsx")
    path = rewrite_zip(source, tmp_path / "parts.xlsx", {}, extra=60)
    assert_refused(db, path, activity, "more than 50 parts")


def test_hostile_file_through_the_command_line(db, activity, tmp_path, monkeypatch, capsys):
    source = small_workbook(tmp_path / "plain.xlsx")
    path = rewrite_zip(source, tmp_path / "laughs.xlsx", {"xl/sharedStrings.xml": LAUGHS.encode()})
    before = table_counts(db)
    status, out, err = run_cli(
        monkeypatch, capsys, db, "import", "attendance", str(path), "--activity", activity
    )
    assert status == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith("flare-monitor: error: laughs.xlsx is refused as unsafe")
    assert table_counts(db) == before


def test_the_plain_workbook_used_above_is_accepted(db, activity, tmp_path):
    """The hostile variants are refused for what was done to them, not for their base."""
    outcome = do_import(db, small_workbook(tmp_path / "plain.xlsx"), activity)
    assert outcome.summary.participants_created == 1


@pytest.mark.parametrize("quote", ['"', "'"])
def test_one_stray_cell_at_the_last_cell_of_the_grid_is_refused_before_reading(tmp_path, quote):
    """A 5 KB workbook whose one stray cell sits at XFD1048576: the reader allocated the whole grid
    (512 GB) before its size check and the process aborted. Run in a child process: an abort must not
    take the test run with it. XML allows either quote around the cell's reference."""
    import subprocess
    import sys

    path = tmp_path / "stray.xlsx"
    written = tmp_path / "written.xlsx"
    book = xlsxwriter.Workbook(str(written))
    sheet = book.add_worksheet("Attendance")
    sheet.write_row(0, 0, ["Name", "Sex", "Organization"])
    sheet.write_row(1, 0, ["Zarmina Bibi", "F", "Police"])
    sheet.write(1_048_575, 16_383, "x")
    book.close()
    with zipfile.ZipFile(written) as book_zip:
        xml = book_zip.read("xl/worksheets/sheet1.xml")
    assert b'r="XFD1048576"' in xml
    xml = re.sub(rb'<c r="([A-Z]+[0-9]+)"', f"<c r={quote}\\1{quote}".encode(), xml)
    rewrite_zip(written, path, {"xl/worksheets/sheet1.xml": xml})
    assert path.stat().st_size < 10_000
    probe = (
        "import sys\n"
        "from flare_monitor.io.sheets import read_table, SheetError\n"
        "try:\n"
        "    read_table(sys.argv[1])\n"
        "except SheetError as exc:\n"
        "    print(exc)\n"
    )
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", probe, str(path)], cwd=root, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "stray" in done.stdout and "XFD1048576" in done.stdout
