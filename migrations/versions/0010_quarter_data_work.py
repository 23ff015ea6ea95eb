"""The quarter's data work: each country's submission of a period, the figures of a locked period as
submitted, and pairs of participant records judged not to be the same person. (The variance explanations and
data sources of reported values are 0007's columns `indicator_value.explanation` and `data_source`.)

Three new tables; existing rows are untouched.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04 00:44:20.407116
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SUBMISSION_STATUSES = ("draft", "submitted", "returned", "approved", "locked")


def upgrade() -> None:
    op.create_table(
        "participant_distinct",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("first_id", sa.Uuid(), nullable=False),
        sa.Column("second_id", sa.Uuid(), nullable=False),
        sa.Column("decided_by", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participant_distinct")),
        sa.UniqueConstraint("first_id", "second_id", name=op.f("uq_participant_distinct_first_id_second_id")),
    )
    op.create_table(
        "period_status",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("project_id", sa.Uuid(), nullable=False),
        sa.Column("country_code", sa.String(length=2), nullable=False),
        sa.Column("period", sa.String(length=16), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                *_SUBMISSION_STATUSES,
                name="submission_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("submitted_by", sa.String(length=100), nullable=True),
        sa.Column("submitted_at", sa.DateTime(), nullable=True),
        sa.Column("reviewed_by", sa.String(length=100), nullable=True),
        sa.Column("reviewed_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["country_code"], ["country.code"], name=op.f("fk_period_status_country_code_country")
        ),
        sa.ForeignKeyConstraint(
            ["project_id"], ["project.id"], name=op.f("fk_period_status_project_id_project")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_period_status")),
        sa.UniqueConstraint(
            "project_id",
            "period",
            "country_code",
            name=op.f("uq_period_status_project_id_period_country_code"),
        ),
    )
    with op.batch_alter_table("period_status", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_period_status_project_id"), ["project_id"], unique=False)

    op.create_table(
        "period_figure",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("lock_id", sa.Uuid(), nullable=False),
        sa.Column("indicator_id", sa.Uuid(), nullable=False),
        sa.Column("indicator_code", sa.String(length=32), nullable=False),
        sa.Column("country_code", sa.String(length=2), nullable=True),
        sa.Column("figure", sa.JSON(), nullable=False),
        sa.Column("stored_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["lock_id"], ["period_lock.id"], name=op.f("fk_period_figure_lock_id_period_lock")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_period_figure")),
    )
    with op.batch_alter_table("period_figure", schema=None) as batch_op:
        batch_op.create_index("ix_period_figure_lock_indicator", ["lock_id", "indicator_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("period_figure", schema=None) as batch_op:
        batch_op.drop_index("ix_period_figure_lock_indicator")
    op.drop_table("period_figure")

    with op.batch_alter_table("period_status", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_period_status_project_id"))
    op.drop_table("period_status")
    op.drop_table("participant_distinct")
