"""This database's side of an import: gather what the planner needs, check, and apply.

`plan_import` reads (it may add country rows to the session, which the caller rolls back for a dry
run); `apply_import` writes, in the caller's transaction, so a failure anywhere leaves nothing behind.
Records are written with Core statements in dependency order: the package's own timestamps are kept
and each written record's `version` is raised by one.
"""

from __future__ import annotations

import uuid
from collections import defaultdict, deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Table, UniqueConstraint, bindparam, select, tuple_
from sqlalchemy import null as sql_null
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from flare_monitor.db.audit_hook import add_entry, current_user
from flare_monitor.db.base import utcnow
from flare_monitor.db.enums import AuditAction
from flare_monitor.db.exchange import ExchangeBase, ExchangeConflict
from flare_monitor.db.models import (
    Activity,
    AuditEntry,
    ExchangeRecord,
    Indicator,
    Participant,
    PeriodLock,
)
from flare_monitor.errors import ConflictError
from flare_monitor.exchange import identity, views
from flare_monitor.exchange.manifest import PackageError
from flare_monitor.exchange.planner import Decision, Hashes, Incoming, Kind, Local, Plan, plan_records
from flare_monitor.exchange.reader import Package
from flare_monitor.exchange.selection import rows_by_id
from flare_monitor.i18n import _
from flare_monitor.services.geo import ensure_country, ensure_subdivision

_CHUNK = 500


def _chunks(items: list) -> Iterable[list]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


@dataclass
class Record:
    """One record of the package with this database's version of it (None when it is not here)."""

    table: str
    id: uuid.UUID
    values: dict[str, Any]  # the package's version, ready to write
    encoded: dict[str, Any]  # the package's version, dump encoding
    incoming: Incoming
    local: dict[str, Any] | None  # this database's version, dump encoding


@dataclass
class ImportPlan:
    package: Package
    own_id: uuid.UUID
    records: dict[uuid.UUID, Record]
    plan: Plan
    seen: dict[uuid.UUID, Hashes]
    already_imported: datetime | None = None
    merges: list[tuple[uuid.UUID, uuid.UUID]] = field(default_factory=list)  # (duplicate here, kept)
    merges_held: list[tuple[uuid.UUID, uuid.UUID]] = field(default_factory=list)  # not done: locked

    def decision(self, record_id: uuid.UUID) -> Decision:
        return next(d for d in self.plan.decisions if d.id == record_id)


# --------------------------------------------------------------------------------------------- plan


def _already_imported(session: Session, package: Package) -> datetime | None:
    return session.scalar(
        select(ExchangeRecord.at).where(
            ExchangeRecord.package_id == package.manifest.package_id, ExchangeRecord.direction == "import"
        )
    )


def _check_order(session: Session, package: Package) -> None:
    """Packages from one database are applied in the order they were written."""
    earlier = session.scalars(
        select(ExchangeRecord.manifest).where(
            ExchangeRecord.peer_database_id == package.source, ExchangeRecord.direction == "import"
        )
    ).all()
    numbers = [
        m.get("sequence") for m in earlier if isinstance(m, dict) and isinstance(m.get("sequence"), int)
    ]
    newest = max(numbers, default=0)
    if package.manifest.sequence < newest:
        raise PackageError(
            _(
                "{name} is refused: it is package no. {sequence} of its database, older than no. "
                "{newest} already imported from there (packages from one office are imported in "
                "the order they were written). Nothing was changed.",
                name=package.path.name,
                sequence=package.manifest.sequence,
                newest=newest,
            )
        )


def _personal_travels(package: Package, name: str, row: dict[str, Any], people: dict[str, dict]) -> bool:
    """Does the package carry real personal data for this record (not stand-ins)?"""
    if not package.manifest.personal_data or name not in views.PERSONAL_FIELDS:
        return False
    if name == "participant":
        return not views.is_placeholder(name, row)
    person = people.get(row["participant_id"])
    return person is not None and not views.is_placeholder("participant", person)


def _refers_to(tbl: Table, values: dict[str, Any]) -> tuple[uuid.UUID, ...]:
    out = []
    for fk in tbl.foreign_keys:
        value = values.get(fk.parent.name)
        if isinstance(value, uuid.UUID):
            out.append(value)
    return tuple(out)


def _local_rows(session: Session, package: Package) -> dict[uuid.UUID, dict[str, Any]]:
    found: dict[uuid.UUID, dict[str, Any]] = {}
    for tbl in views.tables():
        ids = [uuid.UUID(row["id"]) for row in package.encoded.get(tbl.name, [])]
        for row in rows_by_id(session, tbl, ids):
            found[uuid.UUID(row["id"])] = row
    return found


def _check_ids_free(session: Session, package: Package) -> None:
    """Refuse a record whose id is taken here by a record of another table (ids are unique across tables:
    what this database remembers of a peer's records is kept by id alone)."""
    table_of = {row["id"]: tbl.name for tbl in views.tables() for row in package.encoded.get(tbl.name, [])}
    for tbl in views.tables():
        others = [uuid.UUID(i) for i, name in table_of.items() if name != tbl.name]
        for chunk in _chunks(others):
            taken = session.scalars(select(tbl.c.id).where(tbl.c.id.in_(chunk))).first()
            if taken is not None:
                raise PackageError(
                    _(
                        "{name} is refused: {table_of} {taken} has the id of a record of table {name2} "
                        "here. Nothing was changed.",
                        name=package.path.name,
                        table_of=table_of[str(taken)],
                        taken=taken,
                        name2=tbl.name,
                    )
                )


def seen_hashes(session: Session, peer: uuid.UUID, ids: list[uuid.UUID]) -> dict[uuid.UUID, Hashes]:
    seen: dict[uuid.UUID, Hashes] = {}
    for chunk in _chunks(ids):
        query = select(ExchangeBase.record_id, ExchangeBase.record_hash, ExchangeBase.personal_hash).where(
            ExchangeBase.peer_database_id == peer, ExchangeBase.record_id.in_(chunk)
        )
        for record_id, record_hash, personal in session.execute(query):
            seen[record_id] = Hashes(record_hash, personal)
    return seen


def _deleted_here(session: Session, ids: list[uuid.UUID]) -> set[uuid.UUID]:
    """Records this database deleted (the audit trail keeps a delete entry for each)."""
    deleted: set[uuid.UUID] = set()
    for chunk in _chunks([str(i) for i in ids]):
        query = select(AuditEntry.entity_id).where(
            AuditEntry.action == AuditAction.DELETE, AuditEntry.entity_id.in_(chunk)
        )
        deleted.update(uuid.UUID(value) for value in session.scalars(query))
    return deleted


def _day(value: Any) -> date | None:
    if value is None:
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def locked_records(session: Session, records: Iterable[Record]) -> set[uuid.UUID]:
    """Records whose change would touch a reporting period locked here: by their date as it is here and
    as it arrives (an activity, the attendance of an activity, a target or value)."""
    records = list(records)
    locks = session.execute(
        select(PeriodLock.project_id, PeriodLock.period_start, PeriodLock.period_end).where(
            PeriodLock.locked.is_(True)
        )
    ).all()
    if not locks:
        return set()

    def locked(project_id: Any, days: Iterable[date | None]) -> bool:
        return any(
            str(lock_project) == str(project_id) and start <= day <= end
            for day in days
            if day is not None
            for lock_project, start, end in locks
        )

    activity_days: dict[str, set[date | None]] = defaultdict(set)
    activity_project: dict[str, str] = {}
    for r in records:
        if r.table == "activity":
            for row in (r.encoded, r.local):
                if row is not None:
                    activity_days[row["id"]].add(_day(row["actual_start"] or row["planned_start"]))
                    activity_project[row["id"]] = row["project_id"]
    elsewhere = {
        row["activity_id"]
        for r in records
        if r.table == "attendance"
        for row in (r.encoded, r.local)
        if row is not None
    } - set(activity_days)
    for chunk in _chunks(sorted(elsewhere)):
        query = select(Activity.id, Activity.project_id, Activity.actual_start, Activity.planned_start).where(
            Activity.id.in_([uuid.UUID(a) for a in chunk])
        )
        for a in session.execute(query):
            activity_days[str(a.id)].add(a.actual_start or a.planned_start)
            activity_project[str(a.id)] = str(a.project_id)
    indicator_project = {r.encoded["id"]: r.encoded["project_id"] for r in records if r.table == "indicator"}
    wanted = {
        row["indicator_id"]
        for r in records
        if r.table in ("indicator_target", "indicator_value")
        for row in (r.encoded, r.local)
        if row is not None
    } - set(indicator_project)
    for chunk in _chunks(sorted(wanted)):
        query = select(Indicator.id, Indicator.project_id).where(
            Indicator.id.in_([uuid.UUID(i) for i in chunk])
        )
        indicator_project.update({str(i): str(p) for i, p in session.execute(query)})

    result = set()
    for r in records:
        rows = [row for row in (r.encoded, r.local) if row is not None]
        if r.table == "activity":
            hit = locked(r.encoded["project_id"], activity_days[r.encoded["id"]])
        elif r.table == "attendance":
            hit = any(
                locked(activity_project.get(row["activity_id"]), activity_days.get(row["activity_id"], ()))
                for row in rows
            )
        elif r.table in ("indicator_target", "indicator_value"):
            hit = any(
                locked(indicator_project.get(row["indicator_id"]), [_day(row["period_start"])])
                for row in rows
            )
        else:
            hit = False
        if hit:
            result.add(r.id)
    return result


def plan_import(session: Session, package: Package) -> ImportPlan:
    """Classify every record of a verified package against this database, and check that the writes fit."""
    own = identity.database_id(session)
    if package.source == own:
        raise PackageError(
            _(
                "{name} was written by this database (or by a copy of its file); a package is "
                "imported into another office's database. If this database is a copy, give it "
                "its own id with `flare-monitor package database-id --renew`. Nothing was "
                "changed.",
                name=package.path.name,
            )
        )
    done = _already_imported(session, package)
    _check_order(session, package)
    _check_ids_free(session, package)
    locals_ = _local_rows(session, package)
    people = {row["id"]: row for row in package.encoded.get("participant", [])}
    records: dict[uuid.UUID, Record] = {}
    for tbl in views.tables():
        for values, encoded in zip(
            package.values.get(tbl.name, []), package.encoded.get(tbl.name, []), strict=True
        ):
            record_id = values["id"]
            personal = (
                views.personal_hash(tbl.name, encoded)
                if _personal_travels(package, tbl.name, encoded, people)
                else None
            )
            incoming = Incoming(
                tbl.name,
                record_id,
                Hashes(views.record_hash(tbl.name, encoded), personal),
                _refers_to(tbl, values),
            )
            local = locals_.get(record_id)
            records[record_id] = Record(tbl.name, record_id, values, encoded, incoming, local)
    ids = list(records)
    local_state = {
        i: Local(
            Hashes(views.record_hash(r.table, r.local), views.personal_hash(r.table, r.local)),
            placeholder=views.is_placeholder(r.table, r.local),
        )
        for i, r in records.items()
        if r.local is not None
    }
    seen = seen_hashes(session, package.source, ids)
    plan = plan_records(
        [r.incoming for r in records.values()],
        local_state,
        package.bases.get(own, {}),
        seen,
        deleted_here=_deleted_here(session, [i for i, r in records.items() if r.local is None]),
        locked=locked_records(session, records.values()),
    )
    prepared = ImportPlan(package, own, records, plan, seen, done)
    prepared.merges = _merges_here(session, prepared)
    _check_writes(session, prepared)
    return prepared


def _merges_here(session: Session, prepared: ImportPlan) -> list[tuple[uuid.UUID, uuid.UUID]]:
    """The sender's merges of duplicate participants that apply here: the duplicate is still here and
    the kept record is here or added by the package."""
    merged = prepared.package.manifest.merged_participants
    present: set[uuid.UUID] = set()
    for chunk in _chunks(sorted(merged, key=str)):
        present.update(session.scalars(select(Participant.id).where(Participant.id.in_(chunk))))
    kept_here = {i for i, r in prepared.records.items() if r.local is not None}
    kept_here |= {d.id for d in prepared.plan.decisions if d.kind == Kind.ADD}
    return [
        (dup, kept) for dup, kept in sorted(merged.items(), key=str) if dup in present and kept in kept_here
    ]


def apply_merges(session: Session, prepared: ImportPlan) -> None:
    """Merge duplicates as the sender did (each attendance kept, twins combined, the duplicate deleted);
    a merge that would touch a period locked here is held back, as a record would be."""
    from flare_monitor.services.participants import merge_participants

    done, held = [], []
    for duplicate, kept in prepared.merges:
        try:
            merge_participants(session, kept, duplicate)  # checks the locks before it changes anything
        except ConflictError:
            held.append((duplicate, kept))
        else:
            done.append((duplicate, kept))
    prepared.merges, prepared.merges_held = done, held


# -------------------------------------------------------------------------------------------- checks


def _written(prepared: ImportPlan) -> list[tuple[Record, Decision]]:
    return [(prepared.records[d.id], d) for d in prepared.plan.decisions if d.writes]


def _describe_key(columns: list[str], key: tuple) -> str:
    return ", ".join(f"{c} {v}" for c, v in zip(columns, key, strict=True))


def _check_writes(session: Session, prepared: ImportPlan) -> None:
    """Refuse the package when a write would break a rule of this database, naming the record."""
    name = prepared.package.path.name
    written = _written(prepared)
    by_table: dict[str, list[Record]] = defaultdict(list)
    for record, decision in written:
        if decision.kind == Kind.ADD or decision.apply_record:
            by_table[record.table].append(record)
    for table_name, records in by_table.items():
        tbl = views.table(table_name)
        for constraint in tbl.constraints:
            if not isinstance(constraint, UniqueConstraint):
                continue
            columns = [c.name for c in constraint.columns]
            keys: dict[tuple, uuid.UUID] = {}
            for record in records:
                key = tuple(record.values[c] for c in columns)
                if any(v is None for v in key):
                    continue  # NULLs never collide in a unique constraint
                if key in keys and keys[key] != record.id:
                    raise PackageError(
                        _(
                            "{name} is refused: two {table_name} records in it share {describe_key}. Nothing "
                            "was changed.",
                            name=name,
                            table_name=table_name,
                            describe_key=_describe_key(columns, key),
                        )
                    )
                keys[key] = record.id
            cols = [tbl.c[c] for c in columns]
            for chunk in _chunks(list(keys)):
                condition = cols[0].in_([k[0] for k in chunk]) if len(cols) == 1 else tuple_(*cols).in_(chunk)
                for row in session.execute(select(tbl.c.id, *cols).where(condition)):
                    key = tuple(row[1:])
                    if keys.get(key) not in (None, row[0]):
                        raise PackageError(
                            _(
                                "{name} is refused: {table_name} with {describe_key} already exists "
                                "here as a different record (the two offices created it separately). "
                                "Change it on one side (e.g. another code), then exchange again. "
                                "Nothing was changed.",
                                name=name,
                                table_name=table_name,
                                describe_key=_describe_key(columns, key),
                            )
                        )
    # Every reference of a written record points at a record here or one the package adds.
    adds = {d.id for d in prepared.plan.decisions if d.kind == Kind.ADD}
    present = {i for i, r in prepared.records.items() if r.local is not None}
    needed: dict[Table, set[uuid.UUID]] = defaultdict(set)
    for record, _decision in written:
        tbl = views.table(record.table)
        for fk in tbl.foreign_keys:
            value = record.values.get(fk.parent.name)
            if isinstance(value, uuid.UUID) and value not in adds and value not in present:
                needed[fk.column.table].add(value)
    for tbl, ids in needed.items():
        found: set[uuid.UUID] = set()
        for chunk in _chunks(sorted(ids, key=str)):
            found.update(session.scalars(select(tbl.c.id).where(tbl.c.id.in_(chunk))))
        missing = ids - found
        if missing:
            raise PackageError(
                _(
                    "{name} is refused: it refers to {name2} {sorted}, which is neither in the "
                    "package nor in this database. Nothing was changed.",
                    name=name,
                    name2=tbl.name,
                    sorted=sorted(missing, key=str)[0],
                )
            )
    ensure_places(session, [record for record, _ in written])
    missing_content = _evidence_needed(session, prepared) - set(prepared.package.manifest.evidence)
    if missing_content:
        raise PackageError(
            _(
                "{name} is refused: an evidence record needs the file {sorted}…, which is "
                "neither in the package nor in this database. Nothing was changed.",
                name=name,
                sorted=sorted(missing_content)[0][:12],
            )
        )


def _evidence_needed(session: Session, prepared: ImportPlan) -> set[str]:
    """The content (SHA-256) that written evidence records need and this database lacks."""
    from flare_monitor.db.evidence import EvidenceBlob

    needed = {record.values["sha256"] for record, _d in _written(prepared) if record.table == "evidence"}
    present: set[str] = set()
    for chunk in _chunks(sorted(needed)):
        present.update(session.scalars(select(EvidenceBlob.sha256).where(EvidenceBlob.sha256.in_(chunk))))
    return needed - present


def store_evidence(session: Session, prepared: ImportPlan) -> None:
    """Store the content the written evidence records need (each file read, checked and stored in turn)."""
    from flare_monitor.evidence.detect import detect
    from flare_monitor.services.evidence import store_content

    package = prepared.package
    for digest in sorted(_evidence_needed(session, prepared)):
        content = package.evidence_content(digest)
        store_content(session, content, detect(content, digest[:12]), digest)


def ensure_places(session: Session, records: Iterable[Record]) -> None:
    """Countries and subdivisions are ISO data: create the rows of the codes the records use."""
    for record in records:
        country = record.values.get("country_code")
        if country:
            ensure_country(session, country)
        sub = record.values.get("subdivision_code")
        if sub:
            ensure_subdivision(session, sub, country)


# --------------------------------------------------------------------------------------------- apply


def _for_insert(tbl: Table, values: dict[str, Any]) -> dict[str, Any]:
    row = dict(values)
    for column in tbl.columns:
        if isinstance(column.type, JSON) and row.get(column.name) is None:
            row[column.name] = sql_null()  # SQL NULL, not the JSON text 'null'
    return row


def _parents_first(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Order rows of a self-referencing table (result.parent_id) so that parents come first."""
    ids = {row["id"] for row in rows}
    children: dict[Any, list[dict]] = defaultdict(list)
    ready = deque()
    for row in rows:
        parent = row.get("parent_id")
        if parent in ids:
            children[parent].append(row)
        else:
            ready.append(row)
    ordered = []
    while ready:
        row = ready.popleft()
        ordered.append(row)
        ready.extend(children.pop(row["id"], []))
    if len(ordered) != len(rows):
        raise PackageError(_("a result's parent chain loops back to itself"))
    return ordered


def update_values(record: Record, apply_record: bool, apply_personal: bool) -> dict[str, Any]:
    """The columns an update writes: the parts decided, the sender's time of change, the next version."""
    personal = set(views.PERSONAL_FIELDS.get(record.table, ()))
    shared = set(views.shared_fields(record.table)) - {"id"}
    wanted = (shared if apply_record else set()) | (personal if apply_personal else set())
    tbl = views.table(record.table)
    values = {name: record.values[name] for name in wanted}
    values = {k: v for k, v in _for_insert(tbl, values).items() if k in wanted}
    values["updated_at"] = record.values["updated_at"]
    values["version"] = int(record.local["version"]) + 1 if record.local else 1
    return values


def _execute(session: Session, statement: Any, params: Any, table_name: str) -> None:
    try:
        session.execute(statement, params)
    except IntegrityError as exc:
        detail = str(getattr(exc, "orig", exc)).strip().splitlines()
        raise ConflictError(
            _(
                "Cannot write table {table_name}: the database refused a record ({value}); "
                "nothing was changed.",
                table_name=table_name,
                value=detail[0] if detail else exc,
            )
        ) from exc


def write_records(session: Session, items: list[tuple[Record, bool, bool]]) -> None:
    """Insert (records not here) and update (records here) in dependency order; items are
    (record, write shared part, write personal part)."""
    by_table: dict[str, list[tuple[Record, bool, bool]]] = defaultdict(list)
    for item in items:
        by_table[item[0].table].append(item)
    for tbl in views.tables():
        todo = by_table.get(tbl.name)
        if not todo:
            continue
        inserts = [_for_insert(tbl, r.values) for r, _s, _p in todo if r.local is None]
        if tbl.name == "result":
            inserts = _parents_first(inserts)
        for start in range(0, len(inserts), _CHUNK):
            _execute(session, tbl.insert(), inserts[start : start + _CHUNK], tbl.name)
        groups: dict[frozenset, list[dict]] = defaultdict(list)
        for record, shared, personal in todo:
            if record.local is None:
                continue
            values = update_values(record, shared, personal)
            groups[frozenset(values)].append({**values, "_record_id": record.id})
        for params in groups.values():
            statement = tbl.update().where(tbl.c.id == bindparam("_record_id"))
            _execute(session, statement, params, tbl.name)


def remember(
    session: Session,
    peer: uuid.UUID,
    items: list[tuple[str, uuid.UUID, Hashes]],
    known: dict[uuid.UUID, Hashes],
) -> None:
    """What this database has now seen of the peer's records (the personal hash kept when not carried)."""
    now = utcnow()
    table = ExchangeBase.__table__
    updates, inserts = [], []
    for table_name, record_id, hashes in items:
        before = known.get(record_id)
        personal = hashes.personal if hashes.personal is not None else (before.personal if before else None)
        if before is None:
            inserts.append(
                {
                    "id": uuid.uuid4(),
                    "peer_database_id": peer,
                    "table_name": table_name,
                    "record_id": record_id,
                    "record_hash": hashes.record,
                    "personal_hash": personal,
                    "seen_at": now,
                }
            )
        else:
            updates.append(
                {
                    "_peer": peer,
                    "_record": record_id,
                    "record_hash": hashes.record,
                    "personal_hash": personal,
                    "seen_at": now,
                }
            )
    for start in range(0, len(inserts), _CHUNK):
        session.execute(table.insert(), inserts[start : start + _CHUNK])
    if updates:
        statement = table.update().where(
            table.c.peer_database_id == bindparam("_peer"), table.c.record_id == bindparam("_record")
        )
        session.execute(statement, updates)


def forget_new_victims(session: Session, prepared: ImportPlan) -> None:
    """A participant the sender now marks sensitive (a victim) keeps no identity here that came from the
    sender earlier: the name, contacts and attendance remarks are replaced by stand-ins, unless they
    were changed here since (then they are this office's own data)."""
    victims = set()
    for decision in prepared.plan.of_kind(Kind.UPDATE):
        record = prepared.records[decision.id]
        if (
            record.table == "participant"
            and decision.apply_record
            and record.encoded["sensitive"]
            and not record.local["sensitive"]
        ):
            victims.add(record.id)
    if not victims:
        return

    def came_from_sender(record: Record) -> bool:
        seen = prepared.seen.get(record.id)
        local = views.personal_hash(record.table, record.local)
        return (
            seen is not None
            and seen.personal == local
            and not views.is_placeholder(record.table, record.local)
        )

    for record in prepared.records.values():
        person = record.id if record.table == "participant" else record.values.get("participant_id")
        if person in victims and record.local is not None and came_from_sender(record):
            tbl = views.table(record.table)
            stand_ins = views.placeholder_values(record.table, record.local)
            session.execute(tbl.update().where(tbl.c.id == record.id).values(**stand_ins))


def close_conflict(conflict: ExchangeConflict, status: str, at: datetime, user: str | None) -> None:
    """Mark a conflict settled; the other office's personal data it held is not kept any longer."""
    conflict.status, conflict.resolved_at, conflict.resolved_by = status, at, user
    if conflict.table_name in views.PERSONAL_FIELDS:
        conflict.theirs = views.pseudonymised(conflict.table_name, conflict.theirs)


def apply_import(session: Session, prepared: ImportPlan) -> dict[str, int]:
    """Write what the plan says, keep conflicts for the user, log the package; returns counts per kind."""
    package, plan = prepared.package, prepared.plan
    store_evidence(session, prepared)
    write_records(
        session,
        [
            (
                prepared.records[d.id],
                d.kind == Kind.ADD or d.apply_record,
                d.kind == Kind.ADD or d.apply_personal,
            )
            for d in plan.decisions
            if d.writes
        ],
    )
    apply_merges(session, prepared)
    forget_new_victims(session, prepared)
    settled = [d for d in plan.decisions if d.kind in (Kind.ADD, Kind.UPDATE, Kind.UNCHANGED, Kind.KEPT)]
    remember(
        session,
        package.source,
        [(d.table, d.id, prepared.records[d.id].incoming.hashes) for d in settled],
        prepared.seen,
    )

    # A newer package from the same office replaces the conflicts it left about the same records.
    ids = list(prepared.records)
    now = utcnow()
    for chunk in _chunks(ids):
        replaced = session.scalars(
            select(ExchangeConflict).where(
                ExchangeConflict.peer_database_id == package.source,
                ExchangeConflict.record_id.in_(chunk),
                ExchangeConflict.status == "pending",
            )
        )
        for conflict in replaced:
            close_conflict(conflict, "superseded", now, None)
    for decision in plan.of_kind(Kind.CONFLICT):
        record = prepared.records[decision.id]
        session.add(
            ExchangeConflict(
                package_id=package.manifest.package_id,
                peer_database_id=package.source,
                table_name=record.table,
                record_id=record.id,
                theirs=record.encoded,
                their_hash=record.incoming.hashes.record,
                their_personal_hash=record.incoming.hashes.personal,
                created_at=now,
            )
        )
    counts = plan.counts()
    user = session.info.get("user") or current_user()
    session.add(
        ExchangeRecord(
            package_id=package.manifest.package_id,
            direction="import",
            peer_database_id=package.source,
            user=user,
            manifest=package.manifest.as_json(),
        )
    )
    add_entry(
        session,
        AuditAction.IMPORT,
        "package",
        package.manifest.package_id,
        changes={
            "file": package.path.name,
            "from_database": str(package.source),
            "project": package.manifest.project,
            "country": package.manifest.country,
            "personal_data": package.manifest.personal_data,
            "sequence": package.manifest.sequence,
            "merged_participants": len(prepared.merges),
            **counts,
        },
    )
    session.flush()
    return counts
