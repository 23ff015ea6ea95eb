"""Narrative text of a reporting period: highlights, challenges, lessons, good practices, next plan; the
progress towards each result; and the sections of a donor's Technical Progress Report (response to the
donor's comments, follow-up of evaluation recommendations, VAT exemption, sustainability, a success story
with an optional photo, management and coordination).

One text per project, period, country (or the whole project when the country is None), section and, for
progress towards a result, result. Services take the session first and never commit.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from flare_monitor.db.enums import Calendar, NarrativeSection
from flare_monitor.db.models import Narrative, Project, Result, ResultLevel
from flare_monitor.errors import ValidationError
from flare_monitor.i18n import Country, PeriodName, Term, _
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

# The sections of a USDOL Technical Progress Report beyond the five above, in the report's order.
TPR_SECTIONS: tuple[NarrativeSection, ...] = (
    NarrativeSection.SUCCESS_STORY,
    NarrativeSection.MANAGEMENT_COORDINATION,
    NarrativeSection.DONOR_COMMENTS,
    NarrativeSection.EVALUATION_FOLLOW_UP,
    NarrativeSection.VAT_EXEMPTION,
    NarrativeSection.SUSTAINABILITY,
)

# A text of progress towards a result is keyed "outcome_progress:<result code>" where texts are keyed by
# section (`narrative_key`: the Narratives page and the report's list of empty sections).
OUTCOME_PREFIX = f"{NarrativeSection.OUTCOME_PROGRESS.value}:"

MAX_LENGTH = 20_000
MAX_CAPTION = 500
PHOTO_SUFFIXES = (".png", ".jpg", ".jpeg")


@dataclass(frozen=True)
class NarrativeRow:
    """A stored narrative as the reports and the command line read it."""

    section: str
    period: str
    start: date
    end: date
    country: str | None
    result: str | None  # the result's code (progress towards a result)
    text: str
    photo_path: str | None = None
    photo_caption: str | None = None
    id: uuid.UUID | None = None  # the stored narrative (its evidence: a success story's photo)

    def as_json(self) -> dict:
        return {
            "section": self.section,
            "period": self.period,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "country": self.country,
            "result": self.result,
            "text": self.text,
            "photo_path": self.photo_path,
            "photo_caption": self.photo_caption,
        }


@dataclass(frozen=True)
class OutcomeRow:
    """A result whose progress a narrative reports: its code, its level's name and its statement."""

    code: str
    level: str
    statement: str
    depth: int

    @property
    def key(self) -> str:
        return narrative_key(NarrativeSection.OUTCOME_PROGRESS.value, self.code)


@dataclass(frozen=True)
class SectionText:
    """One stored section of one period and scope, with the photo printed with it."""

    text: str
    photo_path: str | None = None
    photo_caption: str | None = None


def narrative_key(section: str, result: str | None = None) -> str:
    return f"{OUTCOME_PREFIX}{result}" if result else section


def parse_key(key: str) -> tuple[str, str | None]:
    """(section, result code) of a key written by `narrative_key`."""
    if key.startswith(OUTCOME_PREFIX):
        return NarrativeSection.OUTCOME_PROGRESS.value, key.removeprefix(OUTCOME_PREFIX)
    return key, None


def project_period(project: Project, period_label: str) -> Period:
    """A period label read in the project's own reporting calendar (fiscal month, LOP dates)."""
    try:
        period = parse_period(
            period_label,
            fiscal_start_month=project.fiscal_year_start_month,
            lop=(project.start_date, project.end_date),
        )
    except ValueError as exc:
        raise ValidationError(_("period: {error}", error=exc), "period") from None
    fiscal = project.calendar == Calendar.FISCAL
    if period.kind != "lop" and period.fiscal != fiscal:
        example = "FY2024-Q3" if fiscal else "2024-Q2"
        raise ValidationError(
            _(
                "period: {code} reports in fiscal periods (e.g. {example}), not {label}",
                code=project.code,
                example=example,
                label=period.label,
            )
            if fiscal
            else _(
                "period: {code} reports in calendar periods (e.g. {example}), not {label}",
                code=project.code,
                example=example,
                label=period.label,
            ),
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
            _(
                "country: {code} is not one of the countries of {project} ({known})",
                code=code,
                project=project.code,
                known=", ".join(sorted(allowed)),
            ),
            "country",
        )
    return code


def _scope(project: Project, period: Period, country: str | None, result_id: uuid.UUID | None = None):
    condition = (Narrative.project_id == project.id) & (Narrative.period == period.label)
    condition &= Narrative.result_id.is_(None) if result_id is None else Narrative.result_id == result_id
    if country is None:
        return condition & Narrative.country_code.is_(None)
    return condition & (Narrative.country_code == country)


def _result(session: Session, project: Project, kind: NarrativeSection, code: str | None) -> Result | None:
    """The result a section is about: required for progress towards a result, refused for the others."""
    code = (code or "").strip()
    if kind != NarrativeSection.OUTCOME_PROGRESS:
        if code:
            raise ValidationError(
                _(
                    "result: only {section} is about a result",
                    section=Term(NarrativeSection.OUTCOME_PROGRESS),
                ),
                "result",
            )
        return None
    if not code:
        raise ValidationError(
            _("result: {section} needs the code of the result it reports on", section=Term(kind)), "result"
        )
    result = session.scalar(select(Result).where(Result.project_id == project.id, Result.code == code))
    if result is None:
        raise ValidationError(
            _("result: {project} has no result with the code {code}", project=project.code, code=code),
            "result",
        )
    return result


def check_photo(path: str | Path) -> Path:
    """The absolute path of a photo file that exists and is a PNG or JPEG image, or a ValidationError."""
    photo = Path(path).expanduser().absolute()
    if photo.suffix.lower() not in PHOTO_SUFFIXES:
        raise ValidationError(_("photo: {name} is not a PNG or JPEG file", name=photo.name), "photo")
    if not photo.is_file():
        raise ValidationError(_("photo: {photo} does not exist", photo=photo), "photo")
    try:
        from PIL import Image

        with Image.open(photo) as image:
            image.verify()
    except Exception as exc:  # PIL raises many kinds for a damaged or foreign file
        raise ValidationError(
            _("photo: {photo} cannot be read as a PNG or JPEG image", photo=photo), "photo"
        ) from exc
    return photo


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


def outcome_results(session: Session, project_code: str) -> list[OutcomeRow]:
    """The results whose progress the donor report narrates: every result with results under it (the
    outcomes of each level, not the outputs) and a top-level result on its own, in the framework's order."""
    from flare_monitor.indicators.engine import natural_key

    project = project_by_code(session, project_code)
    levels = dict(session.execute(select(ResultLevel.depth, ResultLevel.name).where(
        ResultLevel.project_id == project.id)).all())  # fmt: skip
    rows = session.execute(
        select(Result.id, Result.parent_id, Result.code, Result.statement, Result.depth, Result.sort_order)
        .where(Result.project_id == project.id)
    ).all()  # fmt: skip
    ids = {r.id for r in rows}
    children: dict = {}
    for r in rows:
        children.setdefault(r.parent_id if r.parent_id in ids else None, []).append(r)
    for kids in children.values():
        kids.sort(key=lambda r: (r.sort_order, natural_key(r.code)))
    found: list[OutcomeRow] = []

    def visit(node, top: bool) -> None:
        kids = children.get(node.id, [])
        if kids or top:
            found.append(OutcomeRow(node.code, levels.get(node.depth, ""), node.statement, node.depth))
        for kid in kids:
            visit(kid, False)

    for root in children.get(None, []):
        visit(root, True)
    return found


def period_texts(
    session: Session, project_code: str, period_label: str, country: str | None = None
) -> dict[str, SectionText]:
    """Every section stored for exactly this period and scope, keyed by `narrative_key` (a section, or
    "outcome_progress:<result code>")."""
    project = project_by_code(session, project_code)
    period = project_period(project, period_label)
    code = _country(project, country)
    query = (
        select(Narrative, Result.code)
        .outerjoin(Result, Result.id == Narrative.result_id)
        .where(Narrative.project_id == project.id, Narrative.period == period.label)
        .where(Narrative.country_code.is_(None) if code is None else Narrative.country_code == code)
    )
    return {
        narrative_key(str(row.section), result): SectionText(row.text, row.photo_path, row.photo_caption)
        for row, result in session.execute(query)
    }


def save_narrative(
    session: Session,
    project_code: str,
    period_label: str,
    country: str | None,
    section: str,
    text: str,
    *,
    seen: str | None = None,
    result: str | None = None,
    photo: str | Path | None = None,
    photo_caption: str | None = None,
) -> Narrative | None:
    """Create or replace the text of one section; an empty text removes it. Returns the stored row.

    `seen` is the text the user started editing from ('' for none): if someone else saved or removed
    the section meanwhile, ConcurrentEditError says who, when and what, and nothing is saved.
    `result` is the code of the result a section outcome_progress reports on. `photo` (a PNG or JPEG
    file; "" removes it) and `photo_caption` go with the text; None leaves them as they are."""
    project = project_by_code(session, project_code)
    period = project_period(project, period_label)
    code = _country(project, country)
    kind = parse_enum(NarrativeSection, section, "section")
    about = _result(session, project, kind, result)
    result_id = about.id if about is not None else None
    body = (text or "").strip()
    if len(body) > MAX_LENGTH:
        raise ValidationError(
            _("{section}: longer than {max_length} characters", section=Term(kind), max_length=MAX_LENGTH),
            kind.value,
        )
    photo_path = None if photo is None else (str(check_photo(photo)) if str(photo).strip() else "")
    caption = None if photo_caption is None else " ".join(photo_caption.split())
    if caption and len(caption) > MAX_CAPTION:
        raise ValidationError(
            _("caption: longer than {max_caption} characters", max_caption=MAX_CAPTION), "caption"
        )
    lock_new_record(session, "narrative", project.id, period.label, code, kind.value, result_id)
    row = session.scalar(
        select(Narrative)
        .where(_scope(project, period, code, result_id), Narrative.section == kind)
        .with_for_update()
    )
    where = Country(code) if code else _("whole project")
    if about is not None:
        what = _(
            "“{section}” of result {result} of {project} {period} ({where})",
            section=Term(kind),
            result=about.code,
            project=project.code,
            period=PeriodName(period.label),
            where=where,
        )
    else:
        what = _(
            "“{section}” of {project} {period} ({where})",
            section=Term(kind),
            project=project.code,
            period=PeriodName(period.label),
            where=where,
        )

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
            result_id=result_id,
            period=period.label,
            period_start=period.start,
            period_end=period.end,
            section=kind,
            text=body,
        )
        session.add(row)
    elif row.text != body:
        row.text = body
    if photo_path is not None and row.photo_path != (photo_path or None):
        row.photo_path = photo_path or None
    if caption is not None and row.photo_caption != (caption or None):
        row.photo_caption = caption or None
    row_id = row.id
    flush_edit(session, lambda: refused(session.get(Narrative, row_id) if row_id else None))
    return row


def narratives_within(
    session: Session, project_code: str, start: date, end: date, countries: tuple[str, ...] | None = None
) -> list[NarrativeRow]:
    """Every narrative of the project whose period lies within start..end (a half-year's own texts and
    those of its quarters), for the whole project and, with `countries`, only those countries (all
    countries when None); in period order, the longer period first."""
    project = project_by_code(session, project_code)
    query = (
        select(Narrative, Result.code)
        .outerjoin(Result, Result.id == Narrative.result_id)
        .where(
            Narrative.project_id == project.id, Narrative.period_start >= start, Narrative.period_end <= end
        )
        .order_by(
            Narrative.period_start, Narrative.period_end.desc(), Narrative.country_code, Narrative.section
        )
    )
    if countries is not None:
        query = query.where(Narrative.country_code.is_(None) | Narrative.country_code.in_(countries))
    return [
        NarrativeRow(
            section=str(row.section),
            period=row.period,
            start=row.period_start,
            end=row.period_end,
            country=row.country_code,
            result=result_code,
            text=row.text,
            photo_path=row.photo_path,
            photo_caption=row.photo_caption,
            id=row.id,
        )
        for row, result_code in session.execute(query)
        if (row.text or "").strip() or row.photo_path
    ]
