"""export participants | activities | attendance | indicators --out FILE.csv|FILE.xlsx.

The exports and their options come from the output registry (`flare_monitor.io.export_outputs`).
--include-personal-data adds names, phone numbers and e-mail addresses; it never adds the records
of victims (participants marked sensitive): those stay out of every export made from the command
line. The file format follows the suffix of --out.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from flare_monitor.cli.output import say
from flare_monitor.db.engine import Database
from flare_monitor.i18n import _, ngettext


def register(commands: argparse._SubParsersAction) -> None:
    from flare_monitor.reports.registry import outputs

    export = commands.add_parser("export", help="export the register or the indicators to CSV or Excel")
    what = export.add_subparsers(dest="export_command", metavar="WHAT", required=True)
    for output in outputs("export"):
        p = what.add_parser(output.id, help=output.description or output.label)
        p.add_argument("--out", required=True, metavar="FILE", help="FILE.csv or FILE.xlsx")
        p.add_argument("--project", metavar="CODE", required=output.project_required)
        p.add_argument("--country", metavar="ISO2")
        if output.period_required:
            p.add_argument("--period", required=True, metavar="PERIOD",
                           help="e.g. 2024-Q2, FY2024-Q3, 2024 or LOP")  # fmt: skip
        for option in output.options:
            p.add_argument(option.flag, dest=option.key, action="store_true", help=option.help)
        p.set_defaults(handler=cmd_export, output_id=output.id)


def cmd_export(args: argparse.Namespace, db: Database) -> int:
    from flare_monitor.actions.exports import ExportRequest, export_data
    from flare_monitor.reports.registry import output

    chosen = output(args.output_id)
    request = ExportRequest(
        chosen.id,
        Path(args.out).expanduser(),
        project=args.project,
        country=args.country,
        period=getattr(args, "period", None),
        options={o.key: getattr(args, o.key) for o in chosen.options},
    )
    count = export_data(db, request)
    say(ngettext("Wrote {count} row to {path}", "Wrote {count} rows to {path}", count, path=str(args.out)))
    if chosen.id == "participants" and not request.options.get("include_sensitive"):
        from flare_monitor.actions.exports import victims_left_out

        withheld = victims_left_out(db, request)
        if withheld:
            say(ngettext(
                "Left out {count} record of victims (marked sensitive): it is exported only with both "
                "--include-personal-data and --include-sensitive.",
                "Left out {count} records of victims (marked sensitive): they are exported only with both "
                "--include-personal-data and --include-sensitive.",
                withheld,
            ))  # fmt: skip
    if chosen.personal and request.options.get("include_personal_data"):
        say(_("The file holds personal data: keep it safe, share it only with people who need it, and "
              "delete it when done."), file=sys.stderr)  # fmt: skip
    return 0
