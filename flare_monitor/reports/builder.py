"""Build a donor report: `build_report(session, options) -> ReportResult`.

The report's template (`options.template`, from the output registry) lists its sections; each is a
method of `ReportBuilder` (pretix style: one method per section) or a function of the template's module
taking the builder. `build_report` runs the whole job — assemble the one dataset, lay out the template's
sections, write the PDF and the template's Excel annex through the one atomic writer
(`io.atomic.replace_atomically`), and record the report with its template and options — reporting
`progress(fraction, message)` and checking `cancelled()` between sections, so the desktop app can run
it in a worker with a Cancel button.
"""

from __future__ import annotations

import hashlib
import io
import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Image, KeepTogether, NextPageTemplate, PageBreak, Spacer, Table
from reportlab.platypus.tableofcontents import TableOfContents

from flare_monitor.db.protected import refuse_protected
from flare_monitor.errors import EnvironmentProblem, UserError, ValidationError
from flare_monitor.i18n import Translator, _, formatting
from flare_monitor.indicators.actuals import shared_queries
from flare_monitor.io.atomic import replace_atomically
from flare_monitor.reports import charts, fonts, story, vector_charts, words
from flare_monitor.reports.assemble import ReportData, ReportOptions, assemble
from flare_monitor.reports.model import NarrativeText
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
from flare_monitor.reports.template import Heading, ReportDocTemplate, make_toc

Progress = Callable[[float, str], None]
Cancelled = Callable[[], bool]
NARRATIVE_ORDER = ("highlights", "challenges", "lessons_learned", "good_practices", "next_period_plan")
SIGNATURE_LINE = "_" * 34


class ReportCancelled(UserError):
    """The user cancelled the report; nothing was written."""


@dataclass(frozen=True)
class ReportResult:
    path: Path
    sha256: str
    pages: int
    xlsx_path: Path | None = None
    record_id: object | None = None
    template: str = "ilo-quarterly"
    empty_sections: tuple[str, ...] = ()
    withheld_photos: tuple[str, ...] = ()  # success stories' photos left out: they show people


class ReportBuilder:
    """The story of one report: the template's sections over the assembled data. `t(key)` is the report's
    language."""

    def __init__(
        self,
        data: ReportData,
        width: float,
        check: Callable[[str], None] | None = None,
        layout=None,
        frame_height: float = 25 * cm,
    ):
        from flare_monitor.reports.registry import template

        self.frame_height = frame_height
        self.data = data
        self.layout = layout or template(data.options.template)
        self.lang = data.options.language
        self.width = width
        self.check = check or (lambda _message: None)
        self._keys = 0

    def t(self, key: str, **values) -> str:
        own = None if values else self.data.section_titles.get(key)  # the project's own title of a section
        return own or words.text(self.lang, key, **values)

    def heading(self, text: str, level: int = 0, markup: bool = False) -> Heading:
        self._keys += 1
        return Heading(text, "h1" if level == 0 else "h2", level, f"h{self._keys}", markup=markup)

    def period_text(self) -> str:
        p = self.data.period
        return f"{words.period_name(p, self.lang)} ({words.format_range(p.start, p.end, self.lang)})"

    def get_story(self) -> list:
        flow: list = []
        for section in self.layout.sections:
            self.check(section.key.replace("_", " "))
            flow += section.build(self)
        return flow

    # ------------------------------------------------------------------ shared pieces

    def logo(self) -> list:
        logo = self.data.options.logo_path
        if not logo:
            return []
        if not Path(logo).is_file():
            raise UserError(_("The logo {logo} does not exist", logo=logo))
        image = Image(str(logo))
        try:  # the image is read here, at its first measurement
            scale = min(5 * cm / image.imageWidth, 2.5 * cm / image.imageHeight, 1)
        except (OSError, ValueError) as exc:  # not an image, or a damaged one (PIL's errors)
            raise UserError(_("The logo {logo} cannot be read as a PNG or JPEG image", logo=logo)) from exc
        image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
        image.hAlign = "LEFT"
        return [image, Spacer(1, 0.8 * cm)]

    def field_table(self, rows: list[tuple[str, str]], fractions=(0.26, 0.74)) -> Table:
        """The label/value rows of a cover: labels in the report's words, values as written."""
        table = Table([[label(k, "cover_label"), para(v, "cover_value")] for k, v in rows],
                      colWidths=col_widths(self.width, list(fractions)))  # fmt: skip
        table.setStyle(table_style(header_rows=0, zebra=False, extra=[
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, LIGHT), ("BOX", (0, 0), (-1, -1), 0, LIGHT),
            ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("LINEABOVE", (0, 0), (-1, 0), 2, NAVY),
        ]))  # fmt: skip
        return table

    def prepared_by(self) -> str:
        """The name of Settings or --prepared-by; without one, a line to sign on (never the OS user)."""
        return self.data.prepared_by or SIGNATURE_LINE

    def provisional_note(self) -> list:
        """On the cover: which figures count values not yet approved, or that only approved ones count."""
        if self.data.options.approved_only:
            return [para(self.t("approved_only_note"), "note")]
        untranslated = self.untranslated_note()
        codes = [f.code for f in self.data.provisional]
        if not codes:
            return untranslated
        return [para(self.t("provisional_note", codes=", ".join(codes)), "note"), *untranslated]

    def untranslated_note(self) -> list:
        """Which of the project's texts are printed as written, for want of a translation (marked ‡)."""
        original = self.data.untranslated_from
        if original is None:
            return []
        language = words.language_name(original, self.lang)
        return [para(self.t("untranslated_note", language=language), "note")]

    def narrative(self, text: str | None) -> list:
        """User text as paragraphs (blank lines separate them), printed as written."""
        if not text or not text.strip():
            return [label(self.t("no_narrative"), "note")]
        blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n") if b.strip()]
        return [para(block, "body") for block in blocks]

    def texts(
        self, texts: list[NarrativeText], when_empty: str = "placeholder", photos: bool = False
    ) -> list:
        """A section's texts, each under its scope (whole project, a country, a quarter) when it has one;
        without text, the placeholder or nothing (`when_empty` "omit")."""
        if not texts:
            return [label(self.t("no_narrative"), "note")] if when_empty == "placeholder" else []
        flow: list = []
        for item in texts:
            if item.scope:
                flow.append(para(item.scope, "scope"))
            flow += self.narrative(item.text)
            if photos and item.photo_data is not None:
                flow += self.photo(item.photo_name or "", item.photo_caption, data=item.photo_data)
            elif photos and item.photo_path:
                flow += self.photo(item.photo_path, item.photo_caption)
            elif photos and item.photo_withheld is not None:
                if item.photo_withheld not in self.data.withheld_photos:  # told to whoever builds it
                    self.data.withheld_photos.append(item.photo_withheld)
        return flow

    def photo(self, path: str, caption: str | None, data: bytes | None = None) -> list:
        """A photo and its caption: `data`, the image attached as evidence (`path` its name), else the file
        at `path`."""
        file = Path(path)
        if data is None and not file.is_file():
            raise ValidationError(
                _(
                    "The photo {file} of the success story is missing; put it back, attach it to the "
                    'success story as evidence, or remove it with: flare-monitor narrative set … --photo ""',
                    file=file,
                ),
                "photo",
            )
        try:
            image = Image(io.BytesIO(data) if data is not None else str(file))
            scale = min(12 * cm / image.imageWidth, 8 * cm / image.imageHeight)
        except (OSError, ValueError) as exc:
            raise ValidationError(
                _("The photo {file} cannot be read as a PNG or JPEG image", file=file), "photo"
            ) from exc
        image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
        image.hAlign = "LEFT"
        parts: list = [Spacer(1, 0.2 * cm), image]
        if caption:
            parts.append(para(caption, "caption"))
        return [KeepTogether(parts)]

    def status_legend(self) -> list:
        p = self.data.project
        on, attention = (
            round((1 - p.on_track_tolerance) * 100),
            round((1 - p.needs_attention_tolerance) * 100),
        )
        over = round(100 + p.on_track_tolerance * 100)
        over_attention = round(100 + p.needs_attention_tolerance * 100)
        words = self.t("status_legend", on=on, attention=attention, over=over, over_attention=over_attention)
        return [para(words, "footnote")]

    def table_notes(self, figures: list) -> list:
        """Under an indicator table: the counting rule of each computed indicator (numbered as in the table),
        the explanation (else the comment) entered with each value — said to be on a provisional figure
        where the figure counts draft values —, what a dagger means, and, for a locked period, each figure
        corrected since it was submitted (submitted, today and why)."""
        numbers = story.footnotes(figures, self.data.rules)
        notes = [para(f"{number} {fig_code}: {self.data.rules[fig_code]}", "footnote")
                 for fig_code, number in numbers.items()]  # fmt: skip
        for fig in figures:
            word = self.t("comment_provisional") if fig.provisional else self.t("comment")
            for note in fig.notes:
                notes.append(para(f"{fig.code} \u2014 {word}: {note}", "footnote"))
        for fig in figures:
            if fig.today is not None:
                notes.append(para(self.figure_correction(fig), "footnote"))
        if any(f.provisional for f in figures):
            notes.append(label(self.t("provisional_mark"), "footnote"))
        return notes

    def causes(self, causes) -> str:
        """The corrections noted since a lock, in the report's language."""
        return "; ".join(Translator(self.lang)(cause) for cause in causes)

    def figure_correction(self, fig) -> str:
        """A submitted figure that today's register gives otherwise: what was submitted, what today says,
        and why (the actual; else the figure to date; else its breakdown by sex)."""
        today, unit, lang = fig.today, fig.unit, self.lang

        def clean(value):
            return None if value is None else round(float(value), 6)

        def shown(value, by_sex) -> str:
            split = story.sex_split(by_sex, unit, lang)
            text = words.format_value(value, unit, lang)
            return f"{text} ({split})" if split else text

        if clean(fig.actual) != clean(today.actual):
            key, was, now = "figure_correction", fig.actual, today.actual
            submitted, current = shown(was, fig.by_sex), shown(now, today.by_sex)
        elif clean(fig.cumulative_actual) != clean(today.cumulative_actual):
            key = "figure_correction_cumulative"
            submitted = shown(fig.cumulative_actual, fig.cumulative_by_sex)
            current = shown(today.cumulative_actual, today.cumulative_by_sex)
        else:
            key = "figure_correction_by_sex"
            submitted = story.sex_split(fig.by_sex, unit, lang) or story.sex_split(
                fig.cumulative_by_sex, unit, lang
            )
            current = story.sex_split(today.by_sex, unit, lang) or story.sex_split(
                today.cumulative_by_sex, unit, lang
            )
        return self.t(key, code=fig.code, submitted=submitted, today=current, causes=self.causes(fig.drift))

    def corrections(self, section, table: str) -> list:
        """Under a locked period's training table: each cell corrected since it was submitted."""
        notes = []
        for c in (c for c in section.corrections if c.table == table):
            sex = self.t(c.sex if c.sex in ("female", "male") else f"person_{c.sex}")
            row = c.row if table == "trainings" else self.t(c.row)
            notes.append(para(self.t(
                "correction", what=f"{row}, {sex}", submitted=words.format_number(c.submitted, self.lang),
                today=words.format_number(c.today, self.lang), causes=self.causes(c.causes),
            ), "footnote"))  # fmt: skip
        return notes

    def workflow_notes(self) -> list:
        """On the cover: a locked period's figures are those submitted; whose figures are not approved yet."""
        d, notes = self.data, []
        if d.locked is not None:
            notes.append(para(self.t(
                "locked_note", period=words.period_name(d.period, self.lang),
                date=words.format_date(d.locked.at.date(), self.lang), user=d.locked.by,
            ), "note"))  # fmt: skip
        if d.not_approved:
            names = ", ".join(formatting.country_name(code, self.lang) for code in d.not_approved)
            notes.append(para(self.t("not_approved_note", countries=names), "note"))
        return notes

    # ------------------------------------------------------------------ the quarterly report's sections

    def cover(self) -> list:
        d, p = self.data, self.data.project
        flow: list = [Spacer(1, 1.2 * cm), *self.logo()]
        kind = {"half": "report_title_half", "year": "report_title_year"}.get(d.period.kind, "report_title")
        flow += [label(self.t(kind), "cover_subtitle"), para(p.title, "cover_title"), Spacer(1, 0.8 * cm)]
        period = self.period_text()
        if d.period.fiscal:
            month = words.month_name(p.fiscal_year_start_month, self.lang)
            period += " \u2014 " + self.t("fiscal_note", month=month)
        rows = [
            (self.t("project_code"), p.code),
            (self.t("donor"), p.donor or "\u2013"),
            (self.t("grant_number"), p.grant_number or "\u2013"),
            (self.t("reporting_period"), period),
            (self.t("countries"), ", ".join(c.name for c in d.countries)),
            (self.t("prepared_by"), self.prepared_by()),
            (self.t("date"), words.format_date(d.report_date, self.lang)),
        ]
        flow += [
            self.field_table(rows),
            Spacer(1, 0.5 * cm),
            *self.workflow_notes(),
            *self.provisional_note(),
        ]
        return flow + [NextPageTemplate("content"), PageBreak()]

    def contents(self) -> list:
        return [label(self.t("contents"), "toc_title"), make_toc(self.t("contents")), PageBreak()]

    def executive_summary(self) -> list:
        d, k = self.data, self.data.key
        flow: list = [self.heading(self.t("executive_summary")), label(self.t("key_figures"), "h2")]
        on_track = k.status_counts.get("on_track", 0)
        tiles = [
            (words.format_number(k.activities_completed, self.lang), self.t("kf_activities_completed"),
             f"{self.t('cumulative')}: {words.format_number(k.activities_completed_cumulative, self.lang)}"),
            (words.format_number(k.trainings, self.lang), self.t("kf_trainings"), self.t("this_period")),
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
            other = story.has_other(k.people)
            rows: list[list] = [
                [
                    story.head(self.t("indicator")),
                    story.head(story.sex_heading("this_period_sex", self.lang, other), right=True),
                    story.head(story.sex_heading("cumulative_sex", self.lang, other), right=True),
                ]
            ]
            for fig in k.people:
                rows.append([
                    story.Cell(f"{fig.code} {fig.name}"),
                    self._total_with_sex(fig, cumulative=False),
                    self._total_with_sex(fig, cumulative=True),
                ])  # fmt: skip
            flow += [story.grid(rows, self.width, max_share={0: 0.6}), Spacer(1, 0.4 * cm)]
        status_rows = [[label(self.t("status"), "cell_head"), label(self.t("total"), "cell_head_right")]]
        order = ("on_track", "needs_attention", "off_track", "no_target")
        for status in order:
            status_rows.append([status_cell(status, self.t(status)),
                                para(str(k.status_counts.get(status, 0)), "cell_right")])  # fmt: skip
        status_table = Table(status_rows, colWidths=col_widths(self.width * 0.5, [0.7, 0.3]), hAlign="LEFT")
        status_table.setStyle(table_style(zebra=False, extra=status_commands(
            [(0, i + 1, s) for i, s in enumerate(order)])))  # fmt: skip
        flow += [KeepTogether([label(self.t("kf_indicators_by_status"), "h3"), status_table])]
        flow += [label(self.t("highlights"), "h2")] + self.texts(d.texts("highlights"))
        return flow + [PageBreak()]

    def _total_with_sex(self, fig, cumulative: bool) -> list:
        value = fig.cumulative_actual if cumulative else fig.actual
        cells = [
            story.Cell(story.mark(fig, words.format_value(value, fig.unit, self.lang)), "cell_right_bold")
        ]
        split = story.figure_split(fig, self.lang, cumulative)
        if split:
            cells.append(story.Cell(split, "cell_small_right"))
        return cells

    def progress_by_result(self) -> list:
        d = self.data
        flow: list = [self.heading(self.t("progress_by_result"))]
        if d.iptt_country:
            names = {c.code: c.name for c in d.countries}
            flow.append(para(f"{self.t('country')}: {names.get(d.iptt_country, d.iptt_country)}", "note"))
        elif not d.all_countries:
            flow.append(label(self.t("iptt_all_countries"), "note"))
        flow += self.status_legend()
        for group in d.results:
            title = f"{group.level} {group.code}".strip() if group.code else group.statement
            flow.append(self.heading(title, level=1, markup=True))
            if group.code:
                flow.append(para(group.statement, "statement"))
                flow += self.texts(d.outcome_narratives.get(group.code, []), when_empty="omit")
            parts: list = []
            if group.figures:
                parts.append((None, group.figures))
            for code, level, statement, figures in group.outputs:
                parts.append((f"{level} {code}: {statement}", figures))
                if d.outcome_narratives.get(code):
                    pass  # printed below the table, under the output's code
            if parts:
                flow.append(story.iptt_table(parts, self.lang, self.width, d.rules))
                flow += self.table_notes(group.all_figures)
            else:
                flow.append(label(self.t("no_indicators"), "note"))
            for code, level, _statement, _figures in group.outputs:
                if d.outcome_narratives.get(code):
                    flow.append(label(f"{level} {code}", "h4"))
                    flow += self.texts(d.outcome_narratives[code])
        return flow + [PageBreak()]

    def countries(self) -> list:
        flow: list = [self.heading(self.t("country_sections"))]
        for index, section in enumerate(self.data.country_sections):
            self.check(f"country {section.country.code}")
            if index:  # a country starts on a new page unless most of this one is still free
                flow += [CondPageBreak(0.55 * self.frame_height), Spacer(1, 0.4 * cm)]
            flow += self.country(section)
        return flow + [PageBreak()]

    def country(self, section, charts_too: bool = True) -> list:
        lang, width = self.lang, self.width
        flow: list = [self.heading(section.country.name, level=1, markup=True)]
        if section.figures:
            flow += [label(self.t("key_indicators"), "h3"),
                     story.key_indicator_table(section.figures, lang, width, self.data.rules)]  # fmt: skip
            flow += self.table_notes(section.figures)
        if charts_too:
            flow += self.cumulative_chart(section)
        flow.append(label(self.t("activities_completed"), "h3"))
        if section.activities:
            flow.append(story.activity_table(section.activities, lang, width, with_country=False))
        else:
            flow.append(label(self.t("none_in_period"), "note"))
        if section.not_held:
            flow.append(label(self.t("activities_not_held"), "h3"))
            flow.append(story.work_plan_table(section.not_held, lang, width, with_country=False))
        flow.append(label(self.t("trainings"), "h3"))
        if section.trainings:
            flow.append(story.training_table(section.trainings, lang, width))
            flow += [*self.corrections(section, "trainings"), Spacer(1, 0.3 * cm)]
            flow += [KeepTogether([label(self.t("participants_by_agency"), "h3"),
                                   story.agency_table(section.trained_by_agency, lang, width),
                                   *self.corrections(section, "agency")])]  # fmt: skip
        else:
            flow.append(label(self.t("no_trainings"), "note"))
        if charts_too:
            flow += self.people_chart(section)
        written = [(s, section.narratives.get(s)) for s in NARRATIVE_ORDER if section.narratives.get(s)]
        if written:
            flow.append(label(self.t("country_narrative"), "h3"))
            for key, texts in written:
                flow.append(label(self.t(key), "h4"))
                flow += self.texts(texts)
        return flow

    def people_chart(self, section) -> list:
        labels = charts.ChartLabels(
            title=self.t("chart_people_title"), female=self.t("female"), male=self.t("male"),
            other=self.t("other_nr"), axis=self.t("chart_people_axis"),
        )  # fmt: skip
        data = {self.t(kind): counts for kind, counts in
                sorted(section.trained_by_agency.items(), key=lambda kv: -sum(kv[1].values()))}  # fmt: skip
        drawing = vector_charts.people_chart(data, labels, self.chart_width())
        if drawing is None:
            return []
        return [CondPageBreak(3 * cm), vector_charts.ChartFlowable(drawing), Spacer(1, 0.3 * cm)]

    def cumulative_chart(self, section) -> list:
        labels = charts.ChartLabels(title=self.t("chart_cumulative_title"), actual=self.t("chart_actual"),
                                    target=self.t("chart_target"))  # fmt: skip
        drawing = vector_charts.cumulative_chart(section.series, labels, self.chart_width())
        if drawing is None:
            return []
        return [CondPageBreak(4 * cm), vector_charts.ChartFlowable(drawing), Spacer(1, 0.2 * cm)]

    def chart_width(self) -> float:
        return min(self.width, 17 * cm)

    def narrative_sections(self, *keys: str, when_empty: str = "placeholder") -> list:
        flow: list = []
        for key in keys:
            texts = self.data.texts(key)
            if not texts and when_empty == "omit":
                continue
            flow += [label(self.t(key), "h2"), *self.texts(texts, when_empty)]
        return flow

    def challenges_and_plan(self) -> list:
        flow: list = [self.heading(self.t("challenges")), *self.texts(self.data.texts("challenges"))]
        flow += [self.heading(self.t("lessons_and_practices"))]
        flow += self.narrative_sections("lessons_learned", "good_practices")
        return flow + self.next_period_plan()

    def next_period_plan(self) -> list:
        d = self.data
        flow: list = [self.heading(self.t("next_period_plan"))]
        if d.next_period is not None:
            flow.append(
                label(self.t("planned_activities", period=words.period_name(d.next_period, self.lang)), "h2")
            )
            if d.planned:
                flow.append(story.planned_table(d.planned, self.lang, self.width))
            else:
                flow.append(label(self.t("none_in_period"), "note"))
        flow += [Spacer(1, 0.3 * cm)] + self.texts(d.texts("next_period_plan"))
        return flow + [PageBreak()]

    def annexes(self) -> list:
        d, lang, width = self.data, self.lang, self.width
        flow: list = [self.heading(self.t("annexes")), self.heading(self.t("annex_activities"), level=1)]
        flow += self.by_country(d.annex_activities, lambda items: story.activity_table(
            items, lang, width, with_country=False), lambda a: a.country, "none_in_period")  # fmt: skip
        flow.append(self.heading(self.t("annex_trainings"), level=1))
        flow += self.by_country(d.annex_trainings, lambda items: story.training_table(items, lang, width),
                                lambda t: t.activity.country, "no_trainings")  # fmt: skip
        if d.annex_participants is not None:
            flow += [self.heading(self.t("annex_participants"), level=1),
                     label(self.t("annex_participants_note"), "note")]  # fmt: skip
            flow.append(story.participant_table(d.annex_participants, lang, width) if d.annex_participants
                        else label(self.t("none_in_period"), "note"))  # fmt: skip
        flow += [self.heading(self.t("annex_evidence"), level=1), *self.evidence()]
        return flow

    def evidence(self) -> list:
        """The means of verification of the period (the documents attached to its records)."""
        if not self.data.evidence:
            return [label(self.t("no_evidence"), "note")]
        table = story.evidence_table(self.data.evidence, self.lang, self.width)
        return [label(self.t("evidence_note"), "note"), table]

    def by_country(self, items: list, table, country_of, empty: str) -> list:
        """A table per country (in the report's order), under the country's name: long listings stay quick
        to lay out (a table split over many pages is laid out again at every page) and easy to read."""
        if not items:
            return [label(self.t(empty), "note")]
        flow: list = []
        for country in self.data.countries:
            mine = [item for item in items if country_of(item) == country.code]
            if mine:
                flow += [para(f"{country.name} ({country.code})", "h3"), table(mine)]
        return flow


# --------------------------------------------------------------------------- the whole job


def check_output(path: Path, what: str = "report") -> Path:
    """An absolute output path whose folder exists and is writable, or a UserError saying why not."""
    out = Path(path).expanduser().absolute()
    refuse_protected(out)
    if out.is_dir():
        raise UserError(_("The {what} path {out} is a folder; give a file name", what=what, out=out))
    folder = out.parent
    if not folder.is_dir():
        raise UserError(
            _(
                "Cannot write the {what} to {out}: the folder {folder} does not exist",
                what=what,
                out=out,
                folder=folder,
            )
        )
    if not os.access(folder, os.W_OK) or (out.exists() and not os.access(out, os.W_OK)):
        raise EnvironmentProblem(_("Cannot write the {what} to {out}: permission denied", what=what, out=out))
    return out


_IN_USE = " (is the file open in another program?)"


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def render_pdf(data: ReportData, target, check: Callable[[str], None] | None = None) -> int:
    """Lay out the report into `target` (a path or a binary file object); returns the page count."""
    from flare_monitor.reports.registry import template
    from flare_monitor.reports.template import numbered_canvas

    opts, lang = data.options, data.options.language
    layout = template(opts.template)
    p = data.project
    dates = words.format_range(data.period.start, data.period.end, lang, short=True)
    doc = ReportDocTemplate(
        target,
        page_size=opts.page_size,
        header_left=f"{p.code} \u2014 {p.title}",
        header_right=f"{words.period_name(data.period, lang)} \u00b7 {dates}",
        title=f"{p.code} {data.period.label}",
        author=data.prepared_by or "",
        subject=words.text(lang, layout.title_key),
        creator="FLARE Monitor",
        invariant=1 if opts.deterministic else 0,
        lang=lang,
    )
    doc.cancel_check = check
    builder = ReportBuilder(data, doc.width, check, layout, doc.height)
    flowables = builder.get_story()
    _expect_contents(flowables)
    canvas_class = numbered_canvas(
        words.text(lang, "generated_on", date=words.format_date(data.report_date, lang)),
        words.text(lang, "page_x_of_y", page="{page}", pages="{pages}"),
        doc.pagesize,
    )
    doc.multiBuild(flowables, canvasmaker=canvas_class)
    return doc.page


def _expect_contents(flowables: list) -> None:
    """Give the table of contents its entries before the first pass (with a placeholder page number): it
    then takes its final room at once, and the layout needs two passes instead of three."""
    headings = [f for f in flowables if isinstance(f, Heading)]
    for toc in (f for f in flowables if isinstance(f, TableOfContents)):
        toc._entries = [(h.toc_level, fonts.markup(h.toc_text), 99, h.toc_key) for h in headings]


def resolve_options(options: ReportOptions) -> ReportOptions:
    """The options checked against the template's declaration: every template option with its value."""
    from flare_monitor.reports.registry import template

    layout = template(options.template)
    given = dict(options.template_options)
    declared = {o.key for o in layout.options}
    if options.annex_participants:
        if "annex_participants" not in declared:
            raise ValidationError(
                _("The {id} template has no participant list", id=layout.id), "annex_participants"
            )
        given["annex_participants"] = True
    parsed = layout.parse_options(given)
    annex = bool(dict(parsed).get("annex_participants", False))
    return replace(options, template=layout.id, template_options=parsed, annex_participants=annex)


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
    from flare_monitor.reports.registry import template

    lang = words.check_language(options.language)
    if options.page_size not in ("a4", "letter"):
        raise UserError(_("page size: '{page_size}' is not one of a4, letter", page_size=options.page_size))
    options = resolve_options(options)
    layout = template(options.template)
    out = check_output(options.out)
    xlsx = check_output(options.xlsx, "Excel annex") if options.xlsx else None
    options = replace(options, out=out, xlsx=xlsx, language=lang)
    state = {"fraction": 0.0}

    def report(fraction: float, message: str) -> None:
        if cancelled is not None and cancelled():
            raise ReportCancelled(_("The report was cancelled; nothing was written."))
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

    def write_pdf(temp: Path) -> None:
        pages["n"] = render_pdf(data, str(temp), layout_step)

    def write_both(temp: Path) -> None:
        # The annex is written to its temporary file first; it is put in place only once the PDF is, so a
        # failure in either leaves the files that were there before.
        report(0.52, "Writing the Excel annex")
        layout.excel(data, str(temp))
        replace_atomically(out, write_pdf, in_use_hint=_IN_USE)

    if xlsx is not None:
        replace_atomically(xlsx, write_both, in_use_hint=_IN_USE)
    else:
        replace_atomically(out, write_pdf, in_use_hint=_IN_USE)
    report(0.92, "Checking the file")
    digest = sha256_of(out)
    try:  # a database that refuses the record (an account that may only read) keeps no file either
        record = record_report(session, data, out, digest, pages["n"])
        session.flush()
    except BaseException:
        for written in (out, xlsx):
            if written is not None:
                written.unlink(missing_ok=True)
        raise
    report(1.0, "Done")
    return ReportResult(path=out, sha256=digest, pages=pages["n"], xlsx_path=xlsx, record_id=record.id,
                        template=layout.id, empty_sections=tuple(data.empty_sections),
                        withheld_photos=tuple(data.withheld_photos))  # fmt: skip
