"""The drivers' cursors fetch a large result in chunks (the window's thread gets the interpreter lock
between them) and return exactly what a plain fetch returns."""

from __future__ import annotations

from sqlalchemy import text

from flare_monitor.db import chunked_fetch

COUNT = 2 * chunked_fetch.CHUNK_ROWS + 7
SERIES = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < :count) SELECT x, 'row ' || x FROM n"


def test_a_large_result_is_read_whole_and_in_order_through_the_chunked_cursor(db):
    with db.session() as session:
        cursor = session.connection().connection.dbapi_connection.cursor()
        assert type(cursor).fetchall.__module__ == chunked_fetch.__name__
        rows = session.execute(text(SERIES), {"count": COUNT}).all()
    assert [tuple(r) for r in rows] == [(x, f"row {x}") for x in range(1, COUNT + 1)]


def test_fetchall_asks_the_driver_a_chunk_at_a_time():
    asked = []
    source = list(range(COUNT))

    def fetchmany(size):
        asked.append(size)
        start = sum(len(c) for c in chunks)
        chunk = source[start : start + size]
        chunks.append(chunk)
        return chunk

    chunks: list[list[int]] = []
    assert chunked_fetch._in_chunks(fetchmany) == source
    assert asked == [chunked_fetch.CHUNK_ROWS] * 4  # three with rows, the last one empty
