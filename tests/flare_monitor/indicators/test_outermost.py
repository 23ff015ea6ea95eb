"""outermost(): one sorted pass drops exactly the rows a comparison of every pair drops."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from flare_monitor.indicators.manual import outermost


@dataclass(frozen=True)
class Row:
    country: str | None
    start: date
    end: date


def every_pair(rows: list[Row]) -> list[Row]:
    def nested(row: Row) -> bool:
        return any(
            o.country == row.country
            and o.start <= row.start
            and row.end <= o.end
            and (o.start, o.end) != (row.start, row.end)
            for o in rows
        )

    return [row for row in rows if not nested(row)]


rows = st.lists(
    st.builds(
        lambda country, start, length: Row(
            country, date(2024, 1, 1) + timedelta(start), date(2024, 1, 1) + timedelta(start + length)
        ),
        st.sampled_from(("PK", "NP", None)),
        st.integers(0, 60),
        st.integers(0, 40),
    ),
    max_size=25,
)


@given(rows)
def test_same_rows_as_comparing_every_pair(rows):
    assert outermost(rows) == every_pair(rows)


def test_a_year_hides_its_quarters_in_its_own_country_only():
    year = Row("PK", date(2024, 1, 1), date(2024, 12, 31))
    quarter = Row("PK", date(2024, 1, 1), date(2024, 3, 31))
    other = Row("NP", date(2024, 1, 1), date(2024, 3, 31))
    assert outermost([quarter, year, other, quarter]) == [year, other]
