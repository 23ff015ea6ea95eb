"""The audit trail is a hash chain: `check` finds an entry changed or removed afterwards, in one line."""

from __future__ import annotations

import json
import threading
from datetime import date

import pytest
from sqlalchemy import func, select, text

from flare_monitor.db import audit_chain
from flare_monitor.db.audit_hook import add_entry
from flare_monitor.db.enums import AuditAction
from flare_monitor.db.models import AuditEntry, AuditHead
from flare_monitor.io.dump import load_dataset, write_dump
from flare_monitor.services import activities
from flare_monitor.services.maintenance import check_database
from main import main


def _add_activity(db, code: str, user: str = "amina") -> None:
    with db.session(user=user) as session:
        activities.add_activity(
            session,
            activities.ActivityIn(
                project="BRIDGE",
                country="PK",
                code=code,
                title="Workshop",
                type="workshop",
                start=date(2024, 5, 2),
                end=date(2024, 5, 2),
            ),
        )


def _entries(db) -> list[AuditEntry]:
    with db.session(audit=False) as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.seq)))


def _owner_sql(db, sql: str, **params) -> None:
    """What someone with the owner's rights can do behind the app's back."""
    with db.engine.begin() as conn:
        conn.execute(text(sql), params)


def _check_lines(db_url, capsys) -> tuple[int, list[str]]:
    code = main(["--db", db_url, "check"])
    out = capsys.readouterr()
    return code, [line for line in (out.out + out.err).splitlines() if line.startswith("audit trail")]


def test_an_empty_trail_has_no_head_until_its_first_entry(db):
    with db.session(audit=False) as session:
        assert session.get(AuditHead, 1) is None
        assert audit_chain.verify(session) == audit_chain.ChainReport(0)
    with db.session(user="amina") as session:
        add_entry(session, AuditAction.EXPORT, "report", None, {"file": "r.pdf"})
    entries = _entries(db)
    assert [(e.seq, e.prev_hash) for e in entries] == [(1, audit_chain.GENESIS)]
    with db.session(audit=False) as session:
        assert (session.get(AuditHead, 1).seq, session.get(AuditHead, 1).hash) == (1, entries[0].hash)


def test_entries_are_numbered_and_chained_in_commit_order(demo_db):
    _add_activity(demo_db, "BR-PK-CHAIN-1")
    _add_activity(demo_db, "BR-PK-CHAIN-2", user="bilal")
    entries = _entries(demo_db)
    assert [e.seq for e in entries] == list(range(1, len(entries) + 1))
    assert entries[0].prev_hash == audit_chain.GENESIS
    for before, entry in zip(entries, entries[1:], strict=False):
        assert entry.prev_hash == before.hash
        assert entry.hash == audit_chain.hash_of(entry)
    with demo_db.session(audit=False) as session:
        head = session.get(AuditHead, 1)
        assert (head.seq, head.hash) == (entries[-1].seq, entries[-1].hash)
        assert audit_chain.verify(session) == audit_chain.ChainReport(len(entries))
    assert check_database(demo_db) == []


def test_a_rolled_back_transaction_leaves_no_entry_and_no_gap(demo_db):
    _add_activity(demo_db, "BR-PK-CHAIN-1")
    before = _entries(demo_db)
    with pytest.raises(RuntimeError), demo_db.session(user="amina") as session:
        add_entry(session, AuditAction.EXPORT, "report", None, {"file": "x.pdf"})
        raise RuntimeError("the export failed")
    _add_activity(demo_db, "BR-PK-CHAIN-2")
    after = _entries(demo_db)
    assert [e.seq for e in after] == list(range(1, len(after) + 1))
    assert len(after) > len(before) and not any(e.entity == "report" for e in after)
    assert check_database(demo_db) == []


def test_check_reports_an_entry_changed_by_the_owner_in_one_line(demo_db, db_url, capsys):
    _add_activity(demo_db, "BR-PK-CHAIN-1")
    _add_activity(demo_db, "BR-PK-CHAIN-2")
    target = _entries(demo_db)[0]
    _owner_sql(
        demo_db,
        'UPDATE audit_entry SET "user" = :who, changes = :changes WHERE seq = 1',
        who="nobody",
        changes=json.dumps({"venue": [None, "elsewhere"]}),
    )
    code, lines = _check_lines(db_url, capsys)
    assert code == 1
    assert lines == [
        f"audit trail: entry 1 ({target.at:%Y-%m-%d %H:%M}, nobody, create activity) was changed after "
        "it was written"
    ]


def test_check_reports_a_changed_entry_whose_hash_was_recomputed(demo_db, db_url, capsys):
    _add_activity(demo_db, "BR-PK-CHAIN-1")
    _add_activity(demo_db, "BR-PK-CHAIN-2")
    first = _entries(demo_db)[0]
    first.user = "nobody"
    forged = audit_chain.hash_of(first)
    _owner_sql(demo_db, "UPDATE audit_entry SET \"user\" = 'nobody', hash = :h WHERE seq = 1", h=forged)
    code, lines = _check_lines(db_url, capsys)
    assert (code, lines) == (1, ["audit trail: entry 1 was changed after it was written (and rehashed)"])


def test_check_reports_an_entry_removed_from_the_middle(demo_db, db_url, capsys):
    for n in range(3):
        _add_activity(demo_db, f"BR-PK-CHAIN-{n}")
    _owner_sql(demo_db, "DELETE FROM audit_entry WHERE seq = 2")
    code, lines = _check_lines(db_url, capsys)
    assert (code, lines) == (1, ["audit trail: entry 2 removed (the trail jumps to 3)"])


def test_check_reports_entries_removed_from_the_end(demo_db, db_url, capsys):
    for n in range(3):
        _add_activity(demo_db, f"BR-PK-CHAIN-{n}")
    total = len(_entries(demo_db))
    _owner_sql(demo_db, "DELETE FROM audit_entry WHERE seq >= :s", s=total - 1)
    code, lines = _check_lines(db_url, capsys)
    assert (code, lines) == (1, [f"audit trail: the last 2 entries (from {total - 1}) removed"])


def test_an_intact_trail_passes_check(demo_db, db_url, capsys):
    _add_activity(demo_db, "BR-PK-CHAIN-1")
    assert main(["--db", db_url, "check"]) == 0
    assert "no problems found" in capsys.readouterr().out


def test_a_dump_loaded_elsewhere_keeps_its_chain_and_goes_on(demo_db, new_db_url, tmp_path):
    _add_activity(demo_db, "BR-PK-CHAIN-1")
    with demo_db.session(audit=False) as session:
        write_dump(session, tmp_path / "dump.json")
    from flare_monitor.db.migrate import open_database

    other = open_database(new_db_url())
    try:
        with other.session(audit=False) as session:
            load_dataset(session, json.loads((tmp_path / "dump.json").read_text(encoding="utf-8")))
        _add_activity(other, "BR-PK-CHAIN-2")
        assert check_database(other) == []
        assert [e.seq for e in _entries(other)] == list(range(1, len(_entries(demo_db)) + 2))
    finally:
        other.dispose()


def test_two_writers_at_once_make_one_unbroken_chain(demo_db):
    """On a server both commit at the same moment; the head lock makes them take turns on the chain."""
    errors: list[BaseException] = []

    def write(n: int) -> None:
        try:
            for i in range(5):
                _add_activity(demo_db, f"BR-PK-W{n}-{i}", user=f"user{n}")
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if demo_db.is_sqlite:  # one writer at a time on a file: a busy refusal is the expected outcome there
        errors = [e for e in errors if type(e).__name__ != "DatabaseBusy"]
    assert errors == []
    with demo_db.session(audit=False) as session:
        assert audit_chain.verify(session).problem is None
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == session.get(AuditHead, 1).seq
