"""Percent of target achieved and the traffic-light status of an indicator.

Thresholds come from the project (`on_track_tolerance`, default 0.15, and
`needs_attention_tolerance`, default 0.35), as in Mercy Corps' tool where ±15 % is on track.

- direction "increase": ratio = actual / target; ratio ≥ 1 − on_track → on_track,
  ≥ 1 − needs_attention → needs_attention, else off_track.
- direction "decrease" (fewer cases is better): actual ≤ target × (1 + on_track) → on_track,
  ≤ target × (1 + needs_attention) → needs_attention, else off_track.
- no target → no_target. A target but no reported actual → off_track: a donor reads a missing
  figure as a missed one, and the quality rules say what is missing.
- an "increase" target of 0 is met by any actual (percent stays None: it would divide by zero).

The status of a figure (`status_to_date`): a cumulative indicator is judged by its cumulative actual
against the cumulative target to date (the targets from the project's start to the period's end), any
other by the period's actual against the period's target. A period whose target is 0 and in which
nothing was achieved is on track: nothing was due in it, whatever happened before.

Comparisons allow a relative 1e-9 slack: 1 − 0.15 is 0.8500000000000001 in floating point, and
exactly 85 % of target must be on track.
"""

from __future__ import annotations

from flare_monitor.db.enums import Direction

ON_TRACK = "on_track"
NEEDS_ATTENTION = "needs_attention"
OFF_TRACK = "off_track"
NO_TARGET = "no_target"
STATUSES = (ON_TRACK, NEEDS_ATTENTION, OFF_TRACK, NO_TARGET)

DEFAULT_ON_TRACK_TOLERANCE = 0.15
DEFAULT_NEEDS_ATTENTION_TOLERANCE = 0.35
_EPSILON = 1e-9


def percent_of(actual: float | None, target: float | None) -> float | None:
    """100 × actual / target, or None when either is missing or the target is 0."""
    if actual is None or target is None or target == 0:
        return None
    return 100.0 * actual / target


def _at_least(value: float, bound: float) -> bool:
    return value >= bound - _EPSILON * max(1.0, abs(bound))


def _at_most(value: float, bound: float) -> bool:
    return value <= bound + _EPSILON * max(1.0, abs(bound))


def status_of(
    actual: float | None,
    target: float | None,
    direction: Direction | str = Direction.INCREASE,
    on_track_tolerance: float | None = DEFAULT_ON_TRACK_TOLERANCE,
    needs_attention_tolerance: float | None = DEFAULT_NEEDS_ATTENTION_TOLERANCE,
) -> str:
    """The status of `actual` against `target` (see the module docstring for the rules)."""
    if target is None:
        return NO_TARGET
    if actual is None:
        return OFF_TRACK
    on_tol = DEFAULT_ON_TRACK_TOLERANCE if on_track_tolerance is None else on_track_tolerance
    na_tol = (
        DEFAULT_NEEDS_ATTENTION_TOLERANCE if needs_attention_tolerance is None else needs_attention_tolerance
    )
    if Direction(direction) == Direction.DECREASE:
        if _at_most(actual, target * (1 + on_tol)):
            return ON_TRACK
        if _at_most(actual, target * (1 + na_tol)):
            return NEEDS_ATTENTION
        return OFF_TRACK
    if target == 0:
        return ON_TRACK
    ratio = actual / target
    if _at_least(ratio, 1 - on_tol):
        return ON_TRACK
    if _at_least(ratio, 1 - na_tol):
        return NEEDS_ATTENTION
    return OFF_TRACK


def status_to_date(
    period_actual: float | None,
    period_target: float | None,
    cumulative_actual: float | None,
    cumulative_target: float | None,
    *,
    cumulative: bool,
    direction: Direction | str = Direction.INCREASE,
    on_track_tolerance: float | None = DEFAULT_ON_TRACK_TOLERANCE,
    needs_attention_tolerance: float | None = DEFAULT_NEEDS_ATTENTION_TOLERANCE,
) -> str:
    """The status of one period's figure (see the module docstring): against the cumulative target to date
    for a cumulative indicator, else against the period's target; nothing due and nothing done is on track."""
    if period_target == 0 and not period_actual:
        return ON_TRACK
    if cumulative:
        return status_of(cumulative_actual, cumulative_target, direction, on_track_tolerance,
                         needs_attention_tolerance)  # fmt: skip
    return status_of(period_actual, period_target, direction, on_track_tolerance, needs_attention_tolerance)
