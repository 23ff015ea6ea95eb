"""Actuals counted from the register: one SQL aggregation per figure, never a loop over people.

The filters of a `Computation` become WHERE clauses on attendance ⨝ activity ⨝ participant
(⨝ organization when organization types are given); the counting is COUNT(DISTINCT …) grouped by
sex (and by country for per-country tables), so a person is counted once per range however many
trainings they attended. Since a participant has one sex, the sum over sexes is the distinct total.

- An activity's date is coalesce(actual_start, planned_start), or with `period_date` "end"
  coalesce(actual_end, planned_end); it is in a range when that date is.
- An activity's country is its `country_code` (where the training happened, not the person's).
- `min_attendance_share`: days_attended IS NULL (not recorded: the person is given the benefit of
  the doubt) or days_attended ≥ share × (end − start + 1), each date actual when known else planned.
- test_improvement counts attendance rows (a person tested at two trainings counts twice): numerator
  = rows with post > pre, denominator = rows with both scores. `by_sex` holds the percentage per sex
  and `numerator_by_sex` / `denominator_by_sex` the counts it comes from.

Only portable SQL: the one date difference is a `days_between` construct compiled to julianday()
on SQLite and to plain date subtraction elsewhere (PostgreSQL returns whole days).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import Float, Select, and_, case, distinct, func, literal, or_, select, true
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.functions import FunctionElement

from flare_monitor.db.enums import Sex
from flare_monitor.db.figures import ON_FILE, FigureSources, figure_sources
from flare_monitor.db.models import Activity, Organization
from flare_monitor.indicators.computation import (
    ACTIVITY_COUNT,
    DISTINCT_ORGANIZATIONS,
    DISTINCT_PARTICIPANTS,
    PERIOD_END,
    TEST_IMPROVEMENT,
    Computation,
)

SEXES = tuple(s.value for s in Sex)


@dataclass(frozen=True)
class Actual:
    """An actual and how it breaks down; counts are ints, ratios floats, None = nothing to report."""

    value: float | None
    by_sex: dict[str, float | None] | None = None
    numerator: float | None = None
    denominator: float | None = None
    numerator_by_sex: dict[str, float] | None = None
    denominator_by_sex: dict[str, float] | None = None
    values_status: str | None = None
    notes: tuple[str, ...] = ()  # explanations (else comments) of the entered values counted


class days_between(FunctionElement):  # noqa: N801 - reads like the SQL function it renders
    """Whole days from the first date to the second (b − a)."""

    type = Float()
    name = "days_between"
    inherit_cache = True


@compiles(days_between)
def _days_between_default(element, compiler, **kw) -> str:
    a, b = list(element.clauses)
    return f"({compiler.process(b, **kw)} - {compiler.process(a, **kw)})"


@compiles(days_between, "sqlite")
def _days_between_sqlite(element, compiler, **kw) -> str:
    a, b = list(element.clauses)
    return f"(julianday({compiler.process(b, **kw)}) - julianday({compiler.process(a, **kw)}))"


def activity_date(comp: Computation | None = None):
    """The date that places an activity in a period: its start (as `Activity.start`), or its end (as
    `Activity.end`) when the definition says so."""
    if comp is not None and comp.period_date == PERIOD_END:
        return func.coalesce(Activity.actual_end, Activity.planned_end)
    return func.coalesce(Activity.actual_start, Activity.planned_start)


def _activity_conditions(comp: Computation) -> list:
    """The definition's filters on activities (beyond project, dates and the country asked for)."""
    conditions = []
    if comp.activity_types:
        conditions.append(Activity.type.in_(comp.activity_types))
    if comp.activity_statuses:
        conditions.append(Activity.status.in_(comp.activity_statuses))
    if comp.countries:
        conditions.append(Activity.country_code.in_(comp.countries))
    return conditions


def _organization_conditions(comp: Computation) -> list:
    """The definition's filter on the person's organization type (needs the organization joined)."""
    return [Organization.type.in_(comp.organization_types)] if comp.organization_types else []


def _attendance_conditions(comp: Computation, src: FigureSources, organization: bool = True) -> list:
    """The definition's filters on who attended (see `_organization_conditions`)."""
    Attendance = src.attendance  # noqa: N806 - reads as the model it stands for
    conditions = _organization_conditions(comp) if organization else []
    if comp.roles:
        conditions.append(Attendance.role.in_(comp.roles))
    if comp.completed_only:
        conditions.append(Attendance.completed.is_(True))
    if comp.min_attendance_share is not None:
        start = func.coalesce(Activity.actual_start, Activity.planned_start)
        end = func.coalesce(Activity.actual_end, Activity.planned_end)
        length = days_between(start, end) + 1
        conditions.append(
            or_(
                Attendance.days_attended.is_(None),
                Attendance.days_attended >= literal(comp.min_attendance_share, Float()) * length,
            )
        )
    return conditions


def activity_conditions(comp: Computation) -> list:
    """A definition's filters on activities (type, status, country), for queries counting by its rules."""
    return _activity_conditions(comp)


def attendance_conditions(comp: Computation, src: FigureSources) -> list:
    """A definition's filters on attendance (role, completion, share of days), without the organization;
    `src` names the attendance rows to filter (db/figures.py: every row, whoever is signed in)."""
    return _attendance_conditions(comp, src, organization=False)


def _activity_filters(
    query: Select, comp: Computation, project_id: uuid.UUID, start: date, end: date, country: str | None
) -> Select:
    query = query.where(Activity.project_id == project_id, activity_date(comp).between(start, end))
    query = query.where(*_activity_conditions(comp))
    if country is not None:
        query = query.where(Activity.country_code == country)
    return query


def _attendance_filters(query: Select, comp: Computation, src: FigureSources) -> Select:
    """Join who attended and apply the filters on people; the FROM starts at attendance."""
    Attendance, Participant = src.attendance, src.participant  # noqa: N806
    query = query.join(Activity, Activity.id == Attendance.activity_id).join(
        Participant, Participant.id == Attendance.participant_id
    )
    if comp.organization_types:
        # Inner join: people without an organization cannot be shown to be of a counted type.
        query = query.join(Organization, Organization.id == Participant.organization_id)
    return query.where(*_attendance_conditions(comp, src))


def _aggregates(comp: Computation, src: FigureSources) -> list:
    """The aggregate columns of each kind (grouped by sex where the kind is about people)."""
    Attendance, Participant = src.attendance, src.participant  # noqa: N806
    if comp.kind == DISTINCT_PARTICIPANTS:
        return [func.count(distinct(Attendance.participant_id))]
    if comp.kind == DISTINCT_ORGANIZATIONS:
        return [func.count(distinct(Participant.organization_id))]
    if comp.kind == TEST_IMPROVEMENT:
        improved = case((Attendance.post_test_score > Attendance.pre_test_score, 1), else_=0)
        return [func.sum(improved), func.count()]
    return [func.count(distinct(Activity.id))]


def _build(
    comp: Computation,
    project_id: uuid.UUID,
    start: date,
    end: date,
    country: str | None,
    by_country: bool,
    sources: FigureSources = ON_FILE,
) -> Select:
    Attendance, Participant = sources.attendance, sources.participant  # noqa: N806
    groups = [Activity.country_code] if by_country else []
    if comp.about_people:
        groups.append(Participant.sex)
    if comp.kind == ACTIVITY_COUNT:
        query = select(*groups, *_aggregates(comp, sources)).select_from(Activity)
    else:
        query = select(*groups, *_aggregates(comp, sources)).select_from(Attendance)
        query = _attendance_filters(query, comp, sources)
        if comp.kind == DISTINCT_ORGANIZATIONS:
            query = query.where(Participant.organization_id.is_not(None))
        if comp.kind == TEST_IMPROVEMENT:
            query = query.where(
                Attendance.pre_test_score.is_not(None), Attendance.post_test_score.is_not(None)
            )
    query = _activity_filters(query, comp, project_id, start, end, country)
    return query.group_by(*groups) if groups else query


def _sex_key(value) -> str:
    return value.value if isinstance(value, Sex) else str(value)


def _to_actual(comp: Computation, rows: list) -> Actual:
    """Rows of (sex?, aggregates…) for one scope → an Actual."""
    if not comp.about_people:
        total = sum(int(r[-1] or 0) for r in rows)
        return Actual(value=total)
    if comp.kind == DISTINCT_PARTICIPANTS:
        by_sex: dict[str, float | None] = dict.fromkeys(SEXES, 0)
        for sex, count in rows:
            by_sex[_sex_key(sex)] = int(count or 0)
        return Actual(value=sum(by_sex.values()), by_sex=by_sex)
    numerators = dict.fromkeys(SEXES, 0)
    denominators = dict.fromkeys(SEXES, 0)
    for sex, improved, tested in rows:
        numerators[_sex_key(sex)] = int(improved or 0)
        denominators[_sex_key(sex)] = int(tested or 0)
    num, den = sum(numerators.values()), sum(denominators.values())
    return Actual(
        value=ratio(num, den),
        by_sex={s: ratio(numerators[s], denominators[s]) for s in SEXES},
        numerator=num,
        denominator=den,
        numerator_by_sex=numerators,
        denominator_by_sex=denominators,
    )


def ratio(numerator: float | None, denominator: float | None) -> float | None:
    """100 × numerator / denominator; None when there is nothing to divide by."""
    if numerator is None or not denominator:
        return None
    return 100.0 * numerator / denominator


def computed_actual(
    session: Session,
    project_id: uuid.UUID,
    comp: Computation,
    start: date,
    end: date,
    country: str | None = None,
) -> Actual:
    """The actual over activities dated `start`..`end` (inclusive), in one country or all."""
    memo = _MEMO.get()
    key = (comp, project_id, start, end, country)
    if memo is not None and key in memo:
        return memo[key]
    if comp.kind == DISTINCT_PARTICIPANTS:
        actual = distinct_people(session, project_id, [comp], [(start, end)], country=country)[
            (comp, start, end, country)
        ]
    else:
        sources = figure_sources(session)
        rows = session.execute(_build(comp, project_id, start, end, country, False, sources)).all()
        actual = _to_actual(comp, rows)
    if memo is not None:
        memo[key] = actual
    return actual


PeopleKey = tuple[Computation, date, date, str | None]  # definition, window, country (None = all)


def distinct_people_query(
    project_id: uuid.UUID,
    comps: Sequence[Computation],
    windows: Sequence[tuple[date, date]],
    country: str | None = None,
    by_country: bool = False,
    sources: FigureSources = ON_FILE,
) -> tuple[Select, list[tuple[Computation, date, date]]]:
    """One query for the distinct people of several definitions over several date windows.

    Inside, each person's attendance rows (per activity country with `by_country`) become one flag per
    definition and window: did any row qualify? Outside, each person is looked up once for their sex
    and organization type (a property of the person, so it is checked there, not per row), and the
    flags are summed by sex (and country): the distinct counts. Returns the query and what each of
    its sums stands for.
    """
    Attendance, Participant = sources.attendance, sources.participant  # noqa: N806
    pairs = list(dict.fromkeys((c, s, e) for c in comps for s, e in windows))
    first, last = min(s for _c, s, _e in pairs), max(e for _c, _s, e in pairs)
    # Each definition dates activities by their start or their end: rows dated either way may count.
    dates = [activity_date(c) for c in {c.period_date: c for c, _s, _e in pairs}.values()]

    def row_conditions(comp: Computation) -> list:
        return [*_activity_conditions(comp), *_attendance_conditions(comp, sources, organization=False)]

    def dated(comp: Computation, s: date, e: date):
        when = activity_date(comp)
        return and_(when >= s, when <= e)

    flags = [
        func.max(case((and_(dated(c, s, e), *row_conditions(c)), 1), else_=0)).label(f"f{i}")
        for i, (c, s, e) in enumerate(pairs)
    ]
    keys = [Attendance.participant_id] + ([Activity.country_code] if by_country else [])
    inner = (
        select(*keys, *flags)
        .select_from(Attendance)
        .join(Activity, Activity.id == Attendance.activity_id)
        .where(
            Activity.project_id == project_id,
            or_(*(when.between(first, last) for when in dates)),
            or_(*(and_(true(), *row_conditions(c)) for c in dict.fromkeys(c for c, _s, _e in pairs))),
        )
    )
    if country is not None:
        inner = inner.where(Activity.country_code == country)
    people = inner.group_by(*keys).subquery()
    sums = [
        func.sum(case((and_(*_organization_conditions(c)), people.c[f"f{i}"]), else_=0))
        if c.organization_types
        else func.sum(people.c[f"f{i}"])
        for i, (c, _s, _e) in enumerate(pairs)
    ]
    groups = ([people.c.country_code] if by_country else []) + [Participant.sex]
    query = (
        select(*groups, *sums)
        .select_from(people)
        .join(Participant, Participant.id == people.c.participant_id)
    )
    if any(c.organization_types for c in comps):
        # Outer join: a person without an organization is of no counted type.
        query = query.outerjoin(Organization, Organization.id == Participant.organization_id)
    return query.group_by(*groups), pairs


def distinct_people(
    session: Session,
    project_id: uuid.UUID,
    comps: Sequence[Computation],
    windows: Sequence[tuple[date, date]],
    country: str | None = None,
    by_country: bool = False,
) -> dict[PeopleKey, Actual]:
    """{(definition, start, end, country): Actual} of distinct-participant definitions, in one query.

    For one country or all (country None): every definition and window has its Actual. With
    `by_country`, one per activity country that had any attendance in the windows.
    """
    query, pairs = distinct_people_query(
        project_id, comps, windows, country, by_country, sources=figure_sources(session)
    )
    counts: dict[str | None, list[dict[str, int]]] = {}
    if not by_country:
        counts[country] = [dict.fromkeys(SEXES, 0) for _ in pairs]
    for row in session.execute(query):
        scope, sex, sums = (row[0], row[1], row[2:]) if by_country else (country, row[0], row[1:])
        per_pair = counts.setdefault(scope, [dict.fromkeys(SEXES, 0) for _ in pairs])
        for by_sex, total in zip(per_pair, sums, strict=True):
            by_sex[_sex_key(sex)] = int(total or 0)
    return {
        (c, s, e, scope): Actual(value=sum(by_sex.values()), by_sex=by_sex)
        for scope, per_pair in counts.items()
        for (c, s, e), by_sex in zip(pairs, per_pair, strict=True)
    }


def prefetch_people(
    session: Session,
    project_id: uuid.UUID,
    comps: Iterable[Computation],
    windows: Iterable[tuple[date, date]],
    scopes: Iterable[str | None],
) -> None:
    """Within `shared_queries()`, count the distinct people of every definition, window and scope (a
    country, or None for all) ahead: one query for all countries and one for the total, instead of one
    per figure. `computed_actual` then answers from the memo; outside the block this does nothing."""
    memo = _MEMO.get()
    comps = [c for c in dict.fromkeys(comps) if c.kind == DISTINCT_PARTICIPANTS]
    windows, scopes = list(dict.fromkeys(windows)), list(dict.fromkeys(scopes))
    if memo is None or not comps or not windows or not scopes:
        return
    found: dict[PeopleKey, Actual] = {}
    countries = [s for s in scopes if s is not None]
    if len(countries) == 1:
        found.update(distinct_people(session, project_id, comps, windows, country=countries[0]))
    elif countries:
        found.update(distinct_people(session, project_id, comps, windows, by_country=True))
    if None in scopes:
        found.update(distinct_people(session, project_id, comps, windows))
    nobody = Actual(value=0, by_sex=dict.fromkeys(SEXES, 0))
    for c in comps:
        for s, e in windows:
            for scope in scopes:
                actual = found.get((c, s, e, scope))
                memo.setdefault(
                    (c, project_id, s, e, scope), actual or replace(nobody, by_sex=dict(nobody.by_sex))
                )


def people_by_period(
    session: Session,
    project_id: uuid.UUID,
    comps: Sequence[Computation],
    periods: Sequence[tuple[date, date]],
    cumulative_start: date,
    scopes: Sequence[str | None],
) -> dict[PeopleKey, Actual]:
    """The distinct people of several definitions for a run of consecutive periods, each period's own window
    (start..end) and its cumulative one (`cumulative_start`..end), per scope (a country, or None for all).

    What `distinct_people` asks with one flag per definition and window, this asks once per period: each
    person's attendance rows become one row per activity country and period with a flag per definition
    (did any row qualify?). The own windows count the people flagged in the period; the cumulative ones
    the people whose first flagged period is this one or an earlier one; all countries count a person once.
    """
    sources = figure_sources(session)
    Attendance, Participant = sources.attendance, sources.participant  # noqa: N806
    when = activity_date()
    first_start = min(periods[0][0], cumulative_start)
    index = case((when < periods[0][0], -1), *((when <= e, i) for i, (_s, e) in enumerate(periods)), else_=-2)
    early = case((when < cumulative_start, 1), else_=0)

    def row_conditions(comp: Computation) -> list:
        return [*_activity_conditions(comp), *_attendance_conditions(comp, sources, organization=False)]

    flags = [func.max(case((and_(true(), *row_conditions(c)), 1), else_=0)).label(f"f{i}")
             for i, c in enumerate(comps)]  # fmt: skip
    countries = [s for s in scopes if s is not None]
    inner = (
        select(
            Attendance.participant_id.label("pid"),
            Activity.country_code.label("country"),
            index.label("k"),
            early.label("early"),
            *flags,
        )  # fmt: skip
        .select_from(Attendance)
        .join(Activity, Activity.id == Attendance.activity_id)
        .where(
            Activity.project_id == project_id,
            when.between(first_start, periods[-1][1]),
            or_(*(and_(true(), *row_conditions(c)) for c in comps)),
        )
    )
    if None not in scopes and len(countries) == 1:
        inner = inner.where(Activity.country_code == countries[0])
    people = inner.group_by("pid", "country", "k", "early").subquery()
    with_orgs = any(c.organization_types for c in comps)
    columns = [people.c.pid, people.c.country, people.c.k, people.c.early, Participant.sex]
    columns += [Organization.type] if with_orgs else []
    query = (
        select(*columns, *(people.c[f"f{i}"] for i in range(len(comps))))
        .select_from(people)
        .join(Participant, Participant.id == people.c.pid)
    )
    if with_orgs:
        query = query.outerjoin(Organization, Organization.id == Participant.organization_id)
    wanted = set(countries)
    own: dict[tuple, set] = defaultdict(set)  # (comp index, period index, scope) → people
    first: dict[tuple, int] = {}  # (comp index, scope, person) → first period flagged (cumulative)
    sexes: dict = {}
    for row in session.execute(query):
        pid, country, k, is_early, sex = row[:5]
        org = getattr(row[5], "value", row[5]) if with_orgs else None
        values = row[6:] if with_orgs else row[5:]
        if k == -2:
            continue
        sexes[pid] = _sex_key(sex)
        for ci, (comp, flagged) in enumerate(zip(comps, values, strict=True)):
            if not flagged or (comp.organization_types and org not in comp.organization_types):
                continue
            for scope in (country, None):
                if scope is not None and scope not in wanted:
                    continue
                if k >= 0:
                    own[(ci, k, scope)].add(pid)
                if not is_early:
                    key = (ci, scope, pid)
                    if first.get(key, len(periods)) > k:
                        first[key] = k
    starts: dict[tuple, dict[str, int]] = defaultdict(lambda: dict.fromkeys(SEXES, 0))
    for (ci, scope, pid), k in first.items():
        starts[(ci, scope, max(k, 0))][sexes[pid]] += 1
    found: dict[PeopleKey, Actual] = {}
    for ci, comp in enumerate(comps):
        for scope in scopes:
            running = dict.fromkeys(SEXES, 0)
            for k, (s, e) in enumerate(periods):
                mine = dict.fromkeys(SEXES, 0)
                for pid in own.get((ci, k, scope), ()):
                    mine[sexes[pid]] += 1
                found[(comp, s, e, scope)] = Actual(value=sum(mine.values()), by_sex=mine)
                for sex, n in starts.get((ci, scope, k), {}).items():
                    running[sex] += n
                cumulative = Actual(value=sum(running.values()), by_sex=dict(running))
                found[(comp, cumulative_start, e, scope)] = cumulative
    return found


def prefetch_people_by_period(
    session: Session,
    project_id: uuid.UUID,
    comps: Iterable[Computation],
    periods: Sequence[tuple[date, date]],
    cumulative_start: date,
    scopes: Iterable[str | None],
) -> None:
    """Within `shared_queries()`, `people_by_period` ahead for every distinct-participant definition."""
    memo = _MEMO.get()
    comps = [c for c in dict.fromkeys(comps) if c.kind == DISTINCT_PARTICIPANTS]
    scopes = list(dict.fromkeys(scopes))
    if memo is None or not comps or not periods or not scopes:
        return
    for (c, s, e, scope), actual in people_by_period(
        session, project_id, comps, periods, cumulative_start, scopes
    ).items():
        memo.setdefault((c, project_id, s, e, scope), actual)


# Indicators that share a definition (the same people, counted for several results) ask the same
# question; within one computation of a report or a table the answer cannot change, so ask once.
_MEMO: ContextVar[dict | None] = ContextVar("flare_monitor_actuals_memo", default=None)


@contextmanager
def shared_queries() -> Iterator[None]:
    """Within this block, identical computed-actual queries run once (nested blocks share the memo)."""
    if _MEMO.get() is not None:
        yield
        return
    token = _MEMO.set({})
    try:
        yield
    finally:
        _MEMO.reset(token)
