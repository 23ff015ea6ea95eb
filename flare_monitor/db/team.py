"""Who works on a shared server database, in which role and for which countries.

Used on a PostgreSQL server only (a SQLite file has one user, who may do everything): the login names
are the server's own roles; `server user add|countries|remove` keeps these tables and the server's role
memberships together (db/roles.py), and the row-level security policies read `team_user_country` to
know the countries of the signed-in login.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from flare_monitor.db.base import Base, utcnow

# The roles of a team, least to most rights (their group roles on the server are `flare_<role>`).
ROLES = ("viewer", "officer", "me", "admin")
LOGIN_LENGTH = 63  # PostgreSQL's limit for a role name


class TeamUser(Base):
    __tablename__ = "team_user"
    __table_args__ = (CheckConstraint("role IN ('viewer', 'officer', 'me', 'admin')", name="role"),)

    login: Mapped[str] = mapped_column(String(LOGIN_LENGTH), primary_key=True)
    role: Mapped[str] = mapped_column(String(16), nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow, onupdate=utcnow)


class TeamUserCountry(Base):
    """One of the countries whose records (and personal data) an officer may read and change."""

    __tablename__ = "team_user_country"

    login: Mapped[str] = mapped_column(ForeignKey("team_user.login", ondelete="CASCADE"), primary_key=True)
    country_code: Mapped[str] = mapped_column(ForeignKey("country.code"), primary_key=True)
