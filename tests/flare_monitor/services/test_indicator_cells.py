"""The data-entry grid's cells: what one indicator's grid holds, saving edits all or nothing, and checking a
pasted block cell by cell without writing anything."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from flare_monitor.actions import indicators as actions
from flare_monitor.db.models import IndicatorValue
from flare_monitor.errors import ValidationError
from flare_monitor.services import period_locks
from flare_monitor.services.indicator_cells import CellEdit, entry_view

PERIODS = ("FY2024-Q2", "FY2024-Q3", "FY2024-Q4", "LOP")


def _values(db, code="1.1"):
    with db.session() as s:
        return sorted(
            (v.period, v.country_code, v.value)
            for v in s.scalars(
                select(IndicatorValue)
                .join(IndicatorValue.indicator)
                .where(IndicatorValue.country_code == "PE")
            )
            if v.indicator.code == code
        )


def test_the_grid_of_a_reported_and_of_a_counted_indicator(demo_db):
    with demo_db.session() as s:
        plans = entry_view(s, "BRIDGE", "1.1", "values", list(PERIODS), None)
        targets = entry_view(s, "BRIDGE", "1.1.1.2", "targets", list(PERIODS), "PK")
        counted = entry_view(s, "BRIDGE", "1.1.1.2", "values", list(PERIODS), "PK")
    assert plans.periods == ["FY2024-Q2", "FY2024-Q3", "FY2024-Q4"]  # values have no LOP column
    assert plans.rows[-1] == (None, None) and ("PE", None) in plans.rows  # countries, then project level
    assert all(c.editable for c in plans.cells.values())
    assert targets.periods[-1] == "LOP" and targets.rows == [("PK", None), ("PK", "female"), ("PK", "male")]
    assert targets.cell("PK", None, "LOP").value == 90
    assert counted.computed and not any(c.editable for c in counted.cells.values())
    assert counted.cell("PK", None, "FY2024-Q3").value == 40
    assert (
        counted.cell("PK", "female", "FY2024-Q3").value + counted.cell("PK", "male", "FY2024-Q3").value == 40
    )


def test_edits_are_saved_together_or_not_at_all(demo_db):
    before = _values(demo_db)
    edits = (
        CellEdit("FY2024-Q2", "PE", None, text="1"),
        CellEdit("FY2024-Q3", "PE", None, text="2.5"),  # a count: refused, and with it the first cell
    )
    with pytest.raises(ValidationError, match=r"^Peru, FY2024-Q3: value: 2.5 is not a whole number"):
        actions.save_cells(demo_db, actions.SaveCells("BRIDGE", "1.1", "values", edits))
    assert _values(demo_db) == before
    problems = actions.save_cells(
        demo_db, actions.SaveCells("BRIDGE", "1.1", "values", edits, check_only=True)
    )
    assert [(p.period, p.message) for p in problems] == [
        ("FY2024-Q3", "value: 2.5 is not a whole number (this indicator counts)")
    ]
    assert _values(demo_db) == before  # a check writes nothing
    good = (CellEdit("FY2024-Q2", "PE", None, text="1"), CellEdit("FY2024-Q3", "PE", None, text="2"))
    assert actions.save_cells(demo_db, actions.SaveCells("BRIDGE", "1.1", "values", good)) == []
    assert [v for v in _values(demo_db) if v not in before] == [
        ("FY2024-Q2", "PE", 1.0),
        ("FY2024-Q3", "PE", 2.0),
    ]


def test_notes_of_a_counted_figure_and_a_locked_period(demo_db):
    note = CellEdit("FY2024-Q3", "PK", None, explanation="A training moved to July")
    actions.save_cells(demo_db, actions.SaveCells("BRIDGE", "1.1.1.2", "values", (note,)))
    with demo_db.session() as s:
        view = entry_view(s, "BRIDGE", "1.1.1.2", "values", list(PERIODS), "PK")
        assert view.cell("PK", None, "FY2024-Q3").explanation == "A training moved to July"
        assert view.cell("PK", None, "FY2024-Q3").value == 40  # the register's figure, untouched
        period_locks.lock_period(s, "BRIDGE", "FY2024-Q3", "sent", acknowledge="known")
        locked = entry_view(s, "BRIDGE", "1.1", "values", list(PERIODS), "PE")
    assert "FY2024-Q3" in locked.locked and not locked.cell("PE", None, "FY2024-Q3").editable
    assert locked.cell("PE", None, "FY2024-Q2").editable
    problems = actions.save_cells(
        demo_db,
        actions.SaveCells(
            "BRIDGE", "1.1", "values", (CellEdit("FY2024-Q3", "PE", None, text="1"),), check_only=True
        ),
    )
    assert len(problems) == 1 and "is in FY2024-Q3 of BRIDGE, which" in problems[0].message
