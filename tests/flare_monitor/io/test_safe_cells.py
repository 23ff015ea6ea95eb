"""Formula-injection guard: what gets an apostrophe, what does not, and the exact round trip."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flare_monitor.io.safe_cells import TRIGGERS, neutralize, restore

DANGEROUS = ['=HYPERLINK("http://x","y")', "+1", "-2", "@SUM(A1)", "\tTab", "\rCR"]
HARMLESS = ["Бат-Эрдэнэ Иванова", "王秀英", "सीता देवी", "عائشہ بی بی", "O'Brien", "a=b", " =1", "", "'"]


@pytest.mark.parametrize("text", DANGEROUS)
def test_dangerous_text_gets_one_apostrophe(text):
    assert neutralize(text) == "'" + text
    assert restore(neutralize(text)) == text


@pytest.mark.parametrize("text", HARMLESS)
def test_harmless_text_is_unchanged(text):
    assert neutralize(text) == text
    assert restore(text) == text


@pytest.mark.parametrize("value", [-2, -2.5, 0, Decimal("-1.5"), None, True, date(2024, 1, 1)])
def test_non_strings_are_unchanged(value):
    # A legitimate negative number stays a number: only text can smuggle a formula.
    assert neutralize(value) is value
    assert restore(value) is value


def test_triggers_are_the_owasp_set():
    assert TRIGGERS == set("=+-@\t\r")


@pytest.mark.parametrize("text", ["'=1+1", "''-2", "'@x"])
def test_text_already_starting_with_apostrophe_and_trigger_round_trips(text):
    # Without the extra apostrophe, restore() would eat the user's own apostrophe.
    assert neutralize(text) == "'" + text
    assert restore(neutralize(text)) == text


def test_restore_leaves_an_ordinary_apostrophe():
    assert restore("'tis") == "'tis"
    assert restore("'") == "'"


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_round_trip_for_any_text(text):
    safe = neutralize(text)
    assert restore(safe) == text
    assert not safe or safe[0] not in TRIGGERS
