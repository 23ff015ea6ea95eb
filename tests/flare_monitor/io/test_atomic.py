"""Every user file is replaced whole or not at all."""

from __future__ import annotations

import pytest

from flare_monitor.errors import EnvironmentProblem, UserError
from flare_monitor.io.atomic import replace_atomically


def test_the_new_content_replaces_the_old_and_no_temp_file_stays(tmp_path):
    target = tmp_path / "out.json"
    target.write_text("old")
    assert replace_atomically(target, lambda temp: temp.write_text("new")) == 3
    assert target.read_text() == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_a_failing_writer_leaves_the_old_file_and_no_temp_file(tmp_path):
    target = tmp_path / "out.json"
    target.write_text("old")

    def half_then_fail(temp):
        temp.write_text("half")
        raise UserError("the data cannot be written")

    with pytest.raises(UserError, match="cannot be written"):
        replace_atomically(target, half_then_fail)
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_an_operating_system_error_is_an_environment_problem_with_the_hint_for_permissions(tmp_path):
    def refused(temp):
        raise PermissionError(13, "Permission denied")

    with pytest.raises(EnvironmentProblem, match=r"Permission denied\. Close it\.$"):
        replace_atomically(tmp_path / "out.csv", refused, in_use_hint=" Close it.")
    with pytest.raises(EnvironmentProblem, match="Cannot write .*out.csv: No space left"):
        replace_atomically(
            tmp_path / "out.csv", lambda temp: (_ for _ in ()).throw(OSError(28, "No space left"))
        )
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_is_named(tmp_path):
    with pytest.raises(UserError, match="the folder .*missing does not exist"):
        replace_atomically(tmp_path / "missing" / "out.csv", lambda temp: None)
