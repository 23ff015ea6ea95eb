"""FLARE Monitor core: data model, services, indicators, import/export and reports (no Qt here)."""

__version__ = "0.1.0"
APP_NAME = "FLARE Monitor"
APP_ID = "flare-monitor"
