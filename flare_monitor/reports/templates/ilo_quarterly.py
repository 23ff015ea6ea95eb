"""The ILO-style progress report: cover, key figures, progress by result level, a section per country,
challenges and lessons, the next period's plan, and annexes; the Excel annex holds the IPTT of every
period to date."""

from __future__ import annotations

from flare_monitor.reports.builder import ReportBuilder
from flare_monitor.reports.excel_annex import write_ilo_annex
from flare_monitor.reports.registry import OutputOption, ReportTemplate, Section, register

TEMPLATE = register(
    ReportTemplate(
        id="ilo-quarterly",
        label="ILO quarterly progress report",
        description="Progress by result level and by country, with charts; any quarter, half or year.",
        options=(
            OutputOption(
                "annex_participants",
                "Annex: list of participants (no contacts)",
                help="add the participant list (names; never victims' records, never contact details)",
            ),
        ),
        sections=(
            Section("cover", ReportBuilder.cover),
            Section("contents", ReportBuilder.contents),
            Section("executive_summary", ReportBuilder.executive_summary, narrative="highlights"),
            Section("progress_by_result", ReportBuilder.progress_by_result),
            Section("countries", ReportBuilder.countries),
            Section("challenges_and_plan", ReportBuilder.challenges_and_plan),
            Section("annexes", ReportBuilder.annexes),
        ),
        narrative_sections=(
            "highlights",
            "challenges",
            "lessons_learned",
            "good_practices",
            "next_period_plan",
        ),
        excel=write_ilo_annex,
    )
)
