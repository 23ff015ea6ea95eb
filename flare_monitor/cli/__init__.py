"""The command line: `flare-monitor [--db PATH_OR_URL] COMMAND ...`, thin over the services.

Exit codes: 0 success; 1 an error the user can act on (one line on stderr, no traceback); 2 usage.
"""

from __future__ import annotations

import argparse
import logging
import sqlite3
import sys
import traceback
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from flare_monitor import __version__
from flare_monitor.actions.base import user_facing
from flare_monitor.cli import (
    activity_commands,
    backup_commands,
    core_commands,
    evidence_commands,
    export_commands,
    import_commands,
    indicator_commands,
    narrative_commands,
    output,
    package_commands,
    participant_commands,
    report_commands,
    risk_commands,
    sample_commands,
    server_commands,
    setup_commands,
)
from flare_monitor.db.migrate import open_database
from flare_monitor.errors import UserError
from flare_monitor.i18n import LANGUAGES, _, system_language

log = logging.getLogger(__name__)

COMMAND_MODULES = [
    core_commands,
    activity_commands,
    participant_commands,
    evidence_commands,
    export_commands,
    import_commands,
    indicator_commands,
    narrative_commands,
    risk_commands,
    report_commands,
    backup_commands,
    package_commands,
    sample_commands,
    server_commands,
    setup_commands,
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="flare-monitor",
        description="FLARE Monitor: activities, trainings, indicators and donor reports. "
        "Without a command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"FLARE Monitor {__version__}")
    parser.add_argument(
        "--language",
        dest="cli_language",
        choices=LANGUAGES,
        metavar="|".join(LANGUAGES),
        help="the language of messages and printed results (default: the system's); a report's language "
        "is its own --language",
    )
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="database file or URL (default: FLARE_MONITOR_DB or the per-user data folder)",
    )
    parser.add_argument(
        "--create",
        action="store_true",
        help="with --db: create the database (and its folder) when the folder does not exist yet",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


def execute(args: argparse.Namespace) -> int:
    """Run a parsed command; turn user errors into exit code 1 and a one-line message."""
    db = None
    output.set_language(getattr(args, "cli_language", None) or system_language())
    try:
        _refuse_missing_folder(args)
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
            problem = UserError(_("The database could not complete the command; nothing was changed."))
        elif not isinstance(exc, UserError):
            log.warning("%s: %s", type(problem).__name__, problem)
        print(f"flare-monitor: error: {output.text(problem)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        interrupted = _("interrupted; nothing was changed")
        print(f"flare-monitor: {output.text(interrupted)}", file=sys.stderr)
        return 130
    finally:
        if db is not None:
            db.dispose()


def _refuse_missing_folder(args: argparse.Namespace) -> None:
    """`--db` naming a file in a folder that does not exist is a typo far more often than a wish: refuse
    instead of silently creating the folder and an empty database, unless --create says so."""
    db_arg = getattr(args, "db", None)
    if not db_arg or "://" in db_arg or getattr(args, "create", False):
        return
    path = Path(db_arg).expanduser()
    if not path.parent.exists():
        raise UserError(_("no database at {path}; use `--create` to make one", path=str(path)))


def run(argv: list[str] | None = None) -> int:
    """Parse and run; with no command, print help (the desktop app is started by main.py)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    return execute(args)
