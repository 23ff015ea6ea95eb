"""The Translations tab of the set-up forms (project, result, indicator): the project's texts in the other
languages, one row per text and one column per language, saved through the queue of writes after the
form's own save, with the language the texts are written in; a refused translation leaves the record
saved and the officer on the tab to correct it."""

from __future__ import annotations

import pytest

from flare_monitor.actions import project_texts
from flare_monitor.services.project_texts import MAX_LENGTH


@pytest.fixture
def page(window):
    window.show_page("project")
    return window.pages["project"]


def stored(db, project: str = "BRIDGE") -> dict[tuple[str, str, str], dict[str, str]]:
    return {(r.kind, r.key, r.field): r.translations for r in project_texts.list_project_texts(db, project)}


def headers(tab) -> list[str]:
    return [tab.table.horizontalHeaderItem(c).text() for c in range(tab.table.columnCount())]


def test_the_project_form_translates_the_framework_and_says_the_texts_language(qtbot, page, window):
    from ui.dialogs.project_form import ProjectDialog

    dialog = ProjectDialog(window.db, "BRIDGE", page)
    qtbot.addWidget(dialog)
    tab = dialog.translations
    texts = project_texts.list_project_texts(window.db, "BRIDGE")
    assert tab.table.rowCount() >= len(texts) + 1  # and the titles of the narrative sections
    assert headers(tab) == ["Text", "Original (English)", "Español", "Français"]
    assert tab.table.item(0, 0).text() == "Level 1"
    assert tab.table.item(0, 1).text() == texts[0].original

    tab.set_text("result", "1.1", "statement", "es", "  Los Estados ratifican el Protocolo de 2014 ")
    tab.set_text("level", "1", "name", "fr", "Effet à long terme")
    tab.set_text("section", "highlights", "title", "es", "Logros del período")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    texts = stored(window.db)
    assert texts[("result", "1.1", "statement")] == {"es": "Los Estados ratifican el Protocolo de 2014"}
    assert texts[("level", "1", "name")] == {"fr": "Effet à long terme"}
    assert texts[("section", "highlights", "title")] == {"es": "Logros del período"}

    # Reopened: the translations are shown; the texts said to be written in French, English is a column
    dialog = ProjectDialog(window.db, "BRIDGE", page)
    qtbot.addWidget(dialog)
    tab = dialog.translations
    assert tab.text("result", "1.1", "statement", "es") == "Los Estados ratifican el Protocolo de 2014"
    tab.set_text("result", "1.1", "statement", "es", "")  # a blank cell removes the translation
    tab.language.setCurrentIndex(tab.language.findData("fr"))
    assert headers(tab) == ["Text", "Original (Français)", "English", "Español"]
    assert tab.text("result", "1.1", "statement", "es") == ""  # what was typed is kept
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert project_texts.project_texts_form(window.db, "BRIDGE").language == "fr"
    assert stored(window.db)[("result", "1.1", "statement")] == {}


def test_a_new_project_says_its_texts_come_once_it_is_saved(qtbot, page, window):
    from ui.dialogs.project_form import ProjectDialog

    dialog = ProjectDialog(window.db, None, page)
    qtbot.addWidget(dialog)
    assert dialog.translations.table.rowCount() == 0
    assert "once the project is saved" in dialog.translations.empty.text()
    assert not dialog.translations.language.isHidden()  # the language is chosen from the start


def test_a_new_result_is_saved_with_its_translations(qtbot, page, window):
    from ui.dialogs.result_form import ResultDialog

    dialog = ResultDialog(window.db, "BRIDGE", page.detail.flat_results(), parent_code="1", parent=page)
    qtbot.addWidget(dialog)
    tab = dialog.translations
    assert headers(tab) == ["Text", "Original (English)", "Español", "Français"]
    dialog.code_edit.setText("1.9")
    dialog.statement.setPlainText("Employers know the law")
    assert tab.table.item(0, 1).text() == "Employers know the law"  # the original follows the form
    tab.set_text("result", "", "statement", "fr", "Les employeurs connaissent la loi")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert stored(window.db)[("result", "1.9", "statement")] == {"fr": "Les employeurs connaissent la loi"}


def test_a_renamed_result_keeps_its_translations_under_its_new_code(qtbot, page, window):
    from ui.dialogs.result_form import ResultDialog

    project_texts.set_project_text(
        window.db, project_texts.SetProjectText("BRIDGE", "result", "1.1", "statement", "es", "Antes")
    )
    node = page.node("1.1")
    dialog = ResultDialog(window.db, "BRIDGE", page.detail.flat_results(), "1.1", node.statement, parent=page)
    qtbot.addWidget(dialog)
    tab = dialog.translations
    assert tab.text("result", "1.1", "statement", "es") == "Antes"
    dialog.code_edit.setText("1.1a")
    tab.set_text("result", "1.1", "statement", "es", "Después")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert stored(window.db)[("result", "1.1a", "statement")] == {"es": "Después"}


def test_the_indicator_form_translates_its_name_and_definition(qtbot, page, window):
    from ui.dialogs.indicator_form import IndicatorDialog

    results = page.detail.flat_results()
    dialog = IndicatorDialog(window.db, "BRIDGE", results, ("PK",), code="1.1.1.2", period="FY2024-Q3")
    qtbot.addWidget(dialog)
    tab = dialog.translations
    assert [tab.table.item(r, 0).text() for r in range(tab.table.rowCount())] == ["Name", "Definition"]
    assert tab.table.item(0, 1).text() == dialog.name.text()
    tab.set_text("indicator", "1.1.1.2", "definition", "es", "Funcionarios capacitados\nSe cuentan una vez")
    tab.set_text("indicator", "1.1.1.2", "name", "fr", "Agents formés")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    texts = stored(window.db)
    assert texts[("indicator", "1.1.1.2", "definition")] == {
        "es": "Funcionarios capacitados\nSe cuentan una vez"
    }
    assert texts[("indicator", "1.1.1.2", "name")] == {"fr": "Agents formés"}


def test_a_refused_translation_leaves_the_result_saved_and_the_officer_on_the_tab(qtbot, page, window):

    dialog = page.result_dialog(parent_code="1")
    qtbot.addWidget(dialog)
    dialog.code_edit.setText("1.8")
    dialog.statement.setPlainText("Workers know their rights")
    dialog.translations.set_text("result", "", "statement", "es", "x" * (MAX_LENGTH + 1))
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert page.node("1.8") is not None  # saved, and the page shows it
    assert dialog.tabs.currentWidget() is dialog.translations and not dialog.result_tab.isEnabled()
    assert dialog.translations.error.text().startswith("statement: longer than")
    dialog.translations.set_text("result", "", "statement", "es", "Los trabajadores conocen sus derechos")
    dialog.accept()  # only the translation is saved now
    assert dialog.result() == dialog.DialogCode.Accepted
    assert stored(window.db)[("result", "1.8", "statement")] == {
        "es": "Los trabajadores conocen sus derechos"
    }


def test_the_tab_in_spanish(qtbot, qapp, page, window, tmp_path):
    from ui import i18n
    from ui.dialogs.project_form import ProjectDialog

    i18n.install(qapp, "es")
    try:
        dialog = ProjectDialog(window.db, "BRIDGE", page)
        qtbot.addWidget(dialog)
        dialog.tabs.setCurrentWidget(dialog.translations)
        assert (
            dialog.tabs.tabText(dialog.tabs.indexOf(dialog.translations)).replace("&", "") == "Traducciones"
        )
        assert headers(dialog.translations)[:2] == ["Texto", "Original (English)"]
        assert dialog.translations.table.item(0, 0).text() == "Nivel 1"
        dialog.resize(1000, 640)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.grab().save(str(tmp_path / "translations_es.png"))
    finally:
        i18n.install(qapp, "en")
