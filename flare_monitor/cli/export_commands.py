"""export participants | activities | attendance | indicators --out FILE.csv|FILE.xlsx.

--include-personal-data adds names, phone numbers and e-mail addresses; it never adds the records
of victims (participants marked sensitive): those stay out of every export made from the command
line. The file format follows the suffix of --out.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from flare_monitor.db.engine import Database
from flare_monitor.io import exports

_PERSONAL_HELP = ("add names, phone numbers, e-mail addresses and consent (victims' records are never "
                  "exported from the command line)")


def register(commands: argparse._SubParsersAction) -> None:
    export = commands.add_parser("export", help="export the register or the indicators to CSV or Excel")
    what = export.add_subparsers(dest="export_command", metavar="WHAT", required=True)

    p = what.add_parser("participants", help="participants (pseudonymous unless --include-personal-data)")
    _common(p)
    p.add_argument("--include-personal-data", action="store_true", help=_PERSONAL_HELP)
    p.set_defaults(handler=cmd_participants)

    p = what.add_parser("activities", help="activities with participants by sex")
    _common(p)
    p.set_defaults(handler=cmd_activities)

    p = what.add_parser("attendance", help="who attended what (pseudonymous unless --include-personal-data)")
    _common(p)
    p.add_argument("--include-personal-data", action="store_true", help=_PERSONAL_HELP)
    p.set_defaults(handler=cmd_attendance)

    p = what.add_parser("evidence", help="evidence files listed (names, types, hashes; never their content)")
    p.add_argument("--out", required=True, metavar="FILE", help="FILE.csv or FILE.xlsx")
    p.add_argument("--project", metavar="CODE")
    p.set_defaults(handler=cmd_evidence)

    p = what.add_parser("indicators", help="the indicator table of a project for one reporting period")
    _common(p, project_required=True)
    p.add_argument("--period", required=True, metavar="PERIOD", help="e.g. 2024-Q2, FY2024-Q3, 2024 or LOP")
    p.set_defaults(handler=cmd_indicators)


def _common(p: argparse.ArgumentParser, project_required: bool = False) -> None:
    p.add_argument("--out", required=True, metavar="FILE", help="FILE.csv or FILE.xlsx")
    p.add_argument("--project", metavar="CODE", required=project_required)
    p.add_argument("--country", metavar="ISO2")


def _out(args: argparse.Namespace) -> Path:
    return Path(args.out).expanduser()


def _done(count: int, args: argparse.Namespace, personal: bool = False) -> int:
    print(f"Wrote {count} rows to {args.out}")
    if personal:
        print("The file holds personal data: keep it safe, share it only with people who need it, "
              "and delete it when done.", file=sys.stderr)
    return 0


def cmd_participants(args: argparse.Namespace, db: Database) -> int:
    with db.session() as session:
        count = exports.export_participants(session, _out(args), project=args.project, country=args.country,
                                            include_personal_data=args.include_personal_data)
    return _done(count, args, args.include_personal_data)


def cmd_activities(args: argparse.Namespace, db: Database) -> int:
    with db.session() as session:
        count = exports.export_activities(session, _out(args), project=args.project, country=args.country)
    return _done(count, args)


def cmd_attendance(args: argparse.Namespace, db: Database) -> int:
    with db.session() as session:
        count = exports.export_attendance(session, _out(args), project=args.project, country=args.country,
                                          include_personal_data=args.include_personal_data)
    return _done(count, args, args.include_personal_data)


def cmd_indicators(args: argparse.Namespace, db: Database) -> int:
    with db.session() as session:
        count = exports.export_indicators(session, _out(args), project=args.project, period=args.period,
                                          country=args.country)
    return _done(count, args)


def cmd_evidence(args: argparse.Namespace, db: Database) -> int:
    with db.session() as session:
        count = exports.export_evidence(session, _out(args), project=args.project)
    return _done(count, args)
