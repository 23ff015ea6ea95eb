"""Attendance from KoboToolbox and ODK forms: the submission a roster row came from.

Three nullable columns on `attendance`, no change to existing rows: `submission_key` (the form
submission's stable id, KoboToolbox `meta/rootUuid` or `_uuid`, ODK `KEY` or `instanceID`, with the repeat
position for a form that registers several people), `submission_hash` (what was imported from it, to tell
an edited submission from an unchanged one) and `participant_code` (a code the form gave the person, to
match pre- and post-test forms to the roster).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.add_column(sa.Column("submission_key", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("submission_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("participant_code", sa.String(length=50), nullable=True))
        batch_op.create_index(batch_op.f("ix_attendance_submission_key"), ["submission_key"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendance_submission_key"))
        batch_op.drop_column("participant_code")
        batch_op.drop_column("submission_hash")
        batch_op.drop_column("submission_key")
