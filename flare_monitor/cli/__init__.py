"""The command line: `flare-monitor [--db PATH_OR_URL] COMMAND ...`, thin over the services.

Exit codes: 0 success; 1 an error the user can act on (one line on stderr, no traceback); 2 usage.
"""

from __future__ import annotations

import argparse
import logging
import sqlite3
import sys

from sqlalchemy.exc import OperationalError

from flare_monitor import __version__
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
)
from flare_monitor.db.migrate import open_database
from flare_monitor.errors import EnvironmentProblem, UserError

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


def _friendly(exc: OperationalError) -> UserError:
    text = str(exc.orig) if exc.orig is not None else str(exc)
    lowered = text.lower()
    if exc.connection_invalidated or "server closed the connection" in lowered or "terminating" in lowered:
        return EnvironmentProblem(
            "The connection to the database server was lost; the last change was not saved. Try again."
        )
    if "locked" in lowered:
        return EnvironmentProblem("The database is locked by another program; close it and try again.")
    if "disk" in lowered and "full" in lowered or "database or disk is full" in lowered:
        return EnvironmentProblem("The disk is full; nothing was changed. Free some space and try again.")
    if "unable to open database file" in lowered:
        return EnvironmentProblem(
            "Cannot write in the database's folder (read-only or missing); nothing was changed."
        )
    if "readonly" in lowered or "read-only" in lowered:
        return EnvironmentProblem("The database is read-only here; nothing was changed.")
    return EnvironmentProblem(f"Database error: {text.splitlines()[0]}")


def execute(args: argparse.Namespace) -> int:
    """Run a parsed command; turn user errors into exit code 1 and a one-line message."""
    db = None
    try:
        if getattr(args, "needs_db", True):
            db = open_database(args.db)
        return int(args.handler(args, db) or 0)
    except UserError as exc:
        print(f"flare-monitor: error: {exc}", file=sys.stderr)
        return 1
    except OperationalError as exc:
        log.exception("database error")
        print(f"flare-monitor: error: {_friendly(exc)}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `flare-monitor … | head`: the reader left; not an error worth a traceback
        sys.stderr.close()
        return 0
    except (sqlite3.Error, OSError) as exc:  # the machine is in the way (disk, permissions, locks)
        log.exception("environment error")
        print(
            f"flare-monitor: error: {exc.__class__.__name__}: {str(exc).splitlines()[0] if str(exc) else ''}",
            file=sys.stderr,
        )
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
