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
_TABLE_WORDS = {
    "activity": "activities",
    "activity_partner": "activity partners",
    "attendance": "attendance",
    "indicator_value": "reported values",
    "indicator_target": "targets",
    "narrative": "narratives",
    "period_status": "submissions",
}


@dataclass(frozen=True)
class Cause:
    """One cause of drift: what was corrected, by whom and when, and the countries it touched."""

    text: str
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
    causes: tuple[str, ...]

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


# ----------------------------------------------------------------------------------------- causes


def _day(at: datetime) -> str:
    return f"{at:%Y-%m-%d}"


def _cause_text(entry: AuditEntry) -> str:
    changes = entry.changes or {}
    kind = changes.get("kind")
    fields = changes.get("fields") or {}
    who = f"by {entry.user} on {_day(entry.at)}"
    source = f" (package {changes['source']})" if changes.get("source") else ""
    rows = int(changes.get("rows") or 1)
    if kind == "sex":
        old, new = (fields.get("sex") or [None, None])[:2]
        what = (
            f"a participant's sex corrected ({old} → {new})"
            if rows == 1
            else f"{rows} participants' sex corrected"
        )
    elif kind == "organization":
        what = (
            "a participant's organization changed"
            if rows == 1
            else f"{rows} participants' organization changed"
        )
    elif kind == "organization_type":
        old, new = (fields.get("type") or [None, None])[:2]
        what = f"an organization's type corrected ({old} → {new})"
    elif kind == "merge":
        what = "two participant records merged"
    else:
        table = _TABLE_WORDS.get(changes.get("table"), str(changes.get("table")).replace("_", " "))
        what = f"{table} of an earlier period changed ({rows} record{'s' if rows != 1 else ''})"
    return f"{what} {who}{source}"


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


def _definition_changes(session: Session, lock: PeriodLock) -> dict[str, str]:
    """Indicators whose definition changed since the lock: {indicator id: cause text}."""
    entries = session.execute(
        select(AuditEntry.entity_id, AuditEntry.user, AuditEntry.at).where(
            AuditEntry.entity == "indicator",
            AuditEntry.action == AuditAction.UPDATE,
            AuditEntry.at >= lock.updated_at,
        )
    ).all()
    return {i: f"the indicator's definition changed by {user} on {_day(at)}" for i, user, at in entries}


# ----------------------------------------------------------------------------------------- figures


def _numbers(figure) -> tuple:
    data = figure.as_json()
    return tuple(repr(data.get(key)) for key in _COMPARED)


def _from_json(data: dict, live) -> Any:
    """The stored figure as an IndicatorFigure (the live one gives the type and today's period label)."""
    values = {key: data.get(key) for key in _FIGURE_KEYS}
    values["result_code"] = data.get("result")
    return dataclasses.replace(live, **values)


class Submitted:
    """The submitted figures of the locked periods a computation asks for (one lookup per period)."""

    def __init__(self, session: Session, project: Project):
        self.session = session
        self.project = project
        self._by_period: dict[tuple, tuple[PeriodLock | None, dict, list[Cause], dict[str, str]]] = {}

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

    def figure(self, live, period: Period, country: str | None):
        """The submitted figure in place of `live` when the period is locked; else `live` itself."""
        lock, stored, causes, redefined = self._period(period)
        data = stored.get((live.indicator_id, country)) if lock is not None else None
        if data is None:
            return live
        figure = _from_json(data, live)
        if _numbers(figure) == _numbers(live):
            return dataclasses.replace(figure, submitted=True)
        why = [c.text for c in causes if c.applies_to(country)]
        if str(live.indicator_id) in redefined:
            why.append(redefined[str(live.indicator_id)])
        if not why:
            why = ["no correction was noted (e.g. figures of an earlier period or a definition changed)"]
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
