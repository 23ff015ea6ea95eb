"""Set up a virtual environment and run the app or the tests, on Windows, macOS and Linux.

python dev.py app     set up, load the demo data into the default database and open the app
python dev.py test    set up and run the whole test suite (extra arguments go to pytest); the whole suite
                      runs in one process per core (pytest-xdist), test files named run in one process
python dev.py setup   only set up (and compile the translations when a .ts or .po is newer than its .qm/.mo)
python dev.py translations   refresh the .ts files from the UI sources and the .po catalogues from the
                      core's marked messages, and compile them to .qm and .mo
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".flare-monitor-installed"


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def setup() -> Path:
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py runs on whatever python the user has
        sys.exit("FLARE Monitor needs Python 3.11 or newer.")
    if not venv_python().exists():
        print("Creating the virtual environment in .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text() != wanted:
        print("Installing FLARE Monitor and its dependencies …", flush=True)
        python = str(venv_python())
        subprocess.run([python, "-m", "pip", "install", "--quiet", "--upgrade", "pip"], check=True)
        subprocess.run([python, "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[test]"], check=True)
        STAMP.write_text(wanted)
    # The app loads compiled .qm and .mo files (generated, not committed): rebuild those older than their
    # .ts or .po.
    subprocess.run([str(venv_python()), "-m", "ui.i18n_build", "--if-stale"], cwd=ROOT, check=True)
    return venv_python()


def _parallel(args: list[str]) -> list[str]:
    """The whole suite on every core; a few named tests (or -n given, or -s to watch output) as asked."""
    named = any(not arg.startswith("-") for arg in args)
    if named or any(arg.startswith(("-n", "--numprocesses", "-p", "-s")) for arg in args):
        return args
    return ["-n", "auto", *args]


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "app"
    if command in ("-h", "--help", "help") or command not in ("app", "test", "setup", "translations"):
        print(__doc__)  # before anything is installed
        return 0 if command in ("-h", "--help", "help") else 2
    python = str(setup())
    if command == "setup":
        return 0
    if command == "translations":
        return subprocess.run([python, "-m", "ui.i18n_build"], cwd=ROOT).returncode
    if command == "test":
        return subprocess.run([python, "-m", "pytest", *_parallel(argv[1:])], cwd=ROOT).returncode
    if command == "app":
        demo = subprocess.run([python, str(ROOT / "main.py"), *argv[1:], "demo"], cwd=ROOT)
        if demo.returncode != 0:
            return demo.returncode
        return subprocess.run([python, str(ROOT / "main.py"), *argv[1:]], cwd=ROOT).returncode
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
