"""Build the frozen app: ``python packaging/build.py [--check] [--installer] [--clean]``.

1. installs the ``build`` extra (PyInstaller, pypdf) into this Python if it is missing;
2. compiles the translations (``python -m ui.i18n_build --compile-only``) when the project has that step;
3. runs PyInstaller with packaging/flare_monitor.spec into dist/flare-monitor/;
4. with ``--check``: runs the frozen ``flare-monitor --self-check`` offscreen, in a temporary data
   folder, and fails when it fails (CI does this on Linux as a proxy for the Windows build);
5. with ``--installer`` (Windows): compiles packaging/flare_monitor.iss with Inno Setup's ISCC into
   dist/installer/, signing the executables, the installer and the uninstaller when FLARE_SIGNTOOL holds
   a signtool command line with ``$f`` for the file (docs/WINDOWS.md).

Prints the build time and the size of the bundle. Exit code 0 only when every step passed.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "flare_monitor.spec"
DIST = ROOT / "dist"
BUNDLE = DIST / "flare-monitor"
WORK = ROOT / "build" / "pyinstaller"
WINDOWS = sys.platform == "win32"
SELF_CHECK_TIMEOUT = 600  # seconds; a frozen self-check takes well under a minute

sys.path.insert(0, str(ROOT / "packaging"))
from versioninfo import app_version, numeric_version  # noqa: E402


def step(title: str) -> None:
    print(f"\n== {title}", flush=True)


def run(command: list[str], **kwargs) -> subprocess.CompletedProcess:
    print("$ " + " ".join(str(c) for c in command), flush=True)
    return subprocess.run(command, cwd=ROOT, **kwargs)


def ensure_build_tools() -> None:
    missing = [name for name in ("PyInstaller", "pypdf") if importlib.util.find_spec(name) is None]
    if not missing:
        return
    step(f"Installing the build extra ({', '.join(missing)} missing)")
    run([sys.executable, "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[build]"], check=True)


def build_translations() -> None:
    """The .qm files are generated, not committed: compile them from the .ts files if the step exists."""
    step("Translations")
    if (ROOT / "ui" / "i18n_build.py").is_file():
        run([sys.executable, "-m", "ui.i18n_build", "--compile-only"], check=True)
    else:
        print("No translation build step in this project (ui/i18n_build.py): shipping the .qm files present.")


def pyinstaller(clean: bool) -> float:
    step("PyInstaller")
    started = time.monotonic()
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    command += ["--distpath", str(DIST), "--workpath", str(WORK)]
    if clean:
        command.append("--clean")
    run([*command, str(SPEC)], check=True)
    return time.monotonic() - started


def executable(name: str) -> Path:
    return BUNDLE / (f"{name}.exe" if WINDOWS else name)


def folder_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def self_check() -> bool:
    """The frozen app's own check, offscreen, with a throw-away data folder; True when it passed."""
    step("Self-check of the frozen app")
    with tempfile.TemporaryDirectory(prefix="flare-monitor-build-check-") as data:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FLARE_MONITOR_DATA_DIR": data}
        env.pop("FLARE_MONITOR_DB", None)
        cli = str(executable("flare-monitor-cli"))
        version = run([cli, "--version"], env=env, capture_output=True, text=True)
        print(version.stdout.strip() or version.stderr.strip())
        if version.returncode != 0 or app_version() not in version.stdout:
            print(f"flare-monitor-cli --version did not say {app_version()}", file=sys.stderr)
            return False
        try:
            result = run(
                [str(executable("flare-monitor")), "--self-check"], env=env, timeout=SELF_CHECK_TIMEOUT
            )
        except subprocess.TimeoutExpired:
            print(f"The self-check did not finish in {SELF_CHECK_TIMEOUT} s", file=sys.stderr)
            return False
        report = Path(data) / "logs" / "self-check.txt"
        if WINDOWS and report.is_file():  # the windowed executable printed nowhere: show its report
            print(report.read_text(encoding="utf-8"))
        return result.returncode == 0


def find_iscc() -> Path | None:
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return Path(found)
    for base in (os.environ.get("ProgramFiles(x86)"), os.environ.get("ProgramFiles")):
        candidate = Path(base or "") / "Inno Setup 6" / "ISCC.exe"
        if base and candidate.is_file():
            return candidate
    return None


def installer() -> bool:
    step("Installer (Inno Setup)")
    iscc = find_iscc()
    if iscc is None:
        print("Inno Setup 6 (ISCC.exe) was not found: install it from https://jrsoftware.org/isinfo.php")
        return False
    iss = ROOT / "packaging" / "flare_monitor.iss"
    numeric = ".".join(str(n) for n in numeric_version(app_version()))
    defines = [f"/DAppVersion={app_version()}", f"/DAppNumericVersion={numeric}"]
    # Signing (docs/WINDOWS.md): FLARE_SIGNTOOL holds the signtool command line, with $f for the file.
    signtool = os.environ.get("FLARE_SIGNTOOL")
    if signtool:
        # The executables first (they go into the installer), then ISCC signs the setup and uninstaller.
        for name in ("flare-monitor", "flare-monitor-cli"):
            command = signtool.replace("$f", f'"{executable(name)}"')
            print(f"$ {command}", flush=True)
            if subprocess.run(command, cwd=ROOT).returncode != 0:  # one Windows command line
                return False
        defines += [f"/Ssigntool={signtool}", "/DSign"]
    return run([str(iscc), *defines, str(iss)]).returncode == 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="run the frozen app's --self-check afterwards")
    parser.add_argument("--installer", action="store_true", help="then compile the Inno Setup installer")
    parser.add_argument("--clean", action="store_true", help="rebuild from scratch (PyInstaller --clean)")
    args = parser.parse_args(argv)
    if sys.version_info < (3, 11):  # noqa: UP036 - may be started by any python
        return print("FLARE Monitor is built with Python 3.11 or newer.", file=sys.stderr) or 1
    started = time.monotonic()
    ensure_build_tools()
    build_translations()
    seconds = pyinstaller(args.clean)
    size, count = folder_size(BUNDLE)
    print(
        f"\nBuilt {BUNDLE} (version {app_version()}) in {seconds:.0f} s: {size / 1e6:.0f} MB, {count} files"
    )
    ok = True
    if args.check:
        ok = self_check()
        print("Self-check of the frozen app: " + ("passed" if ok else "FAILED"))
    if ok and args.installer:
        ok = installer()
    print(f"Total {time.monotonic() - started:.0f} s")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
