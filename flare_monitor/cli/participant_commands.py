"""participants search | duplicates | merge; organizations list (edit and merge: setup_commands)."""

from __future__ import annotations

import argparse

from flare_monitor.actions import organizations, participants
from flare_monitor.cli import setup_commands
from flare_monitor.cli.output import emit_json, print_table, say
from flare_monitor.db.engine import Database
from flare_monitor.i18n import _


def register(commands: argparse._SubParsersAction) -> None:
    group = commands.add_parser("participants", help="the participant register")
    actions = group.add_subparsers(dest="participants_command", metavar="ACTION", required=True)

    p = actions.add_parser("search", help="find people by name, phone or e-mail, in any script")
    p.add_argument("text", nargs="?", default="")
    p.add_argument("--country", metavar="ISO2")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_search)

    p = actions.add_parser("duplicates", help="list records that may be the same person, with the reason")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_duplicates)

    p = actions.add_parser("merge", help="merge OTHER_ID into KEEP_ID, keeping every attendance")
    p.add_argument("keep_id", metavar="KEEP_ID")
    p.add_argument("other_id", metavar="OTHER_ID")
    p.set_defaults(handler=cmd_merge)

    group = commands.add_parser("organizations", help="organizations and agencies")
    org_actions = group.add_subparsers(dest="organizations_command", metavar="ACTION", required=True)
    p = org_actions.add_parser("list", help="organizations, their type and how many participants they have")
    p.add_argument("--country", metavar="ISO2")
    p.add_argument("--search", metavar="TEXT", help="part of the name or acronym")
    p.add_argument("--unconfirmed", action="store_true", help="only those whose type nobody checked yet")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_organizations)
    setup_commands.add_organization_commands(org_actions)


def cmd_search(args: argparse.Namespace, db: Database) -> int:
    query = participants.ParticipantQuery(text=args.text, country=args.country, limit=args.limit)
    rows = participants.search_participants(db, query)
    if args.json:
        emit_json(
            [
                {
                    "id": str(r.id),
                    "name": r.full_name,
                    "sex": r.sex,
                    "organization": r.organization,
                    "country": r.country,
                }
                for r in rows
            ]
        )
        return 0
    print_table(
        ["id", "name", "sex", "organization", "country"],
        [(str(r.id), r.full_name, r.sex, r.organization, r.country) for r in rows],
    )
    return 0


def cmd_duplicates(args: argparse.Namespace, db: Database) -> int:
    pairs = participants.find_duplicates(db)
    if args.json:
        emit_json([pair.as_json() for pair in pairs])
        return 0
    if not pairs:
        say(_("No likely duplicates found."))
        return 0
    print_table(
        ["first id", "first name", "second id", "second name", "reason"],
        [(str(p.first.id), p.first.full_name, str(p.second.id), p.second.full_name, p.reason) for p in pairs],
    )
    return 0


def cmd_merge(args: argparse.Namespace, db: Database) -> int:
    name = participants.merge_participants(db, participants.MergeParticipants(args.keep_id, args.other_id))
    say(
        _("Merged {other} into {keep} ({name}).", other=str(args.other_id), keep=str(args.keep_id), name=name)
    )
    return 0


def cmd_organizations(args: argparse.Namespace, db: Database) -> int:
    query = organizations.OrganizationQuery(args.search or "", args.country, args.unconfirmed)
    rows = organizations.list_organizations(db, query)
    if args.json:
        emit_json([r.as_json() for r in rows])
        return 0
    print_table(
        ["name", "acronym", "type", "country", "participants"],
        [
            (r.name, r.acronym, r.type + ("" if r.type_confirmed else " (new — check the type)"), r.country,
             r.participants)
            for r in rows
        ],
    )  # fmt: skip
    return 0
