"""Shaped words (Devanagari, Thai) drawn right and kept searchable: per font, and with /ActualText.

HarfBuzz turns "तालिम" into glyphs in drawing order — the i-matra before the consonant it follows in
writing, conjuncts as one glyph — and ReportLab gives glyphs without a character of their own codes in the
Private Use Area. A reader searching or copying the PDF would get "ता\\ue001लम". PDF's answer is a
marked-content span around the glyphs whose /ActualText is the text as written; Acrobat, poppler and pdf.js
extract and search that.

`install()` wraps two ReportLab functions (once per process): the paragraph's word shaping, which records
on the first shaped piece of each word the word as written (the word's other pieces carry an empty text),
and the text object's output, which puts such a piece between `/Span <</ActualText …>> BDC` and `EMC`.

The shaping wrapper also shapes each font of a word on its own. In a paragraph HarfBuzz shapes (one holding
Devanagari), ReportLab shapes a whole word with the font of its first letter and then looks the glyphs up in
each piece's own font: "南宁;" came out as the two characters and a box, the semicolon's glyph number in
the Chinese font being another glyph, or none, in Noto Sans. Words in one font are left as ReportLab shapes
them.
"""

from __future__ import annotations

import threading

_lock = threading.Lock()
_installed = False


def _utf16_hex(text: str) -> str:
    return "FEFF" + text.encode("utf-16-be").hex().upper()


def _source_text(word) -> str:
    return "".join(s for _f, s in word[1:] if isinstance(s, str))


def install() -> None:
    """Wrap ReportLab's shaping and text output (idempotent, thread-safe)."""
    global _installed
    if _installed:
        return
    with _lock:
        if _installed:
            return
        from reportlab.pdfbase import ttfonts
        from reportlab.pdfgen import textobject
        from reportlab.platypus import paragraph

        from flare_monitor.reports.fonts import needs_shaping

        shape = paragraph.shapeFragWord

        def shape_by_font(word, *args, **kwargs):
            """Shape each run of one font on its own (see the module docstring)."""
            if not isinstance(word, list) or isinstance(word, ttfonts.ShapedFragWord) or len(word) < 3:
                return shape_with_text(word, *args, **kwargs)
            pieces = word[1:]
            if any(hasattr(f, "cbDefn") for f, _s in pieces):
                return shape_with_text(word, *args, **kwargs)
            groups: list[list] = []
            for frag, text in pieces:
                if groups and groups[-1][0][0].fontName == frag.fontName:
                    groups[-1].append((frag, text))
                else:
                    groups.append([(frag, text)])
            if len(groups) == 1:
                return shape_with_text(word, *args, **kwargs)
            from reportlab.pdfbase.pdfmetrics import stringWidth

            width = 0.0
            result = []
            shaped_any = False
            for group in groups:
                measure = sum(stringWidth(t, f.fontName, f.fontSize) for f, t in group)
                part = shape_with_text(word.__class__([measure, *group]), *args, **kwargs)
                shaped_any = shaped_any or isinstance(part, ttfonts.ShapedFragWord)
                width += part[0]
                result += list(part[1:])
            if not shaped_any:
                return word
            return ttfonts.makeShapedFragWord(word)([width, *result])

        def shape_with_text(word, *args, **kwargs):
            source = _source_text(word) if isinstance(word, list) and len(word) > 1 else ""
            shaped = shape(word, *args, **kwargs)
            if shaped is word or not needs_shaping(source) or not isinstance(shaped, ttfonts.ShapedFragWord):
                return shaped
            first = True
            for index, item in enumerate(shaped[1:], start=1):
                frag, text = item
                if isinstance(text, ttfonts.ShapedStr):
                    text.actual_text = source if first else ""
                    first = False
                    shaped[index] = (frag, text)
            return shaped

        format_text = textobject.PDFTextObject._formatText

        def format_with_actual_text(self, text):
            code = format_text(self, text)
            actual = getattr(text, "actual_text", None)
            if actual is None:
                return code
            return f"/Span <</ActualText <{_utf16_hex(actual)}>>> BDC {code} EMC"

        paragraph.shapeFragWord = shape_by_font
        textobject.PDFTextObject._formatText = format_with_actual_text
        _installed = True


__all__ = ["install"]
