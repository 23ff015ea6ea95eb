"""People by agency type: per country, and over countries without counting anyone twice."""

from __future__ import annotations

from datetime import date

from flare_monitor.indicators.overview import trained_by_agency, trained_by_agency_total
from flare_monitor.services.attendance import add_attendance
from flare_monitor.services.participants import ParticipantIn, add_participant
from tests.flare_monitor.services.register_fixtures import make_organization, make_project, make_training


def test_person_trained_in_two_countries_counts_once_over_both(db):
    with db.session() as s:
        project = make_project(s)  # PK and NP
        make_training(s, "T-PK", country="PK")
        make_training(s, "T-NP", country="NP", start="2024-05-02", end="2024-05-03")
        police = make_organization(s)
        traveller = add_participant(
            s, ParticipantIn(full_name="Sita Baloch", sex="female", organization_id=police.id)
        )
        local = add_participant(
            s, ParticipantIn(full_name="Ram Thapa", sex="male", organization_id=police.id)
        )
        add_attendance(s, "T-PK", traveller.id)
        add_attendance(s, "T-NP", traveller.id)
        add_attendance(s, "T-NP", local.id)
        start, end = date(2024, 4, 1), date(2024, 6, 30)
        per_country = trained_by_agency(s, project.id, start, end, ["PK", "NP"])
        total = trained_by_agency_total(s, project.id, start, end, ["PK", "NP"])
    # By hand: PK has Sita; NP has Sita and Ram; over both there are two people, one woman.
    assert per_country["PK"]["law_enforcement"]["female"] == 1
    assert per_country["NP"]["law_enforcement"] == {"female": 1, "male": 1, "other": 0, "not_recorded": 0}
    assert total["law_enforcement"] == {"female": 1, "male": 1, "other": 0, "not_recorded": 0}
