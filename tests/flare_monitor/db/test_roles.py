"""Team mode on a real PostgreSQL server, connecting as each role: the server itself keeps everyone in
their place (countries, personal columns, the audit trail), and figures do not depend on who computes
them. Needs the PostgreSQL test server (FLARE_TEST_POSTGRES_URL); skipped without it."""

from __future__ import annotations

import json
import secrets
import uuid
from datetime import datetime

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from flare_monitor.actions.identity import who_is_signed_in
from flare_monitor.db import migrate, roles
from flare_monitor.db.audit_hook import add_entry
from flare_monitor.db.enums import AuditAction
from flare_monitor.db.errors import RULE_APPROVE_VALUES, RULE_REVIEW_SUBMISSIONS, RULES, PermissionRefused
from flare_monitor.db.migrate import open_database
from flare_monitor.db.team import ROLES
from main import main
from tests.backends import postgres_url
from tests.flare_monitor.evidence import samples

pytestmark = pytest.mark.skipif(
    postgres_url() is None, reason="needs the PostgreSQL test server (FLARE_TEST_POSTGRES_URL)"
)

PK_ACTIVITY = "BR-PK-2024-TRN-APR"  # the demo's Quetta training of April 2024, 40 people
PE_ACTIVITY = "BR-PE-2023-01"


@pytest.fixture
def sql():
    """Raw SQL as some login, each statement in its own transaction: the result, or the driver error."""
    engines = {}

    def run(url: str, statement: str, **params):
        engine = engines.setdefault(url, create_engine(url, isolation_level="AUTOCOMMIT", poolclass=None))
        with engine.connect() as conn:
            return conn.execute(text(statement), params)

    yield run
    for engine in engines.values():
        engine.dispose()


def _refused(sql, url: str, statement: str, **params) -> DBAPIError:
    with pytest.raises(DBAPIError) as caught:
        sql(url, statement, **params)
    assert caught.value.orig.sqlstate == "42501", caught.value.orig.sqlstate
    return caught.value


def _one(sql, url: str, statement: str, **params):
    return sql(url, statement, **params).scalar_one()


def _ids(sql, owner: str) -> dict[str, str]:
    """Rows of Pakistan (and Peru) as the owner sees them."""
    q = {
        "pk_activity": f"SELECT id FROM activity WHERE code = '{PK_ACTIVITY}'",
        "pe_activity": f"SELECT id FROM activity WHERE code = '{PE_ACTIVITY}'",
        "pk_attendance": f"SELECT t.id FROM attendance t JOIN activity a ON a.id = t.activity_id "
        f"WHERE a.code = '{PK_ACTIVITY}' LIMIT 1",
        "pk_participant": "SELECT id FROM participant WHERE country_code = 'PK' ORDER BY id LIMIT 1",
        "pe_participant": "SELECT id FROM participant WHERE country_code = 'PE' ORDER BY id LIMIT 1",
        "pk_value": "SELECT id FROM indicator_value WHERE country_code = 'PK' ORDER BY id LIMIT 1",
        "pe_value": "SELECT id FROM indicator_value WHERE country_code = 'PE' ORDER BY id LIMIT 1",
        "project": "SELECT id FROM project WHERE code = 'BRIDGE'",
        "indicator": "SELECT indicator_id FROM indicator_value WHERE country_code = 'PK' ORDER BY id LIMIT 1",
    }
    return {key: str(_one(sql, owner, query)) for key, query in q.items()}


def _errors(capsys) -> list[str]:
    return [line for line in capsys.readouterr().err.splitlines() if line.startswith("flare-monitor: error")]


RECORD = {"created_at": datetime(2024, 5, 1), "updated_at": datetime(2024, 5, 1), "version": 1}


# ------------------------------------------------------------------------------- an officer's countries


def test_an_officer_cannot_add_change_or_delete_pakistans_rows_through_sql(team_db, sql):
    officer, owner = team_db.urls["officer"], team_db.owner
    ids = _ids(sql, owner)
    new = lambda: str(uuid.uuid4())  # noqa: E731

    # Activities: visible to everyone (reports), changed only by their countries' officers.
    _refused(
        sql,
        officer,
        "INSERT INTO activity (id, project_id, country_code, code, title, type, status, planned_start, "
        "planned_end, created_at, updated_at, version) VALUES (:id, :p, 'PK', 'X-PK', 'x', 'meeting', "
        "'planned', '2024-05-01', '2024-05-01', :created_at, :updated_at, :version)",
        id=new(),
        p=ids["project"],
        **RECORD,
    )
    _refused(sql, officer, "UPDATE activity SET title = 'changed' WHERE id = :id", id=ids["pk_activity"])
    error = _refused(sql, officer, "DELETE FROM activity WHERE id = :id", id=ids["pk_activity"])
    assert error.orig.diag.constraint_name == "own_countries" and error.orig.diag.table_name == "activity"

    # Attendance and people of Pakistan are not even visible: changing them changes nothing.
    assert (
        sql(
            officer, "UPDATE attendance SET days_attended = 0 WHERE id = :id", id=ids["pk_attendance"]
        ).rowcount
        == 0
    )
    assert sql(officer, "DELETE FROM attendance WHERE id = :id", id=ids["pk_attendance"]).rowcount == 0
    _refused(
        sql,
        officer,
        "INSERT INTO attendance (id, participant_id, activity_id, role, completed, created_at, updated_at, "
        "version) VALUES (:id, :person, :activity, 'participant', true, :created_at, :updated_at, :version)",
        id=new(),
        person=ids["pe_participant"],
        activity=ids["pk_activity"],
        **RECORD,
    )
    assert (
        sql(officer, "UPDATE participant SET phone = '1' WHERE id = :id", id=ids["pk_participant"]).rowcount
        == 0
    )
    assert sql(officer, "DELETE FROM participant WHERE id = :id", id=ids["pk_participant"]).rowcount == 0
    _refused(
        sql,
        officer,
        "INSERT INTO participant (id, full_name, search_name, name_key, sex, country_code, consent, sensitive, "
        "created_at, updated_at, version) VALUES (:id, 'X', 'x', 'x', 'male', 'PK', false, false, "
        ":created_at, :updated_at, :version)",
        id=new(),
        **RECORD,
    )

    # Reported values of Pakistan: visible (figures), not changeable.
    _refused(sql, officer, "UPDATE indicator_value SET value = 0 WHERE id = :id", id=ids["pk_value"])
    _refused(sql, officer, "DELETE FROM indicator_value WHERE id = :id", id=ids["pk_value"])
    _refused(
        sql,
        officer,
        "INSERT INTO indicator_value (id, indicator_id, period, period_start, period_end, country_code, "
        "value, status, created_at, updated_at, version) VALUES (:id, :i, '2024-Q3', '2024-07-01', "
        "'2024-09-30', 'PK', 1, 'draft', :created_at, :updated_at, :version)",
        id=new(),
        i=ids["indicator"],
        **RECORD,
    )

    # Nothing of Pakistan changed; Peru's rows are the officer's own.
    assert _one(sql, owner, "SELECT count(*) FROM attendance WHERE id = :id AND days_attended IS DISTINCT FROM 0",
                id=ids["pk_attendance"]) == 1  # fmt: skip
    assert _one(sql, owner, "SELECT count(*) FROM participant WHERE id = :id AND phone IS DISTINCT FROM '1'",
                id=ids["pk_participant"]) == 1  # fmt: skip
    assert (
        _one(sql, owner, "SELECT count(*) FROM activity WHERE country_code = 'PK' AND title = 'changed'") == 0
    )
    assert (
        sql(officer, "UPDATE activity SET venue = 'Lima' WHERE id = :id", id=ids["pe_activity"]).rowcount == 1
    )
    assert (
        sql(officer, "UPDATE indicator_value SET comment = 'ok' WHERE id = :id", id=ids["pe_value"]).rowcount
        == 1
    )
    assert (
        sql(officer, "UPDATE participant SET phone = '2' WHERE id = :id", id=ids["pe_participant"]).rowcount
        == 1
    )


def test_an_officer_cannot_change_pakistans_records_through_the_command_line(team_db, sql, tmp_path, capsys):
    ids = _ids(sql, team_db.owner)
    add = ["activity", "add", "--project", "BRIDGE", "--title", "Workshop", "--type", "meeting",
           "--start", "2024-05-02", "--end", "2024-05-02"]  # fmt: skip
    rule = "an officer adds, changes and deletes records of their own countries only"

    assert team_db.run("officer", *add, "--country", "PK", "--code", "X-PK-1") == 1
    assert team_db.run("officer", "activity", "delete", PK_ACTIVITY) == 1
    value = [
        "indicator",
        "set-value",
        "--project",
        "BRIDGE",
        "--indicator",
        "1.1",
        "--period",
        "FY2024-Q3",
    ]
    assert team_db.run("officer", *value, "--country", "PK", "--value", "99") == 1
    sheet = tmp_path / "quetta.csv"
    sheet.write_text("Name,Sex,Agency\nAyesha Baloch,F,Balochistan Police\n", encoding="utf-8")
    assert team_db.run("officer", "import", "attendance", str(sheet), "--activity", PK_ACTIVITY) == 1
    errors = _errors(capsys)
    assert len(errors) == 4 and all(rule in line and "Nothing was changed" in line for line in errors), errors
    # Pakistan's people are out of sight: a merge cannot name them.
    assert team_db.run("officer", "participants", "merge", ids["pk_participant"], ids["pe_participant"]) == 1
    assert "participant" in capsys.readouterr().err.lower()

    # The same for Peru works, so the refusals above are about the country.
    assert team_db.run("officer", *add, "--country", "PE", "--code", "X-PE-1") == 0
    assert team_db.run("officer", *value, "--country", "PE", "--value", "3") == 0
    assert team_db.run("officer", "activity", "delete", "X-PE-1") == 0
    assert _one(sql, team_db.owner, "SELECT count(*) FROM activity WHERE code IN ('X-PK-1', 'X-PE-1')") == 0
    assert _one(sql, team_db.owner, "SELECT count(*) FROM activity WHERE code = :c", c=PK_ACTIVITY) == 1


def test_an_officer_cannot_read_pakistans_names_anywhere(team_db, sql):
    officer, owner = team_db.urls["officer"], team_db.owner
    ids = _ids(sql, owner)
    db = open_database(owner)
    try:  # changes of people leave their names in the audit trail
        with db.session(user="hq") as session:
            for key in ("pk_participant", "pe_participant"):
                add_entry(session, AuditAction.UPDATE, "participant", ids[key], {"full_name": ["A", "B"]})
    finally:
        db.dispose()

    assert _one(sql, owner, "SELECT count(*) FROM participant WHERE country_code = 'PK'") > 0
    assert _one(sql, officer, "SELECT count(full_name) FROM participant WHERE country_code = 'PK'") == 0
    assert _one(sql, officer, "SELECT count(*) FROM participant WHERE country_code = 'PE'") > 0
    pk_attendance = "SELECT count(*) FROM attendance t JOIN activity a ON a.id = t.activity_id WHERE a.country_code = 'PK'"
    assert _one(sql, officer, pk_attendance) == 0
    about = "SELECT count(*) FROM audit_entry WHERE entity = 'participant' AND entity_id = :id"
    assert _one(sql, officer, about, id=ids["pk_participant"]) == 0
    assert _one(sql, officer, about, id=ids["pe_participant"]) == 1
    # …while every person still counts: the figures views hold them all, without personal columns.
    assert _one(sql, officer, "SELECT count(*) FROM participant_figures WHERE country_code = 'PK'") == _one(
        sql, owner, "SELECT count(*) FROM participant WHERE country_code = 'PK'"
    )
    with pytest.raises(DBAPIError) as caught:
        sql(officer, "SELECT full_name FROM participant_figures")
    assert caught.value.orig.sqlstate == "42703"  # undefined_column: the view has none


def test_pakistans_evidence_form_submissions_and_risks_are_out_of_a_peru_officers_reach(
    team_db, sql, tmp_path, capsys
):
    officer, viewer, owner = team_db.urls["officer"], team_db.urls["viewer"], team_db.owner
    ids = _ids(sql, owner)
    sheet, agenda, lima = tmp_path / "quetta sheet.pdf", tmp_path / "agenda.pdf", tmp_path / "lima.pdf"
    sheet.write_bytes(samples.pdf("Signed attendance sheet, Quetta"))
    agenda.write_bytes(samples.pdf("Agenda of the Quetta training"))
    lima.write_bytes(samples.pdf("Agenda, Lima"))
    attach = ["evidence", "add", "--activity", PK_ACTIVITY]
    assert (
        team_db.run("owner", *attach, str(sheet), "--type", "attendance_sheet", "--caption", "40 names") == 0
    )
    assert team_db.run("owner", *attach, str(agenda), "--type", "agenda") == 0
    capsys.readouterr()
    assert team_db.run("officer", *attach, str(lima), "--type", "agenda") == 1
    assert RULES["own_countries"] in capsys.readouterr().err
    assert (
        team_db.run("officer", "evidence", "add", "--activity", PE_ACTIVITY, str(lima), "--type", "agenda")
        == 0
    )
    found = {row.type: row for row in sql(owner, "SELECT id, sha256, type FROM evidence WHERE activity_id = :a",
                                            a=ids["pk_activity"])}  # fmt: skip
    sheet_row, agenda_row = found["attendance_sheet"], found["agenda"]

    # Pakistan's attachments: the one showing nobody is read, not changed; the sheet is out of sight.
    _refused(sql, officer, "UPDATE evidence SET caption = 'x' WHERE id = :id", id=agenda_row.id)
    _refused(sql, officer, "DELETE FROM evidence WHERE id = :id", id=agenda_row.id)
    assert sql(officer, "UPDATE evidence SET caption = 'x' WHERE id = :id", id=sheet_row.id).rowcount == 0
    assert sql(officer, "DELETE FROM evidence WHERE id = :id", id=sheet_row.id).rowcount == 0
    _refused(
        sql,
        officer,
        "INSERT INTO evidence (id, project_id, activity_id, sha256, original_name, type, personal, added_by, "
        "created_at, updated_at, version) VALUES (:id, :p, :a, :sha, 'x.pdf', 'agenda', false, :who, "
        ":created_at, :updated_at, :version)",
        id=str(uuid.uuid4()),
        p=ids["project"],
        a=ids["pk_activity"],
        sha=agenda_row.sha256,
        who=team_db.logins["officer"],
        **RECORD,
    )
    read = "SELECT count(*) FROM evidence WHERE id = :id"
    assert (_one(sql, officer, read, id=sheet_row.id), _one(sql, officer, read, id=agenda_row.id)) == (0, 1)
    content = "SELECT count(*) FROM evidence_chunk WHERE sha256 = :sha"
    assert _one(sql, officer, content, sha=sheet_row.sha256) == 0
    assert _one(sql, officer, content, sha=agenda_row.sha256) == 1
    # Content an attachment still uses is not forgotten, even one the officer may not read.
    for row in (sheet_row, agenda_row):
        assert sql(officer, "DELETE FROM evidence_chunk WHERE sha256 = :sha", sha=row.sha256).rowcount == 0
    assert (
        _one(sql, owner, "SELECT count(*) FROM evidence_chunk WHERE sha256 = :sha", sha=sheet_row.sha256) == 1
    )

    # Form submissions arrive as attendance: none for Pakistan, none changed there.
    _refused(
        sql,
        officer,
        "INSERT INTO attendance (id, participant_id, activity_id, role, completed, submission_key, "
        "submission_hash, participant_code, created_at, updated_at, version) VALUES (:id, :person, :activity, "
        "'participant', true, 'uuid:1', :hash, 'QT-01', :created_at, :updated_at, :version)",
        id=str(uuid.uuid4()),
        person=ids["pe_participant"],
        activity=ids["pk_activity"],
        hash="0" * 64,
        **RECORD,
    )
    changed = "UPDATE attendance SET submission_hash = :hash, participant_code = 'X' WHERE id = :id"
    assert sql(officer, changed, hash="1" * 64, id=ids["pk_attendance"]).rowcount == 0
    # Pakistan's risks are Pakistan's; the project-wide ones headquarters'.
    risk = (
        "INSERT INTO project_risk (id, project_id, number, country_code, risk, likelihood, impact, status, "
        "created_at, updated_at, version) VALUES (:id, :p, :n, :country, 'Floods', 'high', 'high', 'open', "
        ":created_at, :updated_at, :version)"
    )
    for n, country in ((90, "PK"), (91, None)):
        _refused(sql, officer, risk, id=str(uuid.uuid4()), p=ids["project"], n=n, country=country, **RECORD)
    assert (
        sql(officer, risk, id=str(uuid.uuid4()), p=ids["project"], n=92, country="PE", **RECORD).rowcount == 1
    )

    # The viewer: no personal column of these tables, no content showing people, no entry about files.
    for table, column in (("evidence", "original_name"), ("evidence", "caption"), ("attendance", "submission_key"),
                          ("attendance", "submission_hash"), ("attendance", "participant_code")):  # fmt: skip
        _refused(sql, viewer, f"SELECT {column} FROM {table} LIMIT 1")
    assert _one(sql, viewer, content, sha=sheet_row.sha256) == 0
    assert _one(sql, viewer, content, sha=agenda_row.sha256) == 1
    assert _one(sql, viewer, "SELECT count(*) FROM audit_entry WHERE entity = 'evidence'") == 0
    assert _one(sql, owner, "SELECT count(*) FROM audit_entry WHERE entity = 'evidence'") == 3

    # The report's list of evidence and the checks of evidence are the same whoever asks.
    annex, quality = {}, {}
    for role in ("owner", "officer", "viewer"):
        capsys.readouterr()
        assert (
            team_db.run(role, "evidence", "annex", "--project", "BRIDGE", "--period", "FY2024-Q3", "--json")
            == 0
        )
        annex[role] = json.loads(capsys.readouterr().out)
        assert team_db.run(role, "quality", "--project", "BRIDGE", "--period", "FY2024-Q3", "--json") == 0
        quality[role] = [f for f in json.loads(capsys.readouterr().out) if f["rule"] != "sex_not_recorded"]
    assert annex["owner"] == annex["officer"] == annex["viewer"]
    listed = {(r["reference"], r["type"]): r["name"] for r in annex["owner"]}
    assert (
        listed[(PK_ACTIVITY, "attendance_sheet")] is None and listed[(PK_ACTIVITY, "agenda")] == "agenda.pdf"
    )
    assert quality["owner"] == quality["officer"] == quality["viewer"]
    assert not any(
        f["activity"] == PK_ACTIVITY for f in quality["owner"] if f["rule"].endswith("attendance_sheet")
    )
    assert team_db.run("viewer", "evidence", "annex", "--project", "BRIDGE", "--period", "FY2024-Q3",
                       "--include-personal-data") == 1  # fmt: skip


# ------------------------------------------------------------------------------------ the audit trail


@pytest.mark.parametrize("role", ROLES)
def test_no_team_role_can_change_or_delete_the_audit_trail(team_db, sql, role):
    url = team_db.urls[role]
    _refused(sql, url, "UPDATE audit_entry SET comment = 'rewritten'")
    _refused(sql, url, "DELETE FROM audit_entry")
    _refused(sql, url, "TRUNCATE audit_entry")
    _refused(sql, url, "UPDATE audit_head SET seq = 0")
    # Nor add an entry in someone else's name, or one that does not follow the trail.
    head = sql(url, "SELECT seq, hash FROM audit_head").one()
    entry = "INSERT INTO audit_entry (id, at, \"user\", entity, action, changes, seq, prev_hash, hash) " \
            "VALUES (:id, now(), :who, 'report', 'export', '{}', :seq, :prev, :hash)"  # fmt: skip
    forged = _refused(sql, url, entry, id=str(uuid.uuid4()), who="someone_else", seq=head.seq + 1,
                      prev=head.hash, hash="0" * 64)  # fmt: skip
    assert forged.orig.diag.constraint_name == "audit_own_name"
    forked = _refused(sql, url, entry, id=str(uuid.uuid4()), who=team_db.logins[role], seq=head.seq,
                      prev="0" * 64, hash="0" * 64)  # fmt: skip
    assert forked.orig.diag.constraint_name == "audit_chain"
    assert main(["--db", team_db.owner, "check"]) == 0


def test_check_reports_an_entry_the_owner_removed_in_one_line(team_db, sql, capsys):
    assert (
        team_db.run(
            "me",
            "period",
            "lock",
            "--project",
            "BRIDGE",
            "--period",
            "FY2024-Q2",
            "--reason",
            "sent",
            "--acknowledge",
            "demo findings reviewed",
        )
        == 0
    )
    total = _one(sql, team_db.owner, "SELECT max(seq) FROM audit_entry")
    sql(team_db.owner, "DELETE FROM audit_entry WHERE seq = :s", s=total - 1)  # the owner is not bound
    capsys.readouterr()
    assert main(["--db", team_db.owner, "check"]) == 1
    lines = [line for line in capsys.readouterr().out.splitlines() if line.startswith("audit trail")]
    assert lines == [f"audit trail: entry {total - 1} removed (the trail jumps to {total})"]


# ---------------------------------------------------------------------------------------- the viewer


def test_a_viewer_cannot_read_any_personal_column(team_db, sql):
    viewer = team_db.urls["viewer"]
    for table, columns in roles.PERSONAL_COLUMNS.items():
        for column in columns:
            _refused(sql, viewer, f"SELECT {column} FROM {table} LIMIT 1")
        _refused(sql, viewer, f"SELECT * FROM {table} LIMIT 1")
        assert _one(sql, viewer, f"SELECT count(id) FROM {table}") == _one(
            sql, team_db.owner, f"SELECT count(*) FROM {table}"
        )
    _refused(sql, viewer, "SELECT theirs FROM exchange_conflict")
    assert _one(sql, viewer, "SELECT count(*) FROM setting WHERE key = 'pseudonym_key'") == 0
    db = open_database(team_db.owner)
    try:
        with db.session(user="hq") as session:
            add_entry(session, AuditAction.UPDATE, "participant", uuid.uuid4(), {"full_name": ["A", "B"]})
    finally:
        db.dispose()
    assert (
        _one(sql, viewer, "SELECT count(*) FROM audit_entry WHERE entity IN ('participant', 'attendance')")
        == 0
    )


def test_a_viewer_builds_every_report_but_no_list_of_names(team_db, tmp_path, capsys):
    base = ["--project", "BRIDGE", "--period", "FY2024-Q3"]
    assert (
        team_db.run(
            "viewer", "report", *base, "--out", str(tmp_path / "r.pdf"), "--xlsx", str(tmp_path / "r.xlsx")
        )
        == 0
    )
    assert (
        team_db.run(
            "viewer",
            "report",
            *base,
            "--countries",
            "PK",
            "--language",
            "es",
            "--out",
            str(tmp_path / "pk.pdf"),
        )
        == 0
    )
    assert (
        team_db.run(
            "viewer", "report", "--project", "FLARE", "--period", "2024-Q2", "--out", str(tmp_path / "f.pdf")
        )
        == 0
    )
    for what in ("indicators", "activities"):
        args = base if what == "indicators" else ["--project", "BRIDGE"]
        assert team_db.run("viewer", "export", what, *args, "--out", str(tmp_path / f"{what}.xlsx")) == 0
    capsys.readouterr()
    checks = {}
    for role in ("owner", "viewer", "officer"):  # the same findings, names only for who may read them
        assert team_db.run(role, "quality", *base, "--json") == 0
        checks[role] = json.loads(capsys.readouterr().out)
    assert (
        [f["rule"] for f in checks["viewer"]]
        == [f["rule"] for f in checks["owner"]]
        == [f["rule"] for f in checks["officer"]]
    )
    assert any(f["rule"] == "sex_not_recorded" for f in checks["owner"])
    unnamed = [f["message"] for f in checks["viewer"] if f["rule"] == "sex_not_recorded"]
    assert unnamed and all(m.startswith("A participant whose name you may not read") for m in unnamed)
    assert (
        team_db.run("viewer", "report", *base, "--out", str(tmp_path / "n.pdf"), "--annex-participants") == 1
    )
    assert "lists people by name" in capsys.readouterr().err
    assert team_db.run("viewer", "export", "participants", "--out", str(tmp_path / "p.csv")) == 1
    assert not (tmp_path / "n.pdf").exists() and not (tmp_path / "p.csv").exists()


# ------------------------------------------------------------------------- headquarters and figures


def test_me_approves_and_locks_an_officer_does_not_and_only_an_admin_reopens(team_db, capsys):
    cell = "--project BRIDGE --indicator 1.1 --period FY2024-Q3 --country PE".split()
    lock = ["--project", "BRIDGE", "--period", "FY2024-Q3"]
    assert team_db.run("officer", "indicator", "set-value", *cell, "--value", "7") == 0
    assert team_db.run("officer", "indicator", "approve", *cell) == 1
    assert RULES[RULE_APPROVE_VALUES] in capsys.readouterr().err
    assert team_db.run("me", "indicator", "approve", *cell) == 0
    ack = ("--acknowledge", "demo findings reviewed")  # locking asks for the open findings to be acknowledged
    assert team_db.run("officer", "period", "lock", *lock, "--reason", "submitted", *ack) == 1
    assert team_db.run("me", "period", "lock", *lock, "--reason", "submitted", *ack) == 0
    capsys.readouterr()
    assert team_db.run("me", "period", "unlock", *lock, "--reason", "a correction") == 1
    assert "only an administrator reopens a locked period" in capsys.readouterr().err
    assert team_db.run("admin", "period", "unlock", *lock, "--reason", "a correction") == 0


def test_an_officer_submits_their_country_and_only_me_returns_or_approves_it(team_db, sql, capsys):
    """The server itself keeps the review with headquarters: the app's checks are no protection against
    an officer's own SQL connection."""
    officer, owner = team_db.urls["officer"], team_db.owner
    peru = "--project BRIDGE --period FY2024-Q3 --country PE".split()
    status = "SELECT status FROM period_status WHERE country_code = 'PE' AND period = 'FY2024-Q3'"
    assert team_db.run("officer", "period", "submit", *peru) == 0
    assert team_db.run("officer", "period", "approve", *peru) == 1
    assert RULES[RULE_REVIEW_SUBMISSIONS] in capsys.readouterr().err
    assert team_db.run("officer", "period", "return", *peru, "--note", "my own") == 1
    capsys.readouterr()
    for statement in (
        "UPDATE period_status SET status = 'approved' WHERE country_code = 'PE' AND period = 'FY2024-Q3'",
        "UPDATE period_status SET status = 'returned' WHERE country_code = 'PE' AND period = 'FY2024-Q3'",
    ):
        error = _refused(sql, officer, statement)
        assert error.orig.diag.constraint_name == RULE_REVIEW_SUBMISSIONS
    assert _one(sql, owner, status) == "submitted"

    assert team_db.run("me", "period", "approve", *peru) == 0
    for statement in (
        "UPDATE period_status SET status = 'draft' WHERE country_code = 'PE' AND period = 'FY2024-Q3'",
        "UPDATE period_status SET comment = 'fine' WHERE country_code = 'PE' AND period = 'FY2024-Q3'",
        "DELETE FROM period_status WHERE country_code = 'PE' AND period = 'FY2024-Q3'",
    ):
        _refused(sql, officer, statement)
    assert _one(sql, owner, status) == "approved"
    assert team_db.run("me", "period", "return", *peru, "--note", "check 1.1") == 0
    assert team_db.run("officer", "period", "submit", *peru) == 0  # a returned submission goes back


def test_figures_are_identical_whichever_role_computes_them(team_db, tmp_path, capsys):
    def figures(role: str) -> list:
        found = []
        for project, period, country in (("BRIDGE", "FY2024-Q3", None), ("BRIDGE", "FY2024", "PK"),
                                         ("BRIDGE", "LOP", None), ("FLARE", "2024-Q2", None)):  # fmt: skip
            capsys.readouterr()
            extra = ["--country", country] if country else []
            assert (
                team_db.run(role, "indicators", "--project", project, "--period", period, *extra, "--json")
                == 0
            )
            found.append(json.loads(capsys.readouterr().out))
        out = tmp_path / f"{role}.pdf"
        assert team_db.run(role, "report", "--project", "BRIDGE", "--period", "FY2024-Q3", "--deterministic",
                           "--prepared-by", "M&E", "--out", str(out)) == 0  # fmt: skip
        found.append(out.read_bytes())
        return found

    expected = figures("owner")
    assert all(f["indicators"] for f in expected[:-1])  # there are figures to compare
    for role in ROLES:
        assert figures(role) == expected, role


def test_a_package_is_imported_at_headquarters_by_me_not_by_an_officer(team_db, tmp_path, capsys):
    office = open_database(str(tmp_path / "office.db"))
    try:
        from flare_monitor.services.demo import load_demo

        with office.session(audit=False) as session:
            load_demo(session)
    finally:
        office.dispose()
    add = ["activity", "add", "--project", "BRIDGE", "--country", "PK", "--code", "BR-PK-NEW", "--title",
           "Follow-up workshop", "--type", "workshop", "--start", "2024-06-03", "--end", "2024-06-03"]  # fmt: skip
    assert main(["--db", str(tmp_path / "office.db"), *add]) == 0
    package = tmp_path / "pk.flarepkg"
    assert main(["--db", str(tmp_path / "office.db"), "package", "export", "--project", "BRIDGE", "--country", "PK",
                 "--out", str(package)]) == 0  # fmt: skip
    capsys.readouterr()
    assert team_db.run("officer", "package", "import", str(package)) == 1
    assert "not allowed" in capsys.readouterr().err
    assert team_db.run("me", "package", "import", str(package)) == 0
    assert team_db.run("me", "activity", "show", "BR-PK-NEW") == 0


# ---------------------------------------------------------------------------------- roles and users


def test_roles_apply_is_idempotent_and_says_what_it_changed(team_db, capsys):
    assert team_db.run("owner", "server", "roles", "--apply") == 0
    assert "up to date" in capsys.readouterr().out
    assert team_db.run("owner", "server", "roles") == 0
    assert "up to date" in capsys.readouterr().out
    assert team_db.run("admin", "server", "roles", "--apply") == 1
    assert "owns the tables" in capsys.readouterr().err


def test_roles_apply_drops_what_an_earlier_version_made_and_this_one_does_not(team_db, sql, capsys):
    sql(
        team_db.owner,
        "CREATE POLICY flare_everything ON participant FOR SELECT TO flare_officer USING (true)",
    )
    assert team_db.run("owner", "server", "roles", "--apply") == 0
    assert (
        "dropped what this version no longer uses: POLICY flare_everything ON participant"
        in capsys.readouterr().out
    )
    assert (
        _one(sql, team_db.urls["officer"], "SELECT count(*) FROM participant WHERE country_code = 'PK'") == 0
    )


def test_users_are_added_given_countries_listed_and_removed(team_db, sql, capsys, monkeypatch):
    login = f"t{secrets.token_hex(3)}_new"
    try:
        monkeypatch.setattr("sys.stdin", __import__("io").StringIO("a long password\n"))
        assert team_db.run("admin", "server", "user", "add", login, "--role", "officer", "--countries", "pk,np",
                           "--password-stdin") == 0  # fmt: skip
        assert f"Created login {login} with the role officer for NP, PK." in capsys.readouterr().out
        assert _one(sql, team_db.owner, "SELECT rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_authid WHERE rolname = :l",
                    l=login)  # fmt: skip
        assert team_db.run("admin", "server", "user", "countries", login, "--set", "PE") == 0
        assert team_db.run("owner", "server", "user", "list", "--json") == 0
        listed = {m["login"]: m for m in json.loads(capsys.readouterr().out.split("\n", 1)[1])}
        assert listed[login] == {"login": login, "role": "officer", "countries": ["PE"], "can_sign_in": True,
                                 "server_role": "flare_officer"}  # fmt: skip
        # An officer manages nobody, and sees only themselves in the list.
        assert team_db.run("officer", "server", "user", "remove", login) == 1
        assert "administrators" in capsys.readouterr().err
        assert team_db.run("officer", "server", "user", "list", "--json") == 0
        assert [m["login"] for m in json.loads(capsys.readouterr().out)] == [team_db.logins["officer"]]
        assert (
            team_db.run("admin", "server", "user", "add", login, "--role", "viewer", "--countries", "PE") == 1
        )
        assert team_db.run("admin", "server", "user", "remove", login) == 0
        assert _one(sql, team_db.owner, "SELECT count(*) FROM pg_roles WHERE rolname = :l", l=login) == 0
    finally:
        sql(team_db.owner, f'DROP ROLE IF EXISTS "{login}"')


def test_the_signed_in_login_its_role_and_countries(team_db):
    for role in ROLES:
        db = open_database(team_db.urls[role])
        try:
            identity = who_is_signed_in(db)
        finally:
            db.dispose()
        assert (identity.login, identity.role, identity.server) == (team_db.logins[role], role, True)
        assert identity.countries == (("PE",) if role == "officer" else ())
    owner = open_database(team_db.owner)
    try:
        assert who_is_signed_in(owner).role == "owner"
    finally:
        owner.dispose()


def test_a_refusal_names_the_rule_without_the_values(team_db):
    db = open_database(team_db.urls["officer"])
    try:
        with pytest.raises(PermissionRefused) as refused, db.session() as session:
            session.execute(
                text("UPDATE activity SET title = :title WHERE code = :c"),
                {"title": "Secret", "c": PK_ACTIVITY},
                execution_options={"period_guard": False},  # the server's own refusal is what is tested
            )
    finally:
        db.dispose()
    message = str(refused.value)
    assert message == (
        "Your account is not allowed to do this (activity): an officer adds, changes and deletes records of "
        "their own countries only. Nothing was changed."
    )
    assert refused.value.rule == "own_countries" and "Secret" not in message + refused.value.detail


def test_the_audit_trail_names_the_signed_in_login(team_db, sql):
    assert team_db.run("officer", "activity", "add", "--project", "BRIDGE", "--country", "PE", "--code", "X-PE-2",
                       "--title", "T", "--type", "meeting", "--start", "2024-05-02", "--end", "2024-05-02") == 0  # fmt: skip
    who = _one(
        sql,
        team_db.owner,
        "SELECT \"user\" FROM audit_entry WHERE entity = 'activity' ORDER BY seq DESC LIMIT 1",
    )
    assert who == team_db.logins["officer"]


def test_an_upgrade_brings_the_team_rules_up_to_date(team_db, sql, demo_db):
    sql(team_db.owner, "REVOKE SELECT ON project FROM flare_viewer")  # as a new table would lack it
    _refused(sql, team_db.urls["viewer"], "SELECT count(*) FROM project")
    db = open_database(team_db.owner)
    try:
        changes = migrate.refresh_team_rules(db)
    finally:
        db.dispose()
    assert changes == ["privileges of flare_viewer: SELECT on project"]
    assert _one(sql, team_db.urls["viewer"], "SELECT count(*) FROM project") == 2
    assert migrate.refresh_team_rules(demo_db) == []  # a database never set up for a team is left alone


def test_user_management_stays_with_administrators_and_the_teams_own_logins(
    team_db, sql, capsys, monkeypatch
):
    _refused(sql, team_db.urls["officer"], "SELECT flare_user_add('x_new', 'admin', '{}', NULL)")
    _refused(sql, team_db.urls["me"], "SELECT flare_user_remove(:l)", l=team_db.logins["officer"])
    token = secrets.token_hex(3)
    group, other = f"t{token}_accounting", f"t{token}_other_app"
    sql(team_db.owner, f'CREATE ROLE "{group}" NOLOGIN')
    sql(team_db.owner, f'CREATE ROLE "{other}" LOGIN')
    sql(team_db.owner, f'GRANT "{group}" TO "{other}"')
    try:
        capsys.readouterr()
        # A group of the server is not made a login, nor is another login's password changed from here.
        assert team_db.run("admin", "server", "user", "add", group, "--role", "admin") == 1
        monkeypatch.setattr("sys.stdin", __import__("io").StringIO("taken over\n"))
        assert (
            team_db.run("admin", "server", "user", "add", other, "--role", "viewer", "--password-stdin") == 1
        )
        errors = _errors(capsys)
        assert len(errors) == 2 and all("only people's own logins join a team" in e for e in errors), errors
        assert (
            _one(sql, team_db.owner, "SELECT rolcanlogin FROM pg_roles WHERE rolname = :r", r=group) is False
        )
        # An existing login without a new password may join (IT made it); removing a stranger is refused.
        assert team_db.run("admin", "server", "user", "remove", f"t{token}_nobody") == 1
    finally:
        sql(team_db.owner, f'DROP ROLE IF EXISTS "{other}"')
        sql(team_db.owner, f'DROP ROLE IF EXISTS "{group}"')


def test_a_success_story_photo_left_out_is_named_only_to_whom_may_read_its_name(team_db, tmp_path, capsys):
    """A photo showing people is not printed in a TPR; whoever builds it is told, by the file's name where
    the login may read it (a viewer may not: the name of such a file is personal data too)."""
    from PIL import Image

    from flare_monitor.actions.evidence import AddEvidence, add_evidence
    from flare_monitor.services.evidence import SectionKey, Target

    photo = tmp_path / "Saima at the kiln.png"
    Image.new("RGB", (160, 90), (200, 120, 40)).save(photo)
    db = open_database(team_db.owner)
    try:
        target = Target(section=SectionKey("BRIDGE", "FY2024-S2", None, "success_story"))
        assert add_evidence(db, AddEvidence(target, (photo,), personal=True)).added
    finally:
        db.dispose()
    tpr = ["report", "--template", "usdol-tpr", "--project", "BRIDGE", "--period", "FY2024-S2"]
    notes = {}
    for role in ("me", "viewer"):
        capsys.readouterr()
        assert team_db.run(role, *tpr, "--out", str(tmp_path / f"{role}.pdf")) == 0
        notes[role] = [line for line in capsys.readouterr().err.splitlines() if "success story" in line]
    assert len(notes["me"]) == 1 and "Saima at the kiln.png" in notes["me"][0]
    assert len(notes["viewer"]) == 1 and "Saima" not in notes["viewer"][0]
    assert "the photo of the success story shows people" in notes["viewer"][0]
