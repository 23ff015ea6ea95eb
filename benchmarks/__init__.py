"""Benchmarks of FLARE Monitor at real sizes (never part of the timed test suite)."""
