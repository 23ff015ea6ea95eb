"""The TPR's success story prints its photo: the image attached to the section as evidence (it travels with
the database, so a TPR built at headquarters from a package has it), else the file given with
`narrative set --photo`. A photo that shows people (personal evidence) is not printed unless the report
includes personal data."""

from __future__ import annotations

import pytest
from PIL import Image
from pypdf import PdfReader

import flare_monitor.cli as cli
from flare_monitor.actions.evidence import AddEvidence, SectionKey, Target, add_evidence
from flare_monitor.actions.narrative_sections import SetNarrative, set_narrative

from .helpers import squash

PERIOD = "FY2024-S2"
STORY = "A labour inspector trained in Quetta"  # the demo's success story of the period
CAPTION = "Saima Raisani checking a brick kiln's records near Quetta"
SIZE = (160, 90)


def _png(path, size=SIZE, colour=(200, 120, 40)):
    Image.new("RGB", size, colour).save(path)
    return path


def _attach(db, path, *, personal: bool, caption: str | None = CAPTION, kind: str = "photo"):
    target = Target(section=SectionKey("BRIDGE", PERIOD, None, "success_story"))
    outcome = add_evidence(
        db, AddEvidence(target, (path,), caption=caption, type=kind, personal=personal), user="test"
    )
    assert outcome.added and not outcome.refused


def _tpr(url, tmp_path, capsys, *extra) -> tuple[PdfReader, str]:
    out = tmp_path / "tpr.pdf"
    code = cli.run(["--db", url, "report", "--template", "usdol-tpr", "--project", "BRIDGE", "--period", PERIOD,
                    "--out", str(out), "--deterministic", *extra])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 0, err
    return PdfReader(str(out)), err


def _story_page(reader: PdfReader):
    """The page that prints the success story (after the contents, which name its heading)."""
    pages = [p for p in reader.pages if squash(STORY) in squash(p.extract_text())]
    assert len(pages) == 1
    return pages[0]


def _sizes(page) -> list[tuple[int, int]]:
    return [image.image.size for image in page.images]


def test_the_photo_attached_to_the_success_story_is_printed_with_its_caption(
    demo_db, db_url, tmp_path, capsys
):
    _attach(demo_db, _png(tmp_path / "kiln-visit.png"), personal=False)
    reader, err = _tpr(db_url, tmp_path, capsys)
    page = _story_page(reader)
    assert _sizes(page) == [SIZE]
    assert squash(CAPTION) in squash(page.extract_text())
    assert "not printed" not in err


def test_a_caption_given_with_the_text_wins_over_the_evidence_caption(demo_db, db_url, tmp_path, capsys):
    _attach(demo_db, _png(tmp_path / "kiln-visit.jpg"), personal=False)
    story = set_narrative(demo_db, SetNarrative("BRIDGE", PERIOD, "success_story", f"{STORY}.",
                                                photo_caption="Quetta, May 2024"))  # fmt: skip
    assert story.photo_path is None
    page = _story_page(_tpr(db_url, tmp_path, capsys)[0])
    text = squash(page.extract_text())
    assert len(page.images) == 1 and squash("Quetta, May 2024") in text and squash(CAPTION) not in text


def test_the_evidence_is_printed_rather_than_a_photo_file_no_longer_on_this_disk(
    demo_db, db_url, tmp_path, capsys
):
    """The TPR built at headquarters: the officer's file is not there, the photo came in the package."""
    on_laptop = _png(tmp_path / "on-the-laptop.png", (60, 40), (10, 10, 10))
    set_narrative(demo_db, SetNarrative("BRIDGE", PERIOD, "success_story", f"{STORY}.", photo=str(on_laptop)))
    on_laptop.unlink()
    code = cli.run(["--db", db_url, "report", "--template", "usdol-tpr", "--project", "BRIDGE", "--period",
                    PERIOD, "--out", str(tmp_path / "before.pdf")])  # fmt: skip
    assert code == 1 and "attach it to the success story as evidence" in capsys.readouterr().err
    _attach(demo_db, _png(tmp_path / "kiln-visit.png"), personal=False)
    page = _story_page(_tpr(db_url, tmp_path, capsys)[0])
    assert _sizes(page) == [SIZE]


def test_a_photo_file_given_with_the_text_is_still_printed(demo_db, db_url, tmp_path, capsys):
    photo = _png(tmp_path / "story.png", (80, 60), (20, 90, 160))
    set_narrative(demo_db, SetNarrative("BRIDGE", PERIOD, "success_story", f"{STORY}.", photo=str(photo),
                                        photo_caption="Given as a file"))  # fmt: skip
    page = _story_page(_tpr(db_url, tmp_path, capsys)[0])
    assert _sizes(page) == [(80, 60)] and squash("Given as a file") in squash(page.extract_text())


def test_a_photo_that_shows_people_is_not_printed_and_the_builder_is_told(demo_db, db_url, tmp_path, capsys):
    photo = _png(tmp_path / "with-participants.png")
    set_narrative(demo_db, SetNarrative("BRIDGE", PERIOD, "success_story", f"{STORY}.", photo=str(photo)))
    _attach(demo_db, photo, personal=True)  # the same photo, attached: personal data wins over the file
    reader, err = _tpr(db_url, tmp_path, capsys)
    page = _story_page(reader)
    assert len(page.images) == 0 and squash(CAPTION) not in squash(page.extract_text())
    assert "with-participants.png" in err and "not printed" in err


@pytest.mark.parametrize("kind", ["none", "not an image"])
def test_without_a_photo_the_tpr_still_builds(demo_db, db_url, tmp_path, capsys, kind):
    if kind == "not an image":
        notes = tmp_path / "notes.txt"
        notes.write_text("Interview notes, Quetta.\n", encoding="utf-8")
        _attach(demo_db, notes, personal=False, caption="Interview notes", kind="other")
    page = _story_page(_tpr(db_url, tmp_path, capsys)[0])
    assert len(page.images) == 0 and "Interview notes" not in page.extract_text()
