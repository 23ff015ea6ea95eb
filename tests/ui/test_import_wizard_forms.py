"""The import wizard with exports of KoboToolbox and ODK forms: named in the first step, imported as they come."""

from __future__ import annotations

from flare_monitor.i18n import Message
from flare_monitor.services.attendance import roster
from tests.flare_monitor.io import form_fixtures as fx
from ui.import_wizard import ImportWizard
from ui.models.import_preview import PreviewModel

CODE = "BR-PK-2024-TRN-APR"


def _wizard(qtbot, window, path) -> ImportWizard:
    wizard = ImportWizard(window.db, "BRIDGE", CODE, "PK", window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    return wizard


def test_the_first_step_names_a_kobotoolbox_export_and_its_form(qtbot, window, tmp_path):
    wizard = _wizard(qtbot, window, fx.kobo_xml_xlsx(tmp_path, fx.QUETTA))
    source = wizard.file_page.source
    qtbot.waitUntil(lambda: source.text() != "")
    assert source.text() == f"From KoboToolbox: form “{fx.TITLE}”"
    wizard.grab().save(str(tmp_path / "first-step.png"))


def test_the_first_step_names_a_repeat_group_and_says_nothing_of_a_typed_sheet(qtbot, window, tmp_path):
    (tmp_path / "odk").mkdir()
    wizard = _wizard(qtbot, window, fx.odk_repeat_csvs(tmp_path / "odk", fx.QUETTA))
    source = wizard.file_page.source
    qtbot.waitUntil(lambda: source.text() != "")
    assert source.text() == (
        "From ODK: form “bridge quetta delegations” — people from its repeat group “participants”"
    )
    typed = tmp_path / "typed.csv"
    typed.write_text("Full name,Sex\nNasreen Baloch,F\n", encoding="utf-8")
    wizard.file_page.path.setText(str(typed))
    wizard.file_page._detect()  # what the timer does after typing stops
    assert source.text() == ""


def test_a_kobotoolbox_export_goes_through_the_wizard_without_mapping(qtbot, window, tmp_path, demo_db):
    wizard = _wizard(qtbot, window, fx.kobo_repeat_xlsx(tmp_path, fx.QUETTA))
    wizard.next()  # → sheet: the repeat group's sheet, joined to its submissions
    qtbot.waitUntil(wizard.sheet_page.isComplete)
    assert wizard.sheet_page.sheet.currentText() == "participants"
    wizard.next()  # → columns
    fields = {combo.currentData() for combo in wizard.mapping_page.combos.values()}
    assert {"name", "sex", "organization", "consent", "submission", "days"} <= fields
    wizard.next()  # → preview
    preview = wizard.preview_page
    qtbot.waitUntil(preview.isComplete)
    assert preview.model.rowCount() == 12
    messages = " ".join(str(preview.model.index(r, PreviewModel.COL_MESSAGES).data()) for r in range(12))
    assert "not imported" not in messages  # no metadata column reported
    assert "12 rows: 12 new people" in preview.summary.text()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.summary is not None)
    with demo_db.session() as s:
        names = {r.full_name for r in roster(s, CODE)}
    assert "Nasreen Baloch" in names and "Farzana Achakzai" not in names  # she did not consent


def test_form_import_messages_are_recognised(demo_db, tmp_path):
    """Every message of importing form exports (edits, consent, test forms) matches a pattern of the UI."""
    from flare_monitor.io.attendance_import import import_attendance

    for folder in ("1", "2", "3"):
        (tmp_path / folder).mkdir()
    with demo_db.session() as s:
        import_attendance(s, fx.kobo_xml_xlsx(tmp_path / "1", fx.QUETTA), CODE)
    people = list(fx.QUETTA)
    people[1] = fx.edited(people[1], position="Inspector", sex="F", days=("day1",))
    people[4] = fx.edited(people[4], consent=True)
    people.append(people[0])  # the same submission twice
    with demo_db.session() as s:
        plan = import_attendance(s, fx.kobo_xml_xlsx(tmp_path / "2", people), CODE, dry_run=True).plan
    scored = [fx.Person(p.name, p.sex, "", "", p.phone, score=70) for p in fx.QUETTA[:3]]
    scored.append(fx.Person("Bibi Amina", "F", "", "", "0300 7654321", score=90))
    with demo_db.session() as s:
        tests = import_attendance(s, fx.kobo_test_xlsx(tmp_path / "3", scored), CODE, dry_run=True).plan
    messages = [m for p in (plan, tests) for m in p.errors + p.warnings + [
        m for row in p.rows for m in row.errors + row.warnings]]  # fmt: skip
    assert len(messages) >= 6
    unknown = [str(m) for m in messages if not isinstance(m, Message)]  # each one in the catalogue
    assert not unknown, "\n".join(unknown)
