"""Audit trail (an append-only hash chain, see db/audit_chain.py), per-database settings."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, CheckConstraint, DateTime, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from flare_monitor.db.base import Base, enum_column, utcnow
from flare_monitor.db.enums import AuditAction


class AuditEntry(Base):
    """Who changed, exported or locked what, and when; written by the services, never edited.

    Entries form a chain: `seq` numbers them 1, 2, 3… in the order they were committed, `prev_hash` is
    the `hash` of the entry before, and `hash` covers the entry's content and `prev_hash`; `AuditHead`
    holds the last one. An entry changed or removed afterwards breaks the chain (`check` reports it).
    """

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_entity", "entity", "entity_id"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow, index=True)
    user: Mapped[str] = mapped_column(String(100), nullable=False)
    entity: Mapped[str] = mapped_column(String(50), nullable=False)
    entity_id: Mapped[str | None] = mapped_column(String(64))
    action: Mapped[AuditAction] = mapped_column(enum_column(AuditAction, "audit_action"), nullable=False)
    # {"field": [old, new], ...} for updates; the created/deleted values for create/delete.
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False, default=dict)
    comment: Mapped[str | None] = mapped_column(Text)
    seq: Mapped[int] = mapped_column(BigInteger, nullable=False, unique=True)
    prev_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    hash: Mapped[str] = mapped_column(String(64), nullable=False)


class AuditHead(Base):
    """The one row naming the last entry of the audit trail (its number and hash): removing entries
    from the end of the trail shows as a head pointing past them."""

    __tablename__ = "audit_head"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(BigInteger, nullable=False)
    hash: Mapped[str] = mapped_column(String(64), nullable=False)


class Setting(Base):
    """Per-database settings (database id, report defaults). Keyed by name."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow, onupdate=utcnow)
