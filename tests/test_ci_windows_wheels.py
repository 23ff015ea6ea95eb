"""The CI check that every dependency has a Windows wheel (.ci/windows_wheels.py) fails on a missing one
and follows the extras a requirement asks for (psycopg[binary] → psycopg-binary). Offline: pip is faked."""

from __future__ import annotations

import importlib.util
import subprocess
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("windows_wheels", ROOT / ".ci" / "windows_wheels.py")
windows_wheels = importlib.util.module_from_spec(spec)
spec.loader.exec_module(windows_wheels)


def _fake_pip(missing: set[str], asked: list[str]):
    def run(args, **_kwargs):
        requirement = args[-1]
        asked.append(requirement)
        if any(requirement.startswith(name) for name in missing):
            return subprocess.CompletedProcess(args, 1, "", "ERROR: No matching distribution found")
        folder = Path(args[args.index("--dest") + 1])
        name = windows_wheels._stem(requirement)
        with zipfile.ZipFile(folder / f"{name}-1.0-py3-none-win_amd64.whl", "w") as wheel:
            extra = (
                'Requires-Dist: psycopg-binary==3.3.9; implementation_name != "pypy" and extra == "binary"\n'
            )
            wheel.writestr(
                f"{name}-1.0.dist-info/METADATA", "Name: x\n" + (extra if name == "psycopg" else "")
            )
        return subprocess.CompletedProcess(args, 0, "", "")

    return run


def test_every_requirement_and_its_extras_are_asked_for(monkeypatch, capsys):
    asked: list[str] = []
    monkeypatch.setattr(windows_wheels.subprocess, "run", _fake_pip(set(), asked))
    assert windows_wheels.main() == 0
    assert "psycopg-binary==3.3.9" in asked
    assert any(a.startswith("PySide6-Essentials") for a in asked) and any(
        a.startswith("pyinstaller") for a in asked
    )


def test_a_missing_windows_wheel_fails(monkeypatch, capsys):
    monkeypatch.setattr(windows_wheels.subprocess, "run", _fake_pip({"psycopg-binary"}, []))
    assert windows_wheels.main() == 1
    assert "No Windows wheel for: psycopg-binary==3.3.9 (for psycopg[binary]" in capsys.readouterr().out
