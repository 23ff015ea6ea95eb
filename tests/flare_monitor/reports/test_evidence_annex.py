"""The report lists the period's evidence (the ILO report's Annex 3, the TPR's Annex H): names of files
that show people only when the personal-data annex is chosen."""

from __future__ import annotations

import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.pdfgen import canvas

import flare_monitor.cli as cli

from .helpers import squash


@pytest.fixture
def with_evidence(demo_db, db_url, tmp_path, capsys):
    agenda, photo = tmp_path / "quetta-agenda.pdf", tmp_path / "training-photo.png"
    sheet = canvas.Canvas(str(agenda))
    sheet.drawString(72, 720, "Agenda of the training, Quetta, 16-17 April 2024")
    sheet.save()
    Image.new("RGB", (64, 48), "white").save(photo)
    assert cli.run(["--db", db_url, "evidence", "add", "--activity", "BR-PK-2024-TRN-APR", str(agenda),
                    "--type", "agenda", "--caption", "Programme of the two days"]) == 0  # fmt: skip
    assert cli.run(["--db", db_url, "evidence", "add", "--activity", "BR-PK-2024-TRN-APR", str(photo),
                    "--type", "photo", "--caption", "Group photo"]) == 0  # fmt: skip
    capsys.readouterr()
    return db_url


def _text(url, tmp_path, *extra) -> str:
    out = tmp_path / "report.pdf"
    assert cli.run(["--db", url, "report", "--project", "BRIDGE", "--period", "FY2024-Q3", "--countries", "PK",
                    "--out", str(out), "--deterministic", *extra]) == 0  # fmt: skip
    return squash(" ".join(page.extract_text() for page in PdfReader(str(out)).pages))


def test_the_ilo_report_lists_the_evidence_of_the_period(with_evidence, tmp_path):
    text = _text(with_evidence, tmp_path)
    assert squash("Evidence of the period") in text and "quetta-agenda.pdf" in text
    assert squash("Programme of the two days") in text
    assert "training-photo.png" not in text and squash("(personal data)") in text  # a photo shows people


def test_names_of_personal_documents_only_with_the_personal_annex(with_evidence, tmp_path):
    assert "training-photo.png" in _text(with_evidence, tmp_path, "--annex-participants")


def test_the_tpr_lists_them_in_annex_h(with_evidence, tmp_path):
    out = tmp_path / "tpr.pdf"
    assert cli.run(["--db", with_evidence, "report", "--template", "usdol-tpr", "--project", "BRIDGE", "--period",
                    "FY2024-S2", "--out", str(out), "--deterministic"]) == 0  # fmt: skip
    text = squash(" ".join(page.extract_text() for page in PdfReader(str(out)).pages))
    assert squash("Annex H") in text and "quetta-agenda.pdf" in text
