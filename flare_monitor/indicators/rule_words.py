"""A computed indicator's counting rule written out in words, once, for every place that shows it: the
indicator form, `indicator show`, the logframe workbook and the donor report's footnotes
(`rule_in_words`, which also says that a reported indicator is entered by hand).

    >>> describe_rule({"kind": "distinct_participants", "activity_types": ["training"],
    ...                "min_attendance_share": 0.5})
    'participants of completed trainings who attended at least half of the days; each person counted
    once; an activity counts in the period of its start date'

Every option of a rule (`flare_monitor.indicators.computation`) is said: what is counted, the activity
types and statuses, the countries, the roles, the organization types, the minimum share of days, the
completed-attendance flag, and which date of an activity places it in a period. English reads as
English; Spanish (a language of the app and of the report) makes the status agree with the activities
("capacitaciones realizadas", "talleres realizados"); French uses phrasing that needs no agreement
("activités de type formation au statut terminée").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pycountry

from flare_monitor.indicators.computation import (
    ACTIVITY_COUNT,
    DISTINCT_ORGANIZATIONS,
    DISTINCT_PARTICIPANTS,
    PERIOD_END,
    TEST_IMPROVEMENT,
    Computation,
    parse_computation,
)

LANGUAGES = ("en", "es", "fr")

# ---------------------------------------------------------------- English

_EN_TYPES = {  # plural nouns
    "training": "trainings",
    "workshop": "workshops",
    "meeting": "meetings",
    "research": "research activities",
    "policy_advice": "policy advice activities",
    "awareness_raising": "awareness-raising activities",
    "technical_assistance": "technical assistance activities",
    "other": "other activities",
}
_EN_ROLES = {
    "participant": "participants",
    "facilitator": "facilitators",
    "resource_person": "resource persons",
    "organizer": "organizers",
}
_EN_ORGANIZATIONS = {
    "labour_department": "labour departments",
    "law_enforcement": "law-enforcement agencies",
    "labour_inspectorate": "labour inspectorates",
    "judiciary": "the judiciary",
    "employers_organization": "employers' organizations",
    "workers_organization": "workers' organizations",
    "ngo": "NGOs",
    "un_international": "UN and international organizations",
    "academia": "academia",
    "government_other": "other government bodies",
    "other": "other organizations",
}

# ---------------------------------------------------------------- Spanish

_ES_TYPES = {  # (singular, plural)
    "training": ("capacitación", "capacitaciones"),
    "workshop": ("taller", "talleres"),
    "meeting": ("reunión", "reuniones"),
    "research": ("investigación", "investigaciones"),
    "policy_advice": ("asesoría en políticas", "asesorías en políticas"),
    "awareness_raising": ("actividad de sensibilización", "actividades de sensibilización"),
    "technical_assistance": ("asistencia técnica", "asistencias técnicas"),
    "other": ("otra actividad", "otras actividades"),
}
_ES_MASCULINE = {"workshop"}  # the other activity nouns are feminine
_ES_STATUSES = {  # (feminine, masculine) plural
    "planned": ("previstas", "previstos"),
    "ongoing": ("en ejecución", "en ejecución"),
    "completed": ("realizadas", "realizados"),
    "postponed": ("aplazadas", "aplazados"),
    "cancelled": ("canceladas", "cancelados"),
}
_ES_ROLES = {
    "participant": "participantes",
    "facilitator": "facilitadores",
    "resource_person": "personas de recurso",
    "organizer": "organizadores",
}
_ES_ORGANIZATIONS = {
    "labour_department": "departamentos de trabajo",
    "law_enforcement": "fuerzas del orden",
    "labour_inspectorate": "inspecciones del trabajo",
    "judiciary": "el poder judicial",
    "employers_organization": "organizaciones de empleadores",
    "workers_organization": "organizaciones de trabajadores",
    "ngo": "ONG",
    "un_international": "la ONU y organismos internacionales",
    "academia": "la academia",
    "government_other": "otros organismos públicos",
    "other": "otras organizaciones",
}

# ---------------------------------------------------------------- French

_WORDS: dict[str, dict[str, Any]] = {
    "fr": {
        "types": {
            "training": "formation", "workshop": "atelier", "meeting": "réunion",
            "research": "recherche", "policy_advice": "conseil en politiques",
            "awareness_raising": "sensibilisation", "technical_assistance": "assistance technique",
            "other": "autre",
        },
        "statuses": {
            "planned": "prévue", "ongoing": "en cours", "completed": "terminée",
            "postponed": "reportée", "cancelled": "annulée",
        },
        "roles": {
            "participant": "participants", "facilitator": "animateurs",
            "resource_person": "personnes ressources", "organizer": "organisateurs",
        },
        "organizations": {
            "labour_department": "département du travail", "law_enforcement": "forces de l'ordre",
            "labour_inspectorate": "inspection du travail", "judiciary": "justice",
            "employers_organization": "organisation d'employeurs",
            "workers_organization": "organisation de travailleurs", "ngo": "ONG",
            "un_international": "ONU / international", "academia": "milieu universitaire",
            "government_other": "administration (autre)", "other": "autre",
        },
        "or": " ou ", "and": " et ",
        "activities": "activités",
        "of_type": "activités de type {types}",
        "with_status": "au statut {statuses}",
        "in_countries": "(pays : {countries})",
        "people": "{roles} des {activities}",
        "organizations_of": "organisations dont les {roles} ont pris part aux {activities}",
        "tested": "part des {roles} des {activities} dont le score au post-test dépasse celui du pré-test "
        "(parmi ceux qui ont les deux scores)",
        "from": "d'organisations de type {organizations}",
        "share_all": "ayant assisté à tous les jours",
        "share_half": "ayant assisté à au moins la moitié des jours",
        "share": "ayant assisté à au moins {percent} % des jours",
        "completed_only": "dont la participation est marquée complète",
        "each_person": "chaque personne est comptée une fois",
        "each_organization": "chaque organisation est comptée une fois",
        "each_activity": "chaque activité est comptée une fois",
        "each_attendance": "chaque participation avec les deux scores compte",
        "start": "une activité compte dans la période de sa date de début",
        "end": "une activité compte dans la période de sa date de fin",
    },
}  # fmt: skip


def _join(items: Sequence[str], conjunction: str) -> str:
    """a; a or b; a, b or c."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + conjunction + items[-1]


def _percent(share: float) -> str:
    value = round(share * 100, 1)
    return f"{value:g}"


def _country_names(codes: Sequence[str], language: str) -> list[str]:
    names = []
    for code in codes:
        country = pycountry.countries.get(alpha_2=code)
        name = getattr(country, "common_name", None) or (country.name if country else code)
        if language != "en" and country is not None:
            import gettext

            try:
                translate = gettext.translation(
                    "iso3166-1", pycountry.LOCALES_DIR, languages=[language]
                ).gettext
                name = translate(country.name)
            except OSError:
                pass
        names.append(name)
    return names


def _english(comp: Computation) -> str:
    statuses = _join(list(comp.activity_statuses), " or ")
    types = _join([_EN_TYPES.get(t, t) for t in comp.activity_types], " or ") or "activities"
    activities = f"{statuses} {types}".strip()
    if comp.countries:
        activities += " in " + _join(_country_names(comp.countries, "en"), " or ")
    roles = _join([_EN_ROLES.get(r, r) for r in comp.roles], " and ") or "people of any role"
    if comp.kind == ACTIVITY_COUNT:
        parts = [activities, "each activity counted once"]
    else:
        if comp.kind == DISTINCT_PARTICIPANTS:
            subject = f"{roles} of {activities}"
        elif comp.kind == DISTINCT_ORGANIZATIONS:
            subject = f"organizations whose {roles} took part in {activities}"
        else:
            subject = (
                f"share of the {roles} of {activities} whose post-test score is higher than their "
                "pre-test score (among those with both scores)"
            )
        if comp.organization_types:
            subject += " from " + _join(
                [_EN_ORGANIZATIONS.get(o, o) for o in comp.organization_types], " or "
            )
        if comp.min_attendance_share is not None and comp.min_attendance_share > 0:
            if comp.min_attendance_share >= 1:
                subject += " who attended all of the days"
            elif comp.min_attendance_share == 0.5:
                subject += " who attended at least half of the days"
            else:
                subject += f" who attended at least {_percent(comp.min_attendance_share)} % of the days"
        if comp.completed_only:
            subject += ", with their attendance marked completed"
        each = {
            DISTINCT_PARTICIPANTS: "each person counted once",
            DISTINCT_ORGANIZATIONS: "each organization counted once",
            TEST_IMPROVEMENT: "each attendance with both scores counts",
        }[comp.kind]
        parts = [subject, each]
    when = "end" if comp.period_date == PERIOD_END else "start"
    parts.append(f"an activity counts in the period of its {when} date")
    return "; ".join(parts)


def _translated(comp: Computation, language: str) -> str:
    w = _WORDS[language]
    activities = w["of_type"].format(
        types=_join([w["types"].get(t, t) for t in comp.activity_types], w["or"])
    )
    if not comp.activity_types:
        activities = w["activities"]
    activities += " " + w["with_status"].format(
        statuses=_join([w["statuses"].get(s, s) for s in comp.activity_statuses], w["or"])
    )
    if comp.countries:
        activities += " " + w["in_countries"].format(
            countries=_join(_country_names(comp.countries, language), w["or"])
        )
    roles = _join([w["roles"].get(r, r) for r in comp.roles], w["and"])
    if comp.kind == ACTIVITY_COUNT:
        parts = [activities, w["each_activity"]]
    else:
        template = {
            DISTINCT_PARTICIPANTS: "people",
            DISTINCT_ORGANIZATIONS: "organizations_of",
            TEST_IMPROVEMENT: "tested",
        }[comp.kind]
        subject = w[template].format(roles=roles, activities=activities)
        if comp.organization_types:
            names = _join([w["organizations"].get(o, o) for o in comp.organization_types], w["or"])
            subject += ", " + w["from"].format(organizations=names)
        share = comp.min_attendance_share
        if share is not None and share > 0:
            if share >= 1:
                subject += ", " + w["share_all"]
            elif share == 0.5:
                subject += ", " + w["share_half"]
            else:
                subject += ", " + w["share"].format(percent=_percent(share))
        if comp.completed_only:
            subject += ", " + w["completed_only"]
        each = {
            DISTINCT_PARTICIPANTS: "each_person",
            DISTINCT_ORGANIZATIONS: "each_organization",
            TEST_IMPROVEMENT: "each_attendance",
        }[comp.kind]
        parts = [subject, w[each]]
    parts.append(w["end" if comp.period_date == PERIOD_END else "start"])
    return "; ".join(parts)


def _spanish(comp: Computation) -> str:
    types = list(comp.activity_types)
    nouns = _join([_ES_TYPES.get(t, (t, t))[1] for t in types], " o ") or "actividades"
    masculine = bool(_ES_MASCULINE & set(types)) if types else False
    statuses = _join(
        [_ES_STATUSES.get(s, (s, s))[1 if masculine else 0] for s in comp.activity_statuses], " o "
    )
    activities = f"{nouns} {statuses}".strip()
    if comp.countries:
        activities += " en " + _join(_country_names(comp.countries, "es"), " o ")
    roles = _join([_ES_ROLES.get(r, r) for r in comp.roles], " y ")
    if comp.kind == ACTIVITY_COUNT:
        parts = [activities, "cada actividad contada una vez"]
    else:
        if comp.kind == DISTINCT_PARTICIPANTS:
            subject = f"{roles} de {activities}"
        elif comp.kind == DISTINCT_ORGANIZATIONS:
            subject = f"organizaciones de los {roles} de {activities}"
        else:
            subject = (
                f"proporción de los {roles} de {activities} cuyo puntaje en la prueba posterior supera al de "
                "la prueba previa (entre quienes tienen ambos puntajes)"
            )
        if comp.organization_types:
            subject += " de " + _join([_ES_ORGANIZATIONS.get(o, o) for o in comp.organization_types], " o ")
        share = comp.min_attendance_share
        if share is not None and share > 0:
            if share >= 1:
                subject += " que asistieron todos los días"
            elif share == 0.5:
                subject += " que asistieron al menos a la mitad de los días"
            else:
                subject += f" que asistieron al menos al {_percent(share)} % de los días"
        if comp.completed_only:
            subject += ", con su asistencia marcada como completa"
        each = {
            DISTINCT_PARTICIPANTS: "cada persona contada una vez",
            DISTINCT_ORGANIZATIONS: "cada organización contada una vez",
            TEST_IMPROVEMENT: "cada asistencia con ambos puntajes cuenta",
        }[comp.kind]
        parts = [subject, each]
    when = "finalización" if comp.period_date == PERIOD_END else "inicio"
    parts.append(f"una actividad cuenta en el período de su fecha de {when}")
    return "; ".join(parts)


MANUAL = {
    "en": "entered by hand, not counted from the register",
    "es": "ingresado a mano, no contado del registro",
    "fr": "saisi à la main, non compté à partir du registre",
}


def rule_in_words(computation: Computation | dict[str, Any] | None, lang: str = "en") -> str:
    """The rule of a computed indicator in words (as `describe_rule`); for a reported indicator (None),
    that it is entered by hand. The donor report's footnotes use it."""
    if computation is None:
        return MANUAL.get(lang, MANUAL["en"])
    return describe_rule(computation, lang)


def describe_rule(computation: Computation | dict[str, Any], language: str = "en") -> str:
    """The rule in words: what is counted, from which activities, who, and how it is dated.

    `computation` is a `Computation` or the JSON stored in `Indicator.computation` (validated here; a
    rule that does not validate raises the same ValidationError as the engine). `language` is en, es
    or fr; any other falls back to English."""
    comp = parse_computation(computation)
    if language == "es":
        return _spanish(comp)
    if language in _WORDS:
        return _translated(comp, language)
    return _english(comp)


__all__ = ["LANGUAGES", "MANUAL", "describe_rule", "rule_in_words"]
