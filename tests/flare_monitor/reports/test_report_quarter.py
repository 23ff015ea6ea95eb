"""The report follows the quarter's workflow, in both templates and the three languages, read back from the
PDF: the cover names the countries whose figures are not approved yet; the comments carry the variance
explanations and say which figures are provisional; a locked period prints its training tables as
submitted, with today's figure and the correction that caused the difference noted beside them.

The figures are counted by hand on the small project of helpers.py (FY2024-Q3): Pakistan's training T1 had
Amina (F), Bushra (F) and Chakar (M); its workshop T2 Amina, Dawood (M) and Erum (F); Nepal's T3 Fateh (M)
and Gita (F). Amina, Bushra and Dawood are with the Balochistan Police (law enforcement), Chakar and Erum
with the Department of Labour. Bushra's sex is then corrected to male after the quarter is locked.
"""

from __future__ import annotations

import dataclasses
import re

import pytest
from sqlalchemy import select

from flare_monitor.db.models import Participant, PeriodFigure, PeriodLock
from flare_monitor.indicators import overview
from flare_monitor.indicators.submitted import TRAINED_ID
from flare_monitor.reports import assemble, words
from flare_monitor.reports.assemble import ReportOptions
from flare_monitor.reports.builder import build_report
from flare_monitor.services import indicator_values, participants, period_locks, submissions

from .helpers import build_small_project, pdf_pages, squash

PERIOD = "FY2024-Q3"
TEMPLATES = ("ilo-quarterly", "usdol-tpr")
LANGUAGES = ("en", "es", "fr")
PLANS_NOTE, FLOODS_NOTE = "Two plans adopted late", "Floods delayed the Gwadar training"


@pytest.fixture
def small(db):
    """The small project with Pakistan's figures submitted and approved (Nepal's never submitted), a draft
    value of the reported indicator with its explanation, and an explanation of the counted one in Pakistan."""
    with db.session() as s:
        build_small_project(s)
    with db.session(user="pk.officer") as s:
        submissions.submit(s, "HANDS", PERIOD, "PK", "Figures of Quetta")
        indicator_values.set_value(s, "HANDS", "1", PERIOD, 6, explanation=PLANS_NOTE)  # draft
        indicator_values.annotate_value(s, "HANDS", "1.1", PERIOD, country="PK", explanation=FLOODS_NOTE)
    with db.session(user="mne") as s:
        submissions.approve(s, "HANDS", PERIOD, "PK")
    return db


def _report(db, tmp_path, template: str, lang: str = "en") -> list[str]:
    with db.session() as s:
        result = build_report(s, ReportOptions(
            project="HANDS", period=PERIOD, template=template, language=lang, deterministic=True,
            out=tmp_path / f"{template}-{lang}.pdf",
        ))  # fmt: skip
    return pdf_pages(result.path)


def _correct_bushra(db) -> None:
    with db.session(user="anna") as s:
        bushra = s.scalars(select(Participant).where(Participant.full_name == "Bushra Khan")).one()
        detail = participants.participant_detail(s, bushra.id)
        data = dataclasses.replace(detail.as_input(), sex="male")
        participants.update_participant(s, bushra.id, data, detail.version, seen=detail.as_input())


# ------------------------------------------------------------------------------------------ the cover

NOT_APPROVED = {
    "en": "Not approved yet: Nepal. Their figures are printed as they stand.",
    "es": "Aún sin aprobar: Nepal. Sus cifras se imprimen tal como están.",
    "fr": "Pas encore approuvés : Népal. Leurs chiffres sont imprimés en l’état.",
}


@pytest.mark.parametrize("template", TEMPLATES)
def test_the_cover_names_the_countries_not_approved_yet(small, tmp_path, template):
    for lang in LANGUAGES:
        cover = squash(_report(small, tmp_path, template, lang)[0])
        assert squash(NOT_APPROVED[lang]) in cover, lang  # Pakistan is approved: only Nepal is named
    with small.session(user="np.officer") as s:
        submissions.submit(s, "HANDS", PERIOD, "NP")
    assert squash(NOT_APPROVED["en"]) in squash(_report(small, tmp_path, template)[0])  # submitted only
    with small.session(user="mne") as s:
        submissions.approve(s, "HANDS", PERIOD, "NP")
    cover = squash(_report(small, tmp_path, template)[0])
    assert squash("Not approved yet") not in cover and squash("was locked on") not in cover


# ------------------------------------------------------------------------------------------ comments


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_comments_carry_the_explanations_and_mark_provisional_figures(small, tmp_path, lang):
    """The reported indicator 1 (6, a draft) and the counted 1.1 (7 people: 4 women, 3 men, against a
    target of 10) each print their explanation; the draft one is said to be provisional."""
    comment, provisional = words.text(lang, "comment"), words.text(lang, "comment_provisional")
    for template in TEMPLATES:
        text = squash("".join(_report(small, tmp_path, template, lang)))
        assert squash(f"1 — {provisional}: {PLANS_NOTE}") in text, template
        assert squash(f"1.1 — {comment}: {FLOODS_NOTE}") in text, template
    # The Data Reporting Form's comment column: the period's target, actual (F, M), target and actual to
    # date, then the explanation; the draft figure carries its dagger and is said to be provisional.
    tpr = squash("".join(_report(small, tmp_path, "usdol-tpr", lang)))
    label = words.period_name(assemble.engine.project_period(_project(small), PERIOD), lang)
    assert squash(f"{label} 10 7 4 3 10 7 {FLOODS_NOTE}") in tpr
    assert squash(f"{label} – 6† – – – 6† {words.text(lang, 'provisional')}†: {PLANS_NOTE}") in tpr


def _project(db):
    with db.session() as s:
        return assemble.engine.project_by_code(s, "HANDS")


# ------------------------------------------------------------------------------------------ a locked period


def test_locking_keeps_the_training_tables_as_submitted(small):
    with small.session(user="mne") as s:
        period_locks.lock_period(s, "HANDS", PERIOD, "sent", acknowledge="known gaps")
    _correct_bushra(small)  # kept figures do not follow
    with small.session() as s:
        kept = dict(s.execute(select(PeriodFigure.country_code, PeriodFigure.figure).where(
            PeriodFigure.indicator_id == TRAINED_ID)).all())  # fmt: skip
    zero = {"other": 0, "not_recorded": 0}
    assert kept == {
        "PK": {
            "by_agency": {
                "law_enforcement": {"female": 2, "male": 1, **zero},  # Amina, Bushra, Dawood
                "labour_department": {"female": 1, "male": 1, **zero},  # Erum, Chakar
            },
            "trainings": {
                "HANDS-T1": {"female": 2, "male": 1, **zero},  # Amina, Bushra, Chakar
                "HANDS-T2": {"female": 2, "male": 1, **zero},  # Amina, Erum, Dawood
            },
        },
        "NP": {
            "by_agency": {"law_enforcement": {"female": 1, "male": 1, **zero}},  # Gita, Fateh
            "trainings": {"HANDS-T3": {"female": 1, "male": 1, **zero}},
        },
    }


CORRECTED = {
    "en": ("Corrected since submission — {what}, {sex}: submitted {was}, today {now} (a participant's sex "
           "corrected from female to male by anna on", "Female", "Male"),
    "es": ("Corregido desde la presentación — {what}, {sex}: presentado {was}, hoy {now} (sexo de un "
           "participante corregido de mujer a hombre por anna el", "Mujeres", "Hombres"),
    "fr": ("Corrigé depuis la soumission — {what}, {sex} : soumis {was}, aujourd’hui {now} (sexe d’un "
           "participant corrigé de femme en homme par anna le", "Femmes", "Hommes"),
}  # fmt: skip


@pytest.mark.parametrize("template", TEMPLATES)
def test_a_locked_period_prints_its_training_tables_as_submitted_with_the_corrections(
    small, tmp_path, template
):
    with small.session(user="mne") as s:
        period_locks.lock_period(s, "HANDS", PERIOD, "sent", acknowledge="known gaps")
        locked_on = s.scalars(select(PeriodLock)).one().updated_at.date()
    _correct_bushra(small)
    for lang in LANGUAGES:
        pages = _report(small, tmp_path, template, lang)
        text = squash("".join(pages))
        sentence, female, male = CORRECTED[lang]
        police = words.text(lang, "law_enforcement")
        labour = words.text(lang, "labour_department")
        # T1 as submitted: 2 women, 1 man, none other, 3 in all (today: 1 woman, 2 men), and why.
        assert re.search(r"HANDS-T1Trainingonforcedlabour.{0,60}?VenuePK2103HANDS-T2", text), lang
        for what, sex, was, now in (("HANDS-T1", female, 2, 1), ("HANDS-T1", male, 1, 2),
                                    (police, female, 2, 1), (police, male, 1, 2)):  # fmt: skip
            assert squash(sentence.format(what=what, sex=sex, was=was, now=now)) in text, (lang, what, sex)
        # People trained by agency type as submitted: police 2 F, 1 M; labour 1 F, 1 M; 5 in all.
        assert squash(f"{police} 2 1 0 3 {labour} 1 1 0 2 {words.text(lang, 'total')} 3 2 0 5") in text
        assert squash(f"{police} 1 2 0 3") not in text  # today's figure is never printed as a figure
        # Labour's figures did not change: no correction for them.
        assert squash(f"{labour}, {female}") not in text
        # The cover says the figures are those submitted; no country is "not approved" in a locked period.
        cover = squash(pages[0])
        locked = words.text(lang, "locked_note", period=words.period_name(
            assemble.engine.project_period(_project(small), PERIOD), lang),
            date=words.format_date(locked_on, lang), user="mne")  # fmt: skip
        assert squash(locked) in cover and squash(NOT_APPROVED[lang]) not in cover
    # The indicator tables: 1.1 as submitted (all countries 7, F 4 / M 3; Pakistan 5, F 3 / M 2) with its
    # correction by sex.
    text = squash("".join(_report(small, tmp_path, template)))
    assert squash("1.1 — corrected since submission, by sex: submitted F 4 / M 3, today F 3 / M 4 (a "
                  "participant's sex corrected from female to male by anna on") in text  # fmt: skip
    assert squash("1.1 — corrected since submission, by sex: submitted F 3 / M 2, today F 2 / M 3") in text


def test_a_period_locked_before_anything_changed_has_no_correction(small, tmp_path):
    with small.session(user="mne") as s:
        period_locks.lock_period(s, "HANDS", PERIOD, "sent", acknowledge="known gaps")
    for template in TEMPLATES:
        text = squash("".join(_report(small, tmp_path, template)))
        assert squash("Corrected since submission") not in text and squash("corrected since") not in text
        assert squash("HANDS-T1") in text


# ------------------------------------------------------------------------------------------ one definition


def test_the_report_counts_trained_people_by_the_one_definition():
    """No copy of "trained" in the report: its types and its breakdown by agency are the overview's."""
    assert assemble.TRAINED_ACTIVITY_TYPES is overview.TRAINED_ACTIVITY_TYPES
    assert assemble.trained_by_agency is overview.trained_by_agency
    assert not hasattr(assemble, "TRAINING_TYPES") and not hasattr(assemble, "trained_by_agency_total")
