"""Setting up a project on the command line:

    project create|edit|show|delete|levels|template|import-logframe|export-logframe
    result add|edit|move|delete
    indicator add|edit|delete|show
    organizations edit|merge

Each command parses its arguments, calls one action (flare_monitor.actions) and prints what it returns.
Bad input is one line on stderr and exit code 1, and then nothing was written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from flare_monitor.actions import framework, logframe, organizations, setup_project
from flare_monitor.actions.framework import IndicatorIn
from flare_monitor.actions.setup_project import ProjectIn
from flare_monitor.cli.output import emit_json, print_table
from flare_monitor.db.engine import Database
from flare_monitor.errors import UserError
from flare_monitor.vocabulary import Calendar, Direction, IndicatorUnit, OrganizationType, values

COUNTS = {
    "people": "distinct_participants",
    "organizations": "distinct_organizations",
    "activities": "activity_count",
    "test-improvement": "test_improvement",
}


def _items(text: str | None) -> list[str]:
    return [part.strip() for part in str(text or "").split(",") if part.strip()]


def _provinces(text: str | None) -> dict[str, tuple[str, ...]]:
    """PK-BA,PK-PB,PE-LIM → {PK: (PK-BA, PK-PB), PE: (PE-LIM)} (the country is the code's prefix)."""
    found: dict[str, list[str]] = {}
    for code in _items(text):
        country = code.split("-", 1)[0].upper()
        if "-" not in code or len(country) != 2:
            raise UserError(f"--provinces: '{code}' is not an ISO 3166-2 code such as PK-BA")
        found.setdefault(country, []).append(code.upper())
    return {country: tuple(codes) for country, codes in found.items()}


def _share(text: str | None) -> float | None:
    if text is None:
        return None
    try:
        return float(text)
    except ValueError:
        raise UserError(
            f"--min-attendance-share: '{text}' is not a number from 0 to 1 (0.5 = half)"
        ) from None


# ---------------------------------------------------------------- registering


def _project_options(p: argparse.ArgumentParser, *, create: bool) -> None:
    p.add_argument(
        "--code", metavar="C", required=create, help="project code" + ("" if create else " (rename)")
    )
    p.add_argument("--title", metavar="T", required=create)
    p.add_argument("--donor", metavar="D", required=create)
    p.add_argument("--start", metavar="DATE", required=create, help="YYYY-MM-DD")
    p.add_argument("--end", metavar="DATE", required=create, help="YYYY-MM-DD")
    p.add_argument("--calendar", choices=values(Calendar), help="reporting calendar (default: calendar)")
    p.add_argument(
        "--fiscal-year-start-month", metavar="N", help="1–12; 10 = October, the US government's (default)"
    )
    p.add_argument("--countries", metavar="ISO2,...", required=create, help="e.g. PK,PE")
    p.add_argument("--provinces", metavar="ISO3166-2,...", help="provinces or regions, e.g. PK-BA,PE-LIM")
    p.add_argument("--grant-number", metavar="G")
    p.add_argument("--grantee", metavar="NAME")
    p.add_argument("--description", metavar="TEXT")
    p.add_argument("--levels", metavar="NAMES", help='result levels, top first: "Outcome,Output"')


def add_project_commands(actions: argparse._SubParsersAction) -> None:
    """The set-up commands of `project` (beside `project list`)."""
    p = actions.add_parser("create", help="create a project with its countries")
    _project_options(p, create=True)
    p.set_defaults(handler=cmd_project_create)

    p = actions.add_parser("edit", help="change a project (only the options given)")
    p.add_argument("project", metavar="CODE")
    _project_options(p, create=False)
    p.set_defaults(handler=cmd_project_edit)

    p = actions.add_parser("show", help="a project with its countries, levels, results and indicators")
    p.add_argument("project", metavar="CODE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_project_show)

    p = actions.add_parser("delete", help="delete a project and all of its own data (after a backup)")
    p.add_argument("project", metavar="CODE")
    p.add_argument("--confirm", metavar="CODE", required=True, help="the project's code again")
    p.set_defaults(handler=cmd_project_delete)

    p = actions.add_parser("levels", help="name the levels of the results framework")
    p.add_argument("project", metavar="CODE")
    p.add_argument("--names", metavar="NAMES", required=True, help='top first, e.g. "Outcome,Output"')
    p.set_defaults(handler=cmd_project_levels)

    p = actions.add_parser("template", help="write an empty, documented logframe workbook")
    p.add_argument("--out", metavar="FILE.xlsx", type=Path, required=True)
    p.set_defaults(handler=cmd_template, needs_db=False)

    p = actions.add_parser("import-logframe", help="create or update a project from a logframe workbook")
    p.add_argument("file", metavar="FILE.xlsx", type=Path)
    p.add_argument("--dry-run", action="store_true", help="check and show what would change; write nothing")
    p.set_defaults(handler=cmd_import_logframe)

    p = actions.add_parser("export-logframe", help="write a project's framework as a logframe workbook")
    p.add_argument("--project", metavar="CODE", required=True)
    p.add_argument("--out", metavar="FILE.xlsx", type=Path, required=True)
    p.set_defaults(handler=cmd_export_logframe)


def register(commands: argparse._SubParsersAction) -> None:
    group = commands.add_parser("result", help="the results framework of a project")
    actions = group.add_subparsers(dest="result_command", metavar="ACTION", required=True)
    p = actions.add_parser("add", help="add a result")
    p.add_argument("--project", metavar="CODE", required=True)
    p.add_argument("--code", metavar="CODE", required=True, help="e.g. 1.2")
    p.add_argument("--parent", metavar="CODE", help="the result above it (default: the top)")
    p.add_argument("--statement", metavar="TEXT", required=True)
    p.set_defaults(handler=cmd_result_add)

    p = actions.add_parser("edit", help="change a result's code or statement")
    p.add_argument("--project", metavar="CODE", required=True)
    p.add_argument("result", metavar="RESULT")
    p.add_argument("--code", metavar="NEW", help="its new code")
    p.add_argument("--statement", metavar="TEXT")
    p.set_defaults(handler=cmd_result_edit)

    p = actions.add_parser("move", help="move a result up, down or under another result")
    p.add_argument("--project", metavar="CODE", required=True)
    p.add_argument("result", metavar="RESULT")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--up", action="store_true")
    where.add_argument("--down", action="store_true")
    where.add_argument("--parent", metavar="CODE", help="put it under this result")
    where.add_argument("--top", action="store_true", help="put it at the top of the framework")
    p.set_defaults(handler=cmd_result_move)

    p = actions.add_parser("delete", help="delete a result nothing depends on")
    p.add_argument("--project", metavar="CODE", required=True)
    p.add_argument("result", metavar="RESULT")
    p.set_defaults(handler=cmd_result_delete)


def _indicator_options(p: argparse.ArgumentParser, *, add: bool) -> None:
    p.add_argument("--result", metavar="CODE", help="the result the indicator measures")
    p.add_argument("--code", metavar="CODE", required=add, help="e.g. 1.1.1.2" + ("" if add else " (rename)"))
    p.add_argument("--name", metavar="TEXT", required=add)
    p.add_argument("--definition", metavar="TEXT")
    p.add_argument("--unit", choices=values(IndicatorUnit), required=add)
    p.add_argument("--direction", choices=values(Direction), help="increase: higher is better (default)")
    rule = p.add_mutually_exclusive_group(required=add)
    rule.add_argument("--reported", action="store_true", help="actuals are entered by officers")
    rule.add_argument(
        "--count", choices=list(COUNTS), help="actuals computed from the register: what is counted"
    )
    p.add_argument("--activity-types", metavar="TYPES", help="e.g. training,workshop (default: every type)")
    p.add_argument("--statuses", metavar="STATUSES", help="activity statuses (default: completed)")
    p.add_argument("--roles", metavar="ROLES", help="attendance roles (default: participant)")
    p.add_argument("--organization-types", metavar="TYPES", help="e.g. law_enforcement,judiciary")
    p.add_argument("--countries", metavar="ISO2,...", help="only activities in these countries")
    p.add_argument("--min-attendance-share", metavar="SHARE", help="0–1: 0.5 = at least half of the days")
    p.add_argument(
        "--completed-only", action=argparse.BooleanOptionalAction, help="only completed attendance"
    )
    p.add_argument(
        "--period-date", choices=["start", "end"], help="the activity date that places it in a period"
    )
    p.add_argument(
        "--cumulative", action=argparse.BooleanOptionalAction, help="counted over the life of project"
    )
    p.add_argument("--key", action=argparse.BooleanOptionalAction, help="a key indicator")
    p.add_argument("--baseline", metavar="N")
    p.add_argument("--baseline-date", metavar="DATE")
    p.add_argument("--lop-target", metavar="N", help="life-of-project target of the whole project")
    p.add_argument("--disaggregations", metavar="LIST", help="e.g. sex,country (default: sex)")
    p.add_argument("--data-source", metavar="TEXT")
    p.add_argument("--means-of-verification", metavar="TEXT")
    p.add_argument("--collection-method", metavar="TEXT")
    p.add_argument("--frequency", metavar="TEXT")
    p.add_argument("--responsible", metavar="TEXT")


def add_indicator_commands(actions: argparse._SubParsersAction) -> None:
    """The set-up commands of `indicator` (beside set-value, set-target and approve)."""
    p = actions.add_parser("add", help="add an indicator with its reference sheet and rule")
    p.add_argument("--project", metavar="CODE", required=True)
    _indicator_options(p, add=True)
    p.set_defaults(handler=cmd_indicator_add)

    p = actions.add_parser("edit", help="change an indicator (only the options given)")
    p.add_argument("--project", metavar="CODE", required=True)
    p.add_argument("indicator", metavar="INDICATOR")
    _indicator_options(p, add=False)
    p.set_defaults(handler=cmd_indicator_edit)

    p = actions.add_parser("delete", help="delete an indicator and its targets")
    p.add_argument("--project", metavar="CODE", required=True)
    p.add_argument("indicator", metavar="INDICATOR")
    p.set_defaults(handler=cmd_indicator_delete)

    p = actions.add_parser("show", help="an indicator's reference sheet, rule and targets")
    p.add_argument("--project", metavar="CODE", required=True)
    p.add_argument("indicator", metavar="INDICATOR")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_indicator_show)


def add_organization_commands(actions: argparse._SubParsersAction) -> None:
    """The set-up commands of `organizations` (beside list)."""
    p = actions.add_parser("edit", help="change an organization's name, type or country (confirms its type)")
    p.add_argument("organization", metavar="ID_OR_NAME")
    p.add_argument("--name", metavar="TEXT")
    p.add_argument("--type", choices=values(OrganizationType))
    p.add_argument("--acronym", metavar="TEXT")
    p.add_argument("--country", metavar="ISO2", help='"" for none')
    p.set_defaults(handler=cmd_organization_edit)

    p = actions.add_parser(
        "merge", help="merge OTHER into KEEP (people and partnerships move; after a backup)"
    )
    p.add_argument("keep", metavar="KEEP")
    p.add_argument("other", metavar="OTHER")
    p.set_defaults(handler=cmd_organization_merge)


# ---------------------------------------------------------------- projects


def _project_changes(args: argparse.Namespace) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for option, key in (
        ("code", "code"), ("title", "title"), ("donor", "donor"), ("start", "start"), ("end", "end"),
        ("calendar", "calendar"), ("fiscal_year_start_month", "fiscal_year_start_month"),
        ("grant_number", "grant_number"), ("grantee", "grantee"), ("description", "description"),
    ):  # fmt: skip
        value = getattr(args, option)
        if value is not None:
            changes[key] = value
    if args.countries is not None:
        changes["countries"] = tuple(_items(args.countries))
    if args.provinces is not None:
        changes["subdivisions"] = _provinces(args.provinces)
    return changes


def cmd_project_create(args: argparse.Namespace, db: Database) -> int:
    changes = _project_changes(args)
    data = ProjectIn(**changes)
    request = setup_project.CreateProject(data, tuple(_items(args.levels)))
    code = setup_project.create_project(db, request)
    print(f"Created project {code}.")
    return 0


def cmd_project_edit(args: argparse.Namespace, db: Database) -> int:
    changes = _project_changes(args)
    levels = tuple(_items(args.levels)) if args.levels is not None else None
    if not changes and levels is None:
        raise UserError("Nothing to change: give at least one option, e.g. --title TEXT")
    code = setup_project.edit_project(
        db, setup_project.EditProject(args.project, changes=changes, levels=levels)
    )
    print(f"Saved project {code}.")
    return 0


def _print_results(nodes, indent: int = 0) -> None:
    for node in nodes:
        level = f"{node.level}: " if node.level else ""
        print(f"{'  ' * indent}{node.code}  {level}{node.statement}")
        _print_results(node.children, indent + 1)


def cmd_project_show(args: argparse.Namespace, db: Database) -> int:
    detail = setup_project.project_detail(db, args.project)
    if args.json:
        emit_json(detail.as_json())
        return 0
    calendar = (
        f"fiscal (year starts in month {detail.fiscal_year_start_month})"
        if detail.calendar == Calendar.FISCAL
        else "calendar"
    )
    lines = [
        ("Project", f"{detail.code} — {detail.title}"),
        ("Donor", detail.donor),
        ("Grant number", detail.grant_number or ""),
        ("Grantee", detail.grantee or ""),
        ("Dates", f"{detail.start} to {detail.end}"),
        ("Reporting calendar", calendar),
        ("Result levels", " / ".join(detail.levels) or "(not named)"),
    ]
    cover = detail.cover
    funding = cover.get("total_funding")
    for label, key in (
        ("Grantee UEI", "grantee_uei"), ("HQ contact", "hq_contact"), ("Field contact", "field_contact"),
        ("Total funding", "total_funding"), ("Representative", "representative_name"),
        ("Representative title", "representative_title"),
    ):  # fmt: skip
        value = cover.get(key)
        if value is not None:
            shown = f"{funding:,.2f} {cover.get('currency', '')}".strip() if key == "total_funding" else value
            lines.append((label, str(shown)))
    for label, value in lines:
        first, *rest = str(value).split("\n")
        print(f"{label:<20} {first}")
        for line in rest:
            print(f"{'':<20} {line}")
    for country in detail.countries:
        provinces = ", ".join(f"{name} ({code})" for code, name in country.subdivisions)
        print(f"{'Country':<20} {country.code} {country.name}" + (f": {provinces}" if provinces else ""))
    print()
    print("Results framework")
    _print_results(detail.results, 1)
    print()
    if detail.indicators:
        print_table(
            ["code", "result", "indicator", "unit", "actuals", "LOP target"],
            [
                (
                    i.code,
                    i.result or "",
                    i.name,
                    i.unit,
                    "computed" if i.computed else "reported",
                    _num(i.lop_target),
                )
                for i in detail.indicators
            ],
        )
    else:
        print("No indicators yet.")
    return 0


def _num(value) -> str:
    if value is None:
        return ""
    return f"{value:g}"


def cmd_project_delete(args: argparse.Namespace, db: Database) -> int:
    deleted = setup_project.delete_project(db, setup_project.DeleteProject(args.project, args.confirm))
    print(f"Deleted project {deleted.code} ({deleted.total} records).")
    return 0


def cmd_project_levels(args: argparse.Namespace, db: Database) -> int:
    names = setup_project.set_levels(db, setup_project.SetLevels(args.project, tuple(_items(args.names))))
    print(f"Result levels of {args.project.upper()}: {' / '.join(names)}")
    return 0


def cmd_template(args: argparse.Namespace, db: Database | None) -> int:
    path = logframe.write_template(args.out)
    print(f"Wrote the logframe template {path}")
    return 0


def cmd_import_logframe(args: argparse.Namespace, db: Database) -> int:
    try:
        plan = logframe.import_logframe(db, logframe.ImportLogframe(args.file, dry_run=args.dry_run))
    except logframe.LogframeRejected as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"flare-monitor: error: {exc}", file=sys.stderr)
        return 1
    if args.dry_run:
        print("Dry run: nothing was written.")
    for line in plan.lines:
        print(line)
    print(plan.summary() + ("" if args.dry_run else "."))
    return 0


def cmd_export_logframe(args: argparse.Namespace, db: Database) -> int:
    path = logframe.export_logframe(db, logframe.ExportLogframe(args.project, args.out))
    print(f"Wrote the logframe of {args.project.upper()} to {path}")
    return 0


# ---------------------------------------------------------------- results


def cmd_result_add(args: argparse.Namespace, db: Database) -> int:
    code = framework.add_result(db, framework.AddResult(args.project, args.code, args.statement, args.parent))
    print(f"Added result {code}.")
    return 0


def cmd_result_edit(args: argparse.Namespace, db: Database) -> int:
    if args.code is None and args.statement is None:
        raise UserError("Nothing to change: give --code or --statement")
    code = framework.edit_result(
        db, framework.EditResult(args.project, args.result, args.code, args.statement)
    )
    print(f"Saved result {code}.")
    return 0


def cmd_result_move(args: argparse.Namespace, db: Database) -> int:
    if args.up or args.down:
        request = framework.MoveResult(args.project, args.result, step=-1 if args.up else 1)
    else:
        request = framework.MoveResult(
            args.project, args.result, parent=framework.TOP if args.top else args.parent
        )
    code = framework.move_result(db, request)
    print(f"Moved result {code}.")
    return 0


def cmd_result_delete(args: argparse.Namespace, db: Database) -> int:
    code = framework.delete_result(db, framework.DeleteResult(args.project, args.result))
    print(f"Deleted result {code}.")
    return 0


# ---------------------------------------------------------------- indicators


def _rule_options(args: argparse.Namespace) -> dict[str, Any]:
    """The rule options given (None: the option was left out)."""
    options: dict[str, Any] = {}
    for option, key in (
        ("activity_types", "activity_types"), ("statuses", "activity_statuses"), ("roles", "roles"),
        ("organization_types", "organization_types"), ("countries", "countries"),
    ):  # fmt: skip
        value = getattr(args, option)
        if value is not None:
            options[key] = [item.upper() if key == "countries" else item for item in _items(value)] or None
    if args.min_attendance_share is not None:
        options["min_attendance_share"] = _share(args.min_attendance_share)
    if args.completed_only is not None:
        options["completed_only"] = args.completed_only
    if args.period_date is not None:
        options["period_date"] = args.period_date
    return options


def _sheet_changes(args: argparse.Namespace) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for option, key in (
        ("code", "code"), ("name", "name"), ("result", "result"), ("definition", "definition"),
        ("unit", "unit"), ("direction", "direction"), ("cumulative", "cumulative"), ("key", "is_key"),
        ("baseline", "baseline"), ("baseline_date", "baseline_date"), ("lop_target", "lop_target"),
        ("data_source", "data_source"), ("means_of_verification", "means_of_verification"),
        ("collection_method", "collection_method"), ("frequency", "frequency"),
        ("responsible", "responsible"),
    ):  # fmt: skip
        value = getattr(args, option)
        if value is not None:
            changes[key] = value
    if args.disaggregations is not None:
        changes["disaggregations"] = tuple(_items(args.disaggregations))
    return changes


def cmd_indicator_add(args: argparse.Namespace, db: Database) -> int:
    changes = _sheet_changes(args)
    rule_options = _rule_options(args)
    if args.reported:
        if rule_options:
            raise UserError("A reported indicator counts nothing: leave out the rule options or use --count")
        rule = None
    else:
        rule = {"kind": COUNTS[args.count], **{k: v for k, v in rule_options.items() if v is not None}}
    data = IndicatorIn(**changes, rule=rule)
    code = framework.save_indicator(db, framework.SaveIndicator(args.project, data))
    print(f"Added indicator {code}.")
    return 0


def cmd_indicator_edit(args: argparse.Namespace, db: Database) -> int:
    changes = _sheet_changes(args)
    rule_options = _rule_options(args)
    if args.reported and rule_options:
        raise UserError("A reported indicator counts nothing: leave out the rule options or use --count")
    if args.count is not None:
        rule_options = {"kind": COUNTS[args.count], **rule_options}
    if not changes and not rule_options and not args.reported:
        raise UserError("Nothing to change: give at least one option, e.g. --name TEXT")
    request = framework.EditIndicator(args.project, args.indicator, changes, rule_options, args.reported)
    code = framework.edit_indicator(db, request)
    print(f"Saved indicator {code}.")
    return 0


def cmd_indicator_delete(args: argparse.Namespace, db: Database) -> int:
    code = framework.delete_indicator(db, framework.DeleteIndicator(args.project, args.indicator))
    print(f"Deleted indicator {code} and its targets.")
    return 0


def cmd_indicator_show(args: argparse.Namespace, db: Database) -> int:
    sheet = framework.indicator_sheet(db, framework.DeleteIndicator(args.project, args.indicator))
    if args.json:
        emit_json(sheet.as_json())
        return 0
    data = sheet.as_json()
    labels = (
        ("code", "Code"), ("name", "Name"), ("result", "Result"), ("definition", "Definition"),
        ("unit", "Unit"),
        ("direction", "Direction"), ("cumulative", "Cumulative"), ("key", "Key indicator"),
        ("disaggregations", "Disaggregations"), ("baseline", "Baseline"), ("baseline_date", "Baseline date"),
        ("lop_target", "LOP target"), ("data_source", "Data source"),
        ("means_of_verification", "Means of verification"), ("collection_method", "Collection method"),
        ("frequency", "Frequency"), ("responsible", "Responsible"), ("actuals", "Actuals"),
        ("rule_words", "Counting rule"),
    )  # fmt: skip
    for key, label in labels:
        value = data[key]
        if isinstance(value, bool):
            value = "yes" if value else "no"
        elif isinstance(value, list):
            value = ", ".join(value)
        print(f"{label:<22} {'' if value is None else value}")
    if sheet.targets:
        print()
        print_table(
            ["period", "country", "sex", "target"],
            [(t.period, t.country or "all", t.sex or "total", _num(t.value)) for t in sheet.targets],
        )
    return 0


# ---------------------------------------------------------------- organizations


def cmd_organization_edit(args: argparse.Namespace, db: Database) -> int:
    changes: dict[str, Any] = {}
    for option in ("name", "type", "acronym"):
        value = getattr(args, option)
        if value is not None:
            changes[option] = value
    if args.country is not None:
        changes["country"] = args.country.strip() or None
        changes["subdivision"] = None
    request = organizations.EditOrganization(who=args.organization, changes=changes)
    name = organizations.edit_organization(db, request)
    print(f"Saved {name}" + (" (type confirmed)." if not changes or "type" in changes else "."))
    return 0


def cmd_organization_merge(args: argparse.Namespace, db: Database) -> int:
    outcome = organizations.merge_organizations(db, organizations.MergeOrganizations(args.keep, args.other))
    print(
        f"Merged {outcome.merged} into {outcome.kept}: {outcome.participants_moved} participant(s) and "
        f"{outcome.partnerships_moved} partnership(s) moved."
    )
    return 0
