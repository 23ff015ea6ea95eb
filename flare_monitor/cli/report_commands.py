"""report --project CODE --period PERIOD --out FILE.pdf [--template ID]: a donor report as PDF.

Templates come from the output registry (`report --list-templates`): `ilo-quarterly` (the default) and
`usdol-tpr` (the USDOL Technical Progress Report). Options: --countries ISO2,... (default: all the
project's countries), --xlsx FILE.xlsx (the template's Excel annex), --language en|es|fr, --page-size
a4|letter, --deterministic (byte-identical output for the same data and options), --prepared-by NAME
(else a line is left for a signature), --logo FILE.png, --date YYYY-MM-DD, --approved-only (leave values
not yet approved out), --force (a period outside the project's dates), and each template's own options
(e.g. --annex-participants, --final-report yes|no|auto).

Before building, the narrative sections the template prints without text are listed on stderr.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from flare_monitor.cli.output import say
from flare_monitor.db.engine import Database
from flare_monitor.errors import UserError, ValidationError
from flare_monitor.i18n import LANGUAGES, _, ngettext


def register(commands: argparse._SubParsersAction) -> None:
    from flare_monitor.reports.registry import templates

    p = commands.add_parser("report", help="generate a donor report (PDF and Excel annex)")
    p.add_argument(
        "--list-templates", action="store_true", help="list the report templates and their options"
    )
    p.add_argument("--template", default="ilo-quarterly", metavar="ID",
                   help="the report's template: " + ", ".join(t.id for t in templates()))  # fmt: skip
    p.add_argument("--project", metavar="CODE")
    p.add_argument("--period", metavar="PERIOD", help="e.g. FY2024-Q3, 2024-Q2 or FY2024-S2 (a TPR's half)")
    p.add_argument("--out", metavar="FILE.pdf")
    p.add_argument("--countries", metavar="ISO2,...", help="only these countries (comma-separated)")
    p.add_argument("--xlsx", metavar="FILE.xlsx", help="also write the template's Excel annex")
    p.add_argument(
        "--language",
        default="en",
        choices=LANGUAGES,
        help="the language of the report (default: en); the project's texts are printed in it where the "
        "project gives them in it",
    )
    p.add_argument("--page-size", default="a4", choices=["a4", "letter"])
    p.add_argument(
        "--deterministic",
        action="store_true",
        help="fixed dates and ids: the same data and options give a byte-identical PDF",
    )
    p.add_argument(
        "--prepared-by", metavar="NAME", help="name on the cover (default: a line left for a signature)"
    )
    p.add_argument("--logo", metavar="FILE", help="logo image for the cover (PNG or JPEG)")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="date printed on the report (default: today)")
    p.add_argument(
        "--approved-only",
        action="store_true",
        help="count approved values only (values not yet approved are left out)",
    )
    p.add_argument("--force", action="store_true", help="build even for a period outside the project's dates")
    seen: dict[str, str] = {}
    for layout in templates():
        for option in layout.options:
            if option.key in seen:
                continue
            seen[option.key] = layout.id
            text = f"{option.help or option.label} ({layout.id})"
            if option.kind == "bool":
                p.add_argument(option.flag, dest=f"option_{option.key}", action="store_true", help=text)
            else:
                p.add_argument(option.flag, dest=f"option_{option.key}", choices=option.choices,
                               help=f"{text}; default {option.default}")  # fmt: skip
    p.set_defaults(handler=cmd_report, needs_db=True)


def _countries(text: str | None) -> tuple[str, ...] | None:
    if not text:
        return None
    codes = tuple(c.strip().upper() for c in text.split(",") if c.strip())
    return codes or None


def _list_templates() -> int:
    from flare_monitor.cli.output import print_table
    from flare_monitor.reports.registry import describe, templates

    print_table(["template", "label", "formats", "options"], describe(templates()), max_width=70)
    return 0


def _template_options(args: argparse.Namespace, layout) -> tuple[dict, bool]:
    given = {}
    for option in layout.options:
        value = getattr(args, f"option_{option.key}", None)
        if value not in (None, False):
            given[option.key] = value
    # Flags of other templates' options make no sense here: say so rather than ignore them.
    for key, value in vars(args).items():
        if key.startswith("option_") and value not in (None, False):
            name = key.removeprefix("option_")
            if name not in {o.key for o in layout.options}:
                flag = "--" + name.replace("_", "-")
                raise ValidationError(
                    _("{flag}: the {id} template has no such option", flag=flag, id=layout.id), name
                )
    annex = bool(given.pop("annex_participants", False))
    return given, annex


def cmd_report(args: argparse.Namespace, db: Database) -> int:
    if args.list_templates:
        return _list_templates()
    from flare_monitor.actions.reports import (
        PeriodOutsideProject,
        ReportOptions,
        check_donor_report,
        generate_report,
    )
    from flare_monitor.reports.registry import template
    from flare_monitor.services.common import parse_date

    missing = [flag for flag, value in (("--project", args.project), ("--period", args.period),
                                        ("--out", args.out)) if not value]  # fmt: skip
    if missing:
        raise ValidationError(
            _("report: {items} required (or --list-templates)", items=", ".join(missing)), missing[0]
        )
    layout = template(args.template)
    given, annex = _template_options(args, layout)
    if annex and db.is_server:  # a viewer reads no names: say so before any work
        from flare_monitor.actions.identity import READ_PERSONAL_DATA, who_is_signed_in

        reason = who_is_signed_in(db).why_not(READ_PERSONAL_DATA)
        if reason:
            raise UserError(_("--annex-participants lists people by name. {reason}", reason=reason))
    report_date = parse_date(args.date, "date", required=False) if args.date else None
    if args.logo and not Path(args.logo).expanduser().is_file():
        raise ValidationError(_("logo: {logo} does not exist", logo=args.logo), "logo")
    options = ReportOptions(
        project=args.project,
        period=args.period,
        out=Path(args.out).expanduser(),
        countries=_countries(args.countries),
        xlsx=Path(args.xlsx).expanduser() if args.xlsx else None,
        annex_participants=annex,
        language=args.language,
        page_size=args.page_size,
        deterministic=args.deterministic,
        prepared_by=args.prepared_by,
        logo_path=Path(args.logo).expanduser() if args.logo else None,
        report_date=report_date,
        template=layout.id,
        template_options=tuple(given.items()),
        approved_only=args.approved_only,
        force=args.force,
    )
    from flare_monitor.reports.builder import check_output

    check_output(options.out)  # a wrong path is said before anything else
    if options.xlsx:
        check_output(options.xlsx, "Excel annex")
    try:
        check = check_donor_report(db, options)
    except PeriodOutsideProject as exc:
        raise PeriodOutsideProject(
            _("{error}; use --force to build it anyway", error=exc), exc.field
        ) from None
    message = check.message()
    if message:
        say(_("Note: {message}.", message=message), file=sys.stderr)
    result = generate_report(db, options)
    say(
        ngettext(
            "Wrote {path} ({count} page, SHA-256 {sha256})",
            "Wrote {path} ({count} pages, SHA-256 {sha256})",
            result.pages,
            path=str(result.path),
            sha256=result.sha256,
        )
    )
    if result.xlsx_path:
        say(_("Wrote {path}", path=str(result.xlsx_path)))
    for name in result.withheld_photos:
        if name:
            message = _(
                "the photo {name} of the success story shows people (personal data) and was not printed; "
                "if they agreed to its publication, untick “Shows or names people” on the evidence",
                name=name,
            )
        else:  # its name is itself personal for this login
            message = _(
                "the photo of the success story shows people (personal data) and was not printed; if they "
                "agreed to its publication, untick “Shows or names people” on the evidence"
            )
        say(_("Note: {message}.", message=message), file=sys.stderr)
    if annex:
        print(
            "The report lists participants by name: share it only with people who need it.", file=sys.stderr
        )
    return 0
