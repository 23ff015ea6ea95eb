"""Alembic migrations of the FLARE Monitor database (shipped with the app, configured in code)."""
