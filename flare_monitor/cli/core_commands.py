"""status, project list, demo, check, dump, load."""

from __future__ import annotations

import argparse
from pathlib import Path

from flare_monitor.actions import dataset
from flare_monitor.actions.projects import list_projects
from flare_monitor.actions.setup import load_demo
from flare_monitor.cli import project_commands, setup_commands
from flare_monitor.cli.output import emit_json, language, print_table, say
from flare_monitor.db.engine import Database, mask_url, resolve_database_url, sqlite_file
from flare_monitor.db.errors import DamagedDatabase
from flare_monitor.db.migrate import open_database
from flare_monitor.errors import UserError
from flare_monitor.i18n import _, formatting, ngettext
from flare_monitor.services import maintenance


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("status", help="database location, schema revision and row counts")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=cmd_status)

    project = commands.add_parser("project", help="projects")
    project_cmds = project.add_subparsers(dest="project_command", metavar="ACTION", required=True)
    p = project_cmds.add_parser("list", help="list the projects")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_project_list)
    project_commands.register_project_actions(project_cmds)
    setup_commands.add_project_commands(project_cmds)
    project_commands.register_text_actions(project_cmds)

    p = commands.add_parser(
        "demo", help="load the demo data (BRIDGE and FLARE); running it twice changes nothing"
    )
    p.set_defaults(handler=cmd_demo)

    p = commands.add_parser("check", help="integrity and reference checks; exit 0 only when clean")
    p.set_defaults(handler=cmd_check, needs_db=False)  # opens it itself: a damaged file is its finding

    p = commands.add_parser("dump", help="write the whole dataset as one JSON document (docs/DATA_FORMAT.md)")
    p.add_argument("file", metavar="FILE.json", type=Path)
    p.set_defaults(handler=cmd_dump)

    p = commands.add_parser("load", help="load a JSON document written by dump into an empty database")
    p.add_argument("file", metavar="FILE.json", type=Path)
    p.add_argument("--replace", action="store_true", help="replace everything in the database")
    p.set_defaults(handler=cmd_load)


def cmd_status(args: argparse.Namespace, db: Database) -> int:
    status = maintenance.database_status(db)
    if args.json:
        emit_json(status.as_json())
        return 0
    print(f"Database:  {status.location} ({status.backend})")
    state = "up to date" if status.revision == status.head else f"head is {status.head}"
    print(f"Schema:    {status.revision} ({state})")
    print(f"Backups:   {status.backups}")
    print_table(["table", "rows"], [(name, count) for name, count in status.counts.items()])
    return 0


def cmd_project_list(args: argparse.Namespace, db: Database) -> int:
    projects = list_projects(db)
    if args.json:
        emit_json([p.as_json() for p in projects])
        return 0
    if not projects:
        say(
            _(
                "No projects yet. Create one with: flare-monitor project create … (or project "
                "import-logframe FILE.xlsx); or load the demo data with: flare-monitor demo"
            )
        )
        return 0
    print_table(
        ["code", "title", "donor", "countries", "reporting calendar"],
        [
            (
                p.code,
                p.title,
                p.donor,
                ", ".join(
                    f"{c} {formatting.country_name(c, language())}"
                    for c in formatting.sorted_countries(p.countries, language())
                ),
                p.calendar_description,
            )
            for p in projects
        ],
    )
    return 0


def cmd_demo(args: argparse.Namespace, db: Database) -> int:
    loaded = load_demo(db)
    say(_("Demo data loaded.") if loaded else _("The demo data is already there; nothing changed."))
    return 0


def cmd_check(args: argparse.Namespace, _db: None) -> int:
    try:
        db = open_database(args.db)
    except DamagedDatabase:
        location = unopened_location(args.db)
        raise DamagedDatabase(maintenance.damaged_message(location)) from None
    try:
        return _check(db)
    finally:
        db.dispose()


def unopened_location(db_arg: str | None) -> str:
    url = resolve_database_url(db_arg)
    return str(sqlite_file(url) or mask_url(url))


def _check(db: Database) -> int:
    problems = maintenance.check_database(db)
    if problems:
        for problem in problems:
            say(problem)
        raise UserError(
            ngettext(
                "{count} problem found in {location}",
                "{count} problems found in {location}",
                len(problems),
                location=db.display_location(),
            )
        )
    say(_("{location}: no problems found.", location=db.display_location()))
    return 0


def cmd_dump(args: argparse.Namespace, db: Database) -> int:
    counts = dataset.dump_dataset(db, Path(args.file))
    say(
        ngettext(
            "Wrote {count} record to {file}",
            "Wrote {count} records to {file}",
            sum(counts.values()),
            file=str(args.file),
        )
    )
    return 0


def cmd_load(args: argparse.Namespace, db: Database) -> int:
    counts = dataset.load_dataset(db, dataset.LoadDataset(Path(args.file), replace=args.replace))
    say(
        ngettext(
            "Loaded {count} record from {file}",
            "Loaded {count} records from {file}",
            sum(counts.values()),
            file=str(args.file),
        )
    )
    return 0
