"""generate-sample: deterministic registers at real sizes for benchmarks."""

from __future__ import annotations

import argparse
import time

from flare_monitor.actions import setup
from flare_monitor.cli.output import print_table
from flare_monitor.db.engine import Database
from flare_monitor.services.sample import SCALES


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("generate-sample", help="fill an empty database with a deterministic sample")
    p.add_argument("--scale", choices=list(SCALES), default="small")
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(handler=cmd_generate)


def cmd_generate(args: argparse.Namespace, db: Database) -> int:
    started = time.perf_counter()
    counts = setup.generate_sample(db, (args.scale, args.seed))
    print_table(["what", "rows"], list(counts.items()))
    print(f"Generated the {args.scale} sample in {time.perf_counter() - started:.1f} s.")
    return 0
