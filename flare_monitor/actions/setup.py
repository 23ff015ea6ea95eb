"""Opening and filling a database: the demo data."""

from __future__ import annotations

from flare_monitor.actions.base import action, unit_of_work
from flare_monitor.db.engine import Database
from flare_monitor.db.migrate import open_database
from flare_monitor.services.demo import load_demo as _load_demo

__all__ = ["load_demo", "open_database", "prepare_demo_database"]


@action
def load_demo(db: Database) -> bool:
    """The demo projects (BRIDGE and FLARE); False when they were there already (nothing changed)."""
    with unit_of_work(db, audit=False) as session:  # one bulk seed, not a change by a user
        return _load_demo(session)


@action
def generate_sample(db: Database, request: tuple[str, int]) -> dict[str, int]:
    """A sample project at real size for trying and measuring the app: (scale, seed) → rows written."""
    from flare_monitor.services.sample import generate_sample as generate

    scale, seed = request
    with unit_of_work(db, audit=False) as session:
        return generate(session, scale, seed)


def prepare_demo_database(path, **_worker):
    """Create (or bring up to date) the demo's own database file with the demo projects; returns its path.
    The app then starts on it, labelled as the demo; the officer's database is never touched."""
    db = open_database(str(path))
    try:
        load_demo(db)
    finally:
        db.dispose()
    return path
