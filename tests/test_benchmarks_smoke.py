"""The benchmarks run at small scale so they cannot silently break (their timings are not judged here)."""

from __future__ import annotations

import pytest

from benchmarks.cases import CASES
from benchmarks.run import run_cases


@pytest.mark.slow
def test_every_benchmark_runs_on_the_small_sample(tmp_path, qapp):
    results = run_cases("small", 1, folder=tmp_path)
    assert [r.name for r in results] and len(results) == len(CASES)
    for result in results:
        assert "not available" not in result.note, result.note
        assert result.seconds is not None or result.value_text is not None, result.name
        assert result.passed is not None, result.name
