"""Random sheets and random files never crash the importer: it reads, or it reports a UserError."""

from __future__ import annotations

import codecs
from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flare_monitor.errors import UserError
from flare_monitor.io.attendance_import import (
    RowStatus,
    apply_overrides,
    apply_plan,
    detect_header,
    plan_import,
)
from flare_monitor.io.sheets import RawTable, read_table
from tests.flare_monitor.io.test_attendance_import import make_activity

HEADINGS = [
    "Name",
    "Full name",
    "Sex",
    "Gender",
    "性别",
    "Пол",
    "Sexo (M/F)",
    "Organization",
    "Institución",
    "单位",
    "Position",
    "Phone",
    "Teléfono",
    "E-mail",
    "Pre-test",
    "Post-test",
    "Days",
    "Province",
    "Age group",
    "Remarks",
    "Date",
    "S.No",
    "#",
    "Apellidos",
    "Nombres",
    "Total",
    "ФИО",
    "姓名",
]
VALUES = [
    "F",
    "M",
    "Mujer",
    "Hombre",
    "Ж",
    "М",
    "女",
    "男",
    "X",
    "?",
    "1",
    "-",
    "n/a",
    "80",
    "150",
    "7,5",
    "nan",
    "inf",
    "Balochistan",
    "PK-BA",
    "Atlantis",
    "a@b.co",
    "not-an-email",
    "+92 300 1234567",
    "12",
    "Ayesha Baloch",
    "BALOCH  Ayesha",
    "Police",
    "Итого",
    "Total",
    "=1+1",
    "\x00",
    "  ",
]
FIELDS = [
    "name",
    "sex",
    "organization",
    "position",
    "phone",
    "email",
    "pre_test",
    "post_test",
    "days",
    "subdivision",
    "age_group",
    "remarks",
    "date",
    "ignore",
]

text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
cells = st.one_of(
    st.none(),
    text,
    st.sampled_from(HEADINGS + VALUES),
    st.integers(min_value=-(2**63), max_value=2**63),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)),
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1)),
)
tables = st.lists(st.lists(cells, max_size=8), max_size=40)
SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture
def activity(db):
    return make_activity(db)


def _plan_and_apply(db, activity: str, raw: RawTable, overrides: dict[str, str] | None = None) -> None:
    session = db.factory()
    try:
        guess = apply_overrides(detect_header(raw), raw, overrides or {})
        plan = plan_import(session, activity, raw, guess)
        for row in plan.rows:
            assert row.excel_row > plan.header_row
            assert (row.status == RowStatus.ERROR) == bool(row.errors)
        assert all("\n" not in line for line in plan.error_lines() + plan.warning_lines())
        if not plan.has_errors:
            summary = apply_plan(session, plan)
            assert summary.attendance_added + summary.already_on_roster == (
                plan.count(RowStatus.NEW)
                + plan.count(RowStatus.MATCHED)
                + plan.count(RowStatus.ALREADY_ON_ROSTER)
            )
    except UserError as exc:
        assert str(exc) and "\n" not in str(exc)
    finally:
        session.rollback()
        session.close()


@SETTINGS
@given(rows=tables)
def test_random_tables_are_planned_or_reported(db, activity, rows):
    _plan_and_apply(db, activity, RawTable(rows=rows, source="random.xlsx"))


@SETTINGS
@given(
    body=st.lists(st.lists(cells, min_size=1, max_size=6), min_size=1, max_size=25),
    heading=st.lists(st.sampled_from(HEADINGS), min_size=1, max_size=6, unique=True),
    overrides=st.dictionaries(
        st.sampled_from(HEADINGS + ["A", "B", "ZZ", "nope"]),
        st.sampled_from(FIELDS + ["surname"]),
        max_size=3,
    ),
)
def test_tables_with_real_headings_and_random_overrides(db, activity, body, heading, overrides):
    _plan_and_apply(db, activity, RawTable(rows=[list(heading), *body], source="headed.xlsx"), overrides)


@SETTINGS
@given(data=st.binary(max_size=4000), bom=st.sampled_from([b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE]))
def test_random_bytes_as_csv(db, activity, tmp_path_factory, data, bom):
    path = tmp_path_factory.mktemp("csv") / "random.csv"
    path.write_bytes(bom + data)
    try:
        raw = read_table(path)
    except UserError:
        return
    _plan_and_apply(db, activity, raw)


@SETTINGS
@given(
    rows=st.lists(
        st.lists(st.one_of(st.none(), text, st.sampled_from(HEADINGS + VALUES)), max_size=6),
        min_size=1,
        max_size=20,
    ),
    delimiter=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
)
def test_random_text_written_as_csv(db, activity, tmp_path_factory, rows, delimiter, encoding):
    def quote(cell) -> str:
        value = "" if cell is None else str(cell)
        return '"' + value.replace('"', '""') + '"'

    content = "\r\n".join(delimiter.join(quote(c) for c in row) for row in rows)
    try:
        data = content.encode(encoding)
    except UnicodeEncodeError:
        return
    path = tmp_path_factory.mktemp("csv") / "text.csv"
    path.write_bytes(data)
    try:
        raw = read_table(path)
    except UserError:
        return
    _plan_and_apply(db, activity, raw)


def _valid_workbook_bytes(tmp_path_factory) -> bytes:
    import xlsxwriter

    path = tmp_path_factory.mktemp("xlsx") / "base.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Attendance")
    sheet.write_row(0, 0, ["Name", "Sex", "Organization", "Pre-test"])
    sheet.write_row(1, 0, ["Ayesha Baloch", "F", "Balochistan Police", 40])
    sheet.write_row(2, 0, ["Muhammad Asif", "M", "FIA", 55])
    book.close()
    return path.read_bytes()


@SETTINGS
@given(
    mutations=st.lists(
        st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)), min_size=1, max_size=12
    ),
    suffix=st.sampled_from([".xlsx", ".ods", ".xls", ".csv"]),
)
def test_corrupted_workbooks_are_read_or_reported(db, activity, tmp_path_factory, mutations, suffix):
    data = bytearray(_valid_workbook_bytes(tmp_path_factory))
    for where, byte in mutations:
        data[int(where * len(data))] = byte
    path = tmp_path_factory.mktemp("bad") / f"mutated{suffix}"
    path.write_bytes(bytes(data))
    try:
        raw = read_table(path)
    except UserError:
        return
    _plan_and_apply(db, activity, raw)
