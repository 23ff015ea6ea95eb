"""Countries and first-level subdivisions, taken from pycountry (ISO 3166) and stored on first use."""

from __future__ import annotations

from functools import cache

import pycountry
from sqlalchemy.orm import Session

from flare_monitor.db.models import Country, Subdivision
from flare_monitor.errors import ValidationError
from flare_monitor.i18n import Field, _


@cache
def _first_level(country_code: str) -> dict[str, tuple[str, str]]:
    """{subdivision code: (name, type)} of a country's first-level subdivisions."""
    subs = pycountry.subdivisions.get(country_code=country_code) or []
    return {s.code: (s.name, s.type) for s in subs if getattr(s, "parent_code", None) is None}


def country_name(code: str) -> str:
    country = pycountry.countries.get(alpha_2=code.upper())
    return country.name if country else code


def validate_country(code: str | None, field: str = "country") -> str:
    value = (code or "").strip().upper()
    if len(value) != 2 or pycountry.countries.get(alpha_2=value) is None:
        raise ValidationError(
            _(
                "{field}: '{code}' is not an ISO 3166-1 country code (e.g. PK, PE, CN)",
                field=Field(field),
                code=code,
            ),
            field,
        )
    return value


def ensure_country(session: Session, code: str | None, field: str = "country") -> str:
    """Validate an ISO 3166-1 alpha-2 code and make sure its row exists; returns the code."""
    value = validate_country(code, field)
    if session.get(Country, value) is None:
        country = pycountry.countries.get(alpha_2=value)
        session.add(Country(code=value, alpha3=country.alpha_3, name=country.name))
        session.flush()
    return value


def ensure_subdivision(
    session: Session, code: str | None, country_code: str | None = None, field: str = "subdivision"
) -> str | None:
    """Validate an ISO 3166-2 first-level code (PK-BA, CN-GX) and store it; None passes through."""
    if code is None or not str(code).strip():
        return None
    value = str(code).strip().upper()
    prefix = value.split("-", 1)[0]
    if country_code and prefix != country_code.upper():
        raise ValidationError(
            _(
                "{field}: {value} is not a subdivision of {country_code}",
                field=Field(field),
                value=value,
                country_code=country_code,
            ),
            field,
        )
    try:
        known = _first_level(prefix) if len(prefix) == 2 else {}
    except KeyError:
        known = {}
    if value not in known:
        raise ValidationError(
            _(
                "{field}: '{code}' is not a first-level ISO 3166-2 subdivision (e.g. PK-BA for Balochistan)",
                field=Field(field),
                code=code,
            ),
            field,
        )
    ensure_country(session, prefix)
    if session.get(Subdivision, value) is None:
        name, kind = known[value]
        session.add(Subdivision(code=value, country_code=prefix, name=name, type=kind))
    return value


def subdivisions_of(country_code: str) -> list[tuple[str, str]]:
    """(code, name) of a country's first-level subdivisions, sorted by name, for pickers."""
    return sorted(((c, n) for c, (n, _t) in _first_level(country_code.upper()).items()), key=lambda x: x[1])


def find_subdivision(country_code: str, name: str) -> str | None:
    """The code of the subdivision of `country_code` called `name` (case-insensitive), if any."""
    wanted = name.strip().casefold()
    for code, (sub_name, _t) in _first_level(country_code.upper()).items():
        if sub_name.casefold() == wanted or sub_name.casefold().split(" ")[0] == wanted:
            return code
    return None
