"""Run the benchmarks: `python -m benchmarks.run [--scale large] [--repeat 5] [--only NAME ...]`.

The sample database of the chosen scale is generated once and cached in the system temp folder.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.cases import CASES, Context, scratch  # noqa: E402
from benchmarks.harness import Result, table


def sample_database(scale: str, seed: int = 1, folder: Path | None = None) -> Path:
    from flare_monitor.db.migrate import open_database
    from flare_monitor.services.sample import generate_sample

    path = (folder or Path(tempfile.gettempdir())) / f"flare-monitor-sample-{scale}-{seed}.db"
    if path.exists():
        return path
    partial = path.with_suffix(".partial.db")
    partial.unlink(missing_ok=True)
    started = time.perf_counter()
    db = open_database(str(partial))
    with db.session(audit=False) as session:
        generate_sample(session, scale, seed)
    db.dispose()
    partial.replace(path)
    print(f"generated the {scale} sample in {time.perf_counter() - started:.1f} s", flush=True)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run")
    parser.add_argument("--scale", default="large", choices=["small", "medium", "large"])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--only", nargs="*", choices=list(CASES))
    args = parser.parse_args(argv)
    results = run_cases(args.scale, args.repeat, args.only)
    print(table(results))
    return 0 if all(r.passed is not False for r in results) else 1


def run_cases(
    scale: str, repeat: int, only: list[str] | None = None, folder: Path | None = None
) -> list[Result]:
    work = scratch()
    try:
        ctx = Context(sample_database(scale, folder=folder), repeat, work)
        results: list[Result] = []
        for name in only or list(CASES):
            print(f"running {name} …", flush=True)
            try:
                results.append(CASES[name](ctx))
            except ImportError as exc:
                results.append(Result(name, note=f"not available: {exc}"))
        ctx.db.dispose()
        return results
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
