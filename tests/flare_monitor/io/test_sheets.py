"""Reading sheets: row numbering, cell types, merged cells, sheet choice, CSV encodings and delimiters."""

from __future__ import annotations

import codecs
from datetime import date, datetime

import pytest
import xlsxwriter

from flare_monitor.errors import UserError
from flare_monitor.io import sheets
from flare_monitor.io.attendance_columns import header_key, parse_sex, to_date, to_number
from flare_monitor.io.sheets import SheetError, read_table

from .test_attendance_import import write_ods, write_xlsx

ROWS = [["Name", "Sex", "Agency"], ["José Quispe Huamán", "M", "SUNAFIL"], ["Peña Flores, María", "F", ""]]
EXPECTED = [
    ["Name", "Sex", "Agency"],
    ["José Quispe Huamán", "M", "SUNAFIL"],
    ["Peña Flores, María", "F", None],
]


def test_sheet_rows_keep_excel_numbering_and_types(tmp_path):
    path = tmp_path / "types.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    ws = workbook.add_worksheet("Data")
    dated = workbook.add_format({"num_format": "yyyy-mm-dd"})
    ws.write(2, 1, "Title on row 3")  # rows 1-2 and column A empty
    ws.write_row(3, 1, [40.0, 72.5, "  ", "text"])
    ws.write_datetime(4, 1, datetime(2024, 4, 16), dated)
    ws.write_datetime(
        4, 2, datetime(2024, 4, 16, 9, 30), workbook.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    )
    ws.write_number(4, 3, 45398)
    workbook.close()
    raw = read_table(path)
    assert raw.sheet == "Data" and raw.sheet_names == ["Data"] and raw.source == "types.xlsx"
    assert raw.rows[0] == [None] * 5 and raw.rows[2][1] == "Title on row 3"
    assert raw.rows[3] == [None, 40, 72.5, None, "text"]
    assert type(raw.rows[3][1]) is int
    assert raw.rows[4][1] == date(2024, 4, 16)
    assert raw.rows[4][2] == datetime(2024, 4, 16, 9, 30)
    assert raw.rows[4][3] == 45398 and to_date(raw.rows[4][3]) == date(2024, 4, 16)


def test_vertical_merges_fill_down_horizontal_ones_do_not(tmp_path):
    path = write_xlsx(
        tmp_path / "m.xlsx",
        [["Title"], ["Name", "Agency"], ["A B", "Police"], ["C D"], ["E F"]],
        merges=("A1:B1", "B3:B5"),
    )
    rows = read_table(path).rows
    assert rows[0] == ["Title", None]
    assert [r[1] for r in rows[2:]] == ["Police", "Police", "Police"]


def test_first_visible_sheet_or_the_named_one(tmp_path):
    path = tmp_path / "multi.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    workbook.add_worksheet("Instructions").write(0, 0, "hidden")
    workbook.add_worksheet("Attendance").write(0, 0, "Name")
    workbook.add_worksheet("Day 2").write(0, 0, "Nombre")
    workbook.worksheets()[1].activate()
    workbook.worksheets()[0].hide()
    workbook.close()
    assert read_table(path).sheet == "Attendance"
    assert read_table(path, "day 2").rows == [["Nombre"]]
    with pytest.raises(
        SheetError, match=r"no sheet called 'Day 3' \(sheets: Instructions, Attendance, Day 2\)"
    ):
        read_table(path, "Day 3")


def test_ods_is_read(tmp_path):
    raw = read_table(write_ods(tmp_path / "x.ods", ROWS))
    assert raw.rows == EXPECTED and raw.sheet == "Liste"


@pytest.mark.parametrize(
    "encoding, bom, label",
    [
        ("utf-8", b"", "UTF-8"),
        ("utf-8", codecs.BOM_UTF8, "UTF-8 with BOM"),
        ("cp1252", b"", "Windows-1252"),
        ("utf-16-le", codecs.BOM_UTF16_LE, "UTF-16"),
        ("utf-16-be", codecs.BOM_UTF16_BE, "UTF-16"),
    ],
)
@pytest.mark.parametrize("delimiter, name", [(",", "comma"), (";", "semicolon"), ("\t", "tab")])
def test_csv_encodings_and_delimiters(tmp_path, encoding, bom, label, delimiter, name):
    def quote(cell: str) -> str:
        return f'"{cell}"' if delimiter in cell or "," in cell else cell

    body = "\r\n".join(delimiter.join(quote(c) for c in row) for row in ROWS) + "\r\n"
    path = tmp_path / "people.csv"
    path.write_bytes(bom + body.encode(encoding))
    raw = read_table(path)
    assert raw.rows == EXPECTED
    assert raw.detail == f"{label}, {name}-separated"
    assert raw.sheet is None and raw.sheet_names == []


def test_csv_quoted_newlines_single_column_and_tsv(tmp_path):
    path = tmp_path / "q.csv"
    path.write_text('Name;Remarks\n"Ali Raza";"line one\nline two"\nSara;ok\n', encoding="utf-8")
    assert read_table(path).rows == [["Name", "Remarks"], ["Ali Raza", "line one\nline two"], ["Sara", "ok"]]
    one = tmp_path / "one.csv"
    one.write_text("Name\nAli Raza\nSara Khan\n", encoding="utf-8")
    assert read_table(one).rows == [["Name"], ["Ali Raza"], ["Sara Khan"]]
    tsv = tmp_path / "t.tsv"
    tsv.write_text("Name\tSex\nAli Raza\tM\n", encoding="utf-8")
    assert read_table(tsv).rows == [["Name", "Sex"], ["Ali Raza", "M"]]


def test_csv_that_is_neither_utf8_nor_cp1252_is_refused(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_bytes(b"Name,Sex\nA\x81B,M\n")  # 0x81 is undefined in Windows-1252 and invalid UTF-8
    with pytest.raises(SheetError, match="unknown text encoding"):
        read_table(path)
    broken = tmp_path / "broken.csv"
    broken.write_bytes(codecs.BOM_UTF8 + b"Name\n\xff\xfe\n")
    with pytest.raises(SheetError, match="not valid UTF-8 with BOM"):
        read_table(broken)


def test_csv_field_over_the_csv_module_limit_is_a_sheet_error(tmp_path):
    path = tmp_path / "huge_field.csv"
    path.write_text('Name\n"' + "x" * 200_000 + '"\n', encoding="utf-8")
    with pytest.raises(SheetError, match="line"):
        read_table(path)


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("missing.xlsx", None, "no such file"),
        ("empty.csv", b"", "is empty"),
        ("notes.docx", b"PK\x03\x04", "not a spreadsheet"),
        ("wrong.xls", b"PK\x03\x04" + b"\0" * 100, "zip-based file"),
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "cannot be read as a workbook"),
        ("protected.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "password-protected"),
        ("page.xls", b"<html><body><table></table></body></html>", "web page"),
        ("book.csv", b"PK\x03\x04" + b"\0" * 100, "is a workbook with a .csv name"),
    ],
)
def test_files_that_are_not_what_they_say(tmp_path, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(SheetError, match=message) as excinfo:
        read_table(path)
    assert isinstance(excinfo.value, UserError) and "\n" not in str(excinfo.value)


def test_row_and_cell_limits(tmp_path, monkeypatch):
    monkeypatch.setattr(sheets, "MAX_DATA_ROWS", 20)
    rows = [["Name"]] + [[f"Person {i}"] for i in range(60)]
    with pytest.raises(SheetError, match="61 rows; at most 20"):
        read_table(write_xlsx(tmp_path / "rows.xlsx", rows))
    csv_path = tmp_path / "rows.csv"
    csv_path.write_text("\n".join(r[0] for r in rows), encoding="utf-8")
    with pytest.raises(SheetError, match="more than 20 rows"):
        read_table(csv_path)
    monkeypatch.setattr(sheets, "MAX_CELLS", 100)
    wide = [["Name"] + [None] * 60 + ["stray"], ["Ali Raza"]]
    with pytest.raises(SheetError, match="too large"):
        read_table(write_xlsx(tmp_path / "wide.xlsx", wide))


@pytest.mark.parametrize(
    "label, key",
    [
        ("Sexo (M/F)", "sexo"),
        ("E-mail", "email"),
        ("Ф.И.О.", "фио"),
        ("Nom et prénom", "nometprenom"),
        ("#", "#"),
        ("Nº", "no"),
        ("№", "no"),
        ("Pre-test (%)", "pretest"),
        ("性别", "性别"),
        ("(M/F)", "mf"),
    ],
)
def test_header_keys(label, key):
    assert header_key(label) == key


@pytest.mark.parametrize(
    "value, sex",
    [
        ("F", "female"),
        ("m", "male"),
        ("Mujer", "female"),
        ("HOMBRE", "male"),
        ("Femme", "female"),
        ("H", "male"),
        ("Ж", "female"),
        ("М", "male"),
        ("Жен.", "female"),
        ("Мужской", "male"),
        ("女", "female"),
        ("男", "male"),
        ("W", "female"),
        ("Otro", "other"),
        ("autre", "other"),
        ("другой", "other"),
        (None, "not_recorded"),
        ("-", "not_recorded"),
        ("N/A", "not_recorded"),
    ],
)
def test_sex_values(value, sex):
    assert parse_sex(value)[0] == sex


@pytest.mark.parametrize("value", ["X", "?", "1", 2, 1.0, "FM", "Sr."])
def test_ambiguous_sex_values_are_refused(value):
    sex, message = parse_sex(value)
    assert sex is None and "not understood" in message


@pytest.mark.parametrize(
    "value, number",
    [
        (80.0, 80),
        ("80", 80),
        ("80%", 80),
        ("7,5", 7.5),
        (" 90 ", 90),
        ("abc", "abc"),
        (None, None),
    ],
)
def test_numbers(value, number):
    result = to_number(value)
    assert result == number and type(result) is type(number)


@pytest.mark.parametrize(
    "tail",
    [
        b"PK\x05\x06" + b"\0" * 18,  # an empty archive: no workbook in it
        b"PK\x06\x07"
        + b"\0" * 16
        + b"PK\x05\x06"
        + b"\0" * 6
        + b"\xff\xff"
        + b"\0" * 10,  # zip64 pointing nowhere
        b"",  # no end-of-directory record at all
    ],
)
def test_truncated_or_empty_zips_are_sheet_errors(tmp_path, tail):
    path = tmp_path / "cut.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\0" * 200 + tail)
    with pytest.raises(SheetError):
        read_table(path)
