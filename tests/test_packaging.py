"""The Windows delivery agrees with the app: one version everywhere, the data folder the installer keeps."""

from __future__ import annotations

import re
import sys
from pathlib import Path, PureWindowsPath

import platformdirs
import platformdirs.windows
import pytest
from PIL import Image

from flare_monitor import APP_ID, __version__, paths

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))
import versioninfo  # noqa: E402

ISS = ROOT / "packaging" / "flare_monitor.iss"


@pytest.mark.parametrize(
    "version, numbers",
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("2.3", (2, 3, 0, 0)),
        ("1.2.0rc1", (1, 2, 0, 0)),
        ("4.5.6.dev7", (4, 5, 6, 0)),
    ],
)
def test_windows_version_numbers(version, numbers):
    assert versioninfo.numeric_version(version) == numbers


def test_a_version_windows_cannot_hold_is_refused():
    with pytest.raises(ValueError, match="65535"):
        versioninfo.numeric_version("2024.70000.1")


def test_the_build_reads_the_apps_version():
    assert versioninfo.app_version(ROOT) == __version__


def _strings(node, found: dict) -> dict:
    """The StringStruct(name, value) pairs anywhere in an evaluated version resource."""
    if isinstance(node, tuple) and node and node[0] == "StringStruct":
        found[node[1][0]] = node[1][1]
    elif isinstance(node, list | tuple | dict):
        for child in node.values() if isinstance(node, dict) else node:
            _strings(child, found)
    return found


def test_version_resource_of_the_executables(tmp_path):
    path = versioninfo.write_version_file(tmp_path, "flare-monitor-cli")
    text = path.read_text(encoding="utf-8")
    # PyInstaller eval()s this text with its own classes; here each class records its arguments.
    names = ["VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct"]
    names += ["VarFileInfo", "VarStruct"]
    classes = {name: (lambda *args, _n=name, **kwargs: (_n, args, kwargs)) for name in names}
    resource = eval(text, classes)  # noqa: S307 - our own generated text
    fixed = resource[2]["ffi"][2]
    assert fixed["filevers"] == fixed["prodvers"] == versioninfo.numeric_version(__version__)
    strings = _strings(resource, {})
    assert strings["ProductVersion"] == strings["FileVersion"] == __version__
    assert strings["OriginalFilename"] == "flare-monitor-cli.exe"
    assert strings["ProductName"] == "FLARE Monitor"


def test_icon_holds_every_size_windows_asks_for():
    with Image.open(ROOT / "resources" / "icons" / "flare-monitor.ico") as icon:
        assert {(16, 16), (24, 24), (32, 32), (48, 48), (256, 256)} <= set(icon.info["sizes"])
    with Image.open(ROOT / "resources" / "icons" / "flare-monitor.png") as png:
        assert png.size == (256, 256)


def test_installer_keeps_the_folder_the_app_writes_to(monkeypatch):
    """The uninstaller's data folder is the app's: %LOCALAPPDATA%\\flare-monitor."""
    local = r"C:\Users\ana\AppData\Local"
    monkeypatch.delenv(paths.DATA_DIR_ENV_VAR, raising=False)
    monkeypatch.setattr(
        platformdirs.windows, "get_win_folder", lambda csidl: {"CSIDL_LOCAL_APPDATA": local}[csidl]
    )
    monkeypatch.setattr(
        platformdirs, "user_data_dir", lambda *a, **k: platformdirs.windows.Windows(*a, **k).user_data_dir
    )
    assert PureWindowsPath(paths.data_dir()) == PureWindowsPath(local, APP_ID)
    text = ISS.read_text(encoding="utf-8-sig")
    assert f'#define DataDir "{{localappdata}}\\{APP_ID}"' in text


def test_installer_is_per_user_and_takes_the_builds_defines():
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: every Inno Setup 6 reads the accents right
    text = raw.decode("utf-8-sig")
    assert re.search(r"^PrivilegesRequired=lowest$", text, re.MULTILINE)
    assert re.search(r"^DefaultDirName=\{localappdata\}\\Programs\\", text, re.MULTILINE)
    build = (ROOT / "packaging" / "build.py").read_text(encoding="utf-8")
    for define in ("AppVersion", "AppNumericVersion"):
        assert f"#ifndef {define}" in text and f"/D{define}=" in build
    for language in ("Default.isl", "Spanish.isl", "French.isl"):
        assert language in text
