"""indicators | quality | period lock/unlock/list | indicator set-value/set-target/approve (and the
set-up commands add/edit/delete/show from setup_commands)."""

from __future__ import annotations

import argparse

from flare_monitor.actions import indicators, periods, quality
from flare_monitor.actions.indicators import CellChange
from flare_monitor.cli import setup_commands
from flare_monitor.cli.output import emit_json, print_table, say
from flare_monitor.db.engine import Database
from flare_monitor.i18n import Country, PeriodName, Term, _
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
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_quality)

    period = commands.add_parser("period", help="lock a reporting period once its report is submitted")
    actions = period.add_subparsers(dest="period_command", metavar="ACTION", required=True)
    for name, handler, text in (
        ("lock", cmd_lock, "lock a period: its values and attendance can no longer be changed"),
        ("unlock", cmd_unlock, "reopen a locked period (the reason goes to the audit trail)"),
    ):
        p = actions.add_parser(name, help=text)
        p.add_argument("--project", metavar="CODE", required=True)
        p.add_argument("--period", metavar="PERIOD", required=True, help=_PERIOD_HELP)
        p.add_argument("--reason", metavar="TEXT", required=True)
        p.set_defaults(handler=handler)
    p = actions.add_parser("list", help="locked and reopened periods of a project")
    p.add_argument("--project", metavar="CODE", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_lock_list)

    indicator = commands.add_parser("indicator", help="indicators: set up, show, values and targets")
    actions = indicator.add_subparsers(dest="indicator_command", metavar="ACTION", required=True)
    p = actions.add_parser("set-value", help="enter or correct the actual of a manual indicator")
    _cell_arguments(p)
    p.add_argument("--value", metavar="V", help="the figure (percentages: or give --numerator/--denominator)")
    p.add_argument("--numerator", metavar="N")
    p.add_argument("--denominator", metavar="D")
    p.add_argument("--comment")
    p.add_argument(
        "--explanation",
        metavar="TEXT",
        help="why the actual differs from the target (printed in the donor's data reporting form)",
    )
    p.add_argument("--data-source", metavar="TEXT", help="where the figure comes from")
    p.add_argument("--approved", action="store_true", help="enter it as approved")
    p.set_defaults(handler=cmd_set_value)

    p = actions.add_parser("set-target", help="set a target (period or LOP)")
    _cell_arguments(p)
    p.add_argument("--value", metavar="V", required=True)
    p.add_argument("--comment")
    p.set_defaults(handler=cmd_set_target)

    p = actions.add_parser("approve", help="approve an entered value")
    _cell_arguments(p)
    p.set_defaults(handler=cmd_approve)
    setup_commands.add_indicator_commands(actions)


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
    return 0


def cmd_quality(args: argparse.Namespace, db: Database) -> int:
    findings = quality.findings(db, quality.QualityQuery(args.project, args.period))
    if args.json:
        emit_json([f.as_json() for f in findings])
        return 0
    if not findings:
        say(_("No findings."))
        return 0
    print_table(["severity", "rule", "finding"], [(f.severity, f.rule, f.message) for f in findings], 200)
    return 0


def cmd_lock(args: argparse.Namespace, db: Database) -> int:
    label = periods.change_lock(db, periods.LockChange(args.project, args.period, args.reason))
    say(_("Locked {period}.", period=PeriodName(label)))
    return 0


def cmd_unlock(args: argparse.Namespace, db: Database) -> int:
    label = periods.change_lock(db, periods.LockChange(args.project, args.period, args.reason, lock=False))
    say(_("Unlocked {period}.", period=PeriodName(label)))
    return 0


def cmd_lock_list(args: argparse.Namespace, db: Database) -> int:
    rows = periods.locks(db, args.project)
    if args.json:
        emit_json([r.as_json() for r in rows])
        return 0
    if not rows:
        say(_("No locked periods."))
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
        status="approved" if args.approved else "draft", explanation=args.explanation,
        data_source=args.data_source,
    ))  # fmt: skip
    say(
        _(
            "Set {indicator} {period} to {value}.",
            indicator=args.indicator,
            period=PeriodName(saved.period),
            value=saved.value,
        )
    )
    return 0


def _scope(saved) -> str:
    """Where a value or target applies: 'Pakistan (PK)' or 'the whole project'."""
    if saved.country:
        return _("{country} ({code})", country=Country(saved.country), code=saved.country)
    return _("the whole project")


def cmd_set_target(args: argparse.Namespace, db: Database) -> int:
    saved = indicators.set_target(db, CellChange(
        args.project, args.indicator, args.period, value=args.value, country=args.country, sex=args.sex,
        comment=args.comment,
    ))  # fmt: skip
    say(
        _(
            "Set the target of {indicator} for {period}, {where}, {sex}, to {value}.",
            indicator=args.indicator,
            period=PeriodName(saved.period),
            where=_scope(saved),
            sex=Term(saved.sex, lower=True) if saved.sex else _("all sexes"),
            value=saved.value,
        )
    )
    return 0


def cmd_approve(args: argparse.Namespace, db: Database) -> int:
    change = CellChange(args.project, args.indicator, args.period, country=args.country, sex=args.sex)
    saved = indicators.approve_value(db, change)
    say(_("Approved {indicator} {period}.", indicator=args.indicator, period=PeriodName(saved.period)))
    return 0
