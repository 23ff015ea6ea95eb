"""Attendance-sheet import: real-looking sheets in five languages, matching, all-or-nothing, the CLI."""

from __future__ import annotations

import codecs
from datetime import date
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter
from sqlalchemy import event, func, select

import flare_monitor.cli as cli
from flare_monitor.cli import import_commands
from flare_monitor.db.enums import Sex
from flare_monitor.db.models import (
    Activity,
    Attendance,
    Base,
    Organization,
    Participant,
    Project,
    ProjectCountry,
)
from flare_monitor.io import sheets
from flare_monitor.io.attendance_import import (
    ImportCancelled,
    ImportRejected,
    RowStatus,
    apply_overrides,
    apply_plan,
    detect_header,
    import_attendance,
    plan_import,
)
from flare_monitor.services import participants
from flare_monitor.services.activities import ActivityIn, add_activity
from flare_monitor.services.geo import ensure_country
from flare_monitor.services.maintenance import check_database
from flare_monitor.services.organizations import OrganizationIn, add_organization
from flare_monitor.services.period_locks import lock_period

QUETTA_TITLE = "Training on forced labour for law enforcement — Quetta, 16–17 April 2024"


# --- helpers shared with the other import tests ---------------------------------------------------


def make_activity(db, code="PK-TRN-IMPORT", country="PK", start="2024-04-16", end="2024-04-17"):
    """A BRIDGE-like project in five countries and one training, built through the services."""
    with db.session() as s:
        project = s.scalar(select(Project).where(Project.code == "IMPTEST"))
        if project is None:
            project = Project(
                code="IMPTEST",
                title="Import test project",
                donor="USDOL",
                start_date=date(2023, 1, 1),
                end_date=date(2026, 12, 31),
                calendar="fiscal",
                fiscal_year_start_month=10,
            )
            s.add(project)
            for c in ("PK", "PE", "CN", "UZ", "MN", "NP"):
                project.countries.append(ProjectCountry(country_code=ensure_country(s, c)))
            s.flush()
        add_activity(
            s,
            ActivityIn(
                project="IMPTEST",
                country=country,
                code=code,
                title=f"Training {code}",
                type="training",
                start=start,
                end=end,
                status="completed",
            ),
        )
    return code


def table_counts(db) -> dict[str, int]:
    with db.engine.connect() as conn:
        return {
            t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
            for t in Base.metadata.sorted_tables
        }


def assert_database_sound(db) -> None:
    assert check_database(db) == []  # on SQLite, integrity_check and foreign_key_check as well


def run_cli(monkeypatch, capsys, db, *argv: str) -> tuple[int, str, str]:
    if import_commands not in cli.COMMAND_MODULES:
        monkeypatch.setattr(cli, "COMMAND_MODULES", [*cli.COMMAND_MODULES, import_commands])
    code = cli.run(["--db", db.url, *argv])
    out, err = capsys.readouterr()
    return code, out, err


def write_xlsx(path: Path, rows: list[list], merges=(), sheet="Attendance") -> Path:
    workbook = openpyxl.Workbook()
    ws = workbook.active
    ws.title = sheet
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is not None:
                ws.cell(row=r, column=c, value=value)
    for area in merges:
        ws.merge_cells(area)
    workbook.save(path)
    return path


def roster(db, code) -> dict[str, tuple[str, str | None]]:
    """{full name: (sex, organization)} of the activity's roster."""
    with db.session() as s:
        rows = s.execute(
            select(Participant.full_name, Participant.sex, Organization.name)
            .join(Attendance, Attendance.participant_id == Participant.id)
            .join(Activity, Activity.id == Attendance.activity_id)
            .outerjoin(Organization, Organization.id == Participant.organization_id)
            .where(Activity.code == code)
        ).all()
    return {name: (str(sex), org) for name, sex, org in rows}


def do_import(db, path, code, **kwargs):
    with db.session() as s:
        return import_attendance(s, path, code, **kwargs)


# --- fixture sheets -------------------------------------------------------------------------------


def quetta_xlsx(path: Path) -> Path:
    """Two merged title rows, a serial column, a blank row, a vertically merged agency, a total row."""
    header = [
        "S.No",
        "Name of participant",
        "Gender",
        "Department",
        "Designation",
        "Contact No",
        "Pre-test score",
        "Post-test score",
    ]
    rows = [
        [QUETTA_TITLE],
        ["Department of Labour, FIA, Police and Mines — attendance sheet"],
        header,
        [1, "Ayesha Baloch", "F", "Balochistan Police", "ASI", "0300-1234567", 40, 80],  # row 4
        [2, "Muhammad Asif", "M", "Federal Investigation Agency", "Inspector", "0333 7654321", 55, 85],
        [],  # row 6: blank
        [3, "Naila Kakar", "Female", "Department of Labour", "Labour Inspector", None, 60, 90],
        [4, "Abdul Rauf", "Male", "Mines Department", "Inspector of Mines", "+92 81 2345678", 35, 70],
        [5, "Gul Bibi", "W", None, "Mines Clerk", None, 45, 65],  # row 9: agency merged from row 8
        [6, "Shazia Jamali", "female", "Balochistan Police", "SI", None, 50, 75],
        ["Total", None, None, None, None, None, 285, 465],  # row 11
    ]
    return write_xlsx(path, rows, merges=("A1:H1", "A2:H2", "D8:D9"))


QUETTA_PEOPLE = {
    "Ayesha Baloch": ("female", "Balochistan Police"),
    "Muhammad Asif": ("male", "Federal Investigation Agency"),
    "Naila Kakar": ("female", "Department of Labour"),
    "Abdul Rauf": ("male", "Mines Department"),
    "Gul Bibi": ("female", "Mines Department"),
    "Shazia Jamali": ("female", "Balochistan Police"),
}


def spanish_csv(path: Path) -> Path:
    """Excel 'CSV' in a Spanish locale: Windows-1252, semicolons, a title line, accented names."""
    lines = [
        "Capacitación sobre trabajo forzoso — Lima, 10 de junio de 2024;;;;;",
        "Apellidos y nombres;Sexo (M/F);Institución;Cargo;Teléfono;Correo electrónico",
        "José Quispe Huamán;M;SUNAFIL;Inspector de trabajo;+51 987 654 321;jose.quispe@sunafil.gob.pe",
        "Peña Flores, María;F;Ministerio de Trabajo y Promoción del Empleo;Especialista;987-123-456;"
        "mpena@trabajo.gob.pe",
        "Ñahui Ccori, Rosa;Mujer;Policía Nacional del Perú;Suboficial;;",
        "Gómez Díaz, Luis;Hombre;Ministerio Público;Fiscal adjunto;01 315 5600;",
    ]
    path.write_bytes("\r\n".join(lines).encode("cp1252") + b"\r\n")
    return path


SPANISH_PEOPLE = {
    "José Quispe Huamán": ("male", "SUNAFIL"),
    "Peña Flores, María": ("female", "Ministerio de Trabajo y Promoción del Empleo"),
    "Ñahui Ccori, Rosa": ("female", "Policía Nacional del Perú"),
    "Gómez Díaz, Luis": ("male", "Ministerio Público"),
}


def chinese_csv(path: Path) -> Path:
    """'CSV UTF-8' from Excel: a BOM, comma-separated, Chinese headings and names."""
    lines = [
        "序号,姓名,性别,单位,职务,电话",
        "1,王小明,男,南宁市劳动保障监察支队,监察员,13800138000",
        "2,李娜,女,广西壮族自治区人力资源和社会保障厅,科长,",
        "3,张伟,男,河南省劳动保障监察总队,副主任,",
    ]
    path.write_bytes(codecs.BOM_UTF8 + "\r\n".join(lines).encode("utf-8"))
    return path


def serials_xlsx(path: Path) -> Path:
    """Bare date serials (numbers without a date format), scores written as 80.0, a duplicate row."""
    workbook = xlsxwriter.Workbook(str(path))
    ws = workbook.add_worksheet("Lista")
    ws.write_row(0, 0, ["No.", "Date", "Name", "Sex", "Agency", "Pre-test", "Post-test", "Days"])
    people = [
        [1, 45398, "Farah Naz", "F", "Balochistan Police", 60.0, 80.0, 2.0],  # row 2
        [2, 45398, "Imran Ali", "M", "Federal Investigation Agency", 72.5, 90.0, 2.0],
        [3, 45399, "Zahid Hussain", "M", "Mines Department", 40.0, 70.0, 1.0],
        [4, 45398, "Farah Naz", "F", "Balochistan Police", 60.0, 80.0, 2.0],  # row 5 = row 2
    ]
    for r, row in enumerate(people, start=1):
        ws.write_row(r, 0, row)
    workbook.close()
    return path


def russian_xlsx(path: Path) -> Path:
    rows = [
        ["Семинар по принудительному труду, Ташкент, 20 мая 2024 г."],
        ["№", "ФИО", "Пол", "Организация", "Должность", "Телефон"],
        [
            1,
            "Каримова Дилноза Рустамовна",
            "Ж",
            "Государственная инспекция труда",
            "Инспектор",
            "+998 90 123 45 67",
        ],
        [2, "Юсупов Бахтиёр Алишерович", "М", "Министерство занятости", "Главный специалист", None],
        [3, "Рахимова Нигора", "жен", "Федерация профсоюзов Узбекистана", "Юрист", None],
        [4, "Ташпулатов Азиз", "Муж", "Государственная инспекция труда", "Старший инспектор", None],
    ]
    return write_xlsx(path, rows, merges=("A1:F1",))


RUSSIAN_PEOPLE = {
    "Каримова Дилноза Рустамовна": ("female", "Государственная инспекция труда"),
    "Юсупов Бахтиёр Алишерович": ("male", "Министерство занятости"),
    "Рахимова Нигора": ("female", "Федерация профсоюзов Узбекистана"),
    "Ташпулатов Азиз": ("male", "Государственная инспекция труда"),
}


def utf16_tab(path: Path) -> Path:
    """Excel's 'Unicode Text': UTF-16 with a BOM, tab-separated."""
    lines = [
        "Full name\tSex\tOrganization\tPosition\tE-mail",
        "Бат-Эрдэнэ Дорж\tMale\tGeneral Agency for Specialized Inspection\tInspector\tbat@gasi.gov.mn",
        "Оюунчимэг Батбаяр\tFemale\tMinistry of Labour and Social Protection\tOfficer\t",
        "Энхтуяа Ганбаатар\tF\tConfederation of Mongolian Trade Unions\tLawyer\t",
    ]
    path.write_bytes("\r\n".join(lines).encode("utf-16"))
    return path


UTF16_PEOPLE = {
    "Бат-Эрдэнэ Дорж": ("male", "General Agency for Specialized Inspection"),
    "Оюунчимэг Батбаяр": ("female", "Ministry of Labour and Social Protection"),
    "Энхтуяа Ганбаатар": ("female", "Confederation of Mongolian Trade Unions"),
}


# --- the six sheets -------------------------------------------------------------------------------


def test_quetta_workbook_with_titles_merges_blank_and_total_rows(db, tmp_path):
    code = make_activity(db)
    path = quetta_xlsx(tmp_path / "quetta.xlsx")
    raw = sheets.read_table(path)
    guess = detect_header(raw)
    assert guess.excel_row == 3
    assert guess.mapping == {
        0: "ignore",
        1: "name",
        2: "sex",
        3: "organization",
        4: "position",
        5: "phone",
        6: "pre_test",
        7: "post_test",
    }
    with db.session() as s:
        plan = plan_import(s, code, raw, guess)
    assert not plan.has_errors, plan.error_lines()
    assert [r.excel_row for r in plan.rows] == [4, 5, 7, 8, 9, 10]
    assert plan.skipped == [(11, "total row")]
    assert plan.counts["new"] == 6 and plan.counts["new_organizations"] == 4
    outcome = do_import(db, path, code)
    assert outcome.summary.participants_created == 6 and outcome.summary.attendance_added == 6
    assert roster(db, code) == QUETTA_PEOPLE
    with db.session() as s:
        ayesha = s.scalar(select(Participant).where(Participant.full_name == "Ayesha Baloch"))
        assert ayesha.phone_normalized == "03001234567" and ayesha.country_code == "PK"
        assert ayesha.position == "ASI"
        scores = s.execute(
            select(Attendance.pre_test_score, Attendance.post_test_score).where(
                Attendance.participant_id == ayesha.id
            )
        ).one()
        assert scores == (40, 80)
        org = s.scalar(select(Organization).where(Organization.name == "Mines Department"))
        assert (org.country_code, str(org.type)) == ("PK", "other")


@pytest.mark.parametrize(
    "builder, country, expected",
    [
        (spanish_csv, "PE", SPANISH_PEOPLE),
        (
            chinese_csv,
            "CN",
            {
                "王小明": ("male", "南宁市劳动保障监察支队"),
                "李娜": ("female", "广西壮族自治区人力资源和社会保障厅"),
                "张伟": ("male", "河南省劳动保障监察总队"),
            },
        ),
        (russian_xlsx, "UZ", RUSSIAN_PEOPLE),
        (utf16_tab, "MN", UTF16_PEOPLE),
    ],
    ids=["spanish-cp1252-semicolon", "chinese-utf8-bom", "russian-xlsx", "utf16-tab"],
)
def test_sheets_in_every_language_import_with_their_sexes(db, tmp_path, builder, country, expected):
    code = make_activity(db, code=f"{country}-TRN-1", country=country)
    suffix = ".xlsx" if builder is russian_xlsx else ".csv"
    path = builder(tmp_path / f"sheet{suffix}")
    outcome = do_import(db, path, code)
    assert not outcome.plan.has_errors
    assert outcome.summary.participants_created == len(expected)
    assert roster(db, code) == expected


def test_spanish_csv_is_read_as_cp1252_with_semicolons(tmp_path):
    raw = sheets.read_table(spanish_csv(tmp_path / "lima.csv"))
    assert raw.detail == "Windows-1252, semicolon-separated"
    assert raw.rows[2][0] == "José Quispe Huamán" and raw.rows[3][0] == "Peña Flores, María"
    assert detect_header(raw).excel_row == 2


def test_date_serials_float_scores_and_a_duplicate_row(db, tmp_path):
    code = make_activity(db)
    path = serials_xlsx(tmp_path / "serials.xlsx")
    raw = sheets.read_table(path)
    assert raw.rows[1][:3] == [1, 45398, "Farah Naz"] and raw.rows[1][5] == 60 and raw.rows[2][5] == 72.5
    with db.session() as s:
        plan = import_attendance(s, path, code, dry_run=True).plan
    assert not plan.has_errors
    assert [r.status for r in plan.rows] == [RowStatus.NEW] * 3 + [RowStatus.DUPLICATE_IN_SHEET]
    assert plan.rows[3].duplicate_of == 2
    assert "row 5: rows 2 and 5 are the same person (Farah Naz); imported once" in plan.warning_lines()
    assert not any("date" in w for w in plan.warning_lines())  # 45398/45399 are the training days
    outcome = do_import(db, path, code)
    assert outcome.summary.participants_created == 3 and outcome.summary.duplicates_in_sheet == 1
    with db.session() as s:
        values = dict(
            s.execute(
                select(Participant.full_name, Attendance.pre_test_score).join(
                    Attendance, Attendance.participant_id == Participant.id
                )
            ).all()
        )
        days = s.scalars(select(Attendance.days_attended)).all()
    assert values == {"Farah Naz": 60, "Imran Ali": 72.5, "Zahid Hussain": 40}
    assert sorted(days) == [1, 2, 2]


def test_date_outside_the_activity_is_a_warning(db, tmp_path):
    code = make_activity(db)
    path = write_xlsx(
        tmp_path / "d.xlsx",
        [["Name", "Sex", "Date"], ["Ali Raza", "M", 45500], ["Sara Khan", "F", date(2024, 4, 17)]],
    )
    with db.session() as s:
        plan = import_attendance(s, path, code, dry_run=True).plan
    assert plan.warning_lines() == [
        "row 2: date 27 Jul 2024 is outside PK-TRN-IMPORT (16 Apr 2024 to 17 Apr 2024)"
    ]


def test_french_ods_workbook(db, tmp_path):
    code = make_activity(db)
    path = tmp_path / "liste.ods"
    cells = [
        ["Nom et prénom", "Sexe", "Organisme", "Fonction", "Courriel"],
        ["Amélie Lefèvre", "Femme", "Inspection du travail", "Inspectrice", "amelie@travail.example"],
        ["Jean Dupont", "H", "Police", "Commissaire", ""],
        ["Élodie Martin", "F", "Inspection du travail", "Contrôleuse", ""],
    ]
    write_ods(path, cells)
    do_import(db, path, code)
    assert roster(db, code) == {
        "Amélie Lefèvre": ("female", "Inspection du travail"),
        "Jean Dupont": ("male", "Police"),
        "Élodie Martin": ("female", "Inspection du travail"),
    }


def write_ods(path: Path, rows: list[list[str]]) -> Path:
    """A minimal OpenDocument spreadsheet, written by hand (no ODS writer among the dependencies)."""
    import zipfile
    from xml.sax.saxutils import escape

    ns = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
    )
    body = "".join(
        "<table:table-row>"
        + "".join(
            f'<table:table-cell office:value-type="string"><text:p>{escape(c)}</text:p></table:table-cell>'
            if c
            else "<table:table-cell/>"
            for c in row
        )
        + "</table:table-row>"
        for row in rows
    )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="Liste">{body}</table:table>'
        "</office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
        '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type='
        '"application/vnd.oasis.opendocument.spreadsheet"/></manifest:manifest>'
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    return path


# --- acceptance -----------------------------------------------------------------------------------


@pytest.mark.parametrize("builder", [quetta_xlsx, spanish_csv, serials_xlsx])
def test_importing_the_same_file_twice_adds_nothing(db, tmp_path, builder):
    code = make_activity(db, country="PE" if builder is spanish_csv else "PK")
    path = builder(tmp_path / ("f.csv" if builder is spanish_csv else "f.xlsx"))
    do_import(db, path, code)
    before = table_counts(db)
    outcome = do_import(db, path, code)
    after = table_counts(db)
    for table in ("participant", "attendance", "organization"):
        assert after[table] == before[table], table
    summary = outcome.summary
    assert summary.participants_created == summary.attendance_added == summary.organizations_created == 0
    assert summary.participants_updated == summary.attendance_updated == 0
    assert outcome.plan.count(RowStatus.NEW) == 0


def bad_score_xlsx(path: Path) -> Path:
    rows = [
        [QUETTA_TITLE],
        [],
        ["#", "Name", "Sex", "Agency", "Pre-test", "Post-test"],
        [1, "Ayesha Baloch", "F", "Balochistan Police", 40, 80],
        [2, "Muhammad Asif", "M", "FIA", 50, 85],
        [3, "Naila Kakar", "F", "Department of Labour", 60, 90],
        [4, "Abdul Rauf", "M", "Mines Department", 30, 150],
    ]  # row 7
    return write_xlsx(path, rows, merges=("A1:F1",))


def test_one_bad_row_writes_nothing_and_names_the_excel_row(db, tmp_path, monkeypatch, capsys):
    code = make_activity(db)
    path = bad_score_xlsx(tmp_path / "bad.xlsx")
    before = table_counts(db)
    status, out, err = run_cli(monkeypatch, capsys, db, "import", "attendance", str(path), "--activity", code)
    assert status == 1
    lines = err.strip().splitlines()
    assert lines[0] == "row 7: post-test score: 150 is out of range (0 to 100)"
    assert lines[-1] == "flare-monitor: error: 1 error(s) in bad.xlsx; nothing was imported"
    assert table_counts(db) == before
    with pytest.raises(ImportRejected) as excinfo:
        do_import(db, path, code)
    assert "row 7" in str(excinfo.value)
    assert table_counts(db) == before
    assert_database_sound(db)


def test_ambiguous_sex_values_are_errors_with_row_numbers(db, tmp_path):
    code = make_activity(db)
    rows = [
        ["Name", "Sex"],
        ["Ali Raza", "M"],
        ["Kim Lee", "X"],
        ["Sam Noor", "?"],
        ["Alex Shah", 1],
        ["Robin Das", 2],
        ["Nadia Khan", "Mujer"],
        ["Chris Dar", None],
        ["Dana Mir", "n/a"],
    ]
    path = write_xlsx(tmp_path / "sex.xlsx", rows)
    with db.session() as s:
        plan = import_attendance(s, path, code, dry_run=True).plan
    errors = plan.error_lines()
    assert [e.split(":")[0] for e in errors] == ["row 3", "row 4", "row 5", "row 6"]
    assert "“X” is not understood" in errors[0] and "“1” is not understood" in errors[2]
    assert {w for w in plan.warning_lines()} == {"row 8: sex not recorded", "row 9: sex not recorded"}
    assert plan.rows[5].values["sex"] == Sex.FEMALE and plan.rows[6].values["sex"] == Sex.NOT_RECORDED
    with pytest.raises(ImportRejected):
        do_import(db, path, code)
    assert table_counts(db)["participant"] == 0


def test_existing_person_is_matched_not_duplicated(db, tmp_path):
    code = make_activity(db)
    with db.session() as s:
        police = add_organization(
            s, OrganizationIn(name="Balochistan Police", country="PK", type="law_enforcement")
        )
        ayesha = participants.add_participant(
            s, participants.ParticipantIn(full_name="Ayesha Baloch", sex="female", organization_id=police.id)
        ).id
        # Same name in another agency: a different person, reported but not merged.
        fia = add_organization(s, OrganizationIn(name="FIA", country="PK"))
        participants.add_participant(
            s, participants.ParticipantIn(full_name="Imran Ali", sex="male", organization_id=fia.id)
        )
    path = write_xlsx(
        tmp_path / "m.xlsx",
        [
            ["Name", "Sex", "Organisation", "Phone"],
            ["BALOCH  Ayesha", "F", "balochistan police", "0300-1234567"],
            ["Imran Ali", "M", "Mines Department", None],
        ],
    )
    outcome = do_import(db, path, code)
    plan = outcome.plan
    assert [r.status for r in plan.rows] == [RowStatus.MATCHED, RowStatus.NEW]
    assert plan.rows[0].participant_id == ayesha
    assert any("Imran Ali in the register has the same name" in w for w in plan.warning_lines())
    assert outcome.summary.participants_matched == 1 and outcome.summary.participants_updated == 1
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Participant)) == 3
        person = s.get(Participant, ayesha)
        assert person.full_name == "Ayesha Baloch" and person.phone == "0300-1234567"  # blank filled
        assert (
            s.scalar(select(Attendance.participant_id).where(Attendance.participant_id == ayesha)) == ayesha
        )


def test_matching_by_phone_and_email_needs_a_shared_name_word(db, tmp_path):
    code = make_activity(db)
    with db.session() as s:
        participants.add_participant(
            s,
            participants.ParticipantIn(
                full_name="Muhammad Asif", sex="male", phone="+92 333 7654321", email="asif@fia.gov.pk"
            ),
        )
    path = write_xlsx(
        tmp_path / "p.xlsx",
        [
            ["Name", "Sex", "Agency", "Mobile", "Email"],
            ["Asif Muhammad Khan", "M", "FIA", "+92-333-7654321", None],
            ["Office Clerk", "F", "FIA", "+92 333 7654321", None],
        ],
    )
    with db.session() as s:
        plan = import_attendance(s, path, code, dry_run=True).plan
    assert [r.status for r in plan.rows] == [RowStatus.MATCHED, RowStatus.NEW]
    assert plan.warning_lines() == [
        "row 3: phone also belongs to Muhammad Asif in the register; treated as another person"
    ]


def test_already_on_roster_fills_blanks_and_keeps_differing_values(db, tmp_path):
    code = make_activity(db)
    first = write_xlsx(
        tmp_path / "a.xlsx", [["Name", "Sex", "Agency", "Pre-test"], ["Ayesha Baloch", "F", "Police", 40]]
    )
    do_import(db, first, code)
    second = write_xlsx(
        tmp_path / "b.xlsx",
        [["Name", "Sex", "Agency", "Pre-test", "Post-test"], ["Ayesha Baloch", "F", "Police", 45, 85]],
    )
    outcome = do_import(db, second, code)
    assert outcome.plan.rows[0].status == RowStatus.ALREADY_ON_ROSTER
    assert outcome.plan.warning_lines() == [
        "row 2: pre-test score is 45 in the sheet but 40 on the roster; the roster is kept"
    ]
    assert outcome.summary.attendance_updated == 1
    with db.session() as s:
        assert s.execute(select(Attendance.pre_test_score, Attendance.post_test_score)).one() == (40, 85)


def test_map_override_from_the_command_line(db, tmp_path, monkeypatch, capsys):
    code = make_activity(db)
    path = tmp_path / "custom.csv"
    path.write_text(
        "Participante nombre,M/F,Org,Notes\nAli Raza,M,Police,first day only\nSara Khan,F,FIA,\n",
        encoding="utf-8",
    )
    status, _out, err = run_cli(
        monkeypatch, capsys, db, "import", "attendance", str(path), "--activity", code
    )
    assert status == 1 and "no column of names" in err
    status, out, err = run_cli(
        monkeypatch,
        capsys,
        db,
        "import",
        "attendance",
        str(path),
        "--activity",
        code,
        "--map",
        "participante nombre=name",
        "--map",
        "C=organization",
    )
    assert status == 0, err
    assert "Imported into PK-TRN-IMPORT: 2 new participants" in out
    assert roster(db, code) == {"Ali Raza": ("male", "Police"), "Sara Khan": ("female", "FIA")}
    with db.session() as s:
        assert s.scalar(select(Attendance.remarks).where(Attendance.remarks.is_not(None))) == "first day only"


def test_map_rejects_unknown_fields_and_columns(tmp_path):
    raw = sheets.read_table(chinese_csv(tmp_path / "c.csv"))
    guess = detect_header(raw)
    with pytest.raises(sheets.SheetError, match="unknown field 'surname'"):
        apply_overrides(guess, raw, {"姓名": "surname"})
    with pytest.raises(sheets.SheetError, match="no column 'Nombre'"):
        apply_overrides(guess, raw, {"Nombre": "name"})
    with pytest.raises(sheets.SheetError, match="no column 'Foo'"):  # not a heading, nor a column letter here
        apply_overrides(guess, raw, {"Foo": "name"})
    assert apply_overrides(guess, raw, {"电话": "ignore"}).mapping[5] == "ignore"
    assert apply_overrides(guess, raw, {"f": "remarks"}).mapping[5] == "remarks"


def test_a_sheet_without_sex_column_warns_once(db, tmp_path):
    code = make_activity(db)
    path = write_xlsx(
        tmp_path / "nosex.xlsx", [["Name", "Agency"], ["Ali Raza", "Police"], ["Sara Khan", "FIA"]]
    )
    with db.session() as s:
        plan = import_attendance(s, path, code, dry_run=True).plan
    assert plan.warning_lines() == ["no sex column: everyone is recorded as 'not recorded'"]
    assert {r.values["sex"] for r in plan.rows} == {Sex.NOT_RECORDED}


def test_dry_run_writes_nothing_and_prints_counts(db, tmp_path, monkeypatch, capsys):
    code = make_activity(db)
    path = quetta_xlsx(tmp_path / "quetta.xlsx")
    before = table_counts(db)
    status, out, err = run_cli(
        monkeypatch, capsys, db, "import", "attendance", str(path), "--activity", code, "--dry-run"
    )
    assert status == 0, err
    assert table_counts(db) == before
    assert out.startswith("Dry run: nothing was written.")
    for line in (
        "Rows read              6",
        "New participants       6",
        "Matched in register    0",
        "Already on roster      0",
        "Rows with errors       0",
        "Rows skipped           11 (total row)",
    ):
        assert line in out
    assert "New organizations      4 (Balochistan Police, Federal Investigation Agency" in out


def test_dry_run_with_errors_exits_1(db, tmp_path, monkeypatch, capsys):
    code = make_activity(db)
    path = bad_score_xlsx(tmp_path / "bad.xlsx")
    status, out, err = run_cli(
        monkeypatch, capsys, db, "import", "attendance", str(path), "--activity", code, "--dry-run"
    )
    assert status == 1 and "Rows with errors       1" in out
    assert err.splitlines() == [
        "row 7: post-test score: 150 is out of range (0 to 100)",
        "flare-monitor: error: 1 error(s) in bad.xlsx; the import would be refused",
    ]


def test_days_beyond_the_activity_missing_name_and_bad_email_are_row_errors(db, tmp_path):
    code = make_activity(db)
    rows = [
        ["Name", "Sex", "Email", "Days"],
        ["Ali Raza", "M", "ali@example.org", 3],
        [None, "F", None, 2],
        ["Sara Khan", "F", "sara(at)example.org", 1],
        ["12345", "M", None, None],
        ["Noor Jahan", "F", None, "two"],
    ]
    path = write_xlsx(tmp_path / "e.xlsx", rows)
    with db.session() as s:
        plan = import_attendance(s, path, code, dry_run=True).plan
    assert plan.error_lines() == [
        "row 2: days attended: 3 is out of range (0 to 2, the length of PK-TRN-IMPORT)",
        "row 3: name is missing",
        "row 4: e-mail: 'sara(at)example.org' is not an e-mail address",
        "row 5: name: '12345' is not a person's name",
        "row 6: days attended: 'two' is not a number",
    ]


def test_split_name_columns_are_joined(db, tmp_path):
    code = make_activity(db, country="PE")
    path = tmp_path / "split.csv"
    path.write_text("Apellidos;Nombres;Sexo\nQuispe Huamán;José;Hombre\nPeña;María;Mujer\n", encoding="utf-8")
    do_import(db, path, code)
    assert roster(db, code) == {"Quispe Huamán José": ("male", None), "Peña María": ("female", None)}


def test_subdivision_codes_and_names(db, tmp_path):
    code = make_activity(db)
    path = write_xlsx(
        tmp_path / "s.xlsx",
        [
            ["Name", "Sex", "Province"],
            ["Ali Raza", "M", "Balochistan"],
            ["Sara Khan", "F", "PK-PB"],
            ["Noor Jahan", "F", "Atlantis"],
        ],
    )
    outcome = do_import(db, path, code)
    assert outcome.plan.warning_lines() == [
        "row 4: “Atlantis” is not a province or region of Pakistan; left blank"
    ]
    with db.session() as s:
        codes = dict(s.execute(select(Participant.full_name, Participant.subdivision_code)).all())
    assert codes == {"Ali Raza": "PK-BA", "Sara Khan": "PK-PB", "Noor Jahan": None}


def test_notes_below_the_total_row_are_not_imported(db, tmp_path):
    code = make_activity(db)
    rows = [
        ["Name", "Sex", "Days"],
        ["Ali Raza", "M", 2],
        ["Sara Khan", "F", 2],
        ["Итого: 2", None, 4],
        ["Prepared by: M. Akhtar", None, None],
    ]
    path = write_xlsx(tmp_path / "t.xlsx", rows)
    with db.session() as s:
        plan = import_attendance(s, path, code, dry_run=True).plan
    assert plan.counts["rows_read"] == 2
    assert plan.skipped == [(4, "total row"), (5, "below the total row")]
    assert "row 5: below the total row; not imported" in plan.warning_lines()


def test_no_header_found_is_a_clear_error(db, tmp_path):
    code = make_activity(db)
    path = write_xlsx(tmp_path / "n.xlsx", [["Col1", "Col2"], ["Ali Raza", "M"]])
    with pytest.raises(sheets.SheetError, match="no header row found in the first 30 rows"):
        do_import(db, path, code)
    outcome = do_import(db, path, code, overrides={"Col1": "name", "Col2": "sex"})
    assert outcome.summary.participants_created == 1


def test_locked_period_is_reported_and_refused(db, tmp_path):
    code = make_activity(db)
    with db.session() as s:
        lock_period(s, "IMPTEST", "FY2024-Q3", "report submitted to USDOL", acknowledge="known gaps")
    path = quetta_xlsx(tmp_path / "q.xlsx")
    with db.session() as s:
        plan = import_attendance(s, path, code, dry_run=True).plan
    assert plan.has_errors and "locked" in plan.error_lines()[0]
    before = table_counts(db)
    with pytest.raises(ImportRejected):
        do_import(db, path, code)
    assert table_counts(db) == before


def test_progress_and_cancel(db, tmp_path):
    code = make_activity(db)
    rows = [["Name", "Sex"]] + [[f"Person Number{i:04d}", "F" if i % 2 else "M"] for i in range(600)]
    path = write_xlsx(tmp_path / "big.xlsx", rows)
    raw = sheets.read_table(path)
    seen = []
    with db.session() as s:
        plan = plan_import(s, code, raw, detect_header(raw), progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 600) and seen[-1] == (600, 600)
    before = table_counts(db)
    checks = []

    def cancel_on_second_check() -> bool:
        checks.append(1)
        return len(checks) == 2

    with pytest.raises(ImportCancelled, match="nothing was imported"), db.session() as s:
        plan_import(s, code, raw, detect_header(raw), cancelled=cancel_on_second_check)
    checks.clear()
    with pytest.raises(ImportCancelled), db.session() as s:
        apply_plan(s, plan, cancelled=cancel_on_second_check)
    assert table_counts(db) == before


def test_matching_uses_a_few_queries_not_one_per_row(db, tmp_path):
    code = make_activity(db)
    counts = {}
    for n in (50, 1500):
        rows = [["Name", "Sex", "Agency", "Phone"]] + [
            [f"Person Number{i:05d}", "F", f"Agency {i % 7}", f"+92 300 {i:07d}"] for i in range(n)
        ]
        raw = sheets.read_table(write_xlsx(tmp_path / f"{n}.xlsx", rows))
        statements: list[str] = []

        def listener(*args, statements=statements):
            statements.append(args[2])

        event.listen(db.engine, "before_cursor_execute", listener)
        try:
            with db.session() as s:
                plan_import(s, code, raw, detect_header(raw))
        finally:
            event.remove(db.engine, "before_cursor_execute", listener)
        counts[n] = len(statements)
    assert counts[1500] <= counts[50] + 6  # a few more IN (...) chunks, nothing per row


def test_apply_reports_progress_in_two_halves(db, tmp_path):
    code = make_activity(db)
    rows = [["Name", "Sex"]] + [[f"Person Number{i:04d}", "F"] for i in range(1200)]
    raw = sheets.read_table(write_xlsx(tmp_path / "p.xlsx", rows))
    seen = []
    with db.session() as s:
        plan = plan_import(s, code, raw, detect_header(raw))
        apply_plan(s, plan, progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, 2400) and seen[-1] == (2400, 2400)
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)


def test_import_next_to_the_demo_register(demo_db, tmp_path):
    """A new BRIDGE training in Quetta: the demo's Balochistan Police is reused, not duplicated."""
    with demo_db.session() as s:
        add_activity(
            s,
            ActivityIn(
                project="BRIDGE",
                country="PK",
                code="BR-PK-2024-TRN-IMPORT",
                title="Refresher training, Quetta",
                type="training",
                start="2024-09-10",
                end="2024-09-11",
                status="completed",
            ),
        )
        police = s.scalars(select(Organization).where(Organization.name == "Balochistan Police")).all()
    assert len(police) == 1
    path = quetta_xlsx(tmp_path / "quetta.xlsx")
    before = table_counts(demo_db)
    outcome = do_import(demo_db, path, "BR-PK-2024-TRN-IMPORT")
    assert "balochistan police" not in outcome.plan.new_organizations
    after = table_counts(demo_db)
    assert after["organization"] - before["organization"] == outcome.summary.organizations_created
    with demo_db.session() as s:
        assert (
            len(s.scalars(select(Organization).where(Organization.name == "Balochistan Police")).all()) == 1
        )
    assert {n: sex for n, (sex, _org) in roster(demo_db, "BR-PK-2024-TRN-IMPORT").items()} == {
        n: sex for n, (sex, _org) in QUETTA_PEOPLE.items()
    }
    do_import(demo_db, path, "BR-PK-2024-TRN-IMPORT")
    assert table_counts(demo_db)["participant"] == after["participant"]
