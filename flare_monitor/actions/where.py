"""Where the database is, and a quick look at its file, before SQLAlchemy is loaded.

The desktop app paints its window before it imports SQLAlchemy (that import alone costs more than the
paint): this module imports neither SQLAlchemy nor anything that does.
"""

from __future__ import annotations

from flare_monitor.db.backup import integrity_ok
from flare_monitor.db.urls import early_location, plain_sqlite_file, resolve_database_url

__all__ = ["early_location", "integrity_ok", "plain_sqlite_file", "resolve_database_url"]
