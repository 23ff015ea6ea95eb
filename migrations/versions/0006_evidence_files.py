"""Evidence: files attached to activities, reported indicator values and narrative sections.

Three new tables (content stored once per SHA-256, in chunks; the attachments themselves); no change
to existing tables, whose rows are untouched.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04 00:09:22.199475
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

EVIDENCE_TYPES = ("attendance_sheet", "photo", "agenda", "report", "official_document", "other")


def upgrade() -> None:
    op.create_table(
        "evidence_blob",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("chunk_count", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_evidence_blob")),
    )
    op.create_table(
        "evidence_chunk",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["sha256"], ["evidence_blob.sha256"], name=op.f("fk_evidence_chunk_sha256_evidence_blob")
        ),
        sa.PrimaryKeyConstraint("sha256", "seq", name=op.f("pk_evidence_chunk")),
    )
    op.create_table(
        "evidence",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("project_id", sa.Uuid(), nullable=False),
        sa.Column("activity_id", sa.Uuid(), nullable=True),
        sa.Column("indicator_value_id", sa.Uuid(), nullable=True),
        sa.Column("narrative_id", sa.Uuid(), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("original_name", sa.String(length=255), nullable=False),
        sa.Column("caption", sa.String(length=500), nullable=True),
        sa.Column(
            "type",
            sa.Enum(
                *EVIDENCE_TYPES, name="evidence_type", native_enum=False, create_constraint=True, length=32
            ),
            nullable=False,
        ),
        sa.Column("personal", sa.Boolean(), nullable=False),
        sa.Column("added_by", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "(CASE WHEN activity_id IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN indicator_value_id IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN narrative_id IS NULL THEN 0 ELSE 1 END) = 1",
            name=op.f("ck_evidence_one_target"),
        ),
        sa.ForeignKeyConstraint(
            ["activity_id"], ["activity.id"], name=op.f("fk_evidence_activity_id_activity")
        ),
        sa.ForeignKeyConstraint(
            ["indicator_value_id"],
            ["indicator_value.id"],
            name=op.f("fk_evidence_indicator_value_id_indicator_value"),
        ),
        sa.ForeignKeyConstraint(
            ["narrative_id"], ["narrative.id"], name=op.f("fk_evidence_narrative_id_narrative")
        ),
        sa.ForeignKeyConstraint(["project_id"], ["project.id"], name=op.f("fk_evidence_project_id_project")),
        sa.ForeignKeyConstraint(
            ["sha256"], ["evidence_blob.sha256"], name=op.f("fk_evidence_sha256_evidence_blob")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence")),
        sa.UniqueConstraint("activity_id", "sha256", name=op.f("uq_evidence_activity_id_sha256")),
        sa.UniqueConstraint(
            "indicator_value_id", "sha256", name=op.f("uq_evidence_indicator_value_id_sha256")
        ),
        sa.UniqueConstraint("narrative_id", "sha256", name=op.f("uq_evidence_narrative_id_sha256")),
    )
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_evidence_project_id"), ["project_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_evidence_sha256"), ["sha256"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evidence_sha256"))
        batch_op.drop_index(batch_op.f("ix_evidence_project_id"))
    op.drop_table("evidence")
    op.drop_table("evidence_chunk")
    op.drop_table("evidence_blob")
