"""An indicator's counting rule in words, from its computation, in English and Spanish."""

from __future__ import annotations

import pytest

from flare_monitor.indicators.rule_words import rule_in_words


@pytest.mark.parametrize(
    ("computation", "english"),
    [
        ({"kind": "distinct_participants", "activity_types": ["training"], "min_attendance_share": 0.5},
         "participants of completed trainings who attended at least half of the days; each person counted once"),
        ({"kind": "distinct_participants", "activity_types": ["training", "workshop"],
          "organization_types": ["law_enforcement", "judiciary"]},
         "participants of completed trainings or workshops from law enforcement agencies or the judiciary; each "
         "person counted once"),
        ({"kind": "activity_count", "activity_types": ["research"]}, "number of completed research activities"),
        ({"kind": "activity_count", "activity_statuses": ["completed", "ongoing"], "countries": ["PK"]},
         "number of completed or ongoing activities in Pakistan"),
        ({"kind": "test_improvement"},
         "share of participants of completed activities tested before and after whose score rose; each test pair "
         "counted"),
        ({"kind": "distinct_organizations", "organization_types": ["workers_organization"]},
         "organizations of the participants of completed activities from workers' organizations; each "
         "organization counted once"),
        ({"kind": "distinct_participants", "min_attendance_share": 1, "completed_only": True,
          "roles": ["participant", "facilitator"]},
         "participants or facilitators of completed activities who attended every day and completed the "
         "activity; each person counted once"),
        ({"kind": "distinct_participants", "min_attendance_share": 0.6},
         "participants of completed activities who attended at least 60% of the days; each person counted once"),
        (None, "entered by hand, not counted from the register"),
    ],
)  # fmt: skip
def test_rules_in_english(computation, english):
    assert rule_in_words(computation) == english


def test_rules_in_spanish_agree_with_their_nouns():
    assert rule_in_words({"kind": "distinct_participants", "activity_types": ["training"],
                          "min_attendance_share": 0.5}, "es") == (
        "participantes de capacitaciones realizadas que asistieron al menos a la mitad de los días; cada persona "
        "contada una vez")  # fmt: skip
    assert "talleres realizados" in rule_in_words(
        {"kind": "activity_count", "activity_types": ["workshop"]}, "es"
    )
    assert "en Pakistán" in rule_in_words({"kind": "activity_count", "countries": ["PK"]}, "es")


def test_a_definition_that_does_not_parse_is_refused():
    from flare_monitor.errors import ValidationError

    with pytest.raises(ValidationError):
        rule_in_words({"kind": "people_somehow"})
