"""Logging to a rotating file in the per-user logs folder (a windowed build has no console)."""

from __future__ import annotations

import logging
import logging.handlers

from flare_monitor import paths


def setup_logging(verbose: bool = False) -> None:
    root = logging.getLogger()
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    try:
        folder = paths.logs_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / "flare-monitor.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:  # a read-only profile must not stop the app; log nowhere rather than crash
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
