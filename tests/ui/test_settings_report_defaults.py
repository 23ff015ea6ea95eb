"""Settings → Report defaults: "Prepared by" and the cover logo reach the next donor report; a bad logo
file is a message, never a crash; reports go to Documents\\FLARE Monitor reports unless told otherwise."""

from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage

from flare_monitor import paths
from flare_monitor.errors import UserError
from ui import report_logo, settings

PREPARED_BY = "Ministry of Labour, M&E unit <Quetta>"


def _png(path: Path, width: int = 300, height: int = 120) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(0x1E2D5A)
    assert image.save(str(path), "PNG")
    return path


def _cover_image_sizes(pdf: Path) -> list[tuple[int, int]]:
    return [image.image.size for image in PdfReader(str(pdf)).pages[0].images]


@pytest.fixture
def settings_page(window):
    window.show_page("settings")
    return window.pages["settings"]


def _generate(qtbot, window, folder: Path | None):
    window.show_page("reports")
    page = window.pages["reports"]
    page.report_folder.setText(str(folder) if folder else "")
    page.generate()
    qtbot.waitUntil(lambda: page.generate_button.isEnabled())
    return page


def test_prepared_by_and_logo_reach_the_report(qtbot, window, settings_page, tmp_path, message_boxes):
    settings_page.prepared_by.setText(PREPARED_BY)  # saved as typed: no "finished editing" needed
    assert settings.get("reports/prepared_by") == PREPARED_BY
    logo = _png(tmp_path / "ministry logo.png", 300, 120)
    assert settings_page.choose_logo(str(logo))
    assert settings.get("reports/logo") == str(logo)
    assert not settings_page.logo_preview.pixmap().isNull()
    assert settings_page.logo_name.text() == "ministry logo.png"
    assert settings_page.standard_logo_button.isEnabled()

    page = _generate(qtbot, window, tmp_path / "reports")
    assert page.report_error.isHidden(), page.report_error.text()
    result = page.last_report
    assert result is not None
    cover = PdfReader(str(result.path)).pages[0].extract_text()
    assert PREPARED_BY in cover  # escaped for ReportLab, printed as written
    assert _cover_image_sizes(result.path) == [(300, 120)]  # the chosen logo, not the standard one
    assert message_boxes.texts("critical") == []


def test_the_standard_logo_and_a_signature_line_by_default(qtbot, window, settings_page, tmp_path):
    logo = _png(tmp_path / "own.png")
    settings_page.choose_logo(str(logo))
    settings_page.use_standard_logo()
    assert settings.get("reports/logo") == ""
    assert settings_page.logo_name.text() == "Standard logo"
    assert not settings_page.standard_logo_button.isEnabled()
    assert settings_page.prepared_by.placeholderText() == "Left empty: a line to sign on the cover"

    page = _generate(qtbot, window, tmp_path / "reports")
    standard = QImage(str(report_logo.standard_logo()))
    assert _cover_image_sizes(page.last_report.path) == [(standard.width(), standard.height())]


def _damaged(tmp_path: Path) -> Path:
    path = tmp_path / "damaged.png"
    good = _png(tmp_path / "good.png", 400, 200).read_bytes()
    path.write_bytes(good[: len(good) // 2])  # a copy cut short
    return path


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda tmp: tmp / "gone.png", "is not there any more"),
        (
            lambda tmp: (tmp / "notes.png").write_text("not an image") and tmp / "notes.png",
            "not a PNG or JPEG",
        ),
        (_damaged, "cannot be read as an image"),
        (lambda tmp: _png(tmp / "huge.png", 4001, 10), "larger than 4000 pixels"),
        (
            lambda tmp: (
                (tmp / "heavy.png").write_bytes(_png(tmp / "h.png").read_bytes() + bytes(5 * 2**20))
                and tmp / "heavy.png"
            ),
            "larger than 5 MB",
        ),
    ],
)
def test_an_unusable_logo_is_refused_with_a_message(settings_page, tmp_path, message_boxes, make, expected):
    path = make(tmp_path)
    assert not settings_page.choose_logo(str(path))
    warnings = message_boxes.texts("warning")
    assert len(warnings) == 1 and expected in warnings[0] and str(path) in warnings[0]
    assert settings.get("reports/logo") == ""  # the standard logo stays


def test_a_logo_damaged_after_it_was_chosen_stops_the_report_with_a_message(
    qtbot, window, settings_page, tmp_path, message_boxes
):
    logo = _png(tmp_path / "logo.png")
    assert settings_page.choose_logo(str(logo))
    logo.write_bytes(b"\x89PNG\r\n\x1a\n")  # overwritten since: the signature and nothing else
    page = _generate(qtbot, window, tmp_path / "reports")
    assert not page.report_error.isHidden()
    assert str(logo) in page.report_error.text() and "standard logo" in page.report_error.text()
    assert page.last_report is None
    assert not (tmp_path / "reports").exists()  # stopped before anything was made
    assert message_boxes.texts("critical") == []
    window.show_page("settings")
    settings_page._show_logo()
    assert str(logo) in settings_page.logo_name.text()  # the Settings page says what is wrong too


def test_the_report_builder_refuses_an_unreadable_logo_with_a_message(demo_db, tmp_path):
    """The command line (--logo) reaches the builder without the app's check."""
    from flare_monitor.reports.builder import build_report
    from flare_monitor.reports.model import ReportOptions

    logo = tmp_path / "logo.png"
    logo.write_text("not an image")
    options = ReportOptions("BRIDGE", "FY2024-Q3", tmp_path / "r.pdf", countries=("PK",), logo_path=logo)
    with demo_db.session() as session, pytest.raises(UserError, match="cannot be read as a PNG or JPEG"):
        build_report(session, options)
    assert not (tmp_path / "r.pdf").exists()


# ---------------------------------------------------------------- the default folder


@pytest.fixture
def documents(tmp_path, monkeypatch) -> Path:
    """An installed app (no FLARE_MONITOR_DATA_DIR) whose user folders are under tmp_path."""
    folder = tmp_path / "Documents"
    monkeypatch.setattr(platformdirs, "user_documents_dir", lambda: str(folder))
    monkeypatch.setattr(platformdirs, "user_data_dir", lambda *a, **k: str(tmp_path / "LocalAppData"))
    monkeypatch.delenv(paths.DATA_DIR_ENV_VAR, raising=False)
    return folder


def test_reports_go_to_documents_not_to_the_app_data(documents):
    assert paths.reports_dir() == documents / "FLARE Monitor reports"
    assert not paths.reports_dir().is_relative_to(paths.data_dir())  # an uninstall leaves them


def test_a_moved_data_folder_keeps_its_reports(tmp_path, monkeypatch):
    monkeypatch.setenv(paths.DATA_DIR_ENV_VAR, str(tmp_path / "usb"))
    assert paths.reports_dir() == tmp_path / "usb" / "reports"


def test_the_default_folder_is_shown_and_made_on_first_use(qtbot, documents, demo_db, message_boxes):
    from ui.main_window import MainWindow

    win = MainWindow(demo_db)
    qtbot.addWidget(win)
    win.set_context("BRIDGE", "PK", "FY2024-Q3")
    win.show()
    qtbot.waitExposed(win)
    win.show_page("settings")
    expected = documents / "FLARE Monitor reports"
    assert win.pages["settings"].report_folder.placeholderText() == str(expected)
    assert not expected.exists()
    page = _generate(qtbot, win, None)
    assert page.last_report is not None, page.report_error.text()
    assert page.last_report.path.parent == expected
    win.close()
