"""Formula-injection guard for exported cells (CSV and XLSX alike).

Excel, LibreOffice and Google Sheets run a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a
formula, and a leading tab or carriage return can hide such a prefix. A participant called
``=HYPERLINK("http://evil","click")`` must reach the donor as text, so every text cell of an export
gets a leading apostrophe when it starts with one of those characters (the OWASP rule). Numbers are
never touched: a negative number stays a number.

`restore` undoes `neutralize` when we read our own exports back. So that the pair is an exact
round trip for every string, a text that already starts with apostrophes followed by a trigger
(``'=x``, ``''+1``) also gets one more apostrophe, and `restore` removes exactly one.
"""

from __future__ import annotations

from typing import Any

TRIGGERS = frozenset("=+-@\t\r")


def _needs_prefix(text: str) -> bool:
    """True for ``^'*[trigger]``: a trigger, possibly behind apostrophes we (or a user) put there."""
    stripped = text.lstrip("'")
    return bool(stripped) and stripped[0] in TRIGGERS


def neutralize(value: Any) -> Any:
    """Prefix ``'`` to a string a spreadsheet would read as a formula; anything else unchanged."""
    if isinstance(value, str) and _needs_prefix(value):
        return "'" + value
    return value


def restore(value: Any) -> Any:
    """Remove the apostrophe `neutralize` added; strings without one and non-strings unchanged."""
    if isinstance(value, str) and value.startswith("'") and _needs_prefix(value):
        return value[1:]
    return value
