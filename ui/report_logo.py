"""The logo on the donor report's cover: the one chosen in the Settings, or the standard one shipped
with the app, checked before a report is built so that a bad file is a message, never a failed build."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QImage, QImageReader

from flare_monitor.paths import resource_path
from ui import settings

MAX_BYTES = 5 * 1024 * 1024
MAX_SIDE = 4000  # pixels; a cover logo is printed at most 5 cm wide
FORMATS = (b"png", b"jpeg")

# Why a file cannot be the logo; %1 is the file, %2 what the system said.
PROBLEMS = {
    "missing": QT_TRANSLATE_NOOP("ReportLogo", "The logo file %1 is not there any more."),
    "unreadable": QT_TRANSLATE_NOOP("ReportLogo", "The logo file %1 cannot be read: %2"),
    "heavy": QT_TRANSLATE_NOOP("ReportLogo", "The logo file %1 is larger than 5 MB; choose a smaller image."),
    "format": QT_TRANSLATE_NOOP("ReportLogo", "The logo file %1 is not a PNG or JPEG image."),
    "large": QT_TRANSLATE_NOOP(
        "ReportLogo", "The logo file %1 is larger than 4000 pixels on a side; choose a smaller image."
    ),
    "damaged": QT_TRANSLATE_NOOP("ReportLogo", "The logo file %1 cannot be read as an image."),
}


def _problem(key: str, path: Path, reason: str = "") -> tuple[None, str]:
    text = QCoreApplication.translate("ReportLogo", PROBLEMS[key])
    return None, text.replace("%1", str(path)).replace("%2", reason)


def standard_logo() -> Path:
    return resource_path("resources", "logo.png")


def chosen_logo() -> Path:
    """The logo the next report prints: the file saved in the Settings, else the standard one."""
    saved = str(settings.get("reports/logo") or "").strip()
    return Path(saved) if saved else standard_logo()


def load_logo(path: Path) -> tuple[QImage | None, str | None]:
    """The image of `path`, or None and a message saying why it cannot be a report logo."""
    if not path.is_file():
        return _problem("missing", path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        return _problem("unreadable", path, exc.strerror or str(exc))
    if size > MAX_BYTES:
        return _problem("heavy", path)
    reader = QImageReader(str(path))
    reader.setDecideFormatFromContent(True)  # a JPEG named .png is still a JPEG
    if reader.format() not in FORMATS:
        return _problem("format", path)
    dimensions = reader.size()
    if dimensions.width() > MAX_SIDE or dimensions.height() > MAX_SIDE:
        return _problem("large", path)
    image = reader.read()
    if image.isNull():  # a damaged or truncated file
        return _problem("damaged", path)
    return image, None


def logo_problem(path: Path) -> str | None:
    """Why `path` cannot be a report logo, or None when it can."""
    return load_logo(path)[1]
