"""report --project CODE --period PERIOD --out FILE.pdf: the quarterly donor report as PDF.

Options: --countries ISO2,... (default: all the project's countries), --xlsx FILE.xlsx (Excel
annex with the full IPTT), --annex-participants (adds the participant list; victims' records are
never listed), --language en|es, --page-size a4|letter, --deterministic (byte-identical output for
the same data and options), --prepared-by NAME, --logo FILE.png, --date YYYY-MM-DD.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from flare_monitor.db.engine import Database
from flare_monitor.errors import UserError, ValidationError


def register(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("report", help="generate the quarterly donor report (PDF)")
    p.add_argument("--project", required=True, metavar="CODE")
    p.add_argument("--period", required=True, metavar="PERIOD", help="e.g. FY2024-Q3 or 2024-Q2")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--countries", metavar="ISO2,...", help="only these countries (comma-separated)")
    p.add_argument("--xlsx", metavar="FILE.xlsx", help="also write the Excel annex (IPTT by period)")
    p.add_argument(
        "--annex-participants",
        action="store_true",
        help="add the participant list (names; never victims' records, never contact details)",
    )
    p.add_argument("--language", default="en", choices=["en", "es"])
    p.add_argument("--page-size", default="a4", choices=["a4", "letter"])
    p.add_argument(
        "--deterministic",
        action="store_true",
        help="fixed dates and ids: the same data and options give a byte-identical PDF",
    )
    p.add_argument("--prepared-by", metavar="NAME", help="name on the cover (default: your user name)")
    p.add_argument("--logo", metavar="FILE", help="logo image for the cover (PNG or JPEG)")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="date printed on the report (default: today)")
    p.set_defaults(handler=cmd_report)


def _countries(text: str | None) -> tuple[str, ...] | None:
    if not text:
        return None
    codes = tuple(c.strip().upper() for c in text.split(",") if c.strip())
    return codes or None


def cmd_report(args: argparse.Namespace, db: Database) -> int:
    from flare_monitor.reports.assemble import ReportOptions
    from flare_monitor.reports.builder import build_report
    from flare_monitor.services.common import parse_date

    if args.annex_participants and db.is_server:  # a viewer reads no names: say so before any work
        from flare_monitor.actions.identity import READ_PERSONAL_DATA, who_is_signed_in

        reason = who_is_signed_in(db).why_not(READ_PERSONAL_DATA)
        if reason:
            raise UserError(f"--annex-participants lists people by name. {reason}")
    report_date = parse_date(args.date, "date", required=False) if args.date else None
    if args.logo and not Path(args.logo).expanduser().is_file():
        raise ValidationError(f"logo: {args.logo} does not exist", "logo")
    options = ReportOptions(
        project=args.project,
        period=args.period,
        out=Path(args.out).expanduser(),
        countries=_countries(args.countries),
        xlsx=Path(args.xlsx).expanduser() if args.xlsx else None,
        annex_participants=args.annex_participants,
        language=args.language,
        page_size=args.page_size,
        deterministic=args.deterministic,
        prepared_by=args.prepared_by,
        logo_path=Path(args.logo).expanduser() if args.logo else None,
        report_date=report_date,
    )
    with db.session() as session:
        result = build_report(session, options)
    print(f"Wrote {result.path} ({result.pages} pages, SHA-256 {result.sha256})")
    if result.xlsx_path:
        print(f"Wrote {result.xlsx_path}")
    if args.annex_participants:
        print(
            "The report lists participants by name: share it only with people who need it.", file=sys.stderr
        )
    return 0
