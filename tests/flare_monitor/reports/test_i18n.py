"""Words of the donor report: Spanish has every English key, months and numbers as Spanish writes them."""

from __future__ import annotations

from datetime import date

from flare_monitor.reports import words


def test_spanish_has_every_word_of_the_report():
    assert sorted(set(words.EN) - set(words.ES)) == []  # nothing falls back to English in a Spanish report
    assert sorted(set(words.ES) - set(words.EN)) == []


def test_one_persons_sex_is_not_the_heading_of_a_count():
    assert (words.text("es", "female"), words.text("es", "person_female")) == ("Mujeres", "Mujer")
    assert (words.text("es", "male"), words.text("es", "person_male")) == ("Hombres", "Hombre")
    assert words.text("en", "person_not_recorded") == words.text("en", "not_recorded")


def test_dates_and_numbers_in_spanish():
    assert words.format_date(date(2024, 4, 16), "es") == "16 de abril de 2024"
    assert (
        words.format_range(date(2024, 4, 1), date(2024, 6, 30), "es", short=True) == "1 abr 2024 – 30 jun 2024"
    )
    assert words.format_number(1234.5, "es") == "1.234,5"
    assert words.format_percent(96.4, "es") == "96%"
