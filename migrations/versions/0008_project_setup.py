"""Project set-up: the provinces a project works in per country, and organizations whose type an import
guessed and nobody has confirmed yet.

Existing organizations typed "other" are marked unconfirmed (before this revision an import created
every organization as "other" and nothing could change it); every other organization is confirmed.
Organizations whose search name was left empty (loaded from a dump without it) get it filled, so that
an import finds them by name instead of creating a duplicate.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-24 10:02:11.402113
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("project_country", schema=None) as batch_op:
        batch_op.add_column(sa.Column("subdivisions", sa.JSON(), nullable=False, server_default="[]"))
    with op.batch_alter_table("project_country", schema=None) as batch_op:
        batch_op.alter_column("subdivisions", server_default=None)

    with op.batch_alter_table("organization", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("type_confirmed", sa.Boolean(), nullable=False, server_default=sa.true())
        )
    with op.batch_alter_table("organization", schema=None) as batch_op:
        batch_op.alter_column("type_confirmed", server_default=None)

    bind = op.get_bind()
    organization = sa.table(
        "organization",
        sa.column("id", sa.Uuid()),
        sa.column("name", sa.String()),
        sa.column("search_name", sa.String()),
        sa.column("type", sa.String()),
        sa.column("type_confirmed", sa.Boolean()),
    )
    bind.execute(
        organization.update().where(organization.c.type == "other").values(type_confirmed=sa.false())
    )
    from flare_monitor.text import fold  # the same folding the app matches names with

    empty = bind.execute(
        sa.select(organization.c.id, organization.c.name).where(
            sa.or_(organization.c.search_name.is_(None), organization.c.search_name == "")
        )
    ).all()
    for org_id, name in empty:
        bind.execute(
            organization.update()
            .where(organization.c.id == org_id)
            .values(search_name=fold(name or "")[:300])
        )


def downgrade() -> None:
    with op.batch_alter_table("organization", schema=None) as batch_op:
        batch_op.drop_column("type_confirmed")
    with op.batch_alter_table("project_country", schema=None) as batch_op:
        batch_op.drop_column("subdivisions")
