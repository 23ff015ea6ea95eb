"""Fuzzing `load`: truncated and malformed JSON files are rejected and nothing is written."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from main import main

SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@SETTINGS
@given(cut=st.floats(min_value=0.0, max_value=0.999), junk=st.binary(max_size=64))
def test_truncated_or_garbled_dump_is_rejected(
    demo_db, tmp_path, tmp_path_factory, new_db_url, capsys, cut, junk
):
    source = tmp_path / "dump.json"  # tmp_path lives across the examples: dump the demo once
    if not source.exists():
        assert main(["--db", demo_db.url, "dump", str(source)]) == 0
    data = source.read_bytes()
    folder = tmp_path_factory.mktemp("load")
    broken = folder / "broken.json"
    broken.write_bytes(data[: int(len(data) * cut)] + junk)
    target = new_db_url()
    assert main(["--db", target, "status"]) == 0
    capsys.readouterr()
    assert main(["--db", target, "load", str(broken)]) == 1
    _, err = capsys.readouterr()
    assert err.count("\n") == 1 and "Traceback" not in err
    main(["--db", target, "status", "--json"])
    counts = json.loads(capsys.readouterr()[0])["counts"]
    assert sum(counts.values()) == 0
