"""What a file is, from its bytes: documents and images accepted, programs, archives and bombs refused."""

from __future__ import annotations

import io
import zipfile

import pytest

from flare_monitor.evidence import detect as dt
from flare_monitor.evidence.detect import EvidenceRefused, detect
from tests.flare_monitor.evidence import samples


@pytest.mark.parametrize(
    ("kind", "media_type"),
    [
        ("PNG", dt.PNG),
        ("JPEG", dt.JPEG),
        ("GIF", dt.GIF),
        ("WEBP", dt.WEBP),
        ("TIFF", dt.TIFF),
        ("BMP", dt.BMP),
    ],
)
def test_images_are_recognised_with_their_size(kind, media_type):
    found = detect(samples.image(kind, (321, 123)), f"photo.{kind.lower()}")
    assert (found.media_type, found.width, found.height) == (media_type, 321, 123)
    assert found.is_image


def test_documents_are_recognised_from_their_content_not_their_name():
    assert detect(samples.pdf(), "agenda.docx").media_type == dt.PDF
    assert detect(samples.docx(), "sheet.pdf").media_type == dt.DOCX
    assert detect(samples.xlsx(), "attendance").media_type == dt.XLSX
    assert detect("Nombre;Sexo\r\nAna;F\r\n".encode("cp1252"), "list.csv").media_type == dt.CSV
    assert detect("Отчёт о тренинге\n".encode(), "notes.txt").media_type == dt.TEXT
    assert detect("\ufeffnotes".encode("utf-16"), "notes.txt").media_type == dt.TEXT


@pytest.mark.parametrize(
    ("data", "name", "reason"),
    [
        (samples.windows_program(), "attendance.pdf", "Windows program"),
        (b"\x7fELF\x02\x01\x01" + b"\0" * 100, "photo.jpg", "Linux program"),
        (b"#!/bin/sh\nrm -rf ~\n", "notes.txt", "script"),
        (b"@echo off\r\ndel *.*\r\n", "agenda.bat", "runs as a program"),
        (samples.pdf(), "report.pdf.exe", "runs as a program"),
        (samples.docx(), "report.docm", "macro-enabled"),
        (samples.docx(macro=True), "report.docx", "macro-enabled"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "old.doc", "old Office files"),
        (__import__("gzip").compress(b"x" * 100), "sheet.pdf", "archive"),
        (b"7z\xbc\xaf\x27\x1c" + b"\0" * 40, "photos.7z", "archive"),
        (b"", "empty.pdf", "empty"),
        (bytes(range(256)) * 4, "mystery.dat", "cannot be recognised"),
        (samples.png_header(50_000, 50_000), "bomb.png", "50,000 × 50,000 pixels"),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 8, "cut.png", "header is damaged"),
    ],
)
def test_refused_with_one_line_naming_the_file(data, name, reason):
    with pytest.raises(EvidenceRefused) as refused:
        detect(data, name)
    message = str(refused.value)
    assert message.startswith(f"{name}: ") and reason in message and "\n" not in message


def test_a_plain_zip_is_refused_as_an_archive():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("photo1.jpg", samples.image("JPEG"))
    with pytest.raises(EvidenceRefused, match="zip archive"):
        detect(buffer.getvalue(), "photos.docx")


def test_a_zip_bomb_named_docx_is_refused_from_its_directory(tmp_path):
    bomb = samples.zip_bomb_docx(tmp_path / "report.docx", expanded=64 * 1024 * 1024)
    with pytest.raises(EvidenceRefused, match="zip bomb"):
        detect(bomb.read_bytes(), "report.docx")


def test_a_content_types_part_that_lies_about_its_size_is_not_expanded():
    """The central directory says 200 bytes; the part really expands to 50 MB: only 1 MB is ever read."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", b"<Types>" + b" " * (50 * 1024 * 1024) + b"</Types>")
        archive.writestr("word/document.xml", b"<w/>")
    data = bytearray(buffer.getvalue())
    # Rewrite the uncompressed size in the central directory and the local header.
    directory = data.find(b"PK\x01\x02")  # the first entry of the central directory
    data[directory + 24 : directory + 28] = (200).to_bytes(4, "little")
    data[22:26] = (200).to_bytes(4, "little")
    with pytest.raises(
        EvidenceRefused, match=r"lying.docx: its part \[Content_Types\].xml is (damaged|far larger)"
    ):
        detect(bytes(data), "lying.docx")


def test_pdf_with_javascript_is_kept_with_a_warning():
    found = detect(samples.pdf_with_javascript(), "story.pdf")
    assert found.media_type == dt.PDF
    assert any("JavaScript" in w for w in found.warnings)
    assert detect(samples.pdf(), "plain.pdf").warnings == ()


def test_too_large_content_is_refused():
    with pytest.raises(EvidenceRefused, match="at most 25 MB"):
        detect(b"a" * (dt.MAX_FILE_BYTES + 1), "big.txt")
