"""The compiled catalogues: one per language, found in resources/locale/<lang>/LC_MESSAGES/.

`python dev.py setup` (and the packaging build) compile each .po into its .mo; a source checkout where
the .mo is missing or older than its .po reads the .po itself, so a message never shows in English
only because a build step was skipped.
"""

from __future__ import annotations

import functools
import gettext
import io
import logging
from pathlib import Path

from flare_monitor.i18n.languages import LANGUAGES, SOURCE

log = logging.getLogger(__name__)

DOMAIN = "flare_monitor"


def locale_dir() -> Path:
    from flare_monitor.paths import resources_dir

    return resources_dir() / "locale"


def po_file(language: str, folder: Path | None = None) -> Path:
    return (folder or locale_dir()) / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def mo_file(language: str, folder: Path | None = None) -> Path:
    return po_file(language, folder).with_suffix(".mo")


@functools.cache
def translations(language: str) -> gettext.NullTranslations:
    """The catalogue of `language` (English and unknown languages: the message ids themselves)."""
    if language == SOURCE or language not in LANGUAGES:
        return gettext.NullTranslations()
    po, mo = po_file(language), mo_file(language)
    try:
        if mo.exists() and (not po.exists() or mo.stat().st_mtime >= po.stat().st_mtime):
            with mo.open("rb") as file:
                return gettext.GNUTranslations(file)
        if po.exists():
            return gettext.GNUTranslations(io.BytesIO(compile_po(po)))
    except (OSError, ValueError) as exc:
        log.warning("catalogue of %s not read: %s", language, exc)
        return gettext.NullTranslations()
    log.warning("no catalogue for %s in %s", language, locale_dir())
    return gettext.NullTranslations()


def compile_po(po: Path) -> bytes:
    """The .mo of a .po file, in memory (fuzzy entries left out, as msgfmt does)."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po.open("rb") as file:
        catalog = read_po(file)
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def reload() -> None:
    """Forget the loaded catalogues (after a build, in tests)."""
    translations.cache_clear()
