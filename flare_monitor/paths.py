"""Where the app keeps its own files (the per-user local data folder, %LOCALAPPDATA% on Windows), where
reports go by default (the user's Documents), where its shipped files are (source tree or frozen
bundle), and names and URIs that are valid on Windows."""

from __future__ import annotations

import os
import re
import sys
import urllib.parse
from pathlib import Path, PurePath

import platformdirs

from flare_monitor import APP_ID

DB_ENV_VAR = "FLARE_MONITOR_DB"
DATA_DIR_ENV_VAR = "FLARE_MONITOR_DATA_DIR"


def data_dir() -> Path:
    """The app's data folder; FLARE_MONITOR_DATA_DIR overrides it (tests, portable installs)."""
    override = os.environ.get(DATA_DIR_ENV_VAR)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False, roaming=False))


def make_private_folder(folder: Path) -> None:
    """Create `folder` (and its parents) owner-only (0700) where the system has such modes; on Windows
    the per-user folder is private already."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        folder.chmod(0o700)


def create_private_file(path: Path) -> None:
    """Create an empty file readable by its owner only (0600 on POSIX), unless it exists already."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        pass


def default_database_path() -> Path:
    return data_dir() / "flare-monitor.db"


def demo_database_path() -> Path:
    """The demo's own database file: the demo is never loaded into the officer's database by the app."""
    return data_dir() / "flare-monitor-demo.db"


def same_file(a: Path, b: Path) -> bool:
    """True when two paths name the same file (case and separators as the system compares them)."""
    try:
        return os.path.normcase(os.path.realpath(a)) == os.path.normcase(os.path.realpath(b))
    except OSError:
        return False


def backups_dir() -> Path:
    return data_dir() / "backups"


def logs_dir() -> Path:
    return data_dir() / "logs"


REPORTS_FOLDER_NAME = "FLARE Monitor reports"


def reports_dir() -> Path:
    """Where reports and exports go unless the user picks a folder: "FLARE Monitor reports" in the
    user's Documents, which an uninstall that removes the app's data never touches. A data folder moved
    with FLARE_MONITOR_DATA_DIR (a portable install) keeps the reports inside it instead. Not created
    here: the page or command that writes the first file creates it."""
    if os.environ.get(DATA_DIR_ENV_VAR):
        return data_dir() / "reports"
    return Path(platformdirs.user_documents_dir()) / REPORTS_FOLDER_NAME


# ---------------------------------------------------------------- shipped files


def is_frozen() -> bool:
    """True in the PyInstaller build (the app was not started by a Python interpreter)."""
    return bool(getattr(sys, "frozen", False))


def bundle_root() -> Path:
    """The folder holding the shipped files: the bundle's folder when frozen, else the source tree."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """A shipped file or folder: ``resource_path("resources", "fonts")``, ``resource_path("migrations")``.

    The one way to find migrations, fonts, icons, translations and the logo, from source or frozen.
    """
    return bundle_root().joinpath(*parts)


def resources_dir() -> Path:
    """The shipped resources folder (fonts, icons, translations, logo)."""
    return resource_path("resources")


# ---------------------------------------------------------------- Windows-valid names

# Device names Windows reserves in every folder, with or without an extension ("CON.pdf" too).
_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
    f"{dev}{n}" for dev in ("COM", "LPT") for n in [*"123456789", "\u00b9", "\u00b2", "\u00b3"]
}
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
MAX_NAME = 120  # well under the 255 of NTFS, leaving room for the folder within the 260 of MAX_PATH


def safe_filename(name: str, *, replacement: str = "-", max_length: int = MAX_NAME) -> str:
    """`name` made into a file name that Windows (and every other system) accepts, extension kept.

    Forbidden characters (``<>:"/\\|?*`` and control characters) become `replacement`; trailing dots
    and spaces (which Windows drops) go; a reserved device name (CON, NUL, COM1 … also as "con.pdf")
    gets an underscore; too long a name is shortened before its extension. Never returns "".
    """
    text = _FORBIDDEN.sub(replacement, name).strip().rstrip(". ")
    if not text.strip("." + replacement):
        text = "unnamed"
    stem, dot, suffix = text.rpartition(".") if "." in text.lstrip(".") else (text, "", "")
    if not dot or len(suffix) > 10 or not stem.strip(". "):
        stem, dot, suffix = text, "", ""
    first = stem.split(".")[0].rstrip(" ")
    if first.upper() in _RESERVED:
        stem = first + "_" + stem[len(first) :]
    tail = dot + suffix
    # Windows counts UTF-16 code units: a character outside the BMP (an emoji, rare CJK) counts two.
    while stem and _utf16_len(stem + tail) > max_length:
        stem = stem[:-1]
    stem = stem.rstrip(". ") or "unnamed"
    return stem + tail


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def sqlite_uri(path: PurePath | str, **params: str) -> str:
    """A SQLite ``file:`` URI for `path`, e.g. to open it read-only (``mode="ro"``).

    ``f"file:{path}"`` breaks on a folder named "Project #2" or "100%" (a fragment, an escape) and on
    drive letters; this quotes the path: ``file:///C:/Users/…``, ``file:////server/share/…``.
    """
    pure = path if isinstance(path, PurePath) else Path(path)
    if not pure.is_absolute():
        pure = Path(pure).absolute()
    text = pure.as_posix()
    if not text.startswith("/"):
        text = "/" + text  # a drive letter: file:///C:/…
    uri = "file://" + urllib.parse.quote(text, safe="/:")
    return uri + ("?" + urllib.parse.urlencode(params) if params else "")
