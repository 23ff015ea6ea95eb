"""activity list | add | edit | delete | show."""

from __future__ import annotations

import argparse

from flare_monitor.actions import activities
from flare_monitor.cli.output import emit_json, print_table, say
from flare_monitor.db.engine import Database
from flare_monitor.i18n import Term, _
from flare_monitor.vocabulary import ActivityStatus, ActivityType, values

_REASON_HELP = "why it was delayed, postponed or cancelled (printed in the work plan status of donor reports)"


def register(commands: argparse._SubParsersAction) -> None:
    activity = commands.add_parser("activity", help="activities and trainings")
    actions = activity.add_subparsers(dest="activity_command", metavar="ACTION", required=True)

    p = actions.add_parser("list", help="list activities")
    p.add_argument("--project", metavar="CODE")
    p.add_argument("--country", metavar="ISO2")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_list)

    p = actions.add_parser("add", help="add an activity")
    p.add_argument("--project", metavar="CODE", required=True)
    p.add_argument("--country", metavar="ISO2", required=True)
    p.add_argument("--code", required=True)
    p.add_argument("--title", required=True)
    p.add_argument("--type", required=True, metavar="TYPE", help=", ".join(values(ActivityType)))
    p.add_argument("--start", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--end", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--subdivision", metavar="ISO3166-2", help="e.g. PK-BA")
    p.add_argument("--status", default="planned", help=", ".join(values(ActivityStatus)))
    p.add_argument("--venue")
    p.add_argument("--result", metavar="RESULT_CODE", help="the result the activity serves")
    p.add_argument("--reason", metavar="TEXT", help=_REASON_HELP)
    p.set_defaults(handler=cmd_add)

    p = actions.add_parser("edit", help="change an activity's status, dates or reason (the rest stays)")
    p.add_argument("code")
    p.add_argument("--status", help=", ".join(values(ActivityStatus)))
    p.add_argument("--reason", metavar="TEXT", help=_REASON_HELP + ' ("" clears it)')
    p.add_argument("--title")
    p.add_argument("--start", metavar="YYYY-MM-DD", help="planned start")
    p.add_argument("--end", metavar="YYYY-MM-DD", help="planned end")
    p.add_argument("--actual-start", metavar="YYYY-MM-DD")
    p.add_argument("--actual-end", metavar="YYYY-MM-DD")
    p.add_argument("--venue")
    p.set_defaults(handler=cmd_edit)

    p = actions.add_parser("delete", help="delete an activity")
    p.add_argument("code")
    p.add_argument("--with-attendance", action="store_true", help="also delete its attendance records")
    p.set_defaults(handler=cmd_delete)

    p = actions.add_parser("show", help="show one activity with its participants by sex")
    p.add_argument("code")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_show)


def cmd_list(args: argparse.Namespace, db: Database) -> int:
    rows = activities.list_activities(
        db, activities.ActivityQuery(project=args.project, country=args.country)
    )
    if args.json:
        emit_json([r.as_json() for r in rows])
        return 0
    print_table(
        ["code", "country", "type", "status", "start", "end", "people", "title"],
        [(r.code, r.country, r.type, r.status, r.start, r.end, r.participants, r.title) for r in rows],
    )
    return 0


def cmd_add(args: argparse.Namespace, db: Database) -> int:
    data = activities.ActivityIn(
        project=args.project,
        country=args.country,
        code=args.code,
        title=args.title,
        type=args.type,
        start=args.start,
        end=args.end,
        status=args.status,
        subdivision=args.subdivision,
        venue=args.venue,
        result_code=args.result,
        reason=args.reason,
    )
    code = activities.save_activity(db, activities.SaveActivity(data))
    say(_("Added activity {code}.", code=code))
    return 0


def cmd_edit(args: argparse.Namespace, db: Database) -> int:
    from flare_monitor.actions.work_plan import EditActivity, edit_activity

    request = EditActivity(
        code=args.code, status=args.status, reason=args.reason, title=args.title, start=args.start,
        end=args.end, actual_start=args.actual_start, actual_end=args.actual_end, venue=args.venue,
    )  # fmt: skip
    detail = edit_activity(db, request)
    say(
        _(
            "Updated activity {code} ({status}).",
            code=detail.row.code,
            status=Term(detail.row.status, lower=True),
        )
    )
    return 0


def cmd_delete(args: argparse.Namespace, db: Database) -> int:
    code = activities.delete_activity(db, activities.DeleteActivity(args.code, args.with_attendance))
    say(_("Deleted activity {code}.", code=code))
    return 0


def cmd_show(args: argparse.Namespace, db: Database) -> int:
    detail = activities.activity_detail(db, args.code)
    if args.json:
        emit_json(detail.as_json())
        return 0
    data = detail.as_json()
    for key in (
        "code",
        "title",
        "project",
        "country_name",
        "subdivision",
        "type",
        "status",
        "start",
        "end",
        "venue",
        "result",
        "reason",
    ):
        print(f"{key.replace('_', ' ').capitalize():<14} {data[key] if data[key] is not None else ''}")
    people = data["participants"]
    print(
        f"{'Participants':<14} {people['total']} (female {people['female']}, male {people['male']}, "
        f"other {people['other']}, not recorded {people['not_recorded']})"
    )
    return 0
