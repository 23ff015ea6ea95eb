"""Countries (ISO 3166-1) and first-level subdivisions (ISO 3166-2), filled from pycountry on demand.

ISO codes are the keys here, not UUIDs: they are the same in every office, so merging needs no mapping.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from flare_monitor.db.base import Base


class Country(Base):
    __tablename__ = "country"

    code: Mapped[str] = mapped_column(String(2), primary_key=True)  # ISO 3166-1 alpha-2
    alpha3: Mapped[str] = mapped_column(String(3), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)

    subdivisions: Mapped[list[Subdivision]] = relationship(back_populates="country")


class Subdivision(Base):
    __tablename__ = "subdivision"

    code: Mapped[str] = mapped_column(String(10), primary_key=True)  # ISO 3166-2, e.g. PK-BA
    country_code: Mapped[str] = mapped_column(ForeignKey("country.code"), nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(150), nullable=False)
    type: Mapped[str] = mapped_column(String(60), nullable=False)

    country: Mapped[Country] = relationship(back_populates="subdivisions")
