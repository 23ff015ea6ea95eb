"""Words of the donor report: every word in Spanish and French from the one catalogue, dates, numbers and
percentages as each language writes them, and the project's own texts in the report's language."""

from __future__ import annotations

from datetime import date

import pytest

from flare_monitor.i18n import TRANSLATED
from flare_monitor.reports import words


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_word_of_the_report_is_translated(lang):
    untranslated = [key for key in words.WORDS if words.text(lang, key) == words.text("en", key)]
    # Words that read the same in the language (codes, "Total", "Type", "{name}"…) may stay as they are.
    same = {
        "ev_checksum",
        "ev_type_agenda",
        "ev_date",
        "ev_type",
        "ev_type_photo",
        "code",
        "total",
        "kf_people",
        "dates",
        "date",
        "ngo",
        "impact",
        "type",
        "product_kind",
        "F",
        "O",
        "annex",
        "annexes",
        "tpr_annexes",
        "photo",
        "tpr_signature",
        "tpr_certification",
        "charts",
        "no",
        "academia",
        "provisional",
    }
    assert [key for key in untranslated if key not in same] == []


def test_one_persons_sex_is_not_the_heading_of_a_count():
    assert (words.text("es", "female"), words.text("es", "person_female")) == ("Mujeres", "Mujer")
    assert (words.text("fr", "male"), words.text("fr", "person_male")) == ("Hommes", "Homme")
    assert words.text("en", "person_not_recorded") == words.text("en", "not_recorded")


def test_dates_and_numbers_in_spanish_and_french():
    assert words.format_date(date(2024, 4, 16), "es") == "16 de abril de 2024"
    assert words.format_date(date(2024, 2, 20), "es", short=True) == "20 feb 2024"
    assert words.format_date(date(2024, 4, 16), "fr") == "16 avril 2024"
    assert (
        words.format_range(date(2024, 4, 1), date(2024, 6, 30), "es", short=True)
        == "1 abr 2024 – 30 jun 2024"
    )
    assert words.format_number(1234.5, "es") == "1234,5" or words.format_number(1234.5, "es") == "1.234,5"
    assert words.format_number(12345.5, "fr").replace("\u202f", " ") == "12 345,5"
    assert words.format_number(1234.5, "en") == "1,234.5"
    assert words.format_percent(96.4, "en") == "96%"
    assert words.format_percent(96.4, "fr").replace("\u202f", "\u00a0") == "96\u00a0%"
    assert words.format_value(1, "yes_no", "fr") == "Oui"
