"""Replace a file atomically: a temp file in the same folder, fsync, rename, fsync the folder.

A crash or a full disk leaves either the old file or the complete new one, never half of one. Used by
every writer of user files (dumps, CSV/XLSX exports, exchange packages).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from flare_monitor.db.protected import refuse_protected
from flare_monitor.errors import EnvironmentProblem, UserError
from flare_monitor.i18n import _

T = TypeVar("T")


def replace_atomically(path: Path, write: Callable[[Path], T], *, in_use_hint: str = "") -> T:
    """Call `write(temp)` to fill a temp file beside `path`, then put it in place of `path`.

    `in_use_hint` is added to the message when the target cannot be replaced for lack of permission
    (on Windows, usually another program holding the file open)."""
    path = Path(path)
    refuse_protected(path)
    folder = path.parent
    if not folder.is_dir():
        raise UserError(
            _("Cannot write {path}: the folder {folder} does not exist", path=path, folder=folder)
        )
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=path.suffix + ".tmp", dir=folder)
        os.close(fd)  # the writers open the file themselves (Windows cannot open it twice)
    except OSError as exc:
        raise EnvironmentProblem(
            _("Cannot write in {folder}: {reason}", folder=folder, reason=exc.strerror or exc)
        ) from exc
    temp = Path(temp_name)
    try:
        result = write(temp)
        with open(temp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(temp, path)
    except PermissionError as exc:
        temp.unlink(missing_ok=True)
        raise EnvironmentProblem(
            _(
                "Cannot write {path}: {reason}.{in_use_hint}",
                path=path,
                reason=exc.strerror or exc,
                in_use_hint=in_use_hint,
            )
        ) from exc
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise EnvironmentProblem(
            _("Cannot write {path}: {reason}", path=path, reason=exc.strerror or exc)
        ) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _fsync_folder(folder)
    return result


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable where the system allows it."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # Windows cannot open a folder; os.replace is durable enough there
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
