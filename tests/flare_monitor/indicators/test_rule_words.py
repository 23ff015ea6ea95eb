"""Counting rules in words: every option of a rule is said, in English, Spanish and French; the report's
footnotes (`rule_in_words`) also say when an indicator is entered by hand."""

from __future__ import annotations

import pytest

from flare_monitor.errors import ValidationError
from flare_monitor.indicators.computation import parse_computation
from flare_monitor.indicators.rule_words import describe_rule, rule_in_words

TRAINED = {
    "kind": "distinct_participants",
    "activity_types": ["training"],
    "min_attendance_share": 0.5,
}


def test_the_example_of_the_issue():
    assert describe_rule(TRAINED) == (
        "participants of completed trainings who attended at least half of the days; each person counted "
        "once; an activity counts in the period of its start date"
    )


def test_every_option_is_said():
    rule = {
        "kind": "distinct_participants",
        "activity_types": ["training", "workshop"],
        "activity_statuses": ["completed", "ongoing"],
        "organization_types": ["law_enforcement", "labour_inspectorate"],
        "countries": ["PK", "PE"],
        "roles": ["participant", "facilitator"],
        "min_attendance_share": 0.75,
        "completed_only": True,
        "period_date": "end",
    }
    assert describe_rule(rule) == (
        "participants and facilitators of completed or ongoing trainings or workshops in Pakistan or Peru "
        "from law-enforcement agencies or labour inspectorates who attended at least 75 % of the days, "
        "with their attendance marked completed; each person counted once; an activity counts in the "
        "period of its end date"
    )
    spanish = describe_rule(rule, "es")
    for words in (
        "participantes y facilitadores",
        "capacitaciones o talleres realizados o en ejecución",
        "Pakistán o Perú",
        "fuerzas del orden o inspecciones del trabajo",
        "75 %",
        "asistencia marcada como completa",
        "cada persona contada una vez",
        "fecha de finalización",
    ):
        assert words in spanish, words
    french = describe_rule(rule, "fr")
    for words in (
        "participants et animateurs",
        "formation ou atelier",
        "terminée ou en cours",
        "Pakistan ou Pérou",
        "forces de l'ordre ou inspection du travail",
        "75 %",
        "marquée complète",
        "chaque personne est comptée une fois",
        "date de fin",
    ):
        assert words in french, words


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        ({"kind": "activity_count", "activity_types": ["research"], "period_date": "end"},
         "completed research activities; each activity counted once; an activity counts in the period of its "
         "end date"),
        ({"kind": "distinct_organizations"},
         "organizations whose participants took part in completed activities; each organization counted once; "
         "an activity counts in the period of its start date"),
        ({"kind": "test_improvement", "activity_types": ["training"], "min_attendance_share": 1},
         "share of the participants of completed trainings whose post-test score is higher than their "
         "pre-test score (among those with both scores) who attended all of the days; each attendance with "
         "both scores counts; an activity counts in the period of its start date"),
        ({"kind": "distinct_participants", "activity_statuses": ["planned"], "min_attendance_share": 0},
         "participants of planned activities; each person counted once; an activity counts in the period of "
         "its start date"),
    ],
)  # fmt: skip
def test_each_kind(rule, expected):
    assert describe_rule(rule) == expected
    assert describe_rule(parse_computation(rule)) == expected  # a parsed rule reads the same


def test_a_broken_rule_is_refused_as_the_engine_refuses_it():
    with pytest.raises(ValidationError, match="kind 'people' is not one of"):
        describe_rule({"kind": "people"})


def test_an_unknown_language_falls_back_to_english():
    assert describe_rule(TRAINED, "de") == describe_rule(TRAINED)


def test_spanish_statuses_agree_with_the_activities():
    assert describe_rule(TRAINED, "es") == (
        "participantes de capacitaciones realizadas que asistieron al menos a la mitad de los días; cada persona "
        "contada una vez; una actividad cuenta en el período de su fecha de inicio"
    )
    assert "talleres realizados" in describe_rule(
        {"kind": "activity_count", "activity_types": ["workshop"]}, "es"
    )
    assert "en Pakistán" in describe_rule({"kind": "activity_count", "countries": ["PK"]}, "es")


def test_the_report_footnotes_say_when_an_indicator_is_entered_by_hand():
    assert rule_in_words(None) == "entered by hand, not counted from the register"
    assert rule_in_words(None, "es") == "ingresado a mano, no contado del registro"
    assert rule_in_words(TRAINED, "es") == describe_rule(TRAINED, "es")
    assert rule_in_words(TRAINED) == describe_rule(TRAINED)
    with pytest.raises(ValidationError):
        rule_in_words({"kind": "people_somehow"})
