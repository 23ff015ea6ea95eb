"""Build step of the translations: ``python -m ui.i18n_build [--check]``.

lupdate refreshes ``resources/translations/*.ts`` from the sources in ui/ (keeping the translations
already made, dropping obsolete ones), then lrelease compiles each into its ``.qm`` beside it. The
core's catalogues (resources/locale/<lang>/LC_MESSAGES/flare_monitor.po, flare_monitor.i18n.build) are
refreshed and compiled to ``.mo`` in the same step. The ``.qm`` and ``.mo`` files are generated, never
committed. Used by ``dev.py translations``/``dev.py setup`` and by the packaging build. Imports no Qt
module: it runs the Qt tools shipped in the PySide6 wheel.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

from flare_monitor.i18n import TRANSLATED
from flare_monitor.i18n import build as core_catalogues

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = TRANSLATED  # the one list: flare_monitor.i18n.languages


def ts_files() -> list[Path]:
    return [TRANSLATIONS / f"flare_monitor_{lang}.ts" for lang in LANGUAGES]


# English needs a translation of its own only for its plural forms ("%n rows" → "1 row", "2 rows"):
# lupdate -pluralonly keeps just the texts with a count.
PLURALS_TS = TRANSLATIONS / "flare_monitor_en.ts"


def qm_for(ts: Path, folder: Path | None = None) -> Path:
    return (folder or ts.parent) / ts.with_suffix(".qm").name


def qt_tool(name: str) -> Path:
    """A Qt tool of the PySide6 wheel (as its pyside6-<tool> wrapper finds it), without importing Qt."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        raise SystemExit("PySide6 is not installed in this Python: run `python dev.py setup` first.")
    folder = Path(spec.origin).parent
    return folder / (f"{name}.exe" if sys.platform == "win32" else name)


def ui_sources() -> list[Path]:
    """Every Python file of the UI, in a stable order (stable .ts locations)."""
    return sorted(UI.rglob("*.py"), key=lambda p: p.relative_to(ROOT).as_posix())


def update_sources(ts: list[Path] | None = None) -> None:
    """lupdate: add new source texts, keep existing translations, drop texts no longer in the UI."""
    targets = ts or ts_files()
    sources = [str(p.relative_to(ROOT)) for p in ui_sources()]
    command = [str(qt_tool("lupdate")), "-silent", "-no-obsolete", "-locations", "relative", *sources]
    subprocess.run([*command, "-ts", *(str(t) for t in targets)], cwd=ROOT, check=True)
    if ts is None:
        subprocess.run([*command, "-pluralonly", "-ts", str(PLURALS_TS)], cwd=ROOT, check=True)


def compile_all(ts: list[Path] | None = None, out: Path | None = None) -> list[Path]:
    """lrelease: one .qm per .ts (beside it, or in ``out``); returns the written files."""
    written = []
    for source in ts or [*ts_files(), PLURALS_TS]:
        target = qm_for(source, out)
        target.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [str(qt_tool("lrelease")), "-silent", str(source), "-qm", str(target)], cwd=ROOT, check=True
        )
        written.append(target)
    return written


def stale() -> bool:
    """True when a .qm is missing or older than its .ts (dev.py setup rebuilds them then)."""
    for ts in [*ts_files(), PLURALS_TS]:
        qm = qm_for(ts)
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            return True
    return False


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args == ["--compile-only"]:  # the packaging build: the committed .ts and .po files as they are
        written = compile_all() + core_catalogues.compile_all()
    elif args == ["--if-stale"]:  # dev.py setup: quiet when nothing changed
        written = (compile_all() if stale() else []) + (
            core_catalogues.compile_all() if core_catalogues.stale() else []
        )
    elif not args:
        update_sources()
        core_catalogues.update()
        written = compile_all() + core_catalogues.compile_all()
    else:
        print("usage: python -m ui.i18n_build [--compile-only | --if-stale]", file=sys.stderr)
        return 2
    for qm in written:
        print(f"compiled {qm.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
