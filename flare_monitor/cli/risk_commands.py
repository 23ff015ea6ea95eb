"""risk add | list | edit | delete: a project's risk register (printed in the Technical Progress Report)."""

from __future__ import annotations

import argparse

from flare_monitor.cli.output import emit_json, print_table, say
from flare_monitor.db.engine import Database
from flare_monitor.db.enums import RiskLevel, RiskStatus, values
from flare_monitor.i18n import _


def register(commands: argparse._SubParsersAction) -> None:
    risk = commands.add_parser("risk", help="a project's risk register (risks and assumptions)")
    actions = risk.add_subparsers(dest="risk_command", metavar="ACTION", required=True)

    p = actions.add_parser("add", help="add a risk (numbered R1, R2… within the project)")
    p.add_argument("--project", metavar="CODE", required=True)
    p.add_argument("--risk", metavar="TEXT", required=True, help="the risk or assumption")
    _fields(p)
    p.set_defaults(handler=cmd_add)

    p = actions.add_parser("edit", help="change a risk; fields left out stay as they are")
    p.add_argument("--project", metavar="CODE", required=True)
    p.add_argument("number", metavar="NUMBER", help="the risk's number, e.g. 3 or R3")
    p.add_argument("--risk", metavar="TEXT")
    _fields(p)
    p.set_defaults(handler=cmd_edit)

    p = actions.add_parser("delete", help="remove a risk from the register (its number is not given again)")
    p.add_argument("--project", metavar="CODE", required=True)
    p.add_argument("number", metavar="NUMBER", help="the risk's number, e.g. 3 or R3")
    p.set_defaults(handler=cmd_delete)

    p = actions.add_parser("list", help="the register of a project")
    p.add_argument("--project", metavar="CODE", required=True)
    p.add_argument("--open", action="store_true", help="only the risks not closed")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_list)


def _fields(p: argparse.ArgumentParser) -> None:
    levels = ", ".join(values(RiskLevel))
    p.add_argument("--likelihood", metavar="LEVEL", help=levels)
    p.add_argument("--impact", metavar="LEVEL", help=levels)
    p.add_argument("--mitigation", metavar="TEXT", help="what the project does about it")
    p.add_argument("--status", metavar="STATUS", help=", ".join(values(RiskStatus)))
    p.add_argument("--country", metavar="ISO2", help='a country of the project ("" = the whole project)')


def _changes(args: argparse.Namespace):
    from flare_monitor.actions.risks import RiskIn

    return RiskIn(risk=args.risk, likelihood=args.likelihood, impact=args.impact, mitigation=args.mitigation,
                  status=args.status, country=args.country)  # fmt: skip


def cmd_add(args: argparse.Namespace, db: Database) -> int:
    from flare_monitor.actions.risks import AddRisk, add_risk

    row = add_risk(db, AddRisk(args.project, _changes(args)))
    say(_("Added risk {label} to {project}.", label=row.label, project=row.project))
    return 0


def cmd_edit(args: argparse.Namespace, db: Database) -> int:
    from flare_monitor.actions.risks import EditRisk, edit_risk

    row = edit_risk(db, EditRisk(args.project, args.number, _changes(args)))
    say(_("Updated risk {label} of {project}.", label=row.label, project=row.project))
    return 0


def cmd_delete(args: argparse.Namespace, db: Database) -> int:
    from flare_monitor.actions.risks import DeleteRisk, delete_risk

    row = delete_risk(db, DeleteRisk(args.project, args.number))
    say(_("Deleted risk {label} of {project}.", label=row.label, project=row.project))
    return 0


def cmd_list(args: argparse.Namespace, db: Database) -> int:
    from flare_monitor.actions.risks import ListRisks, list_risks

    rows = list_risks(db, ListRisks(args.project, open_only=args.open))
    if args.json:
        emit_json([r.as_json() for r in rows])
        return 0
    if not rows:
        say(_("No risks recorded."))
        return 0
    print_table(
        ["risk", "country", "likelihood", "impact", "status", "description", "mitigation"],
        [(r.label, r.country or "", r.likelihood, r.impact, r.status, r.risk, r.mitigation) for r in rows],
    )
    return 0
