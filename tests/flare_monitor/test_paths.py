"""Windows path handling: file names Windows accepts, SQLite URIs of any folder, shipped files when frozen."""

from __future__ import annotations

import re
import shutil
import sqlite3
import sys
from contextlib import closing
from datetime import datetime
from pathlib import Path, PureWindowsPath

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flare_monitor import paths
from flare_monitor.db import migrate
from flare_monitor.db.backup import integrity_ok, set_aside, timestamped_name
from flare_monitor.db.location import Location, classify
from flare_monitor.paths import MAX_NAME, resource_path, safe_filename, sqlite_uri
from flare_monitor.reports import fonts

ROOT = Path(__file__).resolve().parents[2]

# Written from Microsoft's "Naming Files, Paths, and Namespaces", independently of flare_monitor.paths.
FORBIDDEN = set('<>:"/\\|?*') | {chr(c) for c in range(32)}
DEVICES = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
    f"{d}{n}" for d in ("COM", "LPT") for n in "123456789\u00b9\u00b2\u00b3"
}


def windows_accepts(name: str) -> bool:
    device = name.split(".")[0].rstrip(" ").upper()
    return (
        bool(name)
        and not FORBIDDEN & set(name)
        and not name.endswith((".", " "))
        and device not in DEVICES
        and len(name.encode("utf-16-le")) // 2 <= 255
    )


@pytest.mark.parametrize(
    "name, expected",
    [
        ("CON", "CON_"),
        ("con.pdf", "con_.pdf"),
        ("Aux.tar.gz", "Aux_.tar.gz"),
        ("NUL", "NUL_"),
        ("nul .txt", "nul_.txt"),
        ("COM1.xlsx", "COM1_.xlsx"),
        ("lpt9", "lpt9_"),
        ("COM\u00b9.csv", "COM\u00b9_.csv"),
        ("CONOUT$", "CONOUT$_"),
        # Not device names: left alone.
        ("CONSOLE.pdf", "CONSOLE.pdf"),
        ("COM10.pdf", "COM10.pdf"),
        ("com.pdf", "com.pdf"),
        ("BRIDGE_FY2024-Q3_all-countries_en.pdf", "BRIDGE_FY2024-Q3_all-countries_en.pdf"),
    ],
)
def test_reserved_device_names_are_renamed(name, expected):
    assert safe_filename(name) == expected
    assert windows_accepts(expected)


@pytest.mark.parametrize("char", sorted(FORBIDDEN))
def test_every_forbidden_character_is_replaced(char):
    name = safe_filename(f"a{char}b.pdf")
    assert name == "a-b.pdf"


@pytest.mark.parametrize(
    "name, expected",
    [
        ("GLO/18/20/USA_FY2024-Q3_PK_indicators.csv", "GLO-18-20-USA_FY2024-Q3_PK_indicators.csv"),
        ('Report "Q3": draft?.pdf', "Report -Q3-- draft-.pdf"),
        ("report. . ", "report"),
        ("  x.pdf  ", "x.pdf"),
        ("...", "unnamed"),
        ("", "unnamed"),
        ("///", "unnamed"),
        (".hidden", ".hidden"),
        ("Ташкент_2024-Q2.pdf", "Ташкент_2024-Q2.pdf"),
        ("وزارة.xlsx", "وزارة.xlsx"),
    ],
)
def test_names_are_cleaned_but_keep_what_is_valid(name, expected):
    assert safe_filename(name) == expected


def test_long_names_are_shortened_before_their_extension():
    name = safe_filename("Ё" * 300 + ".pdf")
    assert len(name) == MAX_NAME and name.endswith("Ё.pdf")
    # Windows counts UTF-16 units: an emoji is two.
    emoji = safe_filename("\U0001f600" * 100 + ".pdf", max_length=50)
    assert len(emoji.encode("utf-16-le")) // 2 <= 50 and emoji.endswith(".pdf")
    # A cut that lands on a space or a dot does not leave a name Windows would change.
    spaced = safe_filename("a" * 10 + " ." * 60 + "z.pdf", max_length=20)
    assert windows_accepts(spaced) and spaced.endswith(".pdf")


@given(st.text(max_size=400))
def test_any_text_becomes_a_name_windows_accepts(text):
    name = safe_filename(text)
    assert windows_accepts(name)
    assert len(name.encode("utf-16-le")) // 2 <= MAX_NAME
    assert safe_filename(name) == name  # a clean name is left as it is


def test_safe_names_can_be_created(tmp_path):
    for raw in ("CON.pdf", "GLO/18/20/USA.csv", "a:b*c?.xlsx", "trailing. ", "\U0001f600" * 80 + ".json"):
        target = tmp_path / safe_filename(raw)
        target.write_text("x", encoding="utf-8")
        assert target.parent == tmp_path and target.read_text(encoding="utf-8") == "x"


def test_backup_and_set_aside_names_are_valid_on_windows(tmp_path):
    when = datetime(2024, 10, 1, 9, 30, 0)
    assert windows_accepts(timestamped_name(Path("flare-monitor.db"), "before-0004", when))
    damaged = tmp_path / "flare-monitor.db"
    damaged.write_bytes(b"not a database")
    assert windows_accepts(set_aside(damaged, when).name)


# ---------------------------------------------------------------- SQLite URIs


@pytest.mark.parametrize(
    "path, uri",
    [
        (
            PureWindowsPath(r"C:\Users\Ana María\Projects #2\100% done\flare.db"),
            "file:///C:/Users/Ana%20Mar%C3%ADa/Projects%20%232/100%25%20done/flare.db",
        ),
        (PureWindowsPath("D:/data/flare.db"), "file:///D:/data/flare.db"),
        (PureWindowsPath(r"\\fileserver\projects\flare.db"), "file:////fileserver/projects/flare.db"),
    ],
)
def test_windows_paths_become_sqlite_uris(path, uri):
    assert sqlite_uri(path) == uri
    assert sqlite_uri(path, mode="ro") == uri + "?mode=ro"


def test_a_database_in_a_folder_with_uri_characters_opens_read_only(tmp_path):
    folder = tmp_path / "Project #2 (100%) ? Ташкент"
    folder.mkdir()
    path = folder / "flare monitor.db"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
    assert integrity_ok(path)
    with closing(sqlite3.connect(sqlite_uri(path, mode="ro"), uri=True)) as conn:
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            conn.execute("INSERT INTO t VALUES (1)")
    missing = folder / "missing.db"
    assert not integrity_ok(missing) and not missing.exists()
    # A "#" or "?" once cut the path short: SQLite created and checked an empty "Project " file instead.
    assert [p.name for p in tmp_path.iterdir()] == [folder.name]


# ---------------------------------------------------------------- network shares given as Windows paths


@pytest.mark.parametrize(
    "path, expected",
    [
        (PureWindowsPath("//fileserver/projects/flare.db"), Location.NETWORK),
        (PureWindowsPath(r"\\fileserver\projects\bridge\flare.db"), Location.NETWORK),
        (PureWindowsPath(r"C:\Users\officer\AppData\Local\flare-monitor\flare-monitor.db"), Location.LOCAL),
        (PureWindowsPath("C:/Users/officer/OneDrive - ILO/Documents/flare.db"), Location.CLOUD_SYNC),
        (PureWindowsPath(r"Z:\bridge") / "flare.db", Location.NETWORK),
    ],
)
def test_location_of_pure_windows_paths(path, expected):
    drive_types = {"Z:\\": 4}  # a mapped network drive
    found = classify(str(path), windows=True, drive_type=lambda root: drive_types.get(root, 3))
    assert found is expected


# ---------------------------------------------------------------- shipped files, from source and frozen


def test_resources_are_found_in_the_source_tree():
    assert not paths.is_frozen()
    assert paths.bundle_root() == ROOT
    assert resource_path("resources", "fonts") == fonts.font_dir() == ROOT / "resources" / "fonts"
    assert all(file.is_file() for file in fonts.font_files())


@pytest.fixture
def frozen_bundle(tmp_path, monkeypatch) -> Path:
    """A bundle folder as PyInstaller unpacks it, with the migrations copied in."""
    bundle = tmp_path / "_internal"
    shutil.copytree(ROOT / "migrations", bundle / "migrations", ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    return bundle


def test_frozen_build_finds_its_files_in_the_bundle(frozen_bundle):
    assert paths.is_frozen()
    assert resource_path("resources", "logo.png") == frozen_bundle / "resources" / "logo.png"
    assert fonts.font_dir() == frozen_bundle / "resources" / "fonts"
    location = migrate.alembic_config().get_main_option("script_location")
    assert Path(location) == frozen_bundle / "migrations"


def test_frozen_build_migrates_from_the_bundle(frozen_bundle, tmp_path):
    head = migrate.head_revision()
    revisions, parents = set(), set()
    for script in (frozen_bundle / "migrations" / "versions").glob("*.py"):
        text = script.read_text(encoding="utf-8")
        revisions.update(re.findall(r'^revision: str = "([^"]+)"', text, re.MULTILINE))
        parents.update(re.findall(r'^down_revision: str \| None = "([^"]+)"', text, re.MULTILINE))
    assert revisions and [head] == sorted(revisions - parents)  # the bundle's scripts end at the head
    db = migrate.open_database(str(tmp_path / "frozen.db"))
    try:
        assert migrate.current_revision(db) == head
    finally:
        db.dispose()
    # Without the scripts in the bundle there is nothing to migrate to: the source tree is not used.
    shutil.rmtree(frozen_bundle / "migrations" / "versions")
    assert migrate.head_revision() is None
