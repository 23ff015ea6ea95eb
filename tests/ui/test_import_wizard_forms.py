"""The import wizard with exports of KoboToolbox and ODK forms: named in the first step, imported as they come."""

from __future__ import annotations

from collections import Counter

from flare_monitor.i18n import Message
from flare_monitor.io.attendance_import import RowStatus
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


def _sexes(demo_db) -> Counter:
    with demo_db.session() as s:
        return Counter(str(getattr(r.sex, "value", r.sex)) for r in roster(s, CODE))


def test_a_coded_export_is_read_with_the_form_definition_chosen_on_the_first_step(
    qtbot, window, tmp_path, demo_db
):
    """An export downloaded as "XML values" (sex 1/2, institutions as codes) and its XLSForm: the
    wizard reads it as the command line's --form does, and the right sexes are imported."""
    before = _sexes(demo_db)
    wizard = _wizard(qtbot, window, fx.kobo_xml_xlsx(tmp_path, fx.QUETTA, numeric_sex=True))
    page = wizard.file_page
    assert not page.form_label.isVisibleTo(page)  # until the file is known to be a form export
    qtbot.waitUntil(lambda: page.form_label.isVisibleTo(page))
    page.form_path.setText(str(fx.xlsform(tmp_path)))
    wizard.grab().save(str(tmp_path / "form-definition.png"))
    wizard.next()  # → sheet
    qtbot.waitUntil(wizard.sheet_page.isComplete)
    wizard.next()  # → columns
    wizard.next()  # → preview
    preview = wizard.preview_page
    qtbot.waitUntil(preview.isComplete)
    assert preview.error.isHidden()
    assert "12 rows: 12 new people" in preview.summary.text()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.summary is not None)
    added = _sexes(demo_db) - before
    assert dict(added) == {"female": 5, "male": 7} == fx.QUETTA_TOTALS  # counted by hand in the fixture
    with demo_db.session() as s:
        nasreen = next(r for r in roster(s, CODE) if r.full_name == "Nasreen Baloch")
        assert nasreen.organization == "Department of Labour Balochistan"  # "dol" through the choice list


def test_a_coded_export_without_its_form_says_to_choose_the_form_file(qtbot, window, tmp_path):
    wizard = _wizard(qtbot, window, fx.kobo_xml_xlsx(tmp_path, fx.QUETTA, numeric_sex=True))
    page = wizard.file_page
    qtbot.waitUntil(lambda: page.form_label.isVisibleTo(page))
    wizard.next()
    qtbot.waitUntil(wizard.sheet_page.isComplete)
    wizard.next()
    wizard.next()
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: wizard.plan is not None)
    assert not preview.isComplete()  # nothing can be imported
    assert preview.error.isVisibleTo(preview)
    message = preview.error.text()
    assert "holds the form's codes (such as “2”)" in message
    assert "“Form definition (XLSForm)” on the first step" in message
    assert wizard.plan.count(RowStatus.ERROR) == 12
    wizard.resize(980, 640)
    wizard.grab().save(str(tmp_path / "coded-without-form.png"))


def test_the_form_definition_is_offered_only_for_a_form_export(qtbot, window, tmp_path):
    typed = tmp_path / "typed.csv"
    typed.write_text("Full name,Sex\nNasreen Baloch,F\n", encoding="utf-8")
    wizard = _wizard(qtbot, window, fx.kobo_xml_xlsx(tmp_path, fx.QUETTA, numeric_sex=True))
    page = wizard.file_page
    qtbot.waitUntil(lambda: page.form_label.isVisibleTo(page))
    page.form_path.setText(str(tmp_path / "missing.xlsx"))
    page.path.setText(str(typed))
    page._detect()  # what the timer does after typing stops
    qtbot.waitUntil(lambda: not page.form_label.isVisibleTo(page))
    assert page.form_file() is None  # a form chosen for another file is not used for this one
