"""The log file: owner-only, and silent on stderr when its disk is full."""

from __future__ import annotations

import errno
import logging
import os
import stat

import pytest

from flare_monitor import logsetup


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes; the per-user folder on Windows is private")
def test_log_folder_and_files_are_owner_only(tmp_path, monkeypatch):
    monkeypatch.setattr(logsetup.paths, "logs_dir", lambda: tmp_path / "logs")
    root = logging.getLogger()
    saved = root.handlers[:]
    root.handlers = [h for h in root.handlers if not isinstance(h, logging.handlers.RotatingFileHandler)]
    try:
        logsetup.setup_logging()
        logging.getLogger("flare_monitor.test").warning("hello")
        handler = next(h for h in root.handlers if isinstance(h, logsetup.OwnerOnlyRotatingFileHandler))
        handler.doRollover()
        logging.getLogger("flare_monitor.test").warning("after rotation")
        handler.close()
    finally:
        root.handlers = saved
    assert stat.S_IMODE((tmp_path / "logs").stat().st_mode) == 0o700
    files = sorted((tmp_path / "logs").iterdir())
    assert [f.name for f in files] == ["flare-monitor.log", "flare-monitor.log.1"]
    assert {stat.S_IMODE(f.stat().st_mode) for f in files} == {0o600}


class _FullDisk:
    def write(self, _text):
        raise OSError(errno.ENOSPC, "No space left on device")

    def flush(self):
        raise OSError(errno.ENOSPC, "No space left on device")


def test_a_full_log_disk_prints_no_logging_error_tracebacks(tmp_path, capsys):
    handler = logsetup.OwnerOnlyRotatingFileHandler(tmp_path / "x.log", maxBytes=0, backupCount=1)
    handler.stream.close()
    handler.stream = _FullDisk()
    logger = logging.getLogger("flare_monitor.full-disk-test")
    logger.addHandler(handler)
    try:
        logger.error("cannot be written")
    finally:
        logger.removeHandler(handler)
        handler.stream = None
    assert "Logging error" not in capsys.readouterr().err
    assert handler.failures == 1
