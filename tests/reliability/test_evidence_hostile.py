"""Hostile files offered as evidence are refused (or, for a PDF with scripts, kept and never run) with one
line and no traceback, and attaching them never takes more than 300 MB of memory: each attempt runs the
real command line in its own process, which reports its peak memory (VmHWM, the high-water mark of its
resident memory since it started; getrusage's ru_maxrss would carry over the test process's own peak,
inherited at fork)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.flare_monitor.evidence import samples

if not Path("/proc/self/status").exists():
    pytest.skip("the peak memory of a process is read from /proc (Linux)", allow_module_level=True)

ROOT = Path(__file__).resolve().parents[2]
ACTIVITY = "BR-PK-2024-TRN-APR"
PEAK_LIMIT_MB = 300

# Runs the command line, then (with FLARE_TEST_THUMBNAIL) draws the first page of that PDF the way the
# app's thumbnails do, and reports the process's peak memory on the last line of stderr.
_RUNNER = """
import os, sys
from flare_monitor.cli import run
code = run(sys.argv[1:])
picture = os.environ.get("FLARE_TEST_THUMBNAIL")
if picture:
    import pypdfium2
    def refuse(*_a, **_k):
        raise AssertionError("a form environment (which runs JavaScript) was created")
    pypdfium2.PdfDocument.init_forms = refuse
    from flare_monitor.evidence.pdf import first_page
    with open(picture, "rb") as handle:
        page = first_page(handle.read(), 256)
    print("THUMBNAIL", page.width, page.height, file=sys.stderr)
with open("/proc/self/status") as status:
    peak = next(line.split()[1] for line in status if line.startswith("VmHWM:"))
print("PEAK_KB", peak, file=sys.stderr)
sys.exit(code)
"""


def _cli(db_url: str, *args: str, thumbnail: Path | None = None) -> tuple[int, str, str, float]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if thumbnail is not None:
        env["FLARE_TEST_THUMBNAIL"] = str(thumbnail)
    done = subprocess.run(
        [sys.executable, "-c", _RUNNER, "--db", db_url, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=600,
    )
    lines = done.stderr.strip().splitlines()
    peak = next(int(line.split()[1]) for line in reversed(lines) if line.startswith("PEAK_KB"))
    err = "\n".join(line for line in lines if not line.startswith("PEAK_KB"))
    return done.returncode, done.stdout, err, peak / 1024  # VmHWM is in kB


def _attached(db_url: str) -> str:
    return _cli(db_url, "evidence", "list", "--activity", ACTIVITY, "--json")[1]


def _refused(db_url: str, path: Path, reason: str) -> None:
    code, out, err, peak_mb = _cli(db_url, "evidence", "add", "--activity", ACTIVITY, str(path))
    assert code == 1, (out, err)
    assert err.startswith(f"flare-monitor: error: {path.name}: ") and reason in err, err
    assert len(err.splitlines()) == 1 and "Traceback" not in err, err
    assert peak_mb < PEAK_LIMIT_MB, f"{path.name}: peak memory {peak_mb:.0f} MB"
    assert _attached(db_url).strip() == "[]"


@pytest.fixture
def demo_url(demo_db, db_url) -> str:
    return db_url


def test_a_renamed_program_is_refused(demo_url, tmp_path):
    path = tmp_path / "attendance sheet.pdf"
    path.write_bytes(samples.windows_program())
    _refused(demo_url, path, "Windows program")


def test_a_2_gb_sparse_file_is_refused_without_reading_it(demo_url, tmp_path):
    path = tmp_path / "scan.pdf"
    with path.open("wb") as handle:
        handle.write(b"%PDF-1.7\n")
        handle.truncate(2 * 1024**3)  # sparse: takes no disk space
    _refused(demo_url, path, "2 GB")


@pytest.mark.slow
def test_a_zip_bomb_named_docx_is_refused(demo_url, tmp_path):
    path = samples.zip_bomb_docx(tmp_path / "report.docx", expanded=1024**3)
    assert path.stat().st_size < 5 * 1024**2
    _refused(demo_url, path, "zip bomb")


def test_an_image_bomb_is_refused(demo_url, tmp_path):
    path = tmp_path / "group photo.png"
    path.write_bytes(samples.png_header(100_000, 100_000))
    _refused(demo_url, path, "100,000 × 100,000 pixels")


def test_a_pdf_with_javascript_is_stored_and_its_thumbnail_runs_no_script(demo_url, tmp_path):
    from flare_monitor.evidence.pdf import javascript_engine

    assert not javascript_engine(), "the PDFium build could run JavaScript"
    path = tmp_path / "success story.pdf"
    path.write_bytes(samples.pdf_with_javascript())
    code, out, err, peak_mb = _cli(
        demo_url, "evidence", "add", "--activity", ACTIVITY, str(path), thumbnail=path
    )
    assert code == 0, err
    assert "Attached success story.pdf" in out
    assert "warning: success story.pdf: the PDF contains JavaScript" in err and "Traceback" not in err
    assert "THUMBNAIL 192 256" in err
    assert peak_mb < PEAK_LIMIT_MB
    copy = tmp_path / "copy.pdf"
    evidence_id = out.split("(evidence ")[1][:8]
    assert _cli(demo_url, "evidence", "get", evidence_id, "--out", str(copy))[0] == 0
    assert copy.read_bytes() == path.read_bytes()
