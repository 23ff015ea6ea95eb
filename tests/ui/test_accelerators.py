"""No two things that are active together claim the same Alt+letter — checked on the built windows, in
each language, as Qt itself scopes mnemonics:

- a window's menu titles, and the labels (with a buddy), buttons, check boxes, group boxes and tabs that
  are shown together: the window's own widgets and those of its current page or tab;
- each menu's items among themselves (they answer only while that menu is open).

Comparing the strings of one class (as the catalogue test did) both missed clashes between a page and the
window around it and saw clashes between menu items and the window's labels that Qt never has.
"""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from ui import i18n, i18n_build


def letter(text: str) -> str | None:
    found = re.search(r"&(\w)", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def _active(widget: QWidget, top: QWidget) -> bool:
    """Shown now, or would be when the window is: not on a page or tab that is not the current one."""
    node = widget
    while node is not None and node is not top:
        parent = node.parentWidget()
        if isinstance(parent, QStackedWidget) and parent.currentWidget() is not node:
            return False
        if node.isHidden() and not isinstance(node, QMenu):
            return False
        node = parent
    return True


def _claims(top: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of everything in `top` that takes an Alt+letter now."""
    found = []
    for widget in top.findChildren(QWidget):
        if isinstance(widget, QMenu) or not _active(widget, top):
            continue
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            text = widget.text()
        elif isinstance(widget, QAbstractButton):
            text = widget.text()
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            text = widget.title()
        else:
            text = ""
        if isinstance(widget, QTabWidget):
            found += [(letter(widget.tabText(i)), widget.tabText(i)) for i in range(widget.count())]
        if letter(text):
            found.append((letter(text), text))
    if isinstance(top, QMainWindow):
        found += [(letter(a.text()), a.text()) for a in top.menuBar().actions() if letter(a.text())]
    return [(key, text) for key, text in found if key]


def _clashes(where: str, claims: list[tuple[str, str]]) -> list[str]:
    texts: dict[str, set[str]] = defaultdict(set)
    for key, text in claims:
        texts[key].add(text)
    return [f"Alt+{key} twice in {where}: {sorted(t)}" for key, t in texts.items() if len(t) > 1]


def _menus(window: QMainWindow) -> list[str]:
    wrong = []
    for action in window.menuBar().actions():
        menu = action.menu()
        items = [(letter(a.text()), a.text()) for a in menu.actions() if letter(a.text())]
        wrong += _clashes(f"the {action.text()!r} menu", items)
    return wrong


@pytest.fixture(params=["en", *i18n_build.LANGUAGES])
def language(request, qapp, tmp_path, monkeypatch):
    i18n_build.compile_all(out=tmp_path)
    monkeypatch.setattr(i18n, "translation_file", lambda lang: tmp_path / f"flare_monitor_{lang}.qm")
    i18n.install(qapp, request.param)
    yield request.param
    i18n.install(qapp, "en")


def test_the_main_window_and_each_page(qtbot, demo_db, language):
    from ui.main_window import PAGE_KEYS, MainWindow

    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.set_context("BRIDGE", "PK", "FY2024-Q3")
    window.show()
    wrong = _menus(window)
    for key in PAGE_KEYS:
        window.show_page(key)
        wrong += _clashes(f"the {key} page ({language})", _claims(window))
    window.set_context("BRIDGE", None, "FY2024-Q3")  # the whole project's: every section of the TPR shown
    window.show_page("narratives")
    window.pages["narratives"].tabs.setCurrentIndex(1)  # the Technical Progress Report's tab
    wrong += _clashes(f"the narratives page's TPR tab ({language})", _claims(window))
    assert not wrong, "\n".join(wrong)


def _dialogs(window) -> list[QDialog]:
    from ui.dialogs.activity_form import ActivityDialog
    from ui.dialogs.duplicates import DuplicatesDialog
    from ui.dialogs.package_export import ExportPackageDialog
    from ui.dialogs.package_import import ImportPackageDialog
    from ui.dialogs.participant_form import ParticipantDialog
    from ui.dialogs.risk_register import RiskForm, RiskRegisterDialog

    project = window.project()
    return [
        ActivityDialog(window.db, project, None, "PK"),
        ActivityDialog(window.db, project, "BR-PK-2024-TRN-APR", "PK"),
        ParticipantDialog(window.db, None, project.countries, "PK"),
        DuplicatesDialog(window.db),
        ExportPackageDialog(window.db, "BRIDGE", "PK"),
        ImportPackageDialog(window.db),
        RiskRegisterDialog(window.db, "BRIDGE", project.countries, "PK"),
        RiskForm(window.db, "BRIDGE", project.countries),
        *_setup_dialogs(window),
    ]


def _setup_dialogs(window) -> list[QDialog]:
    from ui.dialogs.indicator_form import IndicatorDialog
    from ui.dialogs.logframe_import import LogframeDialog
    from ui.dialogs.organization_form import MergeDialog, OrganizationDialog
    from ui.dialogs.project_form import ProjectDialog
    from ui.dialogs.result_form import ResultDialog

    page = window.pages["project"]
    page.refresh()
    results = page.detail.flat_results()
    organizations = window.pages["organizations"]
    organizations.refresh()
    orgs = organizations.model.rows()
    return [
        ProjectDialog(window.db, None),
        ProjectDialog(window.db, "BRIDGE"),
        ResultDialog(window.db, "BRIDGE", results),
        IndicatorDialog(window.db, "BRIDGE", results, ("PK",), period="FY2024-Q3"),
        IndicatorDialog(window.db, "BRIDGE", results, ("PK",), code="1.1.1.2", period="FY2024-Q3"),
        OrganizationDialog(window.db, orgs[0].id),
        MergeDialog(orgs[0], orgs[1]),
        LogframeDialog(window.db),
    ]


def test_the_dialogs(qtbot, demo_db, language):
    from ui.main_window import MainWindow

    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.set_context("BRIDGE", "PK", "FY2024-Q3")
    wrong = []
    for dialog in _dialogs(window):
        qtbot.addWidget(dialog)
        tabs = dialog.findChildren(QTabWidget)
        for number in range(tabs[0].count() if tabs else 1):
            if tabs:
                tabs[0].setCurrentIndex(number)
            name = f"{type(dialog).__name__} {dialog.windowTitle()!r} tab {number} ({language})"
            wrong += _clashes(name, _claims(dialog))
    assert not wrong, "\n".join(wrong)
