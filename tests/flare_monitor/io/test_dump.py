"""Whole-dataset JSON dump and load: byte-for-byte round trip, refusals, and never a partial load."""

from __future__ import annotations

import copy
import json
import os
import shutil
import stat
import uuid
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from flare_monitor.db.engine import Database
from flare_monitor.db.enums import (
    ActivityStatus,
    ActivityType,
    AttendanceRole,
    AuditAction,
    Calendar,
    IndicatorUnit,
    NarrativeSection,
    OrganizationType,
    Sex,
    ValueStatus,
)
from flare_monitor.db.migrate import head_revision, open_database
from flare_monitor.db.models import (
    Activity,
    ActivityPartner,
    Attendance,
    AuditEntry,
    Base,
    Indicator,
    IndicatorTarget,
    IndicatorValue,
    Narrative,
    Organization,
    Participant,
    PeriodLock,
    Project,
    ProjectCountry,
    ReportRecord,
    Result,
    ResultLevel,
    Setting,
)
from flare_monitor.errors import UserError
from flare_monitor.io.dump import (
    FORMAT_NAME,
    FORMAT_VERSION,
    dump_dataset,
    load_dataset,
    load_file,
    read_dump,
    write_dump,
)
from flare_monitor.services import geo
from flare_monitor.text import fold, name_key

ensure_country = geo.ensure_country
ensure_subdivision = geo.ensure_subdivision

# Children sort before their parents by id, so a load that inserted in document order would break
# the result.parent_id foreign key: the loader has to put parents first.
PROJECT_ID = uuid.UUID("5a1e0000-0000-4000-8000-000000000001")
ROOT_ID = uuid.UUID("f0000000-0000-4000-8000-000000000001")
MID_ID = uuid.UUID("80000000-0000-4000-8000-000000000002")
LEAF_ID = uuid.UUID("10000000-0000-4000-8000-000000000003")
ORG_ID = uuid.UUID("0a000000-0000-4000-8000-000000000004")
NAMES = ("Анна Петрова", "王小明", "عائشہ خان")

TABLES = [t.name for t in Base.metadata.sorted_tables]


def populate(session) -> None:
    ensure_country(session, "PK")
    ensure_country(session, "CN")
    ensure_subdivision(session, "PK-BA")
    project = Project(
        id=PROJECT_ID,
        code="FLARE-PK",
        title="Fair recruitment in Pakistan",
        donor="European Union",
        start_date=date(2023, 1, 1),
        end_date=date(2026, 12, 31),
        calendar=Calendar.FISCAL,
        fiscal_year_start_month=7,
        description="Проект — 项目 — منصوبہ",
    )
    project.countries = [ProjectCountry(country_code="PK"), ProjectCountry(country_code="CN")]
    project.levels = [
        ResultLevel(depth=d, name=n) for d, n in ((1, "Outcome"), (2, "Output"), (3, "Sub-output"))
    ]
    root = Result(id=ROOT_ID, project=project, depth=1, code="1", statement="Forced labour is reduced")
    mid = Result(id=MID_ID, project=project, parent=root, depth=2, code="1.1", statement="Inspectors trained")
    leaf = Result(
        id=LEAF_ID, project=project, parent=mid, depth=3, code="1.1.1", statement="Curriculum", sort_order=2
    )
    session.add(project)
    session.flush()
    indicator = Indicator(
        project_id=PROJECT_ID,
        result=leaf,
        code="IND-1",
        name="Labour inspectors trained",
        unit=IndicatorUnit.NUMBER,
        cumulative=True,
        disaggregations=["sex", "country"],
        baseline_value=12.5,
        baseline_date=date(2023, 1, 1),
        is_key=True,
        computation={
            "source": "attendance",
            "count": "participants",
            "filter": {"completed": True, "roles": ["participant"], "min_days": 1.5},
        },
    )
    indicator.targets = [
        IndicatorTarget(
            period="FY2024", period_start=date(2023, 7, 1), period_end=date(2024, 6, 30), value=40.0
        ),
        IndicatorTarget(
            period="FY2024",
            period_start=date(2023, 7, 1),
            period_end=date(2024, 6, 30),
            country_code="PK",
            sex=Sex.FEMALE,
            value=17.5,
            comment="Half of them women",
        ),
    ]
    indicator.values = [
        IndicatorValue(
            period="FY2024-Q1",
            period_start=date(2023, 7, 1),
            period_end=date(2023, 9, 30),
            value=12.0,
            numerator=3.0,
            denominator=4.0,
            status=ValueStatus.APPROVED,
            approved_by="m.khan",
            approved_at=datetime(2024, 4, 2, 9, 30, 15, 123456),
        ),
    ]
    session.add(indicator)
    org = Organization(
        id=ORG_ID,
        name="Balochistan Labour Department",
        search_name="balochistan labour",
        acronym="BLD",
        type=OrganizationType.LABOUR_DEPARTMENT,
        country_code="PK",
        subdivision_code="PK-BA",
    )
    activity = Activity(
        project_id=PROJECT_ID,
        country_code="PK",
        subdivision_code="PK-BA",
        result_id=LEAF_ID,
        code="PK-TR-001",
        title="Training of labour inspectors",
        type=ActivityType.TRAINING,
        status=ActivityStatus.COMPLETED,
        planned_start=date(2023, 8, 1),
        planned_end=date(2023, 8, 3),
        actual_start=date(2023, 8, 2),
        actual_end=date(2023, 8, 4),
        venue="Quetta",
    )
    activity.partners = [ActivityPartner(organization=org)]
    people = [
        Participant(
            full_name=NAMES[0],
            search_name="анна петрова",
            name_key="anna petrova",
            sex=Sex.FEMALE,
            organization=org,
            country_code="PK",
            phone="+92 300 1234567",
            phone_normalized="+923001234567",
            email="anna@example.org",
            consent=True,
        ),
        Participant(
            full_name=NAMES[1], search_name="王小明", sex=Sex.MALE, country_code="CN", age_group="25-34"
        ),
        Participant(
            full_name=NAMES[2],
            search_name="عائشہ خان",
            sex=Sex.FEMALE,
            country_code="PK",
            subdivision_code="PK-BA",
            sensitive=True,
            position="Worker",
        ),
    ]
    roles = (AttendanceRole.PARTICIPANT, AttendanceRole.FACILITATOR, AttendanceRole.PARTICIPANT)
    for person, role in zip(people, roles, strict=True):
        session.add(
            Attendance(
                participant=person,
                activity=activity,
                role=role,
                days_attended=2.5,
                pre_test_score=40.0,
                post_test_score=85.5,
                remarks="ok",
            )
        )
    session.add_all(
        [
            activity,
            Narrative(
                project_id=PROJECT_ID,
                country_code="PK",
                period="FY2024-Q1",
                period_start=date(2023, 7, 1),
                period_end=date(2023, 9, 30),
                section=NarrativeSection.HIGHLIGHTS,
                text="Inspectors trained in Quetta.\nЗаметка: 进展顺利 — کامیابی",
            ),
            PeriodLock(
                project_id=PROJECT_ID,
                period="FY2023-Q4",
                period_start=date(2023, 4, 1),
                period_end=date(2023, 6, 30),
                reason="Submitted to donor",
                changed_by="m.khan",
            ),
            ReportRecord(
                project_id=PROJECT_ID,
                period="FY2024-Q1",
                scope={"countries": ["PK"], "draft": False},
                file_path="C:\\Reports\\FLARE Q1.pdf",
                sha256="a" * 64,
                generated_by="m.khan",
                generated_at=datetime(2024, 4, 3, 10, 0),
            ),
            AuditEntry(
                user="m.khan",
                entity="project",
                entity_id=str(PROJECT_ID),
                action=AuditAction.CREATE,
                changes={"title": [None, "Fair recruitment"]},
                comment="Создано",
                at=datetime(2024, 1, 2),
            ),
            Setting(key="report.defaults", value={"language": "en", "ratio": 0.25}),
        ]
    )


def counts(database: Database) -> dict[str, int]:
    with database.engine.connect() as conn:
        return {
            t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
            for t in Base.metadata.sorted_tables
        }


def snapshot(database: Database) -> dict:
    with database.session(audit=False) as session:
        return dump_dataset(session)


def fresh(path: Path) -> Database:
    return open_database(str(path))


@pytest.fixture
def source(db) -> Database:
    with db.session(audit=False) as session:
        populate(session)
    return db


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> tuple[dict, Path]:
    """The sample dataset's dump, and a database file holding it (migrating takes a second: do it once)."""
    folder = tmp_path_factory.mktemp("dump-template")
    source = fresh(folder / "source.db")
    try:
        with source.session(audit=False) as session:
            populate(session)
        document = snapshot(source)
    finally:
        source.dispose()
    target = fresh(folder / "target.db")
    try:
        with target.session(audit=False) as session:
            load_dataset(session, document)
    finally:
        target.dispose()
    return document, folder / "target.db"


@pytest.fixture
def source_doc(template) -> dict:
    return copy.deepcopy(template[0])


@pytest.fixture
def target(tmp_path, template):
    """A second database holding the same dataset: a partial load or a lost delete would show."""
    path = tmp_path / "target.db"
    shutil.copyfile(template[1], path)
    database = fresh(path)
    yield database
    database.dispose()


# ------------------------------------------------------------------------------------------ round trip


def test_round_trip_gives_identical_document_and_bytes(source, tmp_path):
    first = tmp_path / "a.json"
    with source.session(audit=False) as session:
        written = write_dump(session, first)
    document = read_dump(first)
    assert written == {name: len(rows) for name, rows in document["tables"].items()}
    assert written["participant"] == 3 and written["result"] == 3

    other = fresh(tmp_path / "b.db")
    try:
        with other.session(audit=False) as session:
            loaded = load_file(session, first)
        assert loaded == written
        second = tmp_path / "b.json"
        with other.session(audit=False) as session:
            write_dump(session, second)
        assert snapshot(other) == document
        assert second.read_bytes() == first.read_bytes()
        assert counts(other) == counts(source)
    finally:
        other.dispose()


def test_document_shape_and_value_encodings(source_doc):
    assert list(source_doc) == ["format", "format_version", "schema_revision", "tables"]
    assert source_doc["format"] == FORMAT_NAME and source_doc["format_version"] == FORMAT_VERSION
    assert source_doc["schema_revision"] == head_revision()
    tables = source_doc["tables"]
    assert list(tables) == TABLES
    for table in Base.metadata.sorted_tables:
        pk = [c.name for c in table.primary_key.columns]
        rows = tables[table.name]
        assert [tuple(str(r[c]) for c in pk) for r in rows] == sorted(
            tuple(str(r[c]) for c in pk) for r in rows
        )
        for row in rows:
            assert list(row) == [c.name for c in table.columns]

    # Children come before their parents in id order: the loader must sort the tree itself.
    assert [r["code"] for r in tables["result"]] == ["1.1.1", "1.1", "1"]
    leaf = tables["result"][0]
    assert leaf["id"] == str(LEAF_ID) and leaf["parent_id"] == str(MID_ID)

    project = tables["project"][0]
    assert project["start_date"] == "2023-01-01" and project["calendar"] == "fiscal"
    assert project["on_track_tolerance"] == 0.15 and project["version"] == 1
    assert datetime.fromisoformat(project["created_at"]).tzinfo is None
    targets = sorted(tables["indicator_target"], key=lambda r: r["value"])
    assert targets[0]["value"] == 17.5 and targets[1]["value"] == 40
    assert (
        isinstance(targets[1]["value"], int) and targets[1]["sex"] is None and targets[0]["sex"] == "female"
    )
    value = tables["indicator_value"][0]
    assert value["approved_at"] == "2024-04-02T09:30:15.123456" and value["status"] == "approved"
    indicator = tables["indicator"][0]
    assert indicator["computation"]["filter"] == {
        "completed": True,
        "roles": ["participant"],
        "min_days": 1.5,
    }
    assert indicator["disaggregations"] == ["sex", "country"] and indicator["cumulative"] is True
    assert indicator["definition"] is None
    assert {r["full_name"] for r in tables["participant"]} == set(NAMES)
    assert tables["report_record"][0]["generated_at"] == "2024-04-03T10:00:00"
    assert tables["setting"][0]["value"] == {"language": "en", "ratio": 0.25}
    assert {r["code"] for r in tables["country"]} == {"PK", "CN"}


def test_dump_file_is_utf8_indented_and_leaves_no_temp_file(source, tmp_path):
    path = tmp_path / "out" / "dump.json"
    path.parent.mkdir()
    path.write_text("old content", encoding="utf-8")
    with source.session(audit=False) as session:
        write_dump(session, path)
    raw = path.read_bytes()
    text = raw.decode("utf-8")
    for name in NAMES:
        assert name in text  # ensure_ascii=False: names readable, not \u escapes
    assert text.startswith('{\n "format": "flare-monitor-dataset",\n "format_version": 1,')
    assert sorted(p.name for p in path.parent.iterdir()) == ["dump.json"]
    if os.name == "posix":  # personal data: readable by its owner only
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_write_dump_into_missing_folder_is_a_user_error(source, tmp_path):
    with source.session(audit=False) as session, pytest.raises(UserError, match="Cannot write"):
        write_dump(session, tmp_path / "no such folder" / "dump.json")


# ------------------------------------------------------------------------------------ replace / merge


def test_non_empty_database_is_refused_without_replace(target, source_doc):
    before = counts(target)
    with pytest.raises(UserError, match=r"not empty.*--replace"), target.session(audit=False) as session:
        load_dataset(session, source_doc)
    assert counts(target) == before


def test_replace_deletes_everything_first(target, source_doc):
    smaller = copy.deepcopy(source_doc)
    smaller["tables"]["attendance"] = smaller["tables"]["attendance"][:1]
    smaller["tables"]["audit_entry"] = []
    with target.session(audit=False) as session:
        loaded = load_dataset(session, smaller, replace=True)
    assert loaded["attendance"] == 1 and loaded["audit_entry"] == 0
    assert snapshot(target) == smaller
    with target.session(audit=False) as session:
        load_dataset(session, source_doc, replace=True)
    assert snapshot(target) == source_doc


def test_countries_and_settings_already_present_do_not_block_a_load(tmp_path, source_doc):
    other = fresh(tmp_path / "geo.db")
    try:
        with other.session(audit=False) as session:
            ensure_country(session, "PK")
            ensure_subdivision(session, "PK-BA")
            ensure_country(session, "PE")
            session.add(Setting(key="report.defaults", value="stale"))
        with other.session(audit=False) as session:
            loaded = load_dataset(session, source_doc)
        assert loaded["country"] == 1 and loaded["subdivision"] == 0  # CN inserted, PK kept
        document = snapshot(other)
        assert {r["code"] for r in document["tables"]["country"]} == {"PK", "CN", "PE"}
        assert document["tables"]["setting"] == source_doc["tables"]["setting"]
        document["tables"]["country"] = [r for r in document["tables"]["country"] if r["code"] != "PE"]
        assert document == source_doc
    finally:
        other.dispose()


def test_json_null_and_missing_optional_columns(tmp_path, source_doc):
    document = copy.deepcopy(source_doc)
    participant = document["tables"]["participant"][0]
    for name in ("email", "phone", "search_name", "name_key", "consent", "created_at", "version"):
        participant.pop(name)
    document["tables"]["setting"].append(
        {"key": "nothing", "value": None, "updated_at": "2024-01-01T00:00:00"}
    )
    other = fresh(tmp_path / "c.db")
    try:
        with other.session(audit=False) as session:
            load_dataset(session, document)
        tables = snapshot(other)["tables"]
        row = next(r for r in tables["participant"] if r["id"] == participant["id"])
        assert row["email"] is None and row["consent"] is False and row["version"] == 1
        # Left out, the match keys are derived from the name as every other route stores them.
        assert row["search_name"] == fold(row["full_name"]) and row["name_key"] == name_key(row["full_name"])
        assert row["created_at"]
        assert {"key": "nothing", "value": None, "updated_at": "2024-01-01T00:00:00"} in tables["setting"]
        with other.engine.connect() as conn:  # SQL NULL, not the JSON text 'null'
            assert conn.exec_driver_sql("SELECT value IS NULL FROM setting WHERE key='nothing'").scalar() == 1
    finally:
        other.dispose()


def test_timezone_aware_datetimes_are_stored_as_naive_utc(tmp_path, source_doc):
    document = copy.deepcopy(source_doc)
    document["tables"]["audit_entry"][0]["at"] = "2024-01-02T05:00:00+05:00"
    other = fresh(tmp_path / "tz.db")
    try:
        with other.session(audit=False) as session:
            load_dataset(session, document)
        assert snapshot(other)["tables"]["audit_entry"][0]["at"] == "2024-01-02T00:00:00"
    finally:
        other.dispose()


# ------------------------------------------------------------------------------------ invalid files


def _half(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


FILE_CASES: dict[str, tuple[Callable[[Path], None], str]] = {
    "missing": (lambda p: p.unlink(), "No such file"),
    "folder": (lambda p: (p.unlink(), p.mkdir()), "is a folder"),
    "empty": (lambda p: p.write_bytes(b""), "empty"),
    "not utf-8": (
        lambda p: p.write_bytes(p.read_bytes().replace("Анна".encode(), "Anna".encode("utf-16"))),
        "not UTF-8",
    ),
    "invalid json": (
        lambda p: p.write_text('{"format": "flare-monitor-dataset",\n  "tables": [,]}'),
        r"not valid JSON.*line 2, column 14",
    ),
    "truncated": (_half, r"not valid JSON \(truncated or damaged\?\).*line \d+, column \d+"),
    "nan": (lambda p: p.write_text('{"format": NaN}'), "non-standard number NaN"),
    "not an object": (lambda p: p.write_text("[1, 2]"), "not an object"),
}


@pytest.mark.parametrize("case", list(FILE_CASES))
def test_damaged_files_are_refused_and_change_nothing(case, source, target, tmp_path):
    path = tmp_path / "dump.json"
    with source.session(audit=False) as session:
        write_dump(session, path)
    damage, message = FILE_CASES[case]
    damage(path)
    with pytest.raises(UserError, match=message) as raised:
        read_dump(path)
    assert "\n" not in str(raised.value)
    before = snapshot(target)
    with pytest.raises(UserError, match=message), target.session(audit=False) as session:
        load_file(session, path, replace=True)
    assert snapshot(target) == before


# ------------------------------------------------------------------------------- invalid documents


def _row(doc: dict, table: str, index: int = 0) -> dict:
    return doc["tables"][table][index]


def _set(table: str, column: str, value, index: int = 0):
    def mutate(doc):
        _row(doc, table, index)[column] = value

    return mutate


def _result_by_code(doc: dict, code: str) -> dict:
    return next(r for r in doc["tables"]["result"] if r["code"] == code)


def _cycle(doc):
    _result_by_code(doc, "1")["parent_id"] = str(LEAF_ID)


def _duplicate_pk(doc):
    rows = doc["tables"]["participant"]
    rows[2]["id"] = rows[0]["id"].upper()


def _duplicate_activity_code(doc):
    extra = dict(_row(doc, "activity"), id=str(uuid.uuid4()))
    doc["tables"]["activity"].append(extra)


# (mutation, message, also detected by read_dump without a database)
DOCUMENT_CASES: dict[str, tuple[Callable[[dict], None], str, bool]] = {
    "wrong format": (lambda d: d.update(format="something-else"), r"not a FLARE Monitor dump.*format", True),
    "no format": (lambda d: d.pop("format"), "not a FLARE Monitor dump", True),
    "newer format_version": (lambda d: d.update(format_version=2), "written by a newer version", True),
    "format_version string": (lambda d: d.update(format_version="1"), "unsupported format_version", True),
    "format_version zero": (lambda d: d.update(format_version=0), "unsupported format_version", True),
    "other schema": (lambda d: d.update(schema_revision="9999"), rf"'9999'.*'{head_revision()}'", True),
    "tables not an object": (lambda d: d.update(tables=[]), "tables", True),
    "table not a list": (lambda d: d["tables"].update(project={}), r"tables\.project is an object", True),
    "unknown table": (lambda d: d["tables"].update(donors=[]), 'unknown table "donors"', True),
    "row not an object": (
        lambda d: d["tables"]["project"].append([1]),
        r"tables\.project\[1\] is a list",
        True,
    ),
    "unknown column": (
        _set("participant", "nickname", "x"),
        r"participant\[0\]: unknown column \"nickname\"",
        True,
    ),
    "missing required column": (
        lambda d: _row(d, "participant", 1).pop("full_name"),
        r"participant\[1\]: the required column 'full_name' is missing",
        True,
    ),
    "null in required column": (
        _set("project", "title", None),
        r"project\[0\]\.title: a value is required",
        True,
    ),
    "bad uuid": (
        _set("participant", "organization_id", "not-a-uuid"),
        r"participant\[0\]\.organization_id: expected a UUID string",
        True,
    ),
    "uuid as number": (_set("project", "id", 12), r"project\[0\]\.id: expected a UUID", True),
    "impossible date": (
        _set("project", "start_date", "2024-02-30"),
        r"project\[0\]\.start_date: expected a date string YYYY-MM-DD",
        True,
    ),
    "bad datetime": (
        _set("audit_entry", "at", "yesterday"),
        r"audit_entry\[0\]\.at: expected a date-time",
        True,
    ),
    "string boolean": (
        _set("participant", "sensitive", "yes"),
        r"participant\[0\]\.sensitive: expected true or false",
        True,
    ),
    "number boolean": (
        _set("indicator", "is_key", 1),
        r"indicator\[0\]\.is_key: expected true or false",
        True,
    ),
    "string integer": (
        _set("project", "fiscal_year_start_month", "7"),
        r"project\[0\]\.fiscal_year_start_month: expected an integer",
        True,
    ),
    "fractional integer": (_set("result", "depth", 1.5), r"result\[0\]\.depth: expected an integer", True),
    "huge integer": (
        _set("result", "sort_order", 2**40),
        r"result\[0\]\.sort_order: expected an integer",
        True,
    ),
    "boolean float": (
        _set("indicator_target", "value", True),
        r"indicator_target\[0\]\.value: expected a finite",
        True,
    ),
    "string float": (
        _set("indicator_target", "value", "40"),
        r"indicator_target\[0\]\.value: expected a finite",
        True,
    ),
    "unknown enum": (
        _set("participant", "sex", "unknown"),
        r"participant\[0\]\.sex: expected one of 'female'",
        True,
    ),
    "enum name not value": (
        _set("activity", "type", "TRAINING"),
        r"activity\[0\]\.type: expected one of",
        True,
    ),
    "string too long": (
        _set("country", "code", "PAK"),
        r"country\[0\]\.code: expected a string of at most 2",
        True,
    ),
    "string not text": (_set("narrative", "text", ["a"]), r"narrative\[0\]\.text: expected a string", True),
    "nul in string": (
        _set("participant", "full_name", "a\x00b"),
        r"participant\[0\]\.full_name: .*NUL",
        True,
    ),
    "duplicate primary key": (
        _duplicate_pk,
        r"participant\[2\]: duplicate primary key id=.*also in row 0",
        True,
    ),
    "broken reference": (
        _set("participant", "organization_id", str(uuid.uuid4())),
        r"participant\[0\]\.organization_id: refers to organization id",
        False,
    ),
    "unknown subdivision": (
        _set("organization", "subdivision_code", "PK-XX"),
        r"organization\[0\]\.subdivision_code: refers to subdivision code PK-XX",
        False,
    ),
    "parent cycle": (_cycle, r"tables\.result\[\d\]: its parent chain loops back", False),
    "own parent": (lambda d: _result_by_code(d, "1").update(parent_id=str(ROOT_ID)), "loops back", False),
    "check constraint": (
        _set("project", "end_date", "2000-01-01"),
        r"Cannot load table project: .*rule",
        False,
    ),
    "unique constraint": (_duplicate_activity_code, r"Cannot load table activity: .*unique", False),
}


@pytest.mark.parametrize("case", list(DOCUMENT_CASES))
def test_invalid_documents_are_refused_and_change_nothing(case, source_doc, target, tmp_path):
    mutate, message, in_file_check = DOCUMENT_CASES[case]
    document = copy.deepcopy(source_doc)
    mutate(document)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
    if in_file_check:
        with pytest.raises(UserError, match=message) as raised:
            read_dump(path)
        assert str(raised.value).startswith(str(path))
    else:
        read_dump(path)  # well-formed; only the database can tell
    before_counts, before = counts(target), snapshot(target)
    with pytest.raises(UserError, match=message) as raised, target.session(audit=False) as session:
        load_dataset(session, document, replace=True)
    assert "\n" not in str(raised.value)
    assert counts(target) == before_counts
    assert snapshot(target) == before


def test_older_schema_revision_gets_upgrade_advice(source_doc, monkeypatch):
    """A dump from an older schema (a revision this app knows) is refused with upgrade advice."""
    import flare_monitor.db.migrate as migrate

    real_head = head_revision()
    monkeypatch.setattr(migrate, "head_revision", lambda: "9999")  # pretend this app is newer
    with pytest.raises(UserError, match=rf"schema '{real_head}'.*'9999'.*older version"):
        load_dataset(None, copy.deepcopy(source_doc))


# ------------------------------------------------------------------------------------- fuzzing

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)


def _scalars(document: dict) -> list:
    values = {None}
    for rows in document["tables"].values():
        for row in rows:
            values.update(v for v in row.values() if isinstance(v, str | int | float | bool))
    return sorted(values, key=repr)


class _Undo(Exception):
    """Raised to roll a successful load back, so every example starts from the same database."""


def test_mutated_documents_load_fully_or_not_at_all(source_doc, target):
    tables = [name for name in TABLES if source_doc["tables"][name]]
    pool = st.sampled_from(_scalars(source_doc))  # real ids, codes, dates: references, duplicates, cycles
    before_counts, before = counts(target), snapshot(target)

    @settings(
        max_examples=50,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(data=st.data())
    def check(data):
        document = copy.deepcopy(source_doc)
        for _ in range(data.draw(st.integers(1, 3), label="cells")):
            table = data.draw(st.sampled_from(tables), label="table")
            rows = document["tables"][table]
            row = rows[data.draw(st.integers(0, len(rows) - 1), label="row")]
            column = data.draw(st.sampled_from(sorted(row)), label="column")
            # Same column of another row (often valid: duplicates, other parents), any value of the
            # dump (ids, codes, dates: broken references, cycles) or any JSON at all.
            same_column = st.sampled_from(
                sorted({repr(r[column]): r[column] for r in rows}.values(), key=repr)
            )
            row[column] = data.draw(st.one_of(same_column, pool, JSON_VALUES), label="value")
        try:
            with target.session(audit=False) as session:
                load_dataset(session, document, replace=True)
                # Loaded: what is now in the database dumps and reloads to the very same document.
                reloaded = dump_dataset(session)
                load_dataset(session, reloaded, replace=True)
                assert dump_dataset(session) == reloaded
                raise _Undo
        except (UserError, _Undo):
            pass
        # A refused document (UserError, rolled back by the session) left no row behind.
        assert counts(target) == before_counts
        assert snapshot(target) == before

    check()
