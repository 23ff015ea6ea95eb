"""fold(): the quick path for ASCII text gives exactly what the Unicode path gives."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from flare_monitor.text import _is_latin_base, fold


def unicode_fold(text: str) -> str:
    """The general path of fold(), applied to any text (ASCII included)."""
    kept, base = [], ""
    for ch in unicodedata.normalize("NFKD", text):
        if unicodedata.combining(ch):
            if base and _is_latin_base(base):
                continue
        else:
            base = ch
        kept.append(ch)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", "".join(kept)).casefold()).strip()


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_quick_path_matches_the_unicode_path(text):
    assert fold(text) == unicode_fold(text)


@given(st.text())
def test_any_text(text):
    assert fold(text) == unicode_fold(text)


def test_examples():
    assert fold("  Ahmed\tKHAN \n") == "ahmed khan"
    assert fold("José  Pérez") == "jose perez"
    assert fold("Бат-Эрдэнэ") == "бат-эрдэнэ"
