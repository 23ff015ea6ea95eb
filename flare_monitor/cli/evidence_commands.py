"""evidence add | list | get | remove | annex: files attached to activities, values and narratives.

`evidence add` checks every file before it attaches any: one refused file (a program, an archive, too
large…) refuses the command and nothing is attached.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from flare_monitor.actions import evidence as actions
from flare_monitor.cli.output import emit_json, print_table, say, text
from flare_monitor.db.engine import Database
from flare_monitor.db.enums import EvidenceType, values
from flare_monitor.errors import ValidationError
from flare_monitor.evidence.detect import MAX_FILE_BYTES, megabytes
from flare_monitor.i18n import _


def register(commands: argparse._SubParsersAction) -> None:
    evidence = commands.add_parser(
        "evidence", help="files attached to activities, indicator values and narratives"
    )
    acts = evidence.add_subparsers(dest="evidence_command", metavar="ACTION", required=True)

    p = acts.add_parser(
        "add",
        help=f"attach files (PDF, images, Office documents, text; at most {megabytes(MAX_FILE_BYTES)} each)",
    )
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--activity", metavar="CODE", help="the activity's code")
    target.add_argument("--value", metavar="ID", help="the id of a reported indicator value")
    target.add_argument(
        "--narrative",
        metavar="ID|PROJECT:PERIOD:SECTION[:COUNTRY]",
        help="a narrative section, by id or e.g. BRIDGE:FY2024-Q3:highlights:PK",
    )
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("--caption", help="what the file shows or proves")
    p.add_argument("--type", metavar="TYPE", help=", ".join(values(EvidenceType)))
    personal = p.add_mutually_exclusive_group()
    personal.add_argument(
        "--personal",
        dest="personal",
        action="store_const",
        const=True,
        help="the file shows or names people (the default for attendance sheets and photos)",
    )
    personal.add_argument("--not-personal", dest="personal", action="store_const", const=False)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_add, personal=None)

    p = acts.add_parser("list", help="list attachments")
    p.add_argument("--activity", metavar="CODE")
    p.add_argument("--project", metavar="CODE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_list)

    p = acts.add_parser("get", help="write an attached file to FILE")
    p.add_argument("id", metavar="ID", help="the attachment's id (its first characters do)")
    p.add_argument("--out", required=True, type=Path, metavar="FILE")
    p.set_defaults(handler=cmd_get)

    p = acts.add_parser("remove", help="remove an attachment (refused in a locked period)")
    p.add_argument("id", metavar="ID")
    p.set_defaults(handler=cmd_remove)

    p = acts.add_parser("annex", help="the evidence of a reporting period, as a report's annex lists it")
    p.add_argument("--project", required=True, metavar="CODE")
    p.add_argument("--period", required=True, metavar="PERIOD")
    p.add_argument("--countries", metavar="ISO2,...")
    p.add_argument(
        "--include-personal-data", action="store_true", help="name attendance sheets and photos too"
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_annex)


def _target(args: argparse.Namespace) -> actions.Target:
    if args.activity:
        return actions.Target(activity=args.activity)
    if args.value:
        return actions.Target(value=args.value)
    parts = [part.strip() for part in args.narrative.split(":")]
    if len(parts) == 1:
        return actions.Target(narrative=parts[0])
    if len(parts) not in (3, 4) or not all(parts):
        raise ValidationError(
            _(
                "narrative: '{narrative}' is neither an id nor PROJECT:PERIOD:SECTION[:COUNTRY]",
                narrative=args.narrative,
            ),
            "narrative",
        )
    country = parts[3] if len(parts) == 4 else None
    return actions.Target(section=actions.SectionKey(parts[0], parts[1], country, parts[2]))


def _short(row: actions.EvidenceRow) -> str:
    return str(row.id)[:8]


def cmd_add(args: argparse.Namespace, db: Database) -> int:
    request = actions.AddEvidence(
        _target(args),
        tuple(Path(f).expanduser() for f in args.files),
        caption=args.caption,
        type=args.type,
        personal=args.personal,
    )
    outcome = actions.add_evidence(db, request)
    for warning in outcome.warnings:
        print(f"flare-monitor: warning: {text(warning)}", file=sys.stderr)
    if args.json:
        emit_json(
            {
                "added": [r.as_json() for r in outcome.added],
                "already_attached": [r.as_json() for r in outcome.duplicates],
                "warnings": outcome.warnings,
            }
        )
        return 0
    for row in outcome.added:
        print(
            f"Attached {row.original_name} to {row.label} (evidence {_short(row)}, sha256 {row.sha256[:12]}…)"
        )
    for row in outcome.duplicates:
        print(
            f"{row.original_name} was already attached to {row.label} (evidence {_short(row)}); "
            "nothing changed"
        )
    return 0


def cmd_list(args: argparse.Namespace, db: Database) -> int:
    rows = actions.list_evidence(db, actions.EvidenceQuery(project=args.project, activity=args.activity))
    if args.json:
        emit_json([r.as_json() for r in rows])
        return 0
    print_table(
        ["id", "attached to", "name", "type", "personal", "size", "added", "caption"],
        [
            (
                _short(r),
                r.label,
                r.original_name,
                r.type,
                "yes" if r.personal else "",
                megabytes(r.size),
                f"{r.added_at:%Y-%m-%d} {r.added_by}",
                r.caption,
            )
            for r in rows
        ],
    )
    return 0


def cmd_get(args: argparse.Namespace, db: Database) -> int:
    out = actions.save_copy(db, actions.SaveCopy(args.id, Path(args.out).expanduser()))
    say(_("Wrote {path}", path=str(out)))
    return 0


def cmd_remove(args: argparse.Namespace, db: Database) -> int:
    row = actions.remove_evidence(db, args.id)
    say(_("Removed {name} from {record}", name=row.original_name, record=row.label))
    return 0


def cmd_annex(args: argparse.Namespace, db: Database) -> int:
    countries = tuple(c.strip() for c in args.countries.split(",") if c.strip()) if args.countries else None
    rows = actions.evidence_annex(
        db, actions.AnnexQuery(args.project, args.period, countries, args.include_personal_data)
    )
    if args.json:
        emit_json(
            [
                {
                    "attached_to": r.attached_to,
                    "reference": r.reference,
                    "country": r.country,
                    "date": r.date.isoformat(),
                    "name": r.name,
                    "caption": r.caption,
                    "type": r.type,
                    "personal": r.personal,
                    "media_type": r.media_type,
                    "size": r.size,
                    "sha256": r.sha256,
                    "added_at": r.added_at.isoformat(timespec="seconds"),
                    "added_by": r.added_by,
                }
                for r in rows
            ]
        )
        return 0
    print_table(
        ["date", "attached to", "country", "type", "name", "caption", "sha256"],
        [
            (
                r.date,
                f"{r.attached_to} {r.reference}",
                r.country,
                r.type,
                r.name if r.name is not None else "(personal data, not listed)",
                r.caption,
                r.sha256[:16],
            )
            for r in rows
        ],
    )
    return 0
