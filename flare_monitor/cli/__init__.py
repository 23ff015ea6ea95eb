"""The command line: `flare-monitor [--db PATH_OR_URL] COMMAND ...`, thin over the services.

Exit codes: 0 success; 1 an error the user can act on (one line on stderr, no traceback); 2 usage.
"""

from __future__ import annotations

import argparse
import logging
import sqlite3
import sys
import traceback

from sqlalchemy.exc import DBAPIError

from flare_monitor import __version__
from flare_monitor.actions.base import user_facing
from flare_monitor.cli import (
    activity_commands,
    backup_commands,
    core_commands,
    export_commands,
    import_commands,
    indicator_commands,
    package_commands,
    participant_commands,
    report_commands,
    sample_commands,
    server_commands,
)
from flare_monitor.db.migrate import open_database
from flare_monitor.errors import UserError

log = logging.getLogger(__name__)

COMMAND_MODULES = [
    core_commands,
    activity_commands,
    participant_commands,
    export_commands,
    import_commands,
    indicator_commands,
    report_commands,
    backup_commands,
    package_commands,
    sample_commands,
    server_commands,
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="flare-monitor",
        description="FLARE Monitor: activities, trainings, indicators and donor reports. "
        "Without a command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"FLARE Monitor {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="database file or URL (default: FLARE_MONITOR_DB or the per-user data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


def execute(args: argparse.Namespace) -> int:
    """Run a parsed command; turn user errors into exit code 1 and a one-line message."""
    db = None
    try:
        if getattr(args, "needs_db", True):
            db = open_database(args.db)
        return int(args.handler(args, db) or 0)
    except BrokenPipeError:  # `flare-monitor … | head`: the reader left; not an error worth a traceback
        sys.stderr.close()
        return 0
    except (UserError, DBAPIError, sqlite3.Error, OSError, MemoryError) as exc:
        problem = user_facing(exc)
        if problem is None:  # a database error nobody classified: a bug, logged without its values
            log.error("database error:\n%s", "".join(traceback.format_tb(exc.__traceback__)))
            problem = UserError("The database could not complete the command; nothing was changed.")
        elif not isinstance(exc, UserError):
            log.warning("%s: %s", type(problem).__name__, problem)
        print(f"flare-monitor: error: {problem}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("flare-monitor: interrupted; nothing was changed", file=sys.stderr)
        return 130
    finally:
        if db is not None:
            db.dispose()


def run(argv: list[str] | None = None) -> int:
    """Parse and run; with no command, print help (the desktop app is started by main.py)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    return execute(args)
