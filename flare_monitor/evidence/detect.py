"""What a file really is, from its bytes (never from its name), and whether it may be kept as evidence.

Evidence may be a PDF, an image (JPEG, PNG, GIF, WebP, TIFF, BMP, HEIC), an Office document (Word,
Excel, PowerPoint as .docx/.xlsx/.pptx, or OpenDocument) or plain text. Refused, each with a one-line
reason: programs and scripts (whatever their name), archives, macro-enabled and old binary Office
files, images too large to open safely, and anything else.

`puremagic` names the format from its signature; it cannot tell a .docx from any zip, so a zip is
accepted only when its directory shows a real Office package — read from the zip's central directory
and one small part ([Content_Types].xml), never by expanding the rest (a zip bomb named .docx stays
a few kilobytes here). Image dimensions are read from the header alone.
"""

from __future__ import annotations

import io
import logging
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import PurePath

from flare_monitor.errors import UserError
from flare_monitor.i18n import Message, _

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 25 * 1024 * 1024
MAX_IMAGE_PIXELS = 100_000_000  # a 12,000 × 8,000 photo; decoding more would take gigabytes
MAX_ZIP_ENTRIES = 5_000
MAX_ZIP_EXPANDED = 512 * 1024 * 1024  # what an Office document may expand to, all parts together
MAX_ZIP_RATIO = 100  # Office parts compress about 10:1; far more is a zip bomb
_CONTENT_TYPES_LIMIT = 1024 * 1024
_HEAD = 64 * 1024

PDF = "application/pdf"
TEXT = "text/plain"
CSV = "text/csv"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
ODT = "application/vnd.oasis.opendocument.text"
ODS = "application/vnd.oasis.opendocument.spreadsheet"
ODP = "application/vnd.oasis.opendocument.presentation"
JPEG, PNG, GIF, WEBP, TIFF, BMP, HEIC = (
    "image/jpeg",
    "image/png",
    "image/gif",
    "image/webp",
    "image/tiff",
    "image/bmp",
    "image/heic",
)

# Media type → the extension a copy is written with (opening a copy never trusts the original name).
EXTENSIONS = {
    PDF: ".pdf",
    TEXT: ".txt",
    CSV: ".csv",
    DOCX: ".docx",
    XLSX: ".xlsx",
    PPTX: ".pptx",
    ODT: ".odt",
    ODS: ".ods",
    ODP: ".odp",
    JPEG: ".jpg",
    PNG: ".png",
    GIF: ".gif",
    WEBP: ".webp",
    TIFF: ".tif",
    BMP: ".bmp",
    HEIC: ".heic",
}
IMAGE_TYPES = frozenset({JPEG, PNG, GIF, WEBP, TIFF, BMP, HEIC})
ALLOWED = _(
    "PDF, images (JPEG, PNG, GIF, WebP, TIFF, BMP, HEIC), Office documents (.docx, .xlsx, .pptx, .odt, "
    ".ods, .odp) or plain text"
)

# Names that run when opened on Windows (or elsewhere): refused whatever the content.
PROGRAM_EXTENSIONS = frozenset(
    ".exe .com .scr .pif .cpl .dll .sys .msi .msp .msix .appx .bat .cmd .ps1 .psm1 .psd1 .vbs .vbe .js "
    ".jse .wsf .wsh .hta .jar .lnk .reg .inf .scf .sh .bash .zsh .py .pyw .pl .rb .php .app .apk .deb .rpm "
    ".dmg .pkg .iso .img .vhd .vhdx .gadget .application .msc .ws .url .library-ms .settingcontent-ms "
    ".docm .dotm .xlsm .xltm .xlam .pptm .potm .ppam .ppsm .sldm".split()
)
_ARCHIVE_EXTENSIONS = frozenset(
    ".zip .gz .tgz .bz2 .tbz .xz .txz .zst .lz .lzma .7z .rar .tar .cab .arj .ace .z .lzh .cpio .sit .zipx "
    ".iso .dmg .wim .xar .squashfs .br".split()
)

_OOXML_MAIN = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml": DOCX,
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml": DOCX,
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": XLSX,
    "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml": XLSX,
    "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml": PPTX,
    "application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml": PPTX,
    "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml": PPTX,
}
_ODF = {
    "application/vnd.oasis.opendocument.text": ODT,
    "application/vnd.oasis.opendocument.spreadsheet": ODS,
    "application/vnd.oasis.opendocument.presentation": ODP,
}
_PDF_RISKS = (
    (re.compile(rb"/JavaScript\b|/JS\b"), "JavaScript"),
    (re.compile(rb"/Launch\b"), "an action that starts programs"),
    (re.compile(rb"/EmbeddedFiles?\b"), "embedded files"),
)


class EvidenceRefused(UserError):
    """A file that is not kept as evidence; the message names the file and says why, on one line."""


@dataclass(frozen=True)
class Detected:
    media_type: str
    label: str  # what it is, in words ("PDF document", "JPEG image")
    width: int | None = None  # images, from the header
    height: int | None = None
    warnings: tuple[str, ...] = field(default_factory=tuple)

    @property
    def extension(self) -> str:
        return EXTENSIONS[self.media_type]

    @property
    def is_image(self) -> bool:
        return self.media_type in IMAGE_TYPES


def megabytes(size: int) -> Message:
    if size >= 1024**3:
        return _("{size} GB", size=round(size / 1024**3, 1))
    if size >= 1024 * 1024:
        return _("{size} MB", size=round(size / 1024**2, 1))
    return _("{size} KB", size=max(1, round(size / 1024)))


def _refuse(name: str, reason: Message) -> EvidenceRefused:
    return EvidenceRefused(_("{name}: {reason}; it was not attached.", name=name, reason=reason))


def _suffixes(name: str) -> list[str]:
    return [s.lower() for s in PurePath(name).suffixes]


# --------------------------------------------------------------------------------------------- detect


def detect(data: bytes, name: str) -> Detected:
    """What `data` is, or EvidenceRefused. `name` is the file's name, used only in the message and to
    refuse names that Windows would run (report.pdf.exe)."""
    if not data:
        raise _refuse(name, _("the file is empty"))
    if len(data) > MAX_FILE_BYTES:
        raise _refuse(
            name,
            _(
                "it is {megabytes}; evidence files may be at most {megabytes2}",
                megabytes=megabytes(len(data)),
                megabytes2=megabytes(MAX_FILE_BYTES),
            ),
        )
    program = _program(data)
    if program:
        raise _refuse(
            name, _("it is {program}, not a document: programs are never kept as evidence", program=program)
        )
    suffix = (_suffixes(name) or [""])[-1]
    if suffix in PROGRAM_EXTENSIONS:
        macro = suffix.endswith("m") and suffix[:3] in (".do", ".xl", ".pp", ".po", ".sl")
        reason = (
            _("macro-enabled Office documents can run programs: save it without macros (.docx, .xlsx, .pptx)")
            if macro
            else _("a {suffix} file runs as a program when opened", suffix=suffix)
        )
        raise _refuse(name, reason)

    guess = _puremagic(data[:_HEAD])
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise _refuse(
            name,
            _(
                "old Office files (.doc, .xls, .ppt) can carry macros and cannot be told apart "
                "from installers: save it as .docx, .xlsx, .pptx or PDF"
            ),
        )
    if b"%PDF-" in data[:1024]:
        return Detected(PDF, "PDF document", warnings=_pdf_warnings(data))
    image = _image(data, name)
    if image is not None:
        return image
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip(data, name)
    if guess is not None and _is_archive(guess):
        raise _refuse(
            name, _("it is an archive ({guess}): attach the documents inside it, one by one", guess=guess[1])
        )
    text = _text(data, name)
    if text is not None:
        return text
    what = (
        _("a file of another kind ({kind})", kind=guess[1])
        if guess
        else _("a file of a kind that cannot be recognised")
    )
    raise _refuse(name, _("it is {what}; evidence may be {allowed}", what=what, allowed=ALLOWED))


def _puremagic(head: bytes) -> tuple[str, str, str] | None:
    """(extension, name, media type) of the best signature match, or None."""
    import puremagic

    try:
        matches = puremagic.magic_string(head)
    except Exception:  # PureError when nothing matches; any failure only means "not recognised"
        return None
    if not matches:
        return None
    best = max(matches, key=lambda m: m.confidence)
    return (best.extension or "").lower(), best.name or best.extension or "unknown", best.mime_type or ""


def _is_archive(guess: tuple[str, str, str]) -> bool:
    extension, label, mime = guess
    words = label.lower()
    return (
        extension in _ARCHIVE_EXTENSIONS
        or "archive" in words
        or "compressed" in words
        or any(k in mime for k in ("zip", "compressed", "x-tar", "x-rar", "x-7z", "gzip", "x-xz"))
    )


def _program(data: bytes) -> Message | None:
    """Signatures of programs and scripts, checked before anything else."""
    if data.startswith(b"MZ"):
        return _("a Windows program (.exe or .dll)")
    if data.startswith(b"\x7fELF"):
        return _("a Linux program")
    if data[:4] in (b"\xfe\xed\xfa\xce", b"\xfe\xed\xfa\xcf", b"\xce\xfa\xed\xfe", b"\xcf\xfa\xed\xfe"):
        return _("a macOS program")
    if data.startswith(b"\xca\xfe\xba\xbe"):
        return _("a Java or macOS program")
    if data.startswith(b"\x00asm"):
        return _("a WebAssembly program")
    if data.startswith(b"#!"):
        return _("a script")
    if data.startswith(b"L\x00\x00\x00\x01\x14\x02\x00"):
        return _("a Windows shortcut")
    return None


def _pdf_warnings(data: bytes) -> tuple[str, ...]:
    found = [what for pattern, what in _PDF_RISKS if pattern.search(data)]
    if not found:
        return ()
    return (
        f"the PDF contains {', '.join(found)}: it is kept, and FLARE Monitor never runs it, but open it "
        "only in a viewer that does not run scripts",
    )


# --------------------------------------------------------------------------------------------- images


def _image(data: bytes, name: str) -> Detected | None:
    size: tuple[int, int] | None
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        media, label = PNG, "PNG image"
        size = struct.unpack(">II", data[16:24]) if len(data) >= 24 and data[12:16] == b"IHDR" else None
    elif data.startswith(b"\xff\xd8\xff"):
        media, label, size = JPEG, "JPEG image", _jpeg_size(data)
    elif data[:6] in (b"GIF87a", b"GIF89a"):
        media, label = GIF, "GIF image"
        size = struct.unpack("<HH", data[6:10]) if len(data) >= 10 else None
    elif data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        media, label, size = WEBP, "WebP image", _webp_size(data)
    elif data[:4] in (b"II*\x00", b"MM\x00*"):
        media, label, size = TIFF, "TIFF image", _tiff_size(data)
    elif data[:2] == b"BM" and len(data) >= 26:
        media, label = BMP, "BMP image"
        width, height = struct.unpack("<ii", data[18:26])
        size = (abs(width), abs(height))
    elif data[4:8] == b"ftyp" and _heic(data):
        return Detected(HEIC, "HEIC photo")
    else:
        return None
    if size is None or not all(size):
        raise _refuse(name, _("it looks like a {label} but its header is damaged", label=label))
    width, height = size
    if width * height > MAX_IMAGE_PIXELS:
        raise _refuse(
            name,
            _(
                "the {label} is {width} × {height} pixels, more than the {value} megapixels that "
                "can be opened safely; attach a smaller copy",
                label=label,
                width=width,
                height=height,
                value=MAX_IMAGE_PIXELS // 1_000_000,
            ),
        )
    return Detected(media, label, width, height)


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    """Width and height from the first start-of-frame marker (SOF0…SOF15 but DHT, JPG, DAC)."""
    pos, end = 2, len(data)
    while pos + 4 <= end:
        if data[pos] != 0xFF:
            return None
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:  # markers without a length
            pos += 2
            continue
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            if pos + 9 > end:
                return None
            height, width = struct.unpack(">HH", data[pos + 5 : pos + 9])
            return width, height
        if marker == 0xDA or length < 2:  # scan data before any frame header: damaged
            return None
        pos += 2 + length
    return None


def _webp_size(data: bytes) -> tuple[int, int] | None:
    chunk = data[12:16]
    if chunk == b"VP8X" and len(data) >= 30:
        width = int.from_bytes(data[24:27], "little") + 1
        height = int.from_bytes(data[27:30], "little") + 1
        return width, height
    if chunk == b"VP8 " and len(data) >= 30:
        width, height = struct.unpack("<HH", data[26:30])
        return width & 0x3FFF, height & 0x3FFF
    if chunk == b"VP8L" and len(data) >= 25 and data[20] == 0x2F:
        bits = int.from_bytes(data[21:25], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    return None


def _tiff_size(data: bytes) -> tuple[int, int] | None:
    """The largest width × height of the file's pages (each image file directory, at most 64)."""
    order = "<" if data[:2] == b"II" else ">"
    (offset,) = struct.unpack(order + "I", data[4:8])
    best: tuple[int, int] | None = None
    seen: set[int] = set()
    while offset and offset not in seen and len(seen) < 64:
        seen.add(offset)
        if offset + 2 > len(data):
            return None
        (count,) = struct.unpack(order + "H", data[offset : offset + 2])
        width = height = None
        for i in range(count):
            entry = offset + 2 + 12 * i
            if entry + 12 > len(data):
                return None
            tag, kind = struct.unpack(order + "HH", data[entry : entry + 4])
            if tag in (256, 257):
                value = (
                    struct.unpack(order + "H", data[entry + 8 : entry + 10])[0]
                    if kind == 3
                    else struct.unpack(order + "I", data[entry + 8 : entry + 12])[0]
                )
                width, height = (value, height) if tag == 256 else (width, value)
        if width is None or height is None:
            return None
        if best is None or width * height > best[0] * best[1]:
            best = (width, height)
        next_at = offset + 2 + 12 * count
        if next_at + 4 > len(data):
            break
        (offset,) = struct.unpack(order + "I", data[next_at : next_at + 4])
    return best


def _heic(data: bytes) -> bool:
    (box,) = struct.unpack(">I", data[:4])
    brands = data[8 : min(box, 64)]
    return any(
        brands[i : i + 4] in (b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx")
        for i in range(0, len(brands), 4)
    )


# --------------------------------------------------------------------------------------------- zip


def _zip(data: bytes, name: str) -> Detected:
    """An Office document (OOXML or OpenDocument) checked from its directory, or a refused archive."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, struct.error):
        raise _refuse(name, _("it is a damaged zip file or Office document")) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_ZIP_ENTRIES:
            raise _refuse(
                name, _("it holds {count} files; an Office document holds far fewer", count=len(infos))
            )
        names = {info.filename for info in infos}
        expanded = 0
        for info in infos:
            if info.flag_bits & 0x1:
                raise _refuse(name, _("it is password-protected: remove the password, then attach it"))
            if info.filename.startswith(("/", "\\")) or ".." in PurePath(info.filename).parts:
                raise _refuse(name, _("its parts have unsafe names (a crafted file)"))
            expanded += info.file_size
            if info.file_size > 1024 * 1024 and info.file_size > MAX_ZIP_RATIO * max(info.compress_size, 1):
                raise _refuse(
                    name,
                    _(
                        "one of its parts expands more than {max_zip_ratio} times (a zip bomb)",
                        max_zip_ratio=MAX_ZIP_RATIO,
                    ),
                )
        if expanded > MAX_ZIP_EXPANDED:
            raise _refuse(name, _("it expands to {megabytes} (a zip bomb?)", megabytes=megabytes(expanded)))
        if any(n.lower().endswith("vbaproject.bin") for n in names):
            raise _refuse(name, _("it contains macros, which can run programs: save it without macros"))
        if "mimetype" in names:
            media = _odf(archive, name)
            if media is not None:
                return Detected(media, "OpenDocument file")
        if "[Content_Types].xml" in names:
            return _ooxml(archive, names, name)
    raise _refuse(name, _("it is a zip archive: attach the documents inside it, one by one"))


def _bounded(archive: zipfile.ZipFile, part: str, limit: int, name: str) -> bytes:
    try:
        with archive.open(part) as handle:
            content = handle.read(limit + 1)
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError, RuntimeError):
        raise _refuse(name, _("its part {part} is damaged", part=part)) from None
    if len(content) > limit:
        raise _refuse(
            name, _("its part {part} is far larger than in any Office document (a zip bomb?)", part=part)
        )
    return content


def _odf(archive: zipfile.ZipFile, name: str) -> str | None:
    kind = _bounded(archive, "mimetype", 200, name).decode("ascii", errors="replace").strip()
    return _ODF.get(kind)


def _ooxml(archive: zipfile.ZipFile, names: set[str], name: str) -> Detected:
    from defusedxml import ElementTree
    from defusedxml.common import DefusedXmlException

    content = _bounded(archive, "[Content_Types].xml", _CONTENT_TYPES_LIMIT, name)
    try:
        root = ElementTree.fromstring(content)
    except (ElementTree.ParseError, DefusedXmlException, ValueError):
        raise _refuse(name, _("its list of parts ([Content_Types].xml) is damaged or crafted")) from None
    for element in root:
        if not element.tag.endswith("Override"):
            continue
        kind = element.get("ContentType", "")
        part = element.get("PartName", "").lstrip("/")
        if "macroEnabled" in kind:
            raise _refuse(
                name,
                _("it is a macro-enabled Office document, which can run programs: save it without macros"),
            )
        media = _OOXML_MAIN.get(kind)
        if media is not None:
            if part not in names:
                raise _refuse(
                    name, _("its main part {part} is missing (a damaged or crafted file)", part=part)
                )
            label = {DOCX: "Word document", XLSX: "Excel workbook", PPTX: "PowerPoint presentation"}[media]
            return Detected(media, label)
    raise _refuse(name, _("it is a zip file, not a Word, Excel or PowerPoint document"))


# --------------------------------------------------------------------------------------------- text


def _text(data: bytes, name: str) -> Detected | None:
    """Plain text in UTF-8 (with or without a BOM), UTF-16 with a BOM, or the Windows code page."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    else:
        if b"\x00" in data:
            return None
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                return None
    controls = sum(1 for ch in text[:_HEAD] if ord(ch) < 32 and ch not in "\t\n\r\f\x1a")
    if controls > 0:
        return None
    media = CSV if (_suffixes(name) or [""])[-1] in (".csv", ".tsv") else TEXT
    return Detected(media, "CSV text" if media == CSV else "plain text")
