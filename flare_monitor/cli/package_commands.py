"""package export | import | conflicts | resolve | history | database-id: exchange packages between offices.

`package import` adds and updates what it can and leaves conflicts (records changed here and at the
other office since their last exchange) pending: `package conflicts` shows both versions,
`package resolve keep-mine|take-theirs ID… | --all` settles them. Pending conflicts are not an error
(exit code 0); a refused package is (exit code 1, nothing changed).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from flare_monitor.actions import packages
from flare_monitor.actions.packages import ConflictRow
from flare_monitor.cli.output import emit_json, print_table, say
from flare_monitor.db.engine import Database
from flare_monitor.i18n import _, ngettext

_PERSONAL_HELP = (
    "send participants' names, positions, phone numbers and e-mail addresses, and remarks on "
    "attendance (victims' records always travel pseudonymised)"
)
_KINDS = (
    ("add", "added", "new here"),
    ("update", "updated", "changed only at the other office"),
    ("unchanged", "unchanged", "the same on both sides"),
    ("kept", "kept here", "changed only here: this database's version stays"),
    ("conflict", "conflicts", "changed on both sides: left for you to resolve"),
    ("skipped", "skipped", "not written: see below"),
)


def register(commands: argparse._SubParsersAction) -> None:
    package = commands.add_parser("package", help="exchange packages with offices that share no connection")
    actions = package.add_subparsers(dest="package_command", metavar="ACTION", required=True)

    p = actions.add_parser("export", help="write a package of a project's records (pseudonymised by default)")
    p.add_argument("--project", required=True, metavar="CODE")
    p.add_argument("--country", metavar="ISO2", help="only this country's records (e.g. PK)")
    p.add_argument("--since", metavar="DATE", help="only records changed on or after DATE (YYYY-MM-DD)")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.flarepkg")
    p.add_argument("--include-personal-data", action="store_true", help=_PERSONAL_HELP)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_export)

    p = actions.add_parser("import", help="check a package and merge it into this database")
    p.add_argument("file", type=Path, metavar="FILE.flarepkg")
    p.add_argument("--dry-run", action="store_true", help="check and show what would change; change nothing")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_import)

    p = actions.add_parser("conflicts", help="conflicts left by imports, both versions side by side")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_conflicts)

    p = actions.add_parser("resolve", help="settle conflicts: keep this database's version or take theirs")
    p.add_argument("choice", choices=["keep-mine", "take-theirs"])
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "ids", nargs="*", default=[], metavar="ID", help="conflict ids (the first characters do)"
    )
    which.add_argument("--all", action="store_true", help="every pending conflict")
    p.set_defaults(handler=cmd_resolve)

    p = actions.add_parser("history", help="packages written and imported by this database")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_history)

    p = actions.add_parser("database-id", help="this database's id in exchanges")
    p.add_argument(
        "--renew",
        action="store_true",
        help="give this database a new id (for a copy of another office's database file)",
    )
    p.set_defaults(handler=cmd_database_id)


def cmd_export(args: argparse.Namespace, db: Database) -> int:
    request = packages.ExportPackage(
        args.out.expanduser(),
        args.project,
        country=args.country,
        since=args.since,
        include_personal_data=args.include_personal_data,
    )
    result = packages.export_package(db, request)
    if args.json:
        emit_json(
            {
                "path": str(result.path),
                "package_id": str(result.package_id),
                "sequence": result.sequence,
                "personal_data": result.personal_data,
                "counts": result.counts,
            }
        )
        return 0
    say(
        ngettext(
            "Wrote package no. {sequence} with {count} record to {path}",
            "Wrote package no. {sequence} with {count} records to {path}",
            result.total,
            sequence=str(result.sequence),
            path=str(result.path),
        )
    )
    if result.personal_data:
        print(
            "The package holds personal data: send it only to the office that needs it, by a safe route, "
            "and delete copies when done.",
            file=sys.stderr,
        )
    return 0


def _print_conflict(conflict: ConflictRow) -> None:
    head = f"[{conflict.short_id}] " if conflict.id else ""
    print(f"{head}{conflict.table} {conflict.label}")
    if conflict.missing_here:
        print("  (deleted here since; taking theirs adds it again)")
    rows = [(f.name, f.mine, f.theirs) for f in conflict.differing()]
    if rows:
        print_table(["field", "here", "theirs"], rows)
    print()


def _print_summary(summary: packages.ImportSummary, dry_run: bool) -> None:
    origin = f"{summary.project}" + (f" / {summary.country}" if summary.country else "")
    privacy = "with personal data" if summary.personal_data else "pseudonymised"
    print(
        f"Package {summary.file}: {origin}, no. {summary.sequence} from database {str(summary.source)[:8]}, "
        f"written {summary.written_at:%Y-%m-%d %H:%M} UTC by {summary.written_by} ({privacy})"
    )
    if summary.already_imported is not None:
        print(f"Already imported on {summary.already_imported:%Y-%m-%d %H:%M} UTC; nothing to do.")
        return
    print_table(
        ["records", "count", "meaning"],
        [(label, summary.counts.get(key, 0), meaning) for key, label, meaning in _KINDS],
    )
    if summary.merged or summary.merges_held:
        print()
        print(
            f"Duplicate participants merged as the other office merged them: {summary.merged}"
            + (
                f" ({summary.merges_held} held back: they attended in a period locked here)"
                if summary.merges_held
                else ""
            )
        )
    if summary.skipped:
        print()
        print("Skipped:")
        print_table(["table", "record", "why"], [(s.table, s.label, s.reason) for s in summary.skipped])
    if summary.conflicts:
        print()
        print(f"Conflicts ({len(summary.conflicts)}):")
        for conflict in summary.conflicts:
            _print_conflict(conflict)
    print()
    if dry_run:
        say(_("Dry run: nothing was changed."))
        return
    print(
        "Imported." + (f" The data as it was before is kept in {summary.backup}." if summary.backup else "")
    )
    if summary.conflicts:
        print(
            "Resolve the conflicts with: flare-monitor package resolve keep-mine|take-theirs ID... (or --all)"
        )


def cmd_import(args: argparse.Namespace, db: Database) -> int:
    path = args.file.expanduser()
    summary = packages.check_package(db, path) if args.dry_run else packages.import_package(db, path)
    if args.json:
        emit_json(summary.as_json())
    else:
        _print_summary(summary, args.dry_run)
    return 0


def cmd_conflicts(args: argparse.Namespace, db: Database) -> int:
    conflicts = packages.conflicts(db)
    if args.json:
        emit_json([c.as_json() for c in conflicts])
        return 0
    if not conflicts:
        say(_("No conflicts waiting."))
        return 0
    for conflict in conflicts:
        _print_conflict(conflict)
    print("Resolve with: flare-monitor package resolve keep-mine|take-theirs ID... (or --all)")
    return 0


def cmd_resolve(args: argparse.Namespace, db: Database) -> int:
    request = packages.ResolveConflicts(args.choice, None if args.all else tuple(args.ids))
    count = packages.resolve(db, request)
    choice = (
        "kept this database's version" if args.choice == "keep-mine" else "took the other office's version"
    )
    say(
        ngettext(
            "Resolved {count} conflict: {choice}.",
            "Resolved {count} conflicts: {choice}.",
            count,
            choice=choice,
        )
    )
    return 0


def cmd_history(args: argparse.Namespace, db: Database) -> int:
    rows = packages.history(db)
    if args.json:
        emit_json([r.as_json() for r in rows])
        return 0
    print_table(
        [
            "when (UTC)",
            "direction",
            "no.",
            "project",
            "country",
            "records",
            "personal data",
            "other database",
        ],
        [
            (
                f"{r.at:%Y-%m-%d %H:%M}",
                r.direction,
                r.sequence,
                r.project,
                r.country or "",
                r.records,
                "yes" if r.personal_data else "no",
                str(r.peer)[:8] if r.peer else "",
            )
            for r in rows
        ],
    )
    return 0


def cmd_database_id(args: argparse.Namespace, db: Database) -> int:
    value = packages.database_id(db, args.renew)
    print(value)
    return 0
