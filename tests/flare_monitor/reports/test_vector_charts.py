"""The report's charts as vector drawings: whole titles, values clear of the target line, texts in the font
of their script, and a chart that shrinks to the room left on a page."""

from __future__ import annotations

from reportlab.graphics.shapes import Group, String

from flare_monitor.reports import fonts, vector_charts
from flare_monitor.reports.charts import ChartLabels, IndicatorSeries

LONG = ("1.1.1.2 Number of law enforcement officials trained on forced labour, bonded labour and human "
        "trafficking in the brick kilns and the agriculture of the four provinces (by sex)")  # fmt: skip


def _strings(drawing) -> list[String]:
    found: list[String] = []

    def walk(node) -> None:
        for item in getattr(node, "contents", []):
            if isinstance(item, String):
                found.append(item)
            elif isinstance(item, Group):
                walk(item)

    walk(drawing)
    return found


def test_panel_titles_are_wrapped_never_cut():
    series = [IndicatorSeries(LONG, ["Q1", "Q2", "Q3"], [0, 10, 20], [5, 15, 30]),
              IndicatorSeries("1.2 Short", ["Q1", "Q2", "Q3"], [1, 2, 3], [1, 2, 3])]  # fmt: skip
    drawing = vector_charts.cumulative_chart(
        series, ChartLabels(title="Cumulative actual against target"), 480
    )
    texts = [s.text for s in _strings(drawing)]
    title_lines = [t for t in texts if t and t.split()[0] in LONG.split() and len(t) > 12]
    assert " ".join(title_lines[:4]).startswith("1.1.1.2 Number") and "(by sex)" in " ".join(texts)
    assert not any("\u2026" in t for t in texts)
    assert len(vector_charts.wrap_text(LONG, 200, 7)) > 2


def test_the_last_value_sits_right_of_its_point_and_away_from_the_target():
    below = IndicatorSeries("1.1 People", ["Q1", "Q2"], [10, 20], [15, 40])  # the target runs above
    above = IndicatorSeries("1.1 People", ["Q1", "Q2"], [10, 50], [15, 40])
    for item, under in ((below, True), (above, False)):
        drawing = vector_charts.cumulative_chart([item], ChartLabels(), 400)
        label = next(
            s for s in _strings(drawing) if s.text == str(item.actual[-1]) and s.fontName == fonts.BASE_BOLD
        )
        tick = next(s for s in _strings(drawing) if s.text == "Q2")  # the last period's tick label
        point_x = tick.x + vector_charts.text_width("Q2", tick.fontSize) / 2
        assert label.x > point_x  # right of the last point
        points = [c for c in drawing.contents[0].contents if type(c).__name__ == "PolyLine"]
        actual_end_y = points[-1].points[-1]
        assert (label.y < actual_end_y) == under


def test_people_chart_draws_names_counts_and_totals_and_nothing_without_people():
    data = {
        "Law enforcement": {"female": 3, "male": 19},
        "Labour department": {"female": 4, "male": 8, "other": 1},
    }
    drawing = vector_charts.people_chart(data, ChartLabels(title="People trained", axis="People"), 480)
    texts = {s.text for s in _strings(drawing)}
    assert {"Law enforcement", "Labour department", "22", "13", "19", "Female", "Male"} <= texts
    assert vector_charts.people_chart({"Police": {"female": 0}}, ChartLabels(), 480) is None
    assert (
        vector_charts.cumulative_chart([IndicatorSeries("x", ["Q1"], [0], [None])], ChartLabels(), 480)
        is None
    )


def test_texts_of_other_scripts_use_their_fonts():
    drawing = vector_charts.people_chart({"劳动监察": {"female": 2, "male": 3}, "पुलिस": {"male": 1}},
                                         ChartLabels(), 480)  # fmt: skip
    names = {s.text: s.fontName for s in _strings(drawing)}
    assert names["劳动监察"] == fonts.SCRIPT_FONTS[fonts.CJK][0]
    assert names["पुलिस"] == fonts.SCRIPT_FONTS[fonts.DEVANAGARI][0]


def test_a_chart_shrinks_to_the_room_left_but_not_below_its_minimum():
    drawing = vector_charts.people_chart({"Police": {"female": 2, "male": 3}}, ChartLabels(title="T"), 400)
    chart = vector_charts.ChartFlowable(drawing, min_scale=0.6)
    assert chart.wrap(500, 1000) == (400, drawing.height)
    width, height = chart.wrap(500, drawing.height * 0.8)
    assert round(height, 3) == round(drawing.height * 0.8, 3) and width < 400
    assert chart.wrap(500, drawing.height * 0.5)[1] == drawing.height  # too little room: the next page
