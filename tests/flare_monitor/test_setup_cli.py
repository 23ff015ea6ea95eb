"""Setting up a project on the command line, and the donor's Excel logframe both ways.

The same two-country project is built three ways — with the command line alone, from the Excel
template filled in, and from an exported workbook imported into an empty database — and each gives
the same `project show --json`. Bad input is one line on stderr, exit 1, and nothing written.
"""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from flare_monitor.io.logframe import workbook_values
from tests.flare_monitor.test_cli import _digest, run

LEVELS = "Long-term outcome,Medium-term outcome,Short-term outcome,Output"
TRAINED_RULE = [
    "--count", "people", "--activity-types", "training,workshop", "--statuses", "completed",
    "--roles", "participant", "--organization-types", "law_enforcement,labour_inspectorate",
    "--min-attendance-share", "0.5",
]  # fmt: skip
STUDIES_RULE = ["--count", "activities", "--activity-types", "research", "--period-date", "end"]


def build_with_cli(capsys, url: str) -> None:
    """The project of this module, built command by command."""
    steps = [
        ["project", "create", "--code", "LEAP", "--title", "Law Enforcement Against forced labour Project",
         "--donor", "United States Department of Labor", "--start", "2023-10-01", "--end", "2026-09-30",
         "--calendar", "fiscal", "--fiscal-year-start-month", "10", "--countries", "PK,PE",
         "--provinces", "PK-BA,PK-PB,PE-LIM", "--grant-number", "IL-35000-23-75-K",
         "--grantee", "International Labour Organization"],
        ["project", "levels", "LEAP", "--names", LEVELS],
        ["result", "add", "--project", "LEAP", "--code", "1", "--statement", "Forced labour is prosecuted"],
        ["result", "add", "--project", "LEAP", "--code", "1.1", "--parent", "1",
         "--statement", "Law enforcement identifies cases"],
        ["result", "add", "--project", "LEAP", "--code", "1.1.1", "--parent", "1.1",
         "--statement", "Officers know the indicators of forced labour"],
        ["result", "add", "--project", "LEAP", "--code", "1.1.1.1", "--parent", "1.1.1",
         "--statement", "Officers trained"],
        ["result", "add", "--project", "LEAP", "--code", "1.1.1.2", "--parent", "1.1.1",
         "--statement", "Studies published"],
        ["indicator", "add", "--project", "LEAP", "--result", "1.1.1.1", "--code", "OTP 1",
         "--name", "Officials trained, by sex", "--unit", "number", *TRAINED_RULE, "--cumulative", "--key",
         "--baseline", "0", "--baseline-date", "2023-10-01", "--lop-target", "400",
         "--disaggregations", "sex,country", "--data-source", "Attendance sheets",
         "--means-of-verification", "Signed attendance sheets", "--collection-method", "Register",
         "--frequency", "Quarterly", "--responsible", "M&E officer",
         "--definition", "Law-enforcement officials who completed a training"],
        ["indicator", "add", "--project", "LEAP", "--result", "1.1.1.2", "--code", "OTP 2",
         "--name", "Studies completed", "--unit", "number", *STUDIES_RULE, "--lop-target", "3",
         "--disaggregations", "country"],
        ["indicator", "add", "--project", "LEAP", "--result", "1", "--code", "LTO 1",
         "--name", "Cases prosecuted", "--unit", "number", "--reported", "--direction", "increase",
         "--baseline", "12", "--lop-target", "60", "--frequency", "Annual"],
        ["indicator", "set-target", "--project", "LEAP", "--indicator", "OTP 1", "--period", "FY2024-Q3",
         "--value", "40", "--country", "PK"],
        ["indicator", "set-target", "--project", "LEAP", "--indicator", "OTP 1", "--period", "FY2024-Q3",
         "--value", "20", "--country", "PE"],
        ["indicator", "set-target", "--project", "LEAP", "--indicator", "OTP 1", "--period", "FY2024-Q3",
         "--value", "60"],
        ["indicator", "set-target", "--project", "LEAP", "--indicator", "LTO 1", "--period", "FY2024",
         "--value", "15", "--country", "PE"],
    ]  # fmt: skip
    for argv in steps:
        code, _out, err = run(capsys, "--db", url, *argv)
        assert code == 0, (argv, err)


def fill_template(path: Path) -> None:
    """The same project typed into the empty template, as an officer would."""
    wb = openpyxl.load_workbook(path)
    project = wb["Project"]
    values = {
        "Code": "LEAP", "Title": "Law Enforcement Against forced labour Project",
        "Donor": "United States Department of Labor", "Grant number": "IL-35000-23-75-K",
        "Grantee": "International Labour Organization", "Start date": "2023-10-01",
        "End date": "2026-09-30", "Reporting calendar": "fiscal", "Fiscal year starts in month": 10,
    }  # fmt: skip
    for row in project.iter_rows(min_row=2):
        if row[0].value in values:
            row[1].value = values[row[0].value]
    levels = wb["Levels"]
    for depth, name in enumerate(LEVELS.split(","), start=1):
        levels.append([depth, name])
    countries = wb["Countries"]
    countries.append(["PK", None, "PK-PB, PK-BA"])
    countries.append(["pe", None, "PE-LIM"])
    results = wb["Results"]
    for row in (
        ["1", None, "Forced labour is prosecuted"],
        ["1.1", "1", "Law enforcement identifies cases"],
        ["1.1.1", "1.1", "Officers know the indicators of forced labour"],
        ["1.1.1.1", "1.1.1", "Officers trained"],
        ["1.1.1.2", "1.1.1", "Studies published"],
    ):
        results.append(row)
    indicators = wb["Indicators"]
    headers = [c.value for c in indicators[1]]

    def indicator(**cells) -> None:
        indicators.append([cells.get(h) for h in headers])

    indicator(**{
        "Code": "OTP 1", "Result": "1.1.1.1", "Name": "Officials trained, by sex",
        "Definition": "Law-enforcement officials who completed a training", "Unit": "number",
        "Direction": "increase", "Cumulative": "yes", "Key indicator": "yes", "Disaggregations": "sex, country",
        "Baseline": 0, "Baseline date": "2023-10-01", "LOP target": 400, "Data source": "Attendance sheets",
        "Means of verification": "Signed attendance sheets", "Collection method": "Register",
        "Frequency": "Quarterly", "Responsible": "M&E officer", "Actuals": "computed", "Count": "people",
        "Activity types": "training, workshop", "Activity statuses": "completed", "Roles": "participant",
        "Organization types": "law_enforcement, labour_inspectorate", "Minimum share of days": 0.5,
    })  # fmt: skip
    indicator(**{
        "Code": "OTP 2", "Result": "1.1.1.2", "Name": "Studies completed", "Unit": "number",
        "Disaggregations": "country", "LOP target": 3, "Actuals": "computed", "Count": "activities",
        "Activity types": "research", "Period date": "end",
    })  # fmt: skip
    indicator(**{
        "Code": "LTO 1", "Result": "1", "Name": "Cases prosecuted", "Unit": "number", "Direction": "increase",
        "Baseline": 12, "LOP target": 60, "Frequency": "Annual", "Actuals": "reported", "Disaggregations": "sex",
    })  # fmt: skip
    targets = wb["Targets"]
    for row in (
        ["OTP 1", "FY2024-Q3", "PK", None, 40],
        ["OTP 1", "FY2024-Q3", "PE", None, 20],
        ["OTP 1", "FY2024-Q3", None, None, 60],
        ["LTO 1", "FY2024", "PE", None, 15],
    ):
        targets.append(row)
    wb.save(path)


def show(capsys, url: str) -> dict:
    code, out, err = run(capsys, "--db", url, "project", "show", "LEAP", "--json")
    assert code == 0, err
    return json.loads(out)


@pytest.fixture
def empty_url(new_db_url, capsys):
    """Another empty database (migrated by its first command)."""
    url = new_db_url()
    assert run(capsys, "--db", url, "status")[0] == 0
    return url


def test_cli_and_excel_template_give_the_same_project(db_url, empty_url, capsys, tmp_path):
    build_with_cli(capsys, db_url)
    by_cli = show(capsys, db_url)

    template = tmp_path / "template.xlsx"
    assert run(capsys, "project", "template", "--out", str(template))[0] == 0
    fill_template(template)
    code, out, err = run(capsys, "--db", empty_url, "project", "import-logframe", str(template))
    assert code == 0, err
    assert "Create project LEAP" in out
    by_excel = show(capsys, empty_url)
    assert by_excel == by_cli

    # What the JSON holds: countries with provinces, levels, the tree, the rule and its words.
    assert [c["code"] for c in by_cli["countries"]] == ["PE", "PK"]
    assert [s["code"] for s in by_cli["countries"][1]["subdivisions"]] == ["PK-BA", "PK-PB"]
    assert by_cli["levels"] == LEVELS.split(",")
    leaf = by_cli["results"][0]["children"][0]["children"][0]["children"]
    assert [(r["code"], r["level"]) for r in leaf] == [("1.1.1.1", "Output"), ("1.1.1.2", "Output")]
    studies = next(i for i in by_cli["indicators"] if i["code"] == "OTP 2")
    assert studies["rule"]["period_date"] == "end" and studies["actuals"] == "computed"
    assert studies["rule_words"].endswith("an activity counts in the period of its end date")
    reported = next(i for i in by_cli["indicators"] if i["code"] == "LTO 1")
    assert reported["rule"] is None and reported["lop_target"] == 60


def test_logframe_round_trip_is_identity(db_url, empty_url, new_db_url, capsys, tmp_path):
    build_with_cli(capsys, db_url)
    first, second = tmp_path / "first.xlsx", tmp_path / "second.xlsx"
    assert (
        run(capsys, "--db", db_url, "project", "export-logframe", "--project", "LEAP", "--out", str(first))[0]
        == 0
    )
    code, _out, err = run(capsys, "--db", empty_url, "project", "import-logframe", str(first))
    assert code == 0, err
    assert (
        run(
            capsys, "--db", empty_url, "project", "export-logframe", "--project", "LEAP", "--out", str(second)
        )[0]
        == 0
    )
    assert workbook_values(second) == workbook_values(first)
    assert show(capsys, empty_url) == show(capsys, db_url)
    # Importing the same workbook again changes nothing.
    before = _digest(empty_url)
    code, out, _err = run(capsys, "--db", empty_url, "project", "import-logframe", str(second))
    assert code == 0 and "nothing changes" in out
    assert _digest(empty_url) == before


def test_demo_projects_round_trip(demo_db, db_url, new_db_url, capsys, tmp_path):
    """The demo's frameworks (four levels, many rules and targets) survive the round trip too."""
    for project in ("BRIDGE", "FLARE"):
        first, second = tmp_path / f"{project}-1.xlsx", tmp_path / f"{project}-2.xlsx"
        assert (
            run(
                capsys,
                "--db",
                db_url,
                "project",
                "export-logframe",
                "--project",
                project,
                "--out",
                str(first),
            )[0]
            == 0
        )
        other = new_db_url()
        code, _out, err = run(capsys, "--db", other, "project", "import-logframe", str(first))
        assert code == 0, err
        assert (
            run(
                capsys,
                "--db",
                other,
                "project",
                "export-logframe",
                "--project",
                project,
                "--out",
                str(second),
            )[0]
            == 0
        )
        assert workbook_values(second) == workbook_values(first)
        code, a, _ = run(capsys, "--db", db_url, "project", "show", project, "--json")
        code, b, _ = run(capsys, "--db", other, "project", "show", project, "--json")
        assert json.loads(a) == json.loads(b)


def test_dry_run_previews_and_writes_nothing(db_url, empty_url, capsys, tmp_path):
    build_with_cli(capsys, db_url)
    book = tmp_path / "leap.xlsx"
    run(capsys, "--db", db_url, "project", "export-logframe", "--project", "LEAP", "--out", str(book))
    before = _digest(empty_url)
    code, out, _err = run(capsys, "--db", empty_url, "project", "import-logframe", str(book), "--dry-run")
    assert code == 0
    assert out.startswith("Dry run: nothing was written.")
    assert "Add indicator OTP 2: Studies completed" in out
    assert _digest(empty_url) == before


def test_import_updates_an_existing_project(db_url, capsys, tmp_path):
    build_with_cli(capsys, db_url)
    book = tmp_path / "leap.xlsx"
    run(capsys, "--db", db_url, "project", "export-logframe", "--project", "LEAP", "--out", str(book))
    wb = openpyxl.load_workbook(book)
    results = wb["Results"]
    results.append(["1.2", "1", "Victims are supported"])
    for row in results.iter_rows(min_row=2):
        if row[0].value == "1.1.1.2":
            row[2].value = "Studies published and shared"
    wb.save(book)
    code, out, err = run(capsys, "--db", db_url, "project", "import-logframe", str(book))
    assert code == 0, err
    assert "Add result 1.2: Victims are supported" in out
    assert "Change result 1.1.1.2: statement" in out
    project = show(capsys, db_url)
    assert [r["code"] for r in project["results"][0]["children"]] == ["1.1", "1.2"]


def test_workbook_problems_name_sheet_row_and_column(db_url, capsys, tmp_path):
    build_with_cli(capsys, db_url)
    book = tmp_path / "bad.xlsx"
    run(capsys, "--db", db_url, "project", "export-logframe", "--project", "LEAP", "--out", str(book))
    wb = openpyxl.load_workbook(book)
    indicators = wb["Indicators"]
    headers = [c.value for c in indicators[1]]
    indicators.cell(row=2, column=headers.index("Unit") + 1, value="kilograms")
    indicators.cell(row=3, column=headers.index("Period date") + 1, value="middle")
    wb["Targets"].append(["NOPE", "2024-Q9", "PK", None, 5])
    wb["Results"].append(["9.9", "8", "Orphan"])
    wb.save(book)
    before = _digest(db_url)
    code, out, err = run(capsys, "--db", db_url, "project", "import-logframe", str(book))
    assert code == 1 and out == ""
    lines = err.strip().splitlines()
    assert lines[-1].startswith("flare-monitor: error: ") and lines[-1].endswith("nothing was written")
    assert any(
        line.startswith("Indicators row 2, column E (Unit): 'kilograms' is not one of") for line in lines
    )
    assert any(line.startswith("Indicators row 3, column AA (Period date): 'middle'") for line in lines)
    assert any(line.startswith("Targets row") and "(Indicator): no indicator NOPE" in line for line in lines)
    assert any(line.startswith("Targets row") and "(Period)" in line for line in lines)
    assert any(line.startswith("Results row") and "(Parent code): no result 8" in line for line in lines)
    assert _digest(db_url) == before


def test_a_refusal_while_applying_rolls_back_everything(db_url, empty_url, capsys, tmp_path):
    """A problem the services find (a target below zero) comes with its place, and nothing of the
    project, results or indicators before it is kept."""
    build_with_cli(capsys, db_url)
    book = tmp_path / "neg.xlsx"
    run(capsys, "--db", db_url, "project", "export-logframe", "--project", "LEAP", "--out", str(book))
    wb = openpyxl.load_workbook(book)
    wb["Targets"].append(["OTP 2", "FY2025", None, None, -4])
    wb.save(book)
    before = _digest(empty_url)
    code, _out, err = run(capsys, "--db", empty_url, "project", "import-logframe", str(book))
    assert code == 1
    assert "Targets row" in err and "(Target)" in err and "negative" in err
    assert _digest(empty_url) == before


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["project", "create", "--code", "X", "--title", "T", "--donor", "D", "--start", "2024-01-01",
          "--end", "2023-01-01", "--countries", "PK"], "end date: 2023-01-01 is not after the start date"),
        (["project", "create", "--code", "X", "--title", "T", "--donor", "D", "--start", "2024-01-01",
          "--end", "2025-01-01", "--countries", "PK,XX"], "'XX' is not an ISO 3166-1 country code"),
        (["project", "create", "--code", "LEAP", "--title", "T", "--donor", "D", "--start", "2024-01-01",
          "--end", "2025-01-01", "--countries", "PK"], "a project called LEAP already exists"),
        (["project", "create", "--code", "X", "--title", "T", "--donor", "D", "--start", "2024-01-01",
          "--end", "2025-01-01", "--countries", "PK", "--provinces", "PE-LIM"], "PE is not one of the project's"),
        (["project", "edit", "LEAP", "--countries", "PE"], None),
        (["result", "add", "--project", "LEAP", "--code", "1.1", "--statement", "again"], "already has a result 1.1"),
        (["result", "add", "--project", "LEAP", "--code", "2.1", "--parent", "2", "--statement", "x"], "no result '2'"),
        (["result", "delete", "--project", "LEAP", "1.1.1.1"], "Result 1.1.1.1 cannot be deleted: it has 1 indicator"),
        (["result", "delete", "--project", "LEAP", "1"], "1 result under it"),
        (["result", "move", "--project", "LEAP", "1", "--parent", "1.1.1"], "cannot go under 1.1.1"),
        (["result", "move", "--project", "LEAP", "1.1.1.1", "--up"], "already the first result"),
        (["indicator", "add", "--project", "LEAP", "--code", "N", "--name", "n", "--unit", "percentage",
          "--count", "people"], "distinct_participants gives a number, but the indicator's unit is percentage"),
        (["indicator", "add", "--project", "LEAP", "--code", "N", "--name", "n", "--unit", "number",
          "--count", "people", "--activity-types", "party"], "'party', which is not one of"),
        (["indicator", "add", "--project", "LEAP", "--code", "N", "--name", "n", "--unit", "number",
          "--count", "people", "--min-attendance-share", "1.5"], "min_attendance_share must be from 0 to 1"),
        (["indicator", "add", "--project", "LEAP", "--code", "OTP 1", "--name", "n", "--unit", "number",
          "--reported"], "already has an indicator OTP 1"),
        (["indicator", "add", "--project", "LEAP", "--code", "N", "--name", "n", "--unit", "number",
          "--reported", "--lop-target", "-3"], "LOP target: -3 is negative"),
        (["indicator", "edit", "--project", "LEAP", "LTO 1", "--period-date", "end"], "LTO 1 is reported"),
        (["project", "delete", "LEAP", "--confirm", "LEA"], "type the project's code (LEAP)"),
        (["project", "levels", "LEAP", "--names", " , "], "give at least one name"),
        (["organizations", "edit", "Nobody at all", "--type", "ngo"], "No organization is called"),
    ],
)  # fmt: skip
def test_bad_input_is_one_line_and_writes_nothing(db_url, capsys, argv, message):
    build_with_cli(capsys, db_url)
    run(capsys, "--db", db_url, "activity", "add", "--project", "LEAP", "--country", "PK", "--code", "T-1",
        "--title", "Training", "--type", "training", "--start", "2024-04-16", "--end", "2024-04-17")  # fmt: skip
    before = _digest(db_url)
    code, out, err = run(capsys, "--db", db_url, *argv)
    assert code == 1, (out, err)
    assert err.count("\n") == 1 and err.startswith("flare-monitor: error: ")
    if message:
        assert message in err
    assert _digest(db_url) == before


def test_a_country_with_activities_stays(db_url, capsys):
    build_with_cli(capsys, db_url)
    run(capsys, "--db", db_url, "activity", "add", "--project", "LEAP", "--country", "PK", "--code", "T-1",
        "--title", "Training", "--type", "training", "--start", "2024-04-16", "--end", "2024-04-17")  # fmt: skip
    code, _out, err = run(capsys, "--db", db_url, "project", "edit", "LEAP", "--countries", "PE")
    assert code == 1
    assert "PK (Pakistan) cannot be removed from LEAP: it has 1 activity" in err


def test_result_move_and_edit(db_url, capsys):
    build_with_cli(capsys, db_url)
    assert run(capsys, "--db", db_url, "result", "move", "--project", "LEAP", "1.1.1.2", "--up")[0] == 0
    leaf = show(capsys, db_url)["results"][0]["children"][0]["children"][0]["children"]
    assert [r["code"] for r in leaf] == ["1.1.1.2", "1.1.1.1"]
    assert run(capsys, "--db", db_url, "result", "move", "--project", "LEAP", "1.1.1.2", "--top")[0] == 0
    project = show(capsys, db_url)
    assert [r["code"] for r in project["results"]] == ["1", "1.1.1.2"]
    assert project["results"][1]["level"] == "Long-term outcome"  # its depth is now 1
    assert (
        run(capsys, "--db", db_url, "result", "move", "--project", "LEAP", "1.1.1.2", "--parent", "1.1.1")[0]
        == 0
    )
    assert run(capsys, "--db", db_url, "result", "edit", "--project", "LEAP", "1.1.1.2", "--code", "1.1.1.3",
               "--statement", "Studies shared")[0] == 0  # fmt: skip
    leaf = show(capsys, db_url)["results"][0]["children"][0]["children"][0]["children"]
    assert [(r["code"], r["statement"], r["level"]) for r in leaf] == [
        ("1.1.1.1", "Officers trained", "Output"),
        ("1.1.1.3", "Studies shared", "Output"),
    ]
    assert next(i for i in show(capsys, db_url)["indicators"] if i["code"] == "OTP 2")["result"] == "1.1.1.3"


def test_indicator_edit_merges_rule_options(db_url, capsys):
    build_with_cli(capsys, db_url)
    assert run(capsys, "--db", db_url, "indicator", "edit", "--project", "LEAP", "OTP 1", "--period-date", "end",
               "--no-key", "--name", "Officials trained")[0] == 0  # fmt: skip
    code, out, _ = run(capsys, "--db", db_url, "indicator", "show", "--project", "LEAP", "OTP 1", "--json")
    sheet = json.loads(out)
    assert sheet["name"] == "Officials trained" and sheet["key"] is False
    assert sheet["rule"]["period_date"] == "end"
    assert sheet["rule"]["organization_types"] == ["law_enforcement", "labour_inspectorate"]
    assert (
        run(capsys, "--db", db_url, "indicator", "edit", "--project", "LEAP", "OTP 1", "--reported")[0] == 0
    )
    code, out, _ = run(capsys, "--db", db_url, "indicator", "show", "--project", "LEAP", "OTP 1")
    assert "Actuals                reported" in out
    assert run(capsys, "--db", db_url, "indicator", "delete", "--project", "LEAP", "OTP 2")[0] == 0
    assert [i["code"] for i in show(capsys, db_url)["indicators"]] == ["LTO 1", "OTP 1"]


def test_template_is_documented_with_drop_down_lists(tmp_path, capsys):
    path = tmp_path / "template.xlsx"
    code, out, _ = run(capsys, "project", "template", "--out", str(path))
    assert code == 0 and str(path) in out
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[:7] == [
        "Read me",
        "Project",
        "Levels",
        "Countries",
        "Results",
        "Indicators",
        "Targets",
    ]
    assert wb["Lists"].sheet_state == "hidden"
    indicators = wb["Indicators"]
    headers = [c.value for c in indicators[1]]
    lists = {str(v.sqref).split(":")[0]: v.formula1 for v in indicators.data_validations.dataValidation}
    unit = f"{openpyxl.utils.get_column_letter(headers.index('Unit') + 1)}2"
    period_date = f"{openpyxl.utils.get_column_letter(headers.index('Period date') + 1)}2"
    assert lists[unit].startswith("Lists!") and lists[period_date].startswith("Lists!")
    assert indicators.cell(row=1, column=headers.index("Count") + 1).comment is not None
    assert [c.value for c in wb["Project"]["A"]][1:4] == ["Code", "Title", "Donor"]


def test_project_delete_needs_the_code_and_refuses_locked_periods(demo_db, db_url, capsys):
    code, _out, err = run(capsys, "--db", db_url, "project", "delete", "BRIDGE", "--confirm", "BRIDGE")
    if "locked" in err:  # the demo locks a period of BRIDGE
        assert code == 1
        assert "BRIDGE cannot be deleted" in err and "unlock" in err
        return
    assert code == 0


def test_the_set_up_pages_outline_keeps_only_each_indicators_life_of_project_target(demo_db):
    # The page shows the LOP target of each sheet; loading every quarter's targets by country and sex
    # (a hundred thousand in a large programme) only to drop them kept the page waiting.
    from flare_monitor.actions.setup_project import project_detail, project_outline

    whole, outline = project_detail(demo_db, "BRIDGE"), project_outline(demo_db, "BRIDGE")
    assert sum(len(s.targets) for s in whole.indicators) > sum(len(s.targets) for s in outline.indicators)
    for full, short in zip(whole.indicators, outline.indicators, strict=True):
        assert short.lop_target == full.lop_target
        assert all(t.period == "LOP" and t.country is None and t.sex is None for t in short.targets)
        assert [t for t in full.targets if t.period == "LOP" and t.country is None and t.sex is None] == list(
            short.targets
        )
