"""The linter is part of the suite: the layers' import bans (flare_monitor/ruff.toml: no Qt; ui/ruff.toml:
no SQLAlchemy, no database package) and the project's rules hold on every run, not only on a developer's
machine."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _ruff() -> list[str]:
    found = shutil.which("ruff", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail(
            "ruff is not installed in the test environment (it is a dev dependency in pyproject.toml)"
        )
    return [found]


def test_the_code_passes_the_linter_with_the_layers_import_bans():
    run = subprocess.run([*_ruff(), "check", "--no-cache", "--output-format", "concise", "."], cwd=ROOT,
                         capture_output=True, text=True)  # fmt: skip
    assert run.returncode == 0, run.stdout + run.stderr


def test_a_qt_import_in_the_core_and_a_database_import_in_the_ui_are_caught():
    # The bans themselves work (a check that cannot fail is no check): the code is given on stdin under a
    # name inside each layer, so nothing is written into the source tree.
    for name, code in (
        ("flare_monitor/lint_probe.py", "from PySide6.QtCore import QObject\n\nprint(QObject)\n"),
        ("ui/lint_probe.py", "from flare_monitor.db import models\n\nprint(models)\n"),
    ):
        run = subprocess.run([*_ruff(), "check", "--no-cache", "--stdin-filename", name, "-"], cwd=ROOT,
                             input=code, capture_output=True, text=True)  # fmt: skip
        assert run.returncode == 1 and "TID251" in run.stdout, name + ": " + run.stdout + run.stderr
