"""Countries and their first-level subdivisions (ISO 3166), as the forms offer them."""

from __future__ import annotations

from flare_monitor.services import geo


def subdivisions_of(country_code: str) -> list[tuple[str, str]]:
    """(code, name) of the country's provinces or regions, by name."""
    return geo.subdivisions_of(country_code)


def country_name(code: str) -> str:
    return geo.country_name(code)


def phone_example(country_code: str | None) -> str:
    """A mobile number written as that country writes it (+92 301 2345678), for a form's hint."""
    import phonenumbers

    if not country_code:
        return ""
    number = phonenumbers.example_number_for_type(country_code.upper(), phonenumbers.PhoneNumberType.MOBILE)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL) if number else ""
