"""Fonts of the donor report: the shipped TTFs, split of text into script runs, safe Paragraph markup.

ReportLab has no font fallback: a Paragraph draws every character with the font it is told to use,
and a missing glyph becomes a box (tofu). So every user string goes through `markup()`, which

1. escapes it (`xml.sax.saxutils.escape`): `<font size=30>`, `<img src=…>` or an unclosed `<i>` in a
   name must print as typed, never be interpreted;
2. splits it into runs of one script (`script_runs`) and wraps each non-Latin run in
   `<font name=…>` with the font that has its glyphs (Noto Sans covers Latin, Cyrillic and Greek);
3. reshapes and reorders Arabic-script runs (Urdu, Arabic) with arabic-reshaper and python-bidi, so
   they are drawn joined and right to left with shaping off;
4. leaves Devanagari (and Thai) runs to HarfBuzz: a Paragraph holding them needs a style with
   `shaping=1` — `needs_shaping(text)` tells, and `styles.para()` picks such a style.

Punctuation, digits and spaces go with the base font (the script fonts lack most of them), except
where they sit inside a run of one script (spaces between two Urdu words stay in the run so bidi
orders the words; a comma inside a Devanagari run stays there, the font has it).
"""

from __future__ import annotations

import threading
import unicodedata
from pathlib import Path
from xml.sax.saxutils import escape

from flare_monitor import paths
from flare_monitor.i18n import _

LATIN = "latin"
DEVANAGARI = "devanagari"
ARABIC = "arabic"
CJK = "cjk"
THAI = "thai"

# Registered ReportLab names (regular, bold). The PDF's /BaseFont is the face name in the file,
# e.g. "NotoSansDevanagari-Regular", "DroidSansFallback".
BASE_FONT = "NotoSans"
BASE_BOLD = "NotoSans-Bold"
BASE_ITALIC = "NotoSans-Italic"
SCRIPT_FONTS: dict[str, tuple[str, str]] = {
    DEVANAGARI: ("NotoSansDevanagari", "NotoSansDevanagari-Bold"),
    ARABIC: ("NotoNaskhArabic", "NotoNaskhArabic-Bold"),
    CJK: ("DroidSansFallback", "DroidSansFallback"),
    THAI: ("NotoSansThai", "NotoSansThai-Bold"),
}
_FILES = {
    "NotoSans": "NotoSans-Regular.ttf",
    "NotoSans-Bold": "NotoSans-Bold.ttf",
    "NotoSans-Italic": "NotoSans-Italic.ttf",
    "NotoSansDevanagari": "NotoSansDevanagari-Regular.ttf",
    "NotoSansDevanagari-Bold": "NotoSansDevanagari-Bold.ttf",
    "NotoNaskhArabic": "NotoNaskhArabic-Regular.ttf",
    "NotoNaskhArabic-Bold": "NotoNaskhArabic-Bold.ttf",
    "DroidSansFallback": "DroidSansFallbackFull.ttf",
    "NotoSansThai": "NotoSansThai-Regular.ttf",
    "NotoSansThai-Bold": "NotoSansThai-Bold.ttf",
}
# Arabic script is reshaped and reordered before ReportLab sees it: HarfBuzz must not shape it again.
_UNSHAPED = {"NotoNaskhArabic", "NotoNaskhArabic-Bold"}
SHAPED_SCRIPTS = (DEVANAGARI, THAI)

_lock = threading.Lock()
_registered = False

_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0600, 0x06FF, ARABIC),
    (0x0750, 0x077F, ARABIC),
    (0x0870, 0x08FF, ARABIC),
    (0x0900, 0x097F, DEVANAGARI),
    (0x0E00, 0x0E7F, THAI),
    (0x1CD0, 0x1CFF, DEVANAGARI),
    (0x2E80, 0x2FDF, CJK),
    (0x2FF0, 0x31FF, CJK),
    (0x3200, 0x4DBF, CJK),
    (0x4E00, 0x9FFF, CJK),
    (0xA8E0, 0xA8FF, DEVANAGARI),
    (0xAC00, 0xD7AF, CJK),
    (0xF900, 0xFAFF, CJK),
    (0xFB50, 0xFDFF, ARABIC),
    (0xFE30, 0xFE4F, CJK),
    (0xFE70, 0xFEFF, ARABIC),
    (0xFF00, 0xFFEF, CJK),
    (0x20000, 0x3FFFF, CJK),
)
_JOINERS = {"\u200c", "\u200d"}


def font_dir() -> Path:
    return paths.resource_path("resources", "fonts")


def font_file(name: str) -> Path:
    """The TTF of a registered font name (also used by the charts' matplotlib fonts)."""
    return font_dir() / _FILES[name]


def font_files() -> list[Path]:
    """Every TTF the report needs (the self-check makes sure a build shipped them all)."""
    return [font_dir() / file for file in _FILES.values()]


def register_fonts() -> None:
    """Register the shipped TTFs with ReportLab once per process (thread-safe, idempotent)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        for name, file in _FILES.items():
            path = font_dir() / file
            if not path.exists():
                from flare_monitor.errors import EnvironmentProblem

                raise EnvironmentProblem(
                    _("The report font {path} is missing; reinstall FLARE Monitor.", path=path)
                )
            pdfmetrics.registerFont(TTFont(name, str(path), shapable=name not in _UNSHAPED))
        pdfmetrics.registerFontFamily(
            BASE_FONT, normal=BASE_FONT, bold=BASE_BOLD, italic=BASE_ITALIC, boldItalic=BASE_BOLD
        )
        for regular, bold in SCRIPT_FONTS.values():
            pdfmetrics.registerFontFamily(regular, normal=regular, bold=bold, italic=regular, boldItalic=bold)
        from flare_monitor.reports import actual_text

        actual_text.install()  # shaped words per font, and searchable as they were written
        _registered = True


def script_of(ch: str) -> str | None:
    """The script of a strong character; None for neutrals (spaces, digits, punctuation, marks)."""
    code = ord(ch)
    if code < 0x0590:
        return LATIN if ch.isalpha() else None
    for low, high, script in _RANGES:
        if low <= code <= high:
            if script == ARABIC and ch.isdigit():
                return ARABIC  # Arabic-Indic digits: the Naskh font has them
            return script
    if unicodedata.category(ch)[0] in "LS" and not ch.isspace():
        return LATIN
    return None


def script_runs(text: str) -> list[tuple[str, str]]:
    """Split text into (script, run) in logical order; neutrals join the base (Latin) font runs.

    A neutral character between two characters of the same non-Latin script stays in that run
    (so "محمد علی" is one run), as do combining marks and joiners after a non-Latin character.
    """
    scripts: list[str | None] = [script_of(ch) for ch in text]
    # combining marks and joiners take the script of what they follow
    for i, ch in enumerate(text):
        if scripts[i] is None and i and (unicodedata.combining(ch) or ch in _JOINERS):
            scripts[i] = scripts[i - 1]
    # neutrals between two characters of the same non-Latin script belong to that run
    resolved: list[str] = []
    i = 0
    while i < len(text):
        if scripts[i] is not None:
            resolved.append(scripts[i])  # type: ignore[arg-type]
            i += 1
            continue
        j = i
        while j < len(text) and scripts[j] is None:
            j += 1
        before = scripts[i - 1] if i else None
        after = scripts[j] if j < len(text) else None
        resolved.extend(_neutral_scripts(text[i:j], before, after))
        i = j
    runs: list[tuple[str, str]] = []
    for ch, script in zip(text, resolved, strict=True):
        if runs and runs[-1][0] == script:
            runs[-1] = (script, runs[-1][1] + ch)
        else:
            runs.append((script, ch))
    return runs


# Neutrals each script font can draw inside its own runs (checked against the shipped TTFs).
_INNER_NEUTRALS = {
    DEVANAGARI: set(" ,.;:()-0123456789'\"!?/"),
    ARABIC: set(" ،؛؟.,:0123456789"),
    CJK: set(" "),
    THAI: set(" "),
}


def _neutral_scripts(chars: str, before: str | None, after: str | None) -> list[str]:
    """The scripts of a run of neutrals between two strong characters (None = text edge)."""
    if before is not None and before == after and before != LATIN and _font_has_all(before, chars):
        return [before] * len(chars)
    result = [LATIN] * len(chars)
    # A word of a shaped script and the punctuation glued to it are shaped as one word by HarfBuzz,
    # with the font of its first character: keep them in one font.
    head = len(chars) - len(chars.lstrip())
    head = len(chars) if not chars.strip() else len(chars.split()[0]) if head == 0 else 0
    if before in SHAPED_SCRIPTS and head and _font_has_all(before, chars[:head]):
        result[:head] = [before] * head
    tail = len(chars) - len(chars.rstrip())
    tail = 0 if tail or not chars.strip() else len(chars.split()[-1])
    if after in SHAPED_SCRIPTS and tail and _font_has_all(after, chars[-tail:]):
        result[-tail:] = [after] * tail
    return result


def _font_has_all(script: str | None, chars: str) -> bool:
    allowed = _INNER_NEUTRALS.get(script or "", set())
    return all(ch in allowed for ch in chars)


def needs_shaping(text: str | None) -> bool:
    """True when the text holds a script that ReportLab must shape with HarfBuzz (Devanagari, Thai)."""
    if not text:
        return False
    return any(script_of(ch) in SHAPED_SCRIPTS for ch in text)


def _visual_arabic(run: str) -> str:
    """Arabic-script run → joined presentation forms in visual (left-to-right drawing) order."""
    import arabic_reshaper
    from bidi import get_display

    return get_display(arabic_reshaper.reshape(run))


def markup(text: object, base_font: str = BASE_FONT) -> str:
    """Paragraph markup for a user string: escaped, each non-Latin run in the font that draws it.

    `base_font` is the paragraph style's font; when it is a bold face the script fonts are bold too.
    Line breaks become <br/>. Nothing of the text is ever read as markup.
    """
    if text is None:
        return ""
    value = str(text)
    if not value:
        return ""
    bold = "bold" in base_font.lower()
    lines = value.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "<br/>".join(_line_markup(clean(line), bold) for line in lines)


def _glyphs(name: str) -> dict:
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    return pdfmetrics.getFont(name).face.charToGlyph


def drawable(ch: str) -> bool:
    """True when the font of the character's script (Noto Sans for Latin, Cyrillic, Greek and symbols)
    has a glyph for it: anything else would print as an empty box or nothing at all."""
    script = script_of(ch) or LATIN
    name = BASE_FONT if script == LATIN else SCRIPT_FONTS[script][0]
    return ord(ch) in _glyphs(name) or ord(ch) in _glyphs(BASE_FONT)


_KEPT = {"\t", " ", "\u00a0", *_JOINERS}


def clean(text: str) -> str:
    """User text the report can draw: tabs become spaces; control and format characters (a bell, a
    zero-width space, a bidi override) and characters no shipped font has (emoji and their variation
    selectors) are dropped, rather than printed as an empty box or an invisible gap."""
    if text.isascii() and text.isprintable():
        return text
    kept = []
    for ch in text:
        if ch in _KEPT:
            kept.append(" " if ch == "\t" else ch)
            continue
        category = unicodedata.category(ch)
        if category in ("Cc", "Cf", "Cs", "Co", "Cn"):
            continue
        if category.startswith("Z") or drawable(ch):
            kept.append(ch)
    return "".join(kept)


def _line_markup(line: str, bold: bool) -> str:
    parts: list[str] = []
    for script, run in script_runs(line):
        if script == LATIN:
            parts.append(escape(run))
            continue
        font = SCRIPT_FONTS[script][1 if bold else 0]
        if script == ARABIC:
            run = _visual_arabic(run)
        # Spaces stay outside the <font> tags (they wrap lines in the base font).
        words = run.split(" ")
        parts.append(" ".join(f'<font name="{font}">{escape(w)}</font>' if w else "" for w in words))
    return "".join(parts)


def has_rtl(text: str | None) -> bool:
    """True when the text holds right-to-left script (Urdu, Arabic): see `bidi.BidiParagraph`."""
    return bool(text) and any(script_of(ch) == ARABIC for ch in text)


def base_direction(text: str) -> str:
    """ "R" when the first strong character is right-to-left, else "L" (the Unicode bidi rule P2)."""
    for ch in text:
        script = script_of(ch)
        if script is not None:
            return "R" if script == ARABIC else "L"
    return "L"


def visual_line_markup(line: str, bold: bool = False, direction: str = "L") -> str:
    """Markup for one line of a paragraph: Arabic letters joined, the whole line put in display order by the
    Unicode bidi algorithm (base `direction`), then each run in its font, nothing reordered again."""
    import arabic_reshaper
    from bidi import get_display

    visual = get_display(arabic_reshaper.reshape(clean(line)), base_dir=direction)
    parts: list[str] = []
    for script, run in script_runs(visual):
        if script == LATIN:
            parts.append(escape(run))
            continue
        font = SCRIPT_FONTS[script][1 if bold else 0]
        words = run.split(" ")
        parts.append(" ".join(f'<font name="{font}">{escape(w)}</font>' if w else "" for w in words))
    return "".join(parts)


def plain(text: object) -> str:
    """Escaped text without font changes, for strings known to be Latin (labels, numbers)."""
    return "" if text is None else escape(str(text))


__all__ = [
    "ARABIC",
    "BASE_BOLD",
    "BASE_FONT",
    "BASE_ITALIC",
    "CJK",
    "DEVANAGARI",
    "LATIN",
    "SCRIPT_FONTS",
    "THAI",
    "font_file",
    "markup",
    "needs_shaping",
    "plain",
    "register_fonts",
    "script_of",
    "script_runs",
]
