"""project set CODE --grantee … --total-funding …: the project's cover-sheet details (`project show`, in
setup_commands, prints them with the rest of the project)."""

from __future__ import annotations

import argparse

from flare_monitor.db.engine import Database

# option → (field, help)
_FIELDS = {
    "--title": ("title", "the project's full title"),
    "--donor": ("donor", "the donor's name"),
    "--grant-number": ("grant_number", "grant or cooperative agreement number (printed on the cover and in "
                                       "the funding acknowledgement)"),
    "--grantee": ("grantee", "the organization that receives the grant"),
    "--uei": ("grantee_uei", "the grantee's federal Unique Entity ID (formerly DUNS)"),
    "--hq-contact": ("hq_contact", "headquarters contact: name, title, address, phone, e-mail (use \\n for "
                                   "a new line)"),
    "--field-contact": ("field_contact", "field contact, as --hq-contact"),
    "--total-funding": ("total_funding", "total funding of the agreement, in the project's currency"),
    "--representative": ("representative_name", "the authorized representative who certifies the reports"),
    "--representative-title": ("representative_title", "the representative's title"),
}  # fmt: skip


def register_project_actions(project_cmds: argparse._SubParsersAction) -> None:
    p = project_cmds.add_parser(
        "set", help='change a project\'s details; a field given as "" is cleared, others stay as they are'
    )
    p.add_argument("code", metavar="CODE")
    for option, (field, text) in _FIELDS.items():
        p.add_argument(option, dest=field, metavar="TEXT", help=text)
    p.set_defaults(handler=cmd_set)


def cmd_set(args: argparse.Namespace, db: Database) -> int:
    from flare_monitor.actions.project_details import ProjectChanges, SetProjectDetails, set_project_details

    given = {
        field: getattr(args, field) for field, _help in _FIELDS.values() if getattr(args, field) is not None
    }
    for key in ("hq_contact", "field_contact"):
        if key in given:
            given[key] = given[key].replace("\\n", "\n")
    if not given:
        print("Nothing to change: give at least one field, e.g. --grantee NAME.")
        return 0
    details = set_project_details(db, SetProjectDetails(args.code, ProjectChanges(**given)))
    print(f"Updated {details.code}: {', '.join(k.replace('_', ' ') for k in given)}.")
    return 0
