"""Files to attach in tests: real documents and images, and hostile ones, made on the fly."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)


def pdf(text: str = "Signed attendance sheet") -> bytes:
    """A one-page PDF with a blue band and a line of text."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=(300, 400), invariant=1)
    page.setFillColorRGB(0.1, 0.3, 0.7)
    page.rect(20, 250, 260, 120, fill=1)
    page.setFillColorRGB(0, 0, 0)
    page.drawString(30, 200, text)
    page.showPage()
    page.save()
    return buffer.getvalue()


def pdf_with_javascript() -> bytes:
    """A one-page PDF whose opening runs JavaScript and which has a form field with a script, in a viewer
    that runs them: the script would change the page's text field to "RAN"."""
    content = b"0 0 1 rg 20 250 260 120 re f BT /F1 18 Tf 30 200 Td (Evidence) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /OpenAction 5 0 R /AcroForm << /Fields [6 0 R] >> >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 400] /Contents 4 0 R /Annots [6 0 R] "
        b"/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /S /JavaScript /JS (this.getField\\('t'\\).value = 'RAN'; app.launchURL\\('http://127.0.0.1:9/'\\);) >>",
        b"<< /Type /Annot /Subtype /Widget /FT /Tx /T (t) /V (waiting) /Rect [20 50 280 80] /P 3 0 R "
        b"/AA << /PO 5 0 R >> >>",
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def image(kind: str = "PNG", size: tuple[int, int] = (120, 80), color=(200, 40, 40)) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, kind)
    return buffer.getvalue()


def png_header(width: int, height: int) -> bytes:
    """A PNG that declares `width` × `height` pixels in a few bytes (an image bomb)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0" * 1000))
        + chunk(b"IEND", b"")
    )


def docx(body: bytes = b"<w:document/>", macro: bool = False) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        types = CONTENT_TYPES
        if macro:
            types = types.replace("wordprocessingml.document.main+xml", "wordprocessingml.document.main+xml")
            types = types.replace(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                "application/vnd.ms-word.document.macroEnabled.main+xml",
            )
        archive.writestr("[Content_Types].xml", types)
        archive.writestr("word/document.xml", body)
    return buffer.getvalue()


def xlsx() -> bytes:
    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    book.add_worksheet().write(0, 0, "participants")
    book.close()
    return buffer.getvalue()


def zip_bomb_docx(path: Path, expanded: int = 1024**3) -> Path:
    """A .docx whose document part expands to `expanded` bytes of zeros (about 1 MB on disk per GB)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        block = b"\0" * (1024 * 1024)
        with archive.open("word/document.xml", "w", force_zip64=True) as part:
            for _ in range(expanded // len(block)):
                part.write(block)
    return path


def windows_program() -> bytes:
    return b"MZ" + b"\x90" * 58 + b"\x80\x00\x00\x00" + b"\x00" * 64 + b"PE\x00\x00" + b"\x00" * 400
