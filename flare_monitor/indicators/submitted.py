"""The figures of a locked period as they were submitted, today's figures beside them, and why they
differ (`period drift`).

Locking a period stores every figure the engine gives for it — each indicator, each country and all
countries, with its breakdown by sex (db.project.PeriodFigure). From then on the engine answers for that
period with the stored figure, marked `submitted`, so every reader (the Results page, the quality page,
the report, `indicators --json`) shows what the donor received without knowing about locks. Where the
register has been corrected since (a person's sex, an organization's type, two records merged — the
corrections a lock lets through), the figure carries today's figure as `today` and the causes the lock's
guard noted (db.period_guard) as `drift`.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from flare_monitor.db.audit import AuditEntry
from flare_monitor.db.base import utcnow
from flare_monitor.db.enums import AuditAction
from flare_monitor.db.models import PeriodFigure, PeriodLock, Project
from flare_monitor.db.period_guard import DRIFT_ENTITY
from flare_monitor.i18n import Message, Term, _, ngettext
from flare_monitor.indicators.periods import Period

# What a difference between the submitted and today's figure is measured on.
_COMPARED = ("actual", "by_sex", "cumulative_actual", "cumulative_by_sex", "numerator", "denominator")
# IndicatorFigure fields kept under the same name in its JSON.
_FIGURE_KEYS = (
    "code", "name", "unit", "direction", "cumulative", "computed", "is_key", "baseline", "target", "actual",
    "by_sex", "cumulative_actual", "cumulative_by_sex", "cumulative_target", "lop_target",
    "percent_of_target",
    "percent_of_cumulative_target", "percent_of_lop_target", "status", "numerator", "denominator",
    "numerator_by_sex", "denominator_by_sex", "values_status",
)  # fmt: skip


@dataclass(frozen=True)
class Cause:
    """One cause of drift: what was corrected, by whom and when, and the countries it touched."""

    text: Message
    countries: tuple[str, ...]
    at: datetime

    def applies_to(self, country: str | None) -> bool:
        return country is None or not self.countries or country in self.countries

    def as_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "countries": list(self.countries),
            "at": self.at.isoformat(timespec="seconds"),
        }


@dataclass(frozen=True)
class DriftRow:
    indicator: str
    name: str
    country: str | None
    measure: str  # "actual", "cumulative", or one sex of either: "actual female"
    submitted: float | None
    today: float | None
    causes: tuple[Message, ...]

    def as_json(self) -> dict[str, Any]:
        return {
            "indicator": self.indicator,
            "name": self.name,
            "country": self.country,
            "measure": self.measure,
            "submitted": self.submitted,
            "today": self.today,
            "causes": list(self.causes),
        }


@dataclass
class Drift:
    project: str
    period: str
    locked: bool
    locked_by: str | None = None
    locked_at: datetime | None = None
    rows: list[DriftRow] = field(default_factory=list)
    causes: list[Cause] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "project": self.project,
            "period": self.period,
            "locked": self.locked,
            "locked_by": self.locked_by,
            "locked_at": self.locked_at.isoformat(timespec="seconds") if self.locked_at else None,
            "differences": [r.as_json() for r in self.rows],
            "causes": [c.as_json() for c in self.causes],
        }


# ----------------------------------------------------------------------------------------- storing


def lock_of(session: Session, project: Project, period: Period) -> PeriodLock | None:
    """The lock of exactly these dates, if the period is locked (under this label or another)."""
    return session.scalars(
        select(PeriodLock).where(
            PeriodLock.project_id == project.id,
            PeriodLock.locked.is_(True),
            PeriodLock.period_start == period.start,
            PeriodLock.period_end == period.end,
        )
    ).first()


def store_figures(session: Session, lock: PeriodLock, reports: dict) -> int:
    """Keep the figures of `reports` ({country or None: IndicatorReport}) as the lock's submitted figures,
    replacing any kept at an earlier lock of the same period. Returns how many were stored."""
    session.execute(PeriodFigure.__table__.delete().where(PeriodFigure.lock_id == lock.id))
    now = utcnow()
    rows = [
        {
            "id": uuid.uuid4(),
            "lock_id": lock.id,
            "indicator_id": figure.indicator_id,
            "indicator_code": figure.code,
            "country_code": country,
            "figure": figure.as_json(),
            "stored_at": now,
        }
        for country, report in reports.items()
        for figure in report.figures
    ]
    if rows:
        session.execute(insert(PeriodFigure), rows)
    return len(rows)


def _stored(session: Session, lock_id: uuid.UUID) -> dict[tuple[uuid.UUID, str | None], dict]:
    query = select(PeriodFigure.indicator_id, PeriodFigure.country_code, PeriodFigure.figure).where(
        PeriodFigure.lock_id == lock_id
    )
    return {(i, c): f for i, c, f in session.execute(query)}


# The training tables of a locked period (people trained by agency type and sex, each training's participants
# by sex) are kept beside the indicators' figures: one row per country under this id, which no indicator has.
TRAINED_ID = uuid.UUID("5e1f7a1b-7c1d-5b7e-9a4e-70eed0000001")
TRAINED_CODE = "people_trained"


def trained_tables(session: Session, project: Project, period: Period) -> dict[str, dict[str, Any]]:
    """Today's training tables of the period per country: {country: {"by_agency": {agency type: {sex: n}},
    "trainings": {activity code: {sex: n}}}} — by the one definition of trained (indicators.overview)."""
    from flare_monitor.indicators.overview import trained_by_agency, training_participants

    agency = trained_by_agency(session, project.id, period.start, period.end)
    trainings = training_participants(session, project.id, period.start, period.end)
    return {
        country: {"by_agency": agency.get(country, {}), "trainings": trainings.get(country, {})}
        for country in sorted(set(agency) | set(trainings))
    }


def store_trained(session: Session, lock: PeriodLock, tables: dict[str, dict[str, Any]]) -> int:
    """Keep the training tables (`trained_tables`) as submitted, one row per country."""
    rows = [
        {
            "id": uuid.uuid4(),
            "lock_id": lock.id,
            "indicator_id": TRAINED_ID,
            "indicator_code": TRAINED_CODE,
            "country_code": country,
            "figure": table,
            "stored_at": utcnow(),
        }
        for country, table in tables.items()
    ]
    if rows:
        session.execute(insert(PeriodFigure), rows)
    return len(rows)


@dataclass(frozen=True)
class TrainedAsSubmitted:
    """The training tables of a locked period as submitted, and the corrections noted since the lock."""

    locked_by: str
    locked_at: datetime
    tables: dict[str, dict[str, Any]]  # as `trained_tables` (a country without trainings is absent)
    causes: list[Cause]

    def of(self, country: str) -> dict[str, Any]:
        return self.tables.get(country) or {"by_agency": {}, "trainings": {}}

    def causes_in(self, country: str) -> tuple[Message, ...]:
        return tuple(c.text for c in self.causes if c.applies_to(country))


def trained_as_submitted(session: Session, project: Project, period: Period) -> TrainedAsSubmitted | None:
    """The training tables kept when the period was locked (None: not locked, or locked before they were
    kept)."""
    lock = lock_of(session, project, period)
    if lock is None:
        return None
    rows = session.execute(
        select(PeriodFigure.country_code, PeriodFigure.figure).where(
            PeriodFigure.lock_id == lock.id, PeriodFigure.indicator_id == TRAINED_ID
        )
    ).all()
    if not rows:
        return None
    return TrainedAsSubmitted(
        lock.changed_by,
        lock.updated_at,
        {country: figure for country, figure in rows},
        drift_causes(session, lock),
    )


# ----------------------------------------------------------------------------------------- causes


def _table_words(table: str | None) -> Message:
    words = {
        "activity": _("activities"),
        "activity_partner": _("activity partners"),
        "attendance": _("attendance"),
        "indicator_value": _("reported values"),
        "indicator_target": _("targets"),
        "narrative": _("narratives"),
        "period_status": _("submissions"),
    }
    return words.get(table) or _("{table}", table=str(table).replace("_", " "))


def _cause_text(entry: AuditEntry) -> Message:
    changes = entry.changes or {}
    kind = changes.get("kind")
    fields = changes.get("fields") or {}
    rows = int(changes.get("rows") or 1)
    if kind == "sex":
        old, new = (fields.get("sex") or [None, None])[:2]
        what = (
            _(
                "a participant's sex corrected from {old} to {new}",
                old=Term(old, lower=True),
                new=Term(new, lower=True),
            )
            if rows == 1
            else ngettext("{count} participant's sex corrected", "{count} participants' sex corrected", rows)
        )
    elif kind == "organization":
        what = (
            _("a participant's organization changed")
            if rows == 1
            else ngettext(
                "{count} participant's organization changed",
                "{count} participants' organization changed",
                rows,
            )
        )
    elif kind == "organization_type":
        old, new = (fields.get("type") or [None, None])[:2]
        what = _(
            "an organization's type corrected from {old} to {new}",
            old=Term(old, lower=True),
            new=Term(new, lower=True),
        )
    elif kind == "merge":
        what = _("two participant records merged")
    else:
        what = ngettext(
            "{table} of an earlier period changed ({count} record)",
            "{table} of an earlier period changed ({count} records)",
            rows,
            table=_table_words(changes.get("table")),
        )
    if changes.get("source"):
        return _(
            "{what} by {user} on {day} (package {package})",
            what=what,
            user=entry.user,
            day=entry.at.date(),
            package=changes["source"],
        )
    return _("{what} by {user} on {day}", what=what, user=entry.user, day=entry.at.date())


def drift_causes(session: Session, lock: PeriodLock) -> list[Cause]:
    """The corrections noted since the period was (last) locked, in time order, repeated ones merged."""
    entries = session.scalars(
        select(AuditEntry)
        .where(
            AuditEntry.entity == DRIFT_ENTITY,
            AuditEntry.entity_id == str(lock.id),
            AuditEntry.at >= lock.updated_at,
        )
        .order_by(AuditEntry.at, AuditEntry.id)
    ).all()
    merged: dict[str, Cause] = {}
    for entry in entries:
        text = _cause_text(entry)
        countries = tuple(sorted(set((entry.changes or {}).get("countries") or ())))
        before = merged.get(text)
        if before is not None:
            countries = tuple(sorted(set(before.countries) | set(countries)))
            merged[text] = Cause(text, countries, before.at)
        else:
            merged[text] = Cause(text, countries, entry.at)
    return list(merged.values())


def _definition_changes(session: Session, lock: PeriodLock) -> dict[str, Message]:
    """Indicators whose definition changed since the lock: {indicator id: cause text}."""
    entries = session.execute(
        select(AuditEntry.entity_id, AuditEntry.user, AuditEntry.at).where(
            AuditEntry.entity == "indicator",
            AuditEntry.action == AuditAction.UPDATE,
            AuditEntry.at >= lock.updated_at,
        )
    ).all()
    return {
        i: _("the indicator's definition changed by {user} on {day}", user=user, day=at.date())
        for i, user, at in entries
    }


# ----------------------------------------------------------------------------------------- figures


def _numbers(figure) -> tuple:
    data = figure.as_json()
    return tuple(repr(data.get(key)) for key in _COMPARED)


def _from_json(data: dict, live) -> Any:
    """The stored figure as an IndicatorFigure (the live one gives the type and today's period label)."""
    values = {key: data.get(key) for key in _FIGURE_KEYS}
    values["result_code"] = data.get("result")
    values["status_basis"] = data.get("status_basis") or live.status_basis
    values["notes"] = tuple(data.get("notes") or ())
    return dataclasses.replace(live, **values)


def _own_only(figure, project: Project):
    """A submitted figure reduced to its period's own figures, its status judged on them alone."""
    from flare_monitor.indicators import achievement

    status = achievement.status_to_date(
        figure.actual, figure.target, None, None, cumulative=False, direction=figure.direction,
        on_track_tolerance=project.on_track_tolerance,
        needs_attention_tolerance=project.needs_attention_tolerance,
    )  # fmt: skip
    return dataclasses.replace(
        figure, cumulative_actual=None, cumulative_by_sex=None, cumulative_target=None,
        percent_of_cumulative_target=None, percent_of_lop_target=None, status=status, status_basis="period",
    )  # fmt: skip


class Submitted:
    """The submitted figures of the locked periods a computation asks for (one lookup per period)."""

    def __init__(self, session: Session, project: Project):
        self.session = session
        self.project = project
        self._by_period: dict[tuple, tuple[PeriodLock | None, dict, list[Cause], dict[str, Message]]] = {}
        self._books: tuple | None = None

    def _period(self, period: Period):
        key = (period.start, period.end)
        if key not in self._by_period:
            lock = lock_of(self.session, self.project, period)
            if lock is None:
                self._by_period[key] = (None, {}, [], {})
            else:
                self._by_period[key] = (
                    lock,
                    _stored(self.session, lock.id),
                    drift_causes(self.session, lock),
                    _definition_changes(self.session, lock),
                )
        return self._by_period[key]

    def locked(self, period: Period) -> bool:
        return self._period(period)[0] is not None

    def books(self, indicators: list) -> tuple:
        """Every value (drafts included) and target of these indicators, read once: today's figures of a
        locked period, to compare with the submitted ones, count what was submitted."""
        if self._books is None:
            from flare_monitor.indicators.engine import _books

            self._books = _books(self.session, indicators, approved_only=False)
        return self._books

    def figure(self, live, period: Period, country: str | None, *, own_only: bool = False):
        """The submitted figure in place of `live` when the period is locked; else `live` itself. With
        `own_only` (a table of each period's own figures), the cumulative figures stay out, as in `live`."""
        lock, stored, causes, redefined = self._period(period)
        data = stored.get((live.indicator_id, country)) if lock is not None else None
        if data is None:
            return live
        figure = _from_json(data, live)
        if own_only:
            figure = _own_only(figure, self.project)
        if _numbers(figure) == _numbers(live):
            return dataclasses.replace(figure, submitted=True)
        why = [c.text for c in causes if c.applies_to(country)]
        if str(live.indicator_id) in redefined:
            why.append(redefined[str(live.indicator_id)])
        if not why:
            why = [_("no correction was noted (e.g. figures of an earlier period or a definition changed)")]
        return dataclasses.replace(figure, submitted=True, today=live, drift=tuple(why))


# ----------------------------------------------------------------------------------------- drift


def measures(figure) -> list[tuple[str, float | None]]:
    out = [("actual", figure.actual), ("cumulative", figure.cumulative_actual)]
    for prefix, by_sex in (("actual", figure.by_sex), ("cumulative", figure.cumulative_by_sex)):
        for sex, value in (by_sex or {}).items():
            out.append((f"{prefix} {sex}", value))
    return out


def drift_rows(figures_by_country: dict) -> list[DriftRow]:
    """Every measure whose submitted value differs from today's, per indicator and country."""
    rows = []
    for country, report in figures_by_country.items():
        for figure in report.figures:
            if figure.today is None:
                continue
            today = dict(measures(figure.today))
            for measure, value in measures(figure):
                now = today.get(measure)
                if clean_number(value) != clean_number(now):
                    rows.append(
                        DriftRow(
                            figure.code,
                            figure.name,
                            country,
                            measure,
                            clean_number(value),
                            clean_number(now),
                            figure.drift,
                        )
                    )
    return sorted(rows, key=lambda r: (r.country or "", r.indicator, r.measure))


def clean_number(value):
    if value is None:
        return None
    rounded = round(float(value), 6)
    return int(rounded) if rounded.is_integer() else rounded


def causes_by_country(causes: list[Cause]) -> dict[str | None, list[Cause]]:
    grouped: dict[str | None, list[Cause]] = defaultdict(list)
    for cause in causes:
        for country in cause.countries or (None,):
            grouped[country].append(cause)
    return grouped
