"""Parameters of messages that are words in the language they are shown in.

_("{country} has no activity in {period}", country=Country("PK"), period=PeriodName("FY2024-Q3"))
_("{field}: must not be empty", field=Field("days attended"))
_("Activity {code} ({kind}) …", kind=Term("training", lower=True))
"""

from __future__ import annotations

from dataclasses import dataclass

from flare_monitor.i18n.message import N_, Message


@dataclass(frozen=True)
class Country:
    """A country by its ISO code, named in the language (Perú, Pérou)."""

    code: str | None

    def render(self, language: str) -> str:
        from flare_monitor.i18n.formatting import country_name

        return country_name(self.code, language)

    def __str__(self) -> str:
        return self.render("en")


@dataclass(frozen=True)
class PeriodName:
    """A period label as the language writes it (FY2024-Q3, AF2024-T3, EF2024-T3)."""

    label: object

    def render(self, language: str) -> str:
        from flare_monitor.i18n.formatting import period_label

        return period_label(self.label, language)

    def __str__(self) -> str:
        return str(getattr(self.label, "label", self.label))


@dataclass(frozen=True)
class Term:
    """A value of a controlled vocabulary (training, female, on_track) by its label; `lower` inside a
    sentence ("a training")."""

    value: object
    lower: bool = False

    def render(self, language: str) -> str:
        from flare_monitor.vocabulary import label

        text = label(self.value, language)
        return text[:1].lower() + text[1:] if self.lower and not text[1:2].isupper() else text

    def __str__(self) -> str:
        return self.render("en")


# The fields the services name in their messages ("days attended: 9 is out of range …"), as the forms
# label them. A field not listed here is shown as the service wrote it.
FIELD_LABELS = {
    "name": N_("name"),
    "full name": N_("name"),
    "full_name": N_("name"),
    "sex": N_("sex"),
    "organization": N_("organization"),
    "position": N_("position"),
    "phone": N_("phone"),
    "email": N_("e-mail"),
    "e-mail": N_("e-mail"),
    "age group": N_("age group"),
    "age_group": N_("age group"),
    "days": N_("days attended"),
    "days attended": N_("days attended"),
    "days_attended": N_("days attended"),
    "pre-test": N_("pre-test score"),
    "post-test": N_("post-test score"),
    "pre-test score": N_("pre-test score"),
    "post-test score": N_("post-test score"),
    "pre_score": N_("pre-test score"),
    "post_score": N_("post-test score"),
    "remarks": N_("remarks"),
    "province": N_("province"),
    "consent": N_("consent"),
    "participant code": N_("participant code"),
    "code": N_("code"),
    "title": N_("title"),
    "type": N_("type"),
    "status": N_("status"),
    "start": N_("planned start"),
    "end": N_("planned end"),
    "actual start": N_("actual start"),
    "actual end": N_("actual end"),
    "country": N_("country"),
    "subdivision": N_("subdivision"),
    "venue": N_("venue"),
    "description": N_("description"),
    "value": N_("value"),
    "target": N_("target"),
    "reason": N_("reason"),
    "role": N_("role"),
    "language": N_("language"),
    "period": N_("period"),
    "numerator": N_("numerator"),
    "denominator": N_("denominator"),
    "explanation": N_("explanation"),
    "data source": N_("data source"),
    "caption": N_("caption"),
    "section": N_("section"),
    "text": N_("text"),
    "statement": N_("statement"),
    "definition": N_("definition"),
    "level": N_("level"),
    "likelihood": N_("likelihood"),
    "impact": N_("impact"),
    "mitigation": N_("mitigation"),
}


@dataclass(frozen=True)
class Field:
    """A field of a form as its label reads in the language ("days attended", "días asistidos")."""

    name: str

    def render(self, language: str) -> str:
        source = FIELD_LABELS.get(self.name.strip().lower())
        if source is None:
            return self.name
        return Message(source).render(language)

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class Joined:
    """Several messages as one text, joined by `separator` ("; " between a form's problems)."""

    parts: tuple | list
    separator: str = "; "

    def render(self, language: str) -> str:
        from flare_monitor.i18n.message import render_message

        return self.separator.join(render_message(part, language) for part in self.parts)

    def __str__(self) -> str:
        return self.render("en")


@dataclass(frozen=True)
class Scope:
    """Where a figure counts: a country (or all countries) and a sex, as "Pakistán, mujer"."""

    country: str | None
    sex: object | None = None

    def render(self, language: str) -> str:
        from flare_monitor.i18n.message import _

        parts = [
            Country(self.country).render(language) if self.country else _("all countries").render(language)
        ]
        if self.sex is not None:
            parts.append(Term(self.sex, lower=True).render(language))
        return ", ".join(parts)

    def __str__(self) -> str:
        return self.render("en")


@dataclass(frozen=True)
class Time:
    """A time of day as the language writes it (14:05, 2:05 PM)."""

    moment: object

    def render(self, language: str) -> str:
        from flare_monitor.i18n.formatting import format_time

        return format_time(self.moment, language)

    def __str__(self) -> str:
        return self.render("en")


@dataclass(frozen=True)
class Lowered:
    """A message that starts a sentence elsewhere, inside another ("The value of …" → "the value of …")."""

    message: object

    def render(self, language: str) -> str:
        from flare_monitor.i18n.message import render_message

        text = render_message(self.message, language)
        return text[:1].lower() + text[1:] if not text[1:2].isupper() else text

    def __str__(self) -> str:
        return self.render("en")
