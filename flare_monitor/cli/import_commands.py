"""import attendance FILE --activity CODE [--dry-run] [--sheet NAME] [--map COLUMN=FIELD ...] [--form FILE].

Exports of KoboToolbox and ODK forms are recognised and read as they come (docs/IMPORTING.md).

Exit 0 when imported (or, with --dry-run, when the file would import cleanly); exit 1 with each row
error on its own stderr line and a one-line summary last, and then nothing was written.
"""

from __future__ import annotations

import argparse
import sys

from flare_monitor.actions import imports
from flare_monitor.cli.output import say, text
from flare_monitor.db.engine import Database
from flare_monitor.errors import UserError
from flare_monitor.i18n import _
from flare_monitor.io.attendance_columns import FIELDS
from flare_monitor.io.attendance_import import ImportPlan, ImportRejected, RowStatus


def register(commands: argparse._SubParsersAction) -> None:
    group = commands.add_parser("import", help="import data from spreadsheets")
    actions = group.add_subparsers(dest="import_command", metavar="WHAT", required=True)
    p = actions.add_parser(
        "attendance",
        help="add the people of an attendance sheet (.xlsx, .xls, .ods, .csv) to an activity's roster",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--activity", metavar="CODE", required=True)
    p.add_argument("--dry-run", action="store_true", help="show what would happen; write nothing")
    p.add_argument("--sheet", metavar="NAME", help="the sheet to read (default: the first one)")
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help="say what a column holds (heading or letter; repeatable; several columns mapped to name "
        f"are joined). Fields: {', '.join(FIELDS)}",
    )
    p.add_argument(
        "--form",
        metavar="XLSFORM",
        help="the form (XLSForm .xlsx) of a KoboToolbox or ODK export whose answers are XML values, "
        "to read its choices' labels",
    )
    p.set_defaults(handler=cmd_attendance)


def parse_overrides(items: list[str]) -> dict[str, str]:
    overrides = {}
    for item in items:
        column, sep, field = item.rpartition("=")
        if not sep or not column.strip() or not field.strip():
            raise UserError(
                _("--map '{item}': write COLUMN=FIELD, e.g. --map 'Apellidos y nombres=name'", item=item)
            )
        overrides[column.strip()] = field.strip()
    return overrides


def cmd_attendance(args: argparse.Namespace, db: Database) -> int:
    overrides = parse_overrides(args.map)
    try:
        request = imports.ImportSheet(
            args.file, args.activity, args.sheet, overrides, dry_run=args.dry_run, form=args.form
        )
        outcome = imports.import_sheet(db, request)
    except ImportRejected as exc:
        return _refuse(exc.plan, "nothing was imported")
    plan = outcome.plan
    _report(plan, args.dry_run)
    if plan.has_errors:
        return _refuse(plan, "the import would be refused")
    summary = outcome.summary
    if summary is not None:
        print(
            f"Imported into {plan.activity_code}: {summary.participants_created} new participants, "
            f"{summary.participants_matched} matched in the register, {summary.attendance_added} added to "
            f"the roster, {summary.already_on_roster} already on it, {summary.organizations_created} new "
            "organizations."
            + (
                f" {summary.submissions_changed} edited submissions updated."
                if summary.submissions_changed
                else ""
            )
        )
    return 0


def _refuse(plan: ImportPlan, outcome: str) -> int:
    errors = plan.error_lines()
    for line in errors:
        print(line, file=sys.stderr)
    print(f"flare-monitor: error: {len(errors)} error(s) in {plan.source}; {outcome}", file=sys.stderr)
    return 1


def _report(plan: ImportPlan, dry_run: bool) -> None:
    if dry_run:
        say(_("Dry run: nothing was written."))
    sheet = f', sheet "{plan.sheet}"' if plan.sheet else ""
    print(f"{'File':<22} {plan.source}{sheet}, header on row {plan.header_row}")
    if plan.form is not None:
        kind = " — a test form: rows are matched to the roster" if plan.scores_only else ""
        print(f"{'From':<22} {plan.form.describe()}{kind}")
    for i, column in enumerate(plan.columns):
        print(f"{'Columns' if i == 0 else '':<22} {column}")
    counts = plan.counts
    new_orgs = ", ".join(plan.new_organizations.values())
    lines = [
        ("Rows read", counts["rows_read"]),
        ("New participants", counts[RowStatus.NEW]),
        ("Matched in register", counts[RowStatus.MATCHED]),
        ("Already on roster", counts[RowStatus.ALREADY_ON_ROSTER]),
        ("Duplicates in sheet", counts[RowStatus.DUPLICATE_IN_SHEET]),
        *([("Edited in the form", counts[RowStatus.CHANGED])] if plan.form is not None else []),
        *([("Not on the roster", counts[RowStatus.NOT_ON_ROSTER])] if plan.scores_only else []),
        ("New organizations", f"{counts['new_organizations']}" + (f" ({new_orgs})" if new_orgs else "")),
        ("Rows with errors", counts[RowStatus.ERROR]),
        (
            "Rows skipped",
            ", ".join(f"{row} ({why})" for row, why in plan.skipped[:10])
            + (f" and {len(plan.skipped) - 10} more" if len(plan.skipped) > 10 else "")
            or "0",
        ),
    ]
    for label, value in lines:
        print(f"{label:<22} {value}")
    for warning in plan.warning_lines():
        print(f"warning: {text(warning)}")
