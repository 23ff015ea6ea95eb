"""The declarative definition of an indicator counted from the register.

`Indicator.computation` holds a small JSON object such as::

    {"kind": "distinct_participants", "activity_types": ["training"],
     "organization_types": ["law_enforcement", "judiciary"], "min_attendance_share": 0.5}

`parse_computation` turns it into a frozen `Computation` and refuses anything it does not
understand with a message an M&E officer can act on: a typo in a key or a value would otherwise
silently count the wrong people in a donor report.

Keys (all optional except ``kind``):

- ``activity_types``: activity types counted; left out = every type.
- ``activity_statuses``: default ``["completed"]``; planned trainings have trained nobody yet.
- ``organization_types``: participants' organization types; when given, people without an
  organization are not counted. Left out = anyone.
- ``countries``: ISO codes of the activities' countries; left out = every country of the project.
- ``roles``: attendance roles counted, default ``["participant"]`` (facilitators were not trained).
- ``min_attendance_share``: 0..1 share of the activity's days a person must have attended.
- ``completed_only``: only attendance marked completed.
- ``period_date``: which date of an activity places it in a period: ``"start"`` (the default; a
  training counts when it happens) or ``"end"`` (a six-month study counts when it is completed). The
  actual date is used when known, else the planned one.

An empty list is refused rather than read as "nothing" or "everything": leave the key out instead.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import pycountry

from flare_monitor.db.enums import (
    ActivityStatus,
    ActivityType,
    AttendanceRole,
    IndicatorUnit,
    OrganizationType,
)
from flare_monitor.errors import ValidationError
from flare_monitor.i18n import Term, _

DISTINCT_PARTICIPANTS = "distinct_participants"
ACTIVITY_COUNT = "activity_count"
TEST_IMPROVEMENT = "test_improvement"
DISTINCT_ORGANIZATIONS = "distinct_organizations"
KINDS = (DISTINCT_PARTICIPANTS, ACTIVITY_COUNT, TEST_IMPROVEMENT, DISTINCT_ORGANIZATIONS)

# Kinds that count people, so their figures are broken down by sex.
PEOPLE_KINDS = (DISTINCT_PARTICIPANTS, TEST_IMPROVEMENT)
# Filters on who attended: meaningless when counting activities, so refused there to avoid surprises.
_ATTENDANCE_KEYS = ("organization_types", "roles", "min_attendance_share", "completed_only")
_LIST_KEYS = ("activity_types", "activity_statuses", "organization_types", "countries", "roles")
_KEYS = ("kind", *_LIST_KEYS, "min_attendance_share", "completed_only", "period_date")

# Which date of an activity places it in a period.
PERIOD_START = "start"
PERIOD_END = "end"
PERIOD_DATES = (PERIOD_START, PERIOD_END)

_DEFAULT_STATUSES = (ActivityStatus.COMPLETED.value,)
_DEFAULT_ROLES = (AttendanceRole.PARTICIPANT.value,)


@dataclass(frozen=True)
class Computation:
    """A validated computation; empty tuples mean "no filter" (only possible by leaving a key out)."""

    kind: str
    activity_types: tuple[str, ...] = ()
    activity_statuses: tuple[str, ...] = _DEFAULT_STATUSES
    organization_types: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    roles: tuple[str, ...] = _DEFAULT_ROLES
    min_attendance_share: float | None = None
    completed_only: bool = False
    period_date: str = PERIOD_START

    @property
    def about_people(self) -> bool:
        return self.kind in PEOPLE_KINDS

    @property
    def is_ratio(self) -> bool:
        return self.kind == TEST_IMPROVEMENT

    def to_json(self) -> dict[str, Any]:
        """The canonical JSON for `Indicator.computation` (defaults written out, for the editor)."""
        data: dict[str, Any] = {"kind": self.kind}
        if self.activity_types:
            data["activity_types"] = list(self.activity_types)
        data["activity_statuses"] = list(self.activity_statuses)
        if self.countries:
            data["countries"] = list(self.countries)
        if self.kind != ACTIVITY_COUNT:
            if self.organization_types:
                data["organization_types"] = list(self.organization_types)
            data["roles"] = list(self.roles)
            if self.min_attendance_share is not None:
                data["min_attendance_share"] = self.min_attendance_share
            data["completed_only"] = self.completed_only
        data["period_date"] = self.period_date
        return data


def _names(enum: type[StrEnum]) -> str:
    return ", ".join(m.value for m in enum)


def _enum_list(data: dict, key: str, enum: type[StrEnum]) -> tuple[str, ...]:
    raw = _list(data, key)
    allowed = {m.value for m in enum}
    result: list[str] = []
    for item in raw:
        value = item.strip().lower() if isinstance(item, str) else item
        if value not in allowed:
            raise ValidationError(
                _(
                    "computation: {key} contains '{item}', which is not one of {names}",
                    key=key,
                    item=str(item),
                    names=_names(enum),
                ),
                key,
            )
        if value not in result:
            result.append(value)
    return tuple(result)


def _list(data: dict, key: str) -> list:
    raw = data[key]
    if not isinstance(raw, list | tuple):
        raise ValidationError(
            _(
                "computation: {key} must be a list, e.g. [\"{example}\"], not '{raw}'",
                key=key,
                example=key[:-1],
                raw=str(raw),
            ),
            key,
        )
    if not raw:
        raise ValidationError(
            _("computation: {key} is an empty list; leave the key out to use its default", key=key), key
        )
    return list(raw)


def _countries(data: dict) -> tuple[str, ...]:
    result: list[str] = []
    for item in _list(data, "countries"):
        code = item.strip().upper() if isinstance(item, str) else ""
        if len(code) != 2 or pycountry.countries.get(alpha_2=code) is None:
            raise ValidationError(
                _(
                    "computation: countries contains '{item}', which is not an ISO 3166-1 code (e.g. PK)",
                    item=str(item),
                ),
                "countries",
            )
        if code not in result:
            result.append(code)
    return tuple(result)


def _share(value: Any) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValidationError(
            _(
                "computation: min_attendance_share must be a number from 0 to 1, not '{value}'",
                value=str(value),
            ),
            "min_attendance_share",
        )
    if not 0 <= value <= 1:
        raise ValidationError(
            _(
                "computation: min_attendance_share must be from 0 to 1 (0.5 = half the days), not {value}",
                value=value,
            ),
            "min_attendance_share",
        )
    return float(value)


def parse_computation(data: Any, unit: IndicatorUnit | str | None = None) -> Computation:
    """Validate the stored JSON; with `unit`, also check the kind suits the indicator's unit."""
    if isinstance(data, Computation):
        return data
    if not isinstance(data, dict):
        raise ValidationError(
            _("computation: expected a JSON object with a 'kind', not '{data}'", data=str(data)), "kind"
        )
    unknown = sorted(str(k) for k in data if k not in _KEYS)
    if unknown:
        raise ValidationError(
            _(
                "computation: unknown key {unknown} (allowed: {allowed})",
                unknown=", ".join(repr(k) for k in unknown),
                allowed=", ".join(_KEYS),
            ),
            unknown[0],
        )
    kind = data.get("kind")
    if kind not in KINDS:
        raise ValidationError(
            _("computation: kind '{kind}' is not one of {items}", kind=str(kind), items=", ".join(KINDS)),
            "kind",
        )
    if kind == ACTIVITY_COUNT:
        misplaced = [k for k in _ATTENDANCE_KEYS if k in data]
        if misplaced:
            raise ValidationError(
                _(
                    "computation: {misplaced} filters attendance and does not apply to {activity_count}",
                    misplaced=misplaced[0],
                    activity_count=ACTIVITY_COUNT,
                ),
                misplaced[0],
            )
    completed_only = data.get("completed_only", False)
    if not isinstance(completed_only, bool):
        raise ValidationError(
            _(
                "computation: completed_only must be true or false, not '{completed_only}'",
                completed_only=str(completed_only),
            ),
            "completed_only",
        )
    period_date = data.get("period_date", PERIOD_START)
    if period_date not in PERIOD_DATES:
        raise ValidationError(
            f"computation: period_date must be start or end (the activity's date that places it in a "
            f"period), not {period_date!r}",
            "period_date",
        )
    computation = Computation(
        kind=kind,
        activity_types=_enum_list(data, "activity_types", ActivityType) if "activity_types" in data else (),
        activity_statuses=(
            _enum_list(data, "activity_statuses", ActivityStatus)
            if "activity_statuses" in data
            else _DEFAULT_STATUSES
        ),
        organization_types=(
            _enum_list(data, "organization_types", OrganizationType) if "organization_types" in data else ()
        ),
        countries=_countries(data) if "countries" in data else (),
        roles=_enum_list(data, "roles", AttendanceRole) if "roles" in data else _DEFAULT_ROLES,
        min_attendance_share=_share(data.get("min_attendance_share")),
        completed_only=completed_only,
        period_date=period_date,
    )
    if unit is not None:
        check_unit(computation, unit)
    return computation


def check_unit(computation: Computation, unit: IndicatorUnit | str) -> None:
    """Counts need a number unit and test improvement a percentage; anything else misreports."""
    unit = IndicatorUnit(unit)
    expected = IndicatorUnit.PERCENTAGE if computation.is_ratio else IndicatorUnit.NUMBER
    if unit != expected:
        raise ValidationError(
            _(
                "computation: {kind} gives a {gives}, but the indicator's unit is {unit}",
                kind=computation.kind,
                gives=Term(expected.value, lower=True),
                unit=Term(unit.value, lower=True),
            ),
            "unit",
        )
