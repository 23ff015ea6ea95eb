"""The indicator commands, on the demo data and on a small project.

On the demo, the officials-trained indicator of BRIDGE for PK in FY2024-Q3 is checked against a count
made here from the attendance rows, with the indicator's filters applied by hand in Python.
"""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from flare_monitor import cli
from flare_monitor.cli import indicator_commands
from flare_monitor.db.models import Activity, Attendance, Indicator, Organization, Participant, Project
from tests.flare_monitor.indicators.test_quality import _clean

OFFICIALS = "Number of law enforcement officials trained on forced labour, bonded labour and human trafficking (by sex)"
APRIL = "BR-PK-2024-TRN-APR"


@pytest.fixture(autouse=True)
def _commands(monkeypatch):
    # The lead adds the module to COMMAND_MODULES; until then (and without registering it twice) add it here.
    if indicator_commands not in cli.COMMAND_MODULES:
        monkeypatch.setattr(cli, "COMMAND_MODULES", [*cli.COMMAND_MODULES, indicator_commands])


def run(db_url, *args):
    return cli.run(["--db", db_url, *args])


def qualifying_people(
    session, indicator: Indicator, start: date, end: date, country: str, activity_code=None
):
    """{participant id: sex} by brute force over the project's attendance rows."""
    comp = indicator.computation
    rows = session.execute(
        select(
            Attendance.participant_id, Attendance.role, Attendance.days_attended, Attendance.completed,
            Participant.sex, Organization.type, Activity,
        )
        .join(Activity, Activity.id == Attendance.activity_id)
        .join(Participant, Participant.id == Attendance.participant_id)
        .outerjoin(Organization, Organization.id == Participant.organization_id)
        .where(Activity.project_id == indicator.project_id)
    ).all()  # fmt: skip
    people = {}
    for pid, role, days, completed, sex, org_type, act in rows:
        day = act.actual_start or act.planned_start
        length = ((act.actual_end or act.planned_end) - day).days + 1
        if activity_code and act.code != activity_code:
            continue
        if not (start <= day <= end and act.country_code == country):
            continue
        if act.type not in comp.get("activity_types", [act.type]):
            continue
        if act.status not in comp.get("activity_statuses", ["completed"]):
            continue
        if "organization_types" in comp and org_type not in comp["organization_types"]:
            continue
        if role not in comp.get("roles", ["participant"]):
            continue
        if comp.get("completed_only") and not completed:
            continue
        share = comp.get("min_attendance_share")
        if share is not None and days is not None and days < share * length:
            continue
        people[pid] = str(sex)
    return people


@pytest.mark.parametrize("period", ["2024-Q2", "FY2024-Q3"])
def test_officials_trained_in_pakistan_match_a_brute_force_count(demo_db, db_url, capsys, period):
    code = run(db_url, "indicators", "--project", "BRIDGE", "--period", period, "--country", "PK", "--json")
    out = capsys.readouterr().out
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"project", "period", "country", "indicators"}
    assert data["project"] == "BRIDGE" and data["country"] == "PK"
    assert data["period"]["start"] == "2024-04-01" and data["period"]["end"] == "2024-06-30"
    fig = next(f for f in data["indicators"] if f["name"] == OFFICIALS)
    with demo_db.session() as session:
        indicator = session.scalar(select(Indicator).where(Indicator.name == OFFICIALS))
        april = session.scalar(select(Activity).where(Activity.code == APRIL))
        roster = set(
            session.scalars(
                select(Attendance.participant_id).where(
                    Attendance.activity_id == april.id, Attendance.role == "participant"
                )
            )
        )
        quarter = qualifying_people(session, indicator, date(2024, 4, 1), date(2024, 6, 30), "PK")
        april_counted = qualifying_people(
            session, indicator, date(2024, 4, 1), date(2024, 6, 30), "PK", APRIL
        )
        project = session.scalar(select(Project).where(Project.code == "BRIDGE"))
        to_date = qualifying_people(session, indicator, project.start_date, date(2024, 6, 30), "PK")
    assert len(roster) == 40 and set(april_counted) == roster  # all 40 officers count
    assert fig["computed"] is True
    assert fig["actual"] == len(quarter) >= 40
    assert roster <= set(quarter)
    by_sex = fig["by_sex"]
    assert by_sex["female"] + by_sex["male"] + by_sex["other"] + by_sex["not_recorded"] == fig["actual"]
    assert by_sex["female"] == sum(1 for s in quarter.values() if s == "female")
    assert fig["cumulative_actual"] == len(to_date)


def test_table_output_and_all_countries(demo_db, db_url, capsys):
    assert run(db_url, "indicators", "--project", "bridge", "--period", "FY2024-Q3") == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("BRIDGE FY2024-Q3 (2024-04-01 to 2024-06-30), all countries")
    assert out[1].split()[:3] == ["code", "indicator", "unit"]
    assert any(line.startswith("1.1.1.2 ") for line in out)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--project", "BRIDGE", "--period", "2024-Q7"], "not a valid period"),
        (["--project", "NOPE", "--period", "2024-Q2"], "Unknown project 'NOPE'"),
        (["--project", "BRIDGE", "--period", "2024-Q2", "--country", "FR"], "FR is not one of the countries"),
    ],
)
def test_bad_requests_exit_1_with_one_line(demo_db, db_url, capsys, args, message):
    assert run(db_url, "indicators", *args, "--json") == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and message in lines[0]


def test_quality_and_manual_entry_commands(db, db_url, capsys):
    with db.session() as session:
        _clean(session)
    assert run(db_url, "quality", "--project", "TEST", "--period", "FY2024-Q3") == 0
    assert capsys.readouterr().out.strip() == "No findings."

    assert run(db_url, "indicator", "set-value", "--project", "TEST", "--indicator", "PCT", "--period", "FY2024-Q3",
               "--country", "NP", "--numerator", "1", "--denominator", "2") == 0  # fmt: skip
    assert run(db_url, "indicator", "set-value", "--project", "TEST", "--indicator", "NUM", "--period", "FY2024-Q3",
               "--country", "NP", "--sex", "female", "--value", "3") == 0  # fmt: skip
    assert run(db_url, "indicator", "set-target", "--project", "TEST", "--indicator", "NUM", "--period", "LOP",
               "--value", "40") == 0  # fmt: skip
    capsys.readouterr()
    assert run(db_url, "indicators", "--project", "TEST", "--period", "FY2024-Q3", "--json") == 0
    figures = {f["code"]: f for f in json.loads(capsys.readouterr().out)["indicators"]}
    assert figures["PCT"]["actual"] == pytest.approx(100 * 4 / 6)  # PK 3/4 and NP 1/2
    assert figures["NUM"]["actual"] == 11 and figures["NUM"]["lop_target"] == 40  # PK 8 + NP 3

    # A finding does not make the command fail.
    assert run(db_url, "indicator", "set-value", "--project", "TEST", "--indicator", "NUM", "--period", "FY2024-Q2",
               "--country", "PK", "--value", "2") == 0  # fmt: skip
    capsys.readouterr()
    assert run(db_url, "quality", "--project", "TEST", "--period", "FY2024-Q2", "--json") == 0
    # The value just entered has no evidence attached yet.
    assert {f["rule"] for f in json.loads(capsys.readouterr().out)} == {
        "missing_target",
        "value_without_evidence",
    }

    assert run(db_url, "indicator", "set-value", "--project", "TEST", "--indicator", "PCT", "--period", "FY2024-Q3",
               "--numerator", "3", "--denominator", "2") == 1  # fmt: skip
    assert "numerator: 3 is more than the denominator 2" in capsys.readouterr().err


def test_period_lock_commands(db, db_url, capsys):
    with db.session() as session:
        _clean(session)
    assert run(db_url, "period", "list", "--project", "TEST") == 0
    assert "No locked periods." in capsys.readouterr().out
    assert (
        run(db_url, "period", "lock", "--project", "TEST", "--period", "FY2024-Q3", "--reason", "Submitted")
        == 0
    )
    assert run(db_url, "indicator", "set-target", "--project", "TEST", "--indicator", "NUM", "--period", "FY2024-Q3",
               "--value", "12") == 1  # fmt: skip
    assert "locked; unlock it with a reason first" in capsys.readouterr().err
    assert (
        run(db_url, "period", "unlock", "--project", "TEST", "--period", "FY2024-Q3", "--reason", "  ") == 1
    )
    assert (
        run(db_url, "period", "unlock", "--project", "TEST", "--period", "FY2024-Q3", "--reason", "Fix") == 0
    )
    capsys.readouterr()
    assert run(db_url, "period", "list", "--project", "TEST", "--json") == 0
    [row] = json.loads(capsys.readouterr().out)
    assert (row["period"], row["locked"], row["reason"]) == ("FY2024-Q3", False, "Fix")
