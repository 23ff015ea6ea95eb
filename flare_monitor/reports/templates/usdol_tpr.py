"""The USDOL Technical Progress Report (TPR) of ILAB cooperative agreements, semi-annual (1 October–31 March
and 1 April–30 September): the numbered cover sheet with the certification and the funding acknowledgement
and disclaimer; progress per outcome, per country; challenges, lessons; a success story; risks and
assumptions from the project's register; management and coordination; the next period's plan; and the
annexes — A the Data Reporting Form (also as an Excel sheet), B the work plan's status, C the response to
the donor's comments, D the follow-up of evaluation recommendations, E VAT exemption (when written), F the
sustainability strategy, G the outputs and research products.

The cover follows USDOL's own reporting prototype (Child-Labor-Participant-Monitoring-Toolkit,
`technical_progress_report.rb`); the acknowledgement and disclaimer follow ILAB's grant terms.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import cm
from reportlab.platypus import KeepTogether, NextPageTemplate, PageBreak, Spacer, Table

from flare_monitor.indicators.periods import Period, period_containing
from flare_monitor.reports import story, words
from flare_monitor.reports.builder import SIGNATURE_LINE, ReportBuilder
from flare_monitor.reports.excel_annex import write_tpr_annex
from flare_monitor.reports.registry import OutputOption, ReportTemplate, Section, register
from flare_monitor.reports.styles import LIGHT, NAVY, col_widths, label, para, table_style

AGENCY = (
    "U.S. Department of Labor, Bureau of International Labor Affairs, Office of Child Labor, Forced Labor, "
    "and Human Trafficking (USDOL/ILAB/OCFT)"
)
# The annexes of a TPR: letter → (title key, narrative section or None for the data annexes)
ANNEXES = (
    ("A", "annex_a", None),
    ("B", "annex_b", None),
    ("C", "annex_c", "donor_comments"),
    ("D", "annex_d", "evaluation_follow_up"),
    ("E", "annex_e", "vat_exemption"),
    ("F", "annex_f", "sustainability"),
    ("G", "annex_g", None),
)
OPTIONAL_ANNEXES = ("vat_exemption",)  # printed only when written


def tpr_presets(project, day: date) -> list[str]:
    """The two semi-annual TPR periods of the US fiscal year holding `day` (1 Oct–31 Mar, 1 Apr–30 Sep);
    none for a project whose fiscal year starts in another month (its FY labels name other halves)."""
    if project.fiscal_year_start_month != 10:
        return []
    current = period_containing(day, "half", fiscal=True, fiscal_start_month=10)
    return [f"FY{current.year}-S1", f"FY{current.year}-S2"]


def _final(b: ReportBuilder) -> bool:
    choice = b.data.options.option("final_report", "auto")
    if choice == "auto":
        return b.data.period.end >= b.data.project.end
    return choice == "yes"


def _frequency(b: ReportBuilder, period: Period) -> str:
    return b.t(
        {"quarter": "frequency_quarter", "half": "frequency_half", "year": "frequency_year"}[period.kind]
    )


def annexes_included(b: ReportBuilder) -> list[str]:
    included = []
    for letter, title, section in ANNEXES:
        if section in OPTIONAL_ANNEXES and not b.data.texts(section):
            continue
        included.append(f"{letter} {b.t(title)}")
    return included


def acknowledgement(b: ReportBuilder) -> str:
    p = b.data.project
    number = p.grant_number or SIGNATURE_LINE
    if p.total_funding is not None:
        amount = f"{p.currency} {words.format_number(p.total_funding, b.lang, decimals=0)}"
        return b.t("funding_with_amount", number=number, amount=amount)
    return b.t("funding", number=number)


def cover_sheet(b: ReportBuilder) -> list:
    d, p = b.data, b.data.project
    flow: list = [*b.logo()]
    flow += [label(b.t("tpr_title"), "sheet_subtitle"), para(p.title, "sheet_title"), Spacer(1, 0.15 * cm)]
    period = (
        f"{words.period_name(d.period, b.lang)} ({words.format_range(d.period.start, d.period.end, b.lang)})"
    )
    fields = [
        (b.t("tpr_agency"), AGENCY),
        (b.t("tpr_agreement"), p.grant_number or SIGNATURE_LINE),
        (b.t("tpr_uei"), p.grantee_uei or "\u2013"),
        (b.t("tpr_grantee"), p.grantee or SIGNATURE_LINE),
        (b.t("countries"), ", ".join(c.name for c in d.countries)),
        (b.t("tpr_project"), f"{p.title} ({p.code})"),
        (b.t("tpr_hq_contact"), p.hq_contact or "\u2013"),
        (b.t("tpr_field_contact"), p.field_contact or "\u2013"),
        (b.t("tpr_grant_period"), words.format_range(p.start, p.end, b.lang)),
        (b.t("tpr_reporting_period"), period),
        (b.t("tpr_period_end"), words.format_date(d.period.end, b.lang)),
        (b.t("tpr_final"), b.t("yes") if _final(b) else b.t("no")),
        (b.t("tpr_frequency"), _frequency(b, d.period)),
        (b.t("tpr_funding"), f"{p.currency} {words.format_number(p.total_funding, b.lang, decimals=0)}"
         if p.total_funding is not None else "\u2013"),
        (b.t("tpr_annexes"), "; ".join(annexes_included(b))),
        (b.t("prepared_by"), b.prepared_by()),
    ]  # fmt: skip
    numbered = [(f"{n}. {key}", value) for n, (key, value) in enumerate(fields, start=1)]
    table = Table([[label(k, "sheet_label"), para(v, "sheet_value")] for k, v in numbered],
                  colWidths=col_widths(b.width, [0.3, 0.7]))  # fmt: skip
    table.setStyle(table_style(header_rows=0, zebra=False, extra=[
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, LIGHT), ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("LINEABOVE", (0, 0), (-1, 0), 2, NAVY),
    ]))  # fmt: skip
    flow += [table, Spacer(1, 0.25 * cm), *certification(b), Spacer(1, 0.2 * cm), *b.workflow_notes()]
    flow += b.provisional_note()
    flow += [
        Spacer(1, 0.15 * cm),
        para(acknowledgement(b), "disclaimer"),
        label(b.t("disclaimer"), "disclaimer"),
    ]
    return flow + [NextPageTemplate("content"), PageBreak()]


def certification(b: ReportBuilder) -> list:
    p = b.data.project
    rows = [
        (b.t("tpr_name"), p.representative_name or SIGNATURE_LINE),
        (b.t("tpr_title_of"), p.representative_title or SIGNATURE_LINE),
        (b.t("date"), SIGNATURE_LINE),
        (b.t("tpr_signature"), SIGNATURE_LINE),
    ]
    table = Table([[label(k, "sheet_label"), para(v, "sheet_value")] for k, v in rows],
                  colWidths=col_widths(b.width, [0.3, 0.7]))  # fmt: skip
    table.setStyle(table_style(header_rows=0, zebra=False, extra=[
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("BOX", (0, 0), (-1, -1), 0.6, NAVY), ("LINEBELOW", (0, 0), (-1, -1), 0.3, LIGHT),
    ]))  # fmt: skip
    return [KeepTogether([label(b.t("tpr_certification"), "h3"), para(b.t("tpr_certify"), "certify"), table])]


def executive_summary(b: ReportBuilder) -> list:
    return b.executive_summary()


def progress_by_outcome(b: ReportBuilder) -> list:
    flow = b.progress_by_result()
    flow[0] = b.heading(b.t("progress_by_outcome"))
    return flow


def countries(b: ReportBuilder) -> list:
    flow: list = [b.heading(b.t("country_sections"))]
    for section in b.data.country_sections:
        b.check(f"country {section.country.code}")
        flow += b.country(section, charts_too=False)
    return flow + [PageBreak()]


def challenges(b: ReportBuilder) -> list:
    flow: list = [b.heading(b.t("challenges")), *b.texts(b.data.texts("challenges"))]
    flow += [
        b.heading(b.t("lessons_and_practices")),
        *b.narrative_sections("lessons_learned", "good_practices"),
    ]
    return flow


def success_story(b: ReportBuilder) -> list:
    return [b.heading(b.t("success_story")), *b.texts(b.data.texts("success_story"), photos=True)]


def risks(b: ReportBuilder) -> list:
    flow: list = [b.heading(b.t("risks_assumptions"))]
    if b.data.risks:
        flow.append(story.risk_table(b.data.risks, b.lang, b.width))
    else:
        flow.append(label(b.t("no_risks"), "note"))
    return flow


def management(b: ReportBuilder) -> list:
    return [b.heading(b.t("management_coordination")), *b.texts(b.data.texts("management_coordination"))]


def next_period(b: ReportBuilder) -> list:
    return b.next_period_plan()


def annex_heading(b: ReportBuilder, letter: str, key: str) -> list:
    return [b.heading(f"{b.t('annex')} {letter}. {b.t(key)}", level=1)]


def annex_a(b: ReportBuilder) -> list:
    """The Data Reporting Form: per indicator its baseline, each reporting period's target and actual (by
    sex), the life-of-project target and what is achieved to date, and the comment or explanation."""
    d = b.data
    flow: list = [
        b.heading(b.t("annexes")),
        *annex_heading(b, "A", "annex_a"),
        label(b.t("drf_note"), "note"),
    ]
    scope = d.iptt_country
    last = d.period.label
    figures = d.table[(last, scope)].figures
    other = story.has_other([f for p in d.table_periods for f in d.table[(p.label, scope)].figures])
    columns = ["period", "period_target", "actual", "female", "male"]
    columns += ["other_nr"] if other else []
    columns += ["cumulative_target", "actual_to_date", "comment"]
    header = [story.head(b.t(k), right=0 < i < len(columns) - 1) for i, k in enumerate(columns)]
    numbers = story.footnotes(figures, d.rules)
    blocks: list[tuple[str, list[list]]] = []
    for fig in figures:
        unit = fig.unit
        value = lambda v, u=unit: words.format_value(v, u, b.lang)  # noqa: E731
        achieved = story.mark(fig, value(fig.cumulative_actual))
        share = words.format_percent(fig.percent_of_lop_target, b.lang)
        band = (f"{fig.code} {numbers.get(fig.code, '')} {fig.name} \u2014 {b.t('baseline')}: "
                f"{value(fig.baseline)}; {b.t('lop_target')}: {value(fig.lop_target)}; "
                f"{b.t('lop_achieved')}: {achieved} ({share})")  # fmt: skip
        rows: list[list] = []
        for period in d.table_periods:
            f = d.table[(period.label, scope)].figure(fig.code)
            by_sex = f.by_sex or {}
            rest = None
            if by_sex:
                rest = story.other_share(f) if unit == "percentage" else \
                    (by_sex.get("other") or 0) + (by_sex.get("not_recorded") or 0)  # fmt: skip
            shown = words.period_name(period, b.lang)
            row = [story.Cell(shown, "cell_bold" if period.label == last else "cell"),
                   story.Cell(value(f.target), "cell_right"),
                   story.Cell(story.mark(f, value(f.actual)), "cell_right"),
                   story.Cell(value(by_sex.get("female")) if by_sex else "\u2013", "cell_right"),
                   story.Cell(value(by_sex.get("male")) if by_sex else "\u2013", "cell_right")]  # fmt: skip
            if other:
                row.append(story.Cell(value(rest) if by_sex else "\u2013", "cell_right"))
            row += [story.Cell(value(f.cumulative_target), "cell_right"),
                    story.Cell(story.mark(f, value(f.cumulative_actual)), "cell_right"),
                    story.Cell(comment(b, f), "cell_small")]  # fmt: skip
            rows.append(row)
        blocks.append((" ".join(band.split()), rows))
    if not blocks:
        return [*flow, label(b.t("no_indicators"), "note")]
    # One table per indicator (a table split over many pages is laid out again at every page), all with
    # the same columns.
    every = [header] + [row for _band, rows in blocks for row in rows]
    widths = story.fit_widths(b.width, every, nowrap=(0,), max_share={len(columns) - 1: 0.4})
    for band, rows in blocks:
        flow.append(para(band, "band"))
        flow.append(story.grid([header, *rows], b.width, widths=widths, zebra=False))
    return flow + b.table_notes(figures)


def comment(b: ReportBuilder, fig) -> str:
    """The comment column: the explanation (else the comment) entered with the values, a provisional figure
    (counting draft values) said to be one."""
    text = "; ".join(fig.notes)
    if fig.provisional:
        return f"{b.t('provisional')}\u2020: {text}" if text else f"{b.t('provisional')}\u2020"
    return text or "\u2013"


def annex_b(b: ReportBuilder) -> list:
    """Every activity of the period, country by country: planned and actual dates, status, reason."""
    flow = annex_heading(b, "B", "annex_b")
    if not b.data.work_plan:
        return [*flow, label(b.t("none_in_period"), "note")]
    for country in b.data.countries:
        items = [a for a in b.data.work_plan if a.country == country.code]
        if items:
            flow += [para(f"{country.name} ({country.code})", "h3"),
                     story.work_plan_table(items, b.lang, b.width, with_country=False)]  # fmt: skip
    return flow


def narrative_annex(letter: str, key: str, section: str):
    def build(b: ReportBuilder) -> list:
        texts = b.data.texts(section)
        if not texts and section in OPTIONAL_ANNEXES:
            return []
        return annex_heading(b, letter, key) + b.texts(texts)

    return build


def annex_g(b: ReportBuilder) -> list:
    flow = annex_heading(b, "G", "annex_g")
    if b.data.products:
        table = story.products_table(b.data.products, b.lang, b.width, since=b.data.period.start)
        flow += [label(b.t("products_note"), "note"), table]
    else:
        flow.append(label(b.t("no_products"), "note"))
    return flow


def annex_h(b: ReportBuilder) -> list:
    return annex_heading(b, "H", "annex_h") + b.evidence()


TEMPLATE = register(
    ReportTemplate(
        id="usdol-tpr",
        label="USDOL Technical Progress Report (TPR)",
        description="The semi-annual TPR package of ILAB cooperative agreements: cover sheet, certification, "
        "narrative per outcome, Annex A Data Reporting Form (PDF and Excel), B work plan, C–F, G products.",
        options=(
            OutputOption(
                "final_report",
                "Final report",
                kind="choice",
                default="auto",
                choices=("auto", "yes", "no"),
                help="the cover's 'final report' (auto: yes when the period ends the project)",
            ),
        ),
        sections=(
            Section("cover_sheet", cover_sheet),
            Section("contents", ReportBuilder.contents),
            Section("executive_summary", executive_summary, narrative="highlights"),
            Section("progress_by_outcome", progress_by_outcome),
            Section("countries", countries),
            Section("challenges", challenges, narrative="challenges"),
            Section("success_story", success_story, narrative="success_story"),
            Section("risks_assumptions", risks),
            Section("management_coordination", management, narrative="management_coordination"),
            Section("next_period_plan", next_period, narrative="next_period_plan"),
            Section("annex_a", annex_a),
            Section("annex_b", annex_b),
            Section("annex_c", narrative_annex("C", "annex_c", "donor_comments"), narrative="donor_comments"),
            Section(
                "annex_d",
                narrative_annex("D", "annex_d", "evaluation_follow_up"),
                narrative="evaluation_follow_up",
            ),
            Section(
                "annex_e",
                narrative_annex("E", "annex_e", "vat_exemption"),
                narrative="vat_exemption",
                when_empty="omit",
            ),
            Section("annex_f", narrative_annex("F", "annex_f", "sustainability"), narrative="sustainability"),
            Section("annex_g", annex_g),
            Section("annex_h", annex_h),
        ),
        narrative_sections=(
            "highlights",
            "challenges",
            "lessons_learned",
            "good_practices",
            "success_story",
            "management_coordination",
            "next_period_plan",
            "donor_comments",
            "evaluation_follow_up",
            "sustainability",
        ),
        outcome_narratives=True,
        needs_table=True,
        country_charts=False,
        title_key="tpr_title",
        presets=tpr_presets,
        excel=write_tpr_annex,
    )
)
