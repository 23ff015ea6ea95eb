"""Participants travel pseudonymised by default, still count once at headquarters, and a pseudonym never
replaces real personal data."""

from __future__ import annotations

import zipfile

import pytest

from flare_monitor.db.models import Indicator
from flare_monitor.exchange import manifest as mf
from flare_monitor.exchange import service, views
from flare_monitor.services.participants import get_participant
from tests.flare_monitor.exchange.helpers import attend, export, participant, pending, person, send
from tests.flare_monitor.services.register_fixtures import make_project, make_training

REAL = {"Ayesha Khan": ("female", "PK"), "Bilal Ahmed": ("male", "PK"), "Sita Gurung": ("female", "NP")}


@pytest.fixture
def hq(db):
    """Headquarters: a project in Pakistan and Nepal counting the people trained (distinct persons)."""
    with db.session() as session:
        project = make_project(session, "TEST", countries=("PK", "NP"))
        session.add(
            Indicator(
                project_id=project.id,
                code="1",
                name="People trained",
                cumulative=True,
                computation={"kind": "distinct_participants", "activity_types": ["training"]},
            )
        )
    return db


def _records(path) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read(mf.RECORDS)


def _people_trained(db, country: str | None) -> tuple:
    with db.session() as session:
        from flare_monitor.indicators.engine import compute_indicators

        figure = compute_indicators(session, "TEST", "LOP", country=country).figure("1")
    return figure.actual, figure.by_sex["female"], figure.by_sex["male"]


def test_a_person_trained_in_two_offices_counts_once_at_headquarters(hq, make_office, tmp_path):
    lahore, kathmandu = make_office("pakistan"), make_office("nepal")
    send(hq, lahore, tmp_path, project="TEST", country="PK")
    send(hq, kathmandu, tmp_path, project="TEST", country="NP")

    with lahore.session() as session:
        make_training(session, "PK-1", country="PK", start="2024-04-16", end="2024-04-17")
    ayesha = person(lahore, "Ayesha Khan", "female", phone="+92 300 1234567", email="ayesha@example.org")
    attend(lahore, "PK-1", ayesha)
    attend(lahore, "PK-1", person(lahore, "Bilal Ahmed", "male"))
    # Ayesha's record reaches the Nepal office (pseudonymised), which trains her again with Sita.
    send(lahore, kathmandu, tmp_path, project="TEST", country="PK")
    with kathmandu.session() as session:
        make_training(session, "NP-1", country="NP", start="2024-05-10", end="2024-05-10")
    attend(kathmandu, "NP-1", ayesha)
    attend(kathmandu, "NP-1", person(kathmandu, "Sita Gurung", "female", country="NP"))

    packages = [
        export(lahore, tmp_path, project="TEST", country="PK"),
        export(kathmandu, tmp_path, project="TEST", country="NP"),
    ]
    for path in packages:
        content = _records(path)
        assert not any(name.encode() in content for name in REAL)
        assert b"+92 300" not in content and b"example.org" not in content
        service.import_package(hq, path)

    # Hand count: Ayesha (f, both countries), Bilal (m, PK), Sita (f, NP).
    assert _people_trained(hq, None) == (3, 2, 1)
    assert _people_trained(hq, "PK") == (2, 1, 1)
    assert _people_trained(hq, "NP") == (2, 2, 0)
    assert _people_trained(lahore, "PK") == (2, 1, 1)
    assert _people_trained(kathmandu, "NP") == (2, 2, 0)
    at_hq = participant(hq, ayesha)
    assert (at_hq.full_name, at_hq.phone, at_hq.email, at_hq.sex) == (
        views.pseudonym(ayesha),
        None,
        None,
        "female",
    )
    assert views.pseudonym(ayesha) == participant(kathmandu, ayesha).full_name  # the same stand-in everywhere


def test_a_pseudonym_never_overwrites_real_personal_data(hq, office, tmp_path):
    with hq.session() as session:
        make_training(session, "PK-1")
    nargis = person(hq, "Nargis Bibi", "female", phone="+92 301 7654321", position="Labour inspector")
    attend(hq, "PK-1", nargis)
    send(hq, office, tmp_path, project="TEST", include_personal_data=True)
    assert participant(office, nargis).full_name == "Nargis Bibi"

    with office.session() as session:
        get_participant(session, nargis).age_group = "25-34"
    summary = send(office, hq, tmp_path, project="TEST")  # pseudonymised
    assert summary.counts["update"] == 1
    at_hq = participant(hq, nargis)
    assert (at_hq.full_name, at_hq.phone, at_hq.position, at_hq.age_group) == (
        "Nargis Bibi",
        "+92 301 7654321",
        "Labour inspector",
        "25-34",
    )
    assert at_hq.search_name == "nargis bibi"

    # Headquarters' answer, pseudonymised too, leaves the office's real data alone as well.
    assert send(hq, office, tmp_path, project="TEST").counts["conflict"] == 0
    assert participant(office, nargis).full_name == "Nargis Bibi"


def test_real_data_fills_in_a_pseudonym_and_a_stand_in_never_travels_as_a_name(hq, office, tmp_path):
    send(hq, office, tmp_path, project="TEST")
    with office.session() as session:
        make_training(session, "PK-1")
    raheel = person(office, "Raheel Shah", "male", phone="+92 333 1112223")
    attend(office, "PK-1", raheel, remarks="left early on day 2")
    send(office, hq, tmp_path, project="TEST")
    assert participant(hq, raheel).full_name == views.pseudonym(raheel)

    # Headquarters holds only the stand-in: even its package "with personal data" does not pass it as a name.
    back = send(hq, office, tmp_path, project="TEST", include_personal_data=True)
    assert back.counts["update"] == back.counts["conflict"] == 0
    assert participant(office, raheel).full_name == "Raheel Shah"

    summary = send(office, hq, tmp_path, project="TEST", include_personal_data=True)
    assert summary.counts["update"] == 2  # the person's name and the attendance remarks
    assert (participant(hq, raheel).full_name, participant(hq, raheel).phone) == (
        "Raheel Shah",
        "+92 333 1112223",
    )


def test_victims_travel_pseudonymised_even_with_personal_data(hq, office, tmp_path):
    send(hq, office, tmp_path, project="TEST")
    with office.session() as session:
        make_training(session, "PK-1")
    victim = person(office, "Gul Bano", "female", sensitive=True, phone="+92 345 0000000")
    attend(office, "PK-1", victim, remarks="rescued from a brick kiln in 2023")
    path = export(office, tmp_path, project="TEST", include_personal_data=True)
    content = _records(path)
    assert b"Gul Bano" not in content and b"brick kiln" not in content and b"+92 345" not in content
    service.import_package(hq, path)
    at_hq = participant(hq, victim)
    assert at_hq.full_name == views.pseudonym(victim) and at_hq.sensitive is True
    assert _people_trained(hq, "PK") == (1, 1, 0)


def test_personal_data_changed_on_both_sides_asks_and_is_not_kept_after_the_choice(hq, office, tmp_path):
    from sqlalchemy import select

    from flare_monitor.db.exchange import ExchangeConflict

    with hq.session() as session:
        make_training(session, "PK-1")
    nargis = person(hq, "Nargis Bibi", "female", phone="+92 301 7654321")
    attend(hq, "PK-1", nargis)
    send(hq, office, tmp_path, project="TEST", include_personal_data=True)
    for db, phone in ((hq, "+92 301 1111111"), (office, "+92 301 2222222")):
        with db.session() as session:
            get_participant(session, nargis).phone = phone
    asked = send(office, hq, tmp_path, project="TEST", include_personal_data=True)
    assert asked.counts["conflict"] == 1
    [conflict] = pending(hq)
    assert {f.name: (f.mine, f.theirs) for f in conflict.differing()} == {
        "phone": ("+92 301 1111111", "+92 301 2222222")
    }
    with hq.session() as session:
        service.resolve_conflicts(session, [conflict.short_id], "keep-mine")
        stored = session.scalars(select(ExchangeConflict)).one()
        assert stored.status == "keep_mine" and "+92 301 2222222" not in str(stored.theirs)
    # Headquarters' choice reaches the office with the next package, without a question there.
    back = send(hq, office, tmp_path, project="TEST", include_personal_data=True)
    assert (back.counts["update"], back.counts["conflict"]) == (1, 0)
    assert participant(office, nargis).phone == "+92 301 1111111"


def test_a_person_marked_as_a_victim_later_loses_the_name_that_travelled_before(hq, office, tmp_path):
    from flare_monitor.db.models import Attendance

    send(hq, office, tmp_path, project="TEST")
    with office.session() as session:
        make_training(session, "PK-1")
    gul = person(office, "Gul Bano", "female", phone="+92 345 0000000", email="gul@example.org")
    attend(office, "PK-1", gul, remarks="came with her brother from the kiln")
    send(office, hq, tmp_path, project="TEST", include_personal_data=True)
    assert participant(hq, gul).full_name == "Gul Bano"

    with office.session() as session:
        get_participant(session, gul).sensitive = True
    summary = send(office, hq, tmp_path, project="TEST", include_personal_data=True)
    assert summary.counts["conflict"] == 0
    at_hq = participant(hq, gul)
    assert at_hq.sensitive is True
    assert (at_hq.full_name, at_hq.phone, at_hq.email) == (views.pseudonym(gul), None, None)
    with hq.session() as session:
        assert [a.remarks for a in session.query(Attendance).filter_by(participant_id=gul)] == [None]
    assert _people_trained(hq, "PK") == (1, 1, 0)
    # The office keeps its own record whole, and the next exchanges ask nothing.
    assert participant(office, gul).full_name == "Gul Bano"
    for source, target in ((hq, office), (office, hq)):
        again = send(source, target, tmp_path, project="TEST", include_personal_data=True)
        assert again.changes == again.counts["conflict"] == 0
    assert participant(office, gul).full_name == "Gul Bano"


def test_a_form_submissions_code_and_hash_travel_only_with_personal_data(hq, office, tmp_path):
    """A participant code (often built from initials and a phone) and the hash of what a form said of the
    person are personal: a package without personal data leaves them out (docs/IMPORTING.md)."""
    from sqlalchemy import update

    from flare_monitor.db.models import Attendance

    with hq.session() as session:
        make_training(session, "PK-1")
    nargis = person(hq, "Nargis Bibi", "female")
    attend(hq, "PK-1", nargis)
    with hq.session() as session:
        session.execute(
            update(Attendance)
            .where(Attendance.participant_id == nargis)
            .values(participant_code="NB-4321", submission_hash="c0ffee" * 10, submission_key="uuid:42")
        )
    plain = _records(export(hq, tmp_path, project="TEST"))
    assert b"NB-4321" not in plain and b"c0ffee" not in plain
    personal = _records(export(hq, tmp_path, project="TEST", include_personal_data=True))
    assert b"NB-4321" in personal and b"c0ffee" in personal
