"""Build the quarterly donor report: `build_report(session, options) -> ReportResult`.

`ReportBuilder.get_story()` turns an assembled `ReportData` into platypus flowables (pretix style:
one method per section); `build_report` runs the whole job — assemble, story, PDF (written to a
temporary file and moved into place), optional Excel annex, and the ReportRecord row — reporting
`progress(fraction, message)` and checking `cancelled()` between sections, so the desktop app can run
it in a worker with a Cancel button.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Image, KeepTogether, NextPageTemplate, PageBreak, Spacer, Table

from flare_monitor.db.protected import refuse_protected
from flare_monitor.errors import EnvironmentProblem, UserError
from flare_monitor.indicators.actuals import shared_queries
from flare_monitor.reports import charts, i18n, story
from flare_monitor.reports.assemble import ReportData, ReportOptions, assemble
from flare_monitor.reports.styles import (
    LIGHT,
    NAVY,
    col_widths,
    label,
    para,
    status_cell,
    status_commands,
    table_style,
)
from flare_monitor.reports.template import ChartImage, Heading, ReportDocTemplate, make_toc

Progress = Callable[[float, str], None]
Cancelled = Callable[[], bool]
NARRATIVE_ORDER = ("highlights", "challenges", "lessons_learned", "good_practices", "next_period_plan")
CHART_DPI = 200


class ReportCancelled(UserError):
    """The user cancelled the report; nothing was written."""


@dataclass(frozen=True)
class ReportResult:
    path: Path
    sha256: str
    pages: int
    xlsx_path: Path | None = None
    record_id: object | None = None


class ReportBuilder:
    """The story of one report. `t(key)` is the report's language."""

    def __init__(self, data: ReportData, width: float, check: Callable[[str], None] | None = None):
        self.data = data
        self.lang = data.options.language
        self.width = width
        self.check = check or (lambda _message: None)
        self._keys = 0

    def t(self, key: str, **values) -> str:
        return i18n.text(self.lang, key, **values)

    def heading(self, text: str, level: int = 0, markup: bool = False) -> Heading:
        self._keys += 1
        return Heading(text, "h1" if level == 0 else "h2", level, f"h{self._keys}", markup=markup)

    def period_text(self) -> str:
        p = self.data.period
        return f"{p.label} ({i18n.format_range(p.start, p.end, self.lang)})"

    def get_story(self) -> list:
        flow: list = []
        for part, message in (
            (self.cover, "cover"),
            (self.contents, "contents"),
            (self.executive_summary, "executive summary"),
            (self.progress_by_result, "indicators"),
            (self.countries, "countries"),
            (self.challenges_and_plan, "narratives"),
            (self.annexes, "annexes"),
        ):
            self.check(message)
            flow += part()
        return flow

    # ------------------------------------------------------------------ sections

    def cover(self) -> list:
        d, p = self.data, self.data.project
        flow: list = [Spacer(1, 1.2 * cm)]
        logo = d.options.logo_path
        if logo:
            if not Path(logo).is_file():
                raise UserError(f"The logo {logo} does not exist")
            image = Image(str(logo))
            try:  # the image is read here, at its first measurement
                scale = min(5 * cm / image.imageWidth, 2.5 * cm / image.imageHeight, 1)
            except (OSError, ValueError) as exc:  # not an image, or a damaged one (PIL's errors)
                raise UserError(f"The logo {logo} cannot be read as a PNG or JPEG image") from exc
            image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
            image.hAlign = "LEFT"
            flow += [image, Spacer(1, 0.8 * cm)]
        kind = {"half": "report_title_half", "year": "report_title_year"}.get(d.period.kind, "report_title")
        flow += [label(self.t(kind), "cover_subtitle"), para(p.title, "cover_title"), Spacer(1, 0.8 * cm)]
        period = self.period_text()
        if d.period.fiscal:
            month = i18n.month_name(p.fiscal_year_start_month, self.lang)
            period += " \u2014 " + self.t("fiscal_note", month=month)
        rows = [
            (self.t("project_code"), p.code),
            (self.t("donor"), p.donor or "\u2013"),
            (self.t("grant_number"), p.grant_number or "\u2013"),
            (self.t("reporting_period"), period),
            (self.t("countries"), ", ".join(c.name for c in d.countries)),
            (self.t("prepared_by"), d.prepared_by),
            (self.t("date"), i18n.format_date(d.report_date, self.lang)),
        ]
        table = Table([[label(k, "cover_label"), para(v, "cover_value")] for k, v in rows],
                      colWidths=col_widths(self.width, [0.26, 0.74]))  # fmt: skip
        table.setStyle(table_style(header_rows=0, zebra=False, extra=[
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, LIGHT), ("BOX", (0, 0), (-1, -1), 0, LIGHT),
            ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ("LINEABOVE", (0, 0), (-1, 0), 2, NAVY),
        ]))  # fmt: skip
        return flow + [table, NextPageTemplate("content"), PageBreak()]

    def contents(self) -> list:
        return [label(self.t("contents"), "toc_title"), make_toc(self.t("contents")), PageBreak()]

    def executive_summary(self) -> list:
        d, k = self.data, self.data.key
        flow: list = [self.heading(self.t("executive_summary")), label(self.t("key_figures"), "h2")]
        on_track = k.status_counts.get("on_track", 0)
        tiles = [
            (i18n.format_number(k.activities_completed, self.lang), self.t("kf_activities_completed"),
             f"{self.t('cumulative')}: {i18n.format_number(k.activities_completed_cumulative, self.lang)}"),
            (i18n.format_number(k.trainings, self.lang), self.t("kf_trainings"), self.t("this_period")),
            (f"{on_track} / {len(d.iptt)}", self.t("on_track"), self.t("kf_indicators_by_status")),
        ]  # fmt: skip
        cells = [[label(n, "kf_number"), label(w, "body"), label(s, "kf_label")] for n, w, s in tiles]
        tile_table = Table([cells], colWidths=col_widths(self.width, [1, 1, 1]))
        tile_table.setStyle(table_style(header_rows=0, zebra=False, extra=[
            ("BACKGROUND", (0, 0), (-1, -1), LIGHT), ("LINEABOVE", (0, 0), (-1, 0), 2, NAVY),
            ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ]))  # fmt: skip
        flow += [tile_table, Spacer(1, 0.4 * cm)]
        if k.people:
            keys = ["indicator", "this_period", "cumulative"]
            rows: list[list] = [[label(self.t(x), "cell_head") for x in keys]]
            for fig in k.people:
                rows.append([
                    para(f"{fig.code} {fig.name}", "cell"),
                    self._total_with_sex(fig.actual, fig.by_sex, fig.unit),
                    self._total_with_sex(fig.cumulative_actual, fig.cumulative_by_sex, fig.unit),
                ])  # fmt: skip
            table = Table(rows, colWidths=col_widths(self.width, [0.56, 0.22, 0.22]), repeatRows=1)
            table.setStyle(table_style(n_rows=len(rows)))
            flow += [table, Spacer(1, 0.4 * cm)]
        status_rows = [[label(self.t("status"), "cell_head"), label(self.t("total"), "cell_head_right")]]
        order = ("on_track", "needs_attention", "off_track", "no_target")
        for status in order:
            status_rows.append([status_cell(status, self.t(status)),
                                para(str(k.status_counts.get(status, 0)), "cell_right")])  # fmt: skip
        status_table = Table(status_rows, colWidths=col_widths(self.width * 0.5, [0.7, 0.3]), hAlign="LEFT")
        status_table.setStyle(table_style(zebra=False, extra=status_commands(
            [(0, i + 1, s) for i, s in enumerate(order)])))  # fmt: skip
        flow += [KeepTogether([label(self.t("kf_indicators_by_status"), "h3"), status_table])]
        flow += [label(self.t("highlights"), "h2")] + self.narrative(d.narratives.get("highlights"))
        return flow + [PageBreak()]

    def _total_with_sex(self, total, by_sex, unit) -> list:
        cell = [para(i18n.format_value(total, unit, self.lang), "cell_bold")]
        split = story.sex_split(by_sex, unit, self.lang)
        if split:
            cell.append(para(split, "cell_small"))
        return cell

    def progress_by_result(self) -> list:
        d = self.data
        flow: list = [self.heading(self.t("progress_by_result"))]
        if d.iptt_country:
            names = {c.code: c.name for c in d.countries}
            flow.append(para(f"{self.t('country')}: {names.get(d.iptt_country, d.iptt_country)}", "note"))
        elif not d.all_countries:
            flow.append(label(self.t("iptt_all_countries"), "note"))
        for group in d.results:
            title = f"{group.level} {group.code}".strip() if group.code else group.statement
            flow.append(self.heading(title, level=1, markup=True))
            if group.code:
                flow.append(para(group.statement, "statement"))
            parts: list = []
            if group.figures:
                parts.append((None, group.figures))
            for code, level, statement, figures in group.outputs:
                parts.append((f"{level} {code}: {statement}", figures))
            if parts:
                flow.append(story.iptt_table(parts, self.lang, self.width))
            else:
                flow.append(label(self.t("no_indicators"), "note"))
        return flow + [PageBreak()]

    def countries(self) -> list:
        flow: list = [self.heading(self.t("country_sections"))]
        for index, section in enumerate(self.data.country_sections):
            self.check(f"country {section.country.code}")
            if index:
                flow.append(PageBreak())
            flow += self.country(section)
        return flow + [PageBreak()]

    def country(self, section) -> list:
        lang, width = self.lang, self.width
        flow: list = [self.heading(section.country.name, level=1, markup=True)]
        if section.figures:
            flow += [label(self.t("key_indicators"), "h3"),
                     story.key_indicator_table(section.figures, lang, width)]  # fmt: skip
        flow.append(label(self.t("activities_completed"), "h3"))
        if section.activities:
            flow.append(story.activity_table(section.activities, lang, width, with_country=False))
        else:
            flow.append(label(self.t("none_in_period"), "note"))
        flow.append(label(self.t("trainings"), "h3"))
        if section.trainings:
            flow += [story.training_table(section.trainings, lang, width), Spacer(1, 0.3 * cm)]
            flow += [KeepTogether([label(self.t("participants_by_agency"), "h3"),
                                   story.agency_table(section.trained_by_agency, lang, width)])]  # fmt: skip
        else:
            flow.append(label(self.t("no_trainings"), "note"))
        flow += self.country_charts(section)
        texts = [(s, section.narratives.get(s)) for s in NARRATIVE_ORDER if section.narratives.get(s)]
        if texts:
            flow.append(label(self.t("country_narrative"), "h3"))
            for key, text in texts:
                flow.append(label(self.t(key), "h4"))
                flow += self.narrative(text)
        return flow

    def country_charts(self, section) -> list:
        labels = charts.ChartLabels(
            title=self.t("chart_people_title"), female=self.t("female"), male=self.t("male"),
            other=self.t("other_nr"), axis=self.t("chart_people_axis"),
        )  # fmt: skip
        data = {self.t(kind): counts for kind, counts in
                sorted(section.trained_by_agency.items(), key=lambda kv: -sum(kv[1].values()))}  # fmt: skip
        flow: list = []
        if data:
            height = min(3.4 + 0.8 * len(data), 11)
            fig = charts.new_figure(17, height)
            charts.people_trained_by_sex_and_agency(fig, data, labels)
            flow += [self._image(fig, height), Spacer(1, 0.3 * cm)]
        series = [s for s in section.series if any(v for v in (*s.actual, *s.target))]
        if series:
            rows = (len(series) + 1) // 2
            height = 2.4 + 5.2 * rows
            fig = charts.new_figure(17, height)
            charts.cumulative_vs_target(fig, series, charts.ChartLabels(
                title=self.t("chart_cumulative_title"), actual=self.t("chart_actual"),
                target=self.t("chart_target")))  # fmt: skip
            flow.append(self._image(fig, height))
        return [CondPageBreak(7 * cm), label(self.t("charts"), "h3"), *flow] if flow else []

    def _image(self, fig, height_cm: float) -> ChartImage:
        width = min(self.width, 17 * cm)
        return ChartImage(charts.render_rgb(fig, dpi=CHART_DPI), width, width * height_cm / 17)

    def challenges_and_plan(self) -> list:
        d = self.data
        n = d.narratives
        flow: list = [self.heading(self.t("challenges"))] + self.narrative(n.get("challenges"))
        flow += [self.heading(self.t("lessons_and_practices"))]
        flow += [label(self.t("lessons_learned"), "h2")] + self.narrative(n.get("lessons_learned"))
        flow += [label(self.t("good_practices"), "h2")] + self.narrative(n.get("good_practices"))
        flow += [self.heading(self.t("next_period_plan"))]
        if d.next_period is not None:
            flow.append(label(self.t("planned_activities", period=d.next_period.label), "h2"))
            if d.planned:
                flow.append(story.activity_table(d.planned, self.lang, self.width))
            else:
                flow.append(label(self.t("none_in_period"), "note"))
        flow += [Spacer(1, 0.3 * cm)] + self.narrative(n.get("next_period_plan"))
        return flow + [PageBreak()]

    def annexes(self) -> list:
        d, lang, width = self.data, self.lang, self.width
        flow: list = [self.heading(self.t("annexes")), self.heading(self.t("annex_activities"), level=1)]
        flow.append(story.activity_table(d.annex_activities, lang, width) if d.annex_activities
                    else label(self.t("none_in_period"), "note"))  # fmt: skip
        flow.append(self.heading(self.t("annex_trainings"), level=1))
        flow.append(story.training_table(d.annex_trainings, lang, width, with_country=True)
                    if d.annex_trainings else label(self.t("no_trainings"), "note"))  # fmt: skip
        if d.annex_participants is not None:
            flow += [self.heading(self.t("annex_participants"), level=1),
                     label(self.t("annex_participants_note"), "note")]  # fmt: skip
            flow.append(story.participant_table(d.annex_participants, lang, width) if d.annex_participants
                        else label(self.t("none_in_period"), "note"))  # fmt: skip
        return flow

    def narrative(self, text: str | None) -> list:
        """User text as paragraphs (blank lines separate them), printed as written."""
        if not text or not text.strip():
            return [label(self.t("no_narrative"), "note")]
        blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n") if b.strip()]
        return [para(block, "body") for block in blocks]


# --------------------------------------------------------------------------- the whole job


def _check_output(path: Path, what: str = "report") -> Path:
    """An absolute output path whose folder exists and is writable, or a UserError saying why not."""
    out = Path(path).expanduser().absolute()
    refuse_protected(out)
    if out.is_dir():
        raise UserError(f"The {what} path {out} is a folder; give a file name")
    folder = out.parent
    if not folder.is_dir():
        raise UserError(f"Cannot write the {what} to {out}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK) or (out.exists() and not os.access(out, os.W_OK)):
        raise EnvironmentProblem(f"Cannot write the {what} to {out}: permission denied")
    return out


def _write_atomically(out: Path, write: Callable[[str], None]) -> None:
    """Write through a temporary file in the same folder, then replace the target in one step."""
    # A fresh name in the same folder (so os.replace is atomic), created by the writer with the
    # user's usual permissions (mkstemp would make it private).
    temp = str(out.parent / f".{out.stem}-{uuid.uuid4().hex[:12]}{out.suffix}.tmp")
    try:
        write(temp)
        os.replace(temp, out)
    except OSError as exc:
        raise EnvironmentProblem(
            f"Cannot write {out}: {exc.strerror or exc} (is the file open in another program?)"
        ) from exc
    finally:
        if os.path.exists(temp):
            os.remove(temp)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def render_pdf(data: ReportData, target, check: Callable[[str], None] | None = None) -> int:
    """Lay out the report into `target` (a path or a binary file object); returns the page count."""
    from flare_monitor.reports.template import numbered_canvas

    opts, lang = data.options, data.options.language
    p = data.project
    dates = i18n.format_range(data.period.start, data.period.end, lang, short=True)
    doc = ReportDocTemplate(
        target,
        page_size=opts.page_size,
        header_left=f"{p.code} \u2014 {p.title}",
        header_right=f"{data.period.label} \u00b7 {dates}",
        title=f"{p.code} {data.period.label}",
        author=data.prepared_by,
        subject=i18n.text(lang, "report_title"),
        creator="FLARE Monitor",
        invariant=1 if opts.deterministic else 0,
        lang=lang,
    )
    doc.cancel_check = check
    builder = ReportBuilder(data, doc.width, check)
    flowables = builder.get_story()
    canvas_class = numbered_canvas(
        i18n.text(lang, "generated_on", date=i18n.format_date(data.report_date, lang)),
        i18n.text(lang, "page_x_of_y", page="{page}", pages="{pages}"),
        doc.pagesize,
    )
    doc.multiBuild(flowables, canvasmaker=canvas_class)
    return doc.page


def build_report(
    session,
    options: ReportOptions,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ReportResult:
    """Generate the PDF (and the Excel annex when asked), record it, and return where it went.

    Writes nothing when it fails or is cancelled. The caller commits the session (ReportRecord).
    """
    from flare_monitor.reports.records import record_report

    lang = i18n.check_language(options.language)
    if options.page_size not in ("a4", "letter"):
        raise UserError(f"page size: '{options.page_size}' is not one of a4, letter")
    out = _check_output(options.out)
    xlsx = _check_output(options.xlsx, "Excel annex") if options.xlsx else None
    options = ReportOptions(**{**options.__dict__, "out": out, "xlsx": xlsx, "language": lang})
    state = {"fraction": 0.0}

    def report(fraction: float, message: str) -> None:
        if cancelled is not None and cancelled():
            raise ReportCancelled("The report was cancelled; nothing was written.")
        state["fraction"] = fraction
        if progress is not None:
            progress(fraction, message)

    def step(message: str) -> None:
        report(min(state["fraction"] + 0.04, 0.5), message)

    report(0.0, "Reading the database")
    with shared_queries():  # the same figures are asked for the IPTT, the country sections and charts
        data = assemble(session, options, step=step)
    report(0.5, "Drawing charts and tables")

    def layout_step(message: str) -> None:
        report(min(state["fraction"] + 0.02, 0.9), message)

    pages = {"n": 0}

    def write_pdf(temp: str) -> None:
        pages["n"] = render_pdf(data, temp, layout_step)

    _write_atomically(out, write_pdf)
    report(0.92, "Checking the file")
    digest = sha256_of(out)
    if xlsx is not None:
        from flare_monitor.reports.excel_annex import write_annex

        report(0.94, "Writing the Excel annex")
        with shared_queries():
            _write_atomically(xlsx, lambda temp: write_annex(session, data, temp))
    try:  # a database that refuses the record (an account that may only read) keeps no file either
        record = record_report(session, data, out, digest, pages["n"])
        session.flush()
    except BaseException:
        for written in (out, xlsx):
            if written is not None:
                written.unlink(missing_ok=True)
        raise
    report(1.0, "Done")
    return ReportResult(path=out, sha256=digest, pages=pages["n"], xlsx_path=xlsx, record_id=record.id)
