"""Database servers as the Settings dialog handles them: addresses without passwords, and a first try."""

from __future__ import annotations

from flare_monitor.db.engine import ServerFields, mask_url, server_fields, server_url, with_password
from flare_monitor.services.startup import try_server

__all__ = ["ServerFields", "mask_url", "server_fields", "server_url", "try_server", "with_password"]
