"""`evidence add|list|get|remove|annex` on the command line: one line per refusal, nothing written."""

from __future__ import annotations

import json

from flare_monitor.cli import run
from tests.flare_monitor.evidence import samples

TRAINING = "BR-PK-2024-TRN-APR"


def _run(capsys, db_url, *args) -> tuple[int, str, str]:
    code = run(["--db", db_url, *args])
    out, err = capsys.readouterr()
    return code, out, err


def _listed(capsys, db_url, *args) -> list[dict]:
    code, out, _err = _run(capsys, db_url, "evidence", "list", "--json", *args)
    assert code == 0
    return json.loads(out)


def test_add_list_get_remove(demo_db, db_url, tmp_path, capsys):
    sheet, photo = tmp_path / "sheet.pdf", tmp_path / "day 1.jpg"
    sheet.write_bytes(samples.pdf())
    photo.write_bytes(samples.image("JPEG"))
    code, out, err = _run(
        capsys, db_url, "evidence", "add", "--activity", TRAINING, str(sheet), str(photo),
        "--caption", "Quetta, 16 April", "--type", "attendance_sheet",
    )  # fmt: skip
    assert code == 0 and err == ""
    assert out.count("Attached ") == 2 and f"to activity {TRAINING}" in out
    rows = _listed(capsys, db_url, "--activity", TRAINING)
    assert [(r["name"], r["type"], r["personal"], r["caption"]) for r in rows] == [
        ("sheet.pdf", "attendance_sheet", True, "Quetta, 16 April"),
        ("day 1.jpg", "attendance_sheet", True, "Quetta, 16 April"),
    ]
    assert _listed(capsys, db_url, "--project", "FLARE") == []

    copy = tmp_path / "copy.jpg"
    assert _run(capsys, db_url, "evidence", "get", rows[1]["id"][:8], "--out", str(copy))[0] == 0
    assert copy.read_bytes() == photo.read_bytes()

    code, out, _ = _run(capsys, db_url, "evidence", "remove", rows[0]["id"])
    assert code == 0 and out.strip() == f"Removed sheet.pdf from activity {TRAINING}"
    assert [r["name"] for r in _listed(capsys, db_url)] == ["day 1.jpg"]


def test_one_refused_file_attaches_nothing(demo_db, db_url, tmp_path, capsys):
    good, bad = tmp_path / "agenda.pdf", tmp_path / "photos.zip"
    good.write_bytes(samples.pdf())
    bad.write_bytes(samples.docx().replace(b"[Content_Types].xml", b"[Content_Typez].xml"))
    code, out, err = _run(capsys, db_url, "evidence", "add", "--activity", TRAINING, str(good), str(bad))
    assert code == 1 and out == ""
    assert (
        err
        == "flare-monitor: error: photos.zip: it is a zip archive: attach the documents inside it, one by one; it was not attached.\n"
    )
    assert _listed(capsys, db_url) == []
    code, _out, err = _run(capsys, db_url, "evidence", "add", "--activity", "NOPE", str(good))
    assert (code, err) == (1, "flare-monitor: error: Unknown activity 'NOPE'\n")
    code, _out, err = _run(capsys, db_url, "evidence", "get", "00000000", "--out", str(tmp_path / "x"))
    assert code == 1 and "No evidence has an id starting with 00000000" in err


def test_narrative_sections_and_values(demo_db, db_url, tmp_path, capsys):
    photo = tmp_path / "story.png"
    photo.write_bytes(samples.image("PNG"))
    target = "BRIDGE:FY2024-Q3:good_practices:PK"
    assert _run(capsys, db_url, "evidence", "add", "--narrative", target, str(photo))[0] == 0
    [row] = _listed(capsys, db_url)
    assert (row["attached_to"], row["label"]) == ("narrative", "the good practices of FY2024-Q3 (PK)")
    code, _out, err = _run(capsys, db_url, "evidence", "add", "--narrative", "BRIDGE:FY2024-Q3", str(photo))
    assert code == 1 and "neither an id nor PROJECT:PERIOD:SECTION" in err

    code, out, _ = _run(
        capsys, db_url, "evidence", "annex", "--project", "BRIDGE", "--period", "FY2024-Q3", "--json"
    )
    [annexed] = json.loads(out)
    assert (annexed["name"], annexed["personal"], annexed["sha256"]) == (None, True, row["sha256"])
    code, out, _ = _run(
        capsys,
        db_url,
        "evidence",
        "annex",
        "--project",
        "BRIDGE",
        "--period",
        "FY2024-Q3",
        "--include-personal-data",
    )
    assert "story.png" in out


def test_export_lists_evidence_by_name_only(demo_db, db_url, tmp_path, capsys):
    photo, agenda = tmp_path / "Ali Khan.jpg", tmp_path / "agenda.pdf"
    photo.write_bytes(samples.image("JPEG"))
    agenda.write_bytes(samples.pdf())
    _run(
        capsys, db_url, "evidence", "add", "--activity", TRAINING, str(photo), "--caption", "Ali Khan, police"
    )
    _run(capsys, db_url, "evidence", "add", "--activity", TRAINING, str(agenda), "--caption", "Final agenda")
    out = tmp_path / "evidence.csv"
    assert _run(capsys, db_url, "export", "evidence", "--out", str(out), "--project", "BRIDGE")[0] == 0
    text = out.read_text(encoding="utf-8-sig")
    assert "Ali Khan.jpg" in text and "Final agenda" in text
    assert "Ali Khan, police" not in text  # a personal file's caption is not exported
    assert samples.image("JPEG")[:20].hex() not in text
