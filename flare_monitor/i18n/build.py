"""Build step of the core's catalogues: ``python -m flare_monitor.i18n.build [--compile-only | --if-stale]``.

Babel extracts every marked message of flare_monitor/ (``_()``, ``N_()``, ``NP_()``, ``ngettext()``,
``pgettext()`` and the Translator's ``gettext()``/``ngettext()``) and merges them into each language's
resources/locale/<lang>/LC_MESSAGES/flare_monitor.po (keeping the translations made, dropping messages
no longer in the code, no source locations so that a moved line changes nothing); each .po is then
compiled into its .mo beside it (generated, never committed). ui/i18n_build.py runs this with the Qt
step, for ``dev.py setup``/``dev.py translations`` and the packaging build.
"""

from __future__ import annotations

import sys
from pathlib import Path

from flare_monitor.i18n.catalogue import DOMAIN, mo_file, po_file
from flare_monitor.i18n.languages import TRANSLATED

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "flare_monitor"
LOCALE = ROOT / "resources" / "locale"
KEYWORDS = {
    "_": None,
    "N_": None,
    "gettext": None,
    "NP_": ((1, "c"), 2),
    "pgettext": ((1, "c"), 2),
    "ngettext": (1, 2),
    "npgettext": ((1, "c"), 2, 3),
}
WIDTH = 110
# The plural rule of each language as gettext writes it (Spanish: the two forms of GNU gettext, not
# CLDR's third "many" form of round millions, which no message of ours needs).
PLURAL_FORMS = {"es": "nplurals=2; plural=(n != 1);", "fr": "nplurals=2; plural=(n > 1);"}


def new_catalog(language: str):
    """An empty catalogue of `language` with the project's header."""
    import io

    from babel.messages.pofile import read_po

    header = (
        'msgid ""\nmsgstr ""\n'
        '"Project-Id-Version: FLARE Monitor\\n"\n'
        f'"Language: {language}\\n"\n'
        f'"Plural-Forms: {PLURAL_FORMS[language]}\\n"\n'
        '"MIME-Version: 1.0\\n"\n'
        '"Content-Type: text/plain; charset=utf-8\\n"\n'
        '"Content-Transfer-Encoding: 8bit\\n"\n'
    )
    return read_po(io.BytesIO(header.encode()), locale=language, domain=DOMAIN)


def po_files(folder: Path | None = None) -> list[Path]:
    return [po_file(lang, folder or LOCALE) for lang in TRANSLATED]


def extract():
    """The catalogue template: every message marked in flare_monitor/."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_dir

    template = Catalog(project="FLARE Monitor", domain=DOMAIN, fuzzy=False)
    found = extract_from_dir(
        str(SOURCES),
        method_map=[("**.py", "python")],
        keywords=KEYWORDS,
        comment_tags=("Translators:",),
        strip_comment_tags=True,
    )
    for filename, lineno, message, comments, context in found:
        if "build.py" in filename and "i18n" in filename:
            continue
        template.add(message, None, [(filename, lineno)], auto_comments=comments, context=context)
    return template


def read(path: Path):
    from babel.messages.pofile import read_po

    with path.open("rb") as file:
        return read_po(file)


def write(catalog, path: Path) -> None:
    from babel.messages.pofile import write_po

    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as file:
        write_po(file, catalog, width=WIDTH, no_location=True, omit_header=False, sort_output=True,
                 ignore_obsolete=True, include_previous=False)  # fmt: skip


def update(folder: Path | None = None) -> list[Path]:
    """Merge the messages of the code into each .po (new ones untranslated, gone ones dropped)."""
    template = extract()
    written = []
    for language, path in zip(TRANSLATED, po_files(folder), strict=True):
        catalog = read(path) if path.exists() else new_catalog(language)
        template.creation_date = catalog.creation_date  # no date that changes at every run
        catalog.update(template, no_fuzzy_matching=True, update_header_comment=False)
        catalog.obsolete.clear()
        catalog.fuzzy = False
        write(catalog, path)
        written.append(path)
    return written


def compile_all(folder: Path | None = None, out: Path | None = None) -> list[Path]:
    """Each .po compiled into its .mo (beside it, or under ``out``)."""
    from flare_monitor.i18n.catalogue import compile_po

    written = []
    for language in TRANSLATED:
        source = po_file(language, folder or LOCALE)
        target = mo_file(language, out or folder or LOCALE)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(compile_po(source))
        written.append(target)
    return written


def stale(folder: Path | None = None) -> bool:
    for language in TRANSLATED:
        po, mo = po_file(language, folder or LOCALE), mo_file(language, folder or LOCALE)
        if not mo.exists() or mo.stat().st_mtime < po.stat().st_mtime:
            return True
    return False


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args == ["--compile-only"]:
        written = compile_all()
    elif args == ["--if-stale"]:
        written = compile_all() if stale() else []
    elif not args:
        update()
        written = compile_all()
    else:
        print("usage: python -m flare_monitor.i18n.build [--compile-only | --if-stale]", file=sys.stderr)
        return 2
    for path in written:
        print(f"compiled {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
