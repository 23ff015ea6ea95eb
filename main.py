"""FLARE Monitor entry point: `python main.py ...` and the installed `flare-monitor ...` are the same.

parse args → folders → logging → excepthook → migrate (inside the command or the app) → GUI or CLI.
"""

from __future__ import annotations

import argparse
import logging
import sys


def _utf8_console() -> None:
    # Windows consoles default to a code page that cannot print Cyrillic, Chinese or Devanagari names.
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(encoding="utf-8", errors="replace")
            except (ValueError, OSError):
                pass


def _log_uncaught(exc_type, exc, tb) -> None:
    from flare_monitor.logsetup import print_safe_traceback

    logging.getLogger("flare_monitor").critical("Unhandled error", exc_info=(exc_type, exc, tb))
    if exc is None or not isinstance(exc, BaseException):
        sys.__excepthook__(exc_type, exc, tb)
        return
    print_safe_traceback(exc.with_traceback(tb))  # a database error's values never reach the console


def _self_check() -> int:
    """The installation's end-to-end check; the window's part whenever Qt is there (always when frozen)."""
    import importlib.util

    from flare_monitor.paths import is_frozen
    from flare_monitor.selfcheck import run_self_check

    if is_frozen() or importlib.util.find_spec("PySide6") is not None:
        from ui.selfcheck import gui_steps

        return run_self_check(gui_steps)
    return run_self_check()


def _desktop_args(argv: list[str] | None) -> argparse.Namespace | None:
    """`flare-monitor` or `flare-monitor --db X` alone opens the window without importing the modules of
    every command (they would delay its first paint); anything else goes to the full command line."""
    words = sys.argv[1:] if argv is None else list(argv)
    if not words:
        return argparse.Namespace(db=None, command=None)
    if len(words) == 2 and words[0] == "--db" and not words[1].startswith("-"):
        return argparse.Namespace(db=words[1], command=None)
    if len(words) == 1 and words[0].startswith("--db=") and len(words[0]) > len("--db="):
        return argparse.Namespace(db=words[0].removeprefix("--db="), command=None)
    return None


def main(argv: list[str] | None = None) -> int:
    from flare_monitor.logsetup import setup_logging

    _utf8_console()
    desktop = _desktop_args(argv)
    if desktop is not None:
        setup_logging()
        sys.excepthook = _log_uncaught
        from ui.app import run_app

        return run_app(desktop)
    from flare_monitor.cli import build_parser, execute

    parser = build_parser()
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="check this installation end to end in a temporary folder (database, demo data, indicators, "
        "report, window); exit 0 only when everything works",
    )
    args = parser.parse_args(argv)
    if args.self_check and args.command is not None:
        parser.error("--self-check runs on its own, without a command")
    setup_logging()
    sys.excepthook = _log_uncaught
    if args.self_check:
        return _self_check()
    if args.command is None:
        from ui.app import run_app

        return run_app(args)
    return execute(args)


if __name__ == "__main__":
    sys.exit(main())
