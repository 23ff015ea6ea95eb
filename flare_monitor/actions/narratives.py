"""The narrative of a period: its sections as saved, the period's figures beside them, and saving; and the
sections of the donor's Technical Progress Report (progress per outcome, response to the donor's comments…),
written for the half-year the TPR covers."""

from __future__ import annotations

from dataclasses import dataclass, field

from flare_monitor.actions.base import action, reading, unit_of_work
from flare_monitor.actions.figures import PeriodFigures, compute_period_figures
from flare_monitor.db.engine import Database
from flare_monitor.db.enums import NarrativeSection
from flare_monitor.errors import ValidationError
from flare_monitor.i18n import Message, PeriodName, Term, _
from flare_monitor.indicators.periods import Period, period_containing
from flare_monitor.services import narratives
from flare_monitor.services.narratives import NARRATIVE_SECTIONS, OUTCOME_PREFIX, TPR_SECTIONS, OutcomeRow

__all__ = [
    "NARRATIVE_SECTIONS",
    "OUTCOME_PREFIX",
    "TPR_SECTIONS",
    "NarrativeQuery",
    "NarrativeView",
    "OutcomeRow",
    "SaveNarrative",
    "TprView",
    "narrative_view",
    "save_narratives",
    "tpr_view",
]

SUCCESS_STORY = NarrativeSection.SUCCESS_STORY.value


@dataclass(frozen=True)
class NarrativeQuery:
    project: str
    period: Period
    country: str | None  # None: the whole project
    language: str | None = (
        None  # the outcomes' statements and level names in it, where the project gives them
    )


@dataclass
class NarrativeView:
    texts: dict[str, str]  # section → text
    figures: PeriodFigures
    locked: Message | None = None  # why the texts cannot change (the period is locked), else None


@dataclass
class TprView:
    """The Technical Progress Report's own texts of a scope, for the half-year the report covers."""

    period: str  # the half-year's label (FY2024-S2): the texts are written for it
    texts: dict[str, str]  # key → text: each of TPR_SECTIONS, and "outcome_progress:<code>" per outcome
    outcomes: list[OutcomeRow] = field(default_factory=list)
    photo: str | None = None  # the success story's photo file and caption
    caption: str | None = None
    locked: Message | None = None


@dataclass(frozen=True)
class SaveNarrative:
    project: str
    period: str
    country: str | None
    texts: dict[str, str]  # the sections to save (a section, or "outcome_progress:<result code>")
    seen: dict[str, str]  # each section as the page last loaded it (a colleague's save is refused)
    photo: str | None = None  # the success story's new photo file ("" removes it); None: unchanged
    caption: str | None = None  # its new caption; None: unchanged


@action
def narrative_view(db: Database, query: NarrativeQuery) -> NarrativeView:
    with reading(db) as session:
        texts = narratives.get_narratives(session, query.project, query.period.label, query.country)
        figures = compute_period_figures(session, query.project, query.period, query.country)
        locked = _locked(session, query.project, query.period)
    return NarrativeView(texts, figures, locked)


def tpr_period(period: Period, fiscal_start_month: int) -> Period:
    """The period a Technical Progress Report covers when the user looks at `period`: the half-year
    holding a quarter (TPRs are semi-annual); a half-year, a year or the life of the project as it is."""
    if period.kind != "quarter":
        return period
    return period_containing(
        period.start, "half", fiscal=period.fiscal, fiscal_start_month=fiscal_start_month
    )


@action
def tpr_view(db: Database, query: NarrativeQuery) -> TprView:
    """The TPR's sections and the progress towards each outcome, as stored for the half-year holding the
    query's period and its scope (a country, or the whole project)."""
    from flare_monitor.services.common import project_by_code

    with reading(db) as session:
        project = project_by_code(session, query.project)
        period = tpr_period(query.period, project.fiscal_year_start_month)
        outcomes = narratives.outcome_results(session, query.project)
        if query.language:
            from dataclasses import replace

            from flare_monitor.services.project_texts import texts_for

            own = texts_for(session, project, query.language)
            outcomes = [
                replace(
                    o,
                    statement=own.statement(o.code, o.statement).text,
                    level=own.level(o.depth, o.level).text,
                )
                for o in outcomes
            ]
        stored = narratives.period_texts(session, query.project, period.label, query.country)
        keys = [s.value for s in TPR_SECTIONS] + [o.key for o in outcomes]
        texts = {key: stored[key].text if key in stored else "" for key in keys}
        story = stored.get(SUCCESS_STORY)
        locked = _locked(session, query.project, period)
    return TprView(
        period.label,
        texts,
        outcomes,
        story.photo_path if story else None,
        story.photo_caption if story else None,
        locked,
    )


def _locked(session, project_code: str, period: Period) -> str | None:
    """The guard's own line when the period is locked (saving would be refused with it)."""
    from flare_monitor.db.period_guard import Place, active_locks, refusal
    from flare_monitor.indicators.engine import project_by_code

    project = project_by_code(session, project_code)
    place = Place(project.id, period.start, period.end)
    lock = next((lk for lk in active_locks(session) if lk.holds(place)), None)
    if lock is None:
        return None
    return refusal(_("The narrative of {period}", period=PeriodName(period.label)), lock).message


@action
def save_narratives(
    db: Database, request: SaveNarrative | tuple[SaveNarrative, ...], *, user: str | None = None
) -> None:
    """Every changed section (of one or more periods) in one transaction: all are saved, or none."""
    requests = request if isinstance(request, tuple) else (request,)
    with unit_of_work(db, user=user) as session:
        for one in requests:
            _save(session, one)


def _save(session, request: SaveNarrative) -> None:
    photo_changed = request.photo is not None or request.caption is not None
    if photo_changed and request.photo and not request.texts.get(SUCCESS_STORY, "").strip():
        raise ValidationError(
            _("{section}: write the story that goes with the photo", section=Term(SUCCESS_STORY)),
            SUCCESS_STORY,
        )
    for key, text in request.texts.items():
        seen = request.seen.get(key, "")
        section, result = narratives.parse_key(key)
        photo = section == SUCCESS_STORY and photo_changed
        if text != seen or photo:
            narratives.save_narrative(
                session, request.project, request.period, request.country, section, text, seen=seen,
                result=result, photo=request.photo if photo else None,
                photo_caption=request.caption if photo else None,
            )  # fmt: skip
