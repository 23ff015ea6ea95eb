"""indicators | quality | period submit/return/approve/status/lock/unlock/list/drift |
indicator set-value/set-target/approve."""

from __future__ import annotations

import argparse

from flare_monitor.actions import indicators, periods, quality
from flare_monitor.actions.indicators import CellChange
from flare_monitor.cli.output import emit_json, print_table
from flare_monitor.db.engine import Database
from flare_monitor.errors import NeedsConfirmation, OpenFindings, UserError
from flare_monitor.indicators.engine import IndicatorFigure
from flare_monitor.vocabulary import Sex, values

_PERIOD_HELP = "e.g. 2024-Q2, FY2024-Q3, 2024-S1, FY2024, LOP"


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("indicators", help="the indicator table (IPTT) of a project for one period")
    p.add_argument("--project", metavar="CODE", required=True)
    p.add_argument("--period", metavar="PERIOD", required=True, help=_PERIOD_HELP)
    p.add_argument("--country", metavar="ISO2", help="one country (default: all countries)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_indicators)

    p = commands.add_parser("quality", help="data-quality findings for a project and period")
    p.add_argument("--project", metavar="CODE", required=True)
    p.add_argument("--period", metavar="PERIOD", required=True, help=_PERIOD_HELP)
    p.add_argument("--country", metavar="ISO2", help="one country (default: all countries)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_quality)

    period = commands.add_parser(
        "period", help="submit, review and lock a reporting period; what changed since it was locked"
    )
    actions = period.add_subparsers(dest="period_command", metavar="ACTION", required=True)
    for name, handler, text, note in (
        ("submit", cmd_submit, "a country's figures of the period go for review", "a note for the reviewer"),
        ("return", cmd_return, "send a country's figures back (the comment is required)", "what to change"),
        ("approve", cmd_approve_period, "approve a country's submitted figures", "a comment"),
    ):
        p = actions.add_parser(name, help=text)
        p.add_argument("--project", metavar="CODE", required=True)
        p.add_argument("--period", metavar="PERIOD", required=True, help=_PERIOD_HELP)
        p.add_argument("--country", metavar="ISO2", required=True)
        p.add_argument("--note", metavar="TEXT", help=note)
        p.set_defaults(handler=handler)
    p = actions.add_parser("status", help="whether the period is locked, and each country's submission")
    p.add_argument("--project", metavar="CODE", required=True)
    p.add_argument("--period", metavar="PERIOD", required=True, help=_PERIOD_HELP)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_period_status)
    p = actions.add_parser(
        "lock", help="lock a period: what fed it can no longer be changed, its figures are kept as submitted"
    )
    p.add_argument("--project", metavar="CODE", required=True)
    p.add_argument("--period", metavar="PERIOD", required=True, help=_PERIOD_HELP)
    p.add_argument("--reason", metavar="TEXT", required=True)
    p.add_argument(
        "--acknowledge",
        metavar="REASON",
        help="why the open data-quality findings stand (needed if any are open)",
    )
    p.add_argument(
        "--confirm", action="store_true", help="lock the LOP or a period that has not ended (asked otherwise)"
    )
    p.set_defaults(handler=cmd_lock)
    p = actions.add_parser("unlock", help="reopen a locked period (the reason goes to the audit trail)")
    p.add_argument("--project", metavar="CODE", required=True)
    p.add_argument("--period", metavar="PERIOD", required=True, help=_PERIOD_HELP)
    p.add_argument("--reason", metavar="TEXT", required=True)
    p.set_defaults(handler=cmd_unlock)
    p = actions.add_parser("list", help="locked and reopened periods of a project")
    p.add_argument("--project", metavar="CODE", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_lock_list)
    p = actions.add_parser("drift", help="a locked period's submitted figures against today's, with causes")
    p.add_argument("--project", metavar="CODE", required=True)
    p.add_argument("--period", metavar="PERIOD", required=True, help=_PERIOD_HELP)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_drift)

    indicator = commands.add_parser("indicator", help="enter manual values and targets")
    actions = indicator.add_subparsers(dest="indicator_command", metavar="ACTION", required=True)
    p = actions.add_parser("set-value", help="enter or correct the actual of a manual indicator")
    _cell_arguments(p)
    p.add_argument("--value", metavar="V", help="the figure (percentages: or give --numerator/--denominator)")
    p.add_argument("--numerator", metavar="N")
    p.add_argument("--denominator", metavar="D")
    p.add_argument("--comment")
    p.add_argument("--explanation", metavar="TEXT", help="why the figure is off its target (variance)")
    p.add_argument("--source", metavar="TEXT", help="where the figure comes from (data source)")
    p.add_argument("--status", choices=("draft", "approved"), help="default: draft")
    p.add_argument("--approved", action="store_true", help="the same as --status approved")
    p.set_defaults(handler=cmd_set_value)

    p = actions.add_parser("set-target", help="set a target (period or LOP)")
    _cell_arguments(p)
    p.add_argument("--value", metavar="V", required=True)
    p.add_argument("--comment")
    p.set_defaults(handler=cmd_set_target)

    p = actions.add_parser("approve", help="approve an entered value")
    _cell_arguments(p)
    p.set_defaults(handler=cmd_approve)


def _cell_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--project", metavar="CODE", required=True)
    p.add_argument("--indicator", metavar="CODE", required=True)
    p.add_argument("--period", metavar="PERIOD", required=True, help=_PERIOD_HELP)
    p.add_argument("--country", metavar="ISO2", help="default: project level")
    p.add_argument("--sex", metavar="SEX", help=f"{', '.join(values(Sex))} (default: the total)")


def _fmt(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.0f}" if value.is_integer() else f"{value:.1f}"
    return str(value)


def _pct(value) -> str:
    return "" if value is None else f"{value:.0f}%"


def _row(f: IndicatorFigure) -> list:
    sexes = f.by_sex or {}
    return [
        f.code,
        f.name,
        f.unit,
        _fmt(f.baseline),
        _fmt(f.target),
        _fmt(f.actual),
        *[_fmt(sexes.get(s.value)) for s in Sex],
        _fmt(f.cumulative_actual),
        _fmt(f.lop_target),
        _pct(f.percent_of_target),
        f.status.replace("_", " "),
    ]


def cmd_indicators(args: argparse.Namespace, db: Database) -> int:
    query = indicators.IndicatorQuery(args.project, args.period, args.country)
    report = indicators.indicator_report(db, query)
    if args.json:
        emit_json(report.as_json())
        return 0
    scope = report.country or "all countries"
    print(f"{report.project} {report.period.label} ({report.period.start} to {report.period.end}), {scope}")
    print_table(
        ["code", "indicator", "unit", "baseline", "target", "actual", "F", "M", "O", "n/r", "cumulative",
         "LOP", "% target", "status"],
        [_row(f) for f in report.figures],
        max_width=48,
    )  # fmt: skip
    rule = indicators.status_rule(db, args.project)
    print("Status: " + "; ".join(f"{status.replace('_', ' ')} = {text}" for status, text in rule.items()))
    if any(f.submitted for f in report.figures):
        print(f"{report.period.label} is locked: the figures are those submitted (see `period drift`).")
    return 0


def cmd_quality(args: argparse.Namespace, db: Database) -> int:
    findings = quality.findings(db, quality.QualityQuery(args.project, args.period, args.country))
    if args.json:
        emit_json([f.as_json() for f in findings])
        return 0
    if not findings:
        print("No findings.")
        return 0
    print_table(["severity", "rule", "finding"], [(f.severity, f.rule, f.message) for f in findings], 200)
    return 0


def cmd_lock(args: argparse.Namespace, db: Database) -> int:
    change = periods.LockChange(
        args.project, args.period, args.reason, acknowledge=args.acknowledge, confirmed=args.confirm
    )
    try:
        label = periods.change_lock(db, change)
    except NeedsConfirmation as exc:
        raise UserError(
            f"{str(exc).removesuffix(' Lock it anyway?')}; add --confirm to lock it anyway"
        ) from None
    except OpenFindings as exc:
        raise UserError(f"{exc} (--acknowledge REASON; `quality` lists them)") from None
    print(f"Locked {label}; its figures are kept as submitted.")
    return 0


def _submission(step: str, done: str):
    def command(args: argparse.Namespace, db: Database) -> int:
        change = periods.SubmissionChange(args.project, args.period, args.country, step, args.note)
        saved = periods.change_submission(db, change)
        print(f"{saved.country} {args.period}: {done}.")
        return 0

    return command


cmd_submit = _submission("submit", "submitted")
cmd_return = _submission("return", "returned")
cmd_approve_period = _submission("approve", "approved")


def cmd_period_status(args: argparse.Namespace, db: Database) -> int:
    state = periods.period_state(db, periods.PeriodQuery(args.project, args.period))
    if args.json:
        emit_json(state.as_json())
        return 0
    lock = f"locked by {state.locked_by} on {state.locked_at:%Y-%m-%d}" if state.locked else "open"
    print(f"{state.project} {state.period}: {lock}")

    def when(who, at) -> str:
        return f"{who} {at:%Y-%m-%d}" if who and at else ""

    print_table(
        ["country", "status", "submitted", "note", "reviewed", "comment"],
        [
            (c.country, c.status, when(c.submitted_by, c.submitted_at), c.note,
             when(c.reviewed_by, c.reviewed_at), c.comment)
            for c in state.countries
        ],
    )  # fmt: skip
    missing = state.not_approved()
    print(f"Not approved: {', '.join(missing)}" if missing else "Every country is approved.")
    return 0


def cmd_drift(args: argparse.Namespace, db: Database) -> int:
    report = periods.drift(db, periods.PeriodQuery(args.project, args.period))
    if args.json:
        emit_json(report.as_json())
        return 0
    if not report.locked:
        print(f"{report.project} {report.period} is not locked: its figures are today's.")
        return 0
    print(f"{report.project} {report.period}, locked by {report.locked_by} on {report.locked_at:%Y-%m-%d}")
    if not report.rows:
        print("Today's figures are those submitted.")
    else:
        print_table(
            ["indicator", "country", "measure", "submitted", "today", "cause"],
            [(r.indicator, r.country or "all", r.measure, _fmt(r.submitted), _fmt(r.today),
              "; ".join(r.causes)) for r in report.rows],
            max_width=90,
        )  # fmt: skip
    if report.causes:
        print("Corrections since the lock:")
        for cause in report.causes:
            where = f" ({', '.join(cause.countries)})" if cause.countries else ""
            print(f"  {cause.text}{where}")
    return 0


def cmd_unlock(args: argparse.Namespace, db: Database) -> int:
    label = periods.change_lock(db, periods.LockChange(args.project, args.period, args.reason, lock=False))
    print(f"Unlocked {label}.")
    return 0


def cmd_lock_list(args: argparse.Namespace, db: Database) -> int:
    rows = periods.locks(db, args.project)
    if args.json:
        emit_json([r.as_json() for r in rows])
        return 0
    if not rows:
        print("No locked periods.")
        return 0
    print_table(
        ["period", "start", "end", "state", "since", "by", "reason"],
        [
            (r.period, r.start, r.end, "locked" if r.locked else "reopened", f"{r.changed_at:%Y-%m-%d}",
             r.changed_by, r.reason)
            for r in rows
        ],
    )  # fmt: skip
    return 0


def cmd_set_value(args: argparse.Namespace, db: Database) -> int:
    saved = indicators.set_value(db, CellChange(
        args.project, args.indicator, args.period, value=args.value, numerator=args.numerator,
        denominator=args.denominator, country=args.country, sex=args.sex, comment=args.comment,
        status="approved" if args.approved else (args.status or "draft"), explanation=args.explanation,
        data_source=args.source,
    ))  # fmt: skip
    print(f"Set {args.indicator} {saved.period} to {_fmt(saved.value)}.")
    return 0


def cmd_set_target(args: argparse.Namespace, db: Database) -> int:
    saved = indicators.set_target(db, CellChange(
        args.project, args.indicator, args.period, value=args.value, country=args.country, sex=args.sex,
        comment=args.comment,
    ))  # fmt: skip
    print(f"Set the target of {args.indicator} for {saved.period} to {_fmt(saved.value)}.")
    return 0


def cmd_approve(args: argparse.Namespace, db: Database) -> int:
    change = CellChange(args.project, args.indicator, args.period, country=args.country, sex=args.sex)
    saved = indicators.approve_value(db, change)
    print(f"Approved {args.indicator} {saved.period}.")
    return 0
