"""Countries and their first-level subdivisions (ISO 3166), as the forms offer them."""

from __future__ import annotations

from flare_monitor.services import geo


def subdivisions_of(country_code: str) -> list[tuple[str, str]]:
    """(code, name) of the country's provinces or regions, by name."""
    return geo.subdivisions_of(country_code)


def country_name(code: str) -> str:
    return geo.country_name(code)
