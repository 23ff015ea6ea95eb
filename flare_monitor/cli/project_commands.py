"""project set CODE --grantee … --total-funding …: the project's cover-sheet details (`project show`, in
setup_commands, prints them with the rest of the project)."""

from __future__ import annotations

import argparse

from flare_monitor.cli.output import emit_json, say
from flare_monitor.db.engine import Database
from flare_monitor.i18n import _

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
        say(_("Nothing to change: give at least one field, e.g. --grantee NAME."))
        return 0
    details = set_project_details(db, SetProjectDetails(args.code, ProjectChanges(**given)))
    print(f"Updated {details.code}: {', '.join(k.replace('_', ' ') for k in given)}.")
    return 0


def register_text_actions(project_cmds: argparse._SubParsersAction) -> None:
    """project texts CODE | project text CODE KIND KEY FIELD --language L TEXT | project text-language."""
    p = project_cmds.add_parser(
        "texts", help="the project's own texts (statements, level names, indicator names and definitions, "
        "section titles) with their translations"
    )  # fmt: skip
    p.add_argument("code", metavar="CODE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_texts)

    p = project_cmds.add_parser(
        "text",
        help="give one of the project's texts in another language (an empty TEXT removes the translation), "
        "e.g. project text BRIDGE result 1.1 statement --language es 'Los Estados ratifican el P29'",
    )
    p.add_argument("code", metavar="CODE")
    p.add_argument("kind", choices=("result", "level", "indicator", "section"))
    p.add_argument(
        "key",
        metavar="KEY",
        help="the result or indicator code, the level's number (1 = top), or the narrative section "
        "(highlights, challenges, …)",
    )
    p.add_argument("field", choices=("statement", "name", "definition", "title"))
    p.add_argument("--language", required=True, dest="text_language", metavar="es|fr|en")
    p.add_argument("text", metavar="TEXT")
    p.set_defaults(handler=cmd_text)

    p = project_cmds.add_parser(
        "text-language", help="say which language the project's texts are written in (default: en)"
    )
    p.add_argument("code", metavar="CODE")
    p.add_argument("language", metavar="en|es|fr")
    p.set_defaults(handler=cmd_text_language)


def cmd_texts(args: argparse.Namespace, db: Database) -> int:
    from dataclasses import asdict

    from flare_monitor.actions.project_texts import list_project_texts

    rows = list_project_texts(db, args.code)
    if args.json:
        emit_json([asdict(row) for row in rows])
        return 0
    for row in rows:
        print(f"{row.kind} {row.key} {row.field}: {row.original}")
        for language, text in sorted(row.translations.items()):
            print(f"    [{language}] {text}")
    return 0


def cmd_text(args: argparse.Namespace, db: Database) -> int:
    from flare_monitor.actions.project_texts import SetProjectText, set_project_text
    from flare_monitor.cli.output import say
    from flare_monitor.i18n import _

    request = SetProjectText(args.code, args.kind, args.key, args.field, args.text_language, args.text)
    row = set_project_text(db, request)
    if args.text.strip():
        say(_("Saved the {language} text of {kind} {key} ({field}).", language=args.text_language,
              kind=row.kind, key=row.key, field=row.field))  # fmt: skip
    else:
        say(_("Removed the {language} text of {kind} {key} ({field}).", language=args.text_language,
              kind=row.kind, key=row.key, field=row.field))  # fmt: skip
    return 0


def cmd_text_language(args: argparse.Namespace, db: Database) -> int:
    from flare_monitor.actions.project_texts import SetTextLanguage, set_text_language
    from flare_monitor.cli.output import say
    from flare_monitor.i18n import _

    language = set_text_language(db, SetTextLanguage(args.code, args.language))
    say(_("The texts of {project} are written in {language}.", project=args.code.upper(), language=language))
    return 0
