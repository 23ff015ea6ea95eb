"""Reporting periods: hand-checked examples, malformed labels and properties over all fiscal calendars.

Every expected date below was worked out by hand from the rule "a fiscal year is named after the
calendar year in which it ends", never copied from the code's output.
"""

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flare_monitor.indicators.periods import (
    Period,
    PeriodError,
    format_range,
    half,
    life_of_project,
    next_period,
    parse_period,
    period_containing,
    periods_between,
    previous,
    quarter,
    subperiods,
    year_period,
)

D = date
ONE_DAY = timedelta(days=1)

# No example database: the suite must not write a .hypothesis folder into the working tree.
PROPS = settings(database=None, max_examples=150, deadline=None)

fiscal_start_months = st.integers(min_value=1, max_value=12)
years = st.integers(min_value=1950, max_value=2150)
days_in_range = st.dates(min_value=D(1950, 1, 1), max_value=D(2150, 12, 31))
kinds = st.sampled_from(["quarter", "half", "year"])


def span(p: Period) -> tuple[date, date]:
    return p.start, p.end


def labels(periods: list[Period]) -> list[str]:
    return [p.label for p in periods]


# --------------------------------------------------------------------------- hand-written examples


@pytest.mark.parametrize(
    ("label", "start", "end"),
    [
        ("FY2024-Q1", D(2023, 10, 1), D(2023, 12, 31)),
        ("FY2024-Q2", D(2024, 1, 1), D(2024, 3, 31)),
        ("FY2024-Q3", D(2024, 4, 1), D(2024, 6, 30)),
        ("FY2024-Q4", D(2024, 7, 1), D(2024, 9, 30)),
        ("FY2024", D(2023, 10, 1), D(2024, 9, 30)),
        ("FY2024-S1", D(2023, 10, 1), D(2024, 3, 31)),
        ("FY2024-S2", D(2024, 4, 1), D(2024, 9, 30)),
        ("2024-Q1", D(2024, 1, 1), D(2024, 3, 31)),
        ("2024-Q2", D(2024, 4, 1), D(2024, 6, 30)),
        ("2024-Q4", D(2024, 10, 1), D(2024, 12, 31)),
        ("2024-S1", D(2024, 1, 1), D(2024, 6, 30)),
        ("2024-S2", D(2024, 7, 1), D(2024, 12, 31)),
        ("2024", D(2024, 1, 1), D(2024, 12, 31)),
    ],
)
def test_us_fiscal_year_and_calendar_examples(label: str, start: date, end: date) -> None:
    p = parse_period(label)  # default first month 10 = US government
    assert span(p) == (start, end)
    assert p.label == label
    assert str(p) == label


def test_fields_of_a_fiscal_quarter() -> None:
    p = parse_period("FY2024-Q3")
    assert p == Period("FY2024-Q3", "quarter", True, 2024, 3, D(2024, 4, 1), D(2024, 6, 30))


def test_fields_of_a_calendar_half_and_year() -> None:
    assert parse_period("2024-S1") == Period("2024-S1", "half", False, 2024, 1, D(2024, 1, 1), D(2024, 6, 30))
    assert parse_period("2023") == Period("2023", "year", False, 2023, None, D(2023, 1, 1), D(2023, 12, 31))


def test_leap_year_first_quarter() -> None:
    q1 = parse_period("2024-Q1")
    assert q1.end == D(2024, 3, 31)
    assert q1.days == 31 + 29 + 31 == 91
    assert q1.contains(D(2024, 2, 29))
    assert parse_period("2023-Q1").days == 90
    assert parse_period("2024").days == 366
    assert parse_period("FY2024").days == 366  # Oct 2023 - Sep 2024 contains 29 Feb 2024
    assert parse_period("FY2025").days == 365


def test_fiscal_year_starting_in_july() -> None:
    assert span(parse_period("FY2024", fiscal_start_month=7)) == (D(2023, 7, 1), D(2024, 6, 30))
    assert span(parse_period("FY2025-Q1", fiscal_start_month=7)) == (D(2024, 7, 1), D(2024, 9, 30))
    assert span(parse_period("FY2025-Q2", fiscal_start_month=7)) == (D(2024, 10, 1), D(2024, 12, 31))
    assert span(parse_period("FY2025-S2", fiscal_start_month=7)) == (D(2025, 1, 1), D(2025, 6, 30))


def test_fiscal_year_starting_in_april_and_february() -> None:
    # UK/India style April year: FY2024 = 1 Apr 2023 - 31 Mar 2024.
    assert span(parse_period("FY2024", fiscal_start_month=4)) == (D(2023, 4, 1), D(2024, 3, 31))
    assert span(parse_period("FY2024-Q4", fiscal_start_month=4)) == (D(2024, 1, 1), D(2024, 3, 31))
    # Quarters not aligned with calendar quarters: Feb-Apr, May-Jul, Aug-Oct, Nov-Jan.
    assert span(parse_period("FY2024-Q4", fiscal_start_month=2)) == (D(2023, 11, 1), D(2024, 1, 31))
    assert span(parse_period("FY2024-Q1", fiscal_start_month=2)) == (D(2023, 2, 1), D(2023, 4, 30))


def test_fiscal_start_month_one_is_the_calendar_year() -> None:
    fy = parse_period("FY2024", fiscal_start_month=1)
    assert span(fy) == (D(2024, 1, 1), D(2024, 12, 31))
    assert fy.label == "FY2024" and fy.fiscal
    assert span(parse_period("FY2024-Q2", fiscal_start_month=1)) == (D(2024, 4, 1), D(2024, 6, 30))


def test_fiscal_start_month_does_not_change_calendar_labels() -> None:
    assert span(parse_period("2024-Q2", fiscal_start_month=7)) == (D(2024, 4, 1), D(2024, 6, 30))
    assert span(parse_period("2024", fiscal_start_month=4)) == (D(2024, 1, 1), D(2024, 12, 31))


def test_a_day_is_in_both_its_calendar_and_its_fiscal_quarter() -> None:
    d = D(2024, 4, 16)
    assert parse_period("2024-Q2").contains(d)
    assert parse_period("FY2024-Q3").contains(d)
    assert not parse_period("FY2024-Q2").contains(d)
    assert period_containing(d).label == "2024-Q2"
    assert period_containing(d, fiscal=True).label == "FY2024-Q3"
    assert period_containing(d, "half", fiscal=True).label == "FY2024-S2"
    assert period_containing(d, "year", fiscal=True).label == "FY2024"
    assert period_containing(d, "year", fiscal=True, fiscal_start_month=4).label == "FY2025"
    assert period_containing(d, "quarter", fiscal=True, fiscal_start_month=4).label == "FY2025-Q1"


def test_period_containing_at_fiscal_year_boundaries() -> None:
    assert period_containing(D(2023, 9, 30), fiscal=True).label == "FY2023-Q4"
    assert period_containing(D(2023, 10, 1), fiscal=True).label == "FY2024-Q1"
    assert period_containing(D(2023, 12, 31), "year", fiscal=True).label == "FY2024"
    assert period_containing(D(2024, 6, 30), "half", fiscal=True, fiscal_start_month=7).label == "FY2024-S2"
    assert period_containing(D(2024, 7, 1), "half", fiscal=True, fiscal_start_month=7).label == "FY2025-S1"


def test_contains_includes_both_ends_and_accepts_datetimes() -> None:
    q = parse_period("2024-Q2")
    assert q.contains(D(2024, 4, 1)) and q.contains(D(2024, 6, 30))
    assert not q.contains(D(2024, 3, 31)) and not q.contains(D(2024, 7, 1))
    assert q.contains(datetime(2024, 6, 30, 23, 59))
    assert period_containing(datetime(2024, 4, 16, 10, 0)).label == "2024-Q2"


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("fy2024-q3", "FY2024-Q3"),
        ("  2024-q2\t", "2024-Q2"),
        ("\n2024-s1 ", "2024-S1"),
        ("Fy2024-S2", "FY2024-S2"),
        (" fy2024 ", "FY2024"),
        (" 2024\n", "2024"),
    ],
)
def test_lower_case_and_surrounding_spaces_are_accepted(text: str, canonical: str) -> None:
    assert parse_period(text).label == canonical
    assert parse_period(text) == parse_period(canonical)


def test_lop_with_project_bounds() -> None:
    bounds = (D(2022, 3, 15), D(2025, 9, 30))
    lop = parse_period("LOP", lop=bounds)
    assert lop == Period("LOP", "lop", False, None, None, D(2022, 3, 15), D(2025, 9, 30))
    assert parse_period(" lop ", lop=bounds) == lop
    assert lop == life_of_project(D(2022, 3, 15), D(2025, 9, 30))
    assert lop.contains(D(2022, 3, 15)) and lop.contains(D(2025, 9, 30))
    assert not lop.contains(D(2022, 3, 14))
    # 15 Mar 2022 is day 74 of 2022 (292 days left incl. itself); 30 Sep 2025 is day 273 of 2025.
    assert lop.days == 292 + 365 + 366 + 273


def test_life_of_project_rejects_end_before_start() -> None:
    with pytest.raises(PeriodError, match="before"):
        life_of_project(D(2024, 1, 2), D(2024, 1, 1))
    assert life_of_project(D(2024, 1, 1), D(2024, 1, 1)).days == 1


def test_constructors() -> None:
    assert quarter(2024, 3, fiscal=True) == parse_period("FY2024-Q3")
    assert span(quarter(2025, 2, fiscal=True, fiscal_start_month=7)) == (D(2024, 10, 1), D(2024, 12, 31))
    assert span(quarter(2024, 4)) == (D(2024, 10, 1), D(2024, 12, 31))
    assert span(half(2024, 2, fiscal=True)) == (D(2024, 4, 1), D(2024, 9, 30))
    assert span(half(2024, 2)) == (D(2024, 7, 1), D(2024, 12, 31))
    assert span(year_period(2024, fiscal=True)) == (D(2023, 10, 1), D(2024, 9, 30))
    assert year_period(2024).label == "2024"


@pytest.mark.parametrize(
    "call",
    [
        lambda: quarter(2024, 0),
        lambda: quarter(2024, 5),
        lambda: quarter(2024, True),
        lambda: half(2024, 3),
        lambda: year_period(1899),
        lambda: year_period(2201),
        lambda: year_period(2024, fiscal=True, fiscal_start_month=0),
        lambda: year_period(2024, fiscal=True, fiscal_start_month=13),
        lambda: parse_period("FY2024", fiscal_start_month=13),
        lambda: period_containing(D(2024, 1, 1), "lop"),
        lambda: period_containing(D(2024, 1, 1), "month"),
        lambda: period_containing("2024-01-01"),
    ],
)
def test_bad_arguments_raise_period_error(call) -> None:
    with pytest.raises(PeriodError):
        call()


def test_period_error_is_a_value_error() -> None:
    assert issubclass(PeriodError, ValueError)


def test_format_range() -> None:
    assert format_range(parse_period("2024-Q2")) == "1 Apr 2024 \u2013 30 Jun 2024"
    assert format_range(parse_period("FY2024")) == "1 Oct 2023 \u2013 30 Sep 2024"
    assert format_range(parse_period("2024-Q1")) == "1 Jan 2024 \u2013 31 Mar 2024"
    assert format_range(life_of_project(D(2022, 3, 5), D(2025, 12, 31))) == "5 Mar 2022 \u2013 31 Dec 2025"


# --------------------------------------------------------------------------- malformed labels


@pytest.mark.parametrize(
    ("label", "reason"),
    [
        ("", "expected e.g. 2024-Q2"),
        ("   ", "expected e.g. 2024-Q2"),
        ("2024-Q0", "quarter must be 1 to 4"),
        ("2024-Q5", "quarter must be 1 to 4"),
        ("FY2024-Q10", "quarter must be 1 to 4"),
        ("2024-S3", "half must be 1 or 2"),
        ("2024-S0", "half must be 1 or 2"),
        ("1899", "year must be 1900 to 2200"),
        ("FY2201-Q1", "year must be 1900 to 2200"),
        ("FY-2024", "expected e.g."),
        ("24-Q1", "expected e.g."),
        ("FY24-Q1", "expected e.g."),
        ("2024Q1", "expected e.g."),
        ("Q1-2024", "expected e.g."),
        ("FY2024-Q3x", "expected e.g."),
        ("2024-Q", "expected e.g."),
        ("2024-H1", "expected e.g."),
        ("2024 Q1", "expected e.g."),
        ("FY 2024", "expected e.g."),
        ("\u0662\u0660\u0662\u0664", "expected e.g."),  # Arabic-Indic digits are not a year label
        (None, "expected e.g."),
        (2024, "expected e.g."),
        (b"2024-Q1", "expected e.g."),
    ],
)
def test_malformed_labels_name_the_label(label: object, reason: str) -> None:
    with pytest.raises(PeriodError) as excinfo:
        parse_period(label)  # type: ignore[arg-type]
    message = str(excinfo.value)
    assert repr(label) in message
    assert reason in message


def test_exact_messages() -> None:
    with pytest.raises(PeriodError) as excinfo:
        parse_period("2024-Q5")
    assert str(excinfo.value) == "'2024-Q5' is not a valid period: quarter must be 1 to 4"
    with pytest.raises(PeriodError) as excinfo:
        parse_period("FY24-Q1")
    assert str(excinfo.value) == (
        "'FY24-Q1' is not a valid period label; "
        "expected e.g. 2024-Q2, FY2024-Q3, 2024-S1, FY2024-S2, 2024, FY2024 or LOP"
    )


@pytest.mark.parametrize("label", ["LOP", " lop "])
def test_lop_without_bounds(label: str) -> None:
    with pytest.raises(PeriodError, match="^LOP needs the project's start and end dates$"):
        parse_period(label)


def test_lop_with_inverted_bounds() -> None:
    with pytest.raises(PeriodError, match="before"):
        parse_period("LOP", lop=(D(2025, 1, 1), D(2024, 1, 1)))


# --------------------------------------------------------------------------- navigation examples


@pytest.mark.parametrize(
    ("label", "before", "after"),
    [
        ("2024-Q1", "2023-Q4", "2024-Q2"),
        ("2024-Q4", "2024-Q3", "2025-Q1"),
        ("FY2024-Q1", "FY2023-Q4", "FY2024-Q2"),
        ("FY2024-Q4", "FY2024-Q3", "FY2025-Q1"),
        ("2024-S1", "2023-S2", "2024-S2"),
        ("FY2024-S2", "FY2024-S1", "FY2025-S1"),
        ("2024", "2023", "2025"),
        ("FY2024", "FY2023", "FY2025"),
    ],
)
def test_previous_and_next_examples(label: str, before: str, after: str) -> None:
    p = parse_period(label)
    assert previous(p) == parse_period(before)
    assert next_period(p) == parse_period(after)


def test_next_period_keeps_a_non_default_fiscal_calendar() -> None:
    q4 = parse_period("FY2024-Q4", fiscal_start_month=7)  # Apr-Jun 2024
    nxt = next_period(q4)
    assert nxt.label == "FY2025-Q1"
    assert span(nxt) == (D(2024, 7, 1), D(2024, 9, 30))
    assert span(previous(parse_period("FY2024-Q1", fiscal_start_month=2))) == (D(2022, 11, 1), D(2023, 1, 31))
    assert span(next_period(parse_period("FY2024", fiscal_start_month=7))) == (D(2024, 7, 1), D(2025, 6, 30))


def test_no_previous_or_next_for_lop_or_beyond_supported_years() -> None:
    lop = life_of_project(D(2022, 1, 1), D(2024, 12, 31))
    with pytest.raises(PeriodError):
        previous(lop)
    with pytest.raises(PeriodError):
        next_period(lop)
    with pytest.raises(PeriodError, match="2200-Q4"):
        next_period(parse_period("2200-Q4"))
    with pytest.raises(PeriodError, match="1900"):
        previous(parse_period("1900"))


def test_periods_between_calendar_quarters() -> None:
    got = periods_between(D(2024, 2, 15), D(2024, 8, 1))
    assert labels(got) == ["2024-Q1", "2024-Q2", "2024-Q3"]
    assert [span(p) for p in got] == [
        (D(2024, 1, 1), D(2024, 3, 31)),
        (D(2024, 4, 1), D(2024, 6, 30)),
        (D(2024, 7, 1), D(2024, 9, 30)),
    ]


def test_periods_between_edges() -> None:
    assert labels(periods_between(D(2024, 5, 5), D(2024, 5, 5))) == ["2024-Q2"]
    assert labels(periods_between(D(2024, 4, 1), D(2024, 6, 30))) == ["2024-Q2"]
    assert labels(periods_between(D(2024, 3, 31), D(2024, 4, 1))) == ["2024-Q1", "2024-Q2"]
    assert labels(periods_between(D(2023, 9, 30), D(2023, 10, 1), fiscal=True)) == ["FY2023-Q4", "FY2024-Q1"]
    with pytest.raises(PeriodError, match="before"):
        periods_between(D(2024, 2, 1), D(2024, 1, 31))


def test_periods_between_fiscal_quarters_across_a_fiscal_year() -> None:
    got = periods_between(D(2023, 8, 20), D(2024, 1, 10), fiscal=True)
    assert labels(got) == ["FY2023-Q4", "FY2024-Q1", "FY2024-Q2"]
    assert span(got[0]) == (D(2023, 7, 1), D(2023, 9, 30))
    assert span(got[-1]) == (D(2024, 1, 1), D(2024, 3, 31))


def test_periods_between_halves_and_years() -> None:
    got = periods_between(D(2024, 1, 1), D(2024, 12, 31), "half", fiscal=True, fiscal_start_month=7)
    assert labels(got) == ["FY2024-S2", "FY2025-S1"]
    assert [span(p) for p in got] == [(D(2024, 1, 1), D(2024, 6, 30)), (D(2024, 7, 1), D(2024, 12, 31))]
    assert labels(periods_between(D(2023, 12, 31), D(2025, 1, 1), "year")) == ["2023", "2024", "2025"]
    fiscal_years = periods_between(D(2023, 12, 31), D(2025, 1, 1), "year", fiscal=True)
    assert labels(fiscal_years) == ["FY2024", "FY2025"]
    assert labels(periods_between(D(2022, 3, 15), D(2023, 2, 1), "half")) == ["2022-S1", "2022-S2", "2023-S1"]


def test_subperiods_of_years_and_halves() -> None:
    assert labels(subperiods(parse_period("FY2024"))) == ["FY2024-Q1", "FY2024-Q2", "FY2024-Q3", "FY2024-Q4"]
    assert labels(subperiods(parse_period("FY2024"), "half")) == ["FY2024-S1", "FY2024-S2"]
    assert labels(subperiods(parse_period("FY2024-S2"))) == ["FY2024-Q3", "FY2024-Q4"]
    assert labels(subperiods(parse_period("2024-S2"))) == ["2024-Q3", "2024-Q4"]
    assert labels(subperiods(parse_period("2024"), "half")) == ["2024-S1", "2024-S2"]


def test_subperiods_follow_the_period_own_fiscal_calendar() -> None:
    fy = parse_period("FY2024", fiscal_start_month=7)  # Jul 2023 - Jun 2024
    got = subperiods(fy)  # default fiscal_start_month=10 must not shift the quarters
    assert labels(got) == ["FY2024-Q1", "FY2024-Q2", "FY2024-Q3", "FY2024-Q4"]
    assert span(got[0]) == (D(2023, 7, 1), D(2023, 9, 30))
    assert span(got[3]) == (D(2024, 4, 1), D(2024, 6, 30))


def test_subperiods_in_the_other_calendar_overlap() -> None:
    calendar = subperiods(parse_period("FY2024"), fiscal=False)
    assert labels(calendar) == ["2023-Q4", "2024-Q1", "2024-Q2", "2024-Q3"]
    fiscal = subperiods(parse_period("2024"), fiscal=True)
    assert labels(fiscal) == ["FY2024-Q2", "FY2024-Q3", "FY2024-Q4", "FY2025-Q1"]


def test_subperiods_of_lop() -> None:
    lop = life_of_project(D(2023, 11, 15), D(2024, 5, 10))
    assert labels(subperiods(lop)) == ["2023-Q4", "2024-Q1", "2024-Q2"]
    assert labels(subperiods(lop, fiscal=True)) == ["FY2024-Q1", "FY2024-Q2", "FY2024-Q3"]
    assert labels(subperiods(lop, "quarter", 7, fiscal=True)) == ["FY2024-Q2", "FY2024-Q3", "FY2024-Q4"]
    assert labels(subperiods(lop, "half")) == ["2023-S2", "2024-S1"]
    assert labels(subperiods(lop, "year", fiscal=True)) == ["FY2024"]


def test_subperiods_cannot_split_a_quarter() -> None:
    with pytest.raises(PeriodError):
        subperiods(parse_period("2024-Q1"))
    with pytest.raises(PeriodError):
        subperiods(parse_period("2024-S1"), "half")


# --------------------------------------------------------------------------- properties


def every_day(start: date, end: date):
    d = start
    while d <= end:
        yield d
        d += ONE_DAY


def assert_tiles(parts: list[Period], whole: Period) -> None:
    assert parts[0].start == whole.start
    for before, after in zip(parts, parts[1:], strict=False):
        assert after.start == before.end + ONE_DAY
    assert parts[-1].end == whole.end
    assert sum(p.days for p in parts) == whole.days


@PROPS
@given(first=fiscal_start_months, year=years)
def test_each_day_of_a_fiscal_year_is_in_exactly_one_quarter_and_one_half(first: int, year: int) -> None:
    fy = year_period(year, fiscal=True, fiscal_start_month=first)
    quarters = [quarter(year, q, fiscal=True, fiscal_start_month=first) for q in (1, 2, 3, 4)]
    halves = [half(year, h, fiscal=True, fiscal_start_month=first) for h in (1, 2)]
    for d in every_day(fy.start, fy.end):
        assert sum(q.contains(d) for q in quarters) == 1
        assert sum(h.contains(d) for h in halves) == 1
    assert not any(q.contains(fy.start - ONE_DAY) or q.contains(fy.end + ONE_DAY) for q in quarters)


@PROPS
@given(first=fiscal_start_months, year=years, fiscal=st.booleans())
def test_quarters_and_halves_tile_the_year(first: int, year: int, fiscal: bool) -> None:
    y = year_period(year, fiscal=fiscal, fiscal_start_month=first)
    quarters = [quarter(year, q, fiscal=fiscal, fiscal_start_month=first) for q in (1, 2, 3, 4)]
    halves = [half(year, h, fiscal=fiscal, fiscal_start_month=first) for h in (1, 2)]
    assert_tiles(quarters, y)
    assert_tiles(halves, y)
    assert_tiles(quarters[:2], halves[0])
    assert_tiles(quarters[2:], halves[1])
    assert subperiods(y) == quarters
    assert subperiods(y, "half") == halves
    assert y.days in (365, 366)


@PROPS
@given(first=fiscal_start_months, year=years)
def test_fiscal_year_is_named_after_the_year_it_ends_in(first: int, year: int) -> None:
    fy = year_period(year, fiscal=True, fiscal_start_month=first)
    assert fy.end.year == year
    assert fy.start.day == 1 and fy.start.month == first
    assert (fy.end + ONE_DAY).month == first and (fy.end + ONE_DAY).day == 1
    if first == 1:
        assert span(fy) == span(year_period(year))


@PROPS
@given(d=days_in_range, kind=kinds, fiscal=st.booleans(), first=fiscal_start_months)
def test_period_containing_contains_the_day_and_its_label_round_trips(
    d: date, kind: str, fiscal: bool, first: int
) -> None:
    p = period_containing(d, kind, fiscal=fiscal, fiscal_start_month=first)
    assert p.contains(d)
    assert p.kind == kind and p.fiscal == fiscal
    assert p.label.startswith("FY") == fiscal
    assert parse_period(p.label, fiscal_start_month=first) == p
    assert parse_period(f"  {p.label.lower()} ", fiscal_start_month=first) == p
    assert not previous(p).contains(d) and not next_period(p).contains(d)


@PROPS
@given(d=days_in_range, kind=kinds, fiscal=st.booleans(), first=fiscal_start_months)
def test_previous_and_next_are_inverse_and_adjacent(d: date, kind: str, fiscal: bool, first: int) -> None:
    p = period_containing(d, kind, fiscal=fiscal, fiscal_start_month=first)
    assert previous(next_period(p)) == p
    assert next_period(previous(p)) == p
    assert next_period(p).start == p.end + ONE_DAY
    assert previous(p).end == p.start - ONE_DAY
    assert next_period(p) == period_containing(p.end + ONE_DAY, kind, fiscal=fiscal, fiscal_start_month=first)


@PROPS
@given(
    a=days_in_range,
    length=st.integers(min_value=0, max_value=1500),
    kind=kinds,
    fiscal=st.booleans(),
    first=fiscal_start_months,
)
def test_periods_between_covers_the_range_without_gaps(
    a: date, length: int, kind: str, fiscal: bool, first: int
) -> None:
    b = a + timedelta(days=length)
    got = periods_between(a, b, kind, fiscal=fiscal, fiscal_start_month=first)
    assert got[0].contains(a) and got[-1].contains(b)
    for before, after in zip(got, got[1:], strict=False):
        assert after.start == before.end + ONE_DAY
    assert all(p.start <= b and p.end >= a for p in got)
