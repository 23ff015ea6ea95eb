"""Data-quality rules: a clean FY2024-Q3 gives no finding; each crafted defect fires its own rule only.

Defects are written straight through the ORM, since the services refuse most of them. In the clean
period every reported value has evidence attached and the training its signed attendance sheet.
"""

from __future__ import annotations

from datetime import date

import pytest

from flare_monitor.db.enums import ActivityStatus, ActivityType, Sex
from flare_monitor.db.models import (
    Activity,
    Attendance,
    Indicator,
    IndicatorTarget,
    IndicatorValue,
    Participant,
)
from flare_monitor.indicators.periods import parse_period
from flare_monitor.indicators.quality import quality_findings
from flare_monitor.services.evidence import NewEvidence, Target, add_evidence
from tests.flare_monitor.indicators.test_engine import TRAINED, add_indicator, build_project

D = date
Q3 = "FY2024-Q3"  # 1 Apr – 30 Jun 2024


def _prove(session, target: Target, kind: str = "report") -> None:
    session.flush()
    add_evidence(session, target, NewEvidence("proof.txt", b"Signed and stamped list\n", type=kind))


def _value(
    session,
    code,
    label,
    country=None,
    sex=None,
    value=None,
    numerator=None,
    denominator=None,
    dates=None,
    proved=True,
):
    ind = session.query(Indicator).filter_by(code=code).one()
    period = parse_period(label) if label != "LOP" else None
    start, end = dates or (period.start, period.end)
    row = IndicatorValue(
            indicator_id=ind.id,
            period=label,
            period_start=start,
            period_end=end,
            country_code=country,
            sex=sex,
            value=value,
            numerator=numerator,
            denominator=denominator,
        )  # fmt: skip
    session.add(row)
    session.flush()
    if proved:
        _prove(session, Target(value=row.id))
    return row


def _target(session, code, label, value, country=None):
    ind = session.query(Indicator).filter_by(code=code).one()
    period = parse_period(label)
    session.add(
        IndicatorTarget(
            indicator_id=ind.id,
            period=label,
            period_start=period.start,
            period_end=period.end,
            country_code=country,
            value=value,
        )  # fmt: skip
    )


def _clean(session):
    project = build_project(session)
    for code, unit, computation in (
        ("NUM", "number", None),
        ("PCT", "percentage", None),
        ("TRAINED", "number", TRAINED),
    ):
        add_indicator(session, project, code, unit=unit, computation=computation)
        _target(session, code, Q3, 10 if unit == "number" else 70, country="PK")
    _value(session, "NUM", Q3, "PK", value=8)
    _value(session, "NUM", Q3, "PK", Sex.FEMALE, value=4)
    _value(session, "NUM", Q3, "PK", Sex.MALE, value=4)
    _value(session, "PCT", Q3, "PK", numerator=3, denominator=4, value=75)
    training = Activity(
        project_id=project.id, country_code="PK", code="TRN-1", title="Training in Quetta", type=ActivityType.TRAINING,
        status=ActivityStatus.COMPLETED, planned_start=D(2024, 4, 16), planned_end=D(2024, 4, 17),
    )  # fmt: skip
    person = Participant(full_name="Ayesha Khan", sex=Sex.FEMALE)
    session.add_all([training, person])
    session.flush()
    session.add(Attendance(activity_id=training.id, participant_id=person.id))
    _prove(session, Target(activity="TRN-1"), "attendance_sheet")
    session.flush()
    return project, training


def _sex_exceeds_total(session, project, training):
    _value(session, "NUM", Q3, "NP", value=5)
    _value(session, "NUM", Q3, "NP", Sex.FEMALE, value=4)
    _value(session, "NUM", Q3, "NP", Sex.MALE, value=3)  # 4 + 3 > 5


def _percentage_out_of_range(session, project, training):
    _value(session, "PCT", Q3, "NP", numerator=5, denominator=4, value=125)


def _negative(session, project, training):
    _value(session, "NUM", Q3, None, value=-2)


def _outside_project(session, project, training):
    _value(session, "NUM", "FY2030-Q1", "PK", value=3)  # Oct–Dec 2029; the project ends 30 Sep 2025


def _period_mismatch(session, project, training):
    _value(session, "NUM", "FY2024-Q2", "NP", value=3, dates=(D(2024, 4, 1), D(2024, 6, 30)))  # Q3's dates


def _missing_target(session, project, training):
    add_indicator(session, project, "NOTARGET")


def _activity_without_attendance(session, project, training):
    session.add(
        Activity(
            project_id=project.id,
            country_code="PK",
            code="TRN-2",
            title="Second training",
            type=ActivityType.WORKSHOP,
            status=ActivityStatus.COMPLETED,
            planned_start=D(2024, 5, 2),
            planned_end=D(2024, 5, 2),
        )  # fmt: skip
    )
    _prove(session, Target(activity="TRN-2"), "attendance_sheet")  # a sheet, but nobody recorded


def _sex_not_recorded(session, project, training):
    person = Participant(full_name="Rahim Baloch", sex=Sex.NOT_RECORDED)
    session.add(person)
    session.flush()
    session.add(Attendance(activity_id=training.id, participant_id=person.id))


def _percentage_without_ratio(session, project, training):
    _value(session, "PCT", Q3, "NP", value=60)  # PK has 3/4; 60 % cannot be combined with it


def _activity_without_attendance_sheet(session, project, training):
    training = Activity(
        project_id=project.id, country_code="PK", code="TRN-3", title="Training in Gwadar", type=ActivityType.TRAINING,
        status=ActivityStatus.COMPLETED, planned_start=D(2024, 6, 3), planned_end=D(2024, 6, 4),
    )  # fmt: skip
    session.add(training)
    session.flush()
    person = session.query(Participant).filter_by(full_name="Ayesha Khan").one()
    session.add(Attendance(activity_id=training.id, participant_id=person.id))


def _value_without_evidence(session, project, training):
    _value(session, "NUM", Q3, "UZ", value=2, proved=False)
    _value(
        session, "NUM", Q3, "UZ", Sex.FEMALE, value=2, proved=False
    )  # one finding for the cell and its split


def _unconfirmed_organization_types(session, project, training):
    """The trained officer's agency came from an import: typed "other", nobody confirmed it; TRAINED
    counts people by organization type."""
    from flare_monitor.db.models import Organization

    agency = Organization(name="Levies Force", type="other", type_confirmed=False)
    session.add(agency)
    session.flush()
    session.query(Participant).filter_by(full_name="Ayesha Khan").one().organization_id = agency.id


DEFECTS = {
    "sex_exceeds_total": (_sex_exceeds_total, "error", "indicator_value", "NUM"),
    "percentage_out_of_range": (_percentage_out_of_range, "error", "indicator_value", "PCT"),
    "negative_value": (_negative, "error", "indicator_value", "NUM"),
    "outside_project": (_outside_project, "error", "indicator_value", "FY2030-Q1"),
    "period_mismatch": (_period_mismatch, "error", "indicator_value", "FY2024-Q2"),
    "missing_target": (_missing_target, "warning", "indicator", "NOTARGET"),
    "activity_without_attendance": (_activity_without_attendance, "warning", "activity", "TRN-2"),
    "sex_not_recorded": (_sex_not_recorded, "warning", "participant", "Rahim Baloch"),
    "percentage_without_ratio": (_percentage_without_ratio, "warning", "indicator", "PCT"),
    "activity_without_attendance_sheet": (_activity_without_attendance_sheet, "warning", "activity", "TRN-3"),
    "value_without_evidence": (
        _value_without_evidence,
        "warning",
        "indicator",
        "NUM, FY2024-Q3 (Uzbekistan)",
    ),
    "unconfirmed_organization_types": (_unconfirmed_organization_types, "warning", "indicator", "TRAINED"),
}


def test_clean_period_has_no_findings(db):
    with db.session() as session:
        _clean(session)
        assert quality_findings(session, "TEST", Q3) == []


@pytest.mark.parametrize("rule", list(DEFECTS))
def test_each_rule_fires_on_its_defect_only(db, rule):
    add, severity, entity, named = DEFECTS[rule]
    with db.session() as session:
        project, training = _clean(session)
        add(session, project, training)
        session.flush()
        findings = quality_findings(session, "TEST", Q3)
    assert [f.rule for f in findings] == [rule]
    finding = findings[0]
    assert (finding.severity, finding.entity) == (severity, entity)
    assert named in finding.message  # the message names the record to fix
    assert finding.entity_id and len(finding.entity_id) == 36  # a uuid


def test_period_rules_ignore_other_periods(db):
    with db.session() as session:
        project, training = _clean(session)
        _sex_not_recorded(session, project, training)
        _activity_without_attendance(session, project, training)
        session.flush()
        # FY2024-Q2 (Jan–Mar) has no activity and no value; only the targets are missing there.
        rules = {f.rule for f in quality_findings(session, "TEST", "FY2024-Q2")}
    assert rules == {"missing_target"}


def test_errors_come_before_warnings(db):
    with db.session() as session:
        project, training = _clean(session)
        _missing_target(session, project, training)
        _negative(session, project, training)
        session.flush()
        findings = quality_findings(session, "TEST", Q3)
    assert [f.severity for f in findings] == ["error", "warning"]
    assert findings[0].as_json()["rule"] == "negative_value"
