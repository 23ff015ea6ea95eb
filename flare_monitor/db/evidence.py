"""Evidence: files attached to an activity, a reported indicator value or a narrative section.

- `EvidenceBlob`: a file's content, stored once per SHA-256 (the same file attached twice is kept
  once), with its size and the media type detected from its bytes.
- `EvidenceChunk`: the content in pieces of at most `CHUNK_BYTES` (a plain binary column works the
  same on SQLite and PostgreSQL, in backups and in dumps, and no piece needs much memory).
- `Evidence`: one attachment: what it proves (exactly one of activity, indicator value, narrative),
  the original file name, caption, type, whether it shows people (personal data), who added it.

Content rows are bookkeeping: they are neither audited nor merged record by record. An attachment is a
record like any other (audited, exchanged between offices, its content travelling beside it).
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from flare_monitor.db.base import Base, RecordMixin, enum_column, utcnow
from flare_monitor.db.enums import EvidenceType

SHA256_LENGTH = 64
CHUNK_BYTES = 1024 * 1024


class EvidenceBlob(Base):
    __tablename__ = "evidence_blob"

    sha256: Mapped[str] = mapped_column(String(SHA256_LENGTH), primary_key=True)
    size: Mapped[int] = mapped_column(Integer, nullable=False)
    media_type: Mapped[str] = mapped_column(String(100), nullable=False)
    chunk_count: Mapped[int] = mapped_column(Integer, nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)


class EvidenceChunk(Base):
    __tablename__ = "evidence_chunk"

    sha256: Mapped[str] = mapped_column(ForeignKey("evidence_blob.sha256"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)


class Evidence(RecordMixin, Base):
    __tablename__ = "evidence"
    __table_args__ = (
        CheckConstraint(
            "(CASE WHEN activity_id IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN indicator_value_id IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN narrative_id IS NULL THEN 0 ELSE 1 END) = 1",
            name="one_target",
        ),
        # A file is attached once to the same record (a NULL target never collides); these also serve as
        # the indexes that find a record's attachments.
        UniqueConstraint("activity_id", "sha256"),
        UniqueConstraint("indicator_value_id", "sha256"),
        UniqueConstraint("narrative_id", "sha256"),
    )

    project_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("project.id"), nullable=False, index=True)
    activity_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("activity.id"))
    indicator_value_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("indicator_value.id"))
    narrative_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("narrative.id"))
    sha256: Mapped[str] = mapped_column(ForeignKey("evidence_blob.sha256"), nullable=False, index=True)
    original_name: Mapped[str] = mapped_column(String(255), nullable=False)
    caption: Mapped[str | None] = mapped_column(String(500))
    type: Mapped[EvidenceType] = mapped_column(
        enum_column(EvidenceType, "evidence_type"), nullable=False, default=EvidenceType.OTHER
    )
    # Shows or names people (attendance sheets, photos): kept out of packages and reports unless asked.
    personal: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    added_by: Mapped[str] = mapped_column(String(100), nullable=False)
