"""Exchange packages sent and received between offices, and what each side last saw of the other.

- `ExchangeRecord`: one row per package written or applied (so a package is never applied twice).
- `ExchangeBase`: per peer database and record, the content hashes of the peer's version of the record
  as this database last saw it. A record changed on both sides since then is a conflict.
- `ExchangeConflict`: a record changed on both sides, kept with the peer's version until the user keeps
  theirs or takes the other one.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, String, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from flare_monitor.db.base import Base, utcnow

HASH_LENGTH = 64  # hex SHA-256


class ExchangeRecord(Base):
    __tablename__ = "exchange_record"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    package_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False, index=True)
    direction: Mapped[str] = mapped_column(String(10), nullable=False)  # "export" or "import"
    peer_database_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    user: Mapped[str] = mapped_column(String(100), nullable=False)
    manifest: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)


class ExchangeBase(Base):
    """What this database last saw of a peer's version of one record (bookkeeping, not audited)."""

    __tablename__ = "exchange_base"
    __table_args__ = (UniqueConstraint("peer_database_id", "record_id"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    peer_database_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    table_name: Mapped[str] = mapped_column(String(50), nullable=False)
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False, index=True)
    # Hash of the record without its personal fields; hash of the personal fields when they were seen.
    record_hash: Mapped[str] = mapped_column(String(HASH_LENGTH), nullable=False)
    personal_hash: Mapped[str | None] = mapped_column(String(HASH_LENGTH))
    seen_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)


class ExchangeConflict(Base):
    """A record changed here and at the peer since the last exchange, waiting for the user's choice."""

    __tablename__ = "exchange_conflict"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    package_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False, index=True)
    peer_database_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    table_name: Mapped[str] = mapped_column(String(50), nullable=False)
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False, index=True)
    # The peer's version as it travelled (the dataset dump encoding); "mine" is read live.
    theirs: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)
    their_hash: Mapped[str] = mapped_column(String(HASH_LENGTH), nullable=False)
    their_personal_hash: Mapped[str | None] = mapped_column(String(HASH_LENGTH))
    # "pending", then "keep_mine", "take_theirs" or "superseded" (a later package replaced it).
    status: Mapped[str] = mapped_column(String(16), nullable=False, default="pending", index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)
    resolved_by: Mapped[str | None] = mapped_column(String(100))
