"""What a donor's Technical Progress Report needs, entered through the actions and the command line: the
project's cover-sheet fields, the risk register, an activity's reason, narratives per result with a photo,
and the explanation and data source of an entered value."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

import flare_monitor.cli as cli
from flare_monitor.actions.narrative_sections import (
    ListNarratives,
    SetNarrative,
    list_narratives,
    set_narrative,
)
from flare_monitor.actions.project_details import (
    ProjectChanges,
    SetProjectDetails,
    set_project_details,
    show_project,
)
from flare_monitor.actions.risks import AddRisk, EditRisk, ListRisks, RiskIn, add_risk, edit_risk, list_risks
from flare_monitor.actions.work_plan import EditActivity, edit_activity
from flare_monitor.db.models import AuditEntry, IndicatorValue
from flare_monitor.errors import ConcurrentEditError, NotFoundError, ValidationError


def _run(capsys, db, *argv):
    code = cli.run(["--db", db.url, *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_project_details_change_only_what_is_given(demo_db):
    before = show_project(demo_db, "bridge")
    assert before.grant_number == "IL-27592-15-75-K"
    changes = ProjectChanges(grantee="International Labour Office", total_funding="14,250,000",
                             hq_contact="A. Officer\n  Geneva   \n\n+41 22 799 6111")  # fmt: skip
    after = set_project_details(demo_db, SetProjectDetails("BRIDGE", changes))
    assert after.grantee == "International Labour Office" and after.total_funding == 14_250_000
    assert after.hq_contact == "A. Officer\nGeneva\n+41 22 799 6111"
    assert (after.title, after.grant_number) == (before.title, before.grant_number)
    cleared = set_project_details(demo_db, SetProjectDetails("BRIDGE", ProjectChanges(grantee="")))
    assert cleared.grantee is None and cleared.total_funding == 14_250_000
    for bad in (ProjectChanges(total_funding="a lot"), ProjectChanges(total_funding="-5"),
                ProjectChanges(title=""), ProjectChanges(grantee_uei="X" * 40)):  # fmt: skip
        with pytest.raises(ValidationError):
            set_project_details(demo_db, SetProjectDetails("BRIDGE", bad))
    with demo_db.session(audit=False) as session:  # the change is in the audit trail, old and new values
        entry = session.scalars(select(AuditEntry).where(AuditEntry.entity == "project")).first()
        assert entry is not None and "total_funding" in entry.changes


def test_project_set_and_show_on_the_command_line(demo_db, capsys):
    code, out, err = _run(
        capsys,
        demo_db,
        "project",
        "set",
        "BRIDGE",
        "--uei",
        "ABC123DEF456",
        "--representative",
        "Chief, FUNDAMENTALS",
        "--field-contact",
        "Islamabad\\nPakistan",
    )
    assert code == 0, err
    code, out, _err = _run(capsys, demo_db, "project", "show", "BRIDGE", "--json")
    data = json.loads(out)
    assert data["grantee_uei"] == "ABC123DEF456" and data["field_contact"] == "Islamabad\nPakistan"
    code, _out, err = _run(capsys, demo_db, "project", "set", "NOPE", "--grantee", "x")
    assert code == 1 and "Unknown project" in err and err.count("\n") == 1


def test_risk_register_numbers_edits_and_scope(demo_db, capsys):
    first = add_risk(demo_db, AddRisk("FLARE", RiskIn(risk="Officers are transferred", likelihood="high")))
    second = add_risk(demo_db, AddRisk("FLARE", RiskIn(risk="Floods in Sindh", country="th", impact="HIGH")))
    assert (first.label, second.label, second.country) == ("R1", "R2", "TH")
    assert (first.likelihood, first.impact, first.status) == ("high", "medium", "open")
    edited = edit_risk(demo_db, EditRisk("FLARE", "r1", RiskIn(status="closed", mitigation="Train trainers")))
    assert edited.status == "closed" and edited.mitigation == "Train trainers" and edited.risk == first.risk
    assert [r.label for r in list_risks(demo_db, ListRisks("FLARE", open_only=True))] == ["R2"]
    assert [r.label for r in list_risks(demo_db, ListRisks("FLARE", countries=("CN",)))] == ["R1"]
    with pytest.raises(ConcurrentEditError):
        edit_risk(demo_db, EditRisk("FLARE", 2, RiskIn(status="closed"), expected_version=second.version - 1))
    for bad in (AddRisk("FLARE", RiskIn(risk="  ")), AddRisk("FLARE", RiskIn(risk="x", likelihood="huge")),
                AddRisk("FLARE", RiskIn(risk="x", country="PK"))):  # fmt: skip
        with pytest.raises(ValidationError):
            add_risk(demo_db, bad)
    with pytest.raises(NotFoundError):
        edit_risk(demo_db, EditRisk("FLARE", 9, RiskIn(status="closed")))
    code, out, err = _run(capsys, demo_db, "risk", "add", "--project", "FLARE", "--risk", "Elections delay laws",
                          "--likelihood", "medium", "--impact", "high")  # fmt: skip
    assert code == 0 and "R3" in out, err
    code, out, _err = _run(capsys, demo_db, "risk", "list", "--project", "FLARE", "--json")
    assert [r["label"] for r in json.loads(out)] == ["R1", "R2", "R3"]
    code, _out, err = _run(capsys, demo_db, "risk", "edit", "--project", "FLARE", "R3", "--status", "gone")
    assert code == 1 and "status" in err


def test_activity_reason_through_edit_and_the_command_line(demo_db, capsys):
    detail = edit_activity(
        demo_db, EditActivity("BR-PK-2025-02", reason="The Sindh department asked for new dates")
    )
    assert (
        detail.row.reason == "The Sindh department asked for new dates" and detail.row.status == "postponed"
    )
    assert detail.as_input().reason == detail.row.reason  # an edit form sends it back unchanged
    code, out, err = _run(capsys, demo_db, "activity", "edit", "BR-PE-2025-04", "--status", "cancelled",
                          "--reason", "Budget moved to Puno")  # fmt: skip
    assert code == 0, err
    code, out, _err = _run(capsys, demo_db, "activity", "show", "BR-PE-2025-04", "--json")
    assert json.loads(out)["reason"] == "Budget moved to Puno" and json.loads(out)["status"] == "cancelled"
    code, out, _err = _run(capsys, demo_db, "activity", "edit", "BR-PE-2025-04", "--reason", "")
    code, out, _err = _run(capsys, demo_db, "activity", "show", "BR-PE-2025-04", "--json")
    assert json.loads(out)["reason"] is None
    code, _out, err = _run(capsys, demo_db, "activity", "edit", "BR-PE-2025-04", "--status", "lost")
    assert code == 1 and "status" in err


def test_narratives_per_result_with_a_photo(demo_db, tmp_path, capsys):
    from PIL import Image

    photo = tmp_path / "story.jpg"
    Image.new("RGB", (40, 30), (200, 120, 40)).save(photo)
    row = set_narrative(demo_db, SetNarrative("BRIDGE", "FY2024-S2", "success_story", "Saima trained others.",
                                              photo=str(photo), photo_caption="Saima in Quetta"))  # fmt: skip
    assert row.photo_path == str(photo.absolute()) and row.photo_caption == "Saima in Quetta"
    one = set_narrative(
        demo_db, SetNarrative("BRIDGE", "FY2024-S2", "outcome_progress", "On 1.1", result="1.1")
    )
    two = set_narrative(
        demo_db, SetNarrative("BRIDGE", "FY2024-S2", "outcome_progress", "On 1.2", result="1.2")
    )
    assert (one.result, two.result) == ("1.1", "1.2")
    rows = list_narratives(demo_db, ListNarratives("BRIDGE", "FY2024-S2"))
    ours = [(r.section, r.result) for r in rows if r.period == "FY2024-S2"]
    assert ("outcome_progress", "1.1") in ours and ("outcome_progress", "1.2") in ours
    assert any(r.period == "FY2024-Q3" for r in rows)  # the quarters within the half year
    for bad in (SetNarrative("BRIDGE", "FY2024-S2", "outcome_progress", "x"),  # which result?
                SetNarrative("BRIDGE", "FY2024-S2", "highlights", "x", result="1.1"),
                SetNarrative("BRIDGE", "FY2024-S2", "outcome_progress", "x", result="9.9"),
                SetNarrative("BRIDGE", "FY2024-S2", "success_story", "x", photo=str(tmp_path / "no.png")),
                SetNarrative("BRIDGE", "FY2024-S2", "success_story", "x", photo=str(tmp_path))):  # fmt: skip
        with pytest.raises(ValidationError):
            set_narrative(demo_db, bad)
    text = tmp_path / "story.txt"
    text.write_text("Read from a file.\n", encoding="utf-8")
    code, out, err = _run(capsys, demo_db, "narrative", "set", "--project", "BRIDGE", "--period", "FY2024-S2",
                          "--section", "sustainability", "--file", str(text))  # fmt: skip
    assert code == 0, err
    code, out, _err = _run(capsys, demo_db, "narrative", "list", "--project", "BRIDGE", "--period", "FY2024-S2",
                           "--json")  # fmt: skip
    texts = {(r["section"], r["period"]): r["text"] for r in json.loads(out)}
    assert texts[("sustainability", "FY2024-S2")] == "Read from a file."
    code, out, _err = _run(capsys, demo_db, "narrative", "set", "--project", "BRIDGE", "--period", "FY2024-S2",
                           "--section", "sustainability", "--text", "")  # fmt: skip
    assert code == 0 and "Removed" in out


def test_explanation_and_data_source_of_a_value(demo_db, capsys):
    code, _out, err = _run(capsys, demo_db, "indicator", "set-value", "--project", "BRIDGE", "--indicator", "1.1",
                           "--period", "FY2024-Q3", "--value", "1", "--explanation", "Adopted in May",
                           "--data-source", "Official gazette")  # fmt: skip
    assert code == 0, err
    code, _out, err = _run(capsys, demo_db, "indicator", "set-value", "--project", "BRIDGE", "--indicator", "1.1",
                           "--period", "FY2024-Q3", "--value", "2")  # fmt: skip
    with demo_db.session(audit=False) as session:
        row = session.scalars(select(IndicatorValue).where(IndicatorValue.period == "FY2024-Q3",
                                                           IndicatorValue.value == 2)).one()  # fmt: skip
        assert (row.explanation, row.data_source) == ("Adopted in May", "Official gazette")  # kept


def test_a_deleted_risks_number_is_never_given_again(demo_db, capsys):
    from flare_monitor.actions.risks import DeleteRisk, delete_risk

    labels = [add_risk(demo_db, AddRisk("FLARE", RiskIn(risk=f"Risk {n}"))).label for n in (1, 2)]
    assert labels == ["R1", "R2"]
    stale = list_risks(demo_db, ListRisks("FLARE"))[1]
    edit_risk(demo_db, EditRisk("FLARE", 2, RiskIn(status="monitoring")))
    with pytest.raises(ConcurrentEditError):  # changed since the table showed it: not deleted
        delete_risk(demo_db, DeleteRisk("FLARE", 2, expected_version=stale.version))
    assert delete_risk(demo_db, DeleteRisk("FLARE", "R2")).risk == "Risk 2"
    assert [r.label for r in list_risks(demo_db, ListRisks("FLARE"))] == ["R1"]
    assert add_risk(demo_db, AddRisk("FLARE", RiskIn(risk="Risk 3"))).label == "R3"  # not R2 again
    assert add_risk(demo_db, AddRisk("BRIDGE", RiskIn(risk="Another project's"))).label == "R6"
    code, out, err = _run(capsys, demo_db, "risk", "delete", "--project", "FLARE", "R3")
    assert code == 0 and "Deleted risk R3 of FLARE." in out, err
    code, _out, err = _run(capsys, demo_db, "risk", "delete", "--project", "FLARE", "R3")
    assert code == 1 and "FLARE has no risk R3" in err
    with pytest.raises(NotFoundError):
        delete_risk(demo_db, DeleteRisk("FLARE", 9))


def test_the_tpr_texts_of_a_quarter_are_the_half_years(demo_db, tmp_path):
    from PIL import Image

    from flare_monitor.actions.narratives import NarrativeQuery, SaveNarrative, save_narratives, tpr_view
    from flare_monitor.indicators.periods import parse_period

    view = tpr_view(demo_db, NarrativeQuery("BRIDGE", parse_period("FY2024-Q4"), None))
    assert view.period == "FY2024-S2" and view.locked is None
    assert [o.key for o in view.outcomes][:3] == ["outcome_progress:1", "outcome_progress:1.1",
                                                  "outcome_progress:1.1.1"]  # fmt: skip
    assert view.texts["outcome_progress:1.2"].startswith("Employers' and workers' organizations")
    assert view.texts["sustainability"].startswith("The training manuals") and view.photo is None
    photo = tmp_path / "story.png"
    Image.new("RGB", (40, 30), (200, 120, 40)).save(photo)
    texts = dict(view.texts, **{"outcome_progress:1.1.2": "Peru's law reached Congress."})
    save_narratives(demo_db, SaveNarrative("BRIDGE", "FY2024-S2", None, texts, seen=view.texts,
                                           photo=str(photo), caption="At the kiln"))  # fmt: skip
    again = tpr_view(demo_db, NarrativeQuery("BRIDGE", parse_period("FY2024-S2"), None))
    assert again.texts["outcome_progress:1.1.2"] == "Peru's law reached Congress."
    assert (again.photo, again.caption) == (str(photo), "At the kiln")
    nepal = tpr_view(demo_db, NarrativeQuery("BRIDGE", parse_period("FY2024-Q3"), "NP"))
    assert not any(nepal.texts.values())  # a country's own texts: none written yet
    empty = dict(again.texts, success_story="")
    with pytest.raises(ValidationError, match="write the story that goes with the photo"):
        save_narratives(demo_db, SaveNarrative("BRIDGE", "FY2024-S2", None, empty, seen=again.texts,
                                               photo=str(photo)))  # fmt: skip
