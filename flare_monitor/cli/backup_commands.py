"""backup, restore, backups list."""

from __future__ import annotations

import argparse
from pathlib import Path

from flare_monitor.cli.output import emit_json, print_table, say
from flare_monitor.db import migrate
from flare_monitor.db.engine import Database
from flare_monitor.i18n import _
from flare_monitor.services import backups
from flare_monitor.services.maintenance import SERVER_BACKUPS


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("backup", help="write a verified backup of the database")
    p.add_argument("--out", type=Path, metavar="FILE", help="where to write it (default: the backups folder)")
    p.set_defaults(handler=cmd_backup)

    p = commands.add_parser(
        "restore", help="replace the data by a backup (the current data is backed up first)"
    )
    p.add_argument("file", type=Path, metavar="FILE")
    # Not opened (nor migrated) first: a restore must work whatever state the current file is in.
    p.set_defaults(handler=cmd_restore, needs_db=False)

    group = commands.add_parser("backups", help="the backups kept for this database")
    actions = group.add_subparsers(dest="backups_command", metavar="ACTION", required=True)
    p = actions.add_parser("list", help="the backups of this database, newest first, with their whole paths")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_list)


def cmd_backup(args: argparse.Namespace, db: Database) -> int:
    path = backups.backup_now(db, "manual", out=args.out)
    say(_("Backup written and verified: {path}", path=str(path)))
    return 0


def cmd_restore(args: argparse.Namespace, _db: None) -> int:
    db = migrate.unopened_database(args.db)
    try:
        safety = backups.restore(db, args.file.expanduser())
    finally:
        db.dispose()
    if safety:
        say(_("Restored from {file}. The data as it was before is kept in {safety}.", file=str(args.file),
              safety=str(safety)))  # fmt: skip
    else:
        say(_("Restored from {file}.", file=str(args.file)))
    return 0


def cmd_list(args: argparse.Namespace, db: Database) -> int:
    if db.file is None:  # nothing to list, and nothing wrong: say where the backups are made instead
        if args.json:
            emit_json([])
        else:
            print(SERVER_BACKUPS)
        return 0
    found = backups.list_backups(database=db.file)
    if args.json:
        emit_json(
            [{"path": str(b.path), "created": b.created.isoformat(), "reason": b.reason} for b in found]
        )
        return 0
    # Whole paths: they are what `restore` needs.
    print_table(
        ["created", "reason", "file"], [(b.created, b.reason, b.path) for b in found], max_width=10_000
    )
    return 0
