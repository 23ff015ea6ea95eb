"""The database URL of a `--db` value, without SQLAlchemy: the window locks and names its database
before it paints, and importing SQLAlchemy would delay that paint (flare_monitor.db.engine parses)."""

from __future__ import annotations

import os
import urllib.parse
from pathlib import Path

from flare_monitor import paths

POSTGRES_DRIVER = "postgresql+psycopg"  # psycopg 3
_POSTGRES_SCHEMES = ("postgres", "postgresql", "postgresql+psycopg")
_SQLITE_PREFIX = "sqlite:///"


def normalize_url(url: str) -> str:
    """`postgresql://` and `postgres://` (what IT people write) → the psycopg 3 driver SQLAlchemy needs."""
    scheme, separator, rest = url.partition("://")
    if separator and scheme.lower() in _POSTGRES_SCHEMES:
        return f"{POSTGRES_DRIVER}://{rest}"
    return url


def resolve_database_url(db: str | None) -> str:
    """`--db` value → SQLAlchemy URL. A plain path means a SQLite file; None means the default."""
    db = db or os.environ.get(paths.DB_ENV_VAR) or str(paths.default_database_path())
    if "://" in db:
        return normalize_url(db.strip())
    return _SQLITE_PREFIX + str(Path(db).expanduser().absolute())


def plain_sqlite_file(url: str) -> Path | None:
    """The file of a `sqlite:///PATH` URL without options (what a plain path resolves to), else None:
    other URLs need SQLAlchemy's parser (engine.sqlite_file)."""
    path = url.removeprefix(_SQLITE_PREFIX)
    if path == url or not path or "?" in path or path == ":memory:":
        return None
    return Path(path)


def early_location(url: str) -> str:
    """The database as the window names it before SQLAlchemy is loaded: the file, or the server's
    scheme, host, port and database (never a user name, password or option)."""
    file = plain_sqlite_file(url)
    if file is not None:
        return str(file)
    try:
        parts = urllib.parse.urlsplit(url)
        port = parts.port
    except ValueError:
        return ""
    scheme = "postgresql" if parts.scheme.lower() in _POSTGRES_SCHEMES else parts.scheme
    host = f"{parts.hostname or ''}{f':{port}' if port else ''}"
    return f"{scheme}://{host}{parts.path}"
