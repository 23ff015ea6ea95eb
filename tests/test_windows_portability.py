"""FLARE Monitor runs on Windows: the code that ships calls nothing POSIX-only, builds no path with a
hard-coded "/", and no file in the repository has a name Windows refuses. (CI also proves that every
dependency installs on Windows: .ci/windows_wheels.py.)"""

from __future__ import annotations

import ast
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ["flare_monitor", "ui", "migrations", "packaging", "main.py", "dev.py"]

POSIX_MODULES = {
    "fcntl",
    "pwd",
    "grp",
    "termios",
    "tty",
    "pty",
    "resource",
    "posix",
    "crypt",
    "syslog",
    "spwd",
}
POSIX_CALLS = {
    "os": {
        "fork",
        "forkpty",
        "setsid",
        "killpg",
        "getuid",
        "geteuid",
        "getgid",
        "getegid",
        "chown",
        "lchown",
        "mkfifo",
        "mknod",
        "statvfs",
        "getpwnam",
        "nice",
        "getpgid",
        "setpgid",
        "sync",
        "pipe2",
        "wait3",
        "wait4",
        "WNOHANG",
    },
    "signal": {
        "SIGKILL",
        "SIGHUP",
        "SIGALRM",
        "SIGUSR1",
        "SIGUSR2",
        "SIGCHLD",
        "SIGPIPE",
        "SIGQUIT",
        "SIGSTOP",
        "alarm",
        "pause",
        "setitimer",
        "siginterrupt",
    },
}
POSIX_ROOTS = re.compile(r"^/(tmp|home|etc|var|usr|dev|proc|opt|root|mnt|media|run|srv|bin|sbin|lib)(/|$)")

# Each allowed use says why it is safe on Windows.
ALLOWED = {
    ("flare_monitor/db/location.py", "/proc/mounts"): "Linux mount table, read only on POSIX; OSError → None",
}
# A "/" between two values is a path only when a value looks like one (a fraction, a URL or a key made
# of form groups is not).
PATHLIKE = re.compile(r"(dir|folder|path|root|file|home|base|parent)", re.IGNORECASE)


def _sources() -> list[Path]:
    files: list[Path] = []
    for name in SHIPPED:
        path = ROOT / name
        files += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return files


def _pathlike(node: ast.AST) -> bool:
    return bool(PATHLIKE.search(ast.unparse(node)))


def _findings(path: Path) -> list[str]:
    relative = path.relative_to(ROOT).as_posix()
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=relative)
    found = []

    def report(node: ast.AST, what: str) -> None:
        if (relative, what) not in ALLOWED:
            found.append(f"{relative}:{node.lineno}: {what}")

    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] in POSIX_MODULES:
                    report(node, f"import {alias.name}")
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] in POSIX_MODULES:
            report(node, f"from {node.module} import …")
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            if node.attr in POSIX_CALLS.get(node.value.id, ()):
                report(node, f"{node.value.id}.{node.attr}")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and POSIX_ROOTS.match(node.value):
            report(node, node.value)
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            sides = (node.left, node.right)
            if any(_pathlike(side) for side in sides):
                for side in sides:
                    if isinstance(side, ast.Constant) and side.value in ("/", "\\"):
                        report(node, f"a path joined with {side.value!r} (use pathlib)")
        elif isinstance(node, ast.JoinedStr):
            parts = node.values
            for before, middle, after in zip(parts, parts[1:], parts[2:], strict=False):
                if (
                    isinstance(before, ast.FormattedValue)
                    and isinstance(after, ast.FormattedValue)
                    and isinstance(middle, ast.Constant)
                    and middle.value in ("/", "\\")
                    and (_pathlike(before.value) or _pathlike(after.value))
                ):
                    report(node, f"a path joined with {middle.value!r} in an f-string (use pathlib)")
    return found


def test_shipped_code_calls_nothing_posix_only():
    problems = [line for path in _sources() for line in _findings(path)]
    assert problems == [], "POSIX-only code in what ships to Windows:\n" + "\n".join(problems)


def test_the_scan_finds_what_it_looks_for(tmp_path, monkeypatch):
    """A scan that cannot fail is no test: each kind of finding is caught."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import fcntl\nimport os, signal\nos.fork()\nos.kill(1, signal.SIGKILL)\nlog = '/var/log/x'\n"
        "p = folder + '/' + name\nq = f'{folder}/{name}'\n",
        encoding="utf-8",
    )
    monkeypatch.setattr("tests.test_windows_portability.ROOT", tmp_path)
    found = _findings(sample)
    assert sorted(line.split(": ", 1)[1] for line in found) == sorted(
        [
            "import fcntl",
            "os.fork",
            "signal.SIGKILL",
            "/var/log/x",
            "a path joined with '/' (use pathlib)",
            "a path joined with '/' in an f-string (use pathlib)",
        ]
    )


WINDOWS_FORBIDDEN = re.compile(r'[<>:"\\|?*\x00-\x1f]')
WINDOWS_DEVICES = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
    f"{d}{n}" for d in ("COM", "LPT") for n in "123456789"
}


def _windows_refuses(component: str) -> str | None:
    if WINDOWS_FORBIDDEN.search(component):
        return "a character Windows forbids"
    if component.endswith((".", " ")):
        return "a trailing dot or space"
    if component.split(".")[0].upper() in WINDOWS_DEVICES:
        return "a reserved device name"
    return None


@pytest.mark.parametrize("name", ["a:b.py", "aux.txt", "notes.", 'say"hi"', "x|y"])
def test_windows_refused_names_are_seen(name):
    assert _windows_refuses(name)


def test_no_file_name_in_the_repository_is_refused_by_windows():
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    paths = [p for p in listed.decode("utf-8").split("\0") if p]
    assert len(paths) > 100
    problems = [f"{p}: {why}" for p in paths for part in p.split("/") if (why := _windows_refuses(part))]
    folded: dict[str, str] = {}
    for p in paths:  # Windows folds letter case: two names differing only by case are one file there
        other = folded.setdefault(p.casefold(), p)
        if other != p:
            problems.append(f"{p} and {other} differ only by letter case")
    assert problems == []
