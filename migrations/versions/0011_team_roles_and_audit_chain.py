"""Team mode: who works in which role and countries; the audit trail as a hash chain.

- `team_user`, `team_user_country`: the logins of a server database, their role and countries (empty
  on a SQLite file).
- `audit_entry` gets `seq`, `prev_hash` and `hash`; the entries already there are chained in the order
  they were written (time, then id), and `audit_head` names the last one (a trail without entries
  gets its head with its first entry).
- On PostgreSQL only:
  - the views `participant_figures` and `attendance_figures`: every person and attendance row without
    the personal columns, for counting (the indicator engine and the report's tables read them, so that
    figures are the same whatever rows the signed-in login may see); `evidence_listing`: every
    attachment, without the name and caption of those that show people (the report's list of evidence
    and the data-quality checks of evidence read it);
  - the trigger `flare_audit_chain` on `audit_entry`: a new entry must follow the head, in the name of
    the signed-in login (the owner aside, e.g. loading a dump), and it moves the head.
  A later migration that drops or retypes a column these views read drops and recreates the views.

The hash of an entry is computed here as `flare_monitor.db.audit_chain.entry_hash` computes it (frozen
copy: this revision must keep producing the same chain whatever that module becomes).

Revision ID: 0011
Revises: 0009
"""

import hashlib
import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GENESIS = "0" * 64
_BATCH = 2000

_audit = sa.table(
    "audit_entry",
    sa.column("id", sa.Uuid()),
    sa.column("at", sa.DateTime()),
    sa.column("user", sa.String()),
    sa.column("entity", sa.String()),
    sa.column("entity_id", sa.String()),
    sa.column("action", sa.String()),
    sa.column("changes", sa.JSON()),
    sa.column("comment", sa.Text()),
    sa.column("seq", sa.BigInteger()),
    sa.column("prev_hash", sa.String()),
    sa.column("hash", sa.String()),
)

PARTICIPANT_FIGURES = """
CREATE VIEW participant_figures AS
SELECT id, sex, age_group, organization_id, country_code, subdivision_code FROM participant
"""
ATTENDANCE_FIGURES = """
CREATE VIEW attendance_figures AS
SELECT id, participant_id, activity_id, role, days_attended, completed, pre_test_score, post_test_score
FROM attendance
"""
EVIDENCE_LISTING = """
CREATE VIEW evidence_listing AS
SELECT id, project_id, activity_id, indicator_value_id, narrative_id, sha256,
    CASE WHEN personal THEN NULL ELSE original_name END AS original_name,
    CASE WHEN personal THEN NULL ELSE caption END AS caption,
    type, personal, added_by, created_at
FROM evidence
"""
CHAIN_FUNCTION = """
CREATE FUNCTION flare_audit_chain() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
DECLARE
    head_seq bigint;
    head_hash varchar(64);
    table_owner name;
BEGIN
    SELECT seq, hash INTO head_seq, head_hash FROM audit_head WHERE id = 1 FOR UPDATE;
    SELECT tableowner INTO table_owner FROM pg_catalog.pg_tables
        WHERE schemaname = TG_TABLE_SCHEMA AND tablename = TG_TABLE_NAME;
    IF NOT pg_catalog.pg_has_role(session_user, table_owner, 'MEMBER') THEN
        IF NEW."user" IS DISTINCT FROM session_user::text THEN
            RAISE EXCEPTION 'audit entries are written in the name of the signed-in login'
                USING ERRCODE = '42501', TABLE = TG_TABLE_NAME, CONSTRAINT = 'audit_own_name';
        END IF;
        IF head_seq IS NULL OR NEW.seq IS DISTINCT FROM head_seq + 1
                OR NEW.prev_hash IS DISTINCT FROM head_hash THEN
            RAISE EXCEPTION 'a new audit entry must follow the last one'
                USING ERRCODE = '42501', TABLE = TG_TABLE_NAME, CONSTRAINT = 'audit_chain';
        END IF;
    END IF;
    UPDATE audit_head SET seq = NEW.seq, hash = NEW.hash WHERE id = 1 AND seq < NEW.seq;
    RETURN NEW;
END
$$
"""
CHAIN_TRIGGER = """
CREATE TRIGGER flare_audit_chain BEFORE INSERT ON audit_entry
FOR EACH ROW EXECUTE FUNCTION flare_audit_chain()
"""


def _entry_hash(seq, prev_hash, row) -> str:
    payload = [
        "flare-audit-1",
        int(seq),
        prev_hash,
        str(row.id),
        row.at.isoformat(sep=" ", timespec="microseconds"),
        row.user,
        row.entity,
        row.entity_id,
        row.action,
        row.changes,
        row.comment,
    ]
    text = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(text.encode("ascii")).hexdigest()


def _chain_existing_entries(conn) -> tuple[int, str]:
    """Number and hash the entries already written, oldest first; returns the head (seq, hash)."""
    seq, previous = 0, GENESIS
    last_key = None
    while True:
        query = sa.select(_audit).order_by(_audit.c.at, _audit.c.id).limit(_BATCH)
        if last_key is not None:
            at, entry_id = last_key
            query = query.where(sa.or_(_audit.c.at > at, sa.and_(_audit.c.at == at, _audit.c.id > entry_id)))
        rows = conn.execute(query).all()
        if not rows:
            return seq, previous
        updates = []
        for row in rows:
            seq += 1
            digest = _entry_hash(seq, previous, row)
            updates.append({"key": row.id, "seq": seq, "prev_hash": previous, "hash": digest})
            previous = digest
        conn.execute(
            _audit.update()
            .where(_audit.c.id == sa.bindparam("key"))
            .values(seq=sa.bindparam("seq"), prev_hash=sa.bindparam("prev_hash"), hash=sa.bindparam("hash")),
            updates,
        )
        last_key = (rows[-1].at, rows[-1].id)


def upgrade() -> None:
    op.create_table(
        "team_user",
        sa.Column("login", sa.String(length=63), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("role IN ('viewer', 'officer', 'me', 'admin')", name=op.f("ck_team_user_role")),
        sa.PrimaryKeyConstraint("login", name=op.f("pk_team_user")),
    )
    op.create_table(
        "team_user_country",
        sa.Column("login", sa.String(length=63), nullable=False),
        sa.Column("country_code", sa.String(length=2), nullable=False),
        sa.ForeignKeyConstraint(
            ["country_code"], ["country.code"], name=op.f("fk_team_user_country_country_code_country")
        ),
        sa.ForeignKeyConstraint(
            ["login"],
            ["team_user.login"],
            name=op.f("fk_team_user_country_login_team_user"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("login", "country_code", name=op.f("pk_team_user_country")),
    )
    head = op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_audit_head_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_head")),
    )

    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.add_column(sa.Column("seq", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("prev_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("hash", sa.String(length=64), nullable=True))
    conn = op.get_bind()
    seq, last_hash = _chain_existing_entries(conn)
    if seq:  # an empty trail gets its head with its first entry
        op.bulk_insert(head, [{"id": 1, "seq": seq, "hash": last_hash}])
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.alter_column("seq", existing_type=sa.BigInteger(), nullable=False)
        batch_op.alter_column("prev_hash", existing_type=sa.String(length=64), nullable=False)
        batch_op.alter_column("hash", existing_type=sa.String(length=64), nullable=False)
        batch_op.create_unique_constraint(batch_op.f("uq_audit_entry_seq"), ["seq"])

    if conn.dialect.name == "postgresql":
        schema = conn.dialect.identifier_preparer.quote(
            conn.execute(sa.text("SELECT current_schema()")).scalar()
        )
        op.execute(PARTICIPANT_FIGURES)
        op.execute(ATTENDANCE_FIGURES)
        op.execute(EVIDENCE_LISTING)
        op.execute(CHAIN_FUNCTION.format(schema=schema))
        op.execute(CHAIN_TRIGGER)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS flare_audit_chain ON audit_entry")
        op.execute("DROP FUNCTION IF EXISTS flare_audit_chain()")
        op.execute("DROP VIEW IF EXISTS evidence_listing")
        op.execute("DROP VIEW IF EXISTS attendance_figures")
        op.execute("DROP VIEW IF EXISTS participant_figures")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_audit_entry_seq"), type_="unique")
        batch_op.drop_column("hash")
        batch_op.drop_column("prev_hash")
        batch_op.drop_column("seq")
    op.drop_table("audit_head")
    op.drop_table("team_user_country")
    op.drop_table("team_user")
