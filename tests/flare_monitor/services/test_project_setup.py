"""Project set-up through the application layer: the project and its countries, levels, the results
framework, indicators, and deleting a project (backup first, never with a locked period)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from flare_monitor.actions import framework, setup_project
from flare_monitor.actions.framework import IndicatorIn
from flare_monitor.actions.setup_project import ProjectIn
from flare_monitor.db.audit import AuditEntry
from flare_monitor.db.enums import AuditAction
from flare_monitor.db.models import (
    Activity,
    Attendance,
    Indicator,
    IndicatorTarget,
    Organization,
    Participant,
    Project,
    Result,
)
from flare_monitor.errors import ConcurrentEditError, ConflictError, ValidationError
from flare_monitor.services import backups
from flare_monitor.services.maintenance import check_database
from flare_monitor.services.period_locks import lock_period, unlock_period

PROJECT = ProjectIn(
    code="leap", title="Law Enforcement Against forced labour", donor="USDOL", start="2023-10-01",
    end=date(2026, 9, 30), countries=("pk", "PE", "PK"), calendar="fiscal", grant_number="IL-1",
    grantee="ILO", subdivisions={"PK": ("pk-ba",)},
)  # fmt: skip


@pytest.fixture
def leap(db):
    setup_project.create_project(db, setup_project.CreateProject(PROJECT, ("Outcome", "Output")))
    framework.add_result(db, framework.AddResult("LEAP", "1", "Cases are prosecuted"))
    framework.add_result(db, framework.AddResult("LEAP", "1.1", "Officers trained", parent="1"))
    framework.add_result(db, framework.AddResult("LEAP", "1.2", "Studies published", parent="1"))
    rule = {"kind": "distinct_participants", "activity_types": ["training"]}
    framework.save_indicator(
        db,
        framework.SaveIndicator(
            "LEAP", IndicatorIn("1.1.a", "Officers trained", "1.1", rule=rule, lop_target=80)
        ),
    )
    return db


def test_create_normalises_and_shows_the_project(leap):
    detail = setup_project.project_detail(leap, "leap")
    assert detail.code == "LEAP"
    assert [c.code for c in detail.countries] == ["PE", "PK"]
    assert detail.countries[1].subdivisions == (("PK-BA", "Balochistan"),)
    assert detail.fiscal_year_start_month == 10  # fiscal without a month: the US government's
    assert detail.levels == ("Outcome", "Output")
    assert [(n.code, n.level) for n in detail.flat_results()] == [
        ("1", "Outcome"),
        ("1.1", "Output"),
        ("1.2", "Output"),
    ]
    sheet = detail.indicators[0]
    assert sheet.lop_target == 80 and sheet.rule["period_date"] == "start"
    assert sheet.rule_words.startswith("participants of completed trainings")


def test_a_calendar_project_counts_years_from_january(db):
    data = ProjectIn("CAL", "Calendar project", "EU", "2024-01-01", "2025-12-31", ("NP",))
    setup_project.create_project(db, setup_project.CreateProject(data))
    assert setup_project.project_detail(db, "CAL").fiscal_year_start_month == 1


def test_edits_are_validated_and_audited(leap):
    form = setup_project.project_form(leap, "LEAP")
    assert form.levels == ("Outcome", "Output")
    changed = ProjectIn(**{**form.data.__dict__, "title": "LEAP, second phase", "countries": ("PK",)})
    setup_project.edit_project(leap, setup_project.EditProject("LEAP", data=changed, version=form.version))
    assert setup_project.project_detail(leap, "LEAP").title == "LEAP, second phase"
    with leap.session() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.entity == "project")).all()
        assert any(e.action == AuditAction.UPDATE and "title" in e.changes for e in entries)
    # The form of a colleague who opened it before the change is refused, saying what changed.
    with pytest.raises(ConcurrentEditError, match="LEAP, second phase"):
        setup_project.edit_project(
            leap, setup_project.EditProject("LEAP", data=form.data, version=form.version, seen=form.data)
        )
    bad = ProjectIn(**{**form.data.__dict__, "end": "2023-01-01"})
    with pytest.raises(ValidationError, match="end date: 2023-01-01 is not after the start date") as caught:
        setup_project.edit_project(leap, setup_project.EditProject("LEAP", data=bad))
    assert caught.value.field == "end date"


def test_results_move_and_refuse_deletes_with_the_reason(leap):
    framework.move_result(leap, framework.MoveResult("LEAP", "1.2", step=-1))
    view = framework.framework_view(leap, "LEAP")
    assert [n.code for n in view.flat_results()] == ["1", "1.2", "1.1"]
    with pytest.raises(ConflictError, match="Result 1.1 cannot be deleted: it has 1 indicator"):
        framework.delete_result(leap, framework.DeleteResult("LEAP", "1.1"))
    with pytest.raises(ConflictError, match="it has 2 results under it"):
        framework.delete_result(leap, framework.DeleteResult("LEAP", "1"))
    framework.delete_result(leap, framework.DeleteResult("LEAP", "1.2"))
    assert [n.code for n in framework.framework_view(leap, "LEAP").flat_results()] == ["1", "1.1"]


def test_rule_preview_comes_from_the_engine(demo_db):
    """The form's live preview and the indicator table agree (the same engine, the same period)."""
    from flare_monitor.actions.indicators import IndicatorQuery, indicator_report

    report = indicator_report(demo_db, IndicatorQuery("BRIDGE", "FY2024-Q3", "PK"))
    people = [f for f in report.figures if f.computed and f.by_sex and f.actual]
    assert people
    for figure in people:
        sheet = framework.indicator_sheet(demo_db, framework.DeleteIndicator("BRIDGE", figure.code))
        preview = framework.preview_rule(
            demo_db, framework.RuleQuery("BRIDGE", "FY2024-Q3", sheet.rule, sheet.unit, country="PK")
        )
        assert preview.value == figure.actual and preview.by_sex == figure.by_sex
        assert preview.words == sheet.rule_words


def _counts(db, project_code: str) -> dict[str, int]:
    with db.session() as session:
        project = session.scalar(select(Project).where(Project.code == project_code))
        return {
            "activities": session.scalar(select(func.count()).where(Activity.project_id == project.id)),
            "indicators": session.scalar(select(func.count()).where(Indicator.project_id == project.id)),
            "results": session.scalar(select(func.count()).where(Result.project_id == project.id)),
            "attendance": session.scalar(
                select(func.count())
                .select_from(Attendance)
                .join(Activity)
                .where(Activity.project_id == project.id)
            ),
        }


def test_deleting_the_demo_project_leaves_the_other_intact(demo_db, tmp_path):
    flare_before = _counts(demo_db, "FLARE")
    with demo_db.session() as session:
        lock_period(session, "BRIDGE", "FY2024-Q2", "report submitted")
    with pytest.raises(ConflictError, match="BRIDGE cannot be deleted: FY2024-Q2 is locked"):
        setup_project.delete_project(demo_db, setup_project.DeleteProject("BRIDGE", "BRIDGE"))
    with pytest.raises(ValidationError, match="type the project's code"):
        setup_project.delete_project(demo_db, setup_project.DeleteProject("BRIDGE", "FLARE"))
    from flare_monitor.db.models import EvidenceBlob
    from flare_monitor.services.evidence import NewEvidence, Target, add_evidence
    from tests.flare_monitor.evidence.samples import pdf

    with demo_db.session() as session:  # a signed sheet attached to a BRIDGE training: its bytes go too
        add_evidence(session, Target(activity="BR-PK-2024-TRN-APR"), NewEvidence("sheet.pdf", pdf("BRIDGE")))
        blobs_before = session.scalar(select(func.count()).select_from(EvidenceBlob))
    with demo_db.session() as session:
        unlock_period(session, "BRIDGE", "FY2024-Q2", "delete the demo")
        bridge = session.scalar(select(Project).where(Project.code == "BRIDGE"))
        bridge_people = set(
            session.scalars(
                select(Attendance.participant_id).join(Activity).where(Activity.project_id == bridge.id)
            )
        )
        flare_people = set(
            session.scalars(
                select(Attendance.participant_id).join(Activity).join(Project).where(Project.code == "FLARE")
            )
        )
    backups_before = len(backups.list_backups()) if demo_db.file else 0

    deleted = setup_project.delete_project(demo_db, setup_project.DeleteProject("bridge", "BRIDGE"))

    assert (
        deleted.rows["project"] == 1 and deleted.rows["activity"] > 0 and deleted.rows["indicator_target"] > 0
    )
    with demo_db.session() as session:
        assert session.scalar(select(Project).where(Project.code == "BRIDGE")) is None
        people = set(session.scalars(select(Participant.id)))
        assert not (bridge_people - flare_people) & people  # those known only through BRIDGE are gone
        assert flare_people <= people
        orphans = session.scalar(
            select(func.count())
            .select_from(IndicatorTarget)
            .where(~IndicatorTarget.indicator_id.in_(select(Indicator.id)))
        )
        assert orphans == 0
        assert session.scalar(select(func.count()).select_from(Organization)) > 0
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "project", AuditEntry.action == AuditAction.DELETE)
        ).one()
        assert entry.changes["code"] == "BRIDGE"
        assert session.scalar(select(func.count()).select_from(EvidenceBlob)) == blobs_before - 1
    assert _counts(demo_db, "FLARE") == flare_before
    assert check_database(demo_db) == []
    if demo_db.file:
        assert len(backups.list_backups()) == backups_before + 1
        assert "before-delete" in backups.list_backups()[-1].path.name
