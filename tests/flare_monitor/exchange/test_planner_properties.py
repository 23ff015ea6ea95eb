"""The merge planner against a brute-force reference that knows each version's full edit history.

Offices and headquarters edit one record and send packages to each other (delivered later, in the
order they were written, possibly crossing in the post); conflicts are resolved at once, either way.
The reference decides from the sets of edits each version contains (causal histories): theirs holds
nothing new → kept; ours holds nothing theirs lacks → update; else conflict. The planner sees only
content hashes and what each side remembers of the other, and must always agree.
"""

from __future__ import annotations

import uuid
from collections import deque
from dataclasses import dataclass, field

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flare_monitor.exchange.planner import (
    Decision,
    Hashes,
    Incoming,
    Kind,
    Local,
    Reason,
    classify,
    decide,
    plan_records,
)


@dataclass
class Side:
    content: str | None = None
    history: frozenset = frozenset()
    seen: dict[str, str | None] = field(default_factory=dict)  # peer → hash of their version last seen


@dataclass(frozen=True)
class Package:
    content: str
    history: frozenset
    carried: str | None  # what the sender last saw of the receiver's version


def reference(local: Side, package: Package) -> Kind:
    if local.content is None:
        return Kind.ADD
    if local.content == package.content:
        return Kind.UNCHANGED
    if package.history <= local.history:
        return Kind.KEPT
    if local.history <= package.history:
        return Kind.UPDATE
    return Kind.CONFLICT


def links(topology: str) -> list[tuple[str, str]]:
    if topology == "pair":
        return [("office", "hq"), ("hq", "office")]
    if topology == "star":  # offices exchange with headquarters only
        return [("a", "hq"), ("hq", "a"), ("b", "hq"), ("hq", "b")]
    return [(x, y) for x in ("a", "b", "hq") for y in ("a", "b", "hq") if x != y]  # everyone with everyone


operation = st.tuples(st.sampled_from(["edit", "send", "deliver"]), st.integers(0, 5), st.booleans())


def simulate(topology: str, steps: list) -> list[tuple[Kind, Kind]]:
    """Run the steps; returns (reference, planner) for every package delivered."""
    pairs = links(topology)
    names = sorted({name for pair in pairs for name in pair})
    sides = {name: Side() for name in names}
    sides[names[0]] = Side("e0", frozenset({"e0"}))  # the record is born on one side
    post: dict[tuple[str, str], deque[Package]] = {pair: deque() for pair in pairs}
    events = 1
    outcomes = []
    for action, which, keep_mine in steps:
        if action == "edit":
            side = sides[names[which % len(names)]]
            if side.content is not None:
                token = f"e{events}"
                events += 1
                side.content, side.history = token, side.history | {token}
        elif action == "send":
            src, dst = pairs[which % len(pairs)]
            sender = sides[src]
            if sender.content is not None:
                post[(src, dst)].append(Package(sender.content, sender.history, sender.seen.get(dst)))
        else:
            src, dst = pairs[which % len(pairs)]
            if not post[(src, dst)]:
                continue
            package = post[(src, dst)].popleft()
            receiver = sides[dst]
            expected = reference(receiver, package)
            got = classify(receiver.content, package.content, package.carried, receiver.seen.get(src))
            outcomes.append((expected, got))
            receiver.seen[src] = package.content
            if got in (Kind.ADD, Kind.UPDATE):
                receiver.content, receiver.history = package.content, package.history | receiver.history
            elif got == Kind.UNCHANGED:
                receiver.history = receiver.history | package.history
            elif got == Kind.CONFLICT:
                if keep_mine:  # a decision is an event of its own: it overrules what was seen
                    token = f"m{events}"
                    events += 1
                    receiver.history = receiver.history | package.history | {token}
                else:  # taking theirs adopts their version and its history
                    receiver.content, receiver.history = package.content, package.history
    return outcomes


# Derandomised (a fixed sample of histories): random runs find the known defect below in about 1 % of
# histories, which would make the suite fail at random rather than on a change.
@settings(max_examples=400, deadline=None, derandomize=True)
@given(topology=st.sampled_from(["pair", "star"]), steps=st.lists(operation, max_size=40))
def test_planner_agrees_with_the_causal_reference(topology, steps):
    """Offices exchanging with headquarters (or two databases): the planner is exact."""
    for expected, got in simulate(topology, steps):
        assert got == expected


@settings(max_examples=300, deadline=None, derandomize=True)
@given(steps=st.lists(operation, max_size=40))
def test_offices_exchanging_directly_get_extra_questions_never_lost_changes(steps):
    """With packages between offices too, a change that came by another route can look like a conflict,
    but the planner never updates, keeps or adds where the reference would not."""
    for expected, got in simulate("mesh", steps):
        assert got == expected or got == Kind.CONFLICT


@pytest.mark.xfail(
    strict=True,
    reason="known defect: conflicts settled on both sides before the next exchange (resolutions crossing "
    "in the post) can be classified as kept/update instead of asked again; docs/TEAM_AND_OFFICES.md",
)
@pytest.mark.parametrize(
    "topology, steps",
    [
        (  # both sides take the other's version of the same conflict, then headquarters edits again
            "pair",
            [("send", 1, False), ("edit", 0, False), ("send", 1, False), ("deliver", 1, False),
             ("edit", 1, False), ("send", 0, False), ("deliver", 0, False), ("edit", 0, False),
             ("deliver", 1, False), ("send", 0, False), ("deliver", 0, False)],
        ),
        (  # both sides keep their own version, then headquarters edits again
            "pair",
            [("send", 3, True), ("edit", 0, True), ("send", 3, True), ("deliver", 3, True),
             ("edit", 1, True), ("send", 4, True), ("deliver", 1, True), ("deliver", 0, True),
             ("edit", 0, True), ("send", 2, True), ("deliver", 0, True)],
        ),
    ],
)  # fmt: skip
def test_crossed_resolutions_are_asked_again(topology, steps):
    """The histories random runs found: fixing the planner turns these into passes (and this marker
    must then go)."""
    for expected, got in simulate(topology, steps):
        assert got == expected


@settings(max_examples=200, deadline=None)
@given(
    local=st.sampled_from([None, "a", "b", "c"]),
    incoming=st.sampled_from(["a", "b", "c"]),
    carried=st.sampled_from([None, "a", "b", "c"]),
    seen=st.sampled_from([None, "a", "b", "c"]),
)
def test_applying_the_same_package_again_changes_nothing(local, incoming, carried, seen):
    """After a package is applied (ours = theirs) or kept, the same package again is never a change."""
    first = classify(local, incoming, carried, seen)
    if first in (Kind.ADD, Kind.UPDATE, Kind.UNCHANGED):
        assert classify(incoming, incoming, carried, incoming) == Kind.UNCHANGED
    elif first == Kind.KEPT:
        assert classify(local, incoming, carried, incoming) == Kind.KEPT


def _id(n: int) -> uuid.UUID:
    return uuid.UUID(int=n + 1)


def test_pseudonymised_package_never_touches_personal_data():
    here = Local(Hashes("r1", "real-name"))
    item = Incoming("participant", _id(1), Hashes("r2"))
    decision = decide(item, here, carried=Hashes("r1"), seen=None)
    assert decision == Decision("participant", _id(1), Kind.UPDATE, apply_record=True, apply_personal=False)


def test_real_data_fills_in_stand_ins_even_when_the_shared_part_is_newer_here():
    here = Local(Hashes("r-mine", "stand-in"), placeholder=True)
    item = Incoming("participant", _id(1), Hashes("r-theirs", "real-name"))
    decision = decide(item, here, carried=None, seen=Hashes("r-theirs"))
    assert decision.kind == Kind.UPDATE
    assert (decision.apply_record, decision.apply_personal) == (False, True)


def test_personal_data_changed_on_both_sides_is_a_conflict():
    here = Local(Hashes("r", "name-here"))
    item = Incoming("participant", _id(1), Hashes("r", "name-there"))
    assert decide(item, here, Hashes("r", "name-before"), Hashes("r", "name-before")).kind == Kind.CONFLICT


def test_skips_spread_to_new_records_that_need_them():
    activity = Incoming("activity", _id(1), Hashes("a"))
    attendance = Incoming("attendance", _id(2), Hashes("t"), refers_to=(_id(1), _id(3)))
    unrelated = Incoming("attendance", _id(4), Hashes("u"), refers_to=(_id(3),))
    plan = plan_records([attendance, activity, unrelated], {}, {}, {}, deleted_here=[_id(1)])
    kinds = {d.id: (d.kind, d.reason) for d in plan.decisions}
    assert kinds == {
        _id(1): (Kind.SKIPPED, Reason.DELETED_HERE),
        _id(2): (Kind.SKIPPED, Reason.NEEDS_SKIPPED),
        _id(4): (Kind.ADD, None),
    }
    assert plan.counts()["skipped"] == 2 and plan.counts()["add"] == 1


def test_locked_records_are_skipped_only_when_they_would_change():
    same = Incoming("indicator_value", _id(1), Hashes("v"))
    changed = Incoming("indicator_value", _id(2), Hashes("w2"))
    local = {_id(1): Local(Hashes("v")), _id(2): Local(Hashes("w1"))}
    plan = plan_records([same, changed], local, {_id(2): Hashes("w1")}, {}, locked=[_id(1), _id(2)])
    assert [(d.kind, d.reason) for d in plan.decisions] == [
        (Kind.UNCHANGED, None),
        (Kind.SKIPPED, Reason.LOCKED),
    ]
