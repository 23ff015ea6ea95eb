"""server roles | server user: team mode on a shared PostgreSQL database (docs/TEAM_AND_OFFICES.md).

server roles [--apply]            what the roles, grants, policies and audit protections need (with
                                  --apply: create or update them; run with the owner's account)
server user add LOGIN --role officer|me|viewer|admin [--countries PE,PK] [--password-stdin]
server user countries LOGIN --set PE,PK
server user remove LOGIN
server user list [--json]
server whoami [--json]            the signed-in login, its role and countries
"""

from __future__ import annotations

import argparse
import sys

from flare_monitor.actions import team
from flare_monitor.actions.identity import ROLE_NAMES, who_is_signed_in
from flare_monitor.cli import output
from flare_monitor.cli.output import emit_json, print_table, say
from flare_monitor.db.engine import Database
from flare_monitor.db.team import ROLES
from flare_monitor.errors import UserError
from flare_monitor.i18n import Message, _


def _codes(value: str) -> tuple[str, ...]:
    return tuple(code.strip().upper() for code in value.split(",") if code.strip())


def register(commands: argparse._SubParsersAction) -> None:
    server = commands.add_parser("server", help="team mode on a shared server: roles and users")
    actions = server.add_subparsers(dest="server_command", metavar="ACTION", required=True)

    p = actions.add_parser(
        "roles", help="the group roles, grants, row-level security and audit protections of a team database"
    )
    p.add_argument(
        "--apply", action="store_true", help="create or update them (idempotent; with the owner's account)"
    )
    p.set_defaults(handler=cmd_roles)

    user = actions.add_parser("user", help="the logins of the team, their roles and countries")
    user_actions = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    p = user_actions.add_parser("add", help="create a login (or take an existing one) with a role")
    p.add_argument("login")
    p.add_argument("--role", required=True, choices=ROLES)
    p.add_argument("--countries", type=_codes, default=(), metavar="PE,PK", help="an officer's countries")
    p.add_argument(
        "--password-stdin", action="store_true", help="read the login's password from the first line of stdin"
    )
    p.set_defaults(handler=cmd_user_add)

    p = user_actions.add_parser("countries", help="replace an officer's countries")
    p.add_argument("login")
    p.add_argument("--set", dest="countries", type=_codes, required=True, metavar="PE,PK")
    p.set_defaults(handler=cmd_user_countries)

    p = user_actions.add_parser("remove", help="take a login out of the team (and off the server)")
    p.add_argument("login")
    p.set_defaults(handler=cmd_user_remove)

    p = user_actions.add_parser("list", help="the team's logins, roles and countries")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_user_list)

    p = actions.add_parser("whoami", help="the signed-in login, its role and countries")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_whoami)


def cmd_roles(args: argparse.Namespace, db: Database) -> int:
    changes = team.apply_roles(db, args.apply)
    if not changes:
        say(_("The roles, grants, policies and audit protections are up to date; nothing to change."))
        return 0
    say(_("Changed:") if args.apply else _("To change (run again with --apply):"))
    for line in changes:
        print(f"  {output.text(line)}")
    return 0


def _read_password() -> str:
    line = sys.stdin.readline().rstrip("\r\n")
    if not line:
        raise UserError(_("--password-stdin: the first line of the input is empty"))
    return line


def cmd_user_add(args: argparse.Namespace, db: Database) -> int:
    password = _read_password() if args.password_stdin else None
    outcome = team.add_user(db, team.UserRequest(args.login, args.role, args.countries, password))
    member = outcome.member
    role = Message(ROLE_NAMES[member.role])
    if outcome.created and member.countries:
        said = _(
            "Created login {login} with the role {role} for {countries}.",
            login=member.login,
            role=role,
            countries=", ".join(member.countries),
        )
    elif outcome.created:
        said = _("Created login {login} with the role {role}.", login=member.login, role=role)
    elif member.countries:
        said = _(
            "Gave the existing login {login} the role {role} for {countries}.",
            login=member.login,
            role=role,
            countries=", ".join(member.countries),
        )
    else:
        said = _("Gave the existing login {login} the role {role}.", login=member.login, role=role)
    say(said)
    if outcome.created and password is None:
        say(_("It has no password yet: run this again with --password-stdin to give it one."))
    return 0


def cmd_user_countries(args: argparse.Namespace, db: Database) -> int:
    member = team.set_user_countries(db, team.CountriesRequest(args.login, args.countries))
    say(_("{login} works on {countries}.", login=member.login, countries=", ".join(member.countries)))
    return 0


def cmd_user_remove(args: argparse.Namespace, db: Database) -> int:
    outcome = team.remove_user(db, args.login)
    if outcome == "dropped":
        say(_("Removed {login} from the team and the server.", login=args.login))
    else:
        say(
            _(
                "Removed {login} from the team; the login stays on the server (it is used elsewhere) but may "
                "no longer sign in.",
                login=args.login,
            )
        )
    return 0


def cmd_user_list(args: argparse.Namespace, db: Database) -> int:
    members = team.list_users(db)
    if args.json:
        emit_json([m.as_json() for m in members])
        return 0
    if not members:
        say(_("No users yet: add them with `server user add LOGIN --role …`."))
        return 0
    text = output.text
    print_table(
        [
            text(_("login")),
            text(_("role")),
            text(_("countries")),
            text(_("can sign in")),
            text(_("server group")),
        ],
        [
            (
                m.login,
                text(Message(ROLE_NAMES[m.role])),
                ", ".join(m.countries) or text(_("all")),
                text(_("yes") if m.can_sign_in else _("no")),
                m.server_role,
            )
            for m in members
        ],
    )
    return 0


def cmd_whoami(args: argparse.Namespace, db: Database) -> int:
    identity = who_is_signed_in(db)
    if args.json:
        emit_json(
            {
                "login": identity.login,
                "role": identity.role,
                "countries": list(identity.countries),
                "server": identity.server,
            }
        )
        return 0
    say(_("Signed in as {who}", who=identity.label()))
    return 0
