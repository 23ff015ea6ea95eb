"""The merge planner: pure functions that classify each record of a package against this database.

For one part of a record (its shared part, or its personal part) four hashes decide:

- `local`     this database's version now (None: the record is not here);
- `incoming`  the sender's version, in the package;
- `carried`   the last version of *this* database's record that the sender saw (the package carries
              it: the sender's memory of us);
- `seen`      the last version of the *sender's* record that this database saw (our memory of them).

Then: not here → add; equal → unchanged; we did not change since they saw ours → update; they did not
change since we saw theirs (or they hold what they saw of ours) → kept (ours is newer); otherwise both
changed → conflict. When both "did not change" tests hold yet the versions differ, each side has seen
the other's version and chose its own (two opposite resolutions crossed in the post): a conflict too.

Hashes compare content, so editing a record back to the other side's version is no change at all.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum


class Kind(StrEnum):
    ADD = "add"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    KEPT = "kept"  # changed only here since the last exchange: ours stays, nothing to do
    CONFLICT = "conflict"
    SKIPPED = "skipped"  # not written; see Decision.reason


class Reason(StrEnum):
    LOCKED = "locked"  # dated in a reporting period locked here
    DELETED_HERE = "deleted_here"  # deleted in this database; deletions do not travel, nor come back
    NEEDS_SKIPPED = "needs_skipped"  # refers to a new record that is itself skipped


def classify(local: str | None, incoming: str, carried: str | None, seen: str | None) -> Kind:
    """The classification of one part of a record (see the module doc)."""
    if local is None:
        return Kind.ADD
    if local == incoming:
        return Kind.UNCHANGED
    ours_unchanged = local in (carried, seen)
    theirs_unchanged = incoming in (seen, carried)
    if ours_unchanged and theirs_unchanged:
        return Kind.CONFLICT
    if ours_unchanged:
        return Kind.UPDATE
    if theirs_unchanged:
        return Kind.KEPT
    return Kind.CONFLICT


@dataclass(frozen=True)
class Hashes:
    """The hashes of a record's shared part and personal part (None: no personal part, or not known)."""

    record: str
    personal: str | None = None


@dataclass(frozen=True)
class Incoming:
    table: str
    id: uuid.UUID
    hashes: Hashes  # hashes.personal is None when the package carries no personal data for it
    refers_to: tuple[uuid.UUID, ...] = ()  # ids of the records it refers to


@dataclass(frozen=True)
class Local:
    hashes: Hashes
    placeholder: bool = False  # its personal part holds stand-ins, not real data


@dataclass(frozen=True)
class Decision:
    table: str
    id: uuid.UUID
    kind: Kind
    apply_record: bool = False  # write the shared part
    apply_personal: bool = False  # write the personal part
    reason: Reason | None = None

    @property
    def writes(self) -> bool:
        return self.kind in (Kind.ADD, Kind.UPDATE)


@dataclass
class Plan:
    decisions: list[Decision] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        result = dict.fromkeys((k.value for k in Kind), 0)
        for decision in self.decisions:
            result[decision.kind.value] += 1
        return result

    def of_kind(self, *kinds: Kind) -> list[Decision]:
        return [d for d in self.decisions if d.kind in kinds]


def _combine(record: Kind, personal: Kind) -> Kind:
    kinds = {record, personal}
    if Kind.CONFLICT in kinds:
        return Kind.CONFLICT
    if Kind.UPDATE in kinds:
        return Kind.UPDATE
    if kinds == {Kind.UNCHANGED}:
        return Kind.UNCHANGED
    return Kind.KEPT


def decide(item: Incoming, local: Local | None, carried: Hashes | None, seen: Hashes | None) -> Decision:
    """The decision for one record, before the checks that need the rest of the package."""
    if local is None:
        return Decision(
            item.table, item.id, Kind.ADD, apply_record=True, apply_personal=item.hashes.personal is not None
        )
    record = classify(
        local.hashes.record, item.hashes.record, carried and carried.record, seen and seen.record
    )
    if item.hashes.personal is None:  # pseudonymised: our personal data is never touched
        personal = Kind.UNCHANGED
    elif local.placeholder:  # ours are stand-ins: real data fills them in
        personal = Kind.UNCHANGED if local.hashes.personal == item.hashes.personal else Kind.UPDATE
    else:
        personal = classify(
            local.hashes.personal or "",
            item.hashes.personal,
            carried and carried.personal,
            seen and seen.personal,
        )
    kind = _combine(record, personal)
    return Decision(
        item.table, item.id, kind, apply_record=record == Kind.UPDATE, apply_personal=personal == Kind.UPDATE
    )


def plan_records(
    incoming: Iterable[Incoming],
    local: Mapping[uuid.UUID, Local],
    carried: Mapping[uuid.UUID, Hashes],
    seen: Mapping[uuid.UUID, Hashes],
    *,
    deleted_here: Iterable[uuid.UUID] = (),
    locked: Iterable[uuid.UUID] = (),
) -> Plan:
    """Classify every record of a package; `incoming` in dependency order (parents first).

    `deleted_here`: ids this database deleted (a new record with such an id is skipped, not re-added).
    `locked`: ids whose change would touch a reporting period locked here (writes to them are skipped).
    """
    items = list(incoming)
    deleted, frozen = set(deleted_here), set(locked)
    decisions: dict[uuid.UUID, Decision] = {}
    for item in items:
        decision = decide(item, local.get(item.id), carried.get(item.id), seen.get(item.id))
        if decision.kind == Kind.ADD and item.id in deleted:
            decision = Decision(item.table, item.id, Kind.SKIPPED, reason=Reason.DELETED_HERE)
        elif decision.writes and item.id in frozen:
            decision = Decision(item.table, item.id, Kind.SKIPPED, reason=Reason.LOCKED)
        decisions[item.id] = decision
    # A record that needs a new record which is not written cannot be written either (to a fixed point:
    # the order of `incoming` is a courtesy, not a requirement).
    missing = {i for i, d in decisions.items() if d.kind == Kind.SKIPPED and i not in local}
    changed = True
    while changed:
        changed = False
        for item in items:
            decision = decisions[item.id]
            if decision.writes and missing.intersection(item.refers_to):
                decisions[item.id] = Decision(item.table, item.id, Kind.SKIPPED, reason=Reason.NEEDS_SKIPPED)
                if item.id not in local:
                    missing.add(item.id)
                changed = True
    return Plan([decisions[item.id] for item in items])
