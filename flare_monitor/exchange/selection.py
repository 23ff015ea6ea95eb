"""The records of one project (and country) that go into a package, as they travel.

What travels, for `--project P [--country C] [--since D]`:

- the project's frame, always whole: the project, its countries, result levels, results, indicators and
  its risk register;
- targets, actual values and narratives of the project (of country C only, when given);
- activities of the project (in C), their partners and attendance;
- the participants who attended those activities and the organizations of those participants and
  partners: what the indicators of the country are counted from.

With `--since D` only records changed on or after D (UTC) go, plus every record they refer to, so a
package is always complete in itself: its records never point at something the receiver may lack.

Without personal data participants travel under a pseudonym (see `views`), without name, position,
phone or e-mail; attendance travels without remarks. Victims' records (participants marked
sensitive) always travel pseudonymised, even with personal data.

Evidence attached to the activities, values and narratives in scope travels with them (and what it is
attached to travels too); evidence marked personal (attendance sheets, photos) only with personal
data. Its content goes into the package beside the records.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, Table, select, true
from sqlalchemy.orm import Session

from flare_monitor.db.enums import AuditAction
from flare_monitor.db.models import (
    Activity,
    ActivityPartner,
    Attendance,
    AuditEntry,
    Evidence,
    Indicator,
    IndicatorTarget,
    IndicatorValue,
    Narrative,
    Organization,
    Participant,
    Project,
    ProjectCountry,
    ProjectRisk,
    Result,
    ResultLevel,
)
from flare_monitor.exchange import views

_CHUNK = 500  # ids per IN list: well below the bound-parameter limits of SQLite and PostgreSQL


def _chunks(ids: Iterable[uuid.UUID]) -> Iterator[list[uuid.UUID]]:
    items = sorted(set(ids), key=str)
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _encode(session: Session, query: Select, tbl: Table) -> list[dict[str, Any]]:
    return [views.encode_row(tbl, row) for row in session.execute(query).mappings()]


def rows_by_id(session: Session, tbl: Table, ids: Iterable[uuid.UUID]) -> list[dict[str, Any]]:
    """Encoded rows of `tbl` with these ids (in chunks)."""
    rows: list[dict[str, Any]] = []
    for chunk in _chunks(ids):
        rows.extend(_encode(session, select(tbl).where(tbl.c.id.in_(chunk)), tbl))
    return rows


class _Picker:
    """Collects encoded rows per table, each record once."""

    def __init__(self, session: Session, since: datetime | None):
        self.session = session
        self.since = since
        self.rows: dict[str, dict[str, dict[str, Any]]] = {t.name: {} for t in views.tables()}

    def recent(self, tbl: Table) -> ColumnElement[bool]:
        return tbl.c.updated_at >= self.since if self.since is not None else true()

    def add(self, tbl: Table, rows: Iterable[dict[str, Any]]) -> None:
        book = self.rows[tbl.name]
        for row in rows:
            book.setdefault(row["id"], row)

    def where(self, tbl: Table, *conditions: ColumnElement[bool]) -> list[dict[str, Any]]:
        rows = _encode(self.session, select(tbl).where(*conditions), tbl)
        self.add(tbl, rows)
        return rows

    def ids(self, tbl: Table, ids: Iterable[uuid.UUID]) -> None:
        wanted = {i for i in ids if i is not None and str(i) not in self.rows[tbl.name]}
        self.add(tbl, rows_by_id(self.session, tbl, wanted))

    def held(self, name: str) -> list[dict[str, Any]]:
        return list(self.rows[name].values())


def _ids(rows: Iterable[dict[str, Any]], column: str) -> set[uuid.UUID]:
    return {uuid.UUID(row[column]) for row in rows if row.get(column) is not None}


def select_records(
    session: Session,
    project: Project,
    country: str | None = None,
    since: datetime | None = None,
    personal_data: bool = False,
) -> dict[str, list[dict[str, Any]]]:
    """{table: encoded rows} of the package, tables in dependency order, rows sorted by id."""
    pick = _Picker(session, since)
    t = {
        cls.__tablename__: cls.__table__
        for cls in (
            Project,
            ProjectCountry,
            ProjectRisk,
            ResultLevel,
            Result,
            Indicator,
            IndicatorTarget,
            IndicatorValue,
            Narrative,
            Organization,
            Activity,
            ActivityPartner,
            Participant,
            Attendance,
            Evidence,
        )
    }

    # The frame: small, and everything else hangs on it.
    pick.where(t["project"], t["project"].c.id == project.id)
    for name in ("project_country", "project_risk", "result_level", "result", "indicator"):
        pick.where(t[name], t[name].c.project_id == project.id)

    def in_country(column) -> ColumnElement[bool]:
        return column == country if country else true()

    indicators = select(Indicator.id).where(Indicator.project_id == project.id)
    for name in ("indicator_target", "indicator_value"):
        tbl = t[name]
        pick.where(tbl, tbl.c.indicator_id.in_(indicators), in_country(tbl.c.country_code), pick.recent(tbl))
    pick.where(
        t["narrative"],
        Narrative.project_id == project.id,
        in_country(Narrative.country_code),
        pick.recent(t["narrative"]),
    )

    activities = select(Activity.id).where(
        Activity.project_id == project.id, in_country(Activity.country_code)
    )
    attendance = pick.where(
        t["attendance"], Attendance.activity_id.in_(activities), pick.recent(t["attendance"])
    )
    partners = pick.where(
        t["activity_partner"], ActivityPartner.activity_id.in_(activities), pick.recent(t["activity_partner"])
    )
    pick.where(t["activity"], Activity.id.in_(activities), pick.recent(t["activity"]))
    pick.ids(t["activity"], _ids(attendance, "activity_id") | _ids(partners, "activity_id"))

    attendees = select(Attendance.participant_id).where(Attendance.activity_id.in_(activities))
    pick.where(t["participant"], Participant.id.in_(attendees), pick.recent(t["participant"]))
    pick.ids(t["participant"], _ids(attendance, "participant_id"))

    if since is not None:  # organizations changed since, of anyone or any partner in scope
        partner_orgs = select(ActivityPartner.organization_id).where(
            ActivityPartner.activity_id.in_(activities)
        )
        people_orgs = select(Participant.organization_id).where(Participant.id.in_(attendees))
        pick.where(
            t["organization"],
            Organization.id.in_(partner_orgs.union(people_orgs)),
            pick.recent(t["organization"]),
        )
    pick.ids(
        t["organization"],
        _ids(pick.held("participant"), "organization_id") | _ids(partners, "organization_id"),
    )

    _evidence(pick, t, project, in_country, activities, personal_data)
    _protect(pick, personal_data)
    return {tbl.name: sorted(pick.held(tbl.name), key=lambda row: row["id"]) for tbl in views.tables()}


def _evidence(pick: _Picker, t: dict[str, Table], project: Project, in_country, activities, personal: bool):
    """Evidence of the activities, values and narratives in scope, and the records it is attached to."""
    ev = t["evidence"]
    values = (
        select(IndicatorValue.id)
        .join(Indicator, Indicator.id == IndicatorValue.indicator_id)
        .where(Indicator.project_id == project.id, in_country(IndicatorValue.country_code))
    )
    narratives = select(Narrative.id).where(
        Narrative.project_id == project.id, in_country(Narrative.country_code)
    )
    shown = true() if personal else ev.c.personal.is_(False)
    rows = pick.where(
        ev,
        Evidence.project_id == project.id,
        (ev.c.activity_id.in_(activities))
        | (ev.c.indicator_value_id.in_(values))
        | (ev.c.narrative_id.in_(narratives)),
        shown,
        pick.recent(ev),
    )
    pick.ids(t["activity"], _ids(rows, "activity_id"))
    pick.ids(t["indicator_value"], _ids(rows, "indicator_value_id"))
    pick.ids(t["narrative"], _ids(rows, "narrative_id"))


def _protect(pick: _Picker, personal_data: bool) -> None:
    """Pseudonymise participants (always the sensitive ones) and drop remarks about them."""
    hidden: set[str] = set()
    people = pick.rows["participant"]
    for key, row in people.items():
        if not personal_data or row.get("sensitive") or views.is_placeholder("participant", row):
            people[key] = views.pseudonymised("participant", row)
            hidden.add(key)
    attendance = pick.rows["attendance"]
    for key, row in attendance.items():
        if row["participant_id"] in hidden:
            attendance[key] = views.pseudonymised("attendance", row)


def merged_participants(session: Session, people: Iterable[str]) -> dict[uuid.UUID, uuid.UUID]:
    """Participants merged here as duplicates of the participants sent (merged id → id kept, through
    chains of merges), so that the receiver merges its copies too and counts the person once."""
    into: dict[str, str] = {}
    entries = select(AuditEntry.entity_id, AuditEntry.changes).where(
        AuditEntry.action == AuditAction.MERGE, AuditEntry.entity == "participant"
    )
    for kept, changes in session.execute(entries.order_by(AuditEntry.at, AuditEntry.id)):
        merged = changes.get("merged_participant") if isinstance(changes, dict) else None
        if kept and merged:
            into[str(merged)] = str(kept)
    sent = {str(i) for i in people}
    result: dict[uuid.UUID, uuid.UUID] = {}
    for merged, kept in into.items():
        hops = 0
        while kept in into and hops < len(into):  # a chain: merged into one that was merged in turn
            kept, hops = into[kept], hops + 1
        if kept in sent and merged not in sent:
            result[uuid.UUID(merged)] = uuid.UUID(kept)
    return result
