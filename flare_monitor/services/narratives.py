"""Narrative text of a reporting period: highlights, challenges, lessons, good practices, next plan.

One text per project, period, country (or the whole project when the country is None) and section.
Services take the session first and never commit.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from flare_monitor.db.enums import Calendar, NarrativeSection
from flare_monitor.db.models import Narrative, Project
from flare_monitor.errors import ValidationError
from flare_monitor.indicators.periods import Period, parse_period
from flare_monitor.services.common import (
    concurrent_edit,
    flush_edit,
    lock_new_record,
    parse_enum,
    project_by_code,
)

# The order in which the sections appear on screen and in the donor report.
NARRATIVE_SECTIONS: tuple[NarrativeSection, ...] = (
    NarrativeSection.HIGHLIGHTS,
    NarrativeSection.CHALLENGES,
    NarrativeSection.LESSONS_LEARNED,
    NarrativeSection.GOOD_PRACTICES,
    NarrativeSection.NEXT_PERIOD_PLAN,
)

MAX_LENGTH = 20_000


def project_period(project: Project, period_label: str) -> Period:
    """A period label read in the project's own reporting calendar (fiscal month, LOP dates)."""
    try:
        period = parse_period(
            period_label,
            fiscal_start_month=project.fiscal_year_start_month,
            lop=(project.start_date, project.end_date),
        )
    except ValueError as exc:
        raise ValidationError(f"period: {exc}", "period") from None
    fiscal = project.calendar == Calendar.FISCAL
    if period.kind != "lop" and period.fiscal != fiscal:
        example = "FY2024-Q3" if fiscal else "2024-Q2"
        raise ValidationError(
            f"period: {project.code} reports in {'fiscal' if fiscal else 'calendar'} periods "
            f"(e.g. {example}), not {period.label}",
            "period",
        )
    return period


def _country(project: Project, country: str | None) -> str | None:
    if country is None or not str(country).strip():
        return None
    code = str(country).strip().upper()
    allowed = {pc.country_code for pc in project.countries}
    if code not in allowed:
        raise ValidationError(
            f"country: {code} is not one of the countries of {project.code} ({', '.join(sorted(allowed))})",
            "country",
        )
    return code


def _scope(project: Project, period: Period, country: str | None):
    condition = (Narrative.project_id == project.id) & (Narrative.period == period.label)
    if country is None:
        return condition & Narrative.country_code.is_(None)
    return condition & (Narrative.country_code == country)


def get_narratives(
    session: Session, project_code: str, period_label: str, country: str | None = None
) -> dict[str, str]:
    """{section value: text} for every section, in NARRATIVE_SECTIONS order ('' where nothing is written)."""
    project = project_by_code(session, project_code)
    period = project_period(project, period_label)
    code = _country(project, country)
    rows = session.scalars(select(Narrative).where(_scope(project, period, code)))
    stored = {str(row.section): row.text for row in rows}
    return {section.value: stored.get(section.value, "") for section in NARRATIVE_SECTIONS}


def save_narrative(
    session: Session,
    project_code: str,
    period_label: str,
    country: str | None,
    section: str,
    text: str,
    *,
    seen: str | None = None,
) -> Narrative | None:
    """Create or replace the text of one section; an empty text removes it. Returns the stored row.

    `seen` is the text the user started editing from ('' for none): if someone else saved or removed
    the section meanwhile, ConcurrentEditError says who, when and what, and nothing is saved."""
    project = project_by_code(session, project_code)
    period = project_period(project, period_label)
    code = _country(project, country)
    kind = parse_enum(NarrativeSection, section, "section")
    body = (text or "").strip()
    if len(body) > MAX_LENGTH:
        raise ValidationError(f"{kind.value}: longer than {MAX_LENGTH} characters", kind.value)
    lock_new_record(session, "narrative", project.id, period.label, code, kind.value)
    row = session.scalar(
        select(Narrative).where(_scope(project, period, code), Narrative.section == kind).with_for_update()
    )
    what = f"the {kind.value.replace('_', ' ')} of {project.code} {period.label} ({code or 'whole project'})"

    def refused(stored: Narrative | None):
        return concurrent_edit(
            session,
            what,
            "narrative",
            stored.id if stored is not None else None,
            {"text": seen.strip() or None},
            {"text": stored.text if stored is not None else None},
        )

    if seen is not None and (row.text if row is not None else "") != seen.strip():
        raise refused(row)
    if not body:
        from flare_monitor.services.evidence import has_evidence

        if row is not None and has_evidence(session, "narrative_id", row.id):
            row.text = ""  # the section keeps its attached files: emptied, not removed
            row_id = row.id
            flush_edit(session, lambda: refused(session.get(Narrative, row_id)))
            return row
        if row is not None:
            row_id = row.id
            session.delete(row)
            flush_edit(session, lambda: refused(session.get(Narrative, row_id)))
        return None
    if row is None:
        row = Narrative(
            project_id=project.id,
            country_code=code,
            period=period.label,
            period_start=period.start,
            period_end=period.end,
            section=kind,
            text=body,
        )
        session.add(row)
    elif row.text != body:
        row.text = body
    row_id = row.id
    flush_edit(session, lambda: refused(session.get(Narrative, row_id) if row_id else None))
    return row
