"""CSV and XLSX writing: formula injection neutralised, any script round-trips, atomic replacement."""

from __future__ import annotations

import csv
import re
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from python_calamine import CalamineWorkbook

from flare_monitor.errors import UserError
from flare_monitor.io.safe_cells import restore
from flare_monitor.io.tabular import MAX_SHEET_NAME, sheet_title, write_table, write_workbook

NAMES = [
    '=HYPERLINK("http://x","y")',
    "+1",
    "-2",
    "@SUM(A1)",
    "\tTab",
    "\rCR",
    "Бат-Эрдэнэ Иванова",
    "王秀英",
    "सीता देवी",
    "عائشہ بی بی",
    "'=already quoted",
    "O'Brien",
    "<r>&</r>",
    "_x0041_",
    "line one\nline two",
    "  spaced  ",
    'a, b; "c"',
]
HEADERS = ["name", "number", "date"]
BOM = b"\xef\xbb\xbf"
_OOXML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def ooxml_unescape(text):
    """openpyxl returns OOXML's _xHHHH_ escapes (how XLSX stores \\r and control characters) as they
    are; Excel and calamine decode them. Decode the same way here."""
    if text is None:
        return ""
    return _OOXML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


def read_csv(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def read_openpyxl(path: Path, sheet: str | None = None):
    workbook = openpyxl.load_workbook(path)
    worksheet = workbook[sheet] if sheet else workbook.worksheets[0]
    return [list(row) for row in worksheet.iter_rows()]


def read_calamine(path: Path, sheet: str | None = None) -> list[list]:
    workbook = CalamineWorkbook.from_path(str(path))
    data = workbook.get_sheet_by_name(sheet or workbook.sheet_names[0]).to_python()
    workbook.close()
    return data


def _rows():
    return [[name, -2 - i, date(2024, 1, 1 + i)] for i, name in enumerate(NAMES)]


def test_csv_starts_with_bom_and_round_trips(tmp_path):
    path = tmp_path / "out.csv"
    assert write_table(path, HEADERS, _rows()) == len(NAMES)
    raw = path.read_bytes()
    assert raw.startswith(BOM)
    assert b"\r\n" in raw  # Excel's line ending; \n inside a cell stays inside its quotes
    rows = read_csv(path)
    assert rows[0] == HEADERS
    assert [restore(r[0]) for r in rows[1:]] == NAMES
    for row, name in zip(rows[1:], NAMES, strict=True):
        assert not row[0] or row[0][0] not in "=+-@\t\r"  # nothing a spreadsheet would run
        assert (row[0] != name) == (row[0] == "'" + name)
    # Numbers stay numbers (no apostrophe on -2), dates are ISO.
    assert rows[1][1:] == ["-2", "2024-01-01"]


def test_xlsx_cells_are_text_not_formulas_and_round_trip(tmp_path):
    path = tmp_path / "out.xlsx"
    assert write_table(path, HEADERS, _rows()) == len(NAMES)
    rows = read_openpyxl(path)
    assert [c.value for c in rows[0]] == HEADERS
    for row, name in zip(rows[1:], NAMES, strict=True):
        cell = row[0]
        assert cell.data_type == "s"  # text, never "f" (formula)
        assert restore(ooxml_unescape(cell.value)) == name
        assert row[1].data_type == "n" and row[1].value < 0  # a negative number stays a number
        assert row[2].is_date and row[2].number_format == "yyyy-mm-dd"
    assert rows[1][2].value == datetime(2024, 1, 1)

    data = read_calamine(path)
    assert data[0] == HEADERS
    assert [restore(r[0]) for r in data[1:]] == NAMES
    assert data[1][1:] == [-2, date(2024, 1, 1)]


def test_xlsx_layout_bold_frozen_header_and_widths(tmp_path):
    path = tmp_path / "out.xlsx"
    write_table(
        path, ["short", "a long header", "when"], [["x" * 200, 1, date(2024, 5, 6)]], sheet_name="People"
    )
    workbook = openpyxl.load_workbook(path)
    sheet = workbook["People"]
    assert sheet.freeze_panes == "A2"
    assert all(cell.font.b for cell in sheet[1])
    widths = [sheet.column_dimensions[c].width for c in "ABC"]
    assert 60 <= widths[0] <= 62  # capped, not 200 characters wide
    assert widths[1] >= len("a long header")
    assert widths[2] >= 10


def test_xlsx_writes_booleans_datetimes_and_leaves_blanks(tmp_path):
    path = tmp_path / "out.xlsx"
    write_table(path, ["a", "b", "c", "d"], [[True, None, datetime(2024, 2, 3, 4, 5), float("nan")]])
    row = read_openpyxl(path)[1]
    assert row[0].value is True
    assert row[1].value is None and row[3].value is None
    assert row[2].value == datetime(2024, 2, 3, 4, 5)


def test_unknown_suffix_is_refused_before_anything_is_written(tmp_path):
    with pytest.raises(UserError, match="must end in .csv or .xlsx"):
        write_table(tmp_path / "out.txt", HEADERS, _rows())
    with pytest.raises(UserError, match="must end in .xlsx"):
        write_workbook(tmp_path / "out.csv", [("A", HEADERS, _rows())])
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_is_a_user_error(tmp_path):
    with pytest.raises(UserError, match="does not exist"):
        write_table(tmp_path / "nowhere" / "out.csv", HEADERS, _rows())


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_failure_keeps_old_file_and_leaves_no_temp_file(tmp_path, suffix):
    path = tmp_path / f"out{suffix}"
    write_table(path, HEADERS, _rows())
    before = path.read_bytes()

    def broken_rows():
        yield ["fine", 1, date(2024, 1, 1)]
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError):
        write_table(path, HEADERS, broken_rows())
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_workbook_with_several_sheets_and_awkward_names(tmp_path):
    path = tmp_path / "annex.xlsx"
    long_name = "Indicators of the second outcome of the project"
    counts = write_workbook(
        path,
        [
            ("Q1/Q2 [draft]: *?", ["a"], [["x"]]),
            (long_name, ["b"], [["y"], ["z"]]),
            (long_name, ["c"], []),
            ("'quoted'", ["d"], [[1]]),
        ],
    )
    assert counts == [1, 2, 0, 1]
    names = openpyxl.load_workbook(path).sheetnames
    assert names[0] == "Q1_Q2 _draft__ __"
    assert all(len(n) <= MAX_SHEET_NAME for n in names)
    assert names[1] == long_name[:MAX_SHEET_NAME]
    assert names[2].endswith(" (2)") and names[2] != names[1]
    assert names[3] == "quoted"
    assert read_calamine(path, names[1]) == [["b"], ["y"], ["z"]]


def test_sheet_title_edge_cases():
    assert sheet_title("") == "Sheet"
    assert sheet_title("History") == "History_"
    taken: set[str] = set()
    assert [sheet_title("Data", taken) for _ in range(3)] == ["Data", "Data (2)", "Data (3)"]


def test_xlsx_file_is_a_valid_zip_without_shared_formulas(tmp_path):
    path = tmp_path / "out.xlsx"
    write_table(path, HEADERS, _rows())
    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "<f>" not in sheet_xml and "<f " not in sheet_xml


# XML 1.0 allows tab, LF and CR among the control characters, and no surrogates or U+FFFE/U+FFFF.
_XML_TEXT = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\ufffe\uffff", min_codepoint=0).filter(
        lambda ch: ch >= " " or ch in "\t\n\r"
    )
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cells=st.lists(st.text(), min_size=1, max_size=5))
def test_any_text_round_trips_through_csv(tmp_path, cells):
    path = tmp_path / "h.csv"
    write_table(path, ["c"], [[c] for c in cells])
    assert [restore(r[0]) for r in read_csv(path)[1:]] == cells


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cells=st.lists(_XML_TEXT, min_size=1, max_size=5))
def test_any_text_round_trips_through_xlsx(tmp_path, cells):
    path = tmp_path / "h.xlsx"
    write_table(path, ["c"], [[c] for c in cells])
    rows = read_openpyxl(path)[1:]
    assert all(row[0].data_type != "f" for row in rows)
    assert [restore(ooxml_unescape(row[0].value)) for row in rows] == cells
    data = read_calamine(path)[1:]
    assert [restore(r[0] if r else "") for r in data] == cells
