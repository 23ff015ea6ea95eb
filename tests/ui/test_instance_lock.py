"""One window per database file, however its path is spelled."""

from __future__ import annotations

from flare_monitor.db.urls import resolve_database_url
from ui.app import instance_lock


def test_the_lock_names_the_resolved_file(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "sub")
    spellings = [tmp_path / "conc.db", tmp_path / "sub" / ".." / "conc.db"]
    names = {instance_lock(resolve_database_url(str(p))).fileName() for p in spellings}
    assert len(names) == 1
    other = instance_lock(resolve_database_url(str(tmp_path / "sub" / "conc.db"))).fileName()
    assert other not in names
    assert instance_lock(resolve_database_url(str(tmp_path / "link" / "conc.db"))).fileName() == other
