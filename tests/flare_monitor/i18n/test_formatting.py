"""The one formatting module: dates, numbers and percentages per language, period labels shown as each
language writes them and read back, countries sorted by their names (collation, not code order)."""

from __future__ import annotations

from datetime import date

import pytest

from flare_monitor.i18n import _, formatting, ngettext
from flare_monitor.i18n.params import Country, PeriodName, Scope
from flare_monitor.indicators.periods import parse_period


def test_dates_numbers_and_percentages_as_each_language_writes_them():
    day = date(2024, 2, 20)
    assert formatting.format_date(day, "es") == "20 feb 2024"
    assert formatting.format_date(day, "en") == "20 Feb 2024"
    assert formatting.format_date(day, "fr") == "20 févr. 2024"
    assert formatting.format_number(1234.5, "es") in ("1.234,5", "1234,5")
    assert formatting.format_number(1234.5, "fr").replace("\u202f", " ") == "1 234,5"
    assert formatting.format_percent(96.4, "en") == "96%"
    assert formatting.format_list(["a", "b", "c"], "es") == "a, b y c"
    assert formatting.parse_number("1 234,5", "fr") == "1234.5"
    assert formatting.parse_number("1.5", "es") == "1.5"


@pytest.mark.parametrize(
    ("label", "es", "fr"),
    [
        ("FY2024-Q3", "AF2024-T3", "EF2024-T3"),
        ("2024-Q2", "2024-T2", "2024-T2"),
        ("FY2024-S2", "AF2024-S2", "EF2024-S2"),
        ("2024", "2024", "2024"),
        ("FY2024", "AF2024", "EF2024"),
    ],
)
def test_period_labels_are_shown_in_the_language_and_read_back(label, es, fr):
    assert formatting.period_label(label, "es") == es
    assert formatting.period_label(label, "fr") == fr
    assert formatting.period_label(label, "en") == label
    for shown in (es, fr, label, label.lower()):
        assert parse_period(shown).label == label
    assert formatting.period_label("LOP", "fr") == "Durée du projet"
    assert parse_period("Vida del proyecto", lop=(date(2020, 1, 1), date(2025, 12, 31))).label == "LOP"


def test_countries_are_sorted_by_their_names_in_the_language():
    codes = ["PE", "PK", "UZ", "NP", "MN", "EG", "AE", "ES"]
    assert formatting.sorted_countries(codes, "en")[:3] == ["EG", "MN", "NP"]
    english = [formatting.country_name(c, "en") for c in formatting.sorted_countries(codes, "en")]
    assert english.index("Pakistan") < english.index("Peru")
    french = [formatting.country_name(c, "fr") for c in formatting.sorted_countries(codes, "fr")]
    assert french[:3] == ["Égypte", "Émirats arabes unis", "Espagne"]  # É sorts with E, not after Z
    spanish = [formatting.country_name(c, "es") for c in formatting.sorted_countries(codes, "es")]
    assert spanish.index("Pakistán") < spanish.index("Perú")


def test_parameters_are_written_in_the_language_the_message_is_shown_in():
    message = _("{what} is in {period} ({scope})", what=Country("PE"), period=PeriodName("FY2024-Q3"),
                scope=Scope(None, "female"))  # fmt: skip
    assert str(message) == "Peru is in FY2024-Q3 (all countries, female)"
    assert ngettext("{count} activity", "{count} activities", 1) == "1 activity"
    assert ngettext("{count} activity", "{count} activities", 12345) == "12,345 activities"
    assert ngettext("{count} activity", "{count} activities", 2023) == "2023 activities"  # no 2,023


def test_absurd_numbers_are_written_short_instead_of_raising():
    # A score of 1e28 typed in a sheet is named in its row error: Decimal's 28 digits raised there.
    assert formatting.format_number(1.0000000000000002e28, "en") == "1E28"
    assert formatting.format_number(-1e300, "fr") == "-1E300"
    assert formatting.format_number(float("inf"), "es") == "∞"
    assert formatting.format_number(123456789012.5, "es") == "123.456.789.012,5"
