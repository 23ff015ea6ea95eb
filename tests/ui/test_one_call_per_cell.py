"""The list models answer all the roles a view asks of a cell in one call into Python (Qt's multiData),
through their proxies too: a call into Python from the painting GUI thread waits for the interpreter
lock whenever a worker holds it, so one call per role made repaints during a worker's run much longer."""

from __future__ import annotations

import sys

from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan, Qt
from PySide6.QtWidgets import QTableView

from ui.models.table import RIGHT, ROW_ROLE, RowTableModel, SortedBySourceProxy


class Counts(RowTableModel):
    NUMERIC_COLUMNS = (1,)

    def __init__(self):
        super().__init__()
        self.direct: list[int] = []  # roles Qt asked for one by one
        self.answered = 0

    def headers(self) -> list[str]:
        return ["Name", "Count"]

    def cells(self, row) -> list:
        return [row[0], row[1]]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        self.answered += 1
        if sys._getframe(1).f_code.co_name != "multiData":
            self.direct.append(role)
        return super().data(index, role)


def asked(model, index, role):
    role_data = QModelRoleData(int(role))
    model.multiData(index, QModelRoleDataSpan(role_data))
    return role_data.data()


def test_a_cell_is_answered_whole_directly_and_through_the_proxy(qtbot):
    model = Counts()
    model.set_rows([("Ana", 3), ("Bo", 12)])
    proxy = SortedBySourceProxy()
    proxy.setSourceModel(model)
    assert asked(model, model.index(1, 1), Qt.ItemDataRole.DisplayRole) == "12"
    assert asked(model, model.index(1, 1), Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert asked(proxy, proxy.index(0, 0), Qt.ItemDataRole.DisplayRole) == "Ana"
    assert asked(proxy, proxy.index(0, 0), ROW_ROLE) == ("Ana", 3)


def test_a_repaint_asks_each_cell_once_and_no_role_on_its_own(qtbot):
    model = Counts()
    model.set_rows([(f"Person {i}", i) for i in range(20)])
    proxy = SortedBySourceProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.resize(400, 300)
    view.show()
    qtbot.waitExposed(view)
    model.direct.clear()
    model.answered = 0
    view.grab()  # paints every visible cell
    assert model.answered > 0
    assert [r for r in model.direct if r != ROW_ROLE] == []
