"""An indicator's counting rule in words, from its `computation`, for footnotes and reference sheets.

`rule_in_words({"kind": "distinct_participants", "activity_types": ["training"],
"min_attendance_share": 0.5})` gives "participants of completed trainings who attended at least half of the
days; each person counted once". The words follow the definition key by key (see `computation`), so a
reader can tell why 21 people in a training table and 18 for an indicator are both right: the indicator
counts only some of them. English, Spanish and French, the languages of the donor report (their grammar —
adjectives agreeing with nouns, word order — is kept here beside the words).
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from flare_monitor.indicators.computation import (
    ACTIVITY_COUNT,
    DISTINCT_ORGANIZATIONS,
    DISTINCT_PARTICIPANTS,
    TEST_IMPROVEMENT,
    Computation,
    parse_computation,
)

_EN = {
    "training": ("training", "trainings"),
    "workshop": ("workshop", "workshops"),
    "meeting": ("meeting", "meetings"),
    "research": ("research activity", "research activities"),
    "policy_advice": ("policy advice activity", "policy advice activities"),
    "awareness_raising": ("awareness-raising activity", "awareness-raising activities"),
    "technical_assistance": ("technical assistance activity", "technical assistance activities"),
    "other": ("other activity", "other activities"),
    "activity": ("activity", "activities"),
    # statuses (of activities, as adjectives)
    "planned": "planned",
    "ongoing": "ongoing",
    "completed": "completed",
    "postponed": "postponed",
    "cancelled": "cancelled",
    # roles (plural)
    "participant": "participants",
    "facilitator": "facilitators",
    "resource_person": "resource persons",
    "organizer": "organizers",
    # organization types (plural)
    "labour_department": "labour departments",
    "law_enforcement": "law enforcement agencies",
    "labour_inspectorate": "labour inspectorates",
    "judiciary": "the judiciary",
    "employers_organization": "employers' organizations",
    "workers_organization": "workers' organizations",
    "ngo": "NGOs",
    "un_international": "UN and international organizations",
    "academia": "academia",
    "government_other": "other government bodies",
}
_ES = {
    "training": ("capacitación", "capacitaciones"),
    "workshop": ("taller", "talleres"),
    "meeting": ("reunión", "reuniones"),
    "research": ("investigación", "investigaciones"),
    "policy_advice": ("asesoría en políticas", "asesorías en políticas"),
    "awareness_raising": ("actividad de sensibilización", "actividades de sensibilización"),
    "technical_assistance": ("asistencia técnica", "asistencias técnicas"),
    "other": ("otra actividad", "otras actividades"),
    "activity": ("actividad", "actividades"),
    # statuses agree with the nouns: (feminine, masculine) plural
    "planned": ("previstas", "previstos"),
    "ongoing": ("en ejecución", "en ejecución"),
    "completed": ("realizadas", "realizados"),
    "postponed": ("aplazadas", "aplazados"),
    "cancelled": ("canceladas", "cancelados"),
    "participant": "participantes",
    "facilitator": "facilitadores",
    "resource_person": "personas de recurso",
    "organizer": "organizadores",
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
}
_FR = {
    "training": ("formation", "formations"),
    "workshop": ("atelier", "ateliers"),
    "meeting": ("réunion", "réunions"),
    "research": ("activité de recherche", "activités de recherche"),
    "policy_advice": ("activité de conseil en politiques", "activités de conseil en politiques"),
    "awareness_raising": ("activité de sensibilisation", "activités de sensibilisation"),
    "technical_assistance": ("activité d’assistance technique", "activités d’assistance technique"),
    "other": ("autre activité", "autres activités"),
    "activity": ("activité", "activités"),
    "planned": ("prévues", "prévus"),
    "ongoing": ("en cours", "en cours"),
    "completed": ("terminées", "terminés"),
    "postponed": ("reportées", "reportés"),
    "cancelled": ("annulées", "annulés"),
    "participant": "participants",
    "facilitator": "facilitateurs",
    "resource_person": "personnes ressources",
    "organizer": "organisateurs",
    "labour_department": "administrations du travail",
    "law_enforcement": "forces de l’ordre",
    "labour_inspectorate": "inspections du travail",
    "judiciary": "la magistrature",
    "employers_organization": "organisations d’employeurs",
    "workers_organization": "organisations de travailleurs",
    "ngo": "ONG",
    "un_international": "l’ONU et les organisations internationales",
    "academia": "le milieu universitaire",
    "government_other": "d’autres administrations",
}
_PHRASES = {
    "en": {
        "and": "and",
        "or": "or",
        "people": "{roles} of {activities}",
        "people_default": "participants of {activities}",
        "from": "from {orgs}",
        "who": "who {clauses}",
        "share": "attended at least {share} of the days",
        "share_percent": "attended at least {share} of the days",
        "every_day": "attended every day",
        "completed_only": "completed the activity",
        "in": "in {countries}",
        "once": "each person counted once",
        "count": "number of {activities}",
        "organizations": "organizations of the {roles} of {activities}",
        "organizations_once": "each organization counted once",
        "tests": "share of {roles} of {activities} tested before and after whose score rose",
        "tests_each": "each test pair counted",
        "manual": "entered by hand, not counted from the register",
        "half": "half",
        "a third": "a third",
        "two thirds": "two thirds",
        "a quarter": "a quarter",
        "three quarters": "three quarters",
    },
    "es": {
        "and": "y",
        "or": "o",
        "people": "{roles} de {activities}",
        "people_default": "participantes de {activities}",
        "from": "de {orgs}",
        "who": "que {clauses}",
        "share": "asistieron al menos a {share} de los días",
        "share_percent": "asistieron al menos al {share} de los días",
        "every_day": "asistieron todos los días",
        "completed_only": "completaron la actividad",
        "in": "en {countries}",
        "once": "cada persona contada una vez",
        "count": "número de {activities}",
        "organizations": "organizaciones de los {roles} de {activities}",
        "organizations_once": "cada organización contada una vez",
        "tests": "proporción de {roles} de {activities} con prueba previa y posterior cuyo puntaje subió",
        "tests_each": "cada par de pruebas contado",
        "manual": "ingresado a mano, no contado del registro",
        "half": "la mitad",
        "a third": "un tercio",
        "two thirds": "dos tercios",
        "a quarter": "un cuarto",
        "three quarters": "tres cuartos",
    },
    "fr": {
        "and": "et",
        "or": "ou",
        "people": "{roles} des {activities}",
        "people_default": "participants des {activities}",
        "from": "venant de : {orgs}",
        "who": "qui {clauses}",
        "share": "ont assisté à au moins {share} des jours",
        "share_percent": "ont assisté à au moins {share} des jours",
        "every_day": "ont assisté à tous les jours",
        "completed_only": "ont terminé l’activité",
        "in": "dans les pays suivants : {countries}",
        "once": "chaque personne comptée une fois",
        "count": "nombre de {activities}",
        "organizations": "organisations des {roles} des {activities}",
        "organizations_once": "chaque organisation comptée une fois",
        "tests": "part des {roles} des {activities} testés avant et après dont le score a augmenté",
        "tests_each": "chaque paire de tests comptée",
        "manual": "saisi à la main, non compté à partir du registre",
        "half": "la moitié",
        "a third": "un tiers",
        "two thirds": "deux tiers",
        "a quarter": "un quart",
        "three quarters": "trois quarts",
    },
}
_SHARES = {
    Fraction(1, 2): "half",
    Fraction(1, 3): "a third",
    Fraction(2, 3): "two thirds",
    Fraction(1, 4): "a quarter",
    Fraction(3, 4): "three quarters",
}


def _words(lang: str) -> dict:
    return {"es": _ES, "fr": _FR}.get(lang, _EN)


def _phrase(lang: str, key: str, **values: str) -> str:
    template = _PHRASES.get(lang, _PHRASES["en"])[key]
    return template.format(**values) if values else template


def _join(items: list[str], lang: str, word: str = "or") -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {_phrase(lang, word)} " + items[-1]


# The activity nouns that are masculine (the others are feminine): their adjectives agree.
_MASCULINE = {"es": {"workshop"}, "fr": {"workshop"}}


def _activities(comp: Computation, lang: str) -> str:
    words = _words(lang)
    kinds = [words.get(t, (t.replace("_", " "),) * 2)[1] for t in comp.activity_types] or [
        words["activity"][1]
    ]
    statuses = [words.get(s, s) for s in comp.activity_statuses]
    if lang in _MASCULINE:  # a masculine noun among them makes the adjective masculine
        masculine = bool(_MASCULINE[lang] & set(comp.activity_types))
        statuses = [s[1 if masculine else 0] if isinstance(s, tuple) else s for s in statuses]
    nouns = _join(kinds, lang)
    if not statuses:
        return nouns
    status = _join(statuses, lang)
    return f"{nouns} {status}" if lang in _MASCULINE else f"{status} {nouns}"


def _share(value: float, lang: str) -> str:
    fraction = Fraction(value).limit_denominator(12)
    if abs(float(fraction) - value) < 1e-9 and fraction in _SHARES:
        return _phrase(lang, _SHARES[fraction])
    return f"{value * 100:.0f}%"


def _countries(comp: Computation, lang: str) -> str:
    import pycountry

    translate = _country_names(lang)
    names = []
    for code in comp.countries:
        country = pycountry.countries.get(alpha_2=code)
        names.append(translate(country.name) if country is not None else code)
    return _join(names, lang)


def _country_names(lang: str):
    if lang == "en":
        return lambda name: name
    import gettext

    import pycountry

    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]).gettext
    except OSError:
        return lambda name: name


def rule_in_words(computation: Computation | dict[str, Any] | None, lang: str = "en") -> str:
    """The counting rule of a computed indicator in words; for a manual indicator (None), that it is
    entered by hand. A definition that does not parse is described by its error."""
    if computation is None:
        return _phrase(lang, "manual")
    comp = parse_computation(computation)
    words = _words(lang)
    roles = _join([words.get(r, r) for r in comp.roles], lang) if comp.roles else words["participant"]
    activities = _activities(comp, lang)
    if comp.kind == ACTIVITY_COUNT:
        parts = [_phrase(lang, "count", activities=activities)]
        if lang == "fr" and activities[:1] in "aeéiou":  # nombre d’ateliers
            parts[0] = parts[0].replace("de " + activities, "d’" + activities, 1)
        if comp.countries:
            parts[0] += " " + _phrase(lang, "in", countries=_countries(comp, lang))
        return parts[0]
    if comp.kind == DISTINCT_ORGANIZATIONS:
        head = _phrase(lang, "organizations", roles=roles, activities=activities)
    elif comp.kind == TEST_IMPROVEMENT:
        head = _phrase(lang, "tests", roles=roles, activities=activities)
    else:
        head = _phrase(lang, "people", roles=roles, activities=activities)
    qualifiers = []
    if comp.countries:
        qualifiers.append(_phrase(lang, "in", countries=_countries(comp, lang)))
    if comp.organization_types:
        orgs = _join([words.get(o, o.replace("_", " ")) for o in comp.organization_types], lang)
        qualifiers.append(_phrase(lang, "from", orgs=orgs))
    clauses = []
    if comp.min_attendance_share is not None and comp.min_attendance_share >= 1:
        clauses.append(_phrase(lang, "every_day"))
    elif comp.min_attendance_share:
        share = _share(comp.min_attendance_share, lang)
        clauses.append(_phrase(lang, "share_percent" if share.endswith("%") else "share", share=share))
    if comp.completed_only:
        clauses.append(_phrase(lang, "completed_only"))
    if clauses:
        qualifiers.append(_phrase(lang, "who", clauses=_join(clauses, lang, "and")))
    text = " ".join([head, *qualifiers])
    tail = {
        DISTINCT_PARTICIPANTS: "once",
        DISTINCT_ORGANIZATIONS: "organizations_once",
        TEST_IMPROVEMENT: "tests_each",
    }[comp.kind]
    separator = " ; " if lang == "fr" else "; "  # French sets a space before a semicolon
    return f"{text}{separator}{_phrase(lang, tail)}"


__all__ = ["rule_in_words"]
