"""Attendance collected with KoboToolbox or ODK: their exports imported as they come, without --map.

The fixtures (form_fixtures.py) are written as the tools write them; the totals by sex are counted by
hand from the fixtures' lists, not computed from them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import pytest
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from flare_monitor.db.models import Activity, Attendance, Participant
from flare_monitor.exchange.views import pseudonym
from flare_monitor.io import attendance_columns as columns
from flare_monitor.io import form_exports
from flare_monitor.io.attendance_import import WITHHELD, RowStatus, import_attendance
from tests.flare_monitor.io import form_fixtures as fx
from tests.flare_monitor.io.test_attendance_import import assert_database_sound, make_activity, run_cli

QUETTA, LIMA = "PK-TRN-KOBO", "PE-TRN-KOBO"


def _import(db, path, code, **kwargs):
    with db.session() as s:
        return import_attendance(s, path, code, **kwargs)


def _roster(db, code) -> list[tuple[Participant, Attendance]]:
    with db.session() as s:
        rows = s.execute(
            select(Participant, Attendance)
            .options(selectinload(Participant.organization))
            .join(Attendance, Attendance.participant_id == Participant.id)
            .join(Activity, Activity.id == Attendance.activity_id)
            .where(Activity.code == code)
        ).all()
        s.expunge_all()
    return [tuple(r) for r in rows]


def _totals(db, code) -> dict[str, int]:
    return dict(Counter(p.sex.value for p, _a in _roster(db, code)))


def _by_phone(db, code) -> dict[str, tuple[Participant, Attendance]]:
    return {p.phone: (p, a) for p, a in _roster(db, code) if p.phone}


@pytest.fixture
def quetta(db):
    return make_activity(db, QUETTA, "PK", "2024-04-16", "2024-04-17")


@pytest.fixture
def lima(db):
    return make_activity(db, LIMA, "PE", "2024-05-20", "2024-05-21")


EXPORTS = {
    "kobo-xlsx-xml-values": lambda d: fx.kobo_xml_xlsx(d, fx.QUETTA),
    "kobo-xlsx-labels": lambda d: fx.kobo_labels_xlsx(d, fx.QUETTA),
    "kobo-xlsx-repeat-group": lambda d: fx.kobo_repeat_xlsx(d, fx.QUETTA),
    "odk-central-csv": lambda d: fx.odk_central_csv(d, fx.QUETTA),
    "odk-central-csv-repeat-group": lambda d: fx.odk_repeat_csvs(d, fx.QUETTA),
}


@pytest.mark.parametrize("export", EXPORTS)
def test_exports_import_without_map_and_give_the_hand_counted_totals(db, quetta, tmp_path, export):
    path = EXPORTS[export](tmp_path)
    outcome = _import(db, path, quetta)
    plan = outcome.plan
    assert plan.form is not None and not plan.has_errors
    unrecognised = [
        w.split("“")[1].split("”")[0] for w in plan.warning_lines() if "heading not recognised" in w
    ]
    assert set(unrecognised) <= {"delegation/focal_point", "delegation/focal_point_phone"}  # no metadata
    assert outcome.summary.attendance_added == 12
    assert _totals(db, quetta) == fx.QUETTA_TOTALS == {"female": 5, "male": 7}
    people = _by_phone(db, quetta)
    nasreen, visit = people["0300 1234501"]
    assert (nasreen.full_name, nasreen.position, nasreen.consent) == (
        "Nasreen Baloch",
        "Labour Inspector",
        True,
    )
    assert nasreen.organization.name == "Department of Labour Balochistan"
    assert visit.submission_key and visit.submission_hash
    if export != "odk-central-csv-repeat-group":  # that form does not ask for the days
        assert visit.days_attended == 2
        assert people["0300 1234504"][1].days_attended == 1  # Abdul Qadir chose only the first day
    assert_database_sound(db)


def test_the_issue_export_reads_as_kobotoolbox_with_its_title(tmp_path):
    raw = form_exports.read_table(fx.kobo_xml_xlsx(tmp_path, fx.QUETTA))
    assert raw.form.tool == columns.KOBO
    assert raw.form.title == fx.TITLE  # from the file name: the sheet's name is cut at 31 characters
    assert raw.sheet == fx.TITLE[:31]
    assert raw.rows[0][-1] == columns.SUBMISSION_HEADING
    assert raw.rows[1][-1] == fx.QUETTA[0].uuid


def test_spanish_labels_csv_with_semicolons(db, lima, tmp_path):
    path = fx.kobo_spanish_csv(tmp_path, fx.LIMA)
    assert (
        path.read_text(encoding="utf-8").splitlines()[0].startswith('"start";"end";"today";"Nombre completo"')
    )
    outcome = _import(db, path, lima)
    assert outcome.plan.form.describe() == 'KoboToolbox form "Capacitación Lima 2024"'
    assert _totals(db, lima) == fx.LIMA_TOTALS == {"female": 4, "male": 3}
    maria, visit = _by_phone(db, lima)["987 654 301"]
    assert (maria.full_name, maria.position, maria.consent, visit.days_attended) == (
        "María Quispe Mamani",
        "Inspectora de trabajo",
        True,
        2,
    )


def test_xml_values_coded_1_and_2_are_read_with_the_form(db, quetta, tmp_path):
    path = fx.kobo_xml_xlsx(tmp_path, fx.QUETTA, numeric_sex=True)
    without = _import(db, path, quetta, dry_run=True).plan
    assert without.count(RowStatus.ERROR) == 12  # "1" and "2" are never guessed
    assert not without.form.choices
    assert [str(e) for e in without.errors] == [  # said once, with what to do
        "column F “group_participant/sex” holds the form's codes (such as “2”), not its answers: give the "
        "form's definition (the XLSForm; in KoboToolbox, Form › Download XLS) to read them — --form on the "
        "command line, “Form definition (XLSForm)” on the first step in the app — or download the data "
        "with labels"
    ]
    outcome = _import(db, path, quetta, form=fx.xlsform(tmp_path))
    assert outcome.plan.form.title == fx.TITLE and outcome.plan.form.choices
    assert outcome.plan.errors == []
    assert _totals(db, quetta) == {"female": 5, "male": 7}
    nasreen = _by_phone(db, quetta)["0300 1234501"][0]
    assert nasreen.organization.name == "Department of Labour Balochistan"  # "dol" through the choice list


def test_only_a_column_of_numbers_is_taken_for_codes():
    rows = [["Female"], [2], ["1"], [None], [" "]]
    assert form_exports.coded_column(rows[1:], 0) == "2"
    assert form_exports.coded_column(rows, 0) is None  # a label among them: read as it is
    assert form_exports.coded_column([[None], ["F"]], 0) is None
    assert form_exports.coded_column([[None]], 0) is None


def test_a_second_download_adds_only_the_new_submissions(db, quetta, tmp_path, monkeypatch, capsys):
    (tmp_path / "first").mkdir(), (tmp_path / "second").mkdir()
    first = fx.kobo_xml_xlsx(tmp_path / "first", fx.QUETTA[:8])
    assert _import(db, first, quetta).summary.attendance_added == 8
    second = fx.kobo_xml_xlsx(tmp_path / "second", fx.QUETTA)  # the earlier 8, then 4 new ones
    code, out, _err = run_cli(monkeypatch, capsys, db, "import", "attendance", str(second), "--activity",
                              quetta, "--dry-run")  # fmt: skip
    assert code == 0
    assert "New participants       4" in out and "Already on roster      8" in out
    assert "Edited in the form     0" in out
    assert _import(db, second, quetta).summary.attendance_added == 4
    again = _import(db, second, quetta)
    assert again.summary.attendance_added == 0 and again.summary.participants_updated == 0
    assert again.plan.count(RowStatus.ALREADY_ON_ROSTER) == 12 and again.plan.warning_lines() == []
    assert _totals(db, quetta) == {"female": 5, "male": 7}


@pytest.mark.parametrize("tool", ["kobo", "odk"])
def test_an_edited_submission_is_shown_as_a_change_and_written(db, quetta, tmp_path, tool):
    write = fx.kobo_xml_xlsx if tool == "kobo" else fx.odk_central_csv
    (tmp_path / "1").mkdir(), (tmp_path / "2").mkdir()
    _import(db, write(tmp_path / "1", fx.QUETTA), quetta)
    people = list(fx.QUETTA)
    people[1] = fx.edited(people[1], position="Inspector", days=("day1",))  # Imran Kakar, promoted
    plan = _import(db, write(tmp_path / "2", people), quetta, dry_run=True).plan
    assert plan.count(RowStatus.CHANGED) == 1 and plan.count(RowStatus.NEW) == 0
    (row,) = [r for r in plan.rows if r.status == RowStatus.CHANGED]
    assert row.warnings == [
        "position: 'Sub-Inspector' → 'Inspector' (edited in the form since the last import)",
        "days attended: 2 → 1 (edited in the form since the last import)",
    ]
    outcome = _import(db, write(tmp_path / "2", people), quetta)
    assert outcome.summary.submissions_changed == 1 and outcome.summary.attendance_added == 0
    imran, visit = _by_phone(db, quetta)["0300 1234502"]
    assert (imran.position, visit.days_attended) == ("Inspector", 1)
    assert len(_roster(db, quetta)) == 12
    assert _import(db, write(tmp_path / "2", people), quetta).plan.count(RowStatus.CHANGED) == 0


def test_edits_made_in_the_app_are_kept_when_the_submission_is_unchanged(db, quetta, tmp_path):
    path = fx.kobo_xml_xlsx(tmp_path, fx.QUETTA)
    _import(db, path, quetta)
    with db.session() as s:
        person = s.scalar(select(Participant).where(Participant.phone == "0300 1234502"))
        person.position = "Sub-Inspector (Quetta Cantt)"
    plan = _import(db, path, quetta).plan
    assert plan.count(RowStatus.CHANGED) == 0
    assert _by_phone(db, quetta)["0300 1234502"][0].position == "Sub-Inspector (Quetta Cantt)"


def test_rows_without_consent_keep_only_what_may_be_kept(db, quetta, tmp_path):
    """docs/IMPORTING.md, "Consent": a stand-in name; sex, organization and days counted; no contacts."""
    plan = _import(db, fx.kobo_labels_xlsx(tmp_path, fx.QUETTA), quetta).plan
    withheld = [r for r in plan.rows if WITHHELD in r.warnings]
    assert [r.excel_row for r in withheld] == [6, 12]  # Farzana Achakzai and Naseer Ahmed Bugti
    roster = _roster(db, quetta)
    names = {p.full_name for p, _a in roster}
    assert "Farzana Achakzai" not in names and "Naseer Ahmed Bugti" not in names
    stand_ins = [(p, a) for p, a in roster if not p.consent]
    assert len(stand_ins) == 2
    for person, visit in stand_ins:
        assert person.full_name == pseudonym(person.id)
        assert (person.phone, person.email, person.position, visit.remarks) == (None, None, None, None)
        assert visit.days_attended == 2 and person.organization is not None
    assert Counter(p.sex.value for p, _a in stand_ins) == {"female": 1, "male": 1}
    assert all(p.consent for p, _a in roster if p.full_name in {x.name for x in fx.QUETTA})
    assert _totals(db, quetta) == {"female": 5, "male": 7}  # still counted


def test_consent_given_later_replaces_the_stand_in(db, quetta, tmp_path):
    (tmp_path / "1").mkdir(), (tmp_path / "2").mkdir()
    _import(db, fx.kobo_xml_xlsx(tmp_path / "1", fx.QUETTA), quetta)
    people = list(fx.QUETTA)
    people[4] = fx.edited(people[4], consent=True)  # Farzana Achakzai agreed after all
    plan = _import(db, fx.kobo_xml_xlsx(tmp_path / "2", people), quetta).plan
    (row,) = [r for r in plan.rows if r.status == RowStatus.CHANGED]
    assert any(w.startswith("name: 'pseudonym ") and "'Farzana Achakzai'" in w for w in row.warnings)
    farzana = _by_phone(db, quetta)["0300 1234505"][0]
    assert (farzana.full_name, farzana.position, farzana.consent) == (
        "Farzana Achakzai",
        "Deputy Director",
        True,
    )
    assert len(_roster(db, quetta)) == 12


def test_a_refusal_with_nothing_else_is_skipped(db, quetta, tmp_path):
    path = tmp_path / fx.kobo_file_name("Refusals")
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Refusals")
    sheet.write_row(0, 0, ["start", "consent", "group_participant/full_name", "group_participant/sex", "_uuid",
                           "_index"])  # fmt: skip
    sheet.write_row(1, 0, ["2024-04-16", "no", "", "", "u-1", 1])
    sheet.write_row(2, 0, ["2024-04-16", "yes", "Nasreen Baloch", "female", "u-2", 2])
    book.close()
    plan = _import(db, path, quetta).plan
    assert plan.skipped == [(2, "no consent and nothing to count")]
    assert [p.full_name for p, _a in _roster(db, quetta)] == ["Nasreen Baloch"]


def test_post_test_form_is_matched_to_the_roster(db, quetta, tmp_path, monkeypatch, capsys):
    _import(db, fx.kobo_labels_xlsx(tmp_path, fx.QUETTA), quetta)
    scored = [replace(p, score=60 + i, uuid=f"post-{i}") for i, p in enumerate(fx.QUETTA) if p.consent]
    scored[0] = replace(scored[0], name="NASREEN  baloch")  # typed differently: the name key still matches
    stranger = fx.Person("Bibi Amina", "F", "", "", "0300 7654321", score=90, uuid="post-x")
    path = fx.kobo_test_xlsx(tmp_path, [*scored, stranger])
    code, out, _err = run_cli(
        monkeypatch, capsys, db, "import", "attendance", str(path), "--activity", quetta
    )
    assert code == 0, out
    assert "a test form: rows are matched to the roster" in out
    assert "Not on the roster      1" in out
    assert "no one on the roster of PK-TRN-KOBO has this participant code, name or phone" in out
    roster = _roster(db, quetta)
    assert len(roster) == 12  # the stranger is not added
    scores = {p.phone: a.post_test_score for p, a in roster if p.phone}
    assert scores["0300 1234501"] == 60 and scores["0300 1234512"] == 71
    assert all(a.post_test_score is None for p, a in roster if not p.consent)  # no name to match them by


def test_form_exports_are_recognised_by_their_metadata():
    assert columns.form_tool(["start", "Full name", "_id", "_uuid", "_index"]) == columns.KOBO
    assert columns.form_tool(["participants/full_name", "_index", "_parent_index"]) == columns.KOBO
    assert columns.form_tool(["SubmissionDate", "name", "meta-instanceID", "KEY"]) == columns.ODK
    assert columns.form_tool(["full_name", "PARENT_KEY", "KEY"]) == columns.ODK
    assert columns.form_tool(["Name", "Sex", "Start", "End"]) is None
    for label in ("_id", "__version__", "_submission__uuid", "meta/rootUuid", "meta-instanceID", "KEY",
                  "SubmitterName", "formhub/uuid", "deviceid", "today"):  # fmt: skip
        assert columns.is_form_metadata(label), label
    assert not columns.is_form_metadata(columns.SUBMISSION_HEADING)
    assert columns.header_kind("group_participant/full_name", form=True) == "name"
    assert columns.header_kind("grp-pre-test", form=True) == "pre_test"
    assert columns.header_kind("group_participant/full_name") is None  # only in form exports
    assert columns.choice_columns({3: "days", 4: "days/day1", 5: "days/day2", 6: "sex"}) == {4: 3, 5: 3}


@pytest.mark.parametrize(
    ("answer", "expected"),
    [("yes", True), ("Sí", True), ("oui", True), ("Да", True), ("1", True), ("No", False), ("non", False),
     ("", False), (None, False), ("0", False), ("нет", False)],
)  # fmt: skip
def test_consent_answers(answer, expected):
    assert columns.parse_consent(answer) == (expected, None)


def test_consent_answer_not_understood_is_a_row_error(db, quetta, tmp_path):
    people = [replace(fx.QUETTA[0])]
    path = fx.kobo_xml_xlsx(tmp_path, people)
    import openpyxl

    book = openpyxl.load_workbook(path)
    book.active["M2"] = "maybe"
    book.save(path)
    plan = _import(db, path, quetta, dry_run=True).plan
    assert plan.error_lines() == [
        "row 2: consent: “maybe” is not understood; write yes or no (also sí/no, oui/non, да/нет, 是/否)"
    ]


def _sheet(path, rows):
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet(path.stem.split("_-_")[0][:31])
    for i, row in enumerate(rows):
        sheet.write_row(i, 0, row)
    book.close()
    return path


def test_pre_test_form_is_matched_by_participant_code(db, quetta, tmp_path):
    attendance = _sheet(tmp_path / fx.kobo_file_name("Quetta registration"), [
        ["start", "reg/full_name", "reg/sex", "reg/participant_code", "_id", "_uuid", "_index"],
        ["2024-04-16", "Nasreen Baloch", "female", "QTA-01", "1", "a-1", 1],
        ["2024-04-16", "Nasreen Baloch", "female", "QTA-02", "2", "a-2", 2],  # two women of the same name
        ["2024-04-16", "Imran Kakar", "male", "QTA-03", "3", "a-3", 3],
    ])  # fmt: skip
    _import(db, attendance, quetta)
    assert sorted(a.participant_code for _p, a in _roster(db, quetta)) == ["QTA-01", "QTA-02", "QTA-03"]
    pre_test = _sheet(tmp_path / fx.kobo_file_name("Quetta pre-test"), [
        ["start", "end", "full_name", "participant_code", "score", "_id", "_uuid", "_index"],
        ["2024-04-16", "2024-04-16", "Nasreen Baloch", "qta-02", "45", "11", "p-1", 1],
        ["2024-04-16", "2024-04-16", "Nasreen Baloch", "", "50", "12", "p-2", 2],  # which one? not imported
        ["2024-04-16", "2024-04-16", "Imran Kakar", "", "35", "13", "p-3", 3],
    ])  # fmt: skip
    plan = _import(db, pre_test, quetta).plan
    assert plan.scores_only and plan.form.test == "pre_test"
    assert [r.status for r in plan.rows] == [
        RowStatus.ALREADY_ON_ROSTER,
        RowStatus.NOT_ON_ROSTER,
        RowStatus.ALREADY_ON_ROSTER,
    ]
    assert "several people on the roster of PK-TRN-KOBO have this name" in plan.rows[1].warnings[0]
    scores = {a.participant_code: a.pre_test_score for _p, a in _roster(db, quetta)}
    assert scores == {"QTA-01": None, "QTA-02": 45, "QTA-03": 35}
