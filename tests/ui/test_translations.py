"""The Spanish and French translations: complete for every string of the UI, placeholders and accelerators
intact, and applied at run time (the app's texts, Qt's own buttons, the locale's dates and numbers)."""

from __future__ import annotations

import html
import re
import shutil
import tokenize
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialogButtonBox

from flare_monitor.i18n import Message as CoreMessage
from ui import formatting, i18n, i18n_build, vocab

LANGUAGES = i18n_build.LANGUAGES
PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[A-Za-z_][A-Za-z0-9_]*\}")
ENDINGS = ".:?!…"
TR_CALL = re.compile(r"\btr\(|\btranslate\(|QT_TR")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    finished: bool


def read_ts(path: Path) -> list[Message]:
    """The messages of a .ts file (lupdate's format: one <message> per source text and context)."""
    text = path.read_text(encoding="utf-8")
    messages = []
    for context in re.finditer(r"<context>\s*<name>(.*?)</name>(.*?)</context>", text, re.S):
        name = html.unescape(context.group(1))
        for found in re.finditer(
            r"<source>(.*?)</source>.*?<translation([^>]*?)(?:/>|>(.*?)</translation>)",
            context.group(2),
            re.S,
        ):
            attributes, body = found.group(2), found.group(3) or ""
            finished = (
                "unfinished" not in attributes
                and "vanished" not in attributes
                and "obsolete" not in attributes
            )
            forms = re.findall(r"<numerusform>(.*?)</numerusform>", body, re.S)
            if forms:  # a count's plural forms: each one checked as a translation of its own
                finished = finished and all(f.strip() for f in forms)
                for form in forms:
                    messages.append(
                        Message(name, html.unescape(found.group(1)), html.unescape(form), finished)
                    )
                continue
            messages.append(Message(name, html.unescape(found.group(1)), html.unescape(body), finished))
    return messages


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory) -> dict[str, list[Message]]:
    """lupdate over today's ui/ sources into copies of the committed .ts files (they stay untouched)."""
    folder = tmp_path_factory.mktemp("ts")
    copies = []
    for ts in i18n_build.ts_files():
        copies.append(folder / ts.name)
        shutil.copyfile(ts, copies[-1])
    i18n_build.update_sources(copies)
    return {lang: read_ts(copy) for lang, copy in zip(LANGUAGES, copies, strict=True)}


def accelerator(text: str) -> str | None:
    found = re.search(r"&(\w)", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_ui_string_has_a_finished_translation(refreshed, lang):
    """A string added to ui/ and not translated, or a translation left unfinished or empty, fails here."""
    messages = refreshed[lang]
    assert len(messages) > 400
    committed = {(m.context, m.source) for m in read_ts(i18n_build.TRANSLATIONS / f"flare_monitor_{lang}.ts")}
    missing = [f"[{m.context}] {m.source!r}" for m in messages if (m.context, m.source) not in committed]
    assert not missing, f"{len(missing)} UI strings are not in flare_monitor_{lang}.ts:\n" + "\n".join(
        missing
    )
    unfinished = [
        f"[{m.context}] {m.source!r}" for m in messages if not m.finished or not m.translation.strip()
    ]
    assert not unfinished, f"{len(unfinished)} unfinished in flare_monitor_{lang}.ts:\n" + "\n".join(
        unfinished
    )


def test_english_has_the_plural_forms_of_every_count():
    """A UI text with a count (`tr("%Ln rows", "", n)`) has its English singular and plural in
    flare_monitor_en.ts (lupdate -pluralonly), or English reads "1 rows"."""
    text = i18n_build.PLURALS_TS.read_text(encoding="utf-8")
    blocks = re.findall(r'<message numerus="yes">(.*?)</message>', text, re.S)
    assert len(blocks) >= 20
    wrong = [b for b in blocks if len(re.findall(r"<numerusform>\S.*?</numerusform>", b, re.S)) != 2]
    assert not wrong, "\n".join(wrong)


def test_no_tr_call_hides_in_an_f_string():
    """lupdate reads no f-string: a tr() inside one is shown untranslated and no test above would know."""
    hidden = []
    for path in i18n_build.ui_sources():
        with tokenize.open(path) as source:
            for token in tokenize.generate_tokens(source.readline):
                prefix = token.string[: token.string.find(token.string.lstrip("rRbBuUfF")[:1])].lower()
                if token.type == tokenize.STRING and "f" in prefix and TR_CALL.search(token.string):
                    hidden.append(
                        f"{path.relative_to(i18n_build.ROOT)}:{token.start[0]}: {token.string[:60]}"
                    )
    assert not hidden, "\n".join(hidden)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_placeholders_and_endings(refreshed, lang):
    wrong = []
    for m in refreshed[lang]:
        if not m.translation:
            continue  # reported by the completeness test
        # Each placeholder kept, none invented (a translation may name %1 twice, as the sentence needs).
        if set(PLACEHOLDER.findall(m.source)) != set(PLACEHOLDER.findall(m.translation)):
            wrong.append(f"placeholders [{m.context}] {m.source!r} → {m.translation!r}")
        end, translated_end = m.source.rstrip()[-1:], m.translation.rstrip()[-1:]
        if (end in ENDINGS or translated_end in ENDINGS) and end != translated_end:
            wrong.append(f"final punctuation [{m.context}] {m.source!r} → {m.translation!r}")
        if m.source.count("\n") != m.translation.count("\n"):
            wrong.append(f"line breaks [{m.context}] {m.source!r} → {m.translation!r}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("lang", ["en", *LANGUAGES])
def test_accelerators_are_kept(refreshed, lang):
    """A translation keeps an Alt+letter where the source has one (clashes: tests/ui/test_accelerators.py,
    on the built windows)."""
    if lang == "en":
        return
    wrong = [
        f"accelerator lost or added [{m.context}] {m.source!r} → {m.translation!r}"
        for m in refreshed[lang]
        if m.translation and bool(accelerator(m.source)) != bool(accelerator(m.translation))
    ]
    assert not wrong, "\n".join(wrong)


# ------------------------------------------------------------------------------------------ at run time


@pytest.fixture
def compiled(tmp_path, monkeypatch) -> Path:
    """The .ts files compiled into a temporary folder, which ui.i18n loads from."""
    i18n_build.compile_all(out=tmp_path)
    monkeypatch.setattr(i18n, "translation_file", lambda language: tmp_path / f"flare_monitor_{language}.qm")
    return tmp_path


@pytest.fixture
def in_language(qapp, compiled):
    before = QLocale()
    applied = []

    def apply(language: str) -> str:
        applied.append(i18n.install(qapp, language))
        return applied[-1]

    yield apply
    i18n.install(qapp, "en")
    QLocale.setDefault(before)


def _expected(lang: str, context: str, source: str) -> str:
    path = i18n_build.TRANSLATIONS / f"flare_monitor_{lang}.ts"
    found = [m.translation for m in read_ts(path) if (m.context, m.source) == (context, source)]
    assert found and found[0] and found[0] != source, f"no {lang} translation of [{context}] {source!r}"
    return found[0]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_window_speaks_the_chosen_language(qtbot, demo_db, in_language, lang):
    from ui.main_window import MainWindow

    assert in_language(lang) == lang
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    dashboard = window.pages["dashboard"]
    assert dashboard.title() == _expected(lang, "DashboardPage", "Dashboard")
    assert window.nav.item(0).text() == dashboard.title()
    assert window.country_combo.itemText(0) == _expected(lang, "MainWindow", "All countries")
    assert vocab.label("training") == {"es": "Capacitación", "fr": "Formation"}[lang]
    assert vocab.country_label("PE") == {"es": "Perú", "fr": "Pérou"}[lang]
    # Qt's own translation: the standard buttons of dialogs and message boxes.
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") != "Cancel"
    # The locale of the language: day before month, four-digit year, a decimal comma or point as written.
    assert formatting.format_date(date(2024, 4, 16)) in ("16/4/2024", "16/04/2024")
    assert QLocale().language() == {"es": QLocale.Language.Spanish, "fr": QLocale.Language.French}[lang]
    window.close()


def test_english_is_the_default_when_the_system_speaks_another_language(qapp, compiled):
    assert i18n.chosen_language("en") == "en"
    assert i18n.chosen_language("es") == "es"
    assert i18n.chosen_language("system") == i18n.system_language()
    assert i18n.chosen_language("zz") == i18n.system_language()
    assert i18n.system_language() in i18n.LANGUAGES


def test_the_report_language_follows_the_ui(qapp, in_language):
    in_language("es")
    assert i18n.report_language() == "es"
    in_language("fr")
    assert i18n.report_language() == "fr"


def test_numbers_sort_by_value_whatever_the_locale_writes(in_language):
    from ui.models.indicators import IndicatorTableModel
    from ui.models.table import SORT_ROLE

    in_language("es")
    assert formatting.format_decimal(1234.5) in ("1,234.5", "1.234,5")
    assert formatting.parse_number("1,5") == "1.5"
    assert formatting.parse_number("12") == "12"

    @dataclass
    class Figure:
        code: str
        percent_of_target: float | None
        baseline: float | None = None
        target: float | None = None
        actual: float | None = None
        by_sex: dict | None = None
        cumulative_actual: float | None = None
        lop_target: float | None = None
        name: str = ""
        unit: str = "number"
        status: str = "on_track"
        computed: bool = True

    model = IndicatorTableModel()
    model.set_rows([Figure("1", 95.0, target=1200), Figure("2", 9.0, target=900)])
    column = IndicatorTableModel.COL_TARGET
    keys = [model.index(row, column).data(SORT_ROLE) for row in range(2)]
    assert keys == [1200.0, 900.0]
    percent = [model.index(row, IndicatorTableModel.COL_PERCENT).data(SORT_ROLE) for row in range(2)]
    assert percent == [95.0, 9.0]  # as text "9 %" would sort after "95 %"


# ------------------------------------------------------------------------------------------ core messages


def test_every_quality_finding_is_a_message_of_the_catalogue(db, in_language):
    """Each data-quality rule writes a message the core's catalogue translates (no English in the app)."""
    from flare_monitor.indicators.quality import quality_findings
    from tests.flare_monitor.indicators.test_quality import DEFECTS, Q3, _clean

    in_language("fr")
    english = []
    for rule, (add, *_rest) in DEFECTS.items():
        with db.session() as session:
            project, training = _clean(session)
            add(session, project, training)
            session.flush()
            findings = quality_findings(session, "TEST", Q3)
            session.rollback()
        assert findings, rule
        for finding in findings:
            assert isinstance(finding.message, CoreMessage), finding.message
            if i18n.text(finding.message) == str(finding.message):
                english.append(str(finding.message))
    assert not english, "\n".join(english)


def test_import_problems_are_messages_of_the_catalogue(demo_db, tmp_path, in_language):
    """Every message of planning a sheet full of problems is shown in the UI's language."""
    import xlsxwriter

    from flare_monitor.io.attendance_columns import detect_header
    from flare_monitor.io.attendance_import import plan_import
    from flare_monitor.io.sheets import read_table

    path = tmp_path / "problems.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Attendance")
    rows = [
        ["Full name", "Sex", "Organization", "Days attended", "Pre-test", "Post-test", "E-mail", "Shoe size"],
        ["Nasreen Baloch", "F", "Department of Labour Balochistan", 2, 40, 75, "nasreen@example.org", 38],
        ["Nasreen Baloch", "F", "Department of Labour Balochistan", 2, 40, 75, "nasreen@example.org", 38],
        ["", "M", "Balochistan Police", 2, 35, 70, "", 41],
        ["12345", "M", "Balochistan Police", 2, 35, 70, "", 41],
        ["Imran Kakar", "robot", "Balochistan Police", 2, 35, 70, "", 41],
        ["Abdul Qadir", "", "Balochistan Police", 9, 35, 170, "", 41],
        ["Shazia Bibi", "F", "Federal Investigation Agency", "many", 50, 80, "not an address", 37],
    ]
    for number, row in enumerate(rows):
        sheet.write_row(number, 0, row)
    book.close()
    raw = read_table(str(path), None)
    with demo_db.session() as session:
        plan = plan_import(session, "BR-PK-2024-TRN-APR", raw, detect_header(raw))
    messages = plan.errors + plan.warnings + [m for row in plan.rows for m in row.messages]
    assert len(messages) >= 6
    in_language("es")
    english = [str(m) for m in messages if not isinstance(m, CoreMessage) or i18n.text(m) == str(m)]
    assert not english, "\n".join(english)


def test_core_messages_are_shown_in_the_ui_language(in_language):
    from flare_monitor.i18n import _

    in_language("es")
    message = _("Indicator {code} (reported) has no target for this period, so its achievement cannot be shown",
                code="1.1")  # fmt: skip
    translated = i18n.text(message)
    assert translated != str(message) and "1.1" in translated
    assert (
        i18n.text(_("row {row}: {problem}", row="7", problem=_("name is missing")))
        == "fila 7: falta el nombre"
    )
    assert i18n.text("something the catalogue does not know") == "something the catalogue does not know"


def test_the_language_setting_is_saved_and_the_user_told_it_applies_at_restart(window, message_boxes):
    from ui import settings

    page = window.pages["settings"]
    assert [page.language.itemData(i) for i in range(page.language.count())] == ["system", "en", "es", "fr"]
    assert page.language.currentData() == "system"  # the default
    page.language.setCurrentIndex(page.language.findData("es"))
    assert settings.get("ui/language") == "es"
    assert i18n.chosen_language() == "es"
    assert any("next time" in text for text in message_boxes.texts("information"))


def test_the_reports_page_starts_in_the_ui_language(qtbot, demo_db, in_language):
    from ui.pages.reports import ReportsPage

    in_language("es")
    page = ReportsPage(demo_db)
    qtbot.addWidget(page)
    assert page.language.currentData() == "es"
    in_language("fr")
    page = ReportsPage(demo_db)
    qtbot.addWidget(page)
    assert page.language.currentData() == "fr"
