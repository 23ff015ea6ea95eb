"""Script runs and escaping of user text; the chart functions on a bare Figure (no database)."""

from __future__ import annotations

import pytest

from flare_monitor.reports import charts, fonts


def test_script_runs_split_by_script_and_keep_neutrals_with_the_base_font():
    assert fonts.script_runs("Иван Петров") == [("latin", "Иван Петров")]
    assert fonts.script_runs("王伟") == [("cjk", "王伟")]
    assert fonts.script_runs("राम बहादुर थापा") == [("devanagari", "राम बहादुर थापा")]
    assert fonts.script_runs("محمد علی") == [("arabic", "محمد علی")]
    assert fonts.script_runs("Ahmed (احمد), 王") == [
        ("latin", "Ahmed ("), ("arabic", "احمد"), ("latin", "), "), ("cjk", "王"),
    ]  # fmt: skip
    assert fonts.needs_shaping("राम") and not fonts.needs_shaping("محمد Ivan 王")


def test_markup_escapes_everything_and_wraps_scripts_in_their_fonts():
    assert fonts.markup('<b>X</b> & <img src="/etc/passwd"/>') == (
        '&lt;b&gt;X&lt;/b&gt; &amp; &lt;img src="/etc/passwd"/&gt;'
    )
    assert fonts.markup("&amp;") == "&amp;amp;"
    assert fonts.markup("王伟 <i>") == '<font name="DroidSansFallback">王伟</font> &lt;i&gt;'
    assert 'name="NotoSansDevanagari-Bold"' in fonts.markup("राम", fonts.BASE_BOLD)
    urdu = fonts.markup("بلال خان")
    assert urdu.count('<font name="NotoNaskhArabic">') == 2  # reshaped, in visual order
    assert "\ufe8d" in urdu or "\ufe8e" in urdu  # alef in a presentation form
    assert fonts.markup("a\nb") == "a<br/>b"


def _texts(fig) -> list[str]:
    from matplotlib.text import Text

    fig.canvas.draw()  # tick labels are made at draw time
    return [t.get_text() for t in fig.findobj(Text)]


def test_people_chart_draws_bars_totals_and_legend():
    fig = charts.new_figure(17, 6)
    charts.people_trained_by_sex_and_agency(
        fig,
        {
            "Law enforcement": {"female": 3, "male": 19},
            "Labour department": {"female": 4, "male": 8, "other": 1},
        },
    )
    texts = _texts(fig)
    assert {"Female", "Male", "Other / not recorded", "22", "13"} <= set(texts)
    assert "People trained by sex and agency type" in texts
    width, height, rgb = charts.render_rgb(fig, dpi=100)
    assert len(rgb) == width * height * 3
    assert charts.render_png(fig)[:8] == b"\x89PNG\r\n\x1a\n"


def test_cumulative_chart_and_status_chart_handle_gaps_and_empty_data():
    fig = charts.new_figure(17, 8)
    series = [
        charts.IndicatorSeries("1.1 People trained", ["Q1", "Q2", "Q3"], [0, None, 40], [10, 30, 45]),
        charts.IndicatorSeries("1.2 All zero", ["Q1", "Q2", "Q3"], [0, 0, 0], [None, None, None]),
    ]
    charts.cumulative_vs_target(fig, series)
    texts = _texts(fig)
    assert "Cumulative actual" in texts and "Cumulative target" in texts and "40" in texts
    assert "1.2 All zero" not in texts
    empty = charts.new_figure(10, 5)
    charts.activities_by_status(empty, {})
    assert "No activities" in _texts(empty)
    status = charts.new_figure(10, 5)
    charts.activities_by_status(
        status,
        {"completed": 4, "planned": 2},
        charts.ChartLabels(title="By status", words={"completed": "Realizada"}),
    )
    assert "Realizada" in _texts(status)


@pytest.mark.parametrize("text", [r"$\undefinedmacro$", "$x^$", "Costs in US$ and $ per $"])
def test_every_chart_label_is_plain_text(text, tmp_path):
    """An indicator, agency or country name with `$…$` crashed the report in matplotlib's mathtext; every
    label reaching matplotlib is printed as written."""
    import sqlite3
    from contextlib import closing

    from main import main

    db = tmp_path / "charts.db"
    assert main(["--db", str(db), "demo"]) == 0
    with closing(sqlite3.connect(db)) as conn:
        conn.execute("UPDATE indicator SET name = name || ' ' || ?", (text,))
        conn.execute("UPDATE organization SET name = name || ' ' || ?", (text,))
        conn.execute("UPDATE project SET title = title || ' ' || ?", (text,))
        conn.commit()
    out = tmp_path / "r.pdf"
    assert (
        main(["--db", str(db), "report", "--project", "BRIDGE", "--period", "FY2024-Q3", "--out", str(out)])
        == 0
    )
    assert out.stat().st_size > 10_000
