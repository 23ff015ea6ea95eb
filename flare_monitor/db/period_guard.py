"""The one guard of locked reporting periods: every write of every session passes it.

A locked period froze what its report was made of. This guard is installed with the session factory
(as the audit trail is) and sees both ways rows are written:

- the ORM flush (`before_flush`): services, the activity form, merges, narratives, submissions;
- statements run through the session (`do_orm_execute`): the bulk inserts of the attendance importer
  and the sample generator, the Core inserts and updates of a package import, a dump load.

It refuses — with one line naming the period, who locked it and when — any insert, update or delete of
a row that feeds a locked period:

- an activity dated in it (by its date before and after the change), its partners and attendance
  (an attendance row's `remarks` are about a person, not a figure: stand-ins for a victim's remarks
  pass). An activity's date is its start; where an indicator of the project places activities by their
  end (`period_date` "end" in its counting rule), an activity ending in the period is guarded too;
- indicator values and targets, narratives and country submissions whose dates lie inside it;
- the lock itself while locked (it is reopened with a reason, never deleted).

Corrections of the register cannot wait for a period to be reopened — a person's sex was wrong, an
organization's type was wrong, two records are one person (`merging`) — so they pass. The lock keeps the
figures as they were submitted (see services.period_locks) and the guard notes each such correction,
and each change to an earlier period that the locked period's cumulative figures count, as a cause of
`period drift`: an audit entry of entity "period_drift" whose id is the lock's.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Table, event, inspect, select
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker
from sqlalchemy.orm.base import LoaderCallableStatus
from sqlalchemy.sql import visitors
from sqlalchemy.sql.dml import Delete, Insert, Update
from sqlalchemy.sql.elements import BindParameter, TextClause

from flare_monitor.db import audit_hook
from flare_monitor.db.audit import AuditEntry
from flare_monitor.db.audit_hook import current_user, jsonable
from flare_monitor.db.base import Base, utcnow
from flare_monitor.db.enums import AuditAction
from flare_monitor.db.project import Indicator, PeriodLock, Project
from flare_monitor.db.register import Activity, Attendance, Participant
from flare_monitor.errors import PeriodLocked
from flare_monitor.i18n import Country, Message, PeriodName, Term, _
from flare_monitor.i18n.params import Scope

DRIFT_ENTITY = "period_drift"
BOOKKEEPING = frozenset({"created_at", "updated_at", "version"})
LOP_LABEL = "LOP"
PERIOD_END = "end"  # a counting rule's `period_date` placing activities by their end (indicators.computation)

# Rows a locked period is made of; an update counts when a column outside these changes.
_FROZEN_EXCEPT = {
    "activity": BOOKKEEPING,
    "activity_partner": BOOKKEEPING,
    "attendance": BOOKKEEPING | {"remarks"},
    "indicator_value": BOOKKEEPING,
    "indicator_target": BOOKKEEPING,
    "narrative": BOOKKEEPING,
    "period_status": BOOKKEEPING,
}
# Register corrections: the columns of people and organizations the indicators count by.
_CORRECTED = {"participant": ("sex", "organization_id"), "organization": ("type",)}
GUARDED = frozenset(_FROZEN_EXCEPT) | frozenset(_CORRECTED) | {"period_lock"}
_CHUNK = 500


@dataclass(frozen=True)
class Lock:
    id: uuid.UUID
    project_id: uuid.UUID
    project: str
    period: str
    start: date
    end: date
    by: str
    at: datetime
    by_end: bool = False  # an indicator of the project places activities by their end date

    def holds(self, place: Place) -> bool:
        """The row lies inside the locked period (as the period's own figures count it): by its dates, or
        for an activity by its end date too when a counting rule of the project places activities so."""
        if place.project_id != self.project_id:
            return False
        if self.start <= place.start and place.end <= self.end:
            return True
        return self.by_end and place.last is not None and self.start <= place.last <= self.end

    def counts(self, place: Place) -> bool:
        """The row is counted by the period's cumulative figures or its life-of-project target."""
        return place.project_id == self.project_id and (place.end <= self.end or place.label == LOP_LABEL)


@dataclass(frozen=True)
class Place:
    """Where a row sits: its project and dates (a day for activities and attendance)."""

    project_id: Any
    start: date
    end: date
    label: str | None = None
    what: Message | str = ""
    last: date | None = None  # an activity's end date (placing it where a counting rule uses the end)


@dataclass
class Write:
    table: str
    kind: str  # "insert", "update" or "delete"
    old: dict[str, Any] | None
    new: dict[str, Any] | None

    def changed(self, columns: Iterable[str]) -> list[str]:
        if self.kind != "update":
            return list(columns)
        return [c for c in columns if jsonable(self.old.get(c)) != jsonable(self.new.get(c))]

    def versions(self) -> list[dict[str, Any]]:
        return [row for row in (self.old, self.new) if row is not None]


# ------------------------------------------------------------------------------------- scopes


@contextmanager
def merging(session: Session, *people: uuid.UUID) -> Iterator[None]:
    """Within this block, attendance of these people may move, combine or go although it fed a locked
    period: the merge of two records of one person is a correction of the register."""
    before = session.info.get("merging", frozenset())
    session.info["merging"] = before | frozenset(people)
    try:
        yield
    finally:
        session.info["merging"] = before


@contextmanager
def writing_from(session: Session, source: str) -> Iterator[None]:
    """Name where the writes of this block come from (a package file) in the causes of drift."""
    before = session.info.get("write_source")
    session.info["write_source"] = source
    try:
        yield
    finally:
        session.info["write_source"] = before


# ------------------------------------------------------------------------------------- locks


def active_locks(session: Session) -> list[Lock]:
    query = (
        select(
            PeriodLock.id, PeriodLock.project_id, Project.code, PeriodLock.period, PeriodLock.period_start,
            PeriodLock.period_end, PeriodLock.changed_by, PeriodLock.updated_at,
        )
        .join(Project, Project.id == PeriodLock.project_id)
        .where(PeriodLock.locked.is_(True))
    )  # fmt: skip
    with session.no_autoflush:
        rows = session.execute(query, execution_options={"period_guard": False}).all()
        by_end = _projects_counting_by_end(session, {row.project_id for row in rows})
    return [Lock(*row, by_end=row.project_id in by_end) for row in rows]


def _projects_counting_by_end(session: Session, project_ids: set) -> set:
    """Projects with an indicator whose counting rule places activities by their end date."""
    if not project_ids:
        return set()
    rules = session.execute(
        select(Indicator.project_id, Indicator.computation).where(
            Indicator.project_id.in_(project_ids), Indicator.computation.is_not(None)
        ),
        execution_options={"period_guard": False},
    )
    return {
        project_id
        for project_id, rule in rules
        if isinstance(rule, dict) and rule.get("period_date") == PERIOD_END
    }


def refusal(what: Message | str, lock: Lock) -> PeriodLocked:
    return PeriodLocked(
        _(
            "{what} is in {period} of {project}, which {user} locked on {day}; unlock it with a reason first",
            what=what,
            period=PeriodName(lock.period),
            project=lock.project,
            user=lock.by,
            day=lock.at.date(),
        ),
        lock.period,
        lock.project,
        lock.by,
        lock.at,
    )


# ------------------------------------------------------------------------------------- where rows sit


class _Places:
    """Looks up, in batches, what rows refer to: an activity's project, date and code, an indicator's
    project and code. Rows written in the same batch are seen as they will be."""

    def __init__(self, session: Session, writes: list[Write]):
        self.session = session
        self.activities: dict[Any, tuple[Any, date, str, date | None]] = {}
        self.indicators: dict[Any, tuple[Any, str]] = {}
        for w in writes:
            if w.table == "activity" and w.new is not None and w.new.get("id") is not None:
                self.activities[w.new["id"]] = _activity_fields(w.new)
            if w.table == "indicator" and w.new is not None and w.new.get("id") is not None:
                self.indicators[w.new["id"]] = (w.new.get("project_id"), w.new.get("code"))
        self._fetch(writes)

    def _fetch(self, writes: list[Write]) -> None:
        wanted_activities = (
            {
                row.get("activity_id")
                for w in writes
                if w.table in ("attendance", "activity_partner")
                for row in w.versions()
            }
            - set(self.activities)
            - {None}
        )
        wanted_indicators = (
            {
                row.get("indicator_id")
                for w in writes
                if w.table in ("indicator_value", "indicator_target")
                for row in w.versions()
            }
            - set(self.indicators)
            - {None}
        )
        with self.session.no_autoflush:
            for chunk in _chunks(wanted_activities):
                query = select(
                    Activity.id,
                    Activity.project_id,
                    Activity.actual_start,
                    Activity.planned_start,
                    Activity.code,
                    Activity.actual_end,
                    Activity.planned_end,
                ).where(Activity.id.in_(chunk))
                for a in self.session.execute(query, execution_options={"period_guard": False}):
                    self.activities[a.id] = (
                        a.project_id, a.actual_start or a.planned_start, a.code, a.actual_end or a.planned_end
                    )  # fmt: skip
            for chunk in _chunks(wanted_indicators):
                query = select(Indicator.id, Indicator.project_id, Indicator.code).where(
                    Indicator.id.in_(chunk)
                )
                for i in self.session.execute(query, execution_options={"period_guard": False}):
                    self.indicators[i.id] = (i.project_id, i.code)

    def of(self, table: str, row: dict[str, Any]) -> Place | None:
        if table == "activity":
            project_id, day, code, last = _activity_fields(row)
            if project_id is None or day is None:
                return None
            return Place(
                project_id, day, day, what=_("Activity {code} ({day})", code=code, day=day), last=last
            )
        if table in ("attendance", "activity_partner"):
            found = self.activities.get(row.get("activity_id"))
            if found is None:
                return None
            project_id, day, code, last = found
            what = (
                _("The attendance at {code}", code=code)
                if table == "attendance"
                else _("A partner of activity {code}", code=code)
            )
            return Place(project_id, day, day, what=what, last=last)
        start, end, label = row.get("period_start"), row.get("period_end"), row.get("period")
        if start is None or end is None:
            return None
        country = row.get("country_code")
        if table in ("indicator_value", "indicator_target"):
            found = self.indicators.get(row.get("indicator_id"))
            if found is None:
                return None
            project_id, code = found
            scope = Scope(country, _text(row.get("sex")))
            if table == "indicator_value":
                what = _("The value of {code} for {period} ({scope})", code=code, period=PeriodName(label),
                         scope=scope)  # fmt: skip
            else:
                what = _("The target of {code} for {period} ({scope})", code=code, period=PeriodName(label),
                         scope=scope)  # fmt: skip
            return Place(project_id, start, end, label, what)
        if table == "narrative":
            section = _text(row.get("section"))
            where = Country(country) if country else _("whole project")
            what = _(
                "The {section} of {period} ({where})",
                section=Term(section, lower=True) if section else "",
                period=PeriodName(label),
                where=where,
            )
            return Place(row.get("project_id"), start, end, label, what)
        if table == "period_status":
            what = _("The submission of {country} for {period}", country=Country(country),
                     period=PeriodName(label))  # fmt: skip
            return Place(row.get("project_id"), start, end, label, what)
        return None


def _activity_fields(row: dict[str, Any]) -> tuple[Any, date | None, str, date | None]:
    return (
        row.get("project_id"),
        row.get("actual_start") or row.get("planned_start"),
        row.get("code") or "?",
        row.get("actual_end") or row.get("planned_end"),
    )


def _text(value: Any) -> str | None:
    return None if value is None else str(getattr(value, "value", value))


def _chunks(items: Iterable[Any]) -> Iterator[list[Any]]:
    items = list(items)
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


# ------------------------------------------------------------------------------------- the check


@dataclass
class _Causes:
    """Drift causes noted in one check: (lock, kind, table) → rows, countries, fields changed."""

    found: dict[tuple, dict[str, Any]] = field(default_factory=dict)

    def note(self, lock: Lock, kind: str, table: str, countries=(), fields: dict | None = None) -> None:
        entry = self.found.setdefault(
            (lock.id, kind, table), {"lock": lock, "count": 0, "countries": set(), "fields": {}}
        )
        entry["count"] += 1
        entry["countries"].update(c for c in countries if c)
        for name, change in (fields or {}).items():
            entry["fields"].setdefault(name, change)


def check(session: Session, writes: list[Write], locks: list[Lock] | None = None) -> None:
    """Refuse `writes` if any changes what a locked period is made of; note register corrections.

    Writes of other tables (a new indicator or activity) only tell where the guarded rows sit."""
    guarded = [w for w in writes if w.table in GUARDED]
    if not guarded:
        return
    locks = active_locks(session) if locks is None else locks
    if not locks:
        return
    places = _Places(session, writes)
    writes = guarded
    merge = session.info.get("merging", frozenset())
    causes = _Causes()
    for w in writes:
        if w.table == "period_lock":
            if w.kind == "delete" and w.old.get("locked"):
                lock = next((lk for lk in locks if lk.id == w.old.get("id")), None)
                if lock is not None:
                    raise PeriodLocked(
                        _(
                            "{period} of {project} is locked ({user} locked it on {day}); unlock it with a "
                            "reason first",
                            period=PeriodName(lock.period),
                            project=lock.project,
                            user=lock.by,
                            day=lock.at.date(),
                        ),
                        lock.period,
                        lock.project,
                        lock.by,
                        lock.at,
                    )
            continue
        if w.table in _CORRECTED:
            continue  # below, in one query for the batch
        changed = w.changed(c for c in _columns_of(w) if c not in _FROZEN_EXCEPT[w.table])
        if not changed:
            continue
        row_places = [p for p in (places.of(w.table, row) for row in w.versions()) if p is not None]
        merged = w.table == "attendance" and bool({row.get("participant_id") for row in w.versions()} & merge)
        for lock in locks:
            inside = next((p for p in row_places if lock.holds(p)), None)
            if inside is not None and not merged:
                raise refusal(inside.what, lock)
            if inside is not None or any(lock.counts(p) for p in row_places):
                causes.note(lock, "merge" if merged else "earlier", w.table)
    _corrections(session, writes, locks, causes)
    _record(session, causes)


def _columns_of(w: Write) -> list[str]:
    keys: set[str] = set()
    for row in w.versions():
        keys.update(row)
    return sorted(keys)


def _corrections(session: Session, writes: list[Write], locks: list[Lock], causes: _Causes) -> None:
    """Changes of a person's sex or organization, or an organization's type, that the figures of a locked
    period count (the person attended an activity up to its end): allowed, and noted."""
    people: dict[Any, list[tuple[str, dict]]] = defaultdict(list)
    organizations: dict[Any, dict] = {}
    for w in writes:
        if w.table not in _CORRECTED or w.kind != "update":
            continue
        changed = w.changed(_CORRECTED[w.table])
        if not changed:
            continue
        fields = {c: [jsonable(w.old.get(c)), jsonable(w.new.get(c))] for c in changed}
        if w.table == "participant":
            kind = "sex" if "sex" in changed else "organization"
            people[w.old.get("id")].append((kind, fields))
        else:
            organizations[w.old.get("id")] = fields
    if not people and not organizations:
        return
    with session.no_autoflush:
        rows = []
        columns = (
            Attendance.participant_id, Participant.organization_id, Activity.project_id,
            Activity.actual_start, Activity.planned_start, Activity.country_code,
        )  # fmt: skip
        base = (
            select(*columns)
            .join(Activity, Activity.id == Attendance.activity_id)
            .join(Participant, Participant.id == Attendance.participant_id)
        )
        for chunk in _chunks(people):
            rows += session.execute(
                base.where(Attendance.participant_id.in_(chunk)), execution_options={"period_guard": False}
            ).all()
        for chunk in _chunks(organizations):
            rows += session.execute(
                base.where(Participant.organization_id.in_(chunk)), execution_options={"period_guard": False}
            ).all()
    seen: set[tuple] = set()
    for person, org, project_id, actual, planned, country in rows:
        place = Place(project_id, actual or planned, actual or planned)
        for lock in locks:
            if not lock.counts(place):
                continue
            for kind, fields in people.get(person, []):
                key = (lock.id, kind, person)
                if key not in seen:
                    seen.add(key)
                    causes.note(lock, kind, "participant", [country], fields)
                else:
                    causes.found[(lock.id, kind, "participant")]["countries"].add(country)
            if org in organizations:
                key = (lock.id, "organization_type", org)
                if key not in seen:
                    seen.add(key)
                    causes.note(lock, "organization_type", "organization", [country], organizations[org])
                else:
                    causes.found[(lock.id, "organization_type", "organization")]["countries"].add(country)


def _record(session: Session, causes: _Causes) -> None:
    if not causes.found:
        return
    user = session.info.get("user") or current_user()
    source = session.info.get("write_source")
    for (lock_id, kind, table), entry in causes.found.items():
        lock: Lock = entry["lock"]
        changes = {
            "kind": kind,
            "table": table,
            "rows": entry["count"],
            "countries": sorted(entry["countries"]),
            "period": lock.period,
        }
        if entry["fields"]:
            changes["fields"] = entry["fields"]
        if source:
            changes["source"] = source
        if kind == "merge":
            changes["people"] = sorted(str(p) for p in session.info.get("merging", ()))
        audit_hook.enqueue(
            session,
            AuditEntry(id=uuid.uuid4(), at=utcnow(), user=user, entity=DRIFT_ENTITY, entity_id=str(lock_id),
                       action=AuditAction.UPDATE, changes=changes),
        )  # fmt: skip


# ------------------------------------------------------------------------------------- ORM flushes


def _orm_writes(session: Session) -> list[Write]:
    writes: list[Write] = []
    for kind, objects in (("insert", session.new), ("update", session.dirty), ("delete", session.deleted)):
        for obj in objects:
            table = getattr(obj, "__tablename__", None)
            if table not in GUARDED and table not in ("indicator", "activity"):
                continue
            if kind == "update" and not session.is_modified(obj, include_collections=False):
                continue
            writes.append(_orm_write(obj, table, kind))
    return writes


def _orm_write(obj: Any, table: str, kind: str) -> Write:
    state = inspect(obj)
    new: dict[str, Any] = {}
    old: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        key = attr.key
        if kind == "insert":
            new[key] = state.dict.get(key)
            continue
        history = state.attrs[key].load_history()
        if history.added or history.deleted:
            new[key] = history.added[0] if history.added else None
            old[key] = history.deleted[0] if history.deleted else None
        else:
            old[key] = new[key] = history.unchanged[0] if history.unchanged else state.dict.get(key)
    _fill_from_relationships(obj, table, new)
    if kind == "insert":
        return Write(table, kind, None, new)
    if kind == "delete":
        return Write(table, kind, old, None)
    return Write(table, kind, old, new)


# Foreign keys a relationship sets only at the flush (row.participant = keep): column → relationship.
_RELATED = {
    "attendance": (("activity_id", "activity"), ("participant_id", "participant")),
    "indicator_value": (("indicator_id", "indicator"),),
    "indicator_target": (("indicator_id", "indicator"),),
}


def _fill_from_relationships(obj: Any, table: str, values: dict[str, Any]) -> None:
    """Keys set through a relationship are known only at the flush: read them from the related object."""
    for column, relation in _RELATED.get(table, ()):
        state = inspect(obj)
        if relation not in state.mapper.relationships:
            continue
        loaded = state.attrs[relation].loaded_value
        related = None if loaded is None or loaded is LoaderCallableStatus.NO_VALUE else loaded
        if related is not None and getattr(related, "id", None) is not None:
            values[column] = related.id


def _before_flush(session: Session, _context, _instances) -> None:
    check(session, _orm_writes(session))


# ------------------------------------------------------------------------------------- statements


def _statement_table(statement: Any) -> Table | None:
    """The plain table a statement writes (an ORM statement names an annotated one, whose SELECT would
    give mapped objects instead of rows)."""
    table = getattr(statement, "table", None)
    table = getattr(table, "__table__", table)
    if not isinstance(table, Table):
        return None
    return Base.metadata.tables.get(table.name, table)


def _param_sets(state: ORMExecuteState) -> list[dict[str, Any]]:
    params = state.parameters
    if params is None:
        return []
    return list(params) if isinstance(params, list | tuple) else [dict(params)]


def _where_bindings(where: Any) -> list[str]:
    return [b.key for b in visitors.iterate(where) if isinstance(b, BindParameter) and b.value is None]


def _statement_writes(session: Session, state: ORMExecuteState, table: Table) -> list[Write]:
    statement = state.statement
    columns = set(table.c.keys())
    params = _param_sets(state)
    compiled = {k: v for k, v in statement.compile().params.items() if k in columns}
    if isinstance(statement, Insert):
        rows = [{**compiled, **p} for p in params] if params else [compiled]
        return [Write(table.name, "insert", None, row) for row in rows]
    where = statement.whereclause
    bindings = _where_bindings(where) if where is not None else []
    found: list[tuple[dict[str, Any], dict[str, Any]]] = []  # (old row, values set)
    with session.no_autoflush:
        if where is None and params and all("id" in p for p in params):  # ORM bulk update by key
            by_id = {p["id"]: p for p in params}
            for chunk in _chunks(by_id):
                for row in _select(session, select(table).where(table.c.id.in_(chunk))):
                    found.append((row, {k: v for k, v in by_id[row["id"]].items() if k in columns}))
        elif bindings == ["_record_id"] or (len(bindings) == 1 and params and bindings[0] not in columns):
            key = bindings[0]
            by_id = {p[key]: p for p in params}
            id_column = _bound_column(where, key)
            for chunk in _chunks(by_id):
                for row in _select(session, select(table).where(id_column.in_(chunk))):
                    values = by_id[row[id_column.key]]
                    found.append((row, {k: v for k, v in values.items() if k in columns} | compiled))
        elif params:
            for p in params:
                bound = {k: p[k] for k in bindings if k in p}
                for row in _select(session, select(table).where(where), bound):
                    found.append(
                        (row, {k: v for k, v in p.items() if k in columns and k not in bindings} | compiled)
                    )
        else:
            query = select(table) if where is None else select(table).where(where)
            for row in _select(session, query):
                found.append((row, compiled))
    if isinstance(statement, Delete):
        return [Write(table.name, "delete", old, None) for old, _set in found]
    return [Write(table.name, "update", old, {**old, **values}) for old, values in found]


def _bound_column(where: Any, key: str):
    for element in visitors.iterate(where):
        left, right = getattr(element, "left", None), getattr(element, "right", None)
        if isinstance(right, BindParameter) and right.key == key:
            return left
    raise LookupError(key)


def _select(session: Session, query, params=None) -> list[dict[str, Any]]:
    result = session.execute(query, params or {}, execution_options={"period_guard": False})
    return [dict(row) for row in result.mappings()]


def _on_execute(state: ORMExecuteState) -> None:
    if state.is_select or state.execution_options.get("period_guard") is False:
        return
    statement = state.statement
    if isinstance(statement, TextClause):
        _check_text(statement)
        return
    if not isinstance(statement, Insert | Update | Delete):
        return
    table = _statement_table(statement)
    if table is None or table.name not in GUARDED | {"indicator"}:
        return
    session = state.session
    locks = active_locks(session)
    if locks:
        check(session, _statement_writes(session, state, table), locks)


def _check_text(statement: TextClause) -> None:
    """Raw SQL cannot be checked: it may not write the tables a lock guards."""
    sql = " ".join(statement.text.lower().split())
    if sql.split(" ", 1)[0] in ("insert", "update", "delete") and any(
        f" {name} " in f" {sql} " or f" {name}(" in sql for name in GUARDED
    ):
        raise RuntimeError(f"raw SQL writing a table that period locks guard: {statement.text[:60]}")


def install(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "do_orm_execute", _on_execute)


__all__ = ["DRIFT_ENTITY", "GUARDED", "Lock", "active_locks", "check", "install", "merging", "writing_from"]
