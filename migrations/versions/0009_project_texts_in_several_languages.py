"""The project's own texts in several languages: result statements, result-level names, indicator names and
definitions, and the titles of narrative sections may be given in each language the project reports in.

Each translatable record gets a nullable JSON column `translations` ({field: {language: text}}); the
project also says the language its texts are written in (`text_language`, English when not said) and keeps
its own titles of narrative sections per language. Every column is new and nullable: every existing row is
kept as it is (SQLite: batch mode, foreign keys off while migrating).

Revision ID: 0009
Revises: 0007
Create Date: 2026-12-04 03:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("project", "result_level", "result", "indicator")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("translations", sa.JSON(), nullable=True))
            if table == "project":
                batch_op.add_column(sa.Column("text_language", sa.String(length=8), nullable=True))


def downgrade() -> None:
    for table in reversed(TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            if table == "project":
                batch_op.drop_column("text_language")
            batch_op.drop_column("translations")
