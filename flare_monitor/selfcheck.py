"""``flare-monitor --self-check``: prove that this installation (above all a frozen build) works end to end.

In a temporary folder: check the shipped files, create and migrate a database, load the demo data,
compute the indicators of a demo quarter, render its donor report and read the key figure back from
the PDF; then the steps the caller adds (the desktop app adds its window). Each step prints
``ok`` or ``FAILED: reason``; the exit code is 0 only when every step passed. The temporary folder is
removed at the end, and the same lines go to ``self-check.txt`` in the logs folder, for a windowed
Windows build started without a console.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from flare_monitor import APP_NAME, __version__, paths
from flare_monitor.logsetup import safe_traceback

log = logging.getLogger(__name__)

# The demo quarter and the seed's fact it must reproduce: the Balochistan training of 16-17 April 2024
# trained 40 law-enforcement officers (indicator 1.1.1.2 of BRIDGE, Pakistan, FY2024-Q3).
PROJECT, PERIOD, COUNTRY = "BRIDGE", "FY2024-Q3", "PK"
KEY_INDICATOR, KEY_PEOPLE = "1.1.1.2", 40
EVIDENCE_ACTIVITY = "BR-PK-2024-TRN-APR"  # that training: its report is attached to it as evidence
REPORT_FILE = "self-check.txt"

# Shipped files every installation needs (fonts are listed by the report's font table).
REQUIRED_FILES = (
    ("migrations", "env.py"),
    ("migrations", "script.py.mako"),
    ("resources", "fonts", "LICENSE-Noto-OFL.txt"),
    ("resources", "fonts", "LICENSE-DroidSansFallback-Apache.txt"),
    ("resources", "icons", "flare-monitor.png"),
    ("resources", "icons", "flare-monitor.ico"),
    ("resources", "logo.png"),
)

Check = Callable[[], str | None]  # returns a short detail for the "ok" line, raises when it fails


class CheckFailed(Exception):
    """A step found something wrong; the message is the reason printed after FAILED."""


@dataclass
class SelfCheck:
    """The shared state of the steps: the temporary folder, the database once it exists."""

    workdir: Path
    report_file: Path
    db: object | None = None
    lines: list[str] = field(default_factory=list)

    # ------------------------------------------------------------------ steps

    def resources(self) -> str:
        from flare_monitor.reports import fonts

        missing = [str(Path(*parts)) for parts in REQUIRED_FILES if not paths.resource_path(*parts).is_file()]
        shipped_fonts = fonts.font_files()
        missing += [_shown(file) for file in shipped_fonts if not file.is_file()]
        versions = paths.resource_path("migrations", "versions")
        if not any(versions.glob("*.py")):
            missing.append(str(versions / "*.py"))
        missing += _missing_country_names()
        missing += _missing_catalogues()
        if missing:
            raise CheckFailed(f"missing from {paths.bundle_root()}: {', '.join(missing)}")
        return f"{len(shipped_fonts)} fonts, migrations, icons, logo, country names, catalogues"

    def server_driver(self) -> str:
        """The shared PostgreSQL mode needs psycopg and its libpq; no server is contacted here."""
        import psycopg
        from sqlalchemy.dialects.postgresql import psycopg as dialect

        libpq = psycopg.pq.version()
        if dialect.dialect is None or libpq < 100000:
            raise CheckFailed(f"psycopg's libpq {libpq} cannot be used")
        return f"psycopg {psycopg.__version__} ({psycopg.pq.__impl__}), libpq {libpq // 10000}.{libpq % 100}"

    def database(self) -> str:
        from flare_monitor.db.migrate import current_revision, head_revision, open_database

        self.db = open_database(str(self.workdir / "self-check.db"), backup_dir=self.workdir / "backups")
        revision, head = current_revision(self.db), head_revision()
        if revision != head:
            raise CheckFailed(f"the database is at schema {revision}, expected {head}")
        return f"schema {head}"

    def demo(self) -> str:
        from flare_monitor.services.demo import load_demo
        from flare_monitor.services.projects import list_projects

        with self._session() as session:
            load_demo(session)
        with self._session() as session:
            codes = [p.code for p in list_projects(session)]
        if PROJECT not in codes:
            raise CheckFailed(f"the demo data has no project {PROJECT} (found {', '.join(codes) or 'none'})")
        return f"{len(codes)} projects"

    def indicators(self) -> str:
        from flare_monitor.indicators.engine import compute_indicators

        with self._session() as session:
            report = compute_indicators(session, PROJECT, PERIOD, COUNTRY)
        figure = report.figure(KEY_INDICATOR)
        if figure.actual != KEY_PEOPLE:
            where = f"{PROJECT} {PERIOD} {COUNTRY}"
            raise CheckFailed(f"{where}: indicator {KEY_INDICATOR} is {figure.actual}, expected {KEY_PEOPLE}")
        return f"{len(report.figures)} indicators; {KEY_INDICATOR} in {COUNTRY} = {KEY_PEOPLE} people"

    def report(self) -> str:
        from flare_monitor.indicators.engine import compute_indicators
        from flare_monitor.reports import words
        from flare_monitor.reports.builder import build_report
        from flare_monitor.reports.model import ReportOptions
        from flare_monitor.reports.story import sex_split

        out = self.workdir / f"{PROJECT}_{PERIOD}.pdf"
        options = ReportOptions(
            project=PROJECT,
            period=PERIOD,
            out=out,
            deterministic=True,
            logo_path=paths.resource_path("resources", "logo.png"),
        )
        with self._session() as session:
            result = build_report(session, options)
            key = compute_indicators(session, PROJECT, PERIOD).figure(KEY_INDICATOR)
        if result.pages < 1:
            raise CheckFailed(f"the report {out.name} has no pages")
        text = _squash(pdf_text(out))
        # The key-figures row as the executive summary prints it: indicator, total, split by sex.
        expected = f"{key.code} {key.name}" + words.format_value(key.actual, key.unit, "en")
        expected += sex_split(key.by_sex, key.unit, "en")
        for wanted in ("Key figures", expected):
            if _squash(wanted) not in text:
                raise CheckFailed(f"the report does not show '{wanted}'")
        shown = words.format_value(key.actual, key.unit, "en")
        return f"{result.pages} pages; key figure {key.code} = {shown}"

    def evidence(self) -> str:
        """Attach the report as evidence (type read by puremagic), read it back, draw its first page
        (PDFium): the libraries and data files a frozen build must carry."""
        from flare_monitor.evidence.pdf import first_page
        from flare_monitor.services.evidence import NewEvidence, Target, add_evidence, read_content

        report = self.workdir / f"{PROJECT}_{PERIOD}.pdf"
        if not report.exists():
            raise CheckFailed("no report to attach (an earlier step failed)")
        data = report.read_bytes()
        with self._session() as session:
            added = add_evidence(
                session, Target(activity=EVIDENCE_ACTIVITY), NewEvidence(report.name, data, type="report")
            )
            _row, back = read_content(session, added.row.id)
        if back != data or added.row.media_type != "application/pdf":
            raise CheckFailed(f"the attached report reads back as {added.row.media_type}, {len(back)} bytes")
        picture = first_page(data, 128)
        if picture is None:
            raise CheckFailed("the first page of the report could not be drawn")
        return f"report attached and read back; thumbnail {picture.width}×{picture.height}"

    # ------------------------------------------------------------------ plumbing

    @contextmanager
    def _session(self):
        if self.db is None:
            raise CheckFailed("no database (an earlier step failed)")
        with self.db.session(audit=False) as session:
            yield session

    def run(self, name: str, check: Check, emit: Callable[[str], None]) -> bool:
        """Run one step and print its line; never raises (a failed step is a line, not a crash)."""
        try:
            detail = check()
        except CheckFailed as exc:
            return self._line(emit, name, f"FAILED: {exc}", ok=False)
        except Exception as exc:  # anything else is a failure too; the log keeps the traceback
            log.error("self-check step %s failed:\n%s", name, safe_traceback(exc))
            reason = " ".join(str(exc).split()) or exc.__class__.__name__
            return self._line(emit, name, f"FAILED: {exc.__class__.__name__}: {reason}", ok=False)
        return self._line(emit, name, f"ok ({detail})" if detail else "ok", ok=True)

    def _line(self, emit: Callable[[str], None], name: str, verdict: str, *, ok: bool) -> bool:
        line = f"{name:<16} {verdict}"
        self.lines.append(line)
        emit(line)
        return ok

    def core_steps(self) -> list[tuple[str, Check]]:
        return [
            ("resources", self.resources),
            ("server driver", self.server_driver),
            ("database", self.database),
            ("demo data", self.demo),
            ("indicators", self.indicators),
            ("report", self.report),
            ("evidence", self.evidence),
        ]


ExtraSteps = Callable[[SelfCheck], Iterable[tuple[str, Check]]]


def _shown(path: Path) -> str:
    """A shipped file as a path inside the bundle (the message names the bundle once)."""
    try:
        return str(path.relative_to(paths.bundle_root()))
    except ValueError:
        return str(path)


def _missing_country_names() -> list[str]:
    """The reports in other languages than English name countries from pycountry's translations."""
    import gettext

    import pycountry

    from flare_monitor.i18n import TRANSLATED

    missing = []
    for language in TRANSLATED:
        if gettext.find("iso3166-1", pycountry.LOCALES_DIR, languages=[language]) is None:
            missing.append(f"pycountry's iso3166-1 names in '{language}'")
    return missing


def _missing_catalogues() -> list[str]:
    """The compiled catalogue of each language (the frozen build ships the .mo files, not the .po)."""
    from flare_monitor.i18n import TRANSLATED
    from flare_monitor.i18n.catalogue import mo_file

    return [_shown(mo_file(language)) for language in TRANSLATED if not mo_file(language).is_file()]


def pdf_text(path: Path) -> str:
    """The text of every page of a PDF (pypdf ships in the build; from source it is a test dependency)."""
    try:
        from pypdf import PdfReader
    except ImportError as exc:
        raise CheckFailed("pypdf is needed to read the report back (pip install pypdf)") from exc
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def _squash(text: str) -> str:
    """Without whitespace: table cells wrap, so texts are compared with their spaces removed."""
    return re.sub(r"\s+", "", text)


@contextmanager
def _temporary_data_dir(folder: Path):
    """Backups and reports of the check go to its temporary folder, not to the user's data folder."""
    previous = os.environ.get(paths.DATA_DIR_ENV_VAR)
    os.environ[paths.DATA_DIR_ENV_VAR] = str(folder)
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop(paths.DATA_DIR_ENV_VAR, None)
        else:
            os.environ[paths.DATA_DIR_ENV_VAR] = previous


def _print(line: str) -> None:
    # A windowed Windows build has no console: sys.stdout is None there (the file gets the lines).
    if sys.stdout is not None:
        print(line, flush=True)


def run_self_check(
    extra_steps: ExtraSteps | None = None,
    emit: Callable[[str], None] = _print,
    report_file: Path | None = None,
) -> int:
    """Run every step; 0 when all passed, 1 otherwise. `report_file` defaults to logs/self-check.txt."""
    target = report_file or paths.logs_dir() / REPORT_FILE
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # a read-only profile: the exit code and the console still tell
        log.warning("cannot write the self-check report in %s: %s", target.parent, exc)
    where = "frozen build" if paths.is_frozen() else "from source"
    check = SelfCheck(Path(tempfile.mkdtemp(prefix="flare-monitor-self-check-")), target)
    header = f"{APP_NAME} {__version__} self-check ({where}, {paths.bundle_root()})"
    check.lines.append(header)
    emit(header)
    passed = True
    try:
        with _temporary_data_dir(check.workdir / "data"):
            steps = list(check.core_steps())
            for name, step in steps:
                passed = check.run(name, step, emit) and passed
            for name, step in extra_steps(check) if extra_steps is not None else ():
                passed = check.run(name, step, emit) and passed
    finally:
        if check.db is not None:
            check.db.dispose()
        shutil.rmtree(check.workdir, ignore_errors=True)
    verdict = "Self-check passed." if passed else "Self-check FAILED."
    emit(verdict)
    _write_report(target, [*check.lines, verdict])
    log.info("self-check: %s", verdict)
    return 0 if passed else 1


def _write_report(target: Path, lines: list[str]) -> None:
    try:
        target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    except OSError as exc:
        log.warning("could not write %s: %s", target, exc)
