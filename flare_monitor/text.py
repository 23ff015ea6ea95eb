"""Text normalisation shared by search, duplicate detection and imports."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def _is_latin_base(ch: str) -> bool:
    # Accents are dropped only on Latin letters: "José" → "jose". Marks on Devanagari or Arabic
    # letters carry meaning, so they stay.
    code = ord(ch)
    return code < 0x250 or 0x1E00 <= code <= 0x1EFF


def fold(text: str | None) -> str:
    """Case-, accent- and space-insensitive form of `text`, for search columns and matching.

    SQLite's LIKE folds ASCII only, so every searchable name is stored folded and searched with a
    folded pattern: "ба" finds "Бат-Эрдэнэ", "jose" finds "José".
    """
    if not text:
        return ""
    if text.isascii():  # most names in most sheets: nothing to decompose, casefold is lower()
        return _SPACES.sub(" ", text.lower()).strip()
    decomposed = unicodedata.normalize("NFKD", text)
    kept: list[str] = []
    base = ""
    for ch in decomposed:
        if unicodedata.combining(ch):
            if base and _is_latin_base(base):
                continue
        else:
            base = ch
        kept.append(ch)
    composed = unicodedata.normalize("NFC", "".join(kept)).casefold()
    return _SPACES.sub(" ", composed).strip()


def name_key(text: str | None) -> str:
    """Folded name with its words sorted, so "Khan Ahmed" and "ahmed  KHAN" match."""
    words = re.split(r"[\s,.\-']+", fold(text))
    return " ".join(sorted(w for w in words if w))


def normalize_phone(text: str | None) -> str:
    """Digits of a phone number, with a leading + kept: "+92 (300) 123-4567" → "+923001234567"."""
    if not text:
        return ""
    text = text.strip()
    digits = re.sub(r"\D", "", text)
    if text.startswith("00") and digits.startswith("00"):
        return "+" + digits[2:]
    return ("+" if text.startswith("+") else "") + digits


def clean(text: str | None) -> str | None:
    """Trim and collapse inner whitespace; empty → None."""
    if text is None:
        return None
    text = _SPACES.sub(" ", str(text)).strip()
    return text or None
