"""What a donor's Technical Progress Report needs: cover-sheet fields of the project, a risk register, the
reason for a delayed, postponed or cancelled activity, narratives per result with new section kinds and an
optional photo, and an explanation and data source with each entered indicator value.

New columns are nullable and the new table starts empty, so every existing row is kept as it is. The
narrative table changes its unique key (a result is part of it) and the list of allowed sections (a
CHECK constraint), so on SQLite it is recreated in batch mode (foreign keys are off while migrating).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 10:12:40.118204
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_SECTIONS = ("highlights", "challenges", "lessons_learned", "good_practices", "next_period_plan")
NEW_SECTIONS = OLD_SECTIONS + (
    "outcome_progress",
    "donor_comments",
    "evaluation_follow_up",
    "vat_exemption",
    "sustainability",
    "success_story",
    "management_coordination",
)
PROJECT_COLUMNS = (
    ("grantee", sa.String(length=300)),
    ("grantee_uei", sa.String(length=32)),
    ("hq_contact", sa.Text()),
    ("field_contact", sa.Text()),
    ("total_funding", sa.Float()),
    ("representative_name", sa.String(length=200)),
    ("representative_title", sa.String(length=200)),
)
OLD_UNIQUE = ("project_id", "period", "country_code", "section")


def _section_check(sections: Sequence[str]) -> str:
    return "section IN (" + ", ".join(f"'{s}'" for s in sections) + ")"


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=32)


def upgrade() -> None:
    with op.batch_alter_table("project", schema=None) as batch_op:
        for name, kind in PROJECT_COLUMNS:
            batch_op.add_column(sa.Column(name, kind, nullable=True))

    op.create_table(
        "project_risk",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("project_id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("country_code", sa.String(length=2), nullable=True),
        sa.Column("risk", sa.Text(), nullable=False),
        sa.Column("likelihood", _enum("risk_likelihood", "low", "medium", "high"), nullable=False),
        sa.Column("impact", _enum("risk_impact", "low", "medium", "high"), nullable=False),
        sa.Column("mitigation", sa.Text(), nullable=True),
        sa.Column("status", _enum("risk_status", "open", "monitoring", "closed"), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["country_code"], ["country.code"], name=op.f("fk_project_risk_country_code_country")
        ),
        sa.ForeignKeyConstraint(
            ["project_id"], ["project.id"], name=op.f("fk_project_risk_project_id_project")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_risk")),
        sa.UniqueConstraint("project_id", "number", name=op.f("uq_project_risk_project_id_number")),
    )
    with op.batch_alter_table("project_risk", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_project_risk_project_id"), ["project_id"], unique=False)

    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reason", sa.Text(), nullable=True))

    with op.batch_alter_table("indicator_value", schema=None) as batch_op:
        batch_op.add_column(sa.Column("explanation", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("data_source", sa.Text(), nullable=True))

    with op.batch_alter_table("narrative", schema=None) as batch_op:
        batch_op.add_column(sa.Column("result_id", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("photo_path", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("photo_caption", sa.Text(), nullable=True))
        batch_op.drop_constraint(op.f("uq_narrative_project_id_period_country_code_section"), type_="unique")
        batch_op.drop_constraint(op.f("ck_narrative_narrative_section"), type_="check")
        batch_op.create_unique_constraint(
            op.f("uq_narrative_project_id_period_country_code_section_result_id"), [*OLD_UNIQUE, "result_id"]
        )
        batch_op.create_check_constraint(op.f("ck_narrative_narrative_section"), _section_check(NEW_SECTIONS))
        batch_op.create_foreign_key(op.f("fk_narrative_result_id_result"), "result", ["result_id"], ["id"])
        batch_op.create_index(batch_op.f("ix_narrative_result_id"), ["result_id"], unique=False)


def downgrade() -> None:
    # Narratives of the new kinds cannot be stored in the old schema: they go with the downgrade.
    new_kinds = ", ".join(f"'{s}'" for s in NEW_SECTIONS if s not in OLD_SECTIONS)
    op.execute(f"DELETE FROM narrative WHERE section IN ({new_kinds}) OR result_id IS NOT NULL")
    with op.batch_alter_table("narrative", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_narrative_result_id"))
        batch_op.drop_constraint(op.f("fk_narrative_result_id_result"), type_="foreignkey")
        batch_op.drop_constraint(op.f("ck_narrative_narrative_section"), type_="check")
        batch_op.drop_constraint(
            op.f("uq_narrative_project_id_period_country_code_section_result_id"), type_="unique"
        )
        batch_op.create_check_constraint(op.f("ck_narrative_narrative_section"), _section_check(OLD_SECTIONS))
        batch_op.create_unique_constraint(
            op.f("uq_narrative_project_id_period_country_code_section"), list(OLD_UNIQUE)
        )
        batch_op.drop_column("photo_caption")
        batch_op.drop_column("photo_path")
        batch_op.drop_column("result_id")

    with op.batch_alter_table("indicator_value", schema=None) as batch_op:
        batch_op.drop_column("data_source")
        batch_op.drop_column("explanation")

    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.drop_column("reason")

    with op.batch_alter_table("project_risk", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_project_risk_project_id"))
    op.drop_table("project_risk")

    with op.batch_alter_table("project", schema=None) as batch_op:
        for name, _kind in reversed(PROJECT_COLUMNS):
            batch_op.drop_column(name)
