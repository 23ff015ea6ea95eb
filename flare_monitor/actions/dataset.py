"""The whole dataset as one JSON document: `dump FILE` and `load FILE` (docs/DATA_FORMAT.md)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from flare_monitor.actions.base import action, unit_of_work
from flare_monitor.db.engine import Database
from flare_monitor.io import dump as dump_io
from flare_monitor.services import backups


@dataclass(frozen=True)
class LoadDataset:
    path: Path
    replace: bool = False  # replace every record (a verified backup is taken first)


@action
def dump_dataset(db: Database, path: Path) -> dict[str, int]:
    """Write every record to `path`; returns the rows written per table."""
    with unit_of_work(db, audit=False) as session:
        return dump_io.write_dump(session, Path(path))


@action
def load_dataset(db: Database, request: LoadDataset) -> dict[str, int]:
    """Read a dataset document and write it, all or nothing (a whole-dataset restore, not a user's edits:
    no audit entry per row)."""
    document = dump_io.read_dump(request.path)
    if db.file is not None and request.replace:
        backups.backup_now(db, "before-load")
    with unit_of_work(db, audit=False) as session:
        return dump_io.load_dataset(session, document, replace=request.replace)
