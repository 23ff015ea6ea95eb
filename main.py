"""FLARE Monitor entry point: `python main.py ...` and the installed `flare-monitor ...` are the same.

parse args → folders → logging → excepthook → migrate (inside the command or the app) → GUI or CLI.
"""

from __future__ import annotations

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
    logging.getLogger("flare_monitor").critical("Unhandled error", exc_info=(exc_type, exc, tb))
    sys.__excepthook__(exc_type, exc, tb)


def main(argv: list[str] | None = None) -> int:
    from flare_monitor.cli import build_parser, execute
    from flare_monitor.logsetup import setup_logging

    _utf8_console()
    parser = build_parser()
    args = parser.parse_args(argv)
    setup_logging()
    sys.excepthook = _log_uncaught
    if args.command is None:
        from ui.app import run_app

        return run_app(args)
    return execute(args)


if __name__ == "__main__":
    sys.exit(main())
