"""narrative set | list: the narrative of a period, by section (and country, and result)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from flare_monitor.cli.output import emit_json, print_table, say
from flare_monitor.db.engine import Database
from flare_monitor.db.enums import NarrativeSection, values
from flare_monitor.errors import ValidationError
from flare_monitor.i18n import Country, PeriodName, Term, _
from flare_monitor.i18n.params import Joined


def register(commands: argparse._SubParsersAction) -> None:
    narrative = commands.add_parser("narrative", help="narrative sections of a reporting period")
    actions = narrative.add_subparsers(dest="narrative_command", metavar="ACTION", required=True)

    p = actions.add_parser("set", help="write (or replace) one section; an empty text removes it")
    p.add_argument("--project", metavar="CODE", required=True)
    p.add_argument("--period", metavar="PERIOD", required=True, help="e.g. FY2024-S2 or FY2024-Q3")
    p.add_argument("--section", metavar="SECTION", required=True, help=", ".join(values(NarrativeSection)))
    p.add_argument("--country", metavar="ISO2", help="one country (default: the whole project)")
    p.add_argument("--result", metavar="CODE", help="the result reported on (section outcome_progress)")
    text = p.add_mutually_exclusive_group(required=True)
    text.add_argument("--text", metavar="TEXT")
    text.add_argument("--file", metavar="FILE.txt", help="read the text from a UTF-8 file (- for stdin)")
    p.add_argument(
        "--photo", metavar="FILE", help='a PNG or JPEG photo printed with the text ("" removes it)'
    )
    p.add_argument("--caption", metavar="TEXT", help="the photo's caption")
    p.set_defaults(handler=cmd_set)

    p = actions.add_parser("list", help="the sections written for a period (and for the quarters within it)")
    p.add_argument("--project", metavar="CODE", required=True)
    p.add_argument("--period", metavar="PERIOD", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_list)


def _text(args: argparse.Namespace) -> str:
    if args.text is not None:
        return args.text
    if args.file == "-":
        return sys.stdin.read()
    path = Path(args.file).expanduser()
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ValidationError(_("file: {path} does not exist", path=path), "file") from None
    except UnicodeDecodeError:
        raise ValidationError(_("file: {path} is not UTF-8 text", path=path), "file") from None


def cmd_set(args: argparse.Namespace, db: Database) -> int:
    from flare_monitor.actions.narrative_sections import SetNarrative, set_narrative

    row = set_narrative(db, SetNarrative(
        project=args.project, period=args.period, section=args.section, text=_text(args),
        country=args.country, result=args.result, photo=args.photo, photo_caption=args.caption,
    ))  # fmt: skip
    if row is None:
        removed = _(
            "Removed “{section}” of {project} {period}.",
            section=Term(args.section),
            project=args.project.upper(),
            period=PeriodName(args.period),
        )
        say(removed)
    else:
        params = {
            "section": Term(row.section),
            "project": args.project.upper(),
            "period": PeriodName(row.period),
        }
        if row.result:
            where = _("result {result}", result=row.result)
            params["where"] = Joined([Country(row.country), where], ", ") if row.country else where
        elif row.country:
            params["where"] = Country(row.country)
        say(_("Saved “{section}” of {project} {period} ({where}).", **params) if "where" in params
            else _("Saved “{section}” of {project} {period}.", **params))  # fmt: skip
    return 0


def cmd_list(args: argparse.Namespace, db: Database) -> int:
    from flare_monitor.actions.narrative_sections import ListNarratives, list_narratives

    rows = list_narratives(db, ListNarratives(args.project, args.period))
    if args.json:
        emit_json([r.as_json() for r in rows])
        return 0
    if not rows:
        say(_("No narrative written for this period."))
        return 0
    print_table(
        ["period", "country", "section", "result", "photo", "text"],
        [(r.period, r.country or "", r.section, r.result or "", "yes" if r.photo_path else "",
          " ".join(r.text.split())) for r in rows],
    )  # fmt: skip
    return 0
