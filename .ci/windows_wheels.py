"""Prove that every dependency installs on Windows: for each requirement of pyproject.toml (the app's,
and the build's: PyInstaller makes the Windows build), pip must find a Windows wheel
(`pip download --only-binary=:all: --platform win_amd64 --python-version 3.12 --no-deps`). The extras
a requirement asks for (psycopg[binary] → psycopg-binary) are checked the same way. A missing wheel
fails CI: on Windows, pip would try to build it from source, which an officer's laptop cannot.

Usage: python .ci/windows_wheels.py [PIP_PYTHON]   (PIP_PYTHON: the interpreter whose pip to use)
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLATFORM, PYTHON_VERSION = "win_amd64", "3.12"
_REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?\s*(.*)$")


def requirements() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [*project["dependencies"], *project.get("optional-dependencies", {}).get("build", [])]


def download(pip: list[str], requirement: str, folder: Path) -> Path | None:
    before = set(folder.iterdir())
    done = subprocess.run(
        [*pip, "download", "--only-binary=:all:", "--platform", PLATFORM, "--python-version", PYTHON_VERSION,
         "--no-deps", "--no-cache-dir", "--quiet", "--dest", str(folder), requirement],
        capture_output=True, text=True,
    )  # fmt: skip
    if done.returncode != 0:
        print(f"  MISSING  {requirement}: {(done.stderr.strip().splitlines() or ['?'])[-1]}")
        return None
    new = sorted(set(folder.iterdir()) - before) or sorted(folder.glob("*.whl"))
    wheel = next((p for p in new if p.name.lower().startswith(_stem(requirement))), new[-1] if new else None)
    print(f"  ok       {requirement}: {wheel.name if wheel else '(already downloaded)'}")
    return wheel


def _stem(requirement: str) -> str:
    match = _REQUIREMENT.match(requirement)
    return re.sub(r"[-.]+", "_", match[1]).lower() if match else ""


def extra_requirements(wheel: Path, extras: list[str]) -> list[str]:
    """The requirements a wheel adds for `extras`, from its METADATA (markers other than extra dropped)."""
    with zipfile.ZipFile(wheel) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        metadata = archive.read(name).decode("utf-8")
    found = []
    for line in metadata.splitlines():
        if not line.startswith("Requires-Dist:"):
            continue
        spec, _, marker = line.removeprefix("Requires-Dist:").partition(";")
        if any(re.search(rf"extra\s*==\s*[\"']{re.escape(extra)}[\"']", marker) for extra in extras):
            found.append(spec.strip())
    return found


def main() -> int:
    pip = [sys.argv[1] if len(sys.argv) > 1 else sys.executable, "-m", "pip"]
    missing = []
    print(f"Windows wheels ({PLATFORM}, Python {PYTHON_VERSION}) for every requirement:")
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        for requirement in requirements():
            match = _REQUIREMENT.match(requirement)
            extras = [e.strip() for e in (match[2] or "").split(",") if e.strip()] if match else []
            plain = f"{match[1]}{match[3]}" if match else requirement
            wheel = download(pip, plain, folder)
            if wheel is None:
                missing.append(requirement)
                continue
            for extra in extra_requirements(wheel, extras) if extras else []:
                if download(pip, extra, folder) is None:
                    missing.append(f"{extra} (for {requirement})")
    if missing:
        print(f"No Windows wheel for: {', '.join(missing)}")
        return 1
    print("Every requirement installs on Windows from a wheel.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
