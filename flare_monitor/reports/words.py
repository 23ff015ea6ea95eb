"""The words of the donor report (headings, labels, status words), by the key the report's code names them
with, and the report's dates and numbers, in the report's language.

The texts are messages of the program's one catalogue (context "report"): the table below names each
one's English text, the Spanish and French are in resources/locale/<lang>/LC_MESSAGES/flare_monitor.po.
Dates, numbers and percentages are written by flare_monitor.i18n.formatting (Babel). What users wrote
(titles, names, narratives) is printed as written; the project's own texts in several languages come
from flare_monitor.services.project_texts.
"""

from __future__ import annotations

from datetime import date

from flare_monitor.errors import ValidationError
from flare_monitor.i18n import LANGUAGES, NP_, Field, Message, _, formatting

DASH = formatting.DASH

WORDS: dict[str, str] = {
    "report_title": NP_("report", "Quarterly progress report"),
    "report_title_half": NP_("report", "Semi-annual progress report"),
    "report_title_year": NP_("report", "Annual progress report"),
    "project": NP_("report", "Project"),
    "project_code": NP_("report", "Project code"),
    "donor": NP_("report", "Donor"),
    "grant_number": NP_("report", "Grant number"),
    "reporting_period": NP_("report", "Reporting period"),
    "countries": NP_("report", "Countries"),
    "prepared_by": NP_("report", "Prepared by"),
    "date": NP_("report", "Date"),
    "fiscal_note": NP_("report", "Fiscal year starting in {month}"),
    "contents": NP_("report", "Contents"),
    "executive_summary": NP_("report", "Executive summary"),
    "key_figures": NP_("report", "Key figures"),
    "highlights": NP_("report", "Highlights"),
    "progress_by_result": NP_("report", "Progress by result level"),
    "other_indicators": NP_("report", "Indicators not linked to a result"),
    "iptt_all_countries": NP_("report", "The indicator tables cover all countries of the project."),
    "country_sections": NP_("report", "Progress by country"),
    "activities_completed": NP_("report", "Activities completed in the period"),
    "trainings": NP_("report", "Trainings and participants"),
    "participants_by_agency": NP_("report", "Participants trained by sex and agency type"),
    "charts": NP_("report", "Charts"),
    "key_indicators": NP_("report", "Key indicators"),
    "country_narrative": NP_("report", "Narrative"),
    "challenges": NP_("report", "Challenges and how they were addressed"),
    "lessons_learned": NP_("report", "Lessons learned"),
    "good_practices": NP_("report", "Good practices"),
    "lessons_and_practices": NP_("report", "Lessons learned and good practices"),
    "next_period_plan": NP_("report", "Plan for the next period"),
    "planned_activities": NP_("report", "Activities planned for {period}"),
    "annexes": NP_("report", "Annexes"),
    "annex_activities": NP_("report", "Annex 1. Activities of the period"),
    "annex_trainings": NP_("report", "Annex 2. Trainings of the period"),
    "annex_participants": NP_("report", "Annex 3. Participants of the period"),
    "code": NP_("report", "Code"),
    "indicator": NP_("report", "Indicator"),
    "baseline": NP_("report", "Baseline"),
    "period_target": NP_("report", "Period target"),
    "period_actual": NP_("report", "Period actual (F\xa0/\xa0M)"),
    "cumulative_actual": NP_("report", "Actual to date (F\xa0/\xa0M)"),
    "lop_target": NP_("report", "LoP target"),
    "pct_period": NP_("report", "% of period target"),
    "pct_lop": NP_("report", "% of LoP target"),
    "status": NP_("report", "Status"),
    "title": NP_("report", "Title"),
    "type": NP_("report", "Type"),
    "dates": NP_("report", "Dates"),
    "venue": NP_("report", "Venue"),
    "country": NP_("report", "Country"),
    "female": NP_("report", "Female"),
    "male": NP_("report", "Male"),
    "other_nr": NP_("report", "Other / not recorded"),
    "total": NP_("report", "Total"),
    "agency_type": NP_("report", "Agency type"),
    "name": NP_("report", "Name"),
    "sex": NP_("report", "Sex"),
    "organization": NP_("report", "Organization"),
    "position": NP_("report", "Position"),
    "activities": NP_("report", "Activities"),
    "people_count": NP_("report", "People"),
    "figure": NP_("report", "Figure"),
    "this_period": NP_("report", "This period"),
    "cumulative": NP_("report", "Cumulative"),
    "people": NP_("report", "people"),
    "F": NP_("report", "F"),
    "M": NP_("report", "M"),
    "O": NP_("report", "O"),
    "kf_activities_completed": NP_("report", "Activities completed"),
    "kf_trainings": NP_("report", "Trainings held"),
    "kf_indicators_by_status": NP_("report", "Indicators by status (this period)"),
    "kf_people": NP_("report", "{name}"),
    "none_in_period": NP_("report", "None in this period."),
    "no_narrative": NP_("report", "No narrative was written for this section."),
    "no_indicators": NP_("report", "No indicators at this level."),
    "no_trainings": NP_("report", "No trainings in this period."),
    "annex_participants_note": NP_(
        "report",
        "Participants of the trainings and activities of the period; records of victims "
        "(marked sensitive) are never listed. Contact details are not included.",
    ),
    "annex_evidence": NP_("report", "Annex 3. Evidence of the period"),
    "annex_h": NP_("report", "Other documents: evidence of the period"),
    "evidence_note": NP_(
        "report",
        "The documents kept in FLARE Monitor as means of verification of the period's activities, values "
        "and narratives. The checksum (SHA-256) identifies each file. Documents that show people are "
        "listed without their name unless the personal-data annex was chosen.",
    ),
    "no_evidence": NP_("report", "No document is attached to this period's records."),
    "ev_date": NP_("report", "Date"),
    "ev_attached_to": NP_("report", "Proves"),
    "ev_file": NP_("report", "File"),
    "ev_type": NP_("report", "Type"),
    "ev_caption": NP_("report", "Caption"),
    "ev_checksum": NP_("report", "SHA-256"),
    "ev_withheld": NP_("report", "(personal data)"),
    "ev_type_attendance_sheet": NP_("report", "Attendance sheet"),
    "ev_type_photo": NP_("report", "Photo"),
    "ev_type_agenda": NP_("report", "Agenda"),
    "ev_type_report": NP_("report", "Report"),
    "ev_type_official_document": NP_("report", "Official document"),
    "ev_type_other": NP_("report", "Other"),
    "page_x_of_y": NP_("report", "Page {page} of {pages}"),
    "generated_on": NP_("report", "Generated on {date}"),
    "chart_people_title": NP_("report", "People trained by sex and agency type"),
    "chart_cumulative_title": NP_("report", "Cumulative actual against target"),
    "chart_activities_title": NP_("report", "Activities by status"),
    "chart_actual": NP_("report", "Cumulative actual"),
    "chart_target": NP_("report", "Cumulative target"),
    "chart_people_axis": NP_("report", "People trained"),
    "chart_count_axis": NP_("report", "Activities"),
    "yes": NP_("report", "Yes"),
    "no": NP_("report", "No"),
    "on_track": NP_("report", "On track"),
    "needs_attention": NP_("report", "Needs attention"),
    "off_track": NP_("report", "Off track"),
    "no_target": NP_("report", "No target"),
    "planned": NP_("report", "Planned"),
    "ongoing": NP_("report", "Ongoing"),
    "completed": NP_("report", "Completed"),
    "postponed": NP_("report", "Postponed"),
    "cancelled": NP_("report", "Cancelled"),
    "training": NP_("report", "Training"),
    "workshop": NP_("report", "Workshop"),
    "meeting": NP_("report", "Meeting"),
    "research": NP_("report", "Research"),
    "policy_advice": NP_("report", "Policy advice"),
    "awareness_raising": NP_("report", "Awareness raising"),
    "technical_assistance": NP_("report", "Technical assistance"),
    "other": NP_("report", "Other"),
    "labour_department": NP_("report", "Labour department"),
    "law_enforcement": NP_("report", "Law enforcement"),
    "labour_inspectorate": NP_("report", "Labour inspectorate"),
    "judiciary": NP_("report", "Judiciary"),
    "employers_organization": NP_("report", "Employers' organization"),
    "workers_organization": NP_("report", "Workers' organization"),
    "ngo": NP_("report", "NGO"),
    "un_international": NP_("report", "UN / international"),
    "academia": NP_("report", "Academia"),
    "government_other": NP_("report", "Other government"),
    "no_organization": NP_("report", "No organization recorded"),
    "not_recorded": NP_("report", "Not recorded"),
    "person_female": NP_("report person", "Female"),
    "person_male": NP_("report person", "Male"),
    "person_other": NP_("report person", "Other"),
    "person_not_recorded": NP_("report person", "Not recorded"),
    "F_M": NP_("report", "(F\xa0/\xa0M)"),
    "F_M_O": NP_("report", "(F\xa0/\xa0M\xa0/\xa0O)"),
    "cumulative_target": NP_("report", "Target to date"),
    "pct_cumulative": NP_("report", "% of target to date"),
    "this_period_sex": NP_("report", "This period (F\xa0/\xa0M)"),
    "cumulative_sex": NP_("report", "Cumulative (F\xa0/\xa0M)"),
    "actual": NP_("report", "Actual"),
    "actual_to_date": NP_("report", "Actual to date"),
    "unit": NP_("report", "Unit"),
    "unit_number": NP_("report", "number"),
    "unit_percentage": NP_("report", "percentage"),
    "unit_yes_no": NP_("report", "yes/no"),
    "unit_level": NP_("report", "level"),
    "comment": NP_("report", "Comment"),
    "provisional": NP_("report", "Provisional"),
    "provisional_mark": NP_("report", "† Provisional: counts values entered but not yet approved."),
    "provisional_note": NP_(
        "report",
        "Provisional figures (†): {codes} count values not yet approved.",
    ),
    "approved_only_note": NP_(
        "report",
        "Only approved values are counted: values entered but not yet approved are left out.",
    ),
    "status_legend": NP_(
        "report",
        "Status: for cumulative indicators the actual to date is compared with the target to "
        "date (the sum of the targets of every period so far), for the others the period's "
        "actual with the period's target; the percentage in bold is the one compared. On "
        "track at {on}% or more, needs attention from {attention}%, off track below (where "
        "fewer is better: on track up to {over}%, needs attention up to {over_attention}%). A "
        "period with a target of 0 in which nothing was achieved has no target: nothing was "
        "due.",
    ),
    "comment_provisional": NP_("report", "Comment on a provisional figure"),
    "locked_note": NP_(
        "report",
        "{period} was locked on {date} by {user}: the figures are those submitted; corrections of the "
        "register made since are noted beside them.",
    ),
    "not_approved_note": NP_(
        "report", "Not approved yet: {countries}. Their figures are printed as they stand."
    ),
    "correction": NP_(
        "report", "Corrected since submission — {what}: submitted {submitted}, today {today} ({causes})"
    ),
    "figure_correction": NP_(
        "report", "{code} — corrected since submission: submitted {submitted}, today {today} ({causes})"
    ),
    "figure_correction_cumulative": NP_(
        "report",
        "{code} — corrected since submission, to date: submitted {submitted}, today {today} ({causes})",
    ),
    "figure_correction_by_sex": NP_(
        "report",
        "{code} — corrected since submission, by sex: submitted {submitted}, today {today} ({causes})",
    ),
    "whole_project": NP_("report", "Whole project"),
    "progress_towards": NP_("report", "progress towards {code}"),
    "activities_not_held": NP_("report", "Activities postponed or cancelled"),
    "planned_dates": NP_("report", "Planned"),
    "actual_dates": NP_("report", "Held"),
    "planned_start": NP_("report", "Planned start"),
    "planned_end": NP_("report", "Planned end"),
    "actual_start": NP_("report", "Actual start"),
    "actual_end": NP_("report", "Actual end"),
    "reason": NP_("report", "Reason"),
    "delayed": NP_("report", "delayed"),
    "period": NP_("report", "Period"),
    "all": NP_("report", "All"),
    "outcome_progress": NP_("report", "Progress towards the outcome"),
    "success_story": NP_("report", "Success story"),
    "management_coordination": NP_("report", "Management and coordination"),
    "donor_comments": NP_("report", "Response to the donor's comments"),
    "evaluation_follow_up": NP_("report", "Follow-up on evaluation recommendations"),
    "vat_exemption": NP_("report", "VAT exemption status"),
    "sustainability": NP_("report", "Sustainability strategy"),
    "progress_by_outcome": NP_("report", "Progress by outcome"),
    "risks_assumptions": NP_("report", "Risks and assumptions"),
    "no_risks": NP_("report", "No risks are recorded in the project's risk register."),
    "risk_number": NP_("report", "No."),
    "risk": NP_("report", "Risk or assumption"),
    "likelihood": NP_("report", "Likelihood"),
    "impact": NP_("report", "Impact"),
    "mitigation": NP_("report", "Mitigation"),
    "risk_status": NP_("report", "Status"),
    "level_low": NP_("report", "Low"),
    "level_medium": NP_("report", "Medium"),
    "level_high": NP_("report", "High"),
    "risk_open": NP_("report", "Open"),
    "risk_monitoring": NP_("report", "Monitoring"),
    "risk_closed": NP_("report", "Closed"),
    "tpr_title": NP_("report", "Technical Progress Report"),
    "tpr_agency": NP_("report", "Agency"),
    "tpr_agreement": NP_("report", "Cooperative agreement number"),
    "tpr_uei": NP_("report", "Unique Entity ID (UEI)"),
    "tpr_grantee": NP_("report", "Grantee"),
    "tpr_project": NP_("report", "Project name"),
    "tpr_hq_contact": NP_("report", "Headquarters contact"),
    "tpr_field_contact": NP_("report", "Field contact"),
    "tpr_grant_period": NP_("report", "Grant period"),
    "tpr_reporting_period": NP_("report", "Reporting period"),
    "tpr_period_end": NP_("report", "End of the reporting period"),
    "tpr_final": NP_("report", "Final report"),
    "tpr_frequency": NP_("report", "Reporting frequency"),
    "tpr_funding": NP_("report", "Total funding"),
    "tpr_annexes": NP_("report", "Annexes"),
    "tpr_certification": NP_("report", "Certification"),
    "tpr_certify": NP_(
        "report",
        "I certify to the best of my knowledge and belief that this report is correct and "
        "complete and that the information in it was prepared in accordance with the terms of "
        "the cooperative agreement.",
    ),
    "tpr_name": NP_("report", "Name"),
    "tpr_title_of": NP_("report job title", "Title"),
    "tpr_signature": NP_("report", "Signature"),
    "frequency_quarter": NP_("report", "Quarterly"),
    "frequency_half": NP_("report", "Semi-annual"),
    "frequency_year": NP_("report", "Annual"),
    "funding": NP_(
        "report",
        "Funding is provided by the United States Department of Labor under cooperative "
        "agreement number {number}.",
    ),
    "funding_with_amount": NP_(
        "report",
        "Funding is provided by the United States Department of Labor under cooperative "
        "agreement number {number}, for a total of {amount}.",
    ),
    "disclaimer": NP_(
        "report",
        "This material does not necessarily reflect the views or policies of the United "
        "States Department of Labor, nor does mention of trade names, commercial products, or "
        "organizations imply endorsement by the United States Government.",
    ),
    "annex": NP_("report", "Annex"),
    "annex_a": NP_("report", "Data Reporting Form"),
    "annex_b": NP_("report", "Work plan status"),
    "annex_c": NP_("report", "Response to the donor's comments"),
    "annex_d": NP_("report", "Follow-up on evaluation recommendations"),
    "annex_e": NP_("report", "VAT exemption status"),
    "annex_f": NP_("report", "Sustainability strategy"),
    "annex_g": NP_("report", "Major outputs and research products"),
    "drf_note": NP_(
        "report",
        "Per indicator: the baseline, the life-of-project target and what is achieved to "
        "date; for each reporting period the target, the actual (by sex where disaggregated), "
        "the cumulative target and actual to date, and the explanation or comment entered "
        "with the values.",
    ),
    "lop_achieved": NP_("report", "LoP achieved to date"),
    "product": NP_("report", "Product"),
    "product_kind": NP_("report", "Kind"),
    "product_research": NP_("report", "Study or research"),
    "product_technical_assistance": NP_("report", "Manual, curriculum or tool"),
    "completed_on": NP_("report", "Completed on"),
    "no_products": NP_("report", "No study, manual or tool has been completed yet."),
    "untranslated_note": NP_(
        "report", "‡ Not yet translated into the report's language: printed as written, in {language}."
    ),
    "products_note": NP_(
        "report",
        "Studies, manuals, curricula and tools completed to date; those of this period in bold.",
    ),
}
CONTEXTS = {"person_female": "report person", "person_male": "report person", "person_other": "report person",
            "person_not_recorded": "report person", "tpr_title_of": "report job title"}  # fmt: skip


def check_language(lang: str | None) -> str:
    code = (lang or "en").strip().lower()
    if code not in LANGUAGES:
        raise ValidationError(
            _("{field}: '{value}' is not one of {allowed}", field=Field("language"), value=str(lang),
              allowed=", ".join(LANGUAGES)),
            "language",
        )  # fmt: skip
    return code


def text(lang: str, key: str, **values: object) -> str:
    """The word or phrase `key` in `lang` (English where the catalogue has no translation), filled."""
    source = WORDS.get(key)
    if source is None:
        return key
    return Message(source, values, context=CONTEXTS.get(key, "report")).render(lang)


def format_date(day: date, lang: str, short: bool = False) -> str:
    """16 April 2024, 16 de abril de 2024, 16 avril 2024 (short: 16 Apr 2024, 16 abr 2024, 16 avr. 2024)."""
    return formatting.format_date(day, lang, "medium" if short else "long")


def format_range(start: date, end: date, lang: str, short: bool = False) -> str:
    """A date range; a one-day range is one date."""
    return formatting.format_date_range(start, end, lang, "medium" if short else "long")


def month_name(month: int, lang: str) -> str:
    return formatting.month_name(month, lang)


def format_number(value: float | int | None, lang: str = "en", decimals: int = 1) -> str:
    """1,234 / 1,234.5 in English; 1.234 / 1.234,5 in Spanish; 1 234,5 in French; None → an en dash."""
    return formatting.format_number(value, lang, decimals)


def format_value(value: float | int | None, unit: str, lang: str = "en") -> str:
    """A figure as the IPTT prints it: percentages with %, yes/no as words, numbers grouped."""
    if value is None:
        return DASH
    if unit == "percentage":
        return formatting.format_percent(value, lang, decimals=1)
    if unit == "yes_no":
        return text(lang, "yes") if value else text(lang, "no")
    return format_number(value, lang)


def format_percent(value: float | None, lang: str = "en") -> str:
    """Percent achieved, whole numbers: 96% (96 % in Spanish and French)."""
    return formatting.format_percent(value, lang)


def language_name(code: str, lang: str) -> str:
    """The name of a language in the report's language ("anglais", "inglés")."""
    return formatting.babel_locale(code).get_language_name(formatting.babel_locale(lang)) or code


def period_name(period, lang: str) -> str:
    """A period's label as the report's language writes it (FY2024-Q3, AF2024-T3, EF2024-T3)."""
    return formatting.period_label(getattr(period, "label", period), lang)
