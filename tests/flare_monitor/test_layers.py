"""The layers keep to their place: the command line and the app reach the data only through the
application layer (flare_monitor.actions), which opens the units of work."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _calls_to_session(path: Path) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "session"
    ]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_the_command_line_opens_no_session_of_its_own():
    found = {
        str(path.relative_to(ROOT)): lines
        for path in sorted((ROOT / "flare_monitor" / "cli").glob("*.py"))
        if (lines := _calls_to_session(path))
    }
    assert not found, f"command-line code opening sessions (call an action instead): {found}"


def test_the_app_opens_no_session_and_imports_no_database_code():
    sessions, imports = {}, {}
    for path in sorted((ROOT / "ui").rglob("*.py")):
        name = str(path.relative_to(ROOT))
        if lines := _calls_to_session(path):
            sessions[name] = lines
        wrong = {
            m
            for m in _imports(path)
            if m == "sqlalchemy" or m.startswith(("sqlalchemy.", "flare_monitor.db"))
        }
        if wrong:
            imports[name] = sorted(wrong)
    assert not sessions, f"ui/ code opening sessions: {sessions}"
    assert not imports, f"ui/ code importing the database layer: {imports}"
