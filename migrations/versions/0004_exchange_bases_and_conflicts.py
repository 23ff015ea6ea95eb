"""Exchange packages: what each database last saw of its peers' records, and conflicts left to resolve.

Two new tables, no change to existing ones (their rows are untouched).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 17:42:10.967419
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "exchange_base",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("peer_database_id", sa.Uuid(), nullable=False),
        sa.Column("table_name", sa.String(length=50), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("record_hash", sa.String(length=64), nullable=False),
        sa.Column("personal_hash", sa.String(length=64), nullable=True),
        sa.Column("seen_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_base")),
        sa.UniqueConstraint(
            "peer_database_id", "record_id", name=op.f("uq_exchange_base_peer_database_id_record_id")
        ),
    )
    with op.batch_alter_table("exchange_base", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exchange_base_record_id"), ["record_id"], unique=False)

    op.create_table(
        "exchange_conflict",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("package_id", sa.Uuid(), nullable=False),
        sa.Column("peer_database_id", sa.Uuid(), nullable=False),
        sa.Column("table_name", sa.String(length=50), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("theirs", sa.JSON(), nullable=False),
        sa.Column("their_hash", sa.String(length=64), nullable=False),
        sa.Column("their_personal_hash", sa.String(length=64), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolved_by", sa.String(length=100), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_conflict")),
    )
    with op.batch_alter_table("exchange_conflict", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exchange_conflict_package_id"), ["package_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_exchange_conflict_record_id"), ["record_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_exchange_conflict_status"), ["status"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("exchange_conflict", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exchange_conflict_status"))
        batch_op.drop_index(batch_op.f("ix_exchange_conflict_record_id"))
        batch_op.drop_index(batch_op.f("ix_exchange_conflict_package_id"))
    op.drop_table("exchange_conflict")

    with op.batch_alter_table("exchange_base", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exchange_base_record_id"))
    op.drop_table("exchange_base")
