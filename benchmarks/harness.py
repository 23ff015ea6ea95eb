"""Timing helpers: medians of several runs, baselines measured in the same run, a results table."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Result:
    name: str
    seconds: float | None = None
    baseline_name: str | None = None
    baseline_seconds: float | None = None
    target: str = ""
    value_text: str | None = None  # for non-time measures (memory)
    passed: bool | None = None
    runs: list[float] = field(default_factory=list)
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.seconds is None or not self.baseline_seconds:
            return None
        return self.seconds / self.baseline_seconds

    def row(self) -> list[str]:
        measured = self.value_text or (f"{self.seconds * 1000:.0f} ms" if self.seconds is not None else "—")
        baseline = (
            f"{self.baseline_seconds * 1000:.0f} ms ({self.baseline_name})" if self.baseline_seconds else ""
        )
        ratio = f"{self.ratio:.2f}×" if self.ratio is not None else ""
        verdict = {True: "met", False: "MISSED", None: "—"}[self.passed]
        return [self.name, measured, baseline, ratio, self.target, verdict, self.note]


def median_time(
    fn: Callable[[], object], repeat: int, setup: Callable[[], object] | None = None
) -> list[float]:
    runs = []
    for _ in range(repeat):
        if setup is not None:
            setup()
        started = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - started)
    return runs


def summarize(runs: list[float]) -> float:
    return statistics.median(runs)


def table(results: list[Result]) -> str:
    headers = ["benchmark", "median", "baseline", "ratio", "target", "result", "note"]
    rows = [headers] + [r.row() for r in results]
    widths = [max(len(row[i]) for row in rows) for i in range(len(headers))]
    lines = [" | ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "-|-".join("-" * w for w in widths))
    return "\n".join("| " + line + " |" for line in lines)
