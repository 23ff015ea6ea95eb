"""The UI font: one family with fallbacks so Latin, Cyrillic, Chinese, Devanagari and Urdu all render.

Fonts shipped in resources/fonts are registered first; then the first installed family of each script
is put in the fallback list (Qt picks per character from the substitutes).
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from flare_monitor.paths import resource_path

log = logging.getLogger(__name__)

# Preferred families per script, best first (Windows, Debian/Ubuntu, shipped).
CANDIDATES = {
    "latin": ["Segoe UI", "Noto Sans", "DejaVu Sans"],
    "cjk": ["Microsoft YaHei", "Noto Sans CJK SC", "Droid Sans Fallback", "WenQuanYi Micro Hei"],
    "devanagari": ["Nirmala UI", "Noto Sans Devanagari", "Lohit Devanagari", "Mangal"],
    "arabic": ["Segoe UI", "Noto Naskh Arabic", "Noto Sans Arabic", "DejaVu Sans"],
    "cyrillic": ["Segoe UI", "Noto Sans", "DejaVu Sans"],
}
# A sample character of each script, to check that a family really covers it.
SAMPLES = {"latin": "A", "cjk": "中", "devanagari": "क", "arabic": "ک", "cyrillic": "Б"}
WRITING_SYSTEMS = {
    "latin": QFontDatabase.WritingSystem.Latin,
    "cjk": QFontDatabase.WritingSystem.SimplifiedChinese,
    "devanagari": QFontDatabase.WritingSystem.Devanagari,
    "arabic": QFontDatabase.WritingSystem.Arabic,
    "cyrillic": QFontDatabase.WritingSystem.Cyrillic,
}


def register_shipped_fonts() -> None:
    folder = resource_path("resources", "fonts")
    if not folder.is_dir():
        return
    for path in sorted(folder.glob("*.[ot]tf")):
        if QFontDatabase.addApplicationFont(str(path)) < 0:
            log.warning("could not load the font %s", path)


def pick_families() -> dict[str, str | None]:
    """{script: family} of the first installed candidate that supports the script (None if none)."""
    installed = set(QFontDatabase.families())
    chosen: dict[str, str | None] = {}
    for script, names in CANDIDATES.items():
        chosen[script] = next(
            (
                n
                for n in names
                if n in installed and WRITING_SYSTEMS[script] in QFontDatabase.writingSystems(n)
            ),
            None,
        )
    return chosen


def missing_scripts() -> list[str]:
    return [script for script, family in pick_families().items() if family is None]


def apply_font(app: QApplication, point_size: int = 10) -> QFont:
    register_shipped_fonts()
    families = pick_families()
    ordered = [families["latin"] or QFont().defaultFamily()]
    for script in ("cyrillic", "arabic", "devanagari", "cjk"):
        family = families[script]
        if family and family not in ordered:
            ordered.append(family)
    font = QFont()
    font.setFamilies(ordered)
    font.setPointSize(point_size)
    app.setFont(font)
    missing = [s for s, f in families.items() if f is None]
    if missing:
        log.info("no installed font for: %s", ", ".join(missing))
    return font
