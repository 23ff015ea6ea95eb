"""Drivers' cursors that fetch a large result in chunks, so the window never waits for one fetch.

The app reads its data in worker threads while the GUI thread paints. A driver's `fetchall()` builds every
row of a result in one C call that holds the interpreter lock throughout: 300,000 attendance rows keep the
GUI thread from running Python (a table's `data()`, a widget's event) for 50–60 ms on a 2-core machine,
and the indicator engine reads several such results per page. Fetched `CHUNK_ROWS` at a time, the lock is
offered back between chunks (about 1 ms each) and the whole fetch is no slower.
"""

from __future__ import annotations

import sqlite3

CHUNK_ROWS = 1000


def _in_chunks(fetchmany) -> list:
    rows: list = []
    while chunk := fetchmany(CHUNK_ROWS):
        rows.extend(chunk)
    return rows


class SqliteCursor(sqlite3.Cursor):
    def fetchall(self) -> list:
        return _in_chunks(self.fetchmany)


class SqliteConnection(sqlite3.Connection):
    """Given to `sqlite3.connect(factory=...)`: its cursors fetch in chunks."""

    def cursor(self, factory=SqliteCursor):  # noqa: D102 - the driver's signature
        return super().cursor(factory)


def postgres_cursor_factory():
    """A psycopg cursor class that fetches in chunks (psycopg is imported only for a server database)."""
    import psycopg

    class PostgresCursor(psycopg.Cursor):
        def fetchall(self) -> list:
            return _in_chunks(self.fetchmany)

    return PostgresCursor
