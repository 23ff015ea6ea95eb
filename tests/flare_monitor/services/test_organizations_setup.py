"""Organizations: those an import created are "new — check the type" until confirmed, the quality page
lists the indicators that depend on them, an edit confirms the type (and the people then count), and
duplicates merge after a backup, never changing a locked period. Matching uses the same normalised
name whatever route created the organization."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from flare_monitor.actions import organizations as actions
from flare_monitor.actions.indicators import IndicatorQuery, indicator_report
from flare_monitor.actions.quality import QualityQuery, findings
from flare_monitor.db.audit import AuditEntry
from flare_monitor.db.enums import AuditAction
from flare_monitor.db.models import Organization, Participant
from flare_monitor.errors import ConflictError
from flare_monitor.io import dump
from flare_monitor.services import backups
from flare_monitor.services.period_locks import lock_period
from tests.flare_monitor.io.test_attendance_import import do_import, make_activity, write_xlsx
from tests.flare_monitor.test_cli import run

APRIL = "BR-PK-2024-TRN-APR"  # the demo's training of 16–17 April 2024 in Quetta (FY2024-Q3)
TRAINED = "1.1.1.2"  # law-enforcement officials trained: counts people of law-enforcement agencies


def _sheet(tmp_path, rows):
    return write_xlsx(tmp_path / "sheet.xlsx", [["Name", "Sex", "Organization", "Days"], *rows])


def _pk_q3(db):
    return indicator_report(db, IndicatorQuery("BRIDGE", "FY2024-Q3", "PK")).figure(TRAINED)


def test_an_import_marks_new_organizations_until_their_type_is_confirmed(demo_db, tmp_path, capsys):
    before = _pk_q3(demo_db).actual
    sheet = _sheet(
        tmp_path,
        [
            ["Sana Rind", "F", "Levies Force Balochistan", 2],
            ["Ali Magsi", "M", "Levies Force Balochistan", 2],
        ],
    )
    do_import(demo_db, sheet, APRIL)

    rows = actions.list_organizations(demo_db, actions.OrganizationQuery(unconfirmed_only=True))
    assert [(r.name, r.type, r.type_confirmed) for r in rows] == [
        ("Levies Force Balochistan", "other", False)
    ]
    # Typed "other", the two officers do not count as law enforcement yet, and the quality page says so.
    assert _pk_q3(demo_db).actual == before
    found = [
        f
        for f in findings(demo_db, QualityQuery("BRIDGE", "FY2024-Q3"))
        if f.rule == "unconfirmed_organization_types"
    ]
    assert {f.indicator for f in found} >= {TRAINED}
    assert "Levies Force Balochistan" in found[0].message

    code, out, _ = run(capsys, "--db", demo_db.url, "organizations", "list", "--unconfirmed", "--json")
    assert code == 0 and [o["name"] for o in json.loads(out)] == ["Levies Force Balochistan"]
    code, out, err = run(capsys, "--db", demo_db.url, "organizations", "edit", "levies force  BALOCHISTAN",
                         "--type", "law_enforcement")  # fmt: skip
    assert code == 0, err
    assert "type confirmed" in out

    assert _pk_q3(demo_db).actual == before + 2
    assert not [
        f
        for f in findings(demo_db, QualityQuery("BRIDGE", "FY2024-Q3"))
        if f.rule == "unconfirmed_organization_types"
    ]
    assert actions.list_organizations(demo_db, actions.OrganizationQuery(unconfirmed_only=True)) == []


def test_search_by_any_part_of_the_name_or_acronym(demo_db):
    names = [
        r.name for r in actions.list_organizations(demo_db, actions.OrganizationQuery(search="investigation"))
    ]
    assert names == ["Federal Investigation Agency"]
    assert [
        r.name for r in actions.list_organizations(demo_db, actions.OrganizationQuery(search="fia"))
    ] == names


def test_merge_moves_people_after_a_backup_and_is_audited(demo_db, tmp_path):
    sheet = _sheet(tmp_path, [["Sana Rind", "F", "Balochistan Police Dept", 2]])
    do_import(demo_db, sheet, APRIL)
    with demo_db.session() as session:
        police = session.scalar(select(Organization).where(Organization.name == "Balochistan Police"))
        people_before = session.scalar(select(func.count()).where(Participant.organization_id == police.id))
    backups_before = len(backups.list_backups()) if demo_db.file else 0
    outcome = actions.merge_organizations(
        demo_db, actions.MergeOrganizations("Balochistan Police", "Balochistan Police Dept")
    )
    assert (outcome.kept, outcome.merged, outcome.participants_moved) == (
        "Balochistan Police", "Balochistan Police Dept", 1
    )  # fmt: skip
    with demo_db.session() as session:
        assert (
            session.scalar(select(Organization).where(Organization.name == "Balochistan Police Dept")) is None
        )
        assert (
            session.scalar(select(func.count()).where(Participant.organization_id == police.id))
            == people_before + 1
        )
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == AuditAction.MERGE)).one()
        assert entry.entity == "organization" and entry.changes["merged_name"] == "Balochistan Police Dept"
    if demo_db.file:
        assert len(backups.list_backups()) == backups_before + 1
    # The officer counts as law enforcement now.
    assert _pk_q3(demo_db).by_sex["female"] == 8


def test_merge_and_type_changes_never_change_a_locked_period(demo_db, tmp_path, capsys):
    sheet = _sheet(tmp_path, [["Sana Rind", "F", "Levies Force Balochistan", 2]])
    do_import(demo_db, sheet, APRIL)
    with demo_db.session() as session:
        lock_period(session, "BRIDGE", "FY2024-Q3", "report submitted")
    before = _pk_q3(demo_db)
    with pytest.raises(ConflictError, match="FY2024-Q3, which was submitted"):
        actions.merge_organizations(
            demo_db, actions.MergeOrganizations("Balochistan Police", "Levies Force Balochistan")
        )
    code, _out, err = run(capsys, "--db", demo_db.url, "organizations", "edit", "Levies Force Balochistan",
                          "--type", "law_enforcement")  # fmt: skip
    assert code == 1 and "locked" in err and err.count("\n") == 1
    assert _pk_q3(demo_db) == before
    # Its name can still be corrected: the figures do not depend on it.
    code, _out, err = run(capsys, "--db", demo_db.url, "organizations", "edit", "Levies Force Balochistan",
                          "--name", "Balochistan Levies")  # fmt: skip
    assert code == 0, err


def test_a_load_without_search_names_does_not_make_imports_create_duplicates(db, tmp_path):
    code = make_activity(db)
    with db.session() as session:
        document = dump.dump_dataset(session)
    for row in document["tables"]["organization"]:
        row.pop("search_name", None)
    document["tables"]["organization"] = [
        {"id": "0b7a5f1e-2a52-4d52-9df8-4bd3a1f0c001", "name": "Federal Investigation Agency", "type": "law_enforcement",
         "country_code": "PK", "created_at": "2024-01-01T00:00:00", "updated_at": "2024-01-01T00:00:00", "version": 1},
    ]  # fmt: skip
    with db.session() as session:
        for table in reversed(dump._tables()):
            session.execute(table.delete())
        dump.load_dataset(session, document)
    do_import(db, _sheet(tmp_path, [["Asif Khan", "M", "federal investigation agency", 2]]), code)
    with db.session() as session:
        orgs = session.execute(select(Organization.name, Organization.search_name)).all()
    assert orgs == [("Federal Investigation Agency", "federal investigation agency")]
